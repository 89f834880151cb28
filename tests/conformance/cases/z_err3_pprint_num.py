# batch: 1
# batches: 2
# pprint given a string: PySpark's takeAndPrint computes take(num + 1) in each batch's
# job, which fails there (each batch), while the other outputs print; pprint(0) prints
# only the header, and a negative num too.
nums = ssc.queueStream(createQUEUERDD([[[1, 2, 3]], [[4]]]))
nums.pprint("2")
nums.pprint(0)
nums.pprint(-1)
nums.pprint(2)
