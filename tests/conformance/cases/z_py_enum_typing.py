# batch: 1
# batches: 2
# Typed code with enum members as keys: typing annotations (List, Dict, Optional,
# Tuple, Callable, Union) on functions, Enum and IntEnum members as reduceByKey keys
# (their hash decides the partition), repr/str/name/value of members, Enum lookup by
# value and by name, iteration over the enum, auto(), and members in sets and sorted.
from enum import Enum, IntEnum, auto
from typing import Callable, Dict, List, Optional, Tuple, Union


class Level(Enum):
    DEBUG = auto()
    INFO = auto()
    WARN = auto()
    ERROR = auto()


class Prio(IntEnum):
    LOW = 1
    HIGH = 5


def parse(line: str) -> Tuple[Level, Optional[str]]:
    name, _, msg = line.partition(" ")
    return Level[name], msg or None


def weight(level: Level, table: Dict[Level, Union[int, float]] = {Level.ERROR: 10, Level.WARN: 2.5}) -> float:
    return table.get(level, 1)


apply: Callable[[List[int]], int] = sum

data = [[["INFO start", "ERROR disk", "WARN"], ["INFO ok", "DEBUG x=1"]],
        [["ERROR net", "ERROR disk", "INFO"]]]
logs = ssc.queueStream(createQUEUERDD(data)).map(parse)
logs.pprint()
nuevoDStream = logs.map(lambda lm: (lm[0], 1)).reduceByKey(lambda a, b: a + b)
nuevoDStream.pprint()
logs.map(lambda lm: (str(lm[0]), lm[0].name, lm[0].value, weight(lm[0]), Level(lm[0].value) is lm[0], Prio.HIGH if lm[0] is Level.ERROR else Prio.LOW)).pprint()
logs.map(lambda lm: (lm[0].value >= Level.WARN.value, Prio.HIGH + 1, Prio(5), int(Prio.LOW), Prio.HIGH > Prio.LOW, f"{Prio.HIGH}", f"{lm[0]}")).pprint()


def show(rdd):
    levels = {lv for lv, _ in rdd.collect()}
    print(sorted(levels, key=lambda lv: lv.value), [lv.name for lv in Level], len(Level), Level.INFO in levels, list(Prio))
    print(apply([weight(lv) for lv in sorted(levels, key=lambda lv: lv.name)]), Level.__members__.keys(), weight.__defaults__)


logs.foreachRDD(show)
