# Each snippet raises; CPython's exception type and message are the reference.
snippets = [
    lambda: 1 / 0,
    lambda: 1 // 0,
    lambda: 1 % 0,
    lambda: 1.0 / 0,
    lambda: 1.5 // 0.0,
    lambda: [1][3],
    lambda: (1,)[3],
    lambda: "ab"[5],
    lambda: {}["k"],
    lambda: {}[0],
    lambda: [1]["a"],
    lambda: 5[0],
    lambda: None[0],
    lambda: "a" + 1,
    lambda: [1] + 1,
    lambda: 1 + "a",
    lambda: 1 + None,
    lambda: "a" * "b",
    lambda: -"a",
    lambda: 1 < "a",
    lambda: "a" > 1,
    lambda: [1] <= "a",
    lambda: None.foo,
    lambda: [].add(1),
    lambda: "x".nope,
    lambda: 5(),
    lambda: "s"(),
    lambda: len(5),
    lambda: len(1, 2),
    lambda: int("x1"),
    lambda: int(""),
    lambda: float("abc"),
    lambda: int([1]),
    lambda: float(None),
    lambda: {[1]: 2},
    lambda: {[1]},
    lambda: hash([]),
    lambda: max([]),
    lambda: min(()),
    lambda: [].pop(),
    lambda: [1].remove(5),
    lambda: [1].index(5),
    lambda: "abc".index("z"),
    lambda: (1, 2).index(5),
    lambda: range("a"),
    lambda: range(1, 2, 0),
    lambda: iter(5),
    lambda: next(iter([])),
    lambda: list(5),
    lambda: sorted([1, None]),
    lambda: sum(["a"]),
    lambda: sum([1, "a"]),
    lambda: chr(-1),
    lambda: ord("ab"),
    lambda: "a".join([1]),
    lambda: "{} {}".format(1),
    lambda: "{x}".format(y=1),
    lambda: "%d" % "a",
    lambda: "%s %s" % (1,),
    lambda: "%s" % (1, 2),
    lambda: set().pop(),
    lambda: {1}.remove(2),
    lambda: {}.pop("a"),
    lambda: dict([1, 2]),
    lambda: round("a"),
    lambda: abs("a"),
    lambda: divmod(1, 0),
    lambda: "".split(""),
    lambda: "a".startswith(1),
    lambda: isinstance(1, 1),
    lambda: (lambda a: a)(),
    lambda: (lambda a: a)(1, 2),
    lambda: (lambda: 0)(1),
    lambda: (lambda a, b=1: a)(1, 2, 3),
    lambda: (lambda a: a)(b=1),
    lambda: (lambda a, b, c: a)(1),
    lambda: print(sep=1),
    lambda: 2 ** -1 // 0,
    lambda: 0.0 ** -1,
    lambda: [1, 2, 3][1:2:0],
]
for i, s in enumerate(snippets):
    try:
        s()
        print(i, "no error")
    except Exception as e:
        print(i, type(e).__name__ + ":", e)

def unpack_checks():
    for value in [5, [1], [1, 2, 3], None, "ab"]:
        try:
            a, b = value
            print("ok", a, b)
        except (TypeError, ValueError) as e:
            print(type(e).__name__ + ":", e)
unpack_checks()

def t():
    x = (1, 2)
    x[0] = 5
try:
    t()
except TypeError as e:
    print(e)
def u():
    s = "abc"
    s[0] = "z"
try:
    u()
except TypeError as e:
    print(e)
def undefined_in_function():
    return missing_name + 1
try:
    undefined_in_function()
except NameError as e:
    print(e)
