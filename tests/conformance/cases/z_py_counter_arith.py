# batch: 1
# batches: 3
# collections.Counter across a stream: Counters per record combined with reduceByKey
# (Counter + Counter), subtraction dropping non-positive counts, & and |, most_common with
# ties (first-seen order), subtract() keeping negatives, elements(), total(), unary +,
# comparisons, and Counter reprs as pprint prints them.
from collections import Counter

data = [[[("ana", "the cat the hat"), ("bob", "a b a c")], [("ana", "hat hat cat")]],
        [[("bob", "c c b"), ("eva", "x")]],
        [[("eva", "y x y"), ("ana", "the")]]]
texts = ssc.queueStream(createQUEUERDD(data))
counts = texts.mapValues(lambda t: Counter(t.split()))
nuevoDStream = counts.reduceByKey(lambda a, b: a + b)
nuevoDStream.pprint()
nuevoDStream.mapValues(lambda c: (c.most_common(2), c.total(), sorted(c.elements())[:4])).pprint()


def compare(rdd):
    got = dict(rdd.collect())
    base = Counter(the=2, cat=1, b=1, x=0)
    for user in sorted(got):
        c = got[user]
        d = Counter(c)
        d.subtract(base)
        print(user, c - base, c & base, c | base, d, +d, -d)
        print(user, c >= Counter(c.most_common(1)), dict(c) == c, list(c.keys()), c["nope"])


nuevoDStream.foreachRDD(compare)
texts.flatMap(lambda kv: kv[1].split()).map(lambda w: (w, 1)).reduceByKey(lambda a, b: a + b).map(lambda kv: Counter({kv[0]: kv[1]})).reduce(lambda a, b: a + b).map(lambda c: c.most_common()).pprint()
