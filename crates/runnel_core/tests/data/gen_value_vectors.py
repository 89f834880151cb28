"""Prints Runnel's value test vectors as JSON, computed by CPython 3.11 itself.

Run: PYTHONHASHSEED=0 python3 gen_value_vectors.py > value_vectors.json

Values are encoded as JSON: null/bool/int as themselves (ints beyond i64 as
{"int": decimal digits}), strings as
strings, floats as {"float": repr}, tuples {"tuple": [...]}, lists [...], sets
{"set": [...]}, frozensets {"frozenset": [...]}, dicts {"dict": [[k, v], ...]}.
Errors are {"err": [exception type, message]}.
"""
import json
import math
import os
import sys

assert sys.version_info[:2] == (3, 11), sys.version
assert os.environ.get("PYTHONHASHSEED") == "0", "run with PYTHONHASHSEED=0"

I64 = (-(2**63), 2**63 - 1)


def enc(v):
    if v is None or isinstance(v, (bool, str)):
        return v
    if isinstance(v, int):
        return v if I64[0] <= v <= I64[1] else {"int": str(v)}
    if isinstance(v, float):
        return {"float": repr(v)}
    if isinstance(v, tuple):
        return {"tuple": [enc(x) for x in v]}
    if isinstance(v, list):
        return [enc(x) for x in v]
    if isinstance(v, frozenset):
        return {"frozenset": [enc(x) for x in v]}
    if isinstance(v, set):
        return {"set": [enc(x) for x in v]}
    if isinstance(v, dict):
        return {"dict": [[enc(k), enc(x)] for k, x in v.items()]}
    raise TypeError(type(v))


def fits(v):
    """Whether Runnel can hold v (its ints are 64-bit)."""
    if isinstance(v, bool) or v is None:
        return True
    if isinstance(v, int):
        return I64[0] <= v <= I64[1]
    if isinstance(v, (tuple, list, set, frozenset)):
        return all(fits(x) for x in v)
    if isinstance(v, dict):
        return all(fits(k) and fits(x) for k, x in v.items())
    return True


def outcome(f):
    """The result of f() encoded, or its exception."""
    try:
        r = f()
    except Exception as e:  # noqa: BLE001 - every Python exception is a vector
        return {"err": [type(e).__name__, str(e)]}
    if isinstance(r, complex) or isinstance(r, tuple) and any(isinstance(x, complex) for x in r):
        return None  # Runnel has no complex numbers
    return {"ok": enc(r), "repr": repr(r), "type": type(r).__name__}


def portable_hash(x):
    """PySpark's pyspark.rdd.portable_hash (without its PYTHONHASHSEED check)."""
    if x is None:
        return 0
    if isinstance(x, tuple):
        h = 0x345678
        for i in x:
            h ^= portable_hash(i)
            h *= 1000003
            h &= sys.maxsize
        h ^= len(x)
        if h == -1:
            h = -2
        return int(h)
    return hash(x)


WORDS = ["hola", "canción", "niño", "año", "über", "straße", "€uro", "日本", "😀", "a😀b",
         "spark", "streaming", "the", "quick", "brown", "fox", "jumps", "over", "lazy", "dog",
         "München", "façade", "naïve", "Ωmega", "ж", "\x00", "\xff", "ÿ", "Ā", "\uffff",
         "\U00010000", "longer string with spaces and punctuation!", "12345678", "1234567",
         "123456789", "x" * 100]
INTS = [0, 1, -1, -2, 2, 7, 42, 10**6, 2**31, -(2**31), 2**61 - 2, 2**61 - 1, 2**61,
        2**61 + 1, -(2**61 - 1), -(2**61), 2**62, 2**63 - 1, -(2**63 - 1), -(2**63),
        123456789012345678, -123456789012345678, 2**32 + 7]
FLOATS = [0.0, -0.0, 1.0, -1.0, 2.0, 0.5, -0.5, 0.1, 1.5, 3.14159, 1e300, -1e300, 1e-300,
          5e-324, 1.7976931348623157e308, 2.0**61, 2.0**62, 2.0**63, -(2.0**63), 2.0**64,
          1e16, 1e22, 123456789.123, 2.5e-7, 100.0, math.inf, -math.inf, 1 / 3, 2.0**-30,
          -2.0**-30, 4503599627370496.5, 9007199254740993.0]


def hash_vectors():
    # None (and tuples holding it) hash by address in CPython 3.11: not reproducible.
    vals = INTS + FLOATS + [True, False, ""] + [chr(c) for c in range(ord("a"), ord("z") + 1)]
    vals += WORDS
    vals += [(), (1,), (1, 2), ("a", 1), (1, (2, (3, "x"))),
             ((), ()), (1.5, "canción", False, True), (-1,), (-2,), tuple(range(20))]
    vals += [frozenset(), frozenset([1]), frozenset([1, 2, 3]), frozenset(["a", "b"]),
             frozenset([(1, 2), "x", 3.5]), frozenset([frozenset([1]), frozenset()]),
             frozenset(range(100))]
    return [[enc(v), hash(v)] for v in vals]


def portable_vectors():
    vals = [None, 0, 1, -1, "a", "canción", (), (None,), (1, 2), ("a", 1), (None, None),
            ("word", ("nested", 2)), (1.5, True), tuple(range(30)), ("€", "😀"), (-1,), 3.0]
    vals += [(w, i) for i, w in enumerate(WORDS)]
    return [[enc(v), portable_hash(v)] for v in vals]



REPR_FLOATS = FLOATS + [0.0001, 0.00001, 1e-5, 1e15, 1e16, 1e17, 1000000000000000.0,
                        9999999999999998.0, 12345678901234567.0, 1.1, 2.675, 1e-7, 1.5e-10,
                        123.456, -123.456, 1e100, math.nan, 0.3, 2 / 3, 1e21, 1e23,
                        0.000123, 123456.789e3]
CHARS = ["'", '"', "\\", "\n", "\t", "\r", "\x07", "\x00", "\x1b", "\x7f", "\x80", "\x9f",
         "\xa0", "\xad", "é", "\u2028", "\u200b", "\ufeff", "\ue000", "\U0010ffff", "\U000e0001",
         "\u0378", "\U0001f600", "\u3000", " ", "~", "\u0300", "\U0001d400", "\U000f0000",
         "\ufffe", "\u061c", "\u00b7"]


def repr_vectors():
    strs = ["", "abc", "it's", 'say "hi"', "it's \"both\"", "back\\slash", "tab\there",
            "line\nnext", "bell\x07", "nul\x00", "del\x7f", "nbsp\xa0x", "soft\xadhyphen"]
    strs += WORDS + CHARS + [chr(c) for c in range(0, 0x3000, 37)]
    strs += [chr(c) for c in range(0x3000, 0x110000, 2111) if not 0xD800 <= c < 0xE000]
    vals = [None, True, False, 0, -5, 2**63 - 1, -(2**63)] + REPR_FLOATS + strs
    vals += [(), (1,), (1, "a"), ((1,), [2.5, None]), [], [1, "x", (2,)], {},
             {"a": 1, 2: [3.0], (1, 2): "t"}, set(), frozenset(), {1}, frozenset([1]),
             [["it's"], {"k": "v\n"}], (True, None, -0.0)]
    return [[enc(v), repr(v), str(v)] for v in vals]


NUMS = [0, 1, -1, 7, -7, 3, -3, 2, 63, 64, 2**62, -(2**63), 2**63 - 1, 0.0, -0.0, 2.5,
        -2.5, 0.1, 3.0, -3.0, 1e308, math.inf, -math.inf, math.nan, True, False, 10.0, 0.5]
BIN_NUMS = [0, 1, -1, 7, -7, 3, 63, 2**62, -(2**63), 0.0, -0.0, 2.5, -2.5, 0.1, 3.0, math.inf,
            math.nan, True, False]
OTHERS = ["ab", "", [1, 2], [], (1, 2), (), None, {1, 2}, frozenset([2, 3]), {"a": 1},
          {3, 4}, frozenset(), -2]
OPS = {
    "+": lambda a, b: a + b, "-": lambda a, b: a - b, "*": lambda a, b: a * b,
    "/": lambda a, b: a / b, "//": lambda a, b: a // b, "%": lambda a, b: a % b,
    "**": lambda a, b: a ** b, "&": lambda a, b: a & b, "|": lambda a, b: a | b,
    "^": lambda a, b: a ^ b, "<<": lambda a, b: a << b, ">>": lambda a, b: a >> b,
}


def small(v):
    return not isinstance(v, (int, float)) or isinstance(v, bool) or abs(v) <= 64


def binop_vectors():
    out = []
    for op, f in OPS.items():
        for a in BIN_NUMS + OTHERS:
            for b in BIN_NUMS + OTHERS:
                if op == "**" and isinstance(a, int) and isinstance(b, int) and b > 64:
                    continue  # Python computes a huge int; Runnel overflows (checked below)
                if op == "<<" and isinstance(b, int) and b > 64 and a != 0:
                    continue
                if op in "*" and isinstance(a, (str, list, tuple)) and not small(b):
                    continue
                if op in "*" and isinstance(b, (str, list, tuple)) and not small(a):
                    continue
                out.append([enc(a), op, enc(b), outcome(lambda: f(a, b))])
    extra = [(2, "**", 100), (3, "**", 40), (-2, "**", 63), (2, "**", 63), (2, "**", 62),
             (1, "<<", 63), (1, "<<", 62), (-1, "<<", 63), (1, "<<", 100), (5, ">>", 100),
             (-5, ">>", 100), (10.0, "**", 400), (-8.0, "**", 1 / 3), (0.0, "**", -1.0),
             (0, "**", -1), (2, "**", -2), (-2, "**", -3), (2**62, "*", 2), (2**63 - 1, "+", 1),
             (-(2**63), "-", 1), (-(2**63), "//", -1), (-(2**63), "%", -1), (7, "%", -2.5),
             ("ab", "*", 3), (3, "*", "ab"), ([0], "*", 4), ((1,), "*", 2), ("x", "*", True),
             (5, "//", 0.0), (5.5, "%", 0), (1e308, "*", 10), (-(2**63), "*", -1)]
    for a, op, b in extra:
        out.append([enc(a), op, enc(b), outcome(lambda: OPS[op](a, b))])
    return out


def unary_vectors():
    out = []
    for a in NUMS + OTHERS:
        out.append(["neg", enc(a), outcome(lambda: -a)])
        out.append(["pos", enc(a), outcome(lambda: +a)])
        out.append(["invert", enc(a), outcome(lambda: ~a)])
    for a in NUMS + ["x"]:
        for b in NUMS + ["x"]:
            out.append(["divmod", enc(a), enc(b), outcome(lambda: divmod(a, b))])
    return out


def printf_vectors():
    cases = [("%s", "x"), ("%s", 1), ("%r", "x"), ("%d", 42), ("%i", -3), ("%d", 3.9),
             ("%f", 3.14159), ("%.2f", 2.675), ("%5d", 42), ("%-5s|", "ab"), ("%05.1f", 3.14159),
             ("%x", 255), ("%X", 255), ("%o", 8), ("%#x", 255), ("%#o", 8), ("%e", 12345.678),
             ("%E", 0.000123), ("%g", 12345.678), ("%g", 1e-5), ("%g", 1e16), ("%G", 1e-10),
             ("%c", 65), ("%c", "z"), ("100%%", ()), ("%s and %s", ("a", "b")),
             ("%s", ("a",)), ("%s %s", ("a",)), ("%s", ("a", "b")), ("%(name)s is %(age)d",
             {"name": "Ana", "age": 30}), ("%d", "x"), ("%s", [1, 2]), ("%s", (1, 2)),
             ("%r", (1, "a")), ("%+d", 5), ("% d", 5), ("%+.3e", -1.5), ("%10.4f|", math.pi),
             ("%-10.2f|", math.pi), ("%s", None), ("%d", True), ("%s", True), ("%.3s", "abcdef"),
             ("%x", -255), ("%f", math.inf), ("%f", math.nan), ("%.0f", 2.5), ("%.0f", 3.5),
             ("%s=%r", ("k", "v'q")), ("%5.1f%%", 12.345), ("%d items", 3), ("%z", 1),
             ("%", 1), ("%(a)s", 1), ("%.1f", 0.05), ("%.15g", 0.1), ("%.17g", 0.1),
             ("%d%%", 50), ("%s", {"a": 1}), ("no args", ()), ("no args", 5), ("%i", 2**62),
             ("%f", 1e20), ("%.2f", -0.0), ("%x", 3.0), ("%c", 0x20ac), ("%s %d", ("a", "b")),
             ("%*d", (5, 42)), ("%-*d|", (5, 42)), ("%.*f", (2, math.pi)), ("%a", "é"),
             ("%r", "é"), ("%3c|", "a"), ("%#.3g", 1.0), ("%g", 100000.0), ("%g", 1000000.0),
             ("%e", 0.0), ("%g", 0.0001), ("%g", -0.0), ("%.3g", 1234.5), ("%u", 7),
             ("%*d|", (-5, 42)), ("%.*f", (-1, 2.5)), ("%05s", "ab"), ("%+s", "x")]
    return [[f, enc(a), outcome(lambda: f % a)] for f, a in cases]


def format_vectors():
    specs = ["", ".2f", ">10", "<10", "^10", "*^10", ",", "_", "08.3f", "e", ".3e", "E", "g",
             ".3g", "G", "%", ".1%", "x", "X", "#x", "b", "#b", "o", "#o", "d", "+d", " d",
             "+.2f", "010", "-^7", "=+8", "010,", ",.2f", "n", "c", "s", ">5s", ".2s", "10.3",
             ".0f", "#.0f", "z.1f", ".10g", ".0e", "020,.2f", "_b", "_x", "#010x", "+", "a",
             "0=10,", "09,", "08,", "<010", "^011,", "x^+12,.3f", "012_x", "#012_b", "z", ".0",
             ".1", "#.3", ".17", "z.0f", "+010.2e", " 7.1%", "_", "0>5", ".5s", "5.2", ",d",
             "#X", "#10o", "=10", "+^9", "10.", ".2x", ",c", "c"]
    vals = [0, 5, -5, 42, 1234567, -1234567, 255, 2**62, 3.14159, -3.14159, 0.0, -0.0, 2.5,
            1e16, 1e-5, 1234567.891, 0.1, math.inf, -math.inf, math.nan, 1e300, 123456789.0,
            "hola", "canción", "", True, False, None, -0.04, 100.0, 65]
    out = []
    for v in vals:
        for s in specs:
            out.append([enc(v), s, outcome(lambda: format(v, s))])
    return out


CMP_OPS = {"<": lambda a, b: a < b, "<=": lambda a, b: a <= b, ">": lambda a, b: a > b,
           ">=": lambda a, b: a >= b, "==": lambda a, b: a == b, "!=": lambda a, b: a != b}


def compare_vectors():
    vals = [0, 1, -1, 2**53 + 1, float(2**53), 2**63 - 1, 2.0**63, 9007199254740993, 0.5,
            1.0, math.nan, math.inf, -math.inf, True, False, None, "a", "b", "ab", "é", "",
            (), (1,), (1, 2), (1, "a"), (1, 2.0), [], [1], [1, 2], [1, "a"], {1, 2}, {1},
            {1, 2, 3}, frozenset([1, 2]), frozenset(), set(), {"a": 1}, {"a": 1.0}, {"b": 1},
            (math.nan,), [None], (None, 1), "B"]
    out = []
    for a in vals:
        for b in vals:
            b = rebuild(b)  # fresh objects: Runnel has no identity, so `[x] == [x]` is by value
            for op, f in CMP_OPS.items():
                out.append([enc(a), op, enc(b), outcome(lambda: f(a, b))])
    return out


def rebuild(v):
    """An equal value made of new objects (a new NaN is not the old one)."""
    if isinstance(v, float):
        return float(repr(v))
    if isinstance(v, (tuple, list, set, frozenset)):
        return type(v)(rebuild(x) for x in v)
    if isinstance(v, dict):
        return {k: rebuild(x) for k, x in v.items()}
    return v


def convert_vectors():
    out = []
    ints = [0, -5, 3.9, -3.9, 1e18, 1e19, math.inf, math.nan, True, "42", " 42 ", "-42", "+7",
            "1_000", "1__0", "_1", "abc", "", "4.5", "0x10", "  -0  ", "١٢٣", None, [1],
            "9223372036854775807", "9223372036854775808", "\t12\n", "1 2", 2.5, -0.0]
    for v in ints:
        out.append(["int", enc(v), outcome(lambda: int(v))])
    bases = [("ff", 16), ("0xff", 16), ("0xff", 0), ("0o17", 0), ("0b101", 0), ("101", 2),
             ("z", 36), ("12", 3), ("9", 8), ("010", 0), ("0", 0), ("-0x1f", 0), ("1_0", 0),
             ("  11  ", 2), ("ZZ", 36), ("", 16), ("10", 1), ("10", 37), ("0x", 16),
             ("1_", 10), ("0_0", 0), ("00", 0)]
    for s, b in bases:
        out.append(["int_base", enc(s), b, outcome(lambda: int(s, b))])
    floats = [0, -5, 2**62, True, "1e3", " 2.5 ", "-Inf", "inf", "nan", "NaN", "-nan",
              "infinity", "+Infinity", "abc", "", "1_000.5", "1__0", ".5", "5.", "1e", "e5",
              "0x10", "1.7976931348623157e308", "1e309", "-1e309", "  -0.0", "١.٥", None,
              "infinit", "3.14abc", "1_2.3_4e1_0"]
    for v in floats:
        out.append(["float", enc(v), outcome(lambda: float(v))])
    rounds = [0.5, 1.5, 2.5, -0.5, -1.5, 2.675, 3.7, -3.7, 1e300, math.inf, math.nan, 7,
              -7, True, 0.0, -0.0, 123.456, 1e16]
    for v in rounds:
        out.append(["round", enc(v), outcome(lambda: round(v))])
    for v in [2.675, 1.005, 0.125, 0.375, -2.5, 123.456, 1234.5678, 15.0, 25.0, 1e300,
              5e-324, -0.0, math.inf, 0.5, 1.5, 149.5, 150.0, 250.0, 7, 1234, -1250, 1e-20]:
        for n in [0, 1, 2, 3, -1, -2, -3, 10, 400, -400]:
            out.append(["round_n", enc(v), n, outcome(lambda: round(v, n))])
    return out


def set_vectors():
    import random
    rng = random.Random(1234)
    cases = [[("add", x) for x in xs] for xs in (
        [3, 1, 2], [10, 20, 30, 8, 16], list(range(20)), list(range(100, 0, -7)),
        [-1, -2, -3, 2**61 - 1, 2**61, 2**62], WORDS, [chr(c) for c in range(97, 123)],
        [(1, 2), (2, 1), "a", 3.5, True, 0.0], [1.5, 2.5, 0.25, -0.5],
        [8, 16, 24, 32, 40, 48, 56, 64, 72, 80, 88, 96], list(range(0, 2000, 3)),
        ["w%d" % i for i in range(60)])]
    for n in range(12):
        ops = []
        pool = list(range(-20, 80)) + WORDS[:15] + [(i, str(i)) for i in range(10)]
        for _ in range(rng.randint(5, 120)):
            x = rng.choice(pool)
            ops.append(("discard" if rng.random() < 0.3 else "add", x))
        cases.append(ops)
    for n in range(12):
        # Heavy churn: many dummies in long probe runs, then resizes that drop them.
        ops = []
        pool = list(range(0, 300, 3)) + ["k%d" % i for i in range(40)] + WORDS
        for _ in range(rng.randint(100, 600)):
            ops.append(("discard" if rng.random() < 0.45 else "add", rng.choice(pool)))
        cases.append(ops)
    cases.append([("add", i) for i in range(10)] + [("discard", i) for i in range(9)]
                 + [("add", i) for i in range(20, 30)])
    cases.append([("add", i) for i in range(5)] + [("discard", 1), ("add", 9), ("add", 17)])
    out = []
    for ops in cases:
        s = set()
        for op, x in ops:
            getattr(s, op)(x)
        out.append([[[op, enc(x)] for op, x in ops], enc(list(s)), repr(s)])
    return out


def set_op_vectors():
    """Slot order of set algebra results, copies, and pop order."""
    import random
    rng = random.Random(99)
    pool = list(range(-10, 60)) + WORDS[:20] + [(i, i) for i in range(8)] + [0.5, 2.5]
    out = []
    for n in range(40):
        a_items = [rng.choice(pool) for _ in range(rng.randint(0, 40))]
        b_items = [rng.choice(pool) for _ in range(rng.randint(0, 40))]
        a, b = set(a_items), set(b_items)
        removed = a_items[: rng.randint(0, 5)]
        for x in removed:
            a.discard(x)  # leave dummies in some tables
        pops, p = [], a.copy()
        while p:
            pops.append(p.pop())
        out.append([enc(a_items), enc(removed), enc(b_items), {
            "|": repr(a | b), "&": repr(a & b), "-": repr(a - b), "^": repr(a ^ b),
            "copy": repr(a.copy()), "pop": enc(pops), "frozen|": repr(frozenset(a) | b)}])
    return out


if __name__ == "__main__":
    out = {
        "hash": hash_vectors(),
        "portable_hash": portable_vectors(),
        "repr": repr_vectors(),
        "binop": binop_vectors(),
        "unary": unary_vectors(),
        "printf": printf_vectors(),
        "format": format_vectors(),
        "compare": compare_vectors(),
        "convert": convert_vectors(),
        "sets": set_vectors(),
        "set_ops": set_op_vectors(),
    }
    out = {k: [v for v in vs if v[-1] is not None] for k, vs in out.items()}
    # One vector per line keeps the file diffable.
    print("{")
    for i, (name, vectors) in enumerate(out.items()):
        print(f"{json.dumps(name)}: [")
        lines = [json.dumps(v, ensure_ascii=False) for v in vectors]
        print(",\n".join(lines))
        print("]}" if i == len(out) - 1 else "],")
