# __setattr__, __delattr__, __getattribute__ and __getattr__, with object's and super()'s
# plain operations underneath.
class T:
    def __init__(self):
        object.__setattr__(self, "log", [])
    def __setattr__(self, k, v):
        self.log.append(k)
        super().__setattr__(k, v * 2 if isinstance(v, int) else v)
    def __delattr__(self, k):
        print("del", k)
        super().__delattr__(k)
t = T()
t.x = 1
t.y = "a"
print(t.log, t.x, t.y)
del t.x
print(hasattr(t, "x"), t.log)
try:
    del t.nope
except AttributeError as e:
    print("AttributeError", e)
setattr(t, "z", 5)
print(t.z, getattr(t, "z"), t.log)

class G:
    def __init__(self):
        self.z = 5
    def __getattribute__(self, k):
        if k == "magic":
            return 42
        if k == "hidden":
            raise AttributeError("hidden on purpose")
        return object.__getattribute__(self, k)
    def __getattr__(self, k):
        return "fallback " + k
g = G()
print(g.magic, g.z, g.hidden, g.other)

class Loud(G):
    def __getattribute__(self, k):
        print("get", k)
        return super().__getattribute__(k)
lo = Loud()
print(lo.z, lo.magic)

class F:
    def __getattr__(self, k):
        if k.startswith("_"):
            raise AttributeError(k)
        return k * 2
f = F()
print(f.ab, hasattr(f, "_x"), getattr(f, "_y", "dflt"))

class Frozen:
    def __init__(self, v):
        object.__setattr__(self, "v", v)
    def __setattr__(self, k, v):
        raise AttributeError(f"{type(self).__name__} is frozen")
fr = Frozen(3)
try:
    fr.v = 4
except AttributeError as e:
    print("AttributeError", e)
print(fr.v)

class Record:
    def __init__(self, **kw):
        for k, v in kw.items():
            setattr(self, k, v)
    def __setattr__(self, k, v):
        if not isinstance(v, (int, str)):
            raise TypeError(f"{k} must be int or str")
        object.__setattr__(self, k, v)
r = Record(a=1, b="x")
print(r.a, r.b)
try:
    Record(c=1.5)
except TypeError as e:
    print("TypeError", e)

class Plain:
    pass
p = Plain()
setattr(p, "k", 1)
print(p.k, getattr(p, "k"))
delattr(p, "k")
print(hasattr(p, "k"))
try:
    delattr(p, "k")
except AttributeError as e:
    print("AttributeError", e)
try:
    setattr(p, 3, 1)
except TypeError as e:
    print("TypeError", e)
