# batch: 1
# batches: 3
# Broadcast variables, accumulators (added in tasks, read on the driver after an action),
# sc.range, parallelize's numSlices and the SparkConf round trip.
from pyspark import SparkConf

weights = sc.broadcast({"a": 10, "b": 100})
seen = sc.accumulator(0)
total = sc.accumulator(0.5)

def note(w):
    seen.add(1)

def weigh(w):
    global total
    total += weights.value[w]

def show(t, rdd):
    rdd.foreach(note)
    rdd.foreach(weigh)
    print(t, "seen", seen.value, "total", total.value, "weights", weights.value)

words = ssc.queueStream(createQUEUERDD([[["a", "b"], ["a"]], [["b"]], []]))
words.map(lambda w: (w, weights.value[w])).pprint()
words.foreachRDD(show)
print("range", sc.range(0, 10, 3, numSlices=2).glom().collect(), sc.range(5).glom().collect(),
      sc.range(2, 7).collect())
print("parallelize", sc.parallelize(range(7), 3).glom().collect(),
      sc.parallelize("abcde", numSlices=2).glom().collect(), sc.parallelize([1, 2, 3, 4], 3).glom().collect())
conf = SparkConf(loadDefaults=False).setAppName("x").set("k", "v").setAll([("k2", "w")])
print("conf", sc.getConf().get("spark.master"), conf.get("k"), conf.get("k2"), conf.get("nope"),
      conf.get("nope", "dflt"), conf.contains("k"), sorted(conf.getAll()))
print("accumulator", seen, seen.value)
