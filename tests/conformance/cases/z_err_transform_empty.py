# batch: 1
# batches: 3
# max() of an empty batch inside transform raises on the driver ("max() arg is an empty
# sequence"): that batch generates no jobs; the next batch with records goes on.
data = [[[3, 1], [2]], [], [[7], [5, 9]], [[4]]]
s = ssc.queueStream(createQUEUERDD(data))
nuevoDStream = s.transform(lambda rdd: rdd.context.parallelize([rdd.max()]))
nuevoDStream.pprint()
s.map(lambda x: x * 2).pprint()
