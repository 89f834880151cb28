# batch: 1
# batches: 4
# A transform raising whenever its batch holds "x", under a window of 2 batches: a later
# window reading the failed batch calls the function again and fails again.
data = [[["a"], ["b"]], [["x"], ["c"]], [["d"]], [["e"]], [["f"]], [["g"]], [["h"]]]
s = ssc.queueStream(createQUEUERDD(data))
def f(rdd):
    if "x" in rdd.collect():
        raise ValueError("an x")
    return rdd.map(lambda w: w * 2)
t = s.transform(f)
nuevoDStream = t.window(2, 1)
nuevoDStream.pprint()
s.pprint()
