# batch: 1
# batches: 3
# saveAsTextFiles as a tutorial uses it (prefix and suffix, into a local directory),
# beside pprint and foreachRDD outputs of the same stream: saving prints nothing, and
# the outputs registered before and after it still run in their order each batch.
lines = ssc.queueStream(createQUEUERDD([[["a b"], ["c"]], [], [["d e f"]]]))
counts = lines.flatMap(lambda l: l.split()).map(lambda w: (w, len(w)))
counts.pprint()
counts.saveAsTextFiles("/tmp/runnel_tut_save/counts", "txt")
counts.foreachRDD(lambda t, rdd: print("saved", t, rdd.count(), rdd.getNumPartitions()))
counts.map(lambda kv: kv[0]).saveAsTextFiles("/tmp/runnel_tut_save/words")
nuevoDStream = counts
