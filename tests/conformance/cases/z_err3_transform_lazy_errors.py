# batch: 1
# batches: 3
# Task errors in a transform function's RDD steps: PySpark makes the steps when the
# function runs and runs them only in the batch's jobs, so a bad record (int of a word),
# a reduceByKey function of one parameter and a groupByKey of records that are not pairs
# fail the outputs that compute them; the batch's other outputs print.
lines = ssc.queueStream(createQUEUERDD([[["1", "2"], ["x"]], [["3"]], [["4", "y"]]]))
lines.pprint()
nums = lines.transform(lambda rdd: rdd.map(int))
nums.pprint()
nums.count().pprint()
lines.transform(lambda rdd: rdd.map(lambda l: (l, 1)).reduceByKey(lambda a: a)).pprint()
lines.transform(lambda rdd: rdd.groupByKey()).count().pprint()
lines.count().pprint()
nuevoDStream = lines.transform(lambda rdd: rdd.filter(str.isdigit).map(int))
