#!/usr/bin/env python3
"""Generates short pure-Python programs of what a student writes inside Spark functions.

usage: py_gen.py SEED [--tests N]          # one program on stdout
       py_gen.py --dir DIR --first S --count C [--tests N]   # DIR/p_S.py ... DIR/p_{S+C-1}.py

Deterministic: the same seed gives the same program (random.Random(seed), no clock).
Each test prints one line `ID KIND RESULT`: repr of the value, or `type(e).__name__, e` of
the exception it raised, so tools/fuzz/py_fuzz.py can compare CPython and Runnel line by
line and bucket the differences by KIND.
"""
import argparse
import os
import random

HEADER = '''import math, statistics, json, re, itertools, functools, heapq, bisect, datetime, random, string, operator
from collections import Counter, defaultdict, OrderedDict, deque, namedtuple
def show(i, kind, f):
    try:
        r = repr(f())
    except Exception as e:
        r = "%s %s" % (type(e).__name__, e)
    print(i, kind, r.replace("\\n", "\\\\n"))
'''

SMALL_INTS = [0, 1, -1, 2, -2, 3, 5, 7, -7, 10, 13, -13, 100, 255, 256, -256, 1000, 12345]
BIG_INTS = ["2**64", "2**64-1", "2**64+1", "-2**63", "2**63-1", "10**30", "-10**30", "10**18+7",
            "12345678901234567890", "2**100", "-(2**61-1)", "2**61-1", "3**40"]
FLOATS = ["0.5", "-0.5", "1.5", "2.5", "-2.5", "0.1", "0.2", "1e16", "1e-5", "-0.0", "0.0",
          "float('inf')", "float('-inf')", "float('nan')", "1/3", "2/3", "-7/2", "2.675",
          "1e22", "1.23456789e-7", "123456.789", "5e-324", "1.7976931348623157e308", "3.0",
          "-1e300", "0.125", "1e15", "9.995", "0.045", "100.0", "2**0.5", "10/4"]
STRINGS = ["''", "'a'", "'abc'", "'Hello World'", "'hello world  '", "'  padded\\t'",
           "'a,b,,c'", "'one two  three'", "'café'", "'Ünïcödé'", "'straße'", "'ß'", "'İstanbul'",
           "'ıi'", "'日本語テキスト'", "'😀x😀'", "'e\\u0301'", "'tab\\there'", "'cr\\rlf\\n'",
           "'ǅungla'", "'ﬁne'", "'MiXeD CaSe'", "'123'", "'-42'", "' 7 '", "'3.14'", "'1_000'",
           "'0x1F'", "'½'", "'²'", "'٣'", "'a-b_c.d'", "('x'*5)", "'abcabcabc'", "'AbC123'",
           "'hello\\x00'", "'\\u00e9t\\u00e9'", "'Ωμέγα'", "'ΣΑΣ'", "'ﬃ'", "'nan'", "'-inf'",
           "'1e3'", "'  12  '", "'+5'", "'0b101'", "'title case me'", "\"it's\"", "'q\"uote'"]
BYTES = ["b''", "b'abc'", "b'\\x00\\xff'", "b'Hello'", "'café'.encode()", "b'a,b,,c'",
         "bytes(range(5))", "b'  x '", "bytearray(b'xyz')"]
SPECS_NUM = ["", "d", "5d", "<6", ">8", "^9", "*^9", "+d", " d", "-d", "08d", ",", "_", ",d",
             "_x", "x", "X", "#x", "#o", "#b", "b", "o", "c", "e", "E", ".3e", "f", ".2f", ".0f",
             "10.3f", "+.1f", ",.2f", "_.3f", "g", ".3g", "G", ".10g", "%", ".1%", "n", ".2n",
             "#.0f", "#g", "=+10.2f", "0=10", "010.2f", "z.1f", ".0e", "#.3g", "12,", "-^12.4"]
SPECS_STR = ["", "s", "10", "<10", ">10", "^10", "*^11", ".2", "10.3", "-<6", "=>8"]


class Gen:
    def __init__(self, seed, tests):
        self.r = random.Random(seed)
        self.tests = tests

    def ch(self, xs):
        return self.r.choice(xs)

    # ---- values -------------------------------------------------------------------
    def int_(self):
        x = self.r.random()
        if x < 0.6:
            return str(self.ch(SMALL_INTS))
        if x < 0.85:
            return "(%s)" % self.ch(BIG_INTS)
        return str(self.r.randint(-10**6, 10**6))

    def float_(self):
        if self.r.random() < 0.7:
            return "(%s)" % self.ch(FLOATS)
        return repr(round(self.r.uniform(-1000, 1000), self.r.randint(0, 4)))

    def num(self):
        return self.int_() if self.r.random() < 0.55 else self.float_()

    def str_(self):
        return self.ch(STRINGS)

    def scalar(self):
        return self.ch([self.int_, self.float_, self.str_, lambda: self.ch(["None", "True", "False"]),
                        lambda: self.ch(BYTES)])()

    def value(self, depth=0):
        if depth > 2 or self.r.random() < 0.5:
            return self.scalar()
        k = self.r.randint(0, 4)
        n = self.r.randint(0, 4)
        if k == 0:
            return "[%s]" % ", ".join(self.value(depth + 1) for _ in range(n))
        if k == 1:
            items = [self.value(depth + 1) for _ in range(n)]
            return "(" + ", ".join(items) + ("," if n == 1 else "") + ")"
        if k == 2:
            return "{%s}" % ", ".join("%s: %s" % (self.key(), self.value(depth + 1)) for _ in range(n))
        if k == 3:
            return "{%s}" % ", ".join(self.key() for _ in range(n)) if n else "set()"
        return "frozenset([%s])" % ", ".join(self.key() for _ in range(n))

    def key(self):
        return self.ch([self.int_, self.str_, lambda: "(%s, %s)" % (self.int_(), self.str_()),
                        lambda: self.ch(["True", "False", "0.5", "-0.0", "2.0"])])()

    def homog_list(self):
        """A list whose items compare with each other."""
        n = self.r.randint(0, 7)
        kind = self.r.randint(0, 4)
        if kind == 0:
            items = [self.int_() for _ in range(n)]
        elif kind == 1:
            items = [self.num() for _ in range(n) if True]
            items = [i for i in items if "nan" not in i]
        elif kind == 2:
            items = [self.str_() for _ in range(n)]
        elif kind == 3:
            items = ["(%s, %s)" % (self.ch(SMALL_INTS[:8]), self.str_()) for _ in range(n)]
        else:
            items = ["[%s, %s]" % (self.int_(), self.float_()) for _ in range(n)]
            items = [i for i in items if "nan" not in i]
        return "[" + ", ".join(items) + "]"

    def num_list(self, floats=True):
        n = self.r.randint(0, 7)
        return "[" + ", ".join((self.num() if floats else self.int_()) for _ in range(n)) + "]"

    def spec(self, kind):
        """A random format spec from the mini-language: [[fill]align][sign][z][#][0][width][grouping][.precision][type]."""
        r = self.r
        out = ""
        if r.random() < 0.4:
            if r.random() < 0.5:
                out += self.ch(["*", "0", "x", "é", " ", "_", "{", "}"])
            out += self.ch("<>^=" if kind != "s" else "<>^")
        if kind != "s" and r.random() < 0.3:
            out += self.ch("+- ")
        if kind == "f" and r.random() < 0.1:
            out += "z"
        if kind != "s" and r.random() < 0.2:
            out += "#"
        if kind != "s" and r.random() < 0.2:
            out += "0"
        if r.random() < 0.5:
            out += str(r.randint(0, 25))
        if kind != "s" and r.random() < 0.25:
            out += self.ch(",_")
        if r.random() < 0.4:
            out += "." + str(r.randint(0, 20))
        types = {"i": "bcdoxXneEfFgG%", "f": "eEfFgGn%", "s": "s"}[kind]
        if r.random() < 0.7:
            out += self.ch(types)
        return out

    def wild_float(self):
        m = self.r.random() * 10
        e = self.r.choice([0, 0, 1, -1, 5, -5, 15, 16, 17, -7, 22, -300, 300, 308, -320])
        return repr(float("%.17ge%d" % (m, e)))

    def wild_int(self):
        return str(self.r.choice([1, -1]) * self.r.randint(0, 10 ** self.r.randint(1, 40)))

    def fmt2(self):
        k = self.r.randint(0, 5)
        if k == 0:
            return ("format(int, spec)", "format(%s, %r)" % (self.ch([self.wild_int, self.int_])(), self.spec("i")))
        if k == 1:
            return ("format(float, spec)", "format(%s, %r)" % (self.ch([self.wild_float, self.float_])(), self.spec("f")))
        if k == 2:
            return ("format(str, spec)", "format(%s, %r)" % (self.str_(), self.spec("s")))
        if k == 3:
            v = self.ch([self.wild_float, self.wild_int, self.str_])()
            kind = "s" if v.startswith(("'", '"')) else ("f" if "." in v or "e" in v else "i")
            return ("str.format", "'[{0:%s}|{0!r:>9}|{1}]'.format(%s, %s)" % (self.spec(kind).replace("{", "").replace("}", ""), v, self.value()))
        if k == 4:
            return ("fstring=", "(lambda x, w: f'{x=}|{x!r:^{w}}|{x = !s:>{w}}')(%s, %d)" % (self.value(), self.r.randint(0, 15)))
        return ("float repr", "(%s, str(%s), %s * 3, %s / 7, float(repr(%s)) == %s)" % ((self.wild_float(),) * 6))

    def int_methods(self):
        i = self.ch([self.wild_int, self.int_])()
        m = self.ch(["bit_length()", "bit_count()", "to_bytes(16, 'big', signed=True)", "to_bytes(2, 'little')", "__index__()",
                     "as_integer_ratio()", "conjugate()", "numerator", "denominator", "real", "imag", "__abs__()", "__neg__()",
                     "__floordiv__(7)", "__format__('x')", "__trunc__()", "__round__(-2)", "is_integer()"])
        k = self.r.randint(0, 3)
        if k == 0:
            return ("int.from_bytes", "int.from_bytes(%s, %r%s)" % (self.ch(BYTES), self.ch(["big", "little"]), self.ch(["", ", signed=True"])))
        if k == 1:
            return ("int(str)", "int(%s)" % self.ch(["'١٢٣'", "'１２'", "' -0_1 '", "'+0'", "'00'", "'0_0'", "'1__0'", "'_1'", "'٣.٥'", "'12e3'", "'  \t42\n'", "'0x_1f'"]))
        if k == 2:
            return ("float(str)", "float(%s)" % self.ch(["'١٫٥'", "'１.５'", "' 1_000.5 '", "'1e-400'", "'1e400'", "'-.0'", "'+inf'", "'InFiNiTy'", "'nan(1)'", "'0x1p3'", "'1.'", "'1_e5'", "'١٢٣'"]))
        return ("int." + m.split("(")[0], "(%s).%s" % (i, m))

    def json_roundtrip(self):
        v = self.value()
        opts = self.ch(["", ", sort_keys=True", ", indent=1", ", separators=(';', '=')", ", ensure_ascii=False, indent=3"])
        return ("json roundtrip", "(lambda t: (t, json.loads(t)))(json.dumps(%s%s, default=repr))" % (v, opts))

    def str_methods2(self):
        s = self.str_()
        a = self.ch(["' '", "'a'", "','", "'é'", "'ß'", "'ss'", "'\t'", "'İ'", "'😀'", "''", "'\u0301'"])
        n = self.ch(["-1", "0", "1", "2", "5", "100", "-5"])
        m = self.ch(["split(%s, %s)" % (a, n), "rsplit(%s, %s)" % (a, n), "count(%s, %s)" % (a, n), "find(%s, %s, %s)" % (a, n, n),
                     "rfind(%s, %s)" % (a, n), "center(%s, %s)" % (n, a), "ljust(%s, %s)" % (n, a), "rjust(%s)" % n,
                     "expandtabs(%s)" % n, "strip(%s)" % a, "startswith(%s, %s)" % (a, n), "endswith((%s, 'c'), %s, %s)" % (a, n, n),
                     "replace(%s, 'Z', %s)" % (a, n), "partition(%s)" % a, "rpartition(%s)" % a, "index(%s, %s)" % (a, n),
                     "translate(str.maketrans(%s, 'X'))" % a, "removesuffix(%s)" % a, "zfill(%s)" % n, "lower().upper().casefold()",
                     "title().swapcase()", "encode('utf-8', 'strict').hex(%s)" % a, "__mul__(%s)" % n, "__getitem__(slice(%s, None, -1))" % n])
        return ("str2." + m.split("(")[0], "%s.%s" % (s, m))

    def pipeline(self):
        """Text processing as a map/flatMap function does it."""
        line = self.ch(["'The quick, brown fox; jumps over the lazy dog!'", "'  Hello,World  hello  WORLD.  '", "'café Café CAFÉ naïve'",
                        "'a,b;c d\\te'", "'İstanbul ıi Iİ straße STRASSE'", "'2024-01-15,42,3.5,ok'", "'x=1&y=&z=%20'", "''", "'日本 語 テキスト'",
                        "'#spark #Spark @user http://t.co/x'", "'1,2,,3,'", "\"don't stop-believing\""])
        f = self.ch(["%s.lower().split()", "[w.strip(string.punctuation) for w in %s.split()]",
                     "re.sub(r'[^\\w\\s]', '', %s).split()", "%s.translate(str.maketrans('', '', string.punctuation))",
                     "' '.join(reversed(%s.split()))", "sorted(Counter(%s.lower().split()).items(), key=lambda kv: (-kv[1], kv[0]))",
                     "Counter(%s).most_common(3)", "[(w, len(w)) for w in re.findall(r'\\w+', %s)]",
                     "[t for t in %s.split(',') if t]", "%s.split(',')[2]", "int(%s.split(',')[1]) * 2", "float(%s.split(',')[-2])",
                     "dict(kv.split('=') for kv in %s.split('&'))", "[w for w in %s.split() if w.startswith(('#', '@'))]",
                     "%s.title().swapcase()", "%s.casefold() == %s.upper().casefold()", "{w[0]: w for w in %s.split()}",
                     "max(%s.split() or [''], key=len)", "' '.join(w.capitalize() for w in %s.split(' '))",
                     "[s.strip() for s in re.split(r'[,;\\s]+', %s)]", "%s.encode('utf-8')[:7].decode('utf-8', 'ignore')"])
        return ("pipeline", f.replace("%s", line))

    def dates(self):
        s = self.ch(["'2024-02-29 13:45:00'", "'2023-02-29 00:00:00'", "'1999-12-31 23:59:59'", "'2024-1-5 1:2:3'", "' 2024-01-05 01:02:03'"])
        fmt = self.ch(["'%Y-%m-%d %H:%M:%S'", "'%Y-%m-%d %I:%M:%S'", "'%Y-%m-%d'", "'%d/%m/%Y %H:%M:%S'"])
        f = self.ch(["datetime.datetime.strptime(%s, %s)" % (s, fmt), "datetime.datetime.strptime(%s, %s).strftime('%%A %%d %%B %%Y, %%I:%%M %%p')" % (s, fmt),
                     "(datetime.datetime.strptime(%s, %s) - datetime.datetime(2000, 1, 1)).days" % (s, fmt),
                     "datetime.datetime.fromisoformat(%s.strip())" % s, "datetime.date.fromisoformat(%s.strip()[:10])" % s,
                     "datetime.datetime(2024, 3, 10, 12) + datetime.timedelta(days=%d, minutes=%d)" % (self.r.randint(-400, 400), self.r.randint(-5000, 5000)),
                     "(datetime.date(2024, 1, 1) - datetime.date(%d, %d, %d)).days" % (self.r.randint(1, 3000), self.r.randint(1, 12), self.r.randint(1, 28)),
                     "datetime.date(%d, %d, 1).strftime('%%a %%j %%U %%W %%V %%G %%u %%w')" % (self.r.randint(1, 3000), self.r.randint(1, 12)),
                     "datetime.datetime.fromtimestamp(%d, datetime.timezone.utc)" % self.r.randint(-10**9, 4 * 10**9) if False else
                     "datetime.datetime.utcfromtimestamp(%d)" % self.r.randint(-10**9, 4 * 10**9)])
        return ("dates", f)

    # ---- test kinds --------------------------------------------------------------
    def arith(self):
        op = self.ch(["+", "-", "*", "/", "//", "%", "**", "//", "%"])
        a, b = self.num(), self.num()
        if op == "**":
            b = self.ch(["0", "1", "2", "3", "-1", "-2", "0.5", "-0.5", "10", "63", "64", "(1/3)", "2.5"])
            if self.r.random() < 0.3:
                a = self.ch(["(-8)", "(-2.0)", "(-1)", "0", "0.0", "(-0.0)", "2", "10", "(2**64)"])
        return ("arith" + op, "%s %s %s" % (a, op, b))

    def bitops(self):
        op = self.ch(["&", "|", "^", "<<", ">>"])
        b = self.ch(["0", "1", "3", "63", "64", "65", "-1", "100"]) if op in ("<<", ">>") else self.int_()
        return ("bit" + op, "%s %s %s" % (self.int_(), op, b))

    def unary(self):
        return ("unary", "%s(%s)" % (self.ch(["-", "+", "~", "not "]), self.ch([self.int_, self.float_])()))

    def compare(self):
        ops = ["<", "<=", "==", "!=", ">", ">=", "is", "is not", "in", "not in"]
        pick = self.ch([self.num, self.str_, self.value])
        parts = [pick()]
        for _ in range(self.r.randint(1, 3)):
            o = self.ch(ops)
            parts.append(o)
            parts.append(self.value() if o.endswith("in") else pick())
        return ("compare", " ".join(parts))

    def mixed_eq(self):
        a, b = self.num(), self.num()
        return ("numeq", "(%s == %s, %s < %s, %s >= %s)" % (a, b, a, b, a, b))

    def slicing(self):
        seq = self.ch([self.str_, lambda: "list(range(%d))" % self.r.randint(0, 12),
                       lambda: "tuple('abcdefg')", lambda: self.ch(BYTES), lambda: "range(2, 20, 3)"])()
        def bound():
            return self.ch(["", "0", "1", "2", "-1", "-2", "-3", "5", "100", "-100", "None"])
        step = self.ch(["", "", "1", "2", "-1", "-2", "3", "0", "None"])
        if self.r.random() < 0.2:
            return ("index", "(%s)[%s]" % (seq, self.ch(["0", "-1", "3", "-8", "10", "True"])))
        s = "%s:%s" % (bound(), bound()) + ((":" + step) if step else "")
        r = "(%s)[%s]" % (seq, s)
        if "range(" in seq and "list" not in seq:
            r = "list(%s)" % r
        return ("slice", r)

    def rounding(self):
        x = self.num()
        nd = self.ch(["", ", 0", ", 1", ", 2", ", -1", ", -2", ", 3", ", None", ", 20", ", -400"])
        return ("round", "round(%s%s)" % (x, nd))

    def numeric_builtins(self):
        k = self.r.randint(0, 9)
        if k == 0:
            return ("divmod", "divmod(%s, %s)" % (self.num(), self.num()))
        if k == 1:
            return ("abs", "abs(%s)" % self.num())
        if k == 2:
            return ("int()", "int(%s)" % self.ch([self.float_, self.str_, self.int_])())
        if k == 3:
            return ("int(base)", "int(%s, %s)" % (self.ch(["'ff'", "'0x1F'", "'-101'", "'z'", "' 1_0 '", "'0o17'", "'0b11'", "'Z1'"]),
                                                   self.ch(["0", "2", "8", "16", "36", "10", "1", "37"])))
        if k == 4:
            return ("float()", "float(%s)" % self.ch([self.str_, self.int_, lambda: self.ch(["'  -1.5e3 '", "'infinity'", "'-NaN'", "'1_0.5'", "'0x10'", "'.5'", "'5.'"])])())
        if k == 5:
            return ("str()", "str(%s)" % self.value())
        if k == 6:
            return ("repr", "repr(%s)" % self.value())
        if k == 7:
            x = self.ch([self.int_, self.float_, lambda: self.ch(["'ab'", "''", "'é'", "'日本'", "(1, 2)", "(1, 'a')", "()", "(0.5, -1)", "True", "frozenset()", "frozenset([1, 2])"])])()
            return ("hash", "hash(%s)" % x)
        if k == 8:
            return ("pow3", "pow(%s, %s, %s)" % (self.int_(), self.ch(["2", "-1", "0", "10", "65537"]), self.ch(["7", "-7", "1", "97", "(2**61-1)", "0"])))
        return ("float.methods", "(%s).%s" % (self.float_(), self.ch(["is_integer()", "as_integer_ratio()", "hex()", "__round__()", "__trunc__()", "real", "conjugate()"])))

    def fmt(self):
        k = self.r.randint(0, 4)
        if k <= 1:
            v = self.ch([self.int_, self.float_])()
            return ("format(num)", "format(%s, %r)" % (v, self.ch(SPECS_NUM)))
        if k == 2:
            return ("format(str)", "format(%s, %r)" % (self.str_(), self.ch(SPECS_STR)))
        if k == 3:
            v = self.ch([self.int_, self.float_, self.str_, self.value])()
            conv = self.ch(["", "!r", "!s", "!a"])
            spec = self.ch(["", ":>12", ":<8", ":^10", ":*^10", ":.3", ":{w}", ":>{w}.{p}", ":{w}.{p}f"])
            if "f" in spec or "{p}" in spec:
                v = self.float_() if not conv else v
            return ("fstring", "(lambda v, w, p: f'[{v%s%s}]')(%s, %d, %d)" % (conv, spec, v, self.r.randint(0, 12), self.r.randint(0, 5)))
        items = []
        fmt = []
        for _ in range(self.r.randint(1, 3)):
            c = self.ch(["%s", "%r", "%d", "%i", "%5d", "%-5d|", "%05d", "%+d", "%x", "%#X", "%o", "%e", "%.2e", "%f", "%.1f", "%8.3f", "%g", "%10.4g", "%c", "%%", "%a", "%-8s|", "%.2s"])
            fmt.append(c)
            if c == "%%":
                continue
            if c in ("%s", "%r", "%a", "%-8s|", "%.2s"):
                items.append(self.value())
            elif c == "%c":
                items.append(self.ch(["65", "'z'", "233", "0x1F600", "-1", "'ab'"]))
            else:
                items.append(self.num())
        tup = "(" + ", ".join(items) + ("," if len(items) == 1 else "") + ")"
        return ("%-format", "%r %% %s" % (" ".join(fmt), tup))

    def str_method(self):
        s = self.str_()
        m = self.ch([
            "split()", "split(',')", "split(None, 1)", "split(' ', -1)", "split('a', 2)", "rsplit(None, 1)",
            "rsplit(',', 1)", "split('')", "splitlines()", "splitlines(True)", "strip()", "lstrip('a ')",
            "rstrip('d\\t ')", "strip('xyz')", "replace('a', 'A')", "replace('', '-')", "replace('l', '', 1)",
            "replace('b', 'BB', -1)", "find('a')", "find('b', 2)", "rfind('a', -3)", "index('c')", "rindex('a')",
            "count('a')", "count('')", "count('ab', 1, -1)", "startswith(('a', 'H'))", "endswith('d', 0, -1)",
            "startswith('')", "partition(' ')", "rpartition('a')", "partition('')", "center(11, '*')", "center(4)",
            "ljust(9, '.')", "rjust(9)", "zfill(7)", "expandtabs()", "expandtabs(3)", "title()", "capitalize()",
            "upper()", "lower()", "casefold()", "swapcase()", "isalpha()", "isdigit()", "isdecimal()",
            "isnumeric()", "isalnum()", "isspace()", "istitle()", "isupper()", "islower()", "isidentifier()",
            "isprintable()", "isascii()", "encode()", "encode('ascii', 'replace')", "encode('latin-1', 'ignore')",
            "encode('ascii', 'xmlcharrefreplace')", "encode('ascii', 'backslashreplace')", "encode('utf-16')",
            "encode('ascii')", "encode('latin-1')", "removeprefix('a')", "removesuffix('c')", "join(['x', 'y'])",
            "join('12')", "center(-1)", "ljust(3, 'xy')", "__len__()", "__contains__('b')", "translate({97: 'A'})",
            "format(1, 2)", "split(maxsplit=1)", "rsplit(sep=',', maxsplit=1)", "zfill(-3)", "expandtabs(-1)",
            "find('')", "rfind('')", "index('')", "splitlines()[::-1]", "encode('utf-8').decode('ascii', 'replace')",
            "encode('utf-8').decode('latin-1')", "encode('utf-8').decode('ascii')", "upper().lower()",
        ])
        return ("str." + m.split("(")[0], "%s.%s" % (s, m))

    def bytes_method(self):
        b = self.ch(BYTES)
        m = self.ch(["hex()", "hex(':')", "upper()", "split(b',')", "split()", "strip()", "decode()", "decode('latin-1')",
                     "decode('ascii', 'replace')", "find(b'b')", "count(b'')", "replace(b'a', b'Z')", "startswith(b'a')",
                     "isalpha()", "title()", "center(9, b'-')", "zfill(6)", "__len__()", "__getitem__(0)", "__getitem__(-1)",
                     "join([b'1', b'2'])", "partition(b'b')", "isdigit()", "lower()", "swapcase()", "rjust(7)", "fromhex('41 42')",
                     "expandtabs()", "decode('utf-16')", "index(0)", "count(97)"])
        return ("bytes." + m.split("(")[0], "%s.%s" % (b, m))

    def coll_builtins(self):
        l = self.homog_list()
        k = self.r.randint(0, 11)
        if k == 0:
            key = self.ch(["", ", key=len", ", key=str", ", reverse=True", ", key=lambda x: -len(str(x)), reverse=True", ", key=repr", ", key=lambda x: (x > x, )"])
            return ("sorted", "sorted(%s%s)" % (l, key))
        if k == 1:
            return ("min/max", "%s(%s%s)" % (self.ch(["min", "max"]), l, self.ch(["", ", default=None", ", key=str", ", key=len", ", default='empty', key=repr"])))
        if k == 2:
            return ("sum", "sum(%s%s)" % (self.num_list(), self.ch(["", ", 10", ", 0.5", ", start=-1", ", (2**64)"])))
        if k == 3:
            return ("zip", "list(zip(%s, %s%s))" % (l, self.value(), self.ch(["", ", 'ab'"])))
        if k == 4:
            return ("enumerate", "list(enumerate(%s%s))" % (l, self.ch(["", ", 1", ", -3", ", start=2**64"])))
        if k == 5:
            return ("map", "list(map(%s, %s))" % (self.ch(["str", "repr", "bool", "type", "lambda x: x * 2", "hash", "len", "abs", "int", "float"]), l))
        if k == 6:
            return ("filter", "list(filter(%s, %s))" % (self.ch(["None", "bool", "lambda x: x", "str.isalpha", "lambda x: x != x"]), l))
        if k == 7:
            return ("reversed", "list(reversed(%s))" % self.ch([l, "range(5)", "'abc'", "(1, 2)"]))
        if k == 8:
            return ("any/all", "(any(%s), all(%s), len(%s), bool(%s))" % (l, l, l, l))
        if k == 9:
            return ("sum floats", "sum(%s)" % self.ch(["[0.1] * 10", "[1e100, 1.0, -1e100]", "[0.1, 0.2, 0.3]", "[2**53, 1.0, 1.0]", "[float('inf'), 1]", "[-0.0]", "[-0.0, -0.0]", "[1, 2.5, 10**20]", "map(float, range(10))"]))
        if k == 10:
            return ("list ops", "%s * %s + %s" % (l, self.ch(["0", "2", "-1", "True"]), l))
        return ("sorted mixed", "sorted(%s, key=lambda t: %s)" % (self.ch(["[(1, 'b'), (1, 'a'), (0, 'z')]", "[3, 1.5, True, -2, 0.0]", "['b', 'B', 'a', 'ä', '']"]), self.ch(["t", "str(t)", "repr(t)[::-1]", "-hash(t) % 7"])))

    def coll_methods(self):
        k = self.r.randint(0, 5)
        l = self.homog_list()
        if k == 0:
            ops = self.ch(["l.append(9)", "l.insert(-1, 'x')", "l.insert(100, 0)", "l.pop()", "l.pop(0)", "l.pop(-2)",
                           "l.remove(l[0])", "l.extend('ab')", "l.sort()", "l.sort(reverse=True, key=str)", "l.reverse()",
                           "l.index(l[-1])", "l.count(l[0])", "l.clear()", "l.__setitem__(slice(1, 3), [7])",
                           "l.__delitem__(slice(None, None, 2))", "l.__iadd__((1,))", "l.copy()"])
            return ("list." + ops.split("(")[0][2:], "(lambda l: (%s, l))(%s)" % (ops, l))
        if k == 1:
            d = self.value()
            d = "dict(%s)" % self.ch(["a=1, b=2", "[(1, 'x'), (2, 'y'), (1, 'z')]", "zip('abc', range(3))", "{0.0: 'f', 0: 'i', False: 'b'}", "{'k': [1], 'j': {'n': None}}"])
            ops = self.ch(["d.get('a')", "d.get(9, 'dflt')", "d.pop('a')", "d.pop('zz', None)", "d.popitem()", "d.setdefault('n', [])",
                           "d.update(b=5)", "d.update([(3, 4)])", "list(d.items())", "list(d.keys())", "d | {1: 2}", "d.copy()",
                           "dict.fromkeys('aab', 0)", "d.__getitem__('missing')", "sorted(d, key=str)", "list(reversed(d))",
                           "d == dict(sorted(d.items(), key=str))", "{**d, 'a': 9}"])
            return ("dict." + ops.split("(")[0][2:], "(lambda d: (%s, d))(%s)" % (ops, d))
        if k == 2:
            a = "{%s}" % ", ".join(self.key() for _ in range(self.r.randint(1, 5)))
            b = "{%s}" % ", ".join(self.key() for _ in range(self.r.randint(1, 5)))
            op = self.ch(["|", "&", "-", "^", "<=", "<", ">", "=="])
            return ("set" + op, "sorted(%s %s %s, key=repr)" % (a, op, b) if op in "|&-^" else "%s %s %s" % (a, op, b))
        if k == 3:
            a = "{%s}" % ", ".join(self.key() for _ in range(self.r.randint(1, 6)))
            m = self.ch(["pop()", "add(1)", "discard(99)", "remove(99)", "isdisjoint({1})", "issubset(range(5))", "union('ab', [1])",
                         "intersection({1, 'a'})", "difference([1])", "symmetric_difference({False})", "copy()", "update({7})"])
            return ("set." + m.split("(")[0], "(lambda s: (s.%s, s))(%s)" % (m, a))
        if k == 4:
            return ("set repr", self.ch(["{%s}" % ", ".join(self.key() for _ in range(self.r.randint(1, 8))),
                                         "set(%s)" % self.ch(STRINGS), "frozenset(%s)" % self.homog_list(),
                                         "{x %% %d for x in range(%d)}" % (self.r.randint(1, 9), self.r.randint(0, 40)),
                                         "set(%s) - {0}" % self.num_list(False)]))
        t = self.value()
        return ("tuple", self.ch(["(%s).count(1)" % l, "tuple(%s)" % l, "(%s) * 2" % t, "(%s) + (1,)" % t if t.startswith("(") else "len(%s)" % t,
                                  "tuple(%s).index(%s)" % (l, self.int_())]))

    def comprehension(self):
        src = self.ch(["range(%d)" % self.r.randint(0, 9), self.str_(), self.homog_list(), "'abc'", "[(1, 2), (3, 4)]"])
        src2 = self.ch(["range(3)", "'xy'", "[0, -1]"])
        body = self.ch(["x", "(x, y)", "str(x) * 2", "x if x else None", "[x] * 2"])
        cond = self.ch(["", " if x", " if not x", " if y", " if str(x) > 'a'"])
        kind = self.r.randint(0, 4)
        if kind == 0:
            return ("listcomp", "[%s for x in %s for y in %s%s]" % (body, src, src2, cond))
        if kind == 1:
            return ("dictcomp", "{%s: %s for x in %s%s}" % (self.ch(["x", "str(x)", "repr(x)[:2]"]), self.ch(["x", "len(str(x))", "[x]"]), src, cond.replace("y", "x")))
        if kind == 2:
            return ("setcomp", "sorted({str(x)[:2] for x in %s%s})" % (src, cond.replace("y", "x")))
        if kind == 3:
            return ("genexp", "list(x for x in %s%s)" % (src, cond.replace("y", "x")))
        return ("nestedcomp", "[[y for y in range(x)] for x in range(%d)]" % self.r.randint(0, 5))

    def module(self):
        k = self.r.randint(0, 13)
        if k == 0:
            f = self.ch(["sqrt", "floor", "ceil", "trunc", "exp", "log", "log10", "log2", "fabs", "factorial", "isqrt",
                         "isnan", "isinf", "isfinite", "degrees", "radians", "sin", "cos", "tan", "atan", "tanh", "erf",
                         "gamma", "lgamma", "expm1", "log1p", "asin", "acos", "frexp", "modf", "ulp"])
            arg = self.num() if f != "factorial" else self.ch(["0", "5", "20", "-1", "2.0", "2.5", "170"])
            return ("math." + f, "math.%s(%s)" % (f, arg))
        if k == 1:
            f = self.ch(["gcd", "lcm", "pow", "atan2", "hypot", "copysign", "fmod", "remainder", "comb", "perm",
                         "isclose", "log", "ldexp", "dist", "prod", "fsum", "nextafter"])
            if f in ("dist",):
                return ("math.dist", "math.dist((%s, %s), (%s, %s))" % (self.num(), self.num(), self.num(), self.num()))
            if f in ("prod", "fsum"):
                return ("math." + f, "math.%s(%s)" % (f, self.num_list()))
            if f in ("ldexp",):
                return ("math.ldexp", "math.ldexp(%s, %s)" % (self.float_(), self.ch(["3", "-1074", "1024", "-2"])))
            return ("math." + f, "math.%s(%s, %s)" % (f, self.num(), self.num()))
        if k == 2:
            f = self.ch(["mean", "median", "median_low", "median_high", "mode", "multimode", "stdev", "pstdev",
                         "variance", "pvariance", "fmean", "geometric_mean", "harmonic_mean", "quantiles"])
            data = self.ch([self.num_list(False), self.num_list(), "[1, 2, 3, 4]", "[1.5, 2.5, 2.5, 10]", "[]", "[7]", "[2, 2, 3, 3]", "['a', 'b', 'b']"])
            return ("statistics." + f, "statistics.%s(%s)" % (f, data))
        if k == 3:
            v = self.value()
            opts = self.ch(["", ", sort_keys=True", ", indent=2", ", separators=(',', ':')", ", ensure_ascii=False", ", indent='\\t', sort_keys=True",
                            ", allow_nan=False", ", default=str", ", skipkeys=True", ", indent=0"])
            return ("json.dumps", "json.dumps(%s%s)" % (v, opts))
        if k == 4:
            s = self.ch(["'[1, 2.50, -0.0, 1e400, \"\\\\u00e9\"]'", "'{\"a\": {\"b\": [true, false, null]}}'", "'NaN'", "'12345678901234567890'",
                         "'{\"a\": 1, \"a\": 2}'", "'[1,]'", "'\"\\\\ud83d\\\\ude00\"'", "' 3 '", "'1.0e-3'", "'{1: 2}'", "''", "'[1] x'", "'\"abc'"])
            return ("json.loads", "json.loads(%s)" % s)
        if k == 5:
            pat = self.ch([r"r'\w+'", r"r'(\d+)-(\d+)'", r"r'[aeiou]'", r"r'\s+'", r"r'(?P<w>[A-Z])\w*'", r"r'a|b'", r"r'^\w'", r"r'(a)(b)?'",
                           r"r'\b'", r"r'x*'", r"r'[^\W\d]+'", r"r'(?i)é'", r"r'\d'"])
            s = self.ch(STRINGS + ["'12-34 56-7'", "'The Quick brown'", "'a1b22c333'"])
            f = self.ch(["findall(%s, %s)", "split(%s, %s)", "sub(%s, '#', %s)", "sub(%s, r'<\\g<0>>', %s)", "subn(%s, '', %s)",
                         "[m.span() for m in re.finditer(%s, %s)]", "(lambda m: m and (m.group(), m.groups()))(re.search(%s, %s))",
                         "(lambda m: m and m.groupdict())(re.match(%s, %s))", "sub(%s, lambda m: m.group().upper(), %s)",
                         "fullmatch(%s, %s) is None", "split(%s, %s, maxsplit=1)"])
            call = f % (pat, s)
            if not call.startswith(("[", "(")):
                call = "re." + call
            return ("re." + f.split("(")[0].strip("[m."), call)
        if k == 6:
            c = "Counter(%s)" % self.ch([self.str_(), self.homog_list(), "a=3, b=-1, c=0", "'mississippi'", "{'x': 2, 'y': 5}"])
            op = self.ch(["%s.most_common(2)", "%s.most_common()", "%s + Counter('aab')", "%s - Counter('ab')", "%s | Counter('zz')",
                          "%s & Counter('sip')", "+%s", "-%s", "sorted(%s.elements())", "%s.total()", "%s['q']", "list(%s.items())",
                          "(lambda c: (c.subtract('s'), c))(%s)", "(lambda c: (c.update(s=2), c))(%s)", "%s == Counter()", "dict(%s)"])
            return ("Counter", op % c)
        if k == 7:
            l = self.homog_list()
            f = self.ch(["list(itertools.accumulate(%s))" % self.num_list(), "list(itertools.accumulate(%s, initial=100))" % self.num_list(False),
                         "list(itertools.combinations(%s, 2))" % l, "list(itertools.permutations('abc', %d))" % self.r.randint(0, 4),
                         "list(itertools.product('ab', repeat=2))", "[(k, list(g)) for k, g in itertools.groupby(%s)]" % self.ch(["'aabbbcaa'", l]),
                         "list(itertools.islice(itertools.count(%s, %s), 4))" % (self.num(), self.ch(["1", "-2", "0.5"])),
                         "list(itertools.chain(%s, 'xy'))" % l, "list(itertools.zip_longest('abc', %s, fillvalue='-'))" % l,
                         "list(itertools.starmap(pow, [(2, 5), (3, 2)]))", "list(itertools.takewhile(bool, %s))" % l,
                         "list(itertools.dropwhile(bool, %s))" % l, "list(itertools.compress('abcdef', [1, 0, 1]))",
                         "list(itertools.pairwise(%s))" % l, "list(itertools.combinations_with_replacement('abc', 2))",
                         "list(itertools.islice('abcdefg', 1, None, 2))", "list(itertools.repeat('x', 3))",
                         "list(itertools.filterfalse(None, %s))" % l, "list(itertools.islice(itertools.cycle('ab'), 5))"])
            return ("itertools", f)
        if k == 8:
            f = self.ch(["functools.reduce(operator.add, %s)" % self.homog_list(), "functools.reduce(lambda a, b: a * b, %s, 1)" % self.num_list(),
                         "functools.partial(int, base=2)('1011')", "sorted(%s, key=functools.cmp_to_key(lambda a, b: (a > b) - (a < b)))" % self.homog_list(),
                         "functools.reduce(max, [])", "operator.itemgetter(1, 0)('abc')", "operator.attrgetter('real')(%s)" % self.num(),
                         "list(map(operator.neg, %s))" % self.num_list(), "operator.methodcaller('split', ',')('a,b')"])
            return ("functools", f)
        if k == 9:
            l = self.homog_list()
            f = self.ch(["(lambda h: (heapq.heapify(h), h))(%s)" % l, "heapq.nlargest(3, %s)" % l, "heapq.nsmallest(2, %s, key=str)" % l,
                         "(lambda h: [heapq.heappush(h, x) for x in %s] and [heapq.heappop(h) for _ in range(len(h))])([])" % l,
                         "list(heapq.merge([1, 4, 9], [2, 3, 10]))", "bisect.bisect(sorted(%s), %s)" % (self.num_list(False), self.int_()),
                         "bisect.bisect_left([1, 2, 2, 3], 2)", "(lambda a: (bisect.insort(a, 2.5), a))([1, 2, 3])",
                         "bisect.bisect_right('acegi', 'd')"])
            return ("heapq/bisect", f)
        if k == 10:
            d = "datetime.datetime(%d, %d, %d, %d, %d, %d)" % (self.r.randint(1, 2100), self.r.randint(1, 12), self.r.randint(1, 28),
                                                             self.r.randint(0, 23), self.r.randint(0, 59), self.r.randint(0, 59))
            td = "datetime.timedelta(%s=%s)" % (self.ch(["days", "seconds", "hours", "minutes", "microseconds", "weeks", "milliseconds"]),
                                               self.ch(["1", "-1", "1.5", "-0.25", "90061", "365", "1e-7", "10**9"]))
            f = self.ch(["%s + %s" % (d, td), "%s - %s" % (d, td), "str(%s)" % td, "%s * 3" % td, "%s / 7" % td, "%s // 2" % td,
                         "(%s).total_seconds()" % td, "%s.strftime(%r)" % (d, self.ch(["%Y-%m-%d %H:%M:%S", "%a %b %d %j %U %W %w", "%I %p %y %%", "%c", "%x %X", "%G-W%V-%u", "%-d/%-m", "%e|%C|%D"])),
                         "%s.isoformat()" % d, "%s.weekday()" % d, "%s.date()" % d, "%s - datetime.datetime(2000, 1, 1)" % d,
                         "%s.replace(month=2, day=29)" % d, "abs(%s)" % td, "divmod(%s, datetime.timedelta(hours=5))" % td,
                         "%s.timetuple()" % d, "%s.isocalendar()" % d, "datetime.date.fromordinal(%d)" % self.r.randint(-1, 800000),
                         "str(%s)" % d, "repr(%s)" % td, "%s %% datetime.timedelta(minutes=7)" % td])
            return ("datetime", f)
        if k == 11:
            s = self.ch(["0", "1", "42", "-7", "2**70", "'spark'", "3.5", "b'ab'", "None"])
            f = self.ch(["r.random()", "r.randint(1, 100)", "r.randrange(0, 50, 5)", "r.choice('abcdef')", "(lambda l: (r.shuffle(l), l))(list(range(8)))",
                         "r.sample(range(100), 5)", "r.uniform(-1, 1)", "r.gauss(0, 1)", "r.getrandbits(70)", "r.choices('abc', k=5)",
                         "r.choices(range(4), weights=[1, 0, 3, 1], k=4)", "r.expovariate(2)", "r.triangular(0, 10)", "r.randbytes(5)",
                         "r.normalvariate(5, 2)", "r.betavariate(2, 3)", "r.paretovariate(3)", "r.vonmisesvariate(1, 2)"])
            return ("random", "(lambda r: %s)(random.Random(%s))" % (f, s))
        if k == 12:
            f = self.ch(["namedtuple('P', 'x y')(1, %s)" % self.value(), "OrderedDict(a=1, b=2) == OrderedDict(b=2, a=1)",
                         "(lambda d: (d['x'].append(1), d))(defaultdict(list))", "(lambda q: (q.rotate(%d), q))(deque(%s, maxlen=5))" % (self.r.randint(-3, 3), self.homog_list()),
                         "(lambda q: (q.appendleft(0), q.pop(), q))(deque('abc'))", "namedtuple('P', 'x y')(1, 2)._asdict()",
                         "namedtuple('P', 'x, y', defaults=[0])(5)._replace(x=%s)" % self.value(), "list(OrderedDict.fromkeys('abracadabra'))",
                         "(lambda o: (o.move_to_end('a'), o.popitem(last=False), o))(OrderedDict.fromkeys('abc'))"])
            return ("collections", f)
        f = self.ch(["string.capwords(%s)" % self.str_(), "string.ascii_letters[%d:%d]" % (self.r.randint(0, 20), self.r.randint(20, 60)),
                     "string.Template('$a and ${b}').safe_substitute(a=%s)" % self.value(), "string.punctuation", "string.digits + string.hexdigits",
                     "string.Template('$x').substitute(y=1)", "string.capwords(%s, '-')" % self.str_()])
        return ("string", f)

    def errors(self):
        e = self.ch(["1 / 0", "1 // 0", "1 % 0", "1.0 / 0", "divmod(1, 0)", "0.0 ** -1", "[][0]", "{}['k']", "{}[(1, 'a')]",
                     "int('abc')", "int('1.5')", "float('x')", "'a' + 1", "1 + 'a'", "[] + ()", "None + 1", "len(5)", "'abc'[10]",
                     "(1, 2)[5]", "{}.pop(1)", "[].pop()", "[1].remove(2)", "'abc'.index('z')", "ord('ab')", "chr(-1)", "chr(0x110000)",
                     "int('9' * 5000)", "math.sqrt(-1)", "math.log(0)", "math.factorial(-1)", "math.factorial(2.5)", "sorted([1, 'a'])",
                     "max([])", "min(1)", "sum(['a', 'b'], '')", "'x' * 'y'", "[1, 2, 3][1:2:0]", "(1).foo", "None.bar", "hash([])",
                     "{[]: 1}", "set([{}])", "'%d' % 'x'", "'%s %s' % (1,)", "'%s' % (1, 2)", "'{0} {2}'.format(1, 2)", "'{x}'.format(y=1)",
                     "format(1.5, 'd')", "format('a', 'd')", "format(1, 's')", "format(3, '.2s')", "format('x', '+')", "int(None)",
                     "float([])", "iter(5)", "next(iter([]))", "list(zip(1, 2))", "dict([1, 2])", "dict(a=1)['b']", "tuple(1)",
                     "'abc'.split(1)", "'abc'.replace(1, 2)", "'a'.join([1])", "round('x')", "round(1.5, 'a')", "abs('x')",
                     "pow(2, -1, 4)", "pow(0, -1)", "2 ** -1 % 0", "10 ** 10000 * 1.0", "float(10 ** 400)", "math.exp(1000)",
                     "1e308 * 10", "int(float('inf'))", "int(float('nan'))", "(1.5).as_integer_ratio()[5]", "statistics.mean([])",
                     "statistics.stdev([1])", "json.loads('{')", "json.dumps({1, 2})", "json.dumps(float('nan'), allow_nan=False)",
                     "re.compile('(')", "re.sub('(a)', r'\\2', 'a')", "datetime.date(2023, 2, 30)", "datetime.timedelta(days=10**9)",
                     "random.Random(1).choice([])", "bytes([256])", "b'a' + 'b'", "'é'.encode('ascii')", "b'\\xff'.decode()",
                     "''.join(None)", "[1, 2].index(3)", "(1, 2).index(3)", "x_undefined",
                     "list.append()", "str.upper(1)", "int.__add__(1, 'a')", "(lambda a, b: 0)(1)", "(lambda a: 0)(1, 2)",
                     "(lambda: 0)(x=1)", "sorted(1)", "reversed({})", "enumerate(1)", "range(1.5)", "range(0, 10, 0)",
                     "'abc'.center(5, 'xy')", "'abc'.zfill('a')", "{1, 2}.remove(3)", "frozenset().add", "Counter('a') + 1",
                     "heapq.heappop([])", "bisect.bisect(1, 1)", "itertools.islice('abc', -1)", "functools.reduce(max, [])",
                     "math.comb(-1, 2)", "math.gcd(1.5, 2)", "divmod(1, 0.0)", "1 % 0.0", "complex('x')", "[1][True:'a']",
                     "getattr(1, 'zz')", "setattr(1, 'a', 2)", "isinstance(1, 2)", "issubclass(1, int)", "type('x', (), {})() + 1",
                     "str(b'x', 'bad-codec')", "__import__('nosuchmodule')", "int('12', 1)", "int(1.5, 10)"])
        return ("error", e)

    def test(self):
        kinds = [self.arith] * 4 + [self.bitops, self.unary, self.compare, self.mixed_eq, self.slicing] + [self.rounding] * 2 + \
            [self.numeric_builtins] * 3 + [self.fmt] * 4 + [self.str_method] * 4 + [self.bytes_method] + [self.coll_builtins] * 3 + \
            [self.coll_methods] * 3 + [self.comprehension] * 2 + [self.module] * 6 + [self.errors] * 2 + \
            [self.fmt2] * 5 + [self.int_methods] * 2 + [self.json_roundtrip] + [self.str_methods2] * 3 + \
            [self.pipeline] * 4 + [self.dates] * 2
        return self.ch(kinds)()

    def program(self):
        lines = [HEADER]
        for i in range(self.tests):
            kind, expr = self.test()
            lines.append("show(%d, %r, lambda: %s)" % (i, kind, expr))
        return "\n".join(lines) + "\n"


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("seed", nargs="?", type=int)
    ap.add_argument("--dir")
    ap.add_argument("--first", type=int, default=0)
    ap.add_argument("--count", type=int, default=1)
    ap.add_argument("--tests", type=int, default=40)
    a = ap.parse_args()
    if a.dir is None:
        print(Gen(a.seed or 0, a.tests).program(), end="")
        return
    os.makedirs(a.dir, exist_ok=True)
    for s in range(a.first, a.first + a.count):
        with open(os.path.join(a.dir, "p_%d.py" % s), "w") as f:
            f.write(Gen(s, a.tests).program())


if __name__ == "__main__":
    main()
