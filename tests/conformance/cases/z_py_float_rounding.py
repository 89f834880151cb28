# batch: 1
# batches: 2
# Money and averages with floats: round() half-to-even at 0 and 2 digits, repr of sums
# (0.1 + 0.2), sum versus math.fsum, // and % of negative floats, float.as_integer_ratio,
# is_integer, divmod of floats, inf/nan formatting and comparisons, str of large/small
# floats, averages per key with reduceByKey and mapValues.
import math

data = [[[("a", 0.1), ("a", 0.2), ("b", 2.675)], [("b", 1.005), ("c", 1e16), ("c", 1.0)]],
        [[("a", 0.5), ("a", 1.5), ("b", 2.5)], [("c", -7.5), ("c", 1e-7)]]]
pairs = ssc.queueStream(createQUEUERDD(data))
pairs.map(lambda kv: (kv[0], round(kv[1]), round(kv[1], 2), round(kv[1], 1), round(kv[1], -1), kv[1] * 3, kv[1] / 3)).pprint()
sums = pairs.reduceByKey(lambda a, b: a + b)
sums.pprint()
avg = pairs.mapValues(lambda v: (v, 1)).reduceByKey(lambda a, b: (a[0] + b[0], a[1] + b[1])).mapValues(lambda t: t[0] / t[1])
nuevoDStream = avg.transform(lambda rdd: rdd.sortByKey())
nuevoDStream.pprint()
pairs.map(lambda kv: kv[1]).map(lambda v: (v // -0.3, v % -0.3, divmod(v, 0.25), v.as_integer_ratio()[1] if v < 3 else v.is_integer(), str(v * 1e10), repr(v / 1e10))).pprint()


def report(rdd):
    vals = rdd.values().collect()
    inf, nan = float("inf"), float("nan")
    print(sum(vals), math.fsum(vals), sum(sorted(vals)), 0.1 + 0.2, 0.1 + 0.2 == 0.3, math.isclose(0.1 + 0.2, 0.3))
    print(inf, -inf, nan, inf > 1e308, nan == nan, max(vals + [inf]), f"{inf:.2f}", f"{nan:>6}", round(2.5), round(-0.5), round(3.5))
    print(1e22, 1e21 * 10, 123456789012345678.0, 1.0e-5, 0.0001, 2**0.5, 10 / 4, 7 // 2.0, -7 / 2, float(2**53 + 1), 1 / 3 * 3)


pairs.foreachRDD(report)
