# batch: 2
# batches: 3
# driver state: the driver keeps the batch times it saw in a list.
# foreachRDD(func(time, rdd)) with the batch time as a datetime: arithmetic with timedelta,
# strftime and isoformat(" ") in the recorder's rewritten shape, comparisons, and
# timedelta built from the record count (str, repr, total_seconds, //, divmod, negation).
from datetime import datetime, timedelta

data = [[["a", "b"], ["c"]], [["d"]], [[], ["e", "f", "g"]]]
events = ssc.queueStream(createQUEUERDD(data))
seen = []


def show(t, rdd):
    n = rdd.count()
    start = t - timedelta(seconds=2)
    d = timedelta(minutes=n, seconds=n * 7.5)
    print(t, start, start.isoformat(" "), t.strftime("%Y-%m-%d %H:%M:%S"), t.microsecond, t.second % 2)
    print(d, d.total_seconds(), t + d, (t + d) > t, (t + d - t) == d, str(-d), d // 2, divmod(d, timedelta(seconds=50)))
    print(type(t).__name__, isinstance(t, datetime), repr(timedelta(seconds=n)), (t - start) / timedelta(milliseconds=500))
    seen.append(t)
    print(len(seen), str(seen[-1] - seen[0]), max(seen) == t, min(seen) + timedelta(days=1, hours=-23))


events.foreachRDD(show)
nuevoDStream = events.map(lambda x: (x, timedelta(hours=ord(x) - 96)))
nuevoDStream.map(lambda kv: (kv[0], str(kv[1]), kv[1].days, kv[1].seconds, kv[1] * 1.5)).pprint()
