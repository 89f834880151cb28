# batch: 1
# batches: 3
# Stateless (slides): keep the tweets that are about the VIU.
data = [[["Empieza el curso en la #VIU", "hoy llueve"], ["clase de Spark #VIU"]],
        [["partido a las 9"], ["examen de streaming #VIU", "#VIU biblioteca abierta"]],
        [["nada que ver"]]
        ]
tweets = ssc.queueStream(createQUEUERDD(data))
tweetsVIU = tweets.filter(lambda tweet: "#VIU" in tweet)
tweetsVIU.pprint()
