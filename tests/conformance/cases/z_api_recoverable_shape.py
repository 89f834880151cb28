# batch: 1
# batches: 3
# The body of Spark's recoverable_network_wordcount.py fed by a queue: a broadcast
# exclude list and a dropped-words accumulator made lazily as globals() singletons,
# reduceByKey, and foreachRDD(echo) filtering with the broadcast.
from pyspark import SparkContext


def getWordExcludeList(sparkContext):
    if ("wordExcludeList" not in globals()):
        globals()["wordExcludeList"] = sparkContext.broadcast(["a", "b", "c"])
    return globals()["wordExcludeList"]


def getDroppedWordsCounter(sparkContext):
    if ("droppedWordsCounter" not in globals()):
        globals()["droppedWordsCounter"] = sparkContext.accumulator(0)
    return globals()["droppedWordsCounter"]


lines = ssc.queueStream(createQUEUERDD([[["a x b y"], ["x x c"]], [["z"]], [["b b b q"]]]))
words = lines.flatMap(lambda line: line.split(" "))
wordCounts = words.map(lambda x: (x, 1)).reduceByKey(lambda x, y: x + y)


def echo(time, rdd):
    # Get or register the excludeList Broadcast
    excludeList = getWordExcludeList(rdd.context)
    # Get or register the droppedWordsCounter Accumulator
    droppedWordsCounter = getDroppedWordsCounter(rdd.context)

    # Use excludeList to drop words and use droppedWordsCounter to count them
    def filterFunc(wordCount):
        if wordCount[0] in excludeList.value:
            droppedWordsCounter.add(wordCount[1])
            return False
        else:
            return True

    counts = "Counts at time %s %s" % (time, rdd.filter(filterFunc).collect())
    print(counts)
    print("Dropped %d word(s) totally" % droppedWordsCounter.value)
    print(isinstance(rdd.context, SparkContext))


wordCounts.foreachRDD(echo)
