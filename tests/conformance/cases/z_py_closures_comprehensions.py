# batch: 1
# batches: 2
# Closures and comprehensions: lambdas made in a loop (late binding) against default
# arguments and a factory, DStreams built in a loop with the loop variable bound by a
# default argument, nested list comprehensions (flatten, matrix transpose with zip(*)),
# dict comprehensions with conditions, dict merge with |, setdefault, enumerate(start=1),
# and sorted(dict.items()) by value then key.
late = [lambda x: x * i for i in range(3)]
bound = [lambda x, i=i: x * i for i in range(3)]


def make_adder(n):
    def add(x):
        return x + n
    return add


adders = {name: make_adder(n) for name, n in (("one", 1), ("ten", 10))}

data = [[["3 1 2", "4 4"], ["9 8 7 6"]], [["1", "2 2 2"]]]
rows = ssc.queueStream(createQUEUERDD(data)).map(lambda l: [int(t) for t in l.split()])
rows.map(lambda r: ([f(r[0]) for f in late], [f(r[0]) for f in bound], adders["ten"](sum(r)), [adders[k](len(r)) for k in sorted(adders)])).pprint()
for k in (2, 3):
    rows.map(lambda r, k=k: [x for x in r if x % k == 0]).filter(lambda r: r).pprint()
nuevoDStream = rows.flatMap(lambda r: [(i, x) for i, x in enumerate(r, start=1) if x > 1])
nuevoDStream.pprint()


def matrix(rdd):
    m = rdd.collect()
    width = max(len(r) for r in m)
    full = [r + [0] * (width - len(r)) for r in m]
    print(full, [list(c) for c in zip(*full)], [x for r in full for x in r if x], [[x * y for y in r] for x, r in zip(range(len(full)), full)][-1])
    counts = {}
    for r in m:
        for x in r:
            counts[x] = counts.get(x, 0) + 1
    groups = {}
    for x, c in counts.items():
        groups.setdefault(c, []).append(x)
    print(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])), groups, {x: c for x, c in counts.items() if c > 1} | {"total": sum(counts.values())})
    print({i: {j: i * j for j in range(i)} for i in range(1, 4)}, [(i, j) for i in range(3) for j in range(i) if (i + j) % 2])


rows.foreachRDD(matrix)
