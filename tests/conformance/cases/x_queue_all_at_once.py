# batch: 1
# batches: 3
rdds = [sc.parallelize([1, 2, 3], 2), sc.parallelize([4, 5], 1), sc.parallelize([6], 1)]
inputStream = ssc.queueStream(rdds, oneAtATime=False, default=sc.parallelize([0], 1))
nuevoDStream = inputStream.map(lambda x: x * 10)
nuevoDStream.pprint()
