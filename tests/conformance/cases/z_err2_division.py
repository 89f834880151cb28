# batch: 1
# batches: 4
# Averages that divide by a count of zero in some records: uncaught (the batch with a zero
# fails its jobs), and caught per record with each of Python's division-by-zero texts.
data = [[[("a", 10, 2)], [("b", 9, 3)]], [[("c", 1, 0)], [("d", 4, 4)]], [[("e", 0.0, 0)]], [[("f", 7, 7)]]]
rows = ssc.queueStream(createQUEUERDD(data))
nuevoDStream = rows.map(lambda r: (r[0], r[1] / r[2]))
nuevoDStream.pprint()


def safe(r):
    out = []
    for op in (lambda a, b: a / b, lambda a, b: a // b, lambda a, b: a % b, divmod,
               lambda a, b: float(a) / b, lambda a, b: float(a) // b, lambda a, b: float(a) % b,
               lambda a, b: pow(b, -1)):
        try:
            out.append(op(r[1], r[2]))
        except ZeroDivisionError as e:
            out.append(str(e))
    return (r[0], out)


rows.map(safe).pprint()
