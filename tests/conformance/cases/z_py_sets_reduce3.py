# batch: 1
# batches: 2
# Sets merged on a shuffle's reduce side: each map side's combined set reaches the
# reduce side through pickle, rebuilt item by item before the merge.
data = [[[('a', 'primero'), ('a', 'lo'), ('b', 'así'), ('a', 'me'), ('b', 'vez'), ('c', 'sin'), ('a', 'y'), ('b', 'decir'), ('b', 'más'), ('a', 'vez'), ('b', 'no'), ('b', 'ver'), ('c', 'ahora'), ('a', 'ese'), ('c', 'el'), ('a', 'me'), ('a', 'tener')], [('c', 'a'), ('b', 'de'), ('b', 'cuando'), ('c', 'ir'), ('a', 'entonces'), ('c', 'menos'), ('a', 'parte'), ('c', 'cosa'), ('b', 'nuevo'), ('b', 'dejar'), ('b', 'le'), ('b', 'dejar'), ('c', 'donde'), ('a', 'a'), ('c', 'pasar'), ('c', 'dos'), ('c', 'creer'), ('c', 'estar'), ('c', 'menos'), ('c', 'poco')], [('c', 'entonces'), ('c', 'quedar'), ('c', 'donde'), ('a', 'no'), ('a', 'a'), ('a', 'tan'), ('b', 'con'), ('b', 'así')]], [[('a', 'nuestro'), ('a', 'nuestro'), ('c', 'quedar'), ('a', 'ni'), ('b', 'el'), ('b', 'ser'), ('c', 'llegar'), ('c', 'haber'), ('c', 'ella'), ('a', 'seguir'), ('c', 'grande'), ('b', 'se'), ('b', 'otro'), ('c', 'menos'), ('a', 'ir'), ('c', 'ahora'), ('b', 'nos'), ('b', 'se'), ('b', 'quedar'), ('b', 'encontrar'), ('a', 'hombre'), ('c', 'donde'), ('a', 'se'), ('c', 'tener'), ('b', 'si')], [('c', 'poco'), ('a', 'la'), ('b', 'un'), ('b', 'ya'), ('c', 'por'), ('c', 'decir'), ('c', 'ni'), ('b', 'hablar'), ('c', 'porque'), ('b', 'desde'), ('b', 'encontrar'), ('a', 'uno'), ('a', 'él'), ('a', 'grande'), ('a', 'dar'), ('b', 'se'), ('c', 'así')], [('b', 'poder'), ('a', 'se'), ('c', 'haber'), ('a', 'seguir'), ('c', 'me'), ('b', 'como'), ('c', 'nuestro'), ('c', 'ver'), ('a', 'hablar'), ('b', 'ir'), ('b', 'ni'), ('b', 'que'), ('a', 'el'), ('b', 'quedar'), ('b', 'también'), ('b', 'nada')]]]
pairs = ssc.queueStream(createQUEUERDD(data))
sets = pairs.mapValues(lambda w: {w}).reduceByKey(lambda a, b: a | b)
nuevoDStream = sets.map(lambda kv: (kv[0], list(kv[1])))
nuevoDStream.pprint()
pairs.combineByKey(lambda v: {v}, lambda s, v: s | {v}, lambda a, b: a | b, 2).mapValues(lambda s: ' '.join(s)).pprint()
pairs.mapValues(lambda w: {w}).groupByKey().mapValues(lambda ss: [list(s) for s in ss]).pprint()
