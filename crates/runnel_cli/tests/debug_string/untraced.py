rdd = sc.parallelize([(1, 2), (3, 4)], 2).repartitionAndSortWithinPartitions(2)
print(rdd.toDebugString())
