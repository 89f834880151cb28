# batch: 1
# batches: 3
# checkpoint: yes
# updateStateByKey over sets: the function sees its old state as PySpark's reduceFunc
# reads it (tagging step, JVM union, groupByKey's shuffle), and the order of new values.
data = [[[('b', 'así'), ('a', 'más'), ('b', 'nuestro'), ('a', 'por'), ('b', 'cuando'), ('a', 'haber'), ('a', 'cosa'), ('b', 'así'), ('a', 'parecer'), ('a', 'ella'), ('a', 'un'), ('a', 'hacer'), ('a', 'cosa'), ('a', 'desde')], [('b', 'poner'), ('a', 'tiempo'), ('a', 'tan'), ('b', 'nos'), ('a', 'parte'), ('a', 'primero'), ('b', 'hasta'), ('a', 'hablar'), ('b', 'muy'), ('a', 'pasar'), ('b', 'que')], [('a', 'también'), ('a', 'dar'), ('b', 'ser'), ('a', 'quedar'), ('a', 'decir'), ('a', 'en'), ('b', 'alguno')]], [[('a', 'poco'), ('a', 'vida'), ('b', 'mucho'), ('a', 'él'), ('b', 'la'), ('b', 'nuevo'), ('a', 'estar'), ('a', 'hablar'), ('a', 'la'), ('a', 'desde'), ('b', 'pero'), ('a', 'así')], [('a', 'nada'), ('a', 'año'), ('b', 'su'), ('b', 'año'), ('a', 'el'), ('b', 'poner'), ('b', 'de'), ('a', 'más'), ('b', 'tanto'), ('a', 'a'), ('a', 'decir'), ('b', 'me'), ('a', 'encontrar'), ('b', 'dar')], [('a', 'se'), ('a', 'poder'), ('a', 'la'), ('b', 'mi'), ('b', 'como'), ('b', 'deber'), ('a', 'mismo'), ('a', 'nuestro'), ('a', 'él'), ('a', 'hombre'), ('a', 'dejar'), ('a', 'lo')]], [[('b', 'eso'), ('a', 'año'), ('a', 'con'), ('a', 'y'), ('b', 'otro'), ('b', 'si'), ('b', 'cosa'), ('b', 'dar'), ('a', 'dejar'), ('a', 'como'), ('a', 'eso'), ('a', 'ver'), ('a', 'poder'), ('a', 'ser'), ('b', 'hasta'), ('b', 'ese')], [('a', 'pero'), ('b', 'mi'), ('a', 'haber'), ('b', 'estar'), ('b', 'vez'), ('a', 'poner')]], [[('b', 'qué'), ('b', 'y'), ('a', 'cosa'), ('a', 'eso'), ('a', 'nada'), ('b', 'muy')], [('a', 'se'), ('b', 'día'), ('b', 'cada'), ('a', 'cada'), ('a', 'mucho'), ('b', 'no'), ('b', 'se'), ('b', 'que')]]]
pairs = ssc.queueStream(createQUEUERDD(data))
def upd(new, old):
    prev = old[0] if old else set()
    return (prev.union(*new), [list(x)[0] for x in new], list(prev))
st = pairs.mapValues(lambda w: {w}).updateStateByKey(upd)
st.foreachRDD(lambda rdd: print("state", rdd.collect()))
