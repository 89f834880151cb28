from pyspark import SparkContext, StorageLevel
sc = SparkContext("local[2]", "dbg")
sc.setLogLevel("ERROR")
levels = [
    ("MEMORY_ONLY", StorageLevel.MEMORY_ONLY),
    ("MEMORY_ONLY_2", StorageLevel.MEMORY_ONLY_2),
    ("MEMORY_AND_DISK", StorageLevel.MEMORY_AND_DISK),
    ("MEMORY_AND_DISK_2", StorageLevel.MEMORY_AND_DISK_2),
    ("MEMORY_AND_DISK_DESER", StorageLevel.MEMORY_AND_DISK_DESER),
    ("DISK_ONLY", StorageLevel.DISK_ONLY),
    ("DISK_ONLY_2", StorageLevel.DISK_ONLY_2),
    ("DISK_ONLY_3", StorageLevel.DISK_ONLY_3),
    ("OFF_HEAP", StorageLevel.OFF_HEAP),
]
data = [
    (list(range(50)), 3),
    (["ab", "cd", "efg", "é", "中文", "x" * 70, "", "z"], 2),
    ([(i, str(i) * i) for i in range(40)], 3),
    (list(range(5000)), 2),
    ([{"k": i, "v": [i * 0.5, None]} for i in range(30)], 1),
]
for name, level in levels:
    print(name)
    for records, n in data:
        r = sc.parallelize(records, n).persist(level)
        r.count()
        print(r.toDebugString().decode())
    m = sc.parallelize(data[2][0], 2).map(lambda x: x).persist(level)
    m.count()
    print(m.toDebugString().decode())
    for args in [("lines.txt",), ("varied.txt",), ("varied.txt", 1)]:
        t = sc.textFile(*args).persist(level)
        t.count()
        print(t.toDebugString().decode())
p = sc.parallelize(list(range(100)), 4).cache()
print(p.take(3))
print(p.toDebugString().decode())
t = sc.textFile("varied.txt").cache()
print(len(t.take(2)))
print(t.toDebugString().decode())
words = t.flatMap(lambda l: l.split()).cache()
print(words.count())
print(words.toDebugString().decode())
