# batch: 1
# batches: 2
# A program's own exception hierarchy raised in a parser and caught in the map function:
# raise ... from, __cause__ / __context__, args, str and repr of exceptions, try/except/
# else/finally in flatMap, exception groups of handlers (except (A, B)), and re-raising.
class ParseError(Exception):
    def __init__(self, line, reason):
        super().__init__(line, reason)
        self.line = line
        self.reason = reason

    def __str__(self):
        return f"cannot parse {self.line!r}: {self.reason}"


class EmptyLine(ParseError):
    pass


class BadNumber(ParseError, ValueError):
    pass


def parse(line):
    if not line.strip():
        raise EmptyLine(line, "empty")
    key, _, value = line.partition("=")
    try:
        return key.strip(), int(value)
    except ValueError as e:
        raise BadNumber(line, "not a number") from e


def safe(line):
    try:
        k, v = parse(line)
    except EmptyLine as e:
        return ("empty", repr(e), e.args)
    except (BadNumber, KeyError) as e:
        cause = e.__cause__
        return ("bad", str(e), type(cause).__name__, str(cause), isinstance(e, ValueError))
    else:
        return ("ok", k, v)
    finally:
        pass


def steps(line):
    out = []
    try:
        try:
            out.append(parse(line))
        except ParseError:
            out.append("inner")
            raise
        finally:
            out.append("finally")
    except ValueError as e:
        out.append(("outer", type(e).__name__, e.__context__ is not None, e.__suppress_context__))
    except Exception as e:
        out.append(("other", e.reason, e.__cause__))
    return out


data = [[["a=1", "b=x", "  "], ["c = 7", "d=3.5"]],
        [["e=", "f=-4"]]]
lines = ssc.queueStream(createQUEUERDD(data))
lines.map(safe).pprint()
nuevoDStream = lines.flatMap(steps)
nuevoDStream.pprint(10)
lines.map(safe).filter(lambda r: r[0] == "ok").map(lambda r: r[2]).reduce(lambda a, b: a + b).pprint()
