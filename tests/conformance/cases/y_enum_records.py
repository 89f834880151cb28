# batch: 1
# batches: 2
# enum members and namedtuple records as keys and values, Counter comparisons,
# int.to_bytes and a \N{...} escape (the lite wasm engine hands it to the full one).
from enum import Enum
from collections import namedtuple, Counter


class Nivel(Enum):
    BAJO = 1
    ALTO = 2


Ev = namedtuple("Ev", "user nivel")
data = [[["ana 3", "bob 9", "ana 7"], ["eva 6", "bob 2"]], [["bob 1"], ["ana 8", "zoe 5"]]]
lines = ssc.queueStream(createQUEUERDD(data))
evs = lines.map(lambda l: l.split()).map(lambda p: Ev(p[0], Nivel.ALTO if int(p[1]) > 5 else Nivel.BAJO))
evs.map(lambda e: ((e.user, e.nivel.name), 1)).reduceByKey(lambda a, b: a + b).pprint()
evs.map(lambda e: (e.nivel, e.user)).groupByKey().mapValues(sorted).pprint()
evs.mapPartitions(lambda it: [Counter(e.user for e in it)]).map(lambda c: sorted(c.items()) + [c >= Counter()]).pprint()
lines.map(lambda l: int(l.split()[1]).to_bytes(2, "big").hex() + " " + "\N{BLACK STAR}" * (int(l.split()[1]) % 3)).pprint()
