# batch: 1
# batches: 5
# checkpoint: yes
def contar(nuevos, total):
    total = (total or 0) + len(nuevos)
    if total >= 3:
        return None
    return total

data = [[[("a", 1), ("b", 1)], [("a", 1)]],
        [[("c", 1)], [("a", 1), ("b", 1)]],
        [[("b", 1), ("d", 1)]]]
inputStream = ssc.queueStream(createQUEUERDD(data))
nuevoDStream = inputStream.updateStateByKey(contar)
nuevoDStream.pprint()
