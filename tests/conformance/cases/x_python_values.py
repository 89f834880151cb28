# batch: 1
# batches: 2
data = [[["hola", "adiós"], ["canción", "año", "xyz"]]]
inputStream = ssc.queueStream(createQUEUERDD(data))
nuevoDStream = inputStream.map(lambda w: (w, set(w), len(w) / 3, {w[0]: len(w)}, w.title(), w[::-1], w.find("o"), -7 // 2, -7 % 3, 2 ** 10, 1e16, 0.1 + 0.2))
nuevoDStream.pprint()
