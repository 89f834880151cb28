from pyspark import SparkContext
sc = SparkContext("local[2]", "dbg")
sc.setLogLevel("ERROR")
data = [
    ([1, 2], 2),
    (list(range(10)), 1),
    (list(range(1000)), 3),
    (["a", "bb", "ccc"], 1),
    ([(i, str(i)) for i in range(300)], 2),
    (list(range(20000)), 1),
    ([str(i) * 3 for i in range(5000)], 2),
    ([(i * 0.5, None, i % 2 == 0, -i * 70000) for i in range(400)], 2),
    ([{"k": i, "v": [i, (i, i)]} for i in range(200)], 1),
    ([2 ** 70 + i for i in range(50)] + [frozenset([i, -i]) for i in range(50)], 2),
    ([{i % 7, i % 5} for i in range(100)], 1),
]
for records, n in data:
    r = sc.parallelize(records, n).map(lambda x: x).cache()
    r.count()
    print(r.toDebugString().decode())
words = sc.parallelize(["a b c", "b c d"] * 20, 2).flatMap(lambda l: l.split()).cache()
print(words.take(3))
print(words.toDebugString().decode())
print(words.count())
print(words.toDebugString().decode())
pairs = words.map(lambda w: (w, 1)).reduceByKey(lambda a, b: a + b).cache()
print(sorted(pairs.collect()))
print(pairs.toDebugString().decode())
