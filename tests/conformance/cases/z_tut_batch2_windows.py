# batch: 2
# batches: 6
# checkpoint: yes
# Windows in seconds with a two-second batch, as tutorials set them: window(6, 2),
# window(4, 4), reduceByKeyAndWindow(func, invFunc, 10, 2) (five slides: the inverse is
# used), countByWindow(6, 4), and the batch time printed by foreachRDD.
events = ssc.queueStream(createQUEUERDD([[["a", "b"]], [["a"]], [], [["c", "a"]], [["b"], ["b"]], [["a"]]]))
events.window(6, 2).pprint()
events.window(4, 4).map(lambda x: x.upper()).pprint()
nuevoDStream = events.map(lambda x: (x, 1)).reduceByKeyAndWindow(lambda a, b: a + b, lambda a, b: a - b, 10, 2)
nuevoDStream.pprint()
events.countByWindow(6, 4).pprint()
events.window(6, 2).foreachRDD(lambda t, rdd: print("window ending", t, sorted(rdd.collect())))
