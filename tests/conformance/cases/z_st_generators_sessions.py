# batch: 1
# batches: 3
# Generators where a student reaches for them: mapPartitions with a generator that keeps
# the previous record (pairs of consecutive clicks), flatMap with a generator function
# and yield from, a generator expression consumed by sum() and any(), a generator
# pipeline (filter -> map -> take n with islice) per partition, send() to a running
# average coroutine on the driver, and StopIteration's value from return.
from itertools import islice


def consecutivos(it):
    previo = None
    for user, page in it:
        if previo is not None and previo[0] == user:
            yield (user, previo[1] + "->" + page)
        previo = (user, page)


def trozos(linea):
    partes = linea.split("/")
    yield len(partes)
    yield from (p.upper() for p in partes if p)


def pipeline(it):
    validos = (r for r in it if r[1].startswith("/"))
    largos = ((u, p, len(p)) for u, p in validos)
    yield list(islice(largos, 2))


def media_movil():
    total, n = 0.0, 0
    media = None
    while True:
        x = yield media
        if x is None:
            return n
        total += x
        n += 1
        media = total / n


data = [[[("ana", "/"), ("ana", "/a/b"), ("bob", "/c")], [("bob", "x"), ("bob", "/d"), ("bob", "/e/f/g")]],
        [[("ana", "/z"), ("eva", "/"), ("eva", "/y")]],
        [[("eva", "/q/")], []]]
clicks = ssc.queueStream(createQUEUERDD(data))
nuevoDStream = clicks.mapPartitions(consecutivos)
nuevoDStream.pprint()
clicks.flatMap(lambda r: trozos(r[1])).pprint(20)
clicks.mapPartitions(pipeline).pprint()


def driver(rdd):
    pages = rdd.values().collect()
    print(sum(len(p) for p in pages), any(p.endswith("/") for p in pages), all(p for p in pages), max((p for p in pages), key=len, default=""))
    co = media_movil()
    next(co)
    print([co.send(len(p)) for p in pages])
    try:
        co.send(None)
    except StopIteration as e:
        print("fin", e.value)


clicks.foreachRDD(driver)
