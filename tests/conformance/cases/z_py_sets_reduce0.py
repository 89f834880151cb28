# batch: 1
# batches: 2
# Sets merged on a shuffle's reduce side: each map side's combined set reaches the
# reduce side through pickle, rebuilt item by item before the merge.
data = [[[('a', 'yo'), ('c', 'en'), ('a', 'sí'), ('a', 'sobre'), ('c', 'un'), ('c', 'decir'), ('a', 'haber'), ('b', 'año'), ('a', 'otro'), ('a', 'uno'), ('b', 'un'), ('c', 'para'), ('a', 'nuestro'), ('c', 'entonces'), ('a', 'deber'), ('c', 'yo'), ('a', 'este'), ('a', 'bien')], [('b', 'año'), ('a', 'día'), ('a', 'deber'), ('b', 'bien'), ('c', 'más'), ('a', 'entonces'), ('c', 'tan'), ('a', 'mi'), ('a', 'uno'), ('c', 'ser'), ('c', 'un'), ('c', 'poder')], [('c', 'sí'), ('b', 'muy'), ('b', 'entonces'), ('b', 'sobre'), ('b', 'ese'), ('a', 'creer'), ('a', 'no'), ('c', 'cuando'), ('c', 'nos'), ('b', 'nada'), ('b', 'porque'), ('c', 'se'), ('a', 'pasar'), ('b', 'todo'), ('b', 'le'), ('b', 'año'), ('a', 'después'), ('a', 'nuevo'), ('c', 'deber'), ('b', 'mucho'), ('c', 'saber'), ('c', 'nos'), ('c', 'primero')]], [[('a', 'ya'), ('b', 'creer'), ('c', 'ser'), ('a', 'nada'), ('c', 'él'), ('c', 'deber'), ('c', 'así'), ('b', 'llevar'), ('b', 'después'), ('b', 'de')], [('b', 'todo'), ('c', 'su'), ('b', 'un'), ('a', 'encontrar'), ('b', 'como'), ('c', 'ese'), ('b', 'yo'), ('b', 'no'), ('a', 'así'), ('b', 'uno'), ('b', 'estar'), ('b', 'uno'), ('b', 'hablar'), ('b', 'qué'), ('c', 'alguno'), ('a', 'le'), ('a', 'pero'), ('a', 'ir'), ('c', 'ir'), ('a', 'ni'), ('c', 'más'), ('b', 'porque')], [('a', 'año'), ('c', 'mi'), ('c', 'poco'), ('b', 'como'), ('c', 'pasar'), ('c', 'ahora'), ('c', 'cada'), ('a', 'primero')]]]
pairs = ssc.queueStream(createQUEUERDD(data))
sets = pairs.mapValues(lambda w: {w}).reduceByKey(lambda a, b: a | b)
nuevoDStream = sets.map(lambda kv: (kv[0], list(kv[1])))
nuevoDStream.pprint()
pairs.combineByKey(lambda v: {v}, lambda s, v: s | {v}, lambda a, b: a | b, 2).mapValues(lambda s: ' '.join(s)).pprint()
pairs.mapValues(lambda w: {w}).groupByKey().mapValues(lambda ss: [list(s) for s in ss]).pprint()
