# batch: 1
# batches: 5
# driver state: which partitions failed is not in a snapshot (a restored window sees batch 2 empty).
# A bad record in batch 2 fails every window that holds that batch; windows before and
# after it print.
data = [[["1", "2"]], [["3", "oops"]], [["5"]], [["6"]], [["7"]]]
lines = ssc.queueStream(createQUEUERDD(data))
nums = lines.map(int)
nuevoDStream = nums.window(2, 1)
nuevoDStream.pprint()
lines.count().pprint()
