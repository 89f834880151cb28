# batch: 1
# batches: 3
def pares(iterator):
    for x in iterator:
        if x % 2 == 0:
            yield (x, x * x)

data = [[[1, 2, 3, 4], [5, 6]], [[7, 8], [9]]]
inputStream = ssc.queueStream(createQUEUERDD(data))
nuevoDStream = inputStream.mapPartitions(pares)
nuevoDStream.pprint()
