# batch: 1
# batches: 3
# driver state: the global counters and history change batch by batch (no snapshot carries them).
# Driver-side bookkeeping in foreachRDD as the course's students write it: global
# counters and a global list updated per batch, print with sep= and end='' (a line built
# across several prints), print of several values of mixed types, sys.stdout.write with
# explicit newlines, print(file=sys.stdout, flush=True), and a running mean.
import sys

total = 0
lotes = 0
historial = []


def contar(t, rdd):
    global total, lotes
    n = rdd.count()
    total += n
    lotes += 1
    historial.append(n)
    print("lote", lotes, "n", n, sep=":", end=" | ")
    print("total", total, sep="=", end="\n")
    sys.stdout.write("historial: %s\n" % historial)
    sys.stdout.write(str(sum(historial) / len(historial)) + "\n")
    print(type(t).__name__, "media", round(total / lotes, 3), file=sys.stdout, flush=True)


def palabras(rdd):
    ws = sorted(rdd.collect())
    for i, w in enumerate(ws):
        print(w, end="," if i < len(ws) - 1 else "\n")
    if not ws:
        print("(vacío)", end="\n\n")
    print(*ws[:3], sep=" / ")
    print(len(ws), None, True, 1.0, [1, "a"], ("t",), {"k": 1.5}, sep="|")
    print()


data = [[["uno dos", "tres"], ["cuatro"]],
        [[]],
        [["cinco seis siete", "ocho"]]]
lines = ssc.queueStream(createQUEUERDD(data))
lines.foreachRDD(contar)
words = lines.flatMap(lambda l: l.split())
words.foreachRDD(palabras)
nuevoDStream = words.map(lambda w: (len(w), w))
nuevoDStream.pprint()
