# batch: 1
# batches: 4
# checkpoint: yes
# Sets through windows: reduceByWindow, reduceByKeyAndWindow without an inverse (its
# reduceByKey reads the JVM window through pickle and shuffles: the window has no
# Python partitioner), groupByKeyAndWindow, window().reduceByKey, a step after a window.
data = [[[('b', 'así'), ('a', 'más'), ('b', 'nuestro'), ('a', 'por'), ('b', 'cuando'), ('a', 'haber'), ('a', 'cosa'), ('b', 'así'), ('a', 'parecer'), ('a', 'ella'), ('a', 'un'), ('a', 'hacer'), ('a', 'cosa'), ('a', 'desde')], [('b', 'poner'), ('a', 'tiempo'), ('a', 'tan'), ('b', 'nos'), ('a', 'parte'), ('a', 'primero'), ('b', 'hasta'), ('a', 'hablar'), ('b', 'muy'), ('a', 'pasar'), ('b', 'que')], [('a', 'también'), ('a', 'dar'), ('b', 'ser'), ('a', 'quedar'), ('a', 'decir'), ('a', 'en'), ('b', 'alguno')]], [[('a', 'poco'), ('a', 'vida'), ('b', 'mucho'), ('a', 'él'), ('b', 'la'), ('b', 'nuevo'), ('a', 'estar'), ('a', 'hablar'), ('a', 'la'), ('a', 'desde'), ('b', 'pero'), ('a', 'así')], [('a', 'nada'), ('a', 'año'), ('b', 'su'), ('b', 'año'), ('a', 'el'), ('b', 'poner'), ('b', 'de'), ('a', 'más'), ('b', 'tanto'), ('a', 'a'), ('a', 'decir'), ('b', 'me'), ('a', 'encontrar'), ('b', 'dar')], [('a', 'se'), ('a', 'poder'), ('a', 'la'), ('b', 'mi'), ('b', 'como'), ('b', 'deber'), ('a', 'mismo'), ('a', 'nuestro'), ('a', 'él'), ('a', 'hombre'), ('a', 'dejar'), ('a', 'lo')]], [[('b', 'eso'), ('a', 'año'), ('a', 'con'), ('a', 'y'), ('b', 'otro'), ('b', 'si'), ('b', 'cosa'), ('b', 'dar'), ('a', 'dejar'), ('a', 'como'), ('a', 'eso'), ('a', 'ver'), ('a', 'poder'), ('a', 'ser'), ('b', 'hasta'), ('b', 'ese')], [('a', 'pero'), ('b', 'mi'), ('a', 'haber'), ('b', 'estar'), ('b', 'vez'), ('a', 'poner')]], [[('b', 'qué'), ('b', 'y'), ('a', 'cosa'), ('a', 'eso'), ('a', 'nada'), ('b', 'muy')], [('a', 'se'), ('b', 'día'), ('b', 'cada'), ('a', 'cada'), ('a', 'mucho'), ('b', 'no'), ('b', 'se'), ('b', 'que')]]]
pairs = ssc.queueStream(createQUEUERDD(data))
sets = pairs.mapValues(lambda w: {w})
sets.map(lambda kv: kv[1]).reduceByWindow(lambda a, b: a | b, None, 3, 1).foreachRDD(lambda rdd: print("rbw", rdd.collect()))
sets.reduceByKeyAndWindow(lambda a, b: a | b, None, 3, 1).foreachRDD(lambda rdd: print("rbkw", rdd.collect()))
sets.groupByKeyAndWindow(3, 1).mapValues(lambda vs: set().union(*vs)).foreachRDD(lambda rdd: print("gbkw", rdd.collect()))
sets.window(3, 1).reduceByKey(lambda a, b: a | b).foreachRDD(lambda rdd: print("wrbk", rdd.collect()))
sets.reduceByKey(lambda a, b: a | b).window(3, 1).map(lambda kv: kv).foreachRDD(lambda rdd: print("rwm", rdd.collect()))
