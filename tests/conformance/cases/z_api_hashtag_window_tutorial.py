# batch: 1
# batches: 6
# checkpoint: yes
# A public tutorial's shape (trending hashtags): hashtags extracted with flatMap/filter,
# counted over a window with an inverse function, sorted in transform, the top ones
# taken in foreachRDD with the time formatted, and a running total with updateStateByKey.
from pyspark.streaming import StreamingContext

print(StreamingContext.getActive())
tweets = ssc.queueStream(createQUEUERDD([
    [["I love #spark and #python"], ["#spark rocks"]],
    [["#python #python #data"]],
    [],
    [["no tags here"], ["#data is the new #oil"]],
    [["#spark"]],
    [["#oil #data #spark"]]]))
hashtags = tweets.flatMap(lambda t: t.split(" ")).filter(lambda w: w.startswith("#")).map(lambda h: (h.lower(), 1))
windowed = hashtags.reduceByKeyAndWindow(lambda a, b: a + b, lambda a, b: a - b, 3, 1)
ranked = windowed.transform(lambda rdd: rdd.sortBy(lambda kv: (-kv[1], kv[0])))


def top(time, rdd):
    print("----- %s -----" % time.strftime("%Y-%m-%d %H:%M:%S"))
    for tag, n in rdd.take(3):
        print("%-8s %d" % (tag, n))


ranked.foreachRDD(top)
nuevoDStream = hashtags.updateStateByKey(lambda new, old: sum(new, old or 0))
