# batch: 1
# batches: 4
# checkpoint: yes
# snapshot: refused
# Stock quotes as namedtuple records: _make from split text, _replace, _asdict, _fields,
# defaults; the max price per ticker over a window of 2 slides 1 (reduceByKeyAndWindow),
# the change against the previous batch kept with updateStateByKey, and a report with
# f-string alignment (:>10, :<6, :.2f, :+.2%, :,) printed from foreachRDD.
from collections import namedtuple

Cotizacion = namedtuple("Cotizacion", "ticker precio volumen moneda", defaults=("EUR",))


def parse(line):
    campos = line.split(",")
    c = Cotizacion._make(campos[:3] + ([campos[3]] if len(campos) > 3 else ["EUR"]))
    return c._replace(precio=float(c.precio), volumen=int(c.volumen))


def cambio(nuevos, estado):
    previo, ultimo = estado if estado else (None, None)
    if nuevos:
        return (ultimo, nuevos[-1])
    return (previo, ultimo)


data = [[["SAN,3.51,120000", "BBVA,6.02,98000,USD"], ["ITX,40.10,5000", "SAN,3.55,20000"]],
        [["BBVA,5.98,1000000", "ITX,41.00,7500"]],
        [["SAN,3.40,250000"], ["ITX,39.95,1200", "REP,14.20,33000"]],
        [["BBVA,6.10,5"]]]
quotes = ssc.queueStream(createQUEUERDD(data)).map(parse)
quotes.map(lambda c: c._asdict()).pprint(3)
maximos = quotes.map(lambda c: (c.ticker, c)).reduceByKeyAndWindow(lambda a, b: a if a.precio >= b.precio else b, None, 2, 1)
maximos.pprint()
nuevoDStream = quotes.map(lambda c: (c.ticker, c.precio)).updateStateByKey(cambio)


def informe(rdd):
    print(f"{'ticker':<6}|{'antes':>10}|{'ahora':>10}|{'cambio':>9}")
    for t, (antes, ahora) in sorted(rdd.collect()):
        if antes is None:
            print(f"{t:<6}|{'-':>10}|{ahora:>10.2f}|{'':>9}")
        else:
            print(f"{t:<6}|{antes:>10.2f}|{ahora:>10.2f}|{(ahora - antes) / antes:>+9.2%}")


nuevoDStream.foreachRDD(informe)
quotes.map(lambda c: (c.moneda, c.volumen)).reduceByKey(lambda a, b: a + b).map(lambda kv: f"{kv[0]}: {kv[1]:,} acciones ({Cotizacion._fields})").pprint()
