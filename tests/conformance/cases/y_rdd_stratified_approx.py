# batch: 1
# batches: 3
# Stratified sampling per key (PySpark's own sampler, seeded), the approximate actions
# (exact once their job ends), StorageLevel values, local properties, the active context.
from pyspark import StorageLevel
from pyspark.streaming import StreamingContext

data = [
    [[("es", i) for i in range(12)], [("en", i) for i in range(8)], [("fr", 1), ("es", 99)]],
    [[("en", 3), ("en", 4)], [("es", 5)]],
    [[], [("fr", 2), ("fr", 3), ("es", 7)]],
]
stream = ssc.queueStream(createQUEUERDD(data))
sc.setLocalProperty("course", "streaming")


def show(t, rdd):
    fractions = {"es": 0.5, "en": 0.25, "fr": 1.0}
    print(t, "strata", rdd.sampleByKey(False, fractions, seed=11).collect())
    print(t, "with replacement", rdd.sampleByKey(True, fractions, 5).glom().collect())
    values = rdd.values()
    print(t, "approx", rdd.countApprox(500), values.sumApprox(500), values.meanApprox(500, 0.9))
    print(t, "active", StreamingContext.getActive() is not None, sc.getLocalProperty("course"))


stream.foreachRDD(show)
levels = [StorageLevel.MEMORY_ONLY, StorageLevel.MEMORY_AND_DISK_2, StorageLevel.DISK_ONLY_3,
          StorageLevel.OFF_HEAP, StorageLevel.NONE, StorageLevel(True, False, False, True, 2)]
for level in levels:
    print(str(level), "|", repr(level), level == StorageLevel.MEMORY_ONLY)
print(StreamingContext.getActive(), sc.getLocalProperty("missing"))
