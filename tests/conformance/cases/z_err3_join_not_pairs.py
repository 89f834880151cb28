# batch: 1
# batches: 3
# Joins and by-key steps of DStreams whose records are not pairs (plain numbers, words,
# triples): their tasks fail in the batches with records, so those outputs do not print;
# an empty batch runs them, and the other outputs print.
nums = ssc.queueStream(createQUEUERDD([[[1, 2]], [], [[3]]]))
words = nums.map(lambda n: "w%d" % n)
triples = nums.map(lambda n: (n, n, n))
nums.join(nums).pprint()
words.leftOuterJoin(words).pprint()
triples.mapValues(lambda v: v * 2).pprint()
nums.pprint()
triples.join(triples).count().pprint()
