from pyspark import SparkContext, StorageLevel
sc = SparkContext("local[2]", "dbg")
sc.setLogLevel("ERROR")
w = "word"
pair = (1, "two")
nums = [1, 2]
levels = [StorageLevel.MEMORY_AND_DISK_DESER, StorageLevel.MEMORY_ONLY]
# Objects stored twice in a parallelized list, and through a Python step.
cases = [
    (["ab", "ab", "ab"], 1),
    ([w] * 6, 1),
    ([w, w, "word"], 2),
    ("a b a b a b".split(), 1),
    ([pair, pair, pair], 1),
    ([str(i % 3) * 2 for i in range(30)], 2),
]
for records, n in cases:
    for level in levels:
        r = sc.parallelize(records, n).persist(level)
        r.count()
        print(r.toDebugString().decode())
        m = sc.parallelize(records, n).map(lambda x: x).persist(level)
        m.count()
        print(m.toDebugString().decode())
# Shared containers and strings in the parallelized batches themselves.
for records, n in [([nums] * 3 + [{"k": nums}], 1), ([(w, 1) for _ in range(20)], 3), ([["x", w]] * 50, 2)]:
    for level in levels:
        r = sc.parallelize(records, n).persist(level)
        r.count()
        print(r.toDebugString().decode())
words = sc.parallelize(["to be or not to be"] * 10, 2).flatMap(lambda l: l.split())
pairs = words.map(lambda x: (x, x, "const")).persist(StorageLevel.MEMORY_AND_DISK_DESER)
pairs.count()
print(pairs.toDebugString().decode())
