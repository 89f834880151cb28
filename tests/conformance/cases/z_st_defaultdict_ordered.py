# batch: 1
# batches: 3
# checkpoint: yes
# Clicks grouped with defaultdict(list) and defaultdict(int) inside mapPartitions (their
# reprs reach pprint), an OrderedDict of recently seen pages per user (move_to_end,
# popitem(last=False)) kept as updateStateByKey state, dict views, setdefault, dict
# union |, and nested defaultdict(lambda: defaultdict(int)) converted for printing.
from collections import defaultdict, OrderedDict


def por_particion(clicks):
    paginas = defaultdict(list)
    cuentas = defaultdict(int)
    for user, page in clicks:
        paginas[user].append(page)
        cuentas[page] += 1
    yield ("paginas", paginas)
    yield ("cuentas", cuentas)


def recientes(nuevas, estado):
    od = OrderedDict() if estado is None else OrderedDict(estado)
    for p in nuevas:
        od[p] = od.get(p, 0) + 1
        od.move_to_end(p)
        while len(od) > 3:
            od.popitem(last=False)
    return od


data = [[[("ana", "/"), ("bob", "/a"), ("ana", "/b")], [("ana", "/"), ("cris", "/c")]],
        [[("bob", "/b"), ("bob", "/a"), ("ana", "/d"), ("ana", "/e")]],
        [[("cris", "/c")], [("ana", "/b"), ("bob", "/z")]]]
clicks = ssc.queueStream(createQUEUERDD(data))
clicks.mapPartitions(por_particion).pprint()
nuevoDStream = clicks.updateStateByKey(recientes)
nuevoDStream.pprint()


def nested(rdd):
    tabla = defaultdict(lambda: defaultdict(int))
    for user, page in rdd.collect():
        tabla[user][page] += 1
    plano = {u: dict(p) for u, p in sorted(tabla.items())}
    print(plano)
    extra = {}
    for u in plano:
        extra.setdefault(len(plano[u]), []).append(u)
    print(extra, plano.keys() & {"ana", "zoe"}, list(plano.values())[:1], {"x": 1} | {"y": 2, "x": 3})


clicks.foreachRDD(nested)
