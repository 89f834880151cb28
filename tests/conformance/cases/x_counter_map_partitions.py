# batch: 1
# batches: 3
from collections import Counter, defaultdict


def top_words(lines):
    c = Counter()
    for line in lines:
        c.update(line.split())
    return c.most_common(2)


def by_length(lines):
    d = defaultdict(list)
    for line in lines:
        for w in line.split():
            d[len(w)].append(w)
    return sorted(d.items())


data = [[["a b a c", "b a"], ["x y x", "z"]], [["the cat the dog"], ["dog dog"]]]
lines = ssc.queueStream(createQUEUERDD(data))
lines.mapPartitions(top_words).pprint()
lines.mapPartitions(lambda it: [Counter(w for l in it for w in l.split())]).pprint()
lines.mapPartitions(by_length).pprint()
lines.flatMap(lambda l: l.split()).mapPartitions(lambda it: Counter(it).items()).reduceByKey(lambda a, b: a + b).pprint()
