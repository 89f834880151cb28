# batch: 1
# batches: 3
# checkpoint: yes
# DStream.persist with a StorageLevel, checkpoint(interval) and cache (each returns the
# stream), and the batch RDDs in foreachRDD (a fresh PySpark RDD object: not is_cached),
# cached again there.
from pyspark import StorageLevel

nums = ssc.queueStream(createQUEUERDD([[[1, 2], [3]], [[4]], [[5, 6]]]))
sq = nums.map(lambda x: x * x).persist(StorageLevel.MEMORY_AND_DISK)
print(sq.checkpoint(2) is sq, sq.cache() is sq)
sq.pprint()


def show(rdd):
    print(rdd.is_cached, rdd.cache().is_cached, rdd.getStorageLevel(), rdd.unpersist().is_cached)


sq.foreachRDD(show)
c = nums.cache()
c.foreachRDD(lambda rdd: print(rdd.count(), rdd.is_cached, rdd.map(str).persist(StorageLevel.DISK_ONLY).getStorageLevel()))
nuevoDStream = sq.window(2, 1)
nuevoDStream.foreachRDD(lambda rdd: print(rdd.is_cached, rdd.getNumPartitions()))
