# batch: 1
# batches: 2
# Found by tools/fuzz/dstream_gen.py (seed 202, program 53). A coalesce without a
# shuffle reads its parent partitions one after the other, each as its own task wrote
# it, so cartesian pairs each parent partition's own serialized batches (1, 2, 4... from
# each partition's start, parallelize's fixed counts), not one run over the whole
# coalesced partition.
static = sc.parallelize(list(range(10)), 3)
data = [[[1, 2, 3, 4, 5, 6, 7], [8, 9, 10, 11, 12], [13, 14]], [[20, 21], [], [22, 23, 24, 25]]]
s = ssc.queueStream(createQUEUERDD(data))
s.transform(lambda rdd: rdd.map(lambda x: x * 10).cartesian(rdd.coalesce(1)).map(lambda p: p[1])).glom().pprint()
s.transform(lambda rdd: rdd.coalesce(2).cartesian(rdd.map(str).coalesce(1))).glom().pprint()
s.transform(lambda rdd: static.coalesce(2).cartesian(rdd.coalesce(1))).glom().pprint()
s.transformWith(lambda a, b: a.cartesian(b.coalesce(1)).map(lambda p: p[1]), s.map(repr)).glom().pprint()
nuevoDStream = s.transform(lambda rdd: rdd.coalesce(1).cartesian(rdd.filter(lambda x: x % 2).coalesce(2)))
