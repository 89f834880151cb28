# batch: 1
# batches: 5
# checkpoint: yes
# snapshot: refused
# Temperatures per city: a deque(maxlen=3) kept as updateStateByKey state gives a moving
# average (its repr with maxlen, appendleft/rotate/extend on copies), alarms when the
# average rises by more than 1.5 degrees (math.isclose for ties), and Fahrenheit with
# round() to one decimal (banker's rounding on halves).
import math
from collections import deque


def actualizar(nuevas, estado):
    d = deque(estado, maxlen=3) if estado is not None else deque(maxlen=3)
    d.extend(nuevas)
    return d


def media(d):
    return round(sum(d) / len(d), 2) if d else None


data = [[[("oviedo", 12.5), ("cádiz", 20.0)], [("oviedo", 13.5)]],
        [[("cádiz", 22.5), ("cádiz", 23.0), ("oviedo", 11.0)]],
        [[("león", -2.5)], [("oviedo", 14.0), ("león", -0.5)]],
        [[("cádiz", 25.0)]],
        [[("oviedo", 16.25), ("león", 0.0)]]]
temps = ssc.queueStream(createQUEUERDD(data))
nuevoDStream = temps.updateStateByKey(actualizar)
nuevoDStream.pprint()
nuevoDStream.mapValues(lambda d: (media(d), list(d), d.maxlen, len(d))).pprint()
temps.mapValues(lambda c: (round(c * 9 / 5 + 32, 1), round(c / 2), round(c, -1), math.floor(c), math.ceil(c))).pprint()
previas = {}


def alarmas(rdd):
    for ciudad, d in sorted(rdd.collect()):
        m = media(d)
        antes = previas.get(ciudad)
        if antes is not None and m - antes > 1.5 and not math.isclose(m - antes, 1.5):
            print(f"ALARMA {ciudad}: {antes} -> {m}")
        previas[ciudad] = m
        copia = deque(d)
        copia.rotate(1)
        copia.appendleft(0)
        print(ciudad, copia, copia.index(0), copia.count(d[0]) if d else 0, list(reversed(d)))


nuevoDStream.foreachRDD(alarmas)
