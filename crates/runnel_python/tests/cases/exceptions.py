try:
    1 / 0
except ZeroDivisionError as e:
    print("caught", e)
try:
    [][1]
except LookupError as e:
    print("lookup", type(e).__name__, e)
try:
    {}["k"]
except KeyError as e:
    print("key", e, repr(e))
try:
    int("abc")
except (TypeError, ValueError) as e:
    print("value", e)
try:
    raise ValueError("malo")
except Exception as e:
    print("exc", e, e.args)
finally:
    print("finally")
try:
    pass
except Exception:
    print("no")
else:
    print("else runs")
def f():
    try:
        return "try"
    finally:
        print("cleanup")
print(f())
def g():
    try:
        raise KeyError("x")
    except KeyError:
        raise
try:
    g()
except KeyError as e:
    print("reraised", e)
try:
    undefined_name
except NameError as e:
    print(e)
try:
    "a" + 1
except TypeError as e:
    print(e)
try:
    None.foo
except AttributeError as e:
    print(e)
try:
    assert 1 == 2, "afirmación"
except AssertionError as e:
    print("assert", e)
try:
    raise RuntimeError
except RuntimeError as e:
    print("bare class", repr(str(e)))
for exc in [IndexError, KeyError, ZeroDivisionError, OverflowError]:
    try:
        raise exc("m")
    except ArithmeticError:
        print("arith", exc.__name__)
    except LookupError:
        print("lookup", exc.__name__)
print(isinstance(ValueError("x"), Exception), isinstance(1, int), isinstance(True, int), isinstance("s", (int, str)))
def local_unbound():
    print(v)
    v = 1
try:
    local_unbound()
except UnboundLocalError as e:
    print(e)
try:
    (1, 2)[5]
except IndexError as e:
    print(e)
try:
    x, y = [1, 2, 3]
except ValueError as e:
    print(e)
try:
    int(None)
except TypeError as e:
    print(e)
