# batch: 1
# batches: 3
# An accumulator counted in a map whose second partition fails in batch 2: the pprint's
# first job (partition 0) succeeds and its additions count, the failed job's do not; the
# driver prints the accumulator after each batch.
seen = sc.accumulator(0)


def parse(s):
    seen.add(1)
    return int(s)


data = [[["1", "2"], ["3"]], [["4", "5"], ["x", "6"]], [["7"], ["8"]]]
lines = ssc.queueStream(createQUEUERDD(data))
nums = lines.map(parse)
nums.pprint(1)
nums.pprint()
lines.foreachRDD(lambda t, rdd: print(t, "seen", seen.value))
