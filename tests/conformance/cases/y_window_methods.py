# batch: 1
# batches: 6
# checkpoint: yes
# The window family on one stream: countByWindow, reduceByWindow with and without an
# inverse function, countByValueAndWindow, reduceByKeyAndWindow with a filter function,
# and window(...).transform sorting each window.
data = [[[3, 1], [4]], [[1, 5]], [], [[9, 2], [6]], [[5]], [[3, 5]]]
nums = ssc.queueStream(createQUEUERDD(data))
nums.countByWindow(3, 1).pprint()
nums.reduceByWindow(lambda a, b: a + b, lambda a, b: a - b, 3, 2).pprint()
nums.reduceByWindow(max, None, 2, 1).pprint()
nuevoDStream = nums.countByValueAndWindow(3, 1)
nuevoDStream.transform(lambda rdd: rdd.sortByKey()).pprint()
pairs = nums.map(lambda x: (x % 3, x))
pairs.reduceByKeyAndWindow(lambda a, b: a + b, lambda a, b: a - b, 4, 2, filterFunc=lambda kv: kv[1] > 0).transform(
    lambda rdd: rdd.sortByKey()).pprint()
nums.window(4, 2).transform(lambda rdd: rdd.sortBy(lambda x: x)).glom().pprint()
