# Multiple inheritance by C3 (diamonds, mixins), super() in methods and classmethods,
# __mro__/mro()/__base__/__qualname__, and the MRO errors, as CPython 3.11.
class A:
    def who(self): return "A"
    def chain(self): return ["A"]
class B(A):
    def who(self): return "B" + super().who()
    def chain(self): return ["B"] + super().chain()
class C(A):
    def who(self): return "C" + super().who()
    def chain(self): return ["C"] + super().chain()
class D(B, C):
    def chain(self): return ["D"] + super().chain()
print(D().who(), D().chain())
print([k.__name__ for k in D.__mro__])
print(D.mro() == list(D.__mro__))
class LogMixin:
    def log(self, m): return f"[{type(self).__name__}] {m}"
class JsonMixin:
    def to_json(self):
        import json
        return json.dumps(self.__dict__, sort_keys=True)
class P(LogMixin, JsonMixin):
    def __init__(self, x, y): self.x, self.y = x, y
p = P(1, "a")
print(p.log("hi"), p.to_json())
print(isinstance(p, LogMixin), issubclass(P, (int, JsonMixin)))
class Base:
    count = 0
    @classmethod
    def make(cls, *a):
        cls.count += 1
        return cls(*a)
class Child(Base):
    def __init__(self, v=0): self.v = v
    @classmethod
    def make(cls, *a):
        o = super().make(*a)
        o.v += 100
        return o
c = Child.make(5)
print(c.v, Child.count, Base.count)
try:
    class X(A, B): pass
except TypeError as e:
    print("TypeError", e)
print(B.__bases__, D.__base__)
print(B.__name__, B.__qualname__, B.__module__)
class Outer:
    class Inner: pass
print(Outer.Inner.__qualname__, Outer.Inner)
print(repr(Outer.Inner())[:27])
print(float.is_integer(2.0), int.bit_length(255), float.hex(1.0))
print(int.__mro__, bool.__mro__, KeyError.__mro__)
class A: pass
class B(A): pass
try:
    class C(A, A): pass
except TypeError as e: print(e)
print(B.__base__, A.__base__, B.mro())
class E(ValueError): pass
print(E.__mro__)
class L(list): pass
print(L.__mro__)
