# batch: 1
# batches: 3
# A transform function that raises on the driver in the second batch: Spark's JobGenerator
# fails to generate that batch's jobs, so none of its outputs run (not even those before).
data = [[[1, 2], [3]], [[4], [5]], [[6], [7]], [[8], [9]]]
s = ssc.queueStream(createQUEUERDD(data))
s.pprint()
def f(rdd):
    if 5 in rdd.collect():
        raise ValueError("no fives")
    return rdd.map(lambda x: x * 10)
nuevoDStream = s.transform(f)
nuevoDStream.pprint()
s.count().pprint()
