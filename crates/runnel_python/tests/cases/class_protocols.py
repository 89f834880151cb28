# The iteration and container protocols: __iter__/__next__, __getitem__ sequences (in,
# list, reversed), __len__'s checks, __contains__, __reversed__, __setitem__ with slices,
# a dict's slice key.
class Countdown:
    def __init__(self, n): self.n = n
    def __iter__(self): return self
    def __next__(self):
        if self.n <= 0: raise StopIteration
        self.n -= 1
        return self.n + 1
print(list(Countdown(3)), sum(Countdown(4)), max(Countdown(5)))
class Bag:
    def __init__(self, *items): self.items = list(items)
    def __len__(self): return len(self.items)
    def __contains__(self, x): print("contains", x); return x in self.items
    def __getitem__(self, i): return self.items[i]
    def __bool__(self): return len(self.items) > 1
b = Bag(1, 2, 3)
print(len(b), 2 in b, 5 in b, b[0], b[-1], b[1:], bool(b), bool(Bag(1)))
print(list(b), [x * 2 for x in b])
class OnlyGet:
    def __getitem__(self, i):
        if i >= 3: raise IndexError
        return i * 10
print(list(OnlyGet()), 20 in OnlyGet(), 7 in OnlyGet())
class LenOnly:
    def __len__(self): return 0
print(bool(LenOnly()), "yes" if LenOnly() else "no")
class Bad:
    def __len__(self): return -1
try: len(Bad())
except ValueError as e: print("VE", e)
class Bad2:
    def __len__(self): return "x"
try: len(Bad2())
except TypeError as e: print("TE", e)
class NoIter: pass
try: iter(NoIter())
except TypeError as e: print("TE", e)
try:
    for x in 5: pass
except TypeError as e: print("TE", e)
class Rev:
    def __init__(self, d): self.d = d
    def __reversed__(self): return iter(self.d[::-1])
print(list(reversed(Rev([1, 2, 3]))))
class Sq:
    def __len__(self): return 3
    def __getitem__(self, i):
        if i >= 3: raise IndexError(i)
        return i * i
print(list(reversed(Sq())))
class M:
    def __init__(self): self.d = {}
    def __setitem__(self, k, v): print("set", k, v); self.d[k] = v
    def __delitem__(self, k): print("del", k); del self.d[k]
    def __getitem__(self, k): return self.d[k]
m = M(); m["a"] = 1
try: m[1:2] = 5
except TypeError as e: print("TE", e)
print(m["a"]); del m["a"]
try: m["zz"]
except KeyError as e: print("KE", e)
it = iter([1, 2]); print(next(it), next(it), next(it, "end"))
try: next(it)
except StopIteration as e: print("SI", repr(e))
class Call:
    def __call__(self, *a, **k): return a, k
print(Call()(1, x=2), callable(Call()), callable(Call))
d={}
try: d[1:2]
except TypeError as e: print(e)
try: del d[1:2]
except TypeError as e: print(e)
def gen():
    for i in range(10):
        print("yield", i)
        yield i
g = gen()
print(3 in g, next(g))
