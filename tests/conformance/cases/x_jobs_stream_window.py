# batch: 1
# batches: 3
# checkpoint: yes
# A window persists its parent (computed once per batch, by the first job that needs
# it); updateStateByKey persists its state.
acc = sc.accumulator(0)


def f(x):
    acc.add(1)
    return x


def upd(new, old):
    acc.add(100)
    return sum(new) + (old or 0)


def show(t, rdd):
    print(t, "acc", acc.value, rdd.count(), acc.value, rdd.count(), acc.value)


data = [[[1, 2, 3], [4, 5]], [[6], [7, 8, 9]], [[10]]]
nums = ssc.queueStream(createQUEUERDD(data))
win = nums.map(f).window(2, 1)
win.foreachRDD(show)
win.pprint(3)
state = nums.map(lambda x: (f(x) % 2, x)).updateStateByKey(upd)
state.foreachRDD(show)
state.pprint()
