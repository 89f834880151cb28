# batch: 1
# batches: 3
# checkpoint: yes
# PySpark folds a TransformedDStream (repartition is one) into its parent's function
# unless the parent is cached or checkpointed: s.repartition(2).repartition(2) is one
# function, and the second repartition deals out the first one's pickled batches whole;
# after cache() the second reads its parent's RDD afresh and cuts it in tens, as it does
# after a window or a union.
data = [[[3], ['a', 'b', 'c', 'd']], [list(range(12)), [], ['x', 'y', 'z']], [[1, 2], [5]]]
s = ssc.queueStream(createQUEUERDD(data)).flatMap(lambda x: [x, x])
s.repartition(2).repartition(2).glom().pprint()
s.repartition(2).cache().repartition(2).glom().pprint()
s.repartition(2).window(2, 1).repartition(2).glom().pprint()
s.repartition(2).union(s.repartition(3)).repartition(2).glom().pprint()
s.transform(lambda rdd: rdd.repartition(2)).checkpoint(2).repartition(2).glom().pprint()
