# batch: 1
# batches: 3
# Partition-level tutorials: glom() to show the partitions, mapPartitions counting
# records per partition, mapPartitionsWithIndex tagging them, flatMapValues,
# repartition and coalesce, and partitionBy with a partition count.
lines = ssc.queueStream(createQUEUERDD([[["a:1,2,3", "b:4"], ["c:5,6"], ["d:"]], [["e:7"]], [[], ["f:8,9"]]]))
pairs = lines.map(lambda l: l.split(":")).map(lambda p: (p[0], p[1]))
values = pairs.flatMapValues(lambda v: [int(x) for x in v.split(",") if x])
values.pprint()
values.glom().pprint()


def count_in_partition(it):
    n = 0
    for _ in it:
        n += 1
    yield n


values.mapPartitions(count_in_partition).glom().pprint()
values.mapPartitionsWithIndex(lambda i, it: [(i, kv) for kv in it]).pprint()
values.repartition(3).glom().map(len).pprint()
nuevoDStream = values.partitionBy(2).mapValues(lambda v: v * 10)
values.transform(lambda rdd: rdd.coalesce(1)).glom().pprint()
print("partitions", sc.defaultParallelism)
