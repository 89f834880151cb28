# batch: 1
# batches: 2
# A Vector class with arithmetic dunders (__add__, __radd__ so sum() works from 0,
# __sub__, __mul__ by scalars and __rmul__, __neg__, __abs__, __eq__/__hash__ for keys,
# __bool__, __len__, __iter__ for unpacking, __getitem__, __contains__, __format__),
# summed with reduce, reduceByKey and mapPartitions, and printed with str and repr.
import math


class Vector:
    def __init__(self, *xs):
        self.xs = tuple(xs)

    def __add__(self, other):
        if isinstance(other, (int, float)) and other == 0:
            return self
        return Vector(*(a + b for a, b in zip(self.xs, other.xs)))

    __radd__ = __add__

    def __sub__(self, other):
        return self + (-other)

    def __neg__(self):
        return Vector(*(-a for a in self.xs))

    def __mul__(self, k):
        return Vector(*(a * k for a in self.xs))

    __rmul__ = __mul__

    def __abs__(self):
        return math.sqrt(sum(a * a for a in self.xs))

    def __eq__(self, other):
        return isinstance(other, Vector) and self.xs == other.xs

    def __hash__(self):
        return hash(self.xs)

    def __bool__(self):
        return any(self.xs)

    def __len__(self):
        return len(self.xs)

    def __iter__(self):
        return iter(self.xs)

    def __getitem__(self, i):
        return self.xs[i]

    def __contains__(self, v):
        return v in self.xs

    def __format__(self, spec):
        return "<" + ", ".join(format(a, spec) for a in self.xs) + ">"

    def __repr__(self):
        return f"Vector{self.xs}"

    def __str__(self):
        return f"({', '.join(map(str, self.xs))})"


data = [[[(1, 2), (3, 4)], [(0, 0), (-1, 5)]], [[(2, 2), (1, 2)], [(1, 2)]]]
vecs = ssc.queueStream(createQUEUERDD(data)).map(lambda t: Vector(*t))
vecs.pprint()
vecs.map(lambda v: (v, abs(v), bool(v), len(v), v[1], 5 in v, 2 * v, v * 0.5, f"{v:.1f}", -v)).pprint()
vecs.reduce(lambda a, b: a + b).pprint()
vecs.mapPartitions(lambda it: [sum(it)]).pprint()
nuevoDStream = vecs.map(lambda v: (v, 1)).reduceByKey(lambda a, b: a + b)
nuevoDStream.pprint()


def show(rdd):
    vs = rdd.collect()
    x, y = vs[0]
    print(x, y, sum(vs), sum(vs, Vector(10, 10)), vs[0] - vs[-1], [str(v) for v in vs if v], max(vs, key=abs), list(zip(*vs)))


vecs.foreachRDD(show)
