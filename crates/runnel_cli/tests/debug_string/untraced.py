rdd = sc.parallelize([1, 2], 2).cartesian(sc.parallelize([3]))
print(rdd.toDebugString())
