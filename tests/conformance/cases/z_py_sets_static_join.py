# batch: 1
# batches: 1
# Sets in RDD joins, cogroup and groupByKey: PySpark tags each side, reads their JVM
# union through pickle, then shuffles (each a rebuild); cogroup's ResultIterables
# carry their sets through the driver's unpickle; parallelize's collect reads the
# records as pickled when parallelize was called.
ws = ['a', 'alguno', 'así', 'año', 'b', 'cada', 'como', 'con', 'cosa', 'cuando', 'dar', 'de', 'deber', 'decir', 'dejar', 'desde', 'día', 'el', 'ella', 'en', 'encontrar', 'ese', 'eso', 'estar', 'haber', 'hablar', 'hacer', 'hasta', 'hombre', 'la', 'lo', 'me', 'mi', 'mismo', 'mucho', 'muy', 'más', 'nada', 'no', 'nos', 'nuestro', 'nuevo', 'otro', 'parecer', 'parte', 'pasar', 'pero', 'poco', 'poder', 'poner', 'por', 'primero', 'que', 'quedar', 'qué', 'se', 'ser', 'si', 'su', 'también', 'tan', 'tanto', 'tiempo', 'un', 'ver', 'vez', 'vida', 'y', 'él']
import random
random.seed(3)
sets = []
for i in range(6):
    s = set()
    for w in random.sample(ws, 25):
        s = s | {w}
    sets.append(s)
pairs = [(i % 2, s) for i, s in enumerate(sets)]
r = sc.parallelize(pairs, 2)
print("collect", r.collect())
print("asmap", r.collectAsMap())
later = sc.parallelize([sets[0]], 1)
sets[0].add("después")
print("later", later.collect(), later.map(lambda s: len(s)).collect())
print("map", r.map(lambda kv: kv).collect())
m = r.mapValues(lambda s: s | {'zz'})
print("mcollect", m.collect())
print("take", m.take(2))
print("join", m.join(r).collect())
print("left", m.leftOuterJoin(r.filter(lambda kv: kv[0] == 0)).collect())
print("rbk", m.reduceByKey(lambda a, b: a | b).collect())
print("cogroup", [(k, [list(x) for x in v]) for k, v in m.cogroup(r).collect()])
print("group", [(k, list(v)) for k, v in m.groupByKey().collect()])
print("grouped", m.groupByKey().mapValues(list).collect())
lines = ssc.queueStream([sc.parallelize([1])])
lines.pprint()
