# batch: 1
# batches: 5
# remember, then slice of a window stream and of a repartitioned stream from foreachRDD
# (slice with datetimes of other batches, and a range before the first batch), and
# repartition of windows. (PySpark can slice only streams it made on the JVM before
# start: re2 has an output of its own, not one that pipelines it into a child.)
from datetime import timedelta

ssc.remember(6)
nums = ssc.queueStream(createQUEUERDD([[[1, 2], [3]], [[4]], [[5], [6], [7]], [], [[8, 9]]]))
win = nums.window(3, 1)
re2 = nums.repartition(2)
win.repartition(1).glom().pprint()
re2.pprint()
nuevoDStream = win.repartition(4)


def show(t, rdd):
    w = win.slice(t - timedelta(seconds=2), t)
    print(t, [r.getNumPartitions() for r in w], [sorted(r.collect()) for r in w])
    print([r.glom().collect() for r in re2.slice(t - timedelta(seconds=1), t)],
          nums.slice(t - timedelta(seconds=30), t - timedelta(seconds=20)))


nums.foreachRDD(show)
