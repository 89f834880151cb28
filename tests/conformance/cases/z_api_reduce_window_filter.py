# batch: 1
# batches: 7
# checkpoint: yes
# reduceByKeyAndWindow's filterFunc: ignored by PySpark without an inverse function,
# applied with one (to the new batches only, once the window is incremental).
words = ssc.queueStream(createQUEUERDD([[["a", "b"], ["a"]], [["c"]], [["a", "c", "c"]], [], [["b"]],
                                         [["d", "a"]], [[]]]))
pairs = words.map(lambda w: (w, 1))


def add(a, b):
    return a + b


def sub(a, b):
    return a - b


pairs.reduceByKeyAndWindow(add, sub, 5, 1, filterFunc=lambda kv: kv[1] > 1).pprint()
pairs.reduceByKeyAndWindow(add, None, 5, 1, 1, filterFunc=lambda kv: False).pprint()
nuevoDStream = pairs.reduceByKeyAndWindow(add, sub, 6, 1, filterFunc=lambda kv: kv[0] != "c")
