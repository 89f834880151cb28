# batch: 1
# batches: 4
# checkpoint: yes
# driver state: the function counts its calls
# A transform that raises on its second call, feeding updateStateByKey: the failed batch's
# state was never generated, so the next batch computes it, calling the function again
# for the failed batch (which then succeeds: its records reach the state).
data = [[["a", "b"], ["a"]], [["b"], ["c"]], [["a"], ["c"]], [["b"], ["b"]], [["c"]], [["a"]]]
s = ssc.queueStream(createQUEUERDD(data))
calls = []
def f(rdd):
    calls.append(1)
    if len(calls) == 2:
        raise ValueError("second call")
    return rdd.map(lambda w: (w, 1))
pairs = s.transform(f)
pairs.pprint()
nuevoDStream = pairs.updateStateByKey(lambda new, old: sum(new) + (old or 0))
nuevoDStream.pprint()
s.map(lambda w: w.upper()).pprint()
