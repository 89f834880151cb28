# batch: 1
# batches: 17
# checkpoint: yes
# A long run: seventeen batches of a sensor feed with empty batches at the start and the
# end, a queueStream default RDD once the queue is empty, a running average by state,
# and a sliding window count.
readings = [[], []] + [[("s%d" % (i % 3), float(i))] * (i % 4) for i in range(10)]
rdds = [sc.parallelize(r, 2) for r in readings]
stream = ssc.queueStream(rdds, oneAtATime=True, default=sc.parallelize([("idle", 0.0)]))


def avg_state(new, state):
    n, total = state or (0, 0.0)
    n += len(new)
    total += sum(new)
    return (n, total)


stream.pprint(2)
state = stream.updateStateByKey(avg_state)
state.map(lambda kv: (kv[0], round(kv[1][1] / kv[1][0], 2) if kv[1][0] else None)).transform(
    lambda rdd: rdd.sortByKey()).pprint()
nuevoDStream = stream.window(3, 1).count()
stream.countByWindow(4, 2).pprint()
