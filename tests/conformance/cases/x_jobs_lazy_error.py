# batch: 1
# batches: 2
# A bad record in a partition that no job computes does not fail the batch: pprint's
# take scans partition 0 only when it holds enough records.
data = [[[str(i) for i in range(12)], ["x"]], [["1", "2"], ["3"]]]
lines = ssc.queueStream(createQUEUERDD(data))
lines.map(int).pprint()
