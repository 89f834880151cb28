# Built-in exception values keep their args, identity and chain (__cause__, __context__,
# __suppress_context__) from raise to except, as CPython's; errors the interpreter raises
# inside a handler get the handled exception as context.
try:
    try: 1/0
    except ZeroDivisionError as e: raise ValueError("wrapped") from e
except ValueError as e: print(repr(e), repr(e.__cause__), e.__suppress_context__, repr(e.__context__))
try:
    try: {}["x"]
    except KeyError: raise RuntimeError("during")
except RuntimeError as e: print(repr(e.__context__), e.__cause__, e.__suppress_context__)
try:
    try: raise TypeError("inner")
    except TypeError: int("zz")
except ValueError as e: print(repr(e), repr(e.__context__))
try:
    try: raise TypeError("inner")
    except TypeError as t: raise
except TypeError as e: print(repr(e), e.__context__)
try: raise ZeroDivisionError("z", 2)
except ArithmeticError as e: print(repr(e), str(e), e.args)
try: raise KeyError("k", 1)
except KeyError as e: print(repr(e), str(e), e.args)
try: raise ValueError()
except ValueError as e: print(repr(e), str(e), e.args)
err = ValueError("x")
try: raise err
except ValueError as e: print(e is err, e.with_traceback(None) is err, e.__traceback__)
try:
    try: raise OSError("a")
    except OSError as e: raise ValueError("b") from None
except ValueError as e: print(e.__cause__, e.__suppress_context__, repr(e.__context__))
def f():
    try: return 1 / 0
    except ZeroDivisionError: raise LookupError("no")
try: f()
except LookupError as e: print(repr(e), repr(e.__context__))
