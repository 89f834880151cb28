# batch: 1
# batches: 7
# checkpoint: yes
# reduceByKeyAndWindow with the inverse at 4 and 5 slides (PySpark's incremental form
# from 5), and at 6 slides sliding by 2 over 3 partitions, over a zero-partition batch
# and a batch with one empty partition.
words = ssc.queueStream(createQUEUERDD([[["a", "b"], ["a"]], [["c"]], [["a", "c", "c"]], [], [["b"]],
                                         [["d", "a"]], [[]]]))
pairs = words.map(lambda w: (w, 1))


def add(a, b):
    return a + b


def sub(a, b):
    return a - b


pairs.reduceByKeyAndWindow(add, sub, 4, 1).pprint()
pairs.reduceByKeyAndWindow(add, sub, 5, 1).pprint()
nuevoDStream = pairs.reduceByKeyAndWindow(add, sub, 6, 2, 3)
