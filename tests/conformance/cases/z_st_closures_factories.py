# batch: 1
# batches: 3
# Closures as a student builds filters and scorers: a factory returning lambdas that
# capture a threshold, lambdas in a list comprehension with default-argument binding vs
# late binding, nonlocal counters inside a mapPartitions helper, a dict of functions
# (dispatch table) applied in map, functions as values in records, and __name__/__qualname__.
def umbral(minimo):
    def filtro(kv):
        return kv[1] >= minimo
    filtro.__name__ = f"umbral_{minimo}"
    return filtro


def contador_particion(it):
    vistos = 0
    suma = 0

    def ver(x):
        nonlocal vistos, suma
        vistos += 1
        suma += x[1]
        return x

    lista = [ver(x) for x in it]
    yield (vistos, suma, [k for k, _ in lista])


multiplicadores_tarde = [lambda x: x * i for i in range(3)]
multiplicadores = [lambda x, i=i: x * i for i in range(3)]
OPS = {"doble": lambda v: v * 2, "neg": lambda v: -v, "str": str, "abs": abs}


def aplicar(kv):
    k, v = kv
    op = "doble" if v > 5 else ("neg" if v > 0 else "abs")
    return (k, OPS[op](v), op, OPS[op].__name__, umbral(3).__name__, umbral.__qualname__, contador_particion.__name__)


data = [[[("a", 1), ("b", 7)], [("c", -3), ("a", 5)]],
        [[("b", 2), ("d", 9), ("e", 0)]],
        [[("a", 4)], [("f", 3)]]]
pairs = ssc.queueStream(createQUEUERDD(data))
nuevoDStream = pairs.filter(umbral(3))
nuevoDStream.pprint()
pairs.mapPartitions(contador_particion).pprint()
pairs.map(aplicar).pprint()
pairs.map(lambda kv: (kv[0], [f(kv[1]) for f in multiplicadores_tarde], [f(kv[1]) for f in multiplicadores])).pprint()
