# batch: 1
# batches: 4
# Found by tools/fuzz/dstream_gen.py (seed 404, program 16). DStream.repartition is
# PySpark's transform(lambda rdd: rdd.repartition(n)): over another repartition's
# stream, whose RDDs are already read as batches of ten, PySpark does not reserialize,
# so the JVM deals out the first shuffle's batches whole (two batches of 2 and 8 records
# land in different partitions), and what a shuffle after it sees arrives in that order.
data = [[[3], ['a', 'b', 'c', 'd']], [list(range(12)), [], ['x', 'y', 'z']],
        [list(range(30)), ['p', 'q']], []]
s = ssc.queueStream(createQUEUERDD(data)).flatMap(lambda x: [x, x])
s.repartition(2).repartition(2).glom().pprint()
s.repartition(3).repartition(1).glom().pprint()
s.repartition(2).repartition(3).repartition(2).glom().pprint()
s.window(2, 2).repartition(2).repartition(2).flatMap(lambda x: [x, x]).countByValue().glom().pprint()
nuevoDStream = s.repartition(2).repartition(2).map(repr)
