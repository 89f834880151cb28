# Exception hierarchy, except tuples, else/finally ordering, return in finally, args/str/
# repr of built-in and custom exceptions, __mro__, sys.exc_info, add_note, an uncaught
# exception with a custom __str__.
class AppError(Exception): pass
class DbError(AppError):
    def __init__(self, code, msg):
        super().__init__(code, msg)
        self.code = code
    def __str__(self): return f"[{self.code}] {self.args[1]}"
try: raise DbError(5, "down")
except AppError as e: print(type(e).__name__, e, repr(e), e.args, e.code)
for exc in [ValueError("v"), KeyError("k"), IndexError(), ZeroDivisionError("z", 2)]:
    try: raise exc
    except (KeyError, IndexError) as e: print("lookup", repr(e), str(e), isinstance(e, LookupError))
    except ArithmeticError as e: print("arith", repr(e), str(e), e.args)
    except Exception as e: print("other", repr(e), str(e))
def f(x):
    try:
        print("try", x)
        if x == 1: raise ValueError("one")
        if x == 2: return "ret"
    except ValueError as e:
        print("except", e); return "exc"
    else:
        print("else")
    finally:
        print("finally")
    return "end"
for i in range(3): print(f(i))
def g():
    try: return 1
    finally: return 2
print(g())
def h():
    for i in range(3):
        try:
            if i == 1: continue
            print("body", i)
        finally:
            print("fin", i)
h()
try:
    try: 1/0
    except ZeroDivisionError as e: raise ValueError("wrapped") from e
except ValueError as e: print(repr(e))
try:
    try: {}["x"]
    except KeyError: raise RuntimeError("during")
except RuntimeError as e: print(repr(e))
print(repr(Exception()), str(Exception()), repr(Exception("a", 1)), str(Exception("a", 1)), str(KeyError("a")), str(KeyError("a", "b")))
e = ValueError("x"); print(e.args, e.with_traceback(None) is e)
print(issubclass(KeyError, LookupError), issubclass(StopIteration, Exception), issubclass(KeyboardInterrupt, Exception), BaseException.__subclasses__ if False else "")
print(ValueError.__mro__)
print(ZeroDivisionError.__mro__)
try: raise TypeError
except TypeError as e: print(repr(e), e.args)
try: raise 5
except TypeError as e: print(e)
try:
    x = [1][5]
except Exception as e:
    print(type(e).__name__, e)
import sys
try: raise ValueError("info")
except: t, v, tb = sys.exc_info(); print(t, v)
print(sys.exc_info())
def deep():
    raise AppError("bottom")
try: deep()
except AppError as e: print(f"caught {e!r}")
class WithNotes(Exception): pass
e = WithNotes("n"); e.add_note("note1"); print(e.__notes__)
raise DbError(7, "final")
