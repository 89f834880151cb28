# batch: 1
# batches: 3
# checkpoint: yes
# driver state: which batches failed is not in a snapshot.
# updateStateByKey given a one-argument function (the student forgot the state): every
# batch's state fails with Python's arity TypeError; the word count beside it runs.
data = [[["a", "b"], ["a"]], [["b"]], [["c", "a"]]]
words = ssc.queueStream(createQUEUERDD(data))
pairs = words.map(lambda w: (w, 1))
nuevoDStream = pairs.updateStateByKey(lambda values: sum(values))
nuevoDStream.pprint()
pairs.reduceByKey(lambda a, b: a + b).pprint()
