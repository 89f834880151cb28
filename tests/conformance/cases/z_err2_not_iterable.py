# batch: 1
# batches: 3
# flatMap and mapPartitions functions that return None or an int (the student forgot the
# list, or `return`): "'NoneType' object is not iterable" in the batches that call them;
# an empty batch calls no function and runs.
def split_words(line):
    words = line.split()


def length(line):
    return len(line)


def per_partition(it):
    total = 0
    for x in it:
        total += 1


data = [[["a b"], ["c"]], [[]], [["d e f"]]]
lines = ssc.queueStream(createQUEUERDD(data))
lines.flatMap(split_words).pprint()
lines.flatMap(length).pprint()
lines.mapPartitions(per_partition).pprint()
nuevoDStream = lines.flatMap(lambda l: l.split())
nuevoDStream.pprint()
