# batch: 1
# batches: 2
# Sets merged on a shuffle's reduce side: each map side's combined set reaches the
# reduce side through pickle, rebuilt item by item before the merge.
data = [[[('b', 'sin'), ('c', 'llegar'), ('c', 'pasar'), ('a', 'siempre'), ('b', 'así'), ('c', 'sí'), ('b', 'llegar'), ('a', 'creer'), ('c', 'me'), ('c', 'o')], [('a', 'año'), ('a', 'yo'), ('b', 'muy'), ('a', 'después'), ('a', 'dos'), ('a', 'decir'), ('c', 'cuando'), ('a', 'le'), ('c', 'donde'), ('c', 'sobre'), ('a', 'si'), ('a', 'desde'), ('a', 'seguir'), ('a', 'yo'), ('b', 'lo'), ('c', 'este'), ('a', 'hablar'), ('b', 'pasar'), ('b', 'mucho'), ('b', 'o'), ('b', 'muy'), ('a', 'dejar')], [('a', 'mucho'), ('c', 'primero'), ('b', 'hablar'), ('a', 'mismo'), ('b', 'tiempo'), ('c', 'dar'), ('c', 'ser'), ('a', 'ir'), ('a', 'no'), ('b', 'ya'), ('a', 'más'), ('b', 'menos'), ('a', 'dos'), ('c', 'me'), ('b', 'le'), ('c', 'pasar'), ('c', 'nos'), ('c', 'sin'), ('a', 'ver')]], [[('c', 'más'), ('b', 'se'), ('b', 'de'), ('c', 'haber'), ('b', 'no'), ('c', 'este'), ('a', 'me'), ('a', 'primero'), ('a', 'mucho')], [('b', 'ya'), ('c', 'como'), ('a', 'ella'), ('c', 'otro'), ('a', 'lo'), ('b', 'en'), ('a', 'o'), ('b', 'nuestro'), ('b', 'ella'), ('a', 'dar'), ('b', 'llegar'), ('c', 'pero'), ('b', 'saber'), ('a', 'si'), ('a', 'la'), ('a', 'nada'), ('c', 'uno'), ('a', 'pasar'), ('b', 'ese'), ('b', 'con'), ('c', 'ahora'), ('b', 'parte'), ('b', 'día'), ('b', 'llegar'), ('b', 'siempre')], [('a', 'mucho'), ('a', 'hablar'), ('c', 'tan'), ('a', 'también'), ('b', 'en'), ('a', 'la'), ('a', 'nuestro'), ('c', 'si'), ('b', 'lo'), ('a', 'no'), ('c', 'alguno'), ('c', 'después'), ('b', 'cosa'), ('a', 'siempre')]]]
pairs = ssc.queueStream(createQUEUERDD(data))
sets = pairs.mapValues(lambda w: {w}).reduceByKey(lambda a, b: a | b)
nuevoDStream = sets.map(lambda kv: (kv[0], list(kv[1])))
nuevoDStream.pprint()
pairs.combineByKey(lambda v: {v}, lambda s, v: s | {v}, lambda a, b: a | b, 2).mapValues(lambda s: ' '.join(s)).pprint()
pairs.mapValues(lambda w: {w}).groupByKey().mapValues(lambda ss: [list(s) for s in ss]).pprint()
