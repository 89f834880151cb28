# batch: 1
# batches: 3
# reduceByKey on words instead of (word, 1) pairs: two-letter words unpack as key and
# value, longer ones fail ("too many values to unpack"), ints fail as not iterable;
# mapValues and join on non-pairs index into the records.
data = [[["ab", "cd"], ["ab"]], [["hello"], ["ab"]], [[7]]]
words = ssc.queueStream(createQUEUERDD(data))
nuevoDStream = words.reduceByKey(lambda a, b: a + b)
nuevoDStream.pprint()
words.mapValues(lambda v: v.upper()).pprint()
words.map(lambda w: (w, 1)).reduceByKey(lambda a, b: a + b).pprint()
