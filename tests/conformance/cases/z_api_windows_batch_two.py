# batch: 2
# batches: 5
# checkpoint: yes
# Windows with a 2 s batch: window(4, 2), window(6, 4), countByWindow, reduceByWindow
# with an inverse over 3 slides, a repartitioned window and groupByKeyAndWindow.
nums = ssc.queueStream(createQUEUERDD([[[1, 2]], [[3], [4]], [[5]], [[6, 7]], [[8]]]))
nums.window(4, 2).glom().pprint()
nums.window(6, 4).pprint()
nums.countByWindow(4, 2).pprint()
nums.reduceByWindow(lambda a, b: a + b, lambda a, b: a - b, 6, 2).pprint()
nuevoDStream = nums.window(4).repartition(3)
nums.map(lambda x: (x % 2, x)).groupByKeyAndWindow(4, 4).mapValues(sorted).pprint()
nums.map(lambda x: (x % 3, x)).reduceByKeyAndWindow(lambda a, b: a + b, None, 6).glom().pprint()
