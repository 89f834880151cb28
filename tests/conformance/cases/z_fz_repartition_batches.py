# batch: 1
# batches: 3
# Found by tools/fuzz/dstream_gen.py (seed 303, program 56). PySpark's repartition
# pickles records in batches of ten and the JVM deals out the batches; a second
# repartition of that output is not reserialized (it is already read as batches of
# ten), so the batches the first shuffle's map tasks wrote move whole again, however
# few records each holds.
data = [[[3], [{'k': 1, 'b': [2]}, None, set(), [[], {}]]],
        [[2 ** 65, []], [[], 3, [[], {}]], list(range(12))],
        [list(range(25)), ['a', 'b']]]
s = ssc.queueStream(createQUEUERDD(data)).flatMap(lambda x: [x, x])
s.transform(lambda rdd: rdd.coalesce(2, True).repartition(2)).glom().pprint()
s.transform(lambda rdd: rdd.repartition(2).repartition(1)).glom().pprint()
s.transform(lambda rdd: rdd.repartition(3).coalesce(2, True).repartition(3)).glom().pprint()
s.transform(lambda rdd: rdd.repartition(2).map(lambda x: x).repartition(2)).glom().pprint()
s.transform(lambda rdd: rdd.repartition(2).cartesian(rdd.repartition(2).coalesce(1))).glom().map(len).pprint()
nuevoDStream = s.transform(lambda rdd: rdd.repartition(3).repartition(2))
