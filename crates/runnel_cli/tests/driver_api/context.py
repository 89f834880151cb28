# The driver's side of the API one step past the slides: the context's repr and fields,
# local properties, storage levels (StorageLevel values, persist/unpersist,
# getStorageLevel), the deprecated mapPartitionsWithSplit, stratified sampling, the
# approximate actions, and StreamingContext.getActive before and while batches run.
import time
from pyspark import SparkContext, SparkConf, StorageLevel
from pyspark.streaming import StreamingContext

sc = SparkContext.getOrCreate(SparkConf().setMaster("local[2]").setAppName("driverApi"))
print(sc)
print(sc.master, sc.appName, sc.version, sc.pythonVer, sc.defaultParallelism)
print(sc.getLocalProperty("team"))
sc.setLocalProperty("team", "red")
print(sc.getLocalProperty("team"))
sc.setLocalProperty("team", None)
print(sc.getLocalProperty("team"))

r = sc.parallelize([1, 2, 3], 2)
m = r.map(lambda x: x * 2)
print(r.getStorageLevel(), "|", repr(m.getStorageLevel()), r.is_cached)
print(r.cache().getStorageLevel(), r.is_cached)
print(r.unpersist().getStorageLevel(), r.is_cached)
m.persist(StorageLevel.MEMORY_AND_DISK)
print(m.getStorageLevel(), m.is_cached, m.persist(StorageLevel.MEMORY_AND_DISK).is_cached)
try:
    m.persist(StorageLevel.DISK_ONLY)
except Exception as e:
    print("persist again:", str(e).split("Exception: ")[1].splitlines()[0])
print(m.unpersist().persist(StorageLevel.DISK_ONLY).getStorageLevel())
print(r.mapPartitionsWithSplit(lambda i, it: [(i, sum(it))]).collect())

pairs = sc.parallelize([(k % 3, k) for k in range(60)], 3)
print(pairs.sampleByKey(False, {0: 0.5, 1: 0.2, 2: 1.0}, seed=7).glom().collect())
print(pairs.sampleByKey(True, {0: 1.5, 1: 0.2, 2: 0.0}, 42).collect())
try:
    pairs.sampleByKey(False, {0: -0.5})
except AssertionError as e:
    print("AssertionError:", e)
nums = sc.parallelize([1, 2, 3.5, 4, 5], 2)
print(nums.countApprox(1000), nums.sumApprox(1000), nums.meanApprox(1000, 0.9))
print(sc.parallelize([0.1] * 10, 3).sumApprox(10), sc.parallelize([0.1] * 10, 3).meanApprox(10))
print(sc.emptyRDD().countApprox(10))

ssc = StreamingContext(sc, 1)
print("active before start:", StreamingContext.getActive())
ssc.queueStream([sc.parallelize([1])]).foreachRDD(
    lambda rdd: print("active in a batch:", StreamingContext.getActive() is not None)
)
ssc.start()
time.sleep(1.5)
ssc.stop(stopSparkContext=False)
print("active after stop:", StreamingContext.getActive())
