# batch: 1
# batches: 8
# checkpoint: yes
data = [[["a", "b"]], [["a"]], [["c"]], [["a", "c"]], [["b"]], [["a"]]]
words = ssc.queueStream(createQUEUERDD(data)).map(lambda w: (w, 1))
windowed = words.reduceByKeyAndWindow(lambda x, y: x + y, None, 2, 2)
nuevoDStream = windowed.updateStateByKey(lambda vs, s: sum(vs) + (s or 0))
nuevoDStream.pprint()
