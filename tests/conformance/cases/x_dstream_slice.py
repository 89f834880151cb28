# batch: 1
# batches: 4
# DStream.slice with seconds and with datetimes, after ssc.remember keeps old batches.
ssc.remember(10)
nums = ssc.queueStream(createQUEUERDD([[[1], [2]], [[3]], [[4, 5]], [[6]]]))

def show(t, rdd):
    end = t.timestamp()
    print(t, [r.collect() for r in nums.slice(end - 2, end)],
          [r.glom().collect() for r in nums.slice(t, t)],
          len(nums.slice(end - 10, end - 1)))

nums.foreachRDD(show)
