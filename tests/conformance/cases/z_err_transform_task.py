# batch: 1
# batches: 3
# A step inside a transform whose function fails on a record: Spark runs the step lazily,
# in the jobs of the outputs that read it, so only those fail; the batch's other outputs run.
data = [[[1, 2], [4]], [[0], [5]], [[2], [1]]]
s = ssc.queueStream(createQUEUERDD(data))
s.pprint()
nuevoDStream = s.transform(lambda rdd: rdd.map(lambda x: 20 // x))
nuevoDStream.pprint()
s.count().pprint()
