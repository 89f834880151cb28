# batch: 1
# batches: 3
# functools in a ranking: reduce with an initial value, partial of a scoring function used
# in map, lru_cache on a pure helper called on the driver (PySpark cannot pickle a
# __main__ lru_cache wrapper for tasks), cmp_to_key for a two-level comparison with
# reverse, total_ordering on a Jugador class used as reduceByKey values and sorted(),
# wraps on a logging decorator used in tasks.
from functools import reduce, partial, lru_cache, cmp_to_key, total_ordering, wraps


def marcado(f):
    @wraps(f)
    def envoltorio(*a, **kw):
        return ("<" + f.__name__ + ">", f(*a, **kw))
    return envoltorio


@total_ordering
class Jugador:
    def __init__(self, nombre, puntos):
        self.nombre, self.puntos = nombre, puntos

    def __eq__(self, o):
        return (self.puntos, self.nombre) == (o.puntos, o.nombre)

    def __lt__(self, o):
        return (self.puntos, self.nombre) < (o.puntos, o.nombre)

    def __repr__(self):
        return "J(%s:%d)" % (self.nombre, self.puntos)


@lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


def puntuar(base, mult, x):
    return base + mult * x


@marcado
def total(*vals, extra=0):
    return sum(vals) + extra


def comparar(a, b):
    if a[1] != b[1]:
        return b[1] - a[1]
    return (a[0] > b[0]) - (a[0] < b[0])


data = [[[("ana", 3), ("luis", 5)], [("ana", 4), ("eva", 5)]],
        [[("luis", 2), ("eva", 0), ("zoe", 9)]],
        [[("ana", 1)], [("zoe", 1), ("luis", 1)]]]
scores = ssc.queueStream(createQUEUERDD(data))
doble = partial(puntuar, 10, 2)
scores.mapValues(doble).mapValues(lambda x: (x, total(x, extra=1))).pprint()
nuevoDStream = scores.map(lambda kv: (kv[0], Jugador(*kv))).reduceByKey(lambda a, b: Jugador(a.nombre, a.puntos + b.puntos))
nuevoDStream.pprint()


def ranking(rdd):
    js = rdd.values().collect()
    print(sorted(js), max(js), min(js) <= max(js), Jugador("a", 1) >= Jugador("a", 1))
    pares = [(j.nombre, j.puntos) for j in js]
    print(sorted(pares, key=cmp_to_key(comparar)), sorted(pares, key=cmp_to_key(comparar), reverse=True)[:2])
    print(reduce(lambda acc, j: acc + j.puntos, js, 100), reduce(max, [j.puntos for j in js]), total(1, 2, extra=3), total.__name__)
    print(fib(30), [fib(j.puntos) for j in js], fib.cache_info().maxsize, doble.args, doble.func.__name__)


nuevoDStream.foreachRDD(ranking)
