# batch: 1
# batches: 3
# The rest of the DStream API: context(), flatMap with preservesPartitioning, filter,
# mapValues/flatMapValues, glom, union with itself, reduce and count on an empty batch,
# map with preservesPartitioning, countByValue of tuples, and pprint(num).
nums = ssc.queueStream(createQUEUERDD([[[1, 2, 3], [4]], [], [[5, 6], [7, 8, 9, 10, 11, 12]]]))
print(nums.context() is ssc or type(nums.context()).__name__)
nums.flatMap(lambda x: range(x % 3), preservesPartitioning=True).glom().pprint()
nums.union(nums).glom().pprint()
nums.reduce(lambda a, b: a * b).pprint()
nums.count().pprint()
pairs = nums.map(lambda x: (x % 3, x), True)
pairs.mapValues(lambda v: v * 10).flatMapValues(lambda v: (v, v + 1)).glom().pprint(2)
nuevoDStream = pairs.countByValue()
nums.pprint(num=3)
nums.filter(lambda x: x > 100).glom().pprint()
