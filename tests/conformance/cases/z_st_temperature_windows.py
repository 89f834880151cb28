# batch: 1
# batches: 6
# checkpoint: yes
# Temperatures per station over windows: reduceByKeyAndWindow with tuples of (sum, n,
# min, max) and its inverse over a window of 5 slides (so PySpark uses the inverse), the
# average rounded with round(x, 2), countByValueAndWindow of Celsius bands, and a window
# of 3 slides 2 whose records are sorted by a key in transform.
def band(c):
    return "frío" if c < 10 else ("suave" if c < 25 else "calor")


def suma(a, b):
    return (a[0] + b[0], a[1] + b[1])


def resta(a, b):
    return (a[0] - b[0], a[1] - b[1])


data = [[[("MAD", 21.5), ("BCN", 19.0)], [("MAD", 23.0)]],
        [[("BCN", 18.5), ("SVQ", 30.25)]],
        [[("MAD", 7.5)], [("SVQ", 31.0), ("BCN", 20.0)]],
        [[("MAD", 9.0), ("MAD", 11.0)]],
        [[("SVQ", 29.0)]],
        [[("BCN", 17.75), ("MAD", 25.0)]]]
temps = ssc.queueStream(createQUEUERDD(data))
nuevoDStream = temps.mapValues(lambda c: (c, 1)).reduceByKeyAndWindow(suma, resta, 5, 1)
nuevoDStream.mapValues(lambda s: round(s[0] / s[1], 2) if s[1] else None).pprint()
temps.map(lambda kv: band(kv[1])).countByValueAndWindow(3, 1).pprint()
temps.window(3, 2).transform(lambda rdd: rdd.sortBy(lambda kv: (-kv[1], kv[0]))).pprint()
temps.mapValues(lambda c: (c, c, 1)).reduceByKeyAndWindow(lambda a, b: (min(a[0], b[0]), max(a[1], b[1]), a[2] + b[2]), None, 4, 2).pprint()
