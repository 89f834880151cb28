# batch: 1
# batches: 3
# The storage level of DStream batches' RDDs as Spark Streaming sets it: a persist()ed
# stream (its level), a cache()d one, a window's parent (persisted by the window), the
# window's own RDDs and a plain mapped stream (none); PySpark's RDD objects in
# foreachRDD are fresh, so is_cached is False.
from pyspark import StorageLevel

nums = ssc.queueStream(createQUEUERDD([[[1, 2], [3]], [[4]], [[5, 6]]]))
disk = nums.map(lambda x: x * 10).persist(StorageLevel.MEMORY_AND_DISK)
cached = nums.map(lambda x: -x).cache()
plain = nums.map(lambda x: x + 1)
parent = nums.filter(lambda x: x > 1)
win = parent.window(2, 1)


def level(name):
    return lambda rdd: print(name, rdd.getStorageLevel(), repr(rdd.getStorageLevel()), rdd.is_cached, rdd.count())


disk.foreachRDD(level("disk"))
cached.foreachRDD(level("cached"))
plain.foreachRDD(level("plain"))
parent.foreachRDD(level("parent"))
win.foreachRDD(level("window"))
