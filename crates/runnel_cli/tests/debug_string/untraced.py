rdd = sc.emptyRDD().map(lambda x: x)
print(rdd.toDebugString())
