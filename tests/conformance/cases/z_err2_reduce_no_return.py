# batch: 1
# batches: 3
# A reduce function that forgets `return` (it returns None): a key seen once keeps its
# value, a key seen twice becomes None, a key seen three times fails with NoneType + int
# (the whole reduceByKey job fails in that batch).
def add(a, b):
    total = a + b


data = [
    [[("a", 1), ("b", 2)], [("c", 3)]],
    [[("a", 1), ("b", 2)], [("a", 5)]],
    [[("a", 1), ("a", 2), ("a", 3)], [("b", 1)]],
]
pairs = ssc.queueStream(createQUEUERDD(data))
nuevoDStream = pairs.reduceByKey(add)
nuevoDStream.pprint()
pairs.map(lambda kv: kv[0]).countByValue().pprint()
