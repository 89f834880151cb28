# batch: 1
# batches: 3
# Found by tools/fuzz/dstream_gen.py (seed 1000, program 208): a transform function
# whose RDD shuffles keys that cannot be hashed (lists made by glom). Spark builds that
# RDD lazily: the error fails the job that computes it ("Error running job"), every
# batch, while the batch's other outputs run; it is no job generation error (which would
# drop the whole batch, and had Runnel wait forever for a batch that counts).
data = [[[1, 2], [3]], [[4]], [[]]]
s = ssc.queueStream(createQUEUERDD(data))
s.pprint()
s.transform(lambda rdd: rdd.glom().map(lambda x: (x, 1)).reduceByKey(lambda a, b: a + b)).pprint()
s.transform(lambda rdd: rdd.glom().distinct()).count().pprint()
s.transform(lambda rdd: rdd.map(lambda x: ([x], 1)).partitionBy(2)).foreachRDD(lambda r: print(r.count()))
s.transform(lambda rdd: rdd.glom().map(lambda x: (x, 1)).groupByKey()).foreachRDD(lambda t, r: print(t, r.collect()))
nuevoDStream = s.map(lambda x: x * 10)
