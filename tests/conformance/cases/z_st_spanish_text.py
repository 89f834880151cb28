# batch: 1
# batches: 3
# Spanish text with accents, ñ, ü, ¿¡ and emoji: lower/upper/title/capitalize/casefold
# and swapcase, isalpha/isupper/isdigit of accented letters, str.translate with maketrans
# to strip accents, word counts keyed by the accent-free word, len() of emoji strings,
# ord/chr, sorting with a key that folds accents, and encode('utf-8') lengths.
QUITAR = str.maketrans("áéíóúüÁÉÍÓÚÜ", "aeiouuAEIOUU", "¿¡!?.,")


def normal(w):
    return w.translate(QUITAR).lower()


data = [[["¿Qué tal, Señor Muñoz?", "¡ÁRBOL! árbol arbol"], ["pingüino 🐧 y cigüeña", "Ñandú ÑANDÚ ñandú"]],
        [["El niño comió PIÑA 🍍🍍", "straße STRASSE"], ["Ærø ǅemal ﬁn"]],
        [["acción Acción ACCIÓN accion", "🇪🇸 España"]]]
lines = ssc.queueStream(createQUEUERDD(data))
words = lines.flatMap(lambda l: l.split())
nuevoDStream = words.map(lambda w: (normal(w), 1)).reduceByKey(lambda a, b: a + b)
nuevoDStream.pprint(20)
words.map(lambda w: (w.lower(), w.upper(), w.title(), w.capitalize(), w.casefold(), w.swapcase())).pprint(20)
words.map(lambda w: (w, w.isalpha(), w.isupper(), w.islower(), w.istitle(), len(w), len(w.encode("utf-8")), [ord(c) for c in w[:2]])).pprint(20)


def ordenar(rdd):
    ws = rdd.collect()
    print(sorted(ws)[:6])
    print(sorted(ws, key=lambda w: (normal(w), w))[:6])
    print(max(ws, key=len), min(ws), "".join(chr(ord(c) + 1) for c in "ñz"), "ñ" < "o", "Ñ".lower() == "ñ")
    print([w.center(9, "·") for w in ws[:2]], [w.ljust(6, "_") for w in ws[-2:]], " ".join(ws).count("ñ"))


words.foreachRDD(ordenar)
