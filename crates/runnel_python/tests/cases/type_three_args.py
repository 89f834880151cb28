# type(name, bases, dict): classes made by a call, as a class statement makes them.
def init(self, x, y=0):
    self.x = x
    self.y = y

def norm(self):
    return abs(self.x) + abs(self.y)

Point = type("Point", (), {"__init__": init, "norm": norm, "dims": 2,
                           "__repr__": lambda self: f"Point({self.x}, {self.y})"})
p = Point(3, -4)
print(Point, Point.__name__, Point.__qualname__, Point.__bases__, Point.dims)
print(p, p.norm(), p.x, isinstance(p, Point), type(p) is Point, Point.__doc__)

class Base:
    kind = "base"
    def hello(self):
        return "hello from " + type(self).__name__

Child = type("Child", (Base,), {"kind": "child", "extra": staticmethod(lambda: 42)})
c = Child()
print(c.hello(), c.kind, Base.kind, Child.extra(), issubclass(Child, Base), Child.__mro__)

class Grand(Child):
    def hello(self):
        return super().hello() + "!"

print(Grand().hello(), Grand.__mro__)

Err = type("Err", (ValueError,), {})
try:
    raise Err("bad")
except ValueError as e:
    print(type(e).__name__, e, isinstance(e, Err))

Counter = type("Counter", (), {"count": 0, "bump": classmethod(lambda cls: setattr(cls, "count", cls.count + 1))})
Counter.bump()
Counter.bump()
print(Counter.count, Counter().count)

Empty = type("Empty", (object,), {})
print(Empty, type(Empty()), type(Empty).__name__, Empty.__bases__, Base.__bases__)

def show(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)

show(lambda: type("A", (), {}, 1))
show(lambda: type(1, (), {}))
show(lambda: type("A", [], {}))
show(lambda: type("A", (), []))
show(lambda: type("A", (1,), {}))
show(lambda: type())
show(lambda: type("A", ()))
