rdd = sc.parallelize([(1, 2), (3, 4)], 2).groupWith(sc.parallelize([(1, 3)]), sc.parallelize([(3, 5)]))
print(rdd.toDebugString())
