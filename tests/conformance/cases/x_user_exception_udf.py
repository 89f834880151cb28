# batch: 1
# batches: 3
# A user-defined exception raised and caught inside a UDF, matched by its class hierarchy.
class BadRecord(ValueError):
    def __init__(self, line, reason):
        super().__init__("bad record %r: %s" % (line, reason))
        self.line = line


class EmptyRecord(BadRecord):
    pass


def parse(line):
    if not line.strip():
        raise EmptyRecord(line, "empty")
    name, _, value = line.partition("=")
    if not value:
        raise BadRecord(line, "no value")
    return (name.strip(), int(value))


def safe(line):
    try:
        return parse(line)
    except EmptyRecord as e:
        return ("empty", repr(e))
    except BadRecord as e:
        return ("bad", str(e), e.line, type(e).__name__, isinstance(e, ValueError))
    except ValueError as e:
        return ("not a number", str(e))


data = [[["a=1", "b=2", "  "], ["c"]], [["d=x", "e=5"], ["f=6", ""]]]
lines = ssc.queueStream(createQUEUERDD(data))
nuevoDStream = lines.map(safe)
nuevoDStream.pprint()
