# batch: 1
# batches: 2
# Found by tools/fuzz/dstream_gen.py (seed 303, program 56). A transform that returns
# rdd.coalesce(2, True) (a repartition) hands on an RDD PySpark reads as batches of ten;
# DStream.repartition after it does not reserialize, so the JVM deals out the batches
# that shuffle's map tasks wrote, each whole, and the next repartition does the same.
data = [[[3], [{'k': 1, 'b': [2]}, None, set(), [[], {}]]],
        [[2 ** 65, []], [[], 3, [[], {}]]]]
s1 = ssc.queueStream(createQUEUERDD(data)).flatMap(lambda x: [x, x])
s2 = s1.transform(lambda rdd: rdd.coalesce(2, True))
s2.glom().pprint()
s3 = s2.repartition(2)
s3.glom().pprint()
s4 = s3.repartition(1)
s4.glom().pprint()
s1.transform(lambda rdd: rdd.repartition(3)).repartition(2).glom().pprint()
s1.transform(lambda rdd: rdd.map(str).repartition(2)).map(len).repartition(2).glom().pprint()
s4.foreachRDD(lambda t, rdd: print(t, rdd.zipWithIndex().collect()))
nuevoDStream = s3
