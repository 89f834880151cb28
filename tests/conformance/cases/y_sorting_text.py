# batch: 1
# batches: 2
# Sorting text as Python does: sortByKey over accented and mixed-case words (code-point
# order), keyfunc=str.lower, sortBy with tuple keys and reverse, sorted with key=len
# (stable), str.casefold and locale-free ordering, top/takeOrdered on strings.
data = [[["zorro", "Árbol", "abeja", "Zapato"], ["éxito", "Eco", "ñu", "nube"]],
        [["b", "B", "a", "A", "ab", "aB", "Ab"], ["_x", "1a", "10", "9"]]]
words = ssc.queueStream(createQUEUERDD(data))
pairs = words.map(lambda w: (w, len(w)))
pairs.transform(lambda rdd: rdd.sortByKey()).pprint(10)
pairs.transform(lambda rdd: rdd.sortByKey(False, 3, keyfunc=str.lower)).glom().pprint()
words.transform(lambda rdd: rdd.sortBy(lambda w: (len(w), w.casefold()), ascending=False)).pprint(10)


def show(t, rdd):
    ws = rdd.collect()
    print(t, sorted(ws, key=len), sorted(ws, key=str.lower, reverse=True), max(ws), min(ws, key=lambda w: w[-1]))
    print(rdd.top(3), rdd.takeOrdered(3, key=lambda w: w.swapcase()), sorted(set(w[0].upper() for w in ws)))


words.foreachRDD(show)
