class S:
    __slots__ = ("a", "b")
    def __init__(self):
        self.a = 1
s = S()
print(s.a)
try:
    s.c = 3
except AttributeError as e:
    print("AttributeError", e)
try:
    print(s.b)
except AttributeError as e:
    print("AttributeError", e)
s.b = 2
print(s.a, s.b)
del s.a
print(hasattr(s, "a"))

class Sub(S):
    __slots__ = ["c"]
s2 = Sub()
s2.c = 9
print(s2.a, s2.c)
try:
    s2.d = 1
except AttributeError as e:
    print("AttributeError", e)

class Free(S):
    pass
fr = Free()
fr.anything = 1
print(fr.anything)

class One:
    __slots__ = "only"
o = One()
o.only = "yes"
print(o.only)
try:
    o.other = 1
except AttributeError as e:
    print("AttributeError", e)

class WithDict:
    __slots__ = ("x", "__dict__")
w = WithDict()
w.x = 1
w.y = 2
print(w.x, w.y)

class Point:
    __slots__ = ("x", "y")
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self):
        return f"Point({self.x}, {self.y})"
pts = sorted([Point(3, 1), Point(1, 2)], key=lambda p: p.x)
print(pts, Point.__slots__)
