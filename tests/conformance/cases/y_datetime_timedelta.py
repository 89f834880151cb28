# batch: 1
# batches: 2
# Event timestamps parsed with datetime.strptime, durations as timedelta (arithmetic,
# str, total_seconds, comparisons), strftime/isoformat/weekday, min/max of datetimes, and
# the batch time of foreachRDD shifted by a timedelta.
from datetime import datetime, timedelta, date


def parse(line):
    user, start, minutes = line.split(";")
    t = datetime.strptime(start, "%Y-%m-%d %H:%M")
    return user, (t, timedelta(minutes=int(minutes)))


def fmt(kv):
    user, (t, d) = kv
    end = t + d
    return (user, str(d), d.total_seconds(), end.isoformat(), end.strftime("%a %d %b %Y %H:%M:%S"),
            end.weekday(), (end - datetime(2024, 1, 1)).days, d > timedelta(hours=1), str(d * 3 - timedelta(seconds=1)))


data = [[["ana;2024-02-28 23:30;45", "bob;2024-12-31 22:00;125"], ["eva;2023-03-05 08:15;1500"]],
        [["ana;2024-03-01 10:00;5", "ana;2024-03-01 10:30;30"]]]
events = ssc.queueStream(createQUEUERDD(data)).map(parse)
events.map(fmt).pprint()
totals = events.mapValues(lambda td: td[1]).reduceByKey(lambda a, b: a + b)
totals.map(lambda kv: (kv[0], str(kv[1]), kv[1] // timedelta(minutes=10), kv[1] / timedelta(hours=1), repr(kv[1]))).pprint()
events.map(lambda kv: kv[1][0].date()).reduce(max).map(lambda d: (d, repr(d), d + timedelta(days=366), d.toordinal(), date(2024, 1, 1) < d)).pprint()


def show(t, rdd):
    print(t - timedelta(seconds=1), rdd.count(), str(timedelta(days=-1, seconds=5)), timedelta(weeks=1, milliseconds=1500))


events.foreachRDD(show)
