# batch: 1
# batches: 4
# checkpoint: yes
# Word counts per batch as Counters, combined over a window with reduceByWindow (Counter +
# Counter and the in-place +=, update with an iterable, subtract), most_common with ties in
# insertion order, Counter comparisons and arithmetic with negative counts, and Counters
# kept as updateStateByKey state.
from collections import Counter


def merge(a, b):
    c = Counter(a)
    c += b
    return c


data = [[["el gato y el perro", "el sol"], ["y la luna"]],
        [["la casa y el gato"]],
        [["perro perro gato"], ["sol sol"]],
        [["la la la"]]]
lines = ssc.queueStream(createQUEUERDD(data))
per_batch = lines.map(lambda l: Counter(l.split())).reduce(lambda a, b: a + b)
nuevoDStream = per_batch.reduceByWindow(merge, None, 2, 1)
nuevoDStream.map(lambda c: c.most_common(4)).pprint()


def detalle(rdd):
    for c in rdd.collect():
        d = Counter()
        d.update(w for w in c.elements() if len(w) > 2)
        d.subtract({"gato": 5, "zorro": 1})
        print(sorted(d.items()), d.most_common()[-2:], +d == Counter({k: v for k, v in d.items() if v > 0}))
        print(c.total(), len(c), c["nada"], "nada" in c, Counter("banana").most_common(2))


nuevoDStream.foreachRDD(detalle)


def estado(nuevos, viejo):
    c = viejo if viejo is not None else Counter()
    for n in nuevos:
        c.update(n)
    return c


by_first = lines.map(lambda l: (l[0], Counter(l.split())))
by_first.updateStateByKey(estado).mapValues(lambda c: (c.most_common(2), sum(c.values()))).pprint()
