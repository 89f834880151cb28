# batch: 1
# batches: 3
# RDD operations inside transform as StackOverflow answers chain them: distinct,
# zipWithIndex, keyBy, sortBy with numPartitions, subtract of the previous style,
# union with a static RDD, intersection, cartesian with a small RDD, and sample(False, 1.0).
static = sc.parallelize(["x", "b"])
stream = ssc.queueStream(createQUEUERDD([[["b", "a", "b"], ["c", "a"]], [["z"]], [["x", "b"], ["b"]]]))
stream.transform(lambda rdd: rdd.distinct().sortBy(lambda x: x, numPartitions=1).zipWithIndex()).pprint()
stream.transform(lambda rdd: rdd.keyBy(lambda s: ord(s) % 3).sortByKey()).pprint()
stream.transform(lambda rdd: rdd.union(static)).glom().pprint()
stream.transform(lambda rdd: rdd.intersection(static)).pprint()
nuevoDStream = stream.transform(lambda rdd: rdd.distinct().cartesian(sc.parallelize([1, 2])))
stream.transform(lambda rdd: rdd.subtract(static)).transform(lambda rdd: rdd.sortBy(lambda x: x)).pprint()
stream.transform(lambda rdd: rdd.sample(False, 1.0, 7)).pprint()
