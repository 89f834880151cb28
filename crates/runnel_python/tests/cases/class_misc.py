# Iterator protocol with next()/iter(), __iadd__, __format__, __doc__, vars(), big-int format specs.
class It:
    def __init__(self):
        self.i = 0
    def __iter__(self):
        return self
    def __next__(self):
        self.i += 1
        if self.i > 3:
            raise StopIteration
        return self.i
it = It()
print(next(it), next(iter(it)), list(it))
try:
    int("x")
except Exception as e:
    print(e.__class__.__name__, type(e) is ValueError, e.args)
class V:
    """Docs here."""
    def __init__(self, v): self.v = v
    def __iadd__(self, o):
        self.v += o
        return self
    def __format__(self, spec):
        return "V<" + format(self.v, spec) + ">"
    def __len__(self): return 2
a = V(1)
b = a
a += 5
print(a is b, a.v, f"{a:>4}", V.__doc__, len(a))
print(f"{2**70:,}", "%d" % 2**70, "{:x}".format(2**70), f"{-2**65:>30}")
class P:
    x = 1
    def __init__(self): self.y = 2
print(vars(P()), getattr(P, "x"), P().__class__.__name__)
print(sorted([V(3), V(1)], key=lambda v: v.v)[0].v, min([3, 1], key=lambda z: -z))
class Temp:
    def __init__(self, c): self._c = c
    @property
    def f(self): return self._c * 9 / 5 + 32
    def __repr__(self): return "Temp(%s)" % self._c
    __str__ = __repr__
print(Temp(100).f, str(Temp(5)), [Temp(1)])
d = {}
d.setdefault(Temp, []).append(1)
print(len(d), callable(Temp), callable(Temp(1)))
print(isinstance(True, int), isinstance(2**80, (float, int)), issubclass(bool, int), issubclass(ValueError, (KeyError, Exception)))
