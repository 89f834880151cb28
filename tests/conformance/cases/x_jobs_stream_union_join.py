# batch: 1
# batches: 3
# checkpoint: yes
# Jobs through DStream unions (each job computes the parents' partitions it reads
# again), joins (a shuffle: once per batch) and windowed counts (the window persists
# its parent).
acc = sc.accumulator(0)


def f(x):
    acc.add(1)
    return x


def show(t, rdd):
    print(t, "acc", acc.value, rdd.count(), acc.value, rdd.take(1), acc.value)


a = ssc.queueStream(createQUEUERDD([[[1, 2, 3], [4, 5]], [[6], [7, 8, 9]], [[10]]]))
b = ssc.queueStream(createQUEUERDD([[[10, 20]], [[30]], [[40]]]))
fa = a.map(f)
u = fa.union(b.map(f))
u.foreachRDD(show)
u.map(f).pprint(2)
j = fa.map(lambda x: (x % 2, x)).join(b.map(lambda x: (f(x) % 2, x)))
j.foreachRDD(show)
ssc.union(fa, b).foreachRDD(show)
fa.countByWindow(2, 1).pprint()
fa.map(f).reduceByWindow(lambda x, y: x + y, None, 2, 1).foreachRDD(show)
