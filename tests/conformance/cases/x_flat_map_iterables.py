# batch: 1
# batches: 2
def gen(x):
    for i in range(x % 3):
        yield (x, i)

data = [[[1, 2, 5], [4]]]
inputStream = ssc.queueStream(createQUEUERDD(data))
nuevoDStream = inputStream.flatMap(gen).union(inputStream.flatMap(lambda x: str(x * 11))).union(inputStream.flatMap(lambda x: {x: 1, -x: 2}))
nuevoDStream.pprint(30)
