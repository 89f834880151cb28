# batch: 1
# batches: 2
# A user exception hierarchy raised and caught inside map functions: try/except/else/
# finally, raise ... from, exception args and str, assert, a with-statement context
# manager that swallows one error type.
class BadRecord(Exception):
    def __init__(self, line, why):
        super().__init__(line, why)
        self.line = line
        self.why = why

    def __str__(self):
        return "bad %r: %s" % (self.line, self.why)


class EmptyRecord(BadRecord):
    pass


class Quiet:
    def __init__(self, log):
        self.log = log

    def __enter__(self):
        self.log.append("in")
        return self

    def __exit__(self, typ, val, tb):
        self.log.append("out:" + (typ.__name__ if typ else "ok"))
        return typ is not None and issubclass(typ, ValueError)


def parse(line):
    if not line.strip():
        raise EmptyRecord(line, "empty")
    try:
        name, age = line.split(":")
        age = int(age)
    except ValueError as e:
        raise BadRecord(line, "format") from e
    assert age >= 0, "negative age"
    return name, age


def safe(line):
    log = []
    try:
        result = parse(line)
    except EmptyRecord as e:
        result = ("empty", type(e).__name__, e.args)
    except BadRecord as e:
        result = ("bad", str(e), type(e.__cause__).__name__, isinstance(e, Exception))
    except AssertionError as e:
        result = ("assert", str(e))
    else:
        result = ("ok",) + result
    finally:
        log.append("done")
    with Quiet(log):
        int(line)
    return result + (tuple(log),)


data = [[["ana:30", "  ", "bob:x"], ["eva:-1", "zoe:4:5"]], [["7", "luis:22"]]]
ssc.queueStream(createQUEUERDD(data)).map(safe).pprint()
