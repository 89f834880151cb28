# batch: 1
# batches: 3
# Counting records with an accumulator: `global` and += works (the driver reads the
# total after the job); without `global` the task fails (UnboundLocalError) and so does
# setting .value in a task; a plain int changed in a task leaves the driver's as it was,
# and a broadcast list appended to in a task leaves the driver's value as it was.
nums = ssc.queueStream(createQUEUERDD([[[1, 2], [3]], [], [[4]]]))
counter = sc.accumulator(0)
plain = 0
shared = sc.broadcast([])


def with_global(x):
    global counter, plain
    counter += 1
    plain += 1
    shared.value.append(x)
    return x


def without_global(x):
    counter += 1
    return x


def set_value(x):
    counter.value = x
    return x


nums.map(with_global).foreachRDD(lambda t, rdd: print(t, rdd.count(), counter.value, plain, shared.value))
nums.map(without_global).pprint()
nums.map(set_value).pprint()
nums.foreachRDD(lambda t, rdd: print(t, "after", counter.value, plain))
