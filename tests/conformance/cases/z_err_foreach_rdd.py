# batch: 1
# batches: 4
# A foreachRDD function that raises on the driver fails its batch's job only: the other
# outputs of that batch and later batches still run.
data = [[["a", "b"], ["c"]], [["d"]], [["e", "f"]], [["g"]]]
lines = ssc.queueStream(createQUEUERDD(data))


def show(time, rdd):
    items = rdd.collect()
    if "d" in items:
        raise RuntimeError("no d allowed at %s" % time)
    print("batch", time, sorted(items))


lines.foreachRDD(show)
lines.map(lambda s: s.upper()).pprint()
