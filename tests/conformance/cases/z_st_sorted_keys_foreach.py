# batch: 1
# batches: 3
# Sorting as a student does it in foreachRDD: sorted with key tuples and reverse=True
# (stability of ties kept), str.lower and len as keys, operator.itemgetter(1, 0) and
# attrgetter, list.sort in place, min/max with key and default, sorted of mixed ints and
# floats, of tuples with None guarded, and a top 3 per key with sortBy/takeOrdered.
from operator import itemgetter, attrgetter
from collections import namedtuple

Venta = namedtuple("Venta", "tienda producto unidades")

data = [[[("Norte", "pan", 5), ("sur", "Leche", 5), ("Este", "pan", 2)], [("norte", "huevos", 12), ("Sur", "pan", 5)]],
        [[("Oeste", "leche", 1), ("Norte", "Pan", 7)], [("este", "café", 5), ("sur", "té", 0)]],
        [[("Norte", "pan", 3)]]]
ventas = ssc.queueStream(createQUEUERDD(data)).map(lambda r: Venta(*r))
nuevoDStream = ventas.map(lambda v: (v.producto.lower(), v.unidades)).reduceByKey(lambda a, b: a + b)
nuevoDStream.transform(lambda rdd: rdd.sortBy(itemgetter(1), ascending=False)).pprint()


def ordenar(rdd):
    vs = rdd.collect()
    print(sorted(vs, key=attrgetter("unidades"), reverse=True))
    print(sorted(vs, key=lambda v: (v.tienda.lower(), -v.unidades)))
    print(sorted((v.tienda for v in vs), key=str.lower), sorted((v.producto for v in vs), key=len, reverse=True))
    pares = [(v.producto, v.unidades) for v in vs]
    pares.sort(key=itemgetter(1, 0))
    print(pares)
    print(max(vs, key=attrgetter("unidades")), min([], default="nada"), max(vs, key=lambda v: len(v.producto)).producto)
    print(sorted([3, 1.5, -2, 2.0, True]), sorted([(1, None), (0, "x")], key=lambda t: (t[1] is None, t)))
    print(rdd.takeOrdered(3, key=lambda v: (-v.unidades, v.producto)), rdd.top(2, key=itemgetter(2)))


ventas.foreachRDD(ordenar)
