# batch: 1
# batches: 3
# StreamingContext.transform (the function gets the RDDs as one tuple), ssc.union of three
# streams, remember, and sparkContext.
a = ssc.queueStream(createQUEUERDD([[[1, 2], [3]], [[4]], [[5, 6]]]))
b = ssc.queueStream(createQUEUERDD([[["x"]], [["y", "z"]], []]))
c = ssc.queueStream(createQUEUERDD([[[10]], [], [[30]]]))
both = ssc.transform([a, b], lambda rdds: rdds[0].cartesian(rdds[1]))
both.glom().pprint()
ssc.union(a, b, c).glom().pprint()
ssc.remember(5)
print(type(ssc.sparkContext).__name__, ssc.sparkContext.defaultParallelism)
