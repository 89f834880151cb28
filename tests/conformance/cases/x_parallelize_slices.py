# batch: 1
# batches: 4
rdds = [sc.parallelize(list(range(8)), 3), sc.parallelize(list(range(10)), 4), sc.parallelize(range(7), 3)]
nuevoDStream = ssc.queueStream(rdds)
nuevoDStream.pprint()
