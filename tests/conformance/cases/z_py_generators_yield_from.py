# batch: 1
# batches: 2
# Generators in flatMap and mapPartitions: yield from sub-generators, a generator that
# keeps a running total across the partition, generator expressions consumed by sum/any,
# itertools.islice over an infinite generator, and return values of yield from.
import itertools


def tokens(line):
    for word in line.split():
        if word.isdigit():
            yield from range(int(word))
        else:
            yield word.lower()


def chunks(seq, n):
    it = iter(seq)
    while True:
        chunk = list(itertools.islice(it, n))
        if not chunk:
            return
        yield tuple(chunk)


def inner():
    got = yield "start"
    yield f"got {got}"
    return "done"


def outer():
    result = yield from inner()
    yield result


def running(records):
    total = 0
    for r in records:
        total += len(r)
        yield (r, total)
    yield ("END", total)


def counter(start=0):
    n = start
    while True:
        yield n
        n += 3


data = [[["Hello 3 World", "a 2"], ["One two THREE"]], [["4"], ["x y", "z 0"]]]
lines = ssc.queueStream(createQUEUERDD(data))
nuevoDStream = lines.flatMap(tokens)
nuevoDStream.pprint(20)
lines.mapPartitions(running).pprint()
lines.mapPartitions(lambda it: chunks((w for l in it for w in l.split()), 2)).pprint()
lines.map(lambda l: (l, sum(len(w) for w in l.split()), any(c.isupper() for c in l), list(itertools.islice(counter(len(l)), 3)))).pprint()
lines.flatMap(lambda l: outer()).pprint()
