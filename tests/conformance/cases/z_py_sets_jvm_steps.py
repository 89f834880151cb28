# batch: 1
# batches: 3
# checkpoint: yes
# Sets printed by pprint after a union, a transform returning its RDD, reduce,
# groupByKey, countByValue of frozensets, combineByKey, a step after repartition (a
# JVM RDD, read through pickle), and a cached filter.
data = [[[('b', 'así'), ('a', 'más'), ('b', 'nuestro'), ('a', 'por'), ('b', 'cuando'), ('a', 'haber'), ('a', 'cosa'), ('b', 'así'), ('a', 'parecer'), ('a', 'ella'), ('a', 'un'), ('a', 'hacer'), ('a', 'cosa'), ('a', 'desde')], [('b', 'poner'), ('a', 'tiempo'), ('a', 'tan'), ('b', 'nos'), ('a', 'parte'), ('a', 'primero'), ('b', 'hasta'), ('a', 'hablar'), ('b', 'muy'), ('a', 'pasar'), ('b', 'que')], [('a', 'también'), ('a', 'dar'), ('b', 'ser'), ('a', 'quedar'), ('a', 'decir'), ('a', 'en'), ('b', 'alguno')]], [[('a', 'poco'), ('a', 'vida'), ('b', 'mucho'), ('a', 'él'), ('b', 'la'), ('b', 'nuevo'), ('a', 'estar'), ('a', 'hablar'), ('a', 'la'), ('a', 'desde'), ('b', 'pero'), ('a', 'así')], [('a', 'nada'), ('a', 'año'), ('b', 'su'), ('b', 'año'), ('a', 'el'), ('b', 'poner'), ('b', 'de'), ('a', 'más'), ('b', 'tanto'), ('a', 'a'), ('a', 'decir'), ('b', 'me'), ('a', 'encontrar'), ('b', 'dar')], [('a', 'se'), ('a', 'poder'), ('a', 'la'), ('b', 'mi'), ('b', 'como'), ('b', 'deber'), ('a', 'mismo'), ('a', 'nuestro'), ('a', 'él'), ('a', 'hombre'), ('a', 'dejar'), ('a', 'lo')]], [[('b', 'eso'), ('a', 'año'), ('a', 'con'), ('a', 'y'), ('b', 'otro'), ('b', 'si'), ('b', 'cosa'), ('b', 'dar'), ('a', 'dejar'), ('a', 'como'), ('a', 'eso'), ('a', 'ver'), ('a', 'poder'), ('a', 'ser'), ('b', 'hasta'), ('b', 'ese')], [('a', 'pero'), ('b', 'mi'), ('a', 'haber'), ('b', 'estar'), ('b', 'vez'), ('a', 'poner')]], [[('b', 'qué'), ('b', 'y'), ('a', 'cosa'), ('a', 'eso'), ('a', 'nada'), ('b', 'muy')], [('a', 'se'), ('b', 'día'), ('b', 'cada'), ('a', 'cada'), ('a', 'mucho'), ('b', 'no'), ('b', 'se'), ('b', 'que')]]]
pairs = ssc.queueStream(createQUEUERDD(data))
sets = pairs.mapValues(lambda w: {w})
red = sets.reduceByKey(lambda a, b: a | b)
red.union(red).pprint()
red.transform(lambda rdd: rdd).pprint()
red.map(lambda kv: kv[1]).reduce(lambda a, b: a | b).pprint()
sets.groupByKey().mapValues(lambda vs: set().union(*vs)).pprint()
sets.map(lambda kv: frozenset(kv[1])).countByValue().pprint()
sets.combineByKey(lambda v: v, lambda c, v: c | v, lambda a, b: a | b).pprint()
red.repartition(3).map(lambda kv: kv).pprint()
red.filter(lambda kv: len(kv[1]) > 0).cache().pprint()
