# batch: 1
# batches: 2
ciclo = [1]
ciclo.append(ciclo)
comun = [7, 8]
def usa(x):
    return (x, len(ciclo), ciclo, [comun, comun])

data = [[[1, 2], [3]]]
inputStream = ssc.queueStream(createQUEUERDD(data))
nuevoDStream = inputStream.map(usa).map(lambda t: (t[0], t[1], t[2], t[3][0] is t[3][1]))
nuevoDStream.pprint()
