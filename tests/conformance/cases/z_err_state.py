# batch: 1
# batches: 4
# checkpoint: yes
# driver state: which batch failed is not in a snapshot.
# An updateStateByKey function that raises for one batch's values.
data = [[["a", "b"]], [["a", "boom"]], [["a"]], [["b"]]]
words = ssc.queueStream(createQUEUERDD(data))


def update(new, old):
    if "boom" in new:
        raise ValueError("boom in the batch")
    return (old or 0) + len(new)


nuevoDStream = words.map(lambda w: (w, w)).updateStateByKey(update)
nuevoDStream.pprint()
words.count().pprint()
