# batch: 1
# batches: 2
# localCheckpoint and its flags, isCheckpointed/getCheckpointFile without a checkpoint
# directory on the context, toLocalIterator with prefetchPartitions, and
# mapPartitionsWithSplit.
def show(t, rdd):
    sq = rdd.map(lambda x: x * x)
    print(sq.isCheckpointed(), sq.isLocallyCheckpointed(), sq.getCheckpointFile())
    sq.localCheckpoint()
    print(sq.isCheckpointed(), sq.isLocallyCheckpointed(), sq.getCheckpointFile(), sq.collect(), sq.is_cached)
    print(sq.glom().collect(), sq.sum())
    print(list(rdd.toLocalIterator(prefetchPartitions=True)), list(rdd.toLocalIterator(True)))
    print(rdd.mapPartitionsWithSplit(lambda i, it: [i * 100 + len(list(it))]).collect())


nums = ssc.queueStream(createQUEUERDD([[[1, 2], [3]], [[4], [5, 6]]]))
nums.foreachRDD(show)
