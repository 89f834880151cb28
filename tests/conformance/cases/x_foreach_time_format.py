# batch: 1
# batches: 3
def top(time, rdd):
    best = rdd.sortBy(lambda kv: kv[1], ascending=False).take(2)
    print(f"{time:%Y-%m-%d %H:%M:%S} top: {best}", "(%s)" % time.strftime("%Y-%m-%d %H:%M:%S"))

data = [[["el gato y el perro", "el gato"]], [["perro perro gato"]]]
lines = ssc.queueStream(createQUEUERDD(data))
counts = lines.flatMap(lambda l: l.split()).map(lambda w: (w, 1)).reduceByKey(lambda a, b: a + b)
counts.foreachRDD(top)
