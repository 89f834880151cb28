# batch: 1
# batches: 5
# ssc.remember then DStream.slice in foreachRDD over a mapped stream, with seconds and
# datetimes (timedelta arithmetic on the batch time), and window over the same stream.
from datetime import timedelta

ssc.remember(4)
nums = ssc.queueStream(createQUEUERDD([[[1], [2, 3]], [[4]], [], [[5, 6]], [[7]]]))
squares = nums.map(lambda x: x * x)


def show(t, rdd):
    back = [sorted(r.collect()) for r in squares.slice(t - timedelta(seconds=2), t)]
    secs = t.timestamp()
    print(t, back, sum(len(r.collect()) for r in squares.slice(secs - 3, secs)), rdd.collect())


squares.foreachRDD(show)
squares.window(2, 1).reduce(lambda a, b: a + b).pprint()
