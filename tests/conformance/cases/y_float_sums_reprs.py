# batch: 1
# batches: 2
# Floats where order matters: reduceByKey and reduce sums of floats across partitions,
# mean per key with combineByKey, repr of floats of every size, %g/:g formatting,
# round(), inf/nan/-0.0 in records, and integer-valued floats.
data = [[[("a", 0.1), ("b", 1e16), ("a", 0.2)], [("b", 1.0), ("a", 0.3), ("c", -0.0)]],
        [[("x", 1 / 3), ("y", 2.5e-8), ("x", 2 / 3)], [("y", 1e22), ("z", float("inf")), ("z", 1.0)]]]
pairs = ssc.queueStream(createQUEUERDD(data))
nuevoDStream = pairs.reduceByKey(lambda a, b: a + b)
nuevoDStream.pprint()
pairs.map(lambda kv: kv[1]).reduce(lambda a, b: a + b).pprint()
pairs.combineByKey(lambda v: (v, 1), lambda acc, v: (acc[0] + v, acc[1] + 1),
                   lambda x, y: (x[0] + y[0], x[1] + y[1])).mapValues(lambda s: s[0] / s[1]).transform(
    lambda rdd: rdd.sortByKey()).pprint()
pairs.map(lambda kv: (kv[0], "%g|%.3g|%e|%.1f|%s" % (kv[1], kv[1], kv[1], kv[1], kv[1]))).pprint()
pairs.map(lambda kv: (f"{kv[1]:g}", f"{kv[1]:.2%}" if kv[1] < 1e10 else "big", round(kv[1], 3), round(kv[1] * 1000) if kv[1] < 1e300 else None,
                      kv[1] * 3, kv[1] ** 2, float(int(min(kv[1], 1e18))), str(kv[1] - kv[1]))).pprint()
pairs.map(lambda kv: (kv[1] == kv[1], kv[1] * 0 if kv[1] != float("inf") else float("nan"), -kv[1], abs(-kv[1]), 7.0, 1e100)).pprint(3)
