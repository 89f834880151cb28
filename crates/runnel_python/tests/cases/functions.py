def suma(a, b=10, *args):
    return a + b + sum(args)

print(suma(1), suma(1, 2), suma(1, 2, 3, 4), suma(b=5, a=1))

def kw(a, *, sep="-", **rest):
    return sep.join([a] + sorted(rest))

print(kw("x"), kw("x", sep="+", z=1, y=2))

def contador():
    n = 0
    def inc():
        nonlocal n
        n += 1
        return n
    return inc

c = contador()
c()
c()
print(c())

total = 0
def add_global(x):
    global total
    total += x
add_global(5)
add_global(7)
print(total)

def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)
print(fact(10), fact(20))

def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)
print([fib(i) for i in range(15)])

def make_adders():
    return [lambda x, i=i: x + i for i in range(3)]
print([f(10) for f in make_adders()])

def outer():
    x = "outer"
    def middle():
        def inner():
            return x
        return inner()
    return middle()
print(outer())

def gen(n):
    for i in range(n):
        if i % 2 == 0:
            yield i * i
print(list(gen(7)), sum(gen(5)))
g = gen(3)
print(next(g), next(g), next(g, "fin"))

def no_return():
    pass
print(no_return())
f = lambda: "sin args"
print(f(), (lambda *a: len(a))(1, 2, 3))
print(list(map(lambda x: x * 2, [1, 2, 3])), list(filter(None, [0, 1, 2])), list(map(pow, [2, 3], [3, 2])))
print(list(zip([1, 2, 3], "ab")), list(enumerate("ab", start=1)), list(reversed([1, 2, 3])))
args = [1, 2]
opts = {"b": 3}
def three(a, b, c=0):
    return (a, b, c)
print(three(*args), three(1, **opts), three(*[1], **{"b": 2, "c": 3}))
def early(xs):
    for x in xs:
        if x > 2:
            return x
    return None
print(early([1, 2, 3, 4]), early([]))
