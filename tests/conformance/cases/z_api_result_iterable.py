# batch: 1
# batches: 2
# What groupByKey, groupBy, cogroup and groupWith hand to user functions: PySpark's
# ResultIterable (len, iterated twice, not a list, truthy), and the tuples of them from
# cogroup.
from pyspark.resultiterable import ResultIterable


def describe(vs):
    return (type(vs).__name__, isinstance(vs, ResultIterable), isinstance(vs, list), len(vs), list(vs),
            sum(vs) + sum(vs), bool(vs), sorted(vs, reverse=True), max(vs))


pairs = ssc.queueStream(createQUEUERDD([[[("a", 1), ("b", 2)], [("a", 3)]], [[("c", 4), ("c", 5), ("a", 6)]]]))
pairs.groupByKey().mapValues(describe).pprint()
others = pairs.mapValues(lambda v: v * 100)


def co(vs):
    left, right = vs
    return (type(vs).__name__, len(vs), isinstance(left, ResultIterable), sorted(left), sorted(right),
            [x * 2 for x in right])


pairs.cogroup(others, 1).mapValues(co).pprint()
nuevoDStream = pairs.transform(lambda rdd: rdd.groupWith(rdd, rdd).mapValues(lambda t: [len(x) for x in t]))
pairs.transform(lambda rdd: rdd.groupBy(lambda kv: kv[1] % 2).mapValues(lambda vs: (len(vs), sorted(vs)))).pprint()
