# batch: 1
# batches: 2
# A Vector class with arithmetic dunders (__add__, __sub__, __mul__, __rmul__, __neg__,
# __abs__, __bool__, __len__, __getitem__, __iter__, __contains__) as values of
# reduceByKey, aggregateByKey, foldByKey, combineByKey, mapValues and flatMapValues.
import math


class Vector:
    def __init__(self, *xs):
        self.xs = tuple(xs)

    def __add__(self, o):
        return Vector(*(a + b for a, b in zip(self.xs, o.xs)))

    def __sub__(self, o):
        return self + (-o)

    def __neg__(self):
        return Vector(*(-a for a in self.xs))

    def __mul__(self, k):
        return Vector(*(a * k for a in self.xs))

    __rmul__ = __mul__

    def __abs__(self):
        return math.sqrt(sum(a * a for a in self.xs))

    def __bool__(self):
        return any(self.xs)

    def __len__(self):
        return len(self.xs)

    def __getitem__(self, i):
        return self.xs[i]

    def __iter__(self):
        return iter(self.xs)

    def __contains__(self, v):
        return v in self.xs

    def __eq__(self, o):
        return isinstance(o, Vector) and self.xs == o.xs

    def __repr__(self):
        return "Vector%r" % (self.xs,)


data = [[[("a", (1, 2)), ("b", (0, 0))], [("a", (3, -1)), ("c", (2, 2))]],
        [[("b", (5, 5)), ("b", (-5, -5))], [("a", (1, 1))]]]
vecs = ssc.queueStream(createQUEUERDD(data)).mapValues(lambda p: Vector(*p))
nuevoDStream = vecs.reduceByKey(lambda a, b: a + b)
nuevoDStream.pprint()
vecs.transform(lambda rdd: rdd.aggregateByKey((Vector(0, 0), 0), lambda acc, v: (acc[0] + v, acc[1] + 1),
                                              lambda x, y: (x[0] + y[0], x[1] + y[1]))).glom().pprint()
vecs.transform(lambda rdd: rdd.foldByKey(Vector(0, 0), lambda a, b: a - b * 2)).glom().pprint()
vecs.combineByKey(lambda v: [v], lambda acc, v: acc + [v], lambda a, b: a + b).mapValues(
    lambda vs: (len(vs), sum(abs(v) for v in vs))).glom().pprint()
vecs.mapValues(lambda v: (bool(v), len(v), v[1], list(v), 2 in v, 3 * v, round(abs(v), 4), -v == v * -1)).pprint()
vecs.flatMapValues(lambda v: v).pprint(12)
