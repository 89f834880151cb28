# batch: 1
# batches: 3
# Sums and products beyond 64 bits: Python ints have no overflow, and a big key lands in
# the partition its hash (mod 2**61 - 1) says.
data = [[[("a", 2**62), ("b", 3), ("a", 2**62)], [("a", 2**62), ("b", 10**18)]],
        [[(2**64, 1), (2**64, 2), (-(2**70), 5)], [(7, 10**30), (2**64, 3)]]]
pairs = ssc.queueStream(createQUEUERDD(data))
nuevoDStream = pairs.reduceByKey(lambda a, b: a + b)
nuevoDStream.pprint()
pairs.map(lambda kv: kv[1] * 10**20 + 1).reduce(lambda a, b: a * b % (2**89 - 1)).pprint()
pairs.map(lambda kv: (kv[0], kv[1] ** 3 // 7, hex(kv[1] << 70))).pprint()
