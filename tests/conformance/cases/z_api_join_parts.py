# batch: 1
# batches: 3
# Joins of two queue streams with numPartitions by position and keyword: join,
# leftOuterJoin, rightOuterJoin, fullOuterJoin and cogroup, one side empty in a batch.
left = ssc.queueStream(createQUEUERDD([[[("a", 1), ("b", 2)], [("c", 3), ("a", 4)]], [[("b", 5)]], [[("x", 0)]]]))
right = ssc.queueStream(createQUEUERDD([[[("a", "x"), ("c", "y")], [("d", "z")]], [[("b", "w"), ("b", "v")]], []]))
left.join(right, 3).glom().pprint()
left.leftOuterJoin(right, numPartitions=1).pprint()
left.rightOuterJoin(right, 2).glom().pprint()
left.fullOuterJoin(right).glom().pprint()
nuevoDStream = left.cogroup(right, numPartitions=3).mapValues(lambda vs: (sorted(vs[0]), sorted(vs[1])))
left.union(left).join(right).count().pprint()
