# batch: 1
# batches: 2
# operator functions passed straight to reduceByKey/reduce, math helpers in map (gcd,
# lcm, comb, perm, prod, fsum, isqrt, hypot, log, isclose, floor/ceil, trunc), round half
# to even, float reprs and integer division of negatives.
import math
import operator

data = [[[("a", 12), ("b", 18), ("a", 30)], [("b", 4), ("c", 7)]], [[("c", 10), ("c", -3)], [("a", 1)]]]
pairs = ssc.queueStream(createQUEUERDD(data))
nuevoDStream = pairs.reduceByKey(operator.add)
nuevoDStream.pprint()
pairs.reduceByKey(math.gcd).transform(lambda rdd: rdd.sortByKey()).pprint()
pairs.reduceByKey(math.lcm).reduceByKey(max).transform(lambda rdd: rdd.sortByKey(False)).pprint()
pairs.map(operator.itemgetter(1)).reduce(operator.mul).pprint()
pairs.map(lambda kv: kv[1]).map(lambda n: (math.comb(abs(n) + 2, 3), math.perm(abs(n), 2), math.isqrt(abs(n) * 1000), math.floor(-n / 4),
                                           math.ceil(n / 4), math.trunc(-n / 4), -n // 4, -n % 4, round(n / 8), round(n / 8, 1))).pprint()
pairs.map(lambda kv: kv[1]).map(lambda n: (math.sqrt(abs(n)), math.log(abs(n) + 1), math.log(abs(n) + 1, 2), math.log10(abs(n) + 1),
                                           math.hypot(n, 3), math.exp(n / 10), math.tanh(n / 5), math.expm1(n / 7), n / 3, n ** 0.5 if n > 0 else 0.0,
                                           math.isclose(n / 3 * 3, n), math.degrees(1) * n)).pprint(3)
pairs.map(lambda kv: kv[1]).glom().map(lambda p: (math.prod(p), math.fsum([x / 10 for x in p]), sum(x / 10 for x in p),
                                                   math.inf > max(p, default=0), math.pi * len(p), float(sum(p)), 1e16 + len(p), 1 / 3 * len(p))).pprint()
