# batch: 1
# batches: 4
# checkpoint: yes
# snapshot: refused
# Rolling windows kept by hand: updateStateByKey holding a deque(maxlen=3) per key,
# namedtuple records with defaults, _replace, _asdict, _fields and _make, and a
# defaultdict(list) built in foreachRDD and printed as it is.
from collections import deque, namedtuple, defaultdict

Reading = namedtuple("Reading", ["sensor", "value", "unit"], defaults=["C"])


def parse(line):
    sensor, value, *rest = line.split(",")
    r = Reading(sensor, float(value), *rest)
    return r._replace(value=round(r.value * 1.8 + 32, 1), unit="F") if r.unit == "C" else r


def update(new, window):
    window = window if window is not None else deque(maxlen=3)
    window.extend(r.value for r in new)
    return window


data = [[["s1,20", "s2,70,F"], ["s1,21.5"]],
        [["s1,22", "s3,0"]],
        [["s2,71,F", "s1,25"]],
        [["s3,-40"]]]
readings = ssc.queueStream(createQUEUERDD(data)).map(parse)
readings.pprint()
readings.map(lambda r: (r._asdict(), r._fields, Reading._make([r.sensor, 0, "K"]))).pprint()
nuevoDStream = readings.map(lambda r: (r.sensor, r)).updateStateByKey(update)
nuevoDStream.transform(lambda rdd: rdd.sortByKey()).map(lambda kv: (kv[0], kv[1], sum(kv[1]) / len(kv[1]), kv[1].maxlen)).pprint()


def group(rdd):
    by_unit = defaultdict(list)
    for r in rdd.collect():
        by_unit[r.unit].append(r.sensor)
    print(by_unit, dict(by_unit), sorted(by_unit.items()), by_unit["missing"], len(by_unit))


readings.foreachRDD(group)
