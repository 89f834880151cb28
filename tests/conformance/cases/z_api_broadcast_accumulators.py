# batch: 1
# batches: 3
# A float accumulator and one with a custom AccumulatorParam (lists added in place),
# += in a worker function, str/repr of accumulators, a broadcast read in tasks,
# unpersisted (still readable: Spark sends it again) and destroyed after the last use.
from pyspark.accumulators import AccumulatorParam


class VecParam(AccumulatorParam):
    def zero(self, v):
        return [0.0] * len(v)

    def addInPlace(self, a, b):
        for i in range(len(a)):
            a[i] += b[i]
        return a


vec = sc.accumulator([0.0, 0.0], VecParam())
fsum = sc.accumulator(0.5)
count = sc.accumulator(0)
weights = sc.broadcast({"a": 1.5, "b": -2})


def bump(x):
    global count
    count += 1
    vec.add([x, x * x])


def show(t, rdd):
    rdd.foreach(bump)
    rdd.foreach(lambda x: fsum.add(x / 4))
    print(t, vec.value, fsum.value, str(fsum), str(vec), count.value)
    print(rdd.map(lambda x: weights.value.get("ab"[x % 2], 0) * x).collect())
    weights.unpersist()
    print(rdd.map(lambda x: weights.value["a"]).sum(), weights.value)


nums = ssc.queueStream(createQUEUERDD([[[1, 2], [3]], [[4]], [[5, 6], [7]]]))
nums.foreachRDD(show)
