# batch: 1
# batches: 3
# awaitTerminationOrTimeout before start: it waits its timeout and returns False (no
# batch runs before start); the program then defines its outputs as usual.
nums = ssc.queueStream(createQUEUERDD([[[1]], [[2, 3]], [[4]]]))
print("waited", ssc.awaitTerminationOrTimeout(0.5))
nuevoDStream = nums.map(lambda x: x + 1)
nuevoDStream.pprint()
