# batch: 1
# batches: 3
# Sets a Python stage built, read back by foreachRDD's RDD: collect reads the JVM's
# records once through pickle; take, first, map and glom run a Python task over
# them first (a second rebuild); a transform of a TransformedDStream pipelines.
data = [[[('b', 'así'), ('a', 'más'), ('b', 'nuestro'), ('a', 'por'), ('b', 'cuando'), ('a', 'haber'), ('a', 'cosa'), ('b', 'así'), ('a', 'parecer'), ('a', 'ella'), ('a', 'un'), ('a', 'hacer'), ('a', 'cosa'), ('a', 'desde')], [('b', 'poner'), ('a', 'tiempo'), ('a', 'tan'), ('b', 'nos'), ('a', 'parte'), ('a', 'primero'), ('b', 'hasta'), ('a', 'hablar'), ('b', 'muy'), ('a', 'pasar'), ('b', 'que')], [('a', 'también'), ('a', 'dar'), ('b', 'ser'), ('a', 'quedar'), ('a', 'decir'), ('a', 'en'), ('b', 'alguno')]], [[('a', 'poco'), ('a', 'vida'), ('b', 'mucho'), ('a', 'él'), ('b', 'la'), ('b', 'nuevo'), ('a', 'estar'), ('a', 'hablar'), ('a', 'la'), ('a', 'desde'), ('b', 'pero'), ('a', 'así')], [('a', 'nada'), ('a', 'año'), ('b', 'su'), ('b', 'año'), ('a', 'el'), ('b', 'poner'), ('b', 'de'), ('a', 'más'), ('b', 'tanto'), ('a', 'a'), ('a', 'decir'), ('b', 'me'), ('a', 'encontrar'), ('b', 'dar')], [('a', 'se'), ('a', 'poder'), ('a', 'la'), ('b', 'mi'), ('b', 'como'), ('b', 'deber'), ('a', 'mismo'), ('a', 'nuestro'), ('a', 'él'), ('a', 'hombre'), ('a', 'dejar'), ('a', 'lo')]], [[('b', 'eso'), ('a', 'año'), ('a', 'con'), ('a', 'y'), ('b', 'otro'), ('b', 'si'), ('b', 'cosa'), ('b', 'dar'), ('a', 'dejar'), ('a', 'como'), ('a', 'eso'), ('a', 'ver'), ('a', 'poder'), ('a', 'ser'), ('b', 'hasta'), ('b', 'ese')], [('a', 'pero'), ('b', 'mi'), ('a', 'haber'), ('b', 'estar'), ('b', 'vez'), ('a', 'poner')]], [[('b', 'qué'), ('b', 'y'), ('a', 'cosa'), ('a', 'eso'), ('a', 'nada'), ('b', 'muy')], [('a', 'se'), ('b', 'día'), ('b', 'cada'), ('a', 'cada'), ('a', 'mucho'), ('b', 'no'), ('b', 'se'), ('b', 'que')]]]
pairs = ssc.queueStream(createQUEUERDD(data))
red = pairs.mapValues(lambda w: {w}).reduceByKey(lambda a, b: a | b)
red.foreachRDD(lambda rdd: print("collect", rdd.collect()))
red.foreachRDD(lambda rdd: print("take", rdd.take(5)))
red.foreachRDD(lambda rdd: print("map", rdd.map(lambda kv: kv).collect()))
red.foreachRDD(lambda rdd: print("first", rdd.first()))
red.foreachRDD(lambda rdd: print("glom", rdd.glom().collect()))
red.transform(lambda rdd: rdd.mapValues(lambda s: s)).pprint()
