# batch: 1
# batches: 3
# Sensor aggregates with math: fsum vs sum of floats, sqrt/log/log2/log10/exp of readings,
# floor/ceil/trunc of negatives, isclose with rel_tol/abs_tol, prod, comb/perm, gcd/lcm,
# isqrt, copysign, hypot of vectors, inf and nan handling (isinf/isnan, nan never equal),
# divmod and % of negative floats, round half even, reduceByKey of (sum, sumsq, n) tuples
# into a standard deviation.
import math

data = [[[("t1", 0.1), ("t1", 0.2), ("t2", -1.5)], [("t1", 0.3), ("t2", 2.25), ("t3", float("inf"))]],
        [[("t2", -7.5), ("t3", 1e308), ("t3", 1e308)], [("t1", 1e-9), ("t4", float("nan"))]],
        [[("t5", 16.0), ("t5", 2.0), ("t5", 0.5)]]]
rd = ssc.queueStream(createQUEUERDD(data))
nuevoDStream = rd.mapValues(lambda x: (x, x * x, 1)).reduceByKey(lambda a, b: (a[0] + b[0], a[1] + b[1], a[2] + b[2]))
nuevoDStream.pprint()


def desv(t):
    s, sq, n = t
    if n < 2 or math.isinf(s) or math.isnan(s):
        return (n, s, None)
    var = (sq - s * s / n) / (n - 1)
    return (n, s / n, math.sqrt(max(var, 0.0)))


nuevoDStream.mapValues(desv).pprint()
rd.filter(lambda kv: math.isfinite(kv[1]) and kv[1] > 0).mapValues(
    lambda x: (math.log(x), math.log2(x), math.log10(x), math.sqrt(x), math.exp(-x), math.log(x, 3))).pprint()
rd.filter(lambda kv: math.isfinite(kv[1])).mapValues(
    lambda x: (math.floor(x), math.ceil(x), math.trunc(x), divmod(x, 2), x % -2, round(x, 1), math.copysign(1, -x))).pprint()


def extra(rdd):
    vals = rdd.values().collect()
    finite = [v for v in vals if math.isfinite(v)]
    print(sum(finite), math.fsum(finite), math.prod(finite) if finite else None, sum(finite) == math.fsum(finite))
    print(math.isclose(0.1 + 0.2, 0.3), math.isclose(1e-10, 0, abs_tol=1e-9), math.isclose(100, 101, rel_tol=0.01),
          [v != v for v in vals], float("nan") in vals, max(vals), min(finite))
    print(math.comb(10, 3), math.perm(5, 2), math.gcd(12, 18, 30), math.lcm(4, 6, 10), math.isqrt(10**20 + 1),
          math.hypot(*finite[:3]), math.dist((0, 0), (3, 4)), round(2.5), round(3.5), round(-0.5), round(0.125, 2))


rd.foreachRDD(extra)
