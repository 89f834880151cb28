# batch: 1
# batches: 3
# Built-in functions given as reducers: max works; sum and len take the wrong arguments,
# so their tasks fail, but only where a key has two or more values to merge (a key seen
# once never calls the function), and an empty batch runs.
pairs = ssc.queueStream(createQUEUERDD([[[("a", 1), ("b", 2)], [("a", 3)]], [], [[("c", 4)], [("d", 5)]]]))
pairs.reduceByKey(max).pprint()
pairs.reduceByKey(sum).pprint()
pairs.reduceByKey(len).pprint()
pairs.map(lambda kv: kv[1]).reduce(sum).pprint()
pairs.map(lambda kv: kv[1]).reduce(min).pprint()
pairs.count().pprint()
