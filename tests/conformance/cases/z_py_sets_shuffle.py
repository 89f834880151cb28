# batch: 1
# batches: 2
# Sets built on the workers (a shuffle's reduce side) reach the driver through pickle.
# A set built by unions, or by discards and adds, prints on the driver as pickle rebuilds it.
data = [[[("a", w) for w in "the quick brown fox jumps over the lazy dog".split()],
         [("b", w) for w in "pack my box with five dozen liquor jugs now".split()]],
        [[("a", str(i)) for i in range(40)], [("b", i) for i in range(0, 200, 7)]]]
pairs = ssc.queueStream(createQUEUERDD(data))
nuevoDStream = pairs.combineByKey(lambda v: {v}, lambda s, v: s | {v}, lambda a, b: a | b)
nuevoDStream.pprint()
pairs.groupByKey().mapValues(set).pprint()
pairs.map(lambda kv: kv[1]).glom().map(set).pprint()


def shrink(kv):
    s = set(kv[1])
    for x in list(s)[::2]:
        s.discard(x)
    s.add("zz")
    return (kv[0], s)


pairs.groupByKey().map(shrink).pprint()
pairs.groupByKey().map(lambda kv: (kv[0], frozenset(kv[1]))).pprint()
