# batch: 1
# batches: 3
# checkpoint: yes
# Top-N with heapq.nlargest/nsmallest and key= (ties kept in input order) inside
# mapPartitions and on the driver, a bounded heap with heappushpop, heapify/heapreplace,
# merge of sorted lists, and bisect buckets for temperatures (bisect_left vs bisect_right
# at the edges, insort keeping a sorted list in updateStateByKey state).
import heapq
from bisect import bisect_left, bisect_right, insort

LIMITES = [0, 10, 20, 30]
NOMBRES = ["helada", "frío", "templado", "cálido", "calor"]


def top_particion(it):
    h = []
    for ciudad, t in it:
        if len(h) < 2:
            heapq.heappush(h, (t, ciudad))
        else:
            heapq.heappushpop(h, (t, ciudad))
    yield sorted(h, reverse=True)


def ordenar(nuevas, estado):
    lista = list(estado) if estado else []
    for t in nuevas:
        insort(lista, t)
    return lista


data = [[[("a", 10), ("b", 31.5), ("c", 20)], [("d", -3), ("e", 30), ("f", 0)]],
        [[("g", 19.99), ("h", 10), ("i", 10)]],
        [[("j", 45), ("k", 29.5)], [("l", 20), ("m", 20)]]]
temps = ssc.queueStream(createQUEUERDD(data))
temps.mapPartitions(top_particion).pprint()
temps.map(lambda kv: (kv[0], NOMBRES[bisect_right(LIMITES, kv[1])], bisect_left(LIMITES, kv[1]))).pprint(12)
nuevoDStream = temps.map(lambda kv: ("todas", kv[1])).updateStateByKey(ordenar)
nuevoDStream.pprint()


def tops(rdd):
    pares = rdd.collect()
    print(heapq.nlargest(3, pares, key=lambda kv: kv[1]), heapq.nsmallest(2, pares, key=lambda kv: (kv[1], kv[0])))
    vals = [t for _, t in pares]
    heapq.heapify(vals)
    print(vals[0], heapq.heapreplace(vals, 100), sorted(vals)[:3])
    print(list(heapq.merge([1, 4, 9], [2, 3, 10], [0])), list(heapq.merge(["b", "a"], ["c"], key=len, reverse=True)))


temps.foreachRDD(tops)
