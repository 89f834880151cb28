# batch: 1
# batches: 5
# A student's parse step meets one bad record in batch 2 of 5 (int("x"), uncaught): the
# jobs that compute that partition fail (the pprint of the parsed stream, its sum, the
# recorder), the count of the raw lines still runs, and batches 3-5 are as usual.
data = [[["1", "2"], ["3"]], [["4", "x"], ["6"]], [["7"], ["8", "9"]], [[]], [["10"], []]]
lines = ssc.queueStream(createQUEUERDD(data))
nums = lines.map(lambda s: int(s))
nums.pprint()
lines.count().pprint()
nums.reduce(lambda a, b: a + b).pprint()
nuevoDStream = nums.map(lambda x: x * 2)
