# batch: 1
# batches: 2
# Ranking with functools: cmp_to_key comparators (ties broken by name, reversed),
# functools.reduce with and without initial, partial with keyword arguments as map
# functions, total_ordering on a small class, and sorted with several keys.
import functools


def by_score_then_name(a, b):
    if a[1] != b[1]:
        return -1 if a[1] > b[1] else 1
    return (a[0] > b[0]) - (a[0] < b[0])


def scale(value, *, factor=1, offset=0):
    return value * factor + offset


@functools.total_ordering
class Grade:
    def __init__(self, letter):
        self.letter = letter

    def __eq__(self, other):
        return self.letter == other.letter

    def __lt__(self, other):
        return self.letter > other.letter

    def __repr__(self):
        return f"Grade({self.letter})"


data = [[[("ana", 7), ("bob", 9)], [("eva", 7), ("dan", 10)]],
        [[("zoe", 5), ("amy", 5), ("max", 9)]]]
scores = ssc.queueStream(createQUEUERDD(data))
scores.map(lambda kv: (kv[0], scale(kv[1], factor=10, offset=5), functools.partial(scale, factor=2)(kv[1]))).pprint()


def ranked(rdd):
    xs = rdd.collect()
    print(sorted(xs, key=functools.cmp_to_key(by_score_then_name)))
    print(sorted(xs, key=functools.cmp_to_key(lambda a, b: len(a[0]) - len(b[0]) or b[1] - a[1]), reverse=True))
    print(functools.reduce(lambda acc, kv: acc + kv[1], xs, 0), functools.reduce(max, [v for _, v in xs]))
    print(functools.reduce(lambda a, b: a if a[1] >= b[1] else b, xs))
    grades = [Grade(c) for c in "BADCA"]
    print(sorted(grades), max(grades), Grade("A") >= Grade("B"), Grade("C") <= Grade("C"), Grade("B") > Grade("A"))


scores.foreachRDD(ranked)
nuevoDStream = scores.map(lambda kv: (kv[1] // 5, [kv])).reduceByKey(lambda a, b: a + b).mapValues(lambda v: sorted(v, key=functools.cmp_to_key(by_score_then_name)))
nuevoDStream.pprint()
nuevoDStream.map(functools.partial(lambda tag, kv: (tag, kv[0], len(kv[1])), "bucket")).pprint()
