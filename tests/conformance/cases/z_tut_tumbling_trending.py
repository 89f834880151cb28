# batch: 1
# batches: 7
# checkpoint: yes
# "Trending now" tutorials: tumbling windows (window(3, 3)), reduceByWindow joining
# strings without an inverse, countByValueAndWindow sorted by count then printed as a
# ranked list with enumerate in foreachRDD, and updateStateByKey with numPartitions and
# an initial RDD whose partitioning glom() shows.
tags = ssc.queueStream(createQUEUERDD([[["#a", "#b"]], [["#a"]], [["#c", "#a"]], [], [["#b", "#b"]], [["#c"]], [["#a"]]]))
tags.window(3, 3).glom().pprint()
tags.reduceByWindow(lambda a, b: a + "," + b, None, 3, 3).pprint()


def ranking(t, rdd):
    top = rdd.sortBy(lambda kv: (-kv[1], kv[0])).take(3)
    print("Trending at %s" % t)
    for i, (tag, n) in enumerate(top, 1):
        print("  %d. %s (%d)" % (i, tag, n))


tags.countByValueAndWindow(3, 1).foreachRDD(ranking)
initial = sc.parallelize([("#a", 10), ("#z", 1)], 3)
nuevoDStream = tags.map(lambda t: (t, 1)).updateStateByKey(lambda new, old: sum(new) + (old or 0), numPartitions=4, initialRDD=initial)
nuevoDStream.glom().map(lambda p: sorted(p)).pprint()
