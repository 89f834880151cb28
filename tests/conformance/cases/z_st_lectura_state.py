# batch: 1
# batches: 4
# checkpoint: yes
# snapshot: refused
# Sensor readings as a class Lectura (__init__, __repr__, __eq__/__hash__ by sensor and
# value, __lt__ by value then time): readings parsed from "sensor;valor;ts" text with
# try/except around float(), reduceByKey keeping the max Lectura, updateStateByKey keeping
# the last three readings (a list of Lecturas sorted with __lt__) and a count, max()/min()
# and sorted(reverse=True) of Lecturas on the driver.
class Lectura:
    def __init__(self, sensor, valor, ts):
        self.sensor = sensor
        self.valor = valor
        self.ts = ts

    def __repr__(self):
        return f"Lectura({self.sensor!r}, {self.valor:.1f}, t={self.ts})"

    def __eq__(self, other):
        return isinstance(other, Lectura) and (self.sensor, self.valor) == (other.sensor, other.valor)

    def __hash__(self):
        return hash((self.sensor, self.valor))

    def __lt__(self, other):
        return (self.valor, self.ts) < (other.valor, other.ts)


def parse(line):
    parts = line.split(";")
    try:
        return [Lectura(parts[0].strip(), float(parts[1]), int(parts[2]))]
    except (ValueError, IndexError) as e:
        return []


def keep(nuevas, estado):
    cuenta, ultimas = estado if estado is not None else (0, [])
    todas = sorted(ultimas + list(nuevas), key=lambda l: l.ts)[-3:]
    return (cuenta + len(nuevas), todas)


data = [[["s1;20.5;1", "s2;18.0;2", "s1;21.25;3"], ["s3;x;4", "s2;19.5;5", "mal"]],
        [["s1;19.0;6", "s3;30.0;7"], ["s2;19.5;8", "s2;;9"]],
        [["s3;29.5;10", "s1;22.0;11", "s1;22.0;12"]],
        [[]]]
lines = ssc.queueStream(createQUEUERDD(data))
lecturas = lines.flatMap(parse)
pares = lecturas.map(lambda l: (l.sensor, l))
pares.reduceByKey(lambda a, b: a if b < a else b).pprint()
nuevoDStream = pares.updateStateByKey(keep)
nuevoDStream.pprint()
lecturas.map(lambda l: (l, 1)).reduceByKey(lambda a, b: a + b).filter(lambda kv: kv[1] > 1).pprint()


def resumen(rdd):
    ls = rdd.collect()
    if not ls:
        print("sin lecturas")
        return
    print("max:", max(ls), "min:", min(ls), "n:", len(ls), "distintas:", len(set(ls)))
    print("orden:", sorted(ls, reverse=True)[:4])
    print("s1 in:", Lectura("s1", 22.0, 0) in ls, ls.count(Lectura("s2", 19.5, -1)))


lecturas.foreachRDD(resumen)
