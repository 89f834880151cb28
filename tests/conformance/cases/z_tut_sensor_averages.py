# batch: 1
# batches: 4
# Per-key averages as books compute them: combineByKey (createCombiner, mergeValue,
# mergeCombiners), aggregateByKey, mapValues to a rounded mean, "%.2f" formatting,
# groupByKey with mapValues(list), sorted output by sortByKey.
readings = [[[("t1", 20.5), ("t2", 18.0), ("t1", 21.0)], [("t2", 18.5), ("t3", -3.25)]],
            [[("t1", 19.75)]],
            [[("t3", 0.1), ("t3", 0.2)], [("t3", 0.3)]],
            []]
stream = ssc.queueStream(createQUEUERDD(readings))
sumCount = stream.combineByKey(lambda v: (v, 1),
                               lambda acc, v: (acc[0] + v, acc[1] + 1),
                               lambda a, b: (a[0] + b[0], a[1] + b[1]))
nuevoDStream = sumCount.mapValues(lambda sc_: sc_[0] / sc_[1])
nuevoDStream.transform(lambda rdd: rdd.sortByKey()).pprint()
sumCount.map(lambda kv: "%s: %.2f (n=%d)" % (kv[0], kv[1][0] / kv[1][1], kv[1][1])).transform(
    lambda rdd: rdd.sortBy(lambda s: s)).pprint()
stream.transform(lambda rdd: rdd.aggregateByKey((0.0, 0), lambda a, v: (a[0] + v, a[1] + 1),
                                                lambda a, b: (a[0] + b[0], a[1] + b[1]))).pprint()
stream.groupByKey().mapValues(list).transform(lambda rdd: rdd.sortByKey(ascending=False)).pprint()
stream.map(lambda kv: kv[1]).transform(lambda rdd: rdd.map(lambda v: (v, 1)).sortByKey()).map(lambda kv: kv[0]).pprint()
