# batch: 1
# batches: 3
# A learner's mistakes in task functions: a Broadcast used without .value, an
# accumulator's value read in a task, split without parentheses (each fails the jobs of
# the batches with records; an empty batch runs); on the driver, an RDD broadcast and a
# DStream method called on an RDD; a global changed in a task and a list appended to in
# a task (the driver's stay as they were).
lines = ssc.queueStream(createQUEUERDD([[["a b", "c"]], [["d"], ["e f g"]], []]))
table = sc.broadcast({"a": 1, "b": 2})
acc = sc.accumulator(0)
seen = []
total = 0


def attempt(what, f):
    try:
        print(what, f())
    except Exception as e:
        print(what, type(e).__name__, e)


def bump(x):
    global total
    total += 1
    return x


def show(t, rdd):
    print(t, rdd.collect())
    attempt("broadcast rdd", lambda: sc.broadcast(rdd))
    attempt("pprint", lambda: rdd.pprint())
    attempt("global", lambda: (rdd.map(bump).count(), total))
    attempt("append", lambda: (rdd.map(lambda w: seen.append(w)).collect(), seen))
    rdd.foreach(lambda w: acc.add(len(w)))
    print(t, "acc", acc.value)


lines.foreachRDD(show)
lines.foreachRDD(lambda rdd: print("subscript", rdd.map(lambda w: table[w]).collect()))
lines.foreachRDD(lambda rdd: print("acc.value", rdd.map(lambda w: acc.value).collect()))
lines.flatMap(lambda l: l.split).pprint()
lines.map(lambda l: len(l)).pprint()
