# batch: 1
# batches: 3
# A bad record fails the jobs that compute its partition (pprint, the recorder); the batch's
# other output (count) and later batches run, as Spark's JobScheduler goes on.
data = [[["1", "2"], ["3"]], [["4", "x"], ["6"]], [["7"], ["8"]]]
lines = ssc.queueStream(createQUEUERDD(data))
nums = lines.map(int)
nums.pprint()
lines.count().pprint()
nuevoDStream = nums.map(lambda x: x * 10)
