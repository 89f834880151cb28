# Truth testing: __bool__'s result is checked, __len__ is used without __bool__, and an
# exception raised inside them propagates, wherever Python tests truth.
class B:
    def __init__(self, v):
        self.v = v

    def __bool__(self):
        return self.v

    def __repr__(self):
        return f"B({self.v!r})"


class L:
    def __init__(self, v):
        self.v = v

    def __len__(self):
        return self.v

    def __repr__(self):
        return f"L({self.v!r})"


class E:
    def __repr__(self):
        return "E()"

    def __bool__(self):
        raise KeyError("inside bool")


class EL:
    def __repr__(self):
        return "EL()"

    def __len__(self):
        raise RuntimeError("inside len")


class Plain:
    def __repr__(self):
        return "Plain()"


def check_while(o):
    n = 0
    while o:
        n += 1
        o = False
    return n


def check_assert(o):
    assert o, "falsy"
    return "ok"


def check_gen(o):
    def g():
        while o:
            yield 1
            return
    return list(g())


def check_match(o):
    match 1:
        case 1 if o:
            return "guard"
        case _:
            return "no"


tests = [
    ("if", lambda o: 1 if o else 0),
    ("stmt-if", lambda o: [x for x in [1] if True] and (1 if bool(o) else 0)),
    ("while", check_while),
    ("not", lambda o: not o),
    ("bool", bool),
    ("and", lambda o: o and "second"),
    ("or", lambda o: o or "second"),
    ("filter", lambda o: list(filter(None, [o]))),
    ("filter-f", lambda o: list(filter(lambda x: x, [o]))),
    ("any", lambda o: any([o])),
    ("all", lambda o: all([o])),
    ("comp", lambda o: [1 for _ in [0] if o]),
    ("genexp", lambda o: list(1 for _ in [0] if o)),
    ("assert", check_assert),
    ("gen", check_gen),
    ("match", check_match),
]
objs = [B(True), B(False), B(1), B(0), B(None), B("x"), L(0), L(3), L(True), L(-1),
        L("a"), L(2 ** 70), L(-2 ** 70), L(1.5), E(), EL(), Plain()]
for o in objs:
    for name, fn in tests:
        try:
            print(repr(o), name, fn(o))
        except Exception as e:
            print(repr(o), name, type(e).__name__, e)


class Sub(list):
    pass


class SubB(list):
    def __bool__(self):
        return True


class SubL(dict):
    def __len__(self):
        return 1


print(bool(SubL()), not SubL(), bool(SubL(a=1)), [1 for x in [SubL()] if x])
print(bool(Sub()), bool(Sub([1])), bool(SubB()), not Sub(), [x for x in [Sub(), Sub([0])] if x])


class Ctx:
    def __enter__(self):
        return self

    def __exit__(self, *a):
        return B(2)


try:
    with Ctx():
        raise ValueError("body")
except Exception as e:
    print("with", type(e).__name__, e)
