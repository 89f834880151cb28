# batch: 1
# batches: 4
# Stateful (slides): count every tweet about the VIU seen so far.
def acumular(nuevos, acumulado):
    if acumulado is None:
        acumulado = 0
    return acumulado + sum(nuevos)

data = [[["Empieza el curso en la #VIU", "hoy llueve"], ["clase de Spark #VIU"]],
        [["partido a las 9"], ["examen de streaming #VIU", "#VIU biblioteca abierta"]],
        [["nada que ver"]],
        [["#VIU fin de semestre"]]
        ]
tweets = ssc.queueStream(createQUEUERDD(data))
porClave = tweets.filter(lambda tweet: "#VIU" in tweet).map(lambda tweet: ("VIU", 1))
totalVIU = porClave.updateStateByKey(acumular)
totalVIU.pprint()
