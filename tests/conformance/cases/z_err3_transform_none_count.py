# batch: 1
# batches: 2
# A transform function that returns nothing for an empty batch, with a step after it:
# PySpark pipelines the step into the function, which then gets no RDD and fails, so the
# empty batches' jobs are not generated (no output of theirs prints).
nums = ssc.queueStream(createQUEUERDD([[[1, 2]], [], [[3]]]))


def double(rdd):
    if rdd.isEmpty():
        return
    return rdd.map(lambda x: x * 2)


doubled = nums.transform(double)
doubled.pprint()
doubled.count().pprint()
nums.pprint()
