# batch: 1
# batches: 1
# Where the functions of actions run, seen from the driver: prints from the driver's part
# of reduce, max and top reach stdout (the tasks' prints go to the executors' stderr);
# accumulators added to by a task's copy of a function count once; sortByKey on more
# records than it samples calls its keyfunc on the driver once per sampled key; and the
# checks PySpark makes of these actions' arguments and of empty RDDs.
# driver state: the driver's globals change on purpose (no snapshot carries them).
calls = sc.accumulator(0)
log = []


def loud(a, b):
    print("merge", a, b)
    return a + b


def key(x):
    print("key", x)
    return -x


def create(v):
    calls.add(1)
    return [v]


def skey(k):
    log.append(k)
    return k % 7


nums = sc.parallelize([4, 1, 3, 5, 2, 6], 3)
print("reduce", nums.reduce(loud))
print("fold", nums.fold(0, loud))
print("max", nums.max(key))
print("top", nums.top(2, key))
pairs = nums.map(lambda x: (x % 2, x))
grouped = pairs.combineByKey(create, lambda c, v: c + [v], lambda a, b: a + b)
print("combineByKey", sorted(grouped.collect()), calls.value)
many = sc.parallelize(range(120), 3).map(lambda x: (x * 37 % 120, x))
placed = many.sortByKey(True, 2, skey)
print("sortByKey", [len(p) for p in placed.glom().collect()], len(log), placed.take(5))
print("top negative", nums.top(-2))
try:
    nums.takeOrdered(-1)
except ValueError as e:
    print("takeOrdered", e)
for name, action in [
    ("top", lambda r: r.top(2)),
    ("max", lambda r: r.max()),
    ("reduceByKeyLocally", lambda r: r.reduceByKeyLocally(loud)),
    ("treeReduce", lambda r: r.treeReduce(loud)),
]:
    try:
        print(name, action(sc.emptyRDD()))
    except ValueError as e:
        print(name, "ValueError", e)
print("takeOrdered empty", sc.emptyRDD().takeOrdered(2), sc.parallelize([], 2).top(2))
print("treeAggregate empty", sc.emptyRDD().treeAggregate(7, loud, loud))


def batch(rdd):
    pass


ssc.queueStream(createQUEUERDD([[[1], [2]]])).foreachRDD(batch)
