# batch: 1
# batches: 2
# dataclasses a student writes: order=True compared field by field (sorted, max, sortBy,
# takeOrdered), frozen=True instances as reduceByKey keys (their generated __hash__),
# field(default_factory=list), field(compare=False), __post_init__, the generated repr
# in pprint, and replace and vars on the driver.
from dataclasses import dataclass, field, replace


@dataclass(order=True)
class Task:
    priority: int
    name: str = field(compare=False)
    tags: list = field(default_factory=list, compare=False)

    def __post_init__(self):
        self.name = self.name.strip().lower()


@dataclass(frozen=True)
class Owner:
    team: str
    level: int = 1


def parse(line):
    prio, name, team, *tags = line.split(";")
    return Task(int(prio), name, tags), Owner(team, len(tags))


data = [[["3; Deploy ;ops;x", "1;Fix bug;dev"], ["2;Write Docs;dev;a;b", "1;Alert;ops"]],
        [["5;Backup;ops", "0; Review ;dev;z"]]]
tasks = ssc.queueStream(createQUEUERDD(data)).map(parse)
tasks.map(lambda t: t[0]).pprint()
nuevoDStream = tasks.map(lambda t: (t[1], t[0].priority)).reduceByKey(lambda a, b: a + b)
nuevoDStream.pprint()
tasks.map(lambda t: t[0]).transform(lambda rdd: rdd.sortBy(lambda t: t, ascending=False)).pprint()


def show(rdd):
    ts = [t for t, _ in rdd.collect()]
    print(sorted(ts)[0], max(ts), rdd.map(lambda t: t[0]).takeOrdered(2), ts[0] == replace(ts[0], name="other"))
    print(sorted(vars(ts[-1])), replace(ts[0], priority=9), Owner("ops") == Owner("ops", 1), hash(Owner("a")) == hash(Owner("a")))
    try:
        Owner("x").team = "y"
    except Exception as e:
        print(type(e).__name__, e)


tasks.foreachRDD(show)
