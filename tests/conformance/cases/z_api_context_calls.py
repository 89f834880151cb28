# batch: 1
# batches: 2
# SparkContext calls from foreachRDD: range with negative step and numSlices, parallelize
# of a stepped range (PySpark's own range slicing), a dict, a set, a generator, a string,
# more slices than items; defaultParallelism/defaultMinPartitions, getConf, local
# properties, job groups, sc.union with the batch RDD.
def show(t, rdd):
    print(sc.range(10, 0, -3).collect(), sc.range(1, 12, 4, numSlices=3).glom().collect(), sc.range(0).collect())
    print(sc.parallelize(range(0, 10, 3), 2).glom().collect(), sc.parallelize({"b": 1, "a": 2}).collect())
    print(sc.parallelize({3, 1, 2}, 2).glom().collect(), sc.parallelize((x * x for x in range(5)), 3).glom().collect())
    print(sc.parallelize("hello", 2).glom().collect(), sc.parallelize([], 3).glom().collect(),
          sc.parallelize(range(3), 5).glom().collect(), sc.parallelize(range(10, 0, -2), 3).glom().collect())
    conf = sc.getConf()
    print(sc.defaultParallelism, sc.defaultMinPartitions, conf.get("spark.master"), conf.get("nope", "dflt"),
          conf.contains("spark.master"), conf.get("nope"), sc.master, sc.version)
    sc.setJobGroup("g", "desc")
    sc.setJobDescription("job")
    sc.setLocalProperty("k", "v")
    print(sc.getLocalProperty("k"), sc.getLocalProperty("nokey"))
    u = sc.union([rdd, sc.parallelize([100, 200], 1), rdd])
    print(u.getNumPartitions(), u.collect(), sc.emptyRDD().getNumPartitions(), rdd.context is sc)


nums = ssc.queueStream(createQUEUERDD([[[1, 2], [3]], [[4]]]))
nums.foreachRDD(show)
