# batch: 1
# batches: 2
# Typed records as a student writes them with type hints: typing.NamedTuple events parsed
# with datetime.fromisoformat, a class with __format__ for money, zip(strict=True) over
# header and values, globals().get for a lazily made lookup, and range/ascii helpers.
from datetime import datetime
from typing import List, NamedTuple, Optional

HEADER = ["user", "when", "cents"]


class Event(NamedTuple):
    user: str
    when: datetime
    cents: int = 0


class Money:
    def __init__(self, cents: int):
        self.cents = cents

    def __format__(self, spec: str) -> str:
        return f"{self.cents / 100:{spec or '.2f'}} EUR"


def parse(line: str) -> Optional[Event]:
    values = line.split(";")
    try:
        row = dict(zip(HEADER, values, strict=True))
    except ValueError:
        return None
    return Event(row["user"], datetime.fromisoformat(row["when"]), int(row["cents"]))


def bucket(e: Event) -> str:
    table = globals().get("BUCKETS") or list(range(0, 24, 6))
    return "h%02d" % table[(e.when.hour // 6) % len(table)]


data = [[["ana;2024-03-04T05:06:07;1250", "bob;2024-03-04 18:30;99"], ["bad;line"]],
        [["eva;2024-12-31T23:59:59.5;100000", "ana;2024-01-01;5;extra"]]]
events = ssc.queueStream(createQUEUERDD(data)).map(parse)
events.pprint()
good = events.filter(lambda e: e is not None)
good.map(lambda e: (e.user, f"{Money(e.cents)}", f"{Money(e.cents):.1f}", e.when.isoformat(timespec="minutes"), bucket(e))).pprint()
nuevoDStream = good.map(lambda e: (e.user, e.cents)).reduceByKey(lambda a, b: a + b)
nuevoDStream.pprint()
good.map(lambda e: (e._replace(cents=0), e._asdict()["user"], Event._fields, ascii(e.user + "é"), range(0, 10, 3).index(6))).pprint()
