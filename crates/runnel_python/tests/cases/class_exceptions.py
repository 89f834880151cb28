# User exceptions: hierarchy, args, str, repr, raise from, matching by class.
class AppError(Exception):
    pass


class ParseError(AppError):
    def __init__(self, line, reason):
        super().__init__(f"line {line}: {reason}")
        self.line = line


class Quiet(ValueError):
    def __str__(self):
        return "quiet!"


e = AppError("bad", 2)
print(e, repr(e), e.args, str(AppError()), repr(AppError()), repr(AppError("x")))
try:
    raise ParseError(3, "oops")
except AppError as err:
    print(type(err).__name__, err, err.args, err.line, isinstance(err, Exception), isinstance(err, ParseError))
try:
    raise Quiet("x")
except ValueError as err:
    print("caught as ValueError:", err, repr(err))
try:
    raise AppError
except Exception as err:
    print("class raised:", repr(err))
try:
    try:
        int("x")
    except ValueError as inner:
        raise AppError("wrapped") from inner
except AppError as err:
    print("from:", err)
try:
    raise ParseError(1, "a")
except (KeyError, ParseError) as err:
    print("tuple:", err.line)
try:
    try:
        raise AppError("inner")
    except ParseError:
        print("wrong")
except AppError as err:
    print("outer:", err)


def check(x):
    if x < 0:
        raise ParseError(x, "negative")
    return x


out = []
for v in [1, -2, 3]:
    try:
        out.append(check(v))
    except ParseError as err:
        out.append(str(err))
print(out)
print(issubclass(ParseError, AppError), issubclass(ParseError, Exception), issubclass(Quiet, ArithmeticError))
raise ParseError(7, "uncaught")
