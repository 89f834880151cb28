# batch: 1
# batches: 2
# What pprint and print show for objects: str() for the record itself, repr() inside
# containers; a class with only __str__, only __repr__, both; nested containers of
# objects, None, bools, bytes, sets and frozensets, and f-string debugging (=).
class OnlyStr:
    def __init__(self, v):
        self.v = v

    def __str__(self):
        return "S<%s>" % self.v


class OnlyRepr:
    def __init__(self, v):
        self.v = v

    def __repr__(self):
        return "R<%s>" % self.v


class Both(OnlyRepr):
    def __str__(self):
        return "B<%s>" % self.v


data = [[["uno", "dos"], ["tres"]], [["cuatro"]]]
words = ssc.queueStream(createQUEUERDD(data))
words.map(OnlyRepr).pprint()
words.map(Both).pprint()
words.map(lambda w: (Both(w), OnlyRepr(len(w)), [Both(w[0])], {w: Both(w[-1])})).pprint()
words.map(lambda w: (str(OnlyStr(w)), f"{OnlyStr(w)}", f"{Both(w)!r}", f"{len(w)=}", f"{w=!s:>8}", w.encode(), frozenset([len(w)]))).pprint()
words.map(lambda w: (None, True, b"x" + w.encode()[:2], {len(w)}, (w,), [], {}, set(), ())).pprint()


def show(t, rdd):
    for w in rdd.collect():
        print(Both(w), OnlyStr(w), [OnlyRepr(w)], sep=" | ", end=" ;\n")


words.foreachRDD(show)
