# batch: 1
# batches: 3
def pares(time, rdd):
    # The two-argument form: Spark passes the batch time (not printed here: Spark runs
    # output jobs asynchronously, so driver prints in transform interleave by timing).
    return rdd.filter(lambda x: x % 2 == 0)

data = [[[1, 2, 3], [4]], [[6, 7]]]
inputStream = ssc.queueStream(createQUEUERDD(data))
nuevoDStream = inputStream.transform(pares)
nuevoDStream.pprint()
