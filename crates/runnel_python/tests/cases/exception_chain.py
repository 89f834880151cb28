# __cause__, __context__ and __suppress_context__ of a program's exceptions.
class AppError(Exception):
    pass


class ParseError(AppError):
    def __init__(self, line):
        super().__init__("cannot parse %r" % line)
        self.line = line


def parse(line):
    try:
        return int(line)
    except ValueError as e:
        raise ParseError(line) from e


for line in ["12", "x"]:
    try:
        print(parse(line))
    except ParseError as e:
        print(e, e.line, type(e.__cause__).__name__, e.__suppress_context__, e.__context__ is e.__cause__)

try:
    try:
        raise AppError("first")
    except AppError:
        raise ParseError("second")
except ParseError as e:
    print(repr(e.__context__), e.__cause__, e.__suppress_context__)

try:
    try:
        raise AppError("first")
    except AppError:
        raise ParseError("third") from None
except ParseError as e:
    print(repr(e.__context__), e.__cause__, e.__suppress_context__)

err = AppError("fresh")
print(err.__cause__, err.__context__, err.__suppress_context__)
try:
    raise AppError("outer") from AppError("why")
except AppError as e:
    print(repr(e.__cause__), e.__context__)
