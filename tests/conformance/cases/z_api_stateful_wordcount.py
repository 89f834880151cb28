# batch: 1
# batches: 4
# checkpoint: yes
# Spark's stateful_network_wordcount.py fed by a queue: updateStateByKey with an initial
# state RDD; and a second state with numPartitions and an initial state given as a list.
lines = ssc.queueStream(createQUEUERDD([[["hello world"], ["hello spark"]], [["world"]], [], [["spark hello again"]]]))
initialStateRDD = sc.parallelize([(u'hello', 1), (u'world', 1)])


def updateFunc(new_values, last_sum):
    return sum(new_values) + (last_sum or 0)


running_counts = lines.flatMap(lambda line: line.split(" "))\
                      .map(lambda word: (word, 1))\
                      .updateStateByKey(updateFunc, initialRDD=initialStateRDD)

running_counts.pprint()
nuevoDStream = lines.map(lambda l: (len(l) % 2, l)).updateStateByKey(
    lambda vs, s: (s or []) + [len(v) for v in vs], 3, [(0, [-1]), (5, [-5])])
nuevoDStream.glom().pprint()
