# batch: 1
# batches: 2
# Functions with the wrong number of parameters: map(lambda k, v: ...) over pairs (Python
# 2's tuple parameters), reduceByKey(sum), a three-parameter foreachRDD function, and
# foreachRDD(print) (PySpark reads the function's __code__ when it is registered).
pairs = ssc.queueStream(createQUEUERDD([[[("a", 1), ("b", 2)], [("a", 3)]], [[("c", 4)]]]))
pairs.map(lambda k, v: (k, v * 2)).pprint()
nuevoDStream = pairs.reduceByKey(sum)
nuevoDStream.pprint()
pairs.map(lambda kv: (kv[0], kv[1] * 2)).pprint()
pairs.foreachRDD(lambda a, b, c: print("three", a, b, c))
try:
    pairs.foreachRDD(print)
    print("foreachRDD(print) registered")
except AttributeError as e:
    print("AttributeError", e)
try:
    pairs.transform(len)
    print("transform(len) registered")
except AttributeError as e:
    print("AttributeError", e)
pairs.count().pprint()
