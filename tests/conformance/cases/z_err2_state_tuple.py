# batch: 1
# batches: 4
# checkpoint: yes
# driver state: which batches failed is not in a snapshot.
# An update function that returns a (key, total) tuple as the state: the first batch
# stores tuples, the next batch that adds to one fails (tuple + int); keys that come back
# no more keep their tuple state.
def update(new, old):
    if old is None:
        return ("total", sum(new))
    return old + sum(new)


data = [[[("a", 1)], [("b", 2)]], [[("c", 1)]], [[("a", 2)]], [[("d", 4)]]]
pairs = ssc.queueStream(createQUEUERDD(data))
nuevoDStream = pairs.updateStateByKey(update)
nuevoDStream.pprint()
pairs.count().pprint()
