def counted(x):
    counted.calls += 1
    return (x, counted.tag)
counted.calls = 0
counted.tag = "T"
print(counted(1), counted.calls, counted.__dict__)
def f(a: int, b: str = "x", *args, c: float = 1.5, d, **kw) -> bool:
    return True
print(f.__annotations__)
print(f.__defaults__, f.__kwdefaults__, f.__dict__)
print(f.__code__.co_argcount, f.__code__.co_varnames, f.__code__.co_name, f.__code__.co_kwonlyargcount)
def g(x, y=2):
    z = 1
    def inner():
        return z
    w = inner()
    return w
print(g.__annotations__, g.__defaults__, g.__kwdefaults__, g.__code__.co_varnames, g.__code__.co_argcount)
print(g.__annotations__ is g.__annotations__)
print((lambda q, r=3: q).__defaults__, (lambda q: q).__annotations__)
def h(x: list, y: "Tweet" = None, *rest: int, **opts: str) -> dict:
    pass
print(h.__annotations__)
class C:
    def m(self, n: int) -> str:
        return str(n)
print(C.m.__annotations__, C().m.__annotations__, C().m.__func__ is C.m, C().m.__name__)
def deco(fn):
    def wrapper(*a):
        wrapper.calls += 1
        return fn(*a)
    wrapper.calls = 0
    return wrapper
@deco
def add(a: int, b: int) -> int:
    return a + b
add(1, 2)
add(3, 4)
print(add.calls, add.__annotations__, add.__code__.co_varnames)
