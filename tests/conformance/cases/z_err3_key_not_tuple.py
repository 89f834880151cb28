# batch: 1
# batches: 3
# (w) instead of (w, 1): the records are strings, which reduceByKey unpacks as pairs, so
# two-letter words become a key and a value (their letters), and longer ones fail the
# batch's job; [w, 1] lists work as pairs.
lines = ssc.queueStream(createQUEUERDD([[["to be or"], ["to be"]], [["be not"]], [["we go"]]]))
words = lines.flatMap(lambda l: l.split())
words.map(lambda w: (w)).reduceByKey(lambda a, b: a + b).pprint()
words.map(lambda w: [w, 1]).reduceByKey(lambda a, b: a + b).pprint()
words.count().pprint()
