# batch: 1
# batches: 10
# checkpoint: yes
# reduceByKeyAndWindow as the programming guide and tutorials write it: an inverse
# function with filterFunc dropping keys that fell to zero, windows of 3 to 6 batches
# sliding 1 or 2, numPartitions, and the same windows without an inverse.
data = [["a b c"], ["a a"], [], ["b"], ["c c c", "a"], [], ["d"], ["a d"], [], ["b b"]]
rddQueue = [ssc.sparkContext.parallelize(d, 2) for d in data]
words = ssc.queueStream(rddQueue).flatMap(lambda l: l.split())
pairs = words.map(lambda w: (w, 1))
nuevoDStream = pairs.reduceByKeyAndWindow(lambda x, y: x + y, lambda x, y: x - y, 5, 1,
                                          filterFunc=lambda kv: kv[1] > 0)
nuevoDStream.pprint()
pairs.reduceByKeyAndWindow(lambda x, y: x + y, lambda x, y: x - y, 6, 2).pprint()
pairs.reduceByKeyAndWindow(lambda x, y: x + y, None, 3, 1).transform(
    lambda rdd: rdd.sortBy(lambda kv: (-kv[1], kv[0]))).pprint()
pairs.reduceByKeyAndWindow(lambda x, y: x + y, lambda x, y: x - y, 4, 2, 3,
                           lambda kv: kv[1] != 0).glom().map(len).pprint()
