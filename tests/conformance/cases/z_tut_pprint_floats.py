# batch: 1
# batches: 3
# pprint of floats as Python's repr writes them: 0.1+0.2, 1e-05, 1e16, 1e+16 sums,
# inf, -inf, nan, -0.0, thirds, big and tiny exponents, integer-valued floats; floats in
# tuples and as keys, averages by key, and str()/format() of them in map.
vals = [[0.1, 0.2, 1e-05, 1e16, 123456789.123456789, 1 / 3],
        [float("inf"), float("-inf"), float("nan"), -0.0, 2.5e-324, 1.7976931348623157e308],
        [100.0, 1e15, 1e17, 0.000123, 12345678901234567.0, 2 ** 0.5]]
nums = ssc.queueStream([sc.parallelize(v, 2) for v in vals])
nums.pprint()
nums.map(lambda x: (x, x * 3)).pprint()
nums.map(lambda x: ("%s|%r|%.3f|%g|%e|{:,}".format(x) % (x, x, x, x, x)) if x == x and abs(x) != float("inf") else str(x)).pprint()
nums.filter(lambda x: x == x).reduce(lambda a, b: a + b).pprint()
pairs = nums.map(lambda x: (len(repr(x)) % 3, x))
nuevoDStream = pairs.filter(lambda kv: kv[1] == kv[1]).reduceByKey(lambda a, b: a + b)
nuevoDStream.pprint()
nums.map(lambda x: 0.1 + 0.2 if x == 0.1 else round(x, 2) if x == x and abs(x) < 1e300 else x).pprint()
