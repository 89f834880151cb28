# batch: 1
# batches: 3
# checkpoint: yes
# driver state: which batches failed is not in a snapshot.
# An update function that adds the old state without checking for None: it fails for a
# key's first batch (int + NoneType). Its fixed twin runs beside it; a key that never comes
# back is called with no values and its old state.
data = [[[("a", 1), ("b", 2)]], [[("a", 3)]], [[("c", 1)]]]
pairs = ssc.queueStream(createQUEUERDD(data))
nuevoDStream = pairs.updateStateByKey(lambda new, old: sum(new) + old)
nuevoDStream.pprint()
pairs.updateStateByKey(lambda new, old: sum(new) + (old or 0)).pprint()
