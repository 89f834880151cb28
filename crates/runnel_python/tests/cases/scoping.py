def uses_later_global():
    return later * 2
later = 21
print(uses_later_global())
def shadow_builtin(len):
    return len + 1
print(shadow_builtin(1), len("abc"))
def calls_later():
    return defined_after()
def defined_after():
    return "after"
print(calls_later())
def outer():
    def inner():
        return value
    value = "assigned after def"
    return inner()
print(outer())
def g():
    global counter
    counter = 100
g()
print(counter)
def mixes():
    k = 3
    f = lambda xs: [x * k for x in xs]
    return f([1, 2])
print(mixes())
def closures_in_comp():
    k = 10
    fs = [lambda: (i, k) for i in range(3)]
    return [f() for f in fs]
print(closures_in_comp())
def nested_comp():
    return [[(i, j) for j in range(i)] for i in range(3)]
print(nested_comp())
def gen_uses_param(n):
    return list(x + n for x in range(3))
print(gen_uses_param(10))
max_ = max
def local_max():
    max = lambda *a: "shadowed"
    return max(1, 2)
print(local_max(), max_(1, 2))
def rec_inner(n):
    def fact(k):
        return 1 if k <= 1 else k * fact(k - 1)
    return fact(n)
print(rec_inner(6))
x = "module"
def reads_module_x():
    return [x for _ in range(2)]
print(reads_module_x())
def make():
    items = []
    def add(v):
        items.append(v)
        return len(items)
    return add, items
add, items = make()
add(1)
add(2)
print(items)
def param_cell(a, b=2):
    def get():
        return a + b
    a = a * 10
    return get()
print(param_cell(1))
def star_cell(*args, **kw):
    return (lambda: (args, sorted(kw)))()
print(star_cell(1, 2, z=3))
y = 1
def walrus():
    if (n := len("abcd")) > 3:
        return n
print(walrus(), [v for v in range(5) if (w := v * 2) > 4], w)
def try_scope():
    try:
        raise ValueError("v")
    except ValueError as err:
        msg = str(err)
    return msg
print(try_scope())
for loop_var in range(3):
    pass
print(loop_var)
def default_uses_global(v=later):
    return v
later = 0
print(default_uses_global())
