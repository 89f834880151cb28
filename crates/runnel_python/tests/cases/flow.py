def find_first_even(xs):
    for x in xs:
        try:
            if x % 2 == 0:
                return x
        finally:
            print("checked", x)
    return None
print(find_first_even([1, 3, 4, 5]))
for i in range(5):
    try:
        if i == 1:
            continue
        if i == 3:
            break
        print("body", i)
    except Exception:
        pass
    finally:
        print("finally", i)
def swallow():
    for i in range(3):
        try:
            raise ValueError(i)
        except ValueError as e:
            if str(e) == "1":
                continue
            print("handled", e)
    return "done"
print(swallow())
def nested_try():
    try:
        try:
            {}["x"]
        except IndexError:
            print("wrong handler")
        finally:
            print("inner finally")
    except KeyError as e:
        print("outer caught", e)
nested_try()
def raise_in_except():
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError("convertido")
try:
    raise_in_except()
except ValueError as e:
    print(e)
d = {"a": 1}
d["a"] += 5
lst = [1, 2, 3]
lst[-1] *= 10
print(d, lst)
x = 10
def shadow():
    x = 1
    def inner():
        return x
    x = 2
    return inner()
print(shadow(), x)
def counter_factory():
    count = [0]
    def inc():
        count[0] += 1
        return count[0]
    return inc
inc = counter_factory()
inc()
print(inc())
def deep_closure():
    a = 1
    def l1():
        b = 2
        def l2():
            nonlocal a
            a += b
            return a
        return l2
    return l1()()
print(deep_closure())
def gen_with_return(n):
    for i in range(n):
        if i == 2:
            return
        yield i
print(list(gen_with_return(10)))
del d["a"]
y = 5
del y
try:
    print(y)
except NameError as e:
    print(e)
memo = {}
def fibm(n):
    if n in memo:
        return memo[n]
    r = n if n < 2 else fibm(n - 1) + fibm(n - 2)
    memo[n] = r
    return r
print(fibm(90))
a = b = [1]
print(a is b, [1] is [1], None is not None, 1 if a else 2)
i = 0
while i < 10:
    i += 1
    if i % 2:
        continue
    if i > 6:
        break
else:
    print("no")
print(i)
print([1, 2, 3][::-1], list(range(10))[-3:], list(range(10))[8:2:-2], "hello"[-3:-1])
m = list(range(6))
m[::2] = [10, 20, 30]
print(m)
def default_mutable(x, acc=[]):
    acc.append(x)
    return acc
default_mutable(1)
print(default_mutable(2))
