# batch: 1
# batches: 3
# checkpoint: yes
# Followers as sets: per-user sets merged with | in reduceByKey, updateStateByKey
# accumulating a set (printed sorted), intersection/difference/symmetric difference
# between users on the driver, frozenset pairs as keys (mutual follows), set
# comprehension, issubset/isdisjoint, and len of sets per user.
def juntar(nuevos, viejo):
    s = set(viejo) if viejo else set()
    for n in nuevos:
        s |= n
    return s


data = [[[("ana", "bob"), ("ana", "eva"), ("bob", "ana")], [("eva", "ana"), ("ana", "bob")]],
        [[("bob", "eva"), ("eva", "bob"), ("zoe", "ana")]],
        [[("ana", "zoe"), ("zoe", "eva")]]]
follows = ssc.queueStream(createQUEUERDD(data))
sets = follows.mapValues(lambda x: {x}).reduceByKey(lambda a, b: a | b)
sets.mapValues(sorted).pprint()
nuevoDStream = follows.mapValues(lambda x: {x}).updateStateByKey(juntar).mapValues(lambda s: (len(s), sorted(s)))
nuevoDStream.pprint()
mutuos = follows.map(lambda p: (frozenset(p), 1)).reduceByKey(lambda a, b: a + b).filter(lambda kv: kv[1] > 1).map(lambda kv: tuple(sorted(kv[0])))
mutuos.pprint()


def comparar(rdd):
    d = {u: s for u, s in rdd.collect()}
    us = sorted(d)
    for i, a in enumerate(us):
        for b in us[i + 1:]:
            print(a, b, sorted(d[a] & d[b]), sorted(d[a] - d[b]), sorted(d[a] ^ d[b]), d[a].isdisjoint(d[b]), d[a] <= d[b] | {a})
    print(sorted({u[0] for u in d}), sorted(set().union(*d.values())) if d else [])


sets.foreachRDD(comparar)
