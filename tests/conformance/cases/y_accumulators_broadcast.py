# batch: 1
# batches: 3
# A broadcast stop-word set read in filter, accumulators counted in foreach and in map
# (read on the driver after the action in foreachRDD), a float accumulator, += and .add.
# The filtered stream feeds one action only: Spark reruns a transformation (and its
# accumulator updates) for every job over the batch, Runnel computes it once (README).
stop = sc.broadcast({"el", "la", "de", "y"})
dropped = sc.accumulator(0)
chars = sc.accumulator(0.0)
seen = sc.accumulator(0)


def keep(w):
    if w in stop.value:
        dropped.add(1)
        return False
    return True


def count_chars(w):
    global chars
    chars += len(w) / 2
    return w


def report(t, rdd):
    words = rdd.map(count_chars).collect()
    print(t, sorted(words), "dropped", dropped.value, "chars", chars.value)


def tally(t, rdd):
    rdd.foreach(lambda w: seen.add(1))
    print(t, "seen", seen.value)


data = [[["el perro y la casa"], ["de la mar"]], [["sol y luna", "el dia"]], [["nada"]]]
all_words = ssc.queueStream(createQUEUERDD(data)).flatMap(lambda l: l.split())
words = all_words.filter(keep)
all_words.foreachRDD(tally)
words.foreachRDD(report)
nuevoDStream = all_words.map(lambda w: (w, w in stop.value, len(stop.value)))
nuevoDStream.pprint()
