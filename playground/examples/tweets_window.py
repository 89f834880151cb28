# batch: 1
# batches: 6
# Fixed and sliding windows (slides): the VIU's tweets per window. The slides' 60 s window
# sliding every 20 s is a 3-batch window sliding every batch here.
data = [[["#VIU uno", "otro"]], [["#VIU dos"]], [["#VIU tres", "#VIU cuatro"]],
        [["nada"]], [["#VIU cinco"]], [["#VIU seis"]]
        ]
tweets = ssc.queueStream(createQUEUERDD(data))
tweetsVIU = tweets.filter(lambda tweet: "#VIU" in tweet)
porVentanaFija = tweetsVIU.window(3, 3).count()
porVentanaFija.pprint()
porVentanaDeslizante = tweetsVIU.window(3, 1).count()
porVentanaDeslizante.pprint()
