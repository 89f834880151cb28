# batch: 1
# batches: 3
# Sorting inside transform by a key function that fails (x[1] of numbers): into one
# partition PySpark sorts lazily, so only the jobs that compute it fail; into several it
# samples the keys when the function runs, so that batch's jobs are not generated (batch
# 2, of two partitions). An empty batch runs.
nums = ssc.queueStream(createQUEUERDD([[[7]], [[3, 1], [2]], [], [[5, 4]]]))
nums.pprint()
nums.transform(lambda rdd: rdd.sortBy(lambda x: x[1], numPartitions=1)).pprint()
nums.transform(lambda rdd: rdd.sortBy(lambda x: x[1])).count().pprint()
nums.transform(lambda rdd: rdd.sortBy(lambda x: -x)).pprint()
