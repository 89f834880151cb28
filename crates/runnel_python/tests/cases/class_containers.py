# A class as a container: __getitem__ receiving slice objects, __setitem__, __delitem__,
# __len__, __iter__, __contains__; slice objects themselves.
class V:
    def __init__(self, xs):
        self.xs = list(xs)
    def __getitem__(self, i):
        if isinstance(i, slice):
            return V(self.xs[i])
        return self.xs[i]
    def __setitem__(self, i, v):
        self.xs[i] = v
    def __delitem__(self, i):
        del self.xs[i]
    def __len__(self):
        return len(self.xs)
    def __iter__(self):
        return iter(self.xs)
    def __contains__(self, x):
        return x in self.xs
    def __repr__(self):
        return f"V({self.xs})"

v = V(range(10))
print(v[2:5], v[::3], v[-1], v[::-2], len(v), 3 in v, 42 in v, list(v)[:2])
v[0] = 99
v[1:3] = [7]
print(v)
v[::2] = (0, 0, 0, 0, 0)
print(v)
del v[0]
print(v)
del v[::3]
print(v, bool(v), sorted(v), max(v), sum(v))

class K:
    def __getitem__(self, k):
        return k
k = K()
print(k[1:2], k[1:2, 3], k[::], k[:5], k["a":"b"], k[1:2:3], k[::-1])

s = slice(1, 5, 2)
print(s, s.start, s.stop, s.step, s.indices(3), slice(4), slice(None, -1).indices(10))
print(slice(-3, None, -1).indices(5), slice(1, 2) == slice(1, 2), slice(1, 2) == slice(1, 3))
xs = list(range(10))
print(xs[s], "abcdef"[slice(None, None, -1)], (1, 2, 3)[slice(1, None)], xs[slice(3)])
xs[slice(0, 2)] = ["a", "b", "c"]
print(xs)
del xs[slice(0, 3)]
print(xs, type(s).__name__, isinstance(s, slice), isinstance(3, slice))
try:
    hash(s)
except TypeError as e:
    print("TypeError", e)
try:
    slice()
except TypeError as e:
    print("TypeError", e)
try:
    [1, 2][slice("a", 2)]
except TypeError as e:
    print("TypeError", e)
try:
    slice(0, 1, 0).indices(4)
except ValueError as e:
    print("ValueError", e)

class Grid:
    def __init__(self):
        self.cells = {}
    def __getitem__(self, pos):
        r, c = pos
        return self.cells.get(pos, ".")
    def __setitem__(self, pos, val):
        self.cells[pos] = val
    def __len__(self):
        return len(self.cells)
g = Grid()
g[0, 1] = "x"
g[2, 2] = "o"
print(g[0, 1], g[1, 1], len(g), "".join(g[0, c] for c in range(3)))
