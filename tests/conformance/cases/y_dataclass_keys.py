# batch: 1
# batches: 2
# dataclass instances as reduceByKey keys (frozen: hashed by their fields), ordered ones
# sorted in transform, replace and comparisons in map, unsafe_hash and field(compare=False).
# (Not asdict/astuple/fields in a task: PySpark's cloudpickle 2.2.1 revives a __main__
# dataclass whose fields() is empty there.)
from dataclasses import dataclass, field, replace


@dataclass(frozen=True, order=True)
class Clave:
    user: str
    level: int = 0


@dataclass(unsafe_hash=True)
class Visit:
    page: str
    note: str = field(default="", compare=False)


data = [[["ana 3", "bob 9", "ana 7"], ["eva 6", "bob 2", "ana 3"]], [["bob 1"], ["ana 8", "zoe 5", "zoe 5"]]]
lines = ssc.queueStream(createQUEUERDD(data))
keys = lines.map(lambda l: l.split()).map(lambda p: Clave(p[0], int(p[1]) // 5))
keys.map(lambda k: (k, 1)).reduceByKey(lambda a, b: a + b).transform(lambda r: r.sortByKey()).pprint()
keys.map(lambda k: (replace(k, level=9), k == Clave(k.user, k.level), k < Clave("b"))).pprint()
lines.map(lambda l: (Visit(l.split()[0], l), 1)).reduceByKey(lambda a, b: a + b).map(lambda kv: (kv[0].page, kv[1], hash(kv[0]) == hash((kv[0].page,)))).transform(lambda r: r.sortBy(lambda x: x[0])).pprint()
keys.transform(lambda r: r.distinct().sortBy(lambda k: k, ascending=False)).pprint()
