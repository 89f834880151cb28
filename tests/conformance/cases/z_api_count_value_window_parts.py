# batch: 1
# batches: 6
# checkpoint: yes
# countByValueAndWindow with numPartitions (by keyword and by position), a window of two
# slides, and countByWindow short and long, over an empty batch.
xs = ssc.queueStream(createQUEUERDD([[[1, 2, 2], [3]], [[2]], [[1, 1]], [[4], [4, 4]], [], [[5]]]))
xs.countByValueAndWindow(3, 1, numPartitions=3).glom().pprint()
xs.countByValueAndWindow(5, 1, 1).pprint()
nuevoDStream = xs.countByValueAndWindow(2, 2)
xs.countByWindow(5, 1).pprint()
xs.countByWindow(2, 1).pprint()
