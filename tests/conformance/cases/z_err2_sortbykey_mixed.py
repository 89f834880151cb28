# batch: 1
# batches: 3
# sortByKey over keys mixing str and int: with one partition the sort fails in the task;
# with the default partitions the driver's sort of the sampled keys fails inside
# transform, so that batch's jobs are not generated. The other batches sort as usual.
data = [[[(3, "c"), (1, "a")], [(2, "b")]], [[("x", 1), (2, "b")], [(1, "z")]], [[(9, "i")], [(7, "g")]]]
pairs = ssc.queueStream(createQUEUERDD(data))
pairs.transform(lambda rdd: rdd.sortByKey(numPartitions=1)).pprint()
nuevoDStream = pairs.transform(lambda rdd: rdd.sortByKey())
nuevoDStream.pprint()
pairs.count().pprint()
