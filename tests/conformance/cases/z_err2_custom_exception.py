# batch: 1
# batches: 5
# A program's own exception class raised (uncaught) for a bad record in batch 2 of 5 and
# in batch 4; several outputs read the stream and each job that meets it fails. A mapped
# copy that skips validation runs in every batch.
class BadReading(ValueError):
    pass


def check(r):
    sensor, value = r
    if value < 0:
        raise BadReading("negative reading %d from %s" % (value, sensor))
    return (sensor, value)


data = [
    [[("s1", 5)], [("s2", 7)]],
    [[("s1", -1)], [("s2", 3)]],
    [[("s1", 2)], [("s2", 2)]],
    [[("s2", -4), ("s1", 1)]],
    [[("s1", 9)]],
]
readings = ssc.queueStream(createQUEUERDD(data))
valid = readings.map(check)
valid.pprint()
valid.reduceByKey(max).pprint()
readings.map(lambda r: r[0]).pprint()
nuevoDStream = valid.mapValues(lambda v: v * 100)
