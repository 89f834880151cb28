# batch: 1
# batches: 3
# checkpoint: yes
# Sets read through JVM DStreams: a window (and a transform over it), a state and a
# step after it, a cached stream's transform and steps.
data = [[[('b', 'así'), ('a', 'más'), ('b', 'nuestro'), ('a', 'por'), ('b', 'cuando'), ('a', 'haber'), ('a', 'cosa'), ('b', 'así'), ('a', 'parecer'), ('a', 'ella'), ('a', 'un'), ('a', 'hacer'), ('a', 'cosa'), ('a', 'desde')], [('b', 'poner'), ('a', 'tiempo'), ('a', 'tan'), ('b', 'nos'), ('a', 'parte'), ('a', 'primero'), ('b', 'hasta'), ('a', 'hablar'), ('b', 'muy'), ('a', 'pasar'), ('b', 'que')], [('a', 'también'), ('a', 'dar'), ('b', 'ser'), ('a', 'quedar'), ('a', 'decir'), ('a', 'en'), ('b', 'alguno')]], [[('a', 'poco'), ('a', 'vida'), ('b', 'mucho'), ('a', 'él'), ('b', 'la'), ('b', 'nuevo'), ('a', 'estar'), ('a', 'hablar'), ('a', 'la'), ('a', 'desde'), ('b', 'pero'), ('a', 'así')], [('a', 'nada'), ('a', 'año'), ('b', 'su'), ('b', 'año'), ('a', 'el'), ('b', 'poner'), ('b', 'de'), ('a', 'más'), ('b', 'tanto'), ('a', 'a'), ('a', 'decir'), ('b', 'me'), ('a', 'encontrar'), ('b', 'dar')], [('a', 'se'), ('a', 'poder'), ('a', 'la'), ('b', 'mi'), ('b', 'como'), ('b', 'deber'), ('a', 'mismo'), ('a', 'nuestro'), ('a', 'él'), ('a', 'hombre'), ('a', 'dejar'), ('a', 'lo')]], [[('b', 'eso'), ('a', 'año'), ('a', 'con'), ('a', 'y'), ('b', 'otro'), ('b', 'si'), ('b', 'cosa'), ('b', 'dar'), ('a', 'dejar'), ('a', 'como'), ('a', 'eso'), ('a', 'ver'), ('a', 'poder'), ('a', 'ser'), ('b', 'hasta'), ('b', 'ese')], [('a', 'pero'), ('b', 'mi'), ('a', 'haber'), ('b', 'estar'), ('b', 'vez'), ('a', 'poner')]], [[('b', 'qué'), ('b', 'y'), ('a', 'cosa'), ('a', 'eso'), ('a', 'nada'), ('b', 'muy')], [('a', 'se'), ('b', 'día'), ('b', 'cada'), ('a', 'cada'), ('a', 'mucho'), ('b', 'no'), ('b', 'se'), ('b', 'que')]]]
pairs = ssc.queueStream(createQUEUERDD(data))
red = pairs.mapValues(lambda w: {w}).reduceByKey(lambda a, b: a | b)
red.window(2, 1).foreachRDD(lambda rdd: print("wcollect", rdd.collect()))
red.window(2, 1).transform(lambda rdd: rdd.mapValues(lambda s: s)).foreachRDD(lambda rdd: print("wmap", rdd.collect()))
st = pairs.mapValues(lambda w: {w}).updateStateByKey(lambda new, old: (old or set()).union(*new))
st.foreachRDD(lambda rdd: print("state", rdd.collect()))
st.map(lambda kv: kv).foreachRDD(lambda rdd: print("statemap", rdd.collect()))
c = pairs.mapValues(lambda w: {w}).reduceByKey(lambda a, b: a | b).cache()
c.transform(lambda rdd: rdd.mapValues(lambda s: s)).foreachRDD(lambda rdd: print("cached", rdd.collect()))
c.map(lambda kv: kv).foreachRDD(lambda rdd: print("cachedmap", rdd.collect()))
