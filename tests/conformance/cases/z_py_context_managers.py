# batch: 1
# batches: 2
# Context managers written by a student: a class with __enter__/__exit__ that logs and
# swallows one kind of error, contextlib.contextmanager generators, nested with-statements,
# and contextlib.suppress, used inside mapPartitions and foreachRDD.
import contextlib


class Section:
    def __init__(self, log, name, swallow=()):
        self.log, self.name, self.swallow = log, name, swallow

    def __enter__(self):
        self.log.append("enter " + self.name)
        return self

    def __exit__(self, exc_type, exc, tb):
        self.log.append(f"exit {self.name} {exc_type.__name__ if exc_type else None}")
        return exc_type is not None and issubclass(exc_type, self.swallow)


@contextlib.contextmanager
def tagged(log, tag):
    log.append("<" + tag + ">")
    try:
        yield tag.upper()
    except ZeroDivisionError:
        log.append("div!")
    finally:
        log.append("</" + tag + ">")


def per_partition(records):
    log = []
    total = 0
    with Section(log, "part", swallow=(ValueError,)) as sec:
        for r in records:
            with tagged(log, "r") as t:
                total += 10 // int(r)
                log.append(t + str(total))
        int("boom")
        log.append("not reached")
    log.append(sec.name)
    with contextlib.suppress(KeyError), Section(log, "inner"):
        {}["missing"]
    yield total
    yield log


data = [[["1", "2"], ["0", "5"]], [["3"], []]]
nums = ssc.queueStream(createQUEUERDD(data))
nuevoDStream = nums.mapPartitions(per_partition)
nuevoDStream.pprint()


def show(rdd):
    log = []
    with Section(log, "driver"):
        log.append(rdd.count())
    try:
        with Section(log, "fail", swallow=(KeyError,)):
            raise IndexError("x")
    except IndexError as e:
        log.append(repr(e))
    print(log)


nums.foreachRDD(show)
