# Descriptors the program defines (__get__/__set__/__set_name__, data before the
# instance dict, non-data after: a lazy attribute), property setter/deleter/getter.
class Temp:
    def __init__(self): self._c = 0
    @property
    def c(self): return self._c
    @c.setter
    def c(self, v):
        if v < -273: raise ValueError("too cold")
        self._c = v
    @c.deleter
    def c(self): print("deleting"); del self._c
    @property
    def f(self): return self._c * 9 / 5 + 32
t = Temp(); t.c = 100; print(t.c, t.f)
try: t.c = -300
except ValueError as e: print("VE", e)
try: t.f = 3
except AttributeError as e: print("AE", e)
del t.c
try: print(t.c)
except AttributeError as e: print("AE", e)
class Typed:
    def __init__(self, name, typ): self.name, self.typ = name, typ
    def __set_name__(self, owner, name): self.attr = "_" + name
    def __get__(self, obj, objtype=None):
        if obj is None: return self
        return getattr(obj, self.attr, None)
    def __set__(self, obj, v):
        if not isinstance(v, self.typ): raise TypeError(f"{self.name} must be {self.typ.__name__}")
        setattr(obj, self.attr, v)
class Pt:
    x = Typed("x", int)
    y = Typed("y", (int, float).__class__ and float)
    def __init__(self, x, y): self.x = x; self.y = y
p = Pt(1, 2.0); print(p.x, p.y, p.__dict__)
try: Pt("a", 1.0)
except TypeError as e: print("TE", e)
print(type(Pt.x).__name__)
class Lazy:
    def __init__(self, f): self.f = f
    def __get__(self, obj, t):
        v = self.f(obj); setattr(obj, self.f.__name__, v); return v
class W:
    @Lazy
    def heavy(self): print("computing"); return 42
w = W(); print(w.heavy, w.heavy)
class G:
    def __getattr__(self, n):
        if n.startswith("get_"): return lambda: n[4:]
        raise AttributeError(f"no {n}")
    real = 1
g = G(); print(g.get_foo(), g.real)
try: g.zzz
except AttributeError as e: print("AE", e)
print(hasattr(g, "zzz"), getattr(g, "q", "dflt"))
class Sl:
    @staticmethod
    def s(a, b=2): return a + b
print(Sl.s(1), Sl().s(1, 5))
print(property.__name__, type(Temp.c))
class Ro:
    def __get__(self, obj, owner):
        return "ro" if obj is not None else "class"
    def __set__(self, obj, v):
        raise AttributeError("read-only")
class Has:
    r = Ro()
h = Has()
print(h.r, Has.r)
try:
    h.r = 1
except AttributeError as e:
    print("AE", e)
h.__dict__["r"] = "shadow"
print(h.r)
class Names:
    def __set_name__(self, owner, name):
        print("set_name", owner.__name__, name)
class Owner:
    a = Names()
    b = Names()
class P2:
    def __init__(self): self._v = 1
    def _get(self): return self._v
    def _set(self, v): self._v = v * 10
    def _del(self): print("del v")
    v = property(_get, _set, _del)
p2 = P2(); p2.v = 3; print(p2.v); del p2.v
print(P2.v.fget is P2._get, P2.v.fset is P2._set, P2.v.fdel is P2._del)
class NoDel:
    @property
    def x(self): return 1
try:
    del NoDel().x
except AttributeError as e:
    print("AE", e)
