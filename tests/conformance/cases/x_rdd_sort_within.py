# batch: 1
# batches: 2
# repartitionAndSortWithinPartitions: placed by the key's hash, each partition sorted.
def show(rdd):
    print(rdd.repartitionAndSortWithinPartitions(3).glom().collect())
    print(rdd.repartitionAndSortWithinPartitions(2, lambda k: k % 2, False).glom().collect())
    print(rdd.repartitionAndSortWithinPartitions(2, ascending=True, keyfunc=lambda k: -k).glom().collect())

pairs = ssc.queueStream(createQUEUERDD([[[(5, "e"), (1, "a"), (4, "d")], [(2, "b"), (3, "c"), (1, "z")]], [[(10, "x")], [(7, "y"), (8, "w")]]]))
pairs.foreachRDD(show)
