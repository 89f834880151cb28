# batch: 1
# batches: 3
# Found by tools/fuzz/dstream_gen.py (seed 2, programs 13 and 19). The JVM's cartesian
# pairs the byte arrays PySpark's serializers wrote, not records: for each batch of one
# side, for each batch of the other, the product of both. A queue's batch (a Python
# step's output) is pickled in batches of 1, 2, 4... records, parallelize's in batches of
# len // numSlices, zip's in batches of the smaller of both sides.
static = sc.parallelize([10, 20, 30, 40, 50, 60], 3)
data = [[["a", "b", "c"], ["d", "e", "f", "g"]], [[1, 2, 3, 4, 5, 6, 7]], []]
s = ssc.queueStream(createQUEUERDD(data))
s.transform(lambda rdd: rdd.cartesian(rdd)).glom().pprint()
s.transform(lambda rdd: rdd.cartesian(static)).glom().pprint()
s.transform(lambda rdd: static.cartesian(rdd.map(str))).glom().pprint()
pairs = s.transform(lambda rdd: rdd.zip(rdd.map(repr)).cartesian(static.zip(static)))
pairs.foreachRDD(lambda t, rdd: print(t, rdd.getNumPartitions(), rdd.take(12)))
nuevoDStream = s.transform(lambda rdd: rdd.filter(lambda x: x != "e").cartesian(sc.parallelize(["x", "y", "z"], 1)).map(repr))
