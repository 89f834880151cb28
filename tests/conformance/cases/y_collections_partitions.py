# batch: 1
# batches: 3
# mapPartitions with Counter (most_common, arithmetic, update), defaultdict(list),
# deque(maxlen) as a sliding buffer, and OrderedDict with move_to_end, per partition.
from collections import Counter, defaultdict, deque, OrderedDict


def per_partition(words):
    c = Counter()
    first = defaultdict(list)
    last3 = deque(maxlen=3)
    order = OrderedDict()
    for w in words:
        c[w] += 1
        first[w[0]].append(w)
        last3.append(w)
        order[w] = len(w)
        order.move_to_end(w, last=False)
    yield ("common", c.most_common(2))
    yield ("byletter", sorted(first.items()))
    yield ("last3", list(last3))
    yield ("order", list(order.items()))
    yield ("minus", sorted((c - Counter({"a": 1})).items()))


data = [[["a", "b", "a", "c"], ["b", "b", "ab"]],
        [["zz", "a", "zz", "a", "a"]],
        [[]]]
words = ssc.queueStream(createQUEUERDD(data))
nuevoDStream = words.mapPartitions(per_partition)
nuevoDStream.pprint(20)
both = words.glom().map(lambda p: Counter(p)).reduce(lambda a, b: a + b)
both.map(lambda c: (sorted(c.items()), sum(c.values()), sorted(c.elements())[:4], c["nope"])).pprint()
