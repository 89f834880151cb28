#!/usr/bin/env python3
"""Generates course-style PySpark Streaming programs for differential runs (Spark vs Runnel).

usage: dstream_gen.py --seed N --out DIR [--count K]

Each program is a conformance case (see tests/conformance and tools/oracle/harness.py):
a queueStream over createQUEUERDD(data) with random partitionings (zero-partition batches,
empty partitions), random records of one tracked shape, a chain of 2-6 DStream operators
drawn from the registry below that only applies an operator where the record shape allows
it (keys hashable for shuffles, orderable for sorts, a combining function that fits the
values), windows multiples of the current slide, then 1-3 outputs. Same seed, same files.
"""
import argparse, os, random, re, sys
from collections import Counter, namedtuple

Venta = namedtuple("Venta", ["prod", "cant"])


class Clave:
    """A program-defined key class (equality/hash by value); its repr is its constructor."""

    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        return isinstance(other, Clave) and self.v == other.v

    def __hash__(self):
        return hash(self.v)

    def __lt__(self, other):
        return repr(self.v) < repr(other.v)

    def __repr__(self):
        return "Clave(%r)" % (self.v,)


PRELUDE = {
    "ctr": "from collections import Counter",
    "nt": "from collections import namedtuple\nVenta = namedtuple('Venta', ['prod', 'cant'])",
    "obj": ("class Clave:\n    def __init__(self, v):\n        self.v = v\n\n"
            "    def __eq__(self, other):\n        return isinstance(other, Clave) and self.v == other.v\n\n"
            "    def __hash__(self):\n        return hash(self.v)\n\n"
            "    def __lt__(self, other):\n        return repr(self.v) < repr(other.v)\n\n"
            "    def __repr__(self):\n        return 'Clave(%r)' % (self.v,)\n"),
    "json": "import json",
}

WORDS = ["el", "la", "sol", "luna", "año", "niño", "café", "canción", "Árbol", "mañana",
         "ÉL", "über", "straße", "acción", "pingüino", "a", "Ñu", "sí"]
INTS = [0, 1, 2, 3, 5, 7, -1, -3, -8, 10, 42, True, False, 2**64 + 1, -(2**70), 10**20]
FLOATS = [0.5, 1.5, 2.5, -0.5, -2.5, 0.1, 0.2, 1e16, 1.25, 3.0, -0.0, 2.675, 1 / 3, 7.0]
MIXED = [None, (1, "a"), [1, [2, 3]], {"k": 1, "b": [2]}, {1, 2, 3}, frozenset({"x", "y"}),
         2**65, True, -0.0, 2.5, "ñ", (), [], {}, set(), ("año", (2, None)), [[], {}], 3]

# A shape is a tuple: ("int",) ("num",) ("str",) ("line",) ("mixed",) ("list", E)
# ("set", E) ("fset", E) ("pair", A, B) ("opt", E) ("obj", E) (a Clave around E)
# ("nt", A, B) (a Venta namedtuple: a pair to the keyed operators) ("ctr",) (a Counter of str).


def hashable(s):
    k = s[0]
    if k in ("int", "num", "str", "line", "fset", "obj"):
        return True
    if k in ("pair", "nt"):
        return hashable(s[1]) and hashable(s[2])
    if k == "opt":
        return hashable(s[1])
    return False


def orderable(s):
    k = s[0]
    if k in ("int", "num", "str", "line", "obj"):
        return True
    if k == "list":
        return orderable(s[1])
    if k in ("pair", "nt"):
        return orderable(s[1]) and orderable(s[2])
    return False


def is_pair(s):
    return s[0] in ("pair", "nt")


def keyed(s):
    """Pairs whose keys a shuffle can hash."""
    return is_pair(s) and hashable(s[1])


def jsonable(s):
    k = s[0]
    if k in ("int", "num", "str", "line", "ctr"):
        return True
    if k in ("list", "opt"):
        return jsonable(s[1])
    if k in ("pair", "nt"):
        return jsonable(s[1]) and jsonable(s[2])
    return False


class Gen:
    def __init__(self, rng):
        self.r = rng
        self.statics = []  # lines defining static RDDs, hoisted to the top
        self.prelude = set()  # PRELUDE keys the program uses

    def uses(self, s):
        """Notes the definitions a shape's records need."""
        k = s[0]
        if k in ("obj", "nt", "ctr"):
            self.prelude.add(k)
        for sub in s[1:]:
            if isinstance(sub, tuple):
                self.uses(sub)

    def pick(self, xs):
        return self.r.choice(xs)

    # ---- records -------------------------------------------------------------------
    def value(self, s, keyish=False):
        r, k = self.r, s[0]
        if k == "int":
            return r.choice(INTS[:10] if keyish else INTS + [1, 2, 3, 4])
        if k == "num":
            return r.choice(INTS[:8] + FLOATS if not keyish else [0.5, 1, 1.0, 2.5, 2, True])
        if k == "str":
            return r.choice(WORDS[:8] if keyish else WORDS)
        if k == "line":
            return " ".join(r.choice(WORDS) for _ in range(r.randint(0, 4)))
        if k == "mixed":
            return r.choice(MIXED)
        if k == "list":
            return [self.value(s[1]) for _ in range(r.randint(0, 3))]
        if k == "set":
            return {self.value(s[1], True) for _ in range(r.randint(0, 3))}
        if k == "fset":
            return frozenset(self.value(s[1], True) for _ in range(r.randint(0, 2)))
        if k == "pair":
            return (self.value(s[1], True), self.value(s[2]))
        if k == "opt":
            return None if r.random() < 0.3 else self.value(s[1], keyish)
        if k == "obj":
            return Clave(self.value(s[1], True))
        if k == "nt":
            return Venta(self.value(s[1], True), self.value(s[2]))
        if k == "ctr":
            return Counter(r.choice(WORDS[:6]) for _ in range(r.randint(0, 5)))
        raise ValueError(s)

    def batch(self, s):
        r = self.r
        if r.random() < 0.12:
            return []  # an RDD with zero partitions
        # now and then a big partition: sorts sample their range bounds, pprint cuts at 10
        return [[self.value(s) for _ in range(r.choice([0, 1, 2, 3, 3, 4]) if r.random() < 0.9 else r.randint(8, 40))]
                for _ in range(r.choice([1, 1, 2, 2, 3]))]

    def data(self, s, n):
        return [self.batch(s) for _ in range(n)]

    def static(self, s, n=None):
        name = "static%d" % len(self.statics)
        recs = [self.value(s) for _ in range(self.r.randint(1, 5))]
        self.statics.append("%s = sc.parallelize(%r, %d)" % (name, recs, n or self.r.randint(1, 3)))
        return name

    # ---- element functions -----------------------------------------------------------
    def maps(self, s):
        k, out = s[0], []
        if hashable(s):
            out += [("lambda x: (x, 1)", ("pair", s, ("int",)))]
            out += [("lambda x: (hash(x) % 3, x)", ("pair", ("int",), s))]
        if hashable(s):
            out += [("lambda x: Clave(x)", ("obj", s))]
        if jsonable(s):
            out += [("lambda x: json.dumps(x)", ("str",)),
                    ("lambda x: json.dumps(x, ensure_ascii=False, sort_keys=True)", ("str",)),
                    ("lambda x: json.loads(json.dumps([x]))", ("list", s))]
        out += [("lambda x: repr(x)", ("str",)), ("lambda x: str(x)", ("str",)),
                ("lambda x: (len(repr(x)) % 3, x)", ("pair", ("int",), s)),
                ("lambda x: [x, x]", ("list", s))]
        if k == "int":
            out += [("lambda x: x * 2", s), ("lambda x: x % 3", s), ("lambda x: -x // 2", s),
                    ("lambda x: (x % 3, x)", ("pair", ("int",), ("int",))),
                    ("lambda x: (x > 0, x)", ("pair", ("int",), ("int",))),
                    ("lambda x: (str(x), 1)", ("pair", ("str",), ("int",))),
                    ("lambda x: x / 2", ("num",)), ("lambda x: x ** 2", s),
                    ("lambda x: x + True", s), ("lambda x: x * 10 ** 18 + 7", s),
                    ("lambda x: (x % 4) ** 40", s), ("lambda x: x << 65", s),
                    ("lambda x: Venta(str(x % 3), x)", ("nt", ("str",), s)),
                    ("lambda x: ((2 ** 64 + x) % 1000, x)", ("pair", ("int",), ("int",))),
                    ("lambda x: (x * 2 ** 63, x)", ("pair", ("int",), ("int",)))]
        elif k == "num":
            out += [("lambda x: round(x)", ("int",)), ("lambda x: round(x, 1)", s),
                    ("lambda x: x * 1.5", s), ("lambda x: (int(x) % 2, x)", ("pair", ("int",), s)),
                    ("lambda x: abs(x)", s), ("lambda x: x // 1", s), ("lambda x: -x", s)]
        elif k == "str":
            out += [("lambda w: w.upper()", s), ("lambda w: (w, 1)", ("pair", s, ("int",))),
                    ("lambda w: (w[0], w)", ("pair", s, s)), ("lambda w: (len(w), w)", ("pair", ("int",), s)),
                    ("lambda w: w.capitalize()", s), ("lambda w: w[::-1]", s),
                    ("lambda w: w.lower()", s), ("lambda w: len(w)", ("int",)),
                    ("lambda w: w.casefold()", s), ("lambda w: w.title()", s),
                    ("lambda w: Counter(w)", ("ctr",)), ("lambda w: Venta(w, len(w))", ("nt", s, ("int",))),
                    ("lambda w: (Clave(w[:2]), 1)", ("pair", ("obj", s), ("int",)))]
        elif k == "line":
            out += [("lambda l: len(l.split())", ("int",)), ("lambda l: l.upper()", s),
                    ("lambda l: (l.split()[0] if l.split() else '', l)", ("pair", ("str",), s)),
                    ("lambda l: l.split()", ("list", ("str",))),
                    ("lambda l: Counter(l.split())", ("ctr",)),
                    ("lambda l: json.dumps({'l': l, 'n': len(l.split())})", ("str",))]
        elif k == "mixed":
            out += [("lambda x: (type(x).__name__, repr(x))", ("pair", ("str",), ("str",))),
                    ("lambda x: (type(x).__name__, 1)", ("pair", ("str",), ("int",))),
                    ("lambda x: isinstance(x, (int, float))", ("int",))]
        elif k == "list":
            out += [("lambda l: len(l)", ("int",)), ("lambda l: l[:2]", s), ("lambda l: l[::-1]", s)]
            if orderable(s[1]):
                out += [("lambda l: sorted(l)", s)]
            if s[1][0] in ("int", "num"):
                out += [("lambda l: sum(l)", s[1])]
        elif k in ("set", "fset"):
            out += [("lambda c: len(c)", ("int",)), ("lambda c: frozenset(c)", ("fset", s[1]))]
            if orderable(s[1]):
                out += [("lambda c: sorted(c)", ("list", s[1]))]
        elif k == "ctr":
            out += [("lambda c: c.most_common(2)", ("list", ("pair", ("str",), ("int",)))),
                    ("lambda c: sorted(c.items())", ("list", ("pair", ("str",), ("int",)))),
                    ("lambda c: sum(c.values())", ("int",)), ("lambda c: json.dumps(c)", ("str",)),
                    ("lambda c: c + Counter('sol')", s), ("lambda c: list(c.elements())", ("list", ("str",))),
                    ("lambda c: (len(c), c)", ("pair", ("int",), s))]
        elif k == "obj":
            out += [("lambda o: o.v", s[1]), ("lambda o: (o, 1)", ("pair", s, ("int",)))]
        elif k in ("pair", "nt"):
            a, b = s[1], s[2]
            out += [("lambda kv: kv[0]", a), ("lambda kv: kv[1]", b)]
            if k == "nt":
                out += [("lambda v: v.prod", a), ("lambda v: v._replace(prod=repr(v.prod))", ("nt", ("str",), b)),
                        ("lambda v: v._asdict()", ("mixed",)), ("lambda v: (v.prod, v)", ("pair", a, s))]
            elif hashable(a):
                out += [("lambda kv: Venta(*kv)", ("nt", a, b))]
            if hashable(b):
                out += [("lambda kv: (kv[1], kv[0])", ("pair", b, a))]
            out += [("lambda kv: (kv[0], [kv[1]])", ("pair", a, ("list", b)))]
        elif k == "opt":
            out += [("lambda x: x is None", ("int",))]
            if s[1][0] in ("int", "num"):
                out += [("lambda x: x if x is not None else 0", s[1])]
        return out

    def flatmaps(self, s):
        k = s[0]
        out = [("lambda x: [x, x]", s), ("lambda x: (x,)", s), ("lambda x: []", s)]
        if k == "line":
            out += [("lambda l: l.split()", ("str",))] * 3
        elif k == "str":
            out += [("lambda w: list(w)", s), ("lambda w: [w, w.upper()]", s)]
        elif k == "int":
            out += [("lambda x: range(x % 4)", s), ("lambda x: [x, -x]", s)]
        elif k in ("list", "set", "fset"):
            out += [("lambda c: c", s[1])] * 2
        elif k == "mixed":
            out += [("lambda x: x if isinstance(x, (list, tuple, set, frozenset)) else [x]", s)]
        elif k in ("pair", "nt") and s[1] == s[2]:
            out += [("lambda kv: kv", s[1])]
        elif k == "ctr":
            out += [("lambda c: c.items()", ("pair", ("str",), ("int",))), ("lambda c: c", ("str",))]
        return out

    def filters(self, s):
        k = s[0]
        out = ["lambda x: bool(x)"]
        if hashable(s):
            out += ["lambda x: hash(x) % 3 != 0"]
        if k == "int":
            out += ["lambda x: x % 2 == 0", "lambda x: x > 0", "lambda x: x != 1"]
        elif k == "num":
            out += ["lambda x: x > 0.5", "lambda x: x == int(x)"]
        elif k == "str":
            out += ["lambda w: len(w) > 3", "lambda w: 'a' in w", "lambda w: w.isalpha()",
                    "lambda w: w.islower()", "lambda w: w < 'm'"]
        elif k == "line":
            out += ["lambda l: len(l) > 5", "lambda l: 'sol' in l"]
        elif k == "mixed":
            out += ["lambda x: x is not None", "lambda x: isinstance(x, (int, float))"]
        elif k in ("list", "set", "fset"):
            out += ["lambda c: len(c) > 1"]
        elif k == "ctr":
            out += ["lambda c: c['sol'] > 0", "lambda c: len(c) > 1"]
        elif k == "obj":
            out += ["lambda o: o < Clave('m')", "lambda o: o == Clave(1)"]
        elif k in ("pair", "nt"):
            for f in self.filters(s[2]):
                arg, body = f[len("lambda "):].split(": ", 1)
                out.append("lambda kv: " + _subst(body, arg, "kv[1]"))
        return out

    def reducers(self, s):
        k = s[0]
        out = []
        if k == "int":
            out = ["lambda a, b: a + b", "max", "min", "lambda a, b: a * b % 1000003", "lambda a, b: a - b"]
        elif k == "num":
            out = ["lambda a, b: a + b", "max", "min"]
        elif k in ("str", "line"):
            out = ["lambda a, b: a + b", "max", "lambda a, b: a if len(a) >= len(b) else b"]
        elif k == "list":
            out = ["lambda a, b: a + b"]
        elif k in ("set", "fset"):
            out = ["lambda a, b: a | b"]
        elif k == "ctr":
            out = ["lambda a, b: a + b", "lambda a, b: a | b", "lambda a, b: a - b"]
        elif k == "obj":
            out = ["max", "min"]
        elif k in ("pair", "nt"):
            if self.reducers(s[1]) and self.reducers(s[2]) and s[1][0] in ("int", "num") and s[2][0] in ("int", "num"):
                out = ["lambda a, b: (a[0] + b[0], a[1] + b[1])"]
            if orderable(s):
                out += ["max"]
        return out


def _subst(body, var, new):
    return re.sub(r"\b%s\b" % re.escape(var), new, body)


class Program:
    """A chain of streams being built: each stream is (name, shape, slide in batches)."""

    def __init__(self, g, seed, idx):
        self.g, self.r = g, g.r
        self.lines, self.n = [], 0
        self.checkpoint = False
        self.seed, self.idx = seed, idx
        self.queues = 0

    def new(self, expr, shape, slide):
        name = "s%d" % self.n
        self.n += 1
        self.lines.append("%s = %s" % (name, expr))
        return (name, shape, slide)

    def source(self, shape, nbatches):
        data = self.g.data(shape, nbatches if self.r.random() < 0.85 else nbatches - 1)
        dname = "data" if self.queues == 0 else "data%d" % self.queues
        self.queues += 1
        self.lines.append("%s = %r" % (dname, data))
        return self.new("ssc.queueStream(createQUEUERDD(%s))" % dname, shape, 1)

    def window(self, slide):
        a = self.pick([1, 2, 2, 3, 3, 5] if slide == 1 else [1, 2])
        b = self.pick([x for x in (1, 2) if x <= a])
        return a * slide, b * slide

    def pick(self, xs):
        return self.r.choice(xs)

    def nparts(self):
        return ", %d" % self.pick([1, 2, 3]) if self.r.random() < 0.4 else ""

    # ---- the operator registry: each returns a new stream or None where it does not apply
    def op_map(self, st):
        f, s = self.pick(self.g.maps(st[1]))
        return self.new("%s.map(%s)" % (st[0], f), s, st[2])

    def op_flatmap(self, st):
        f, s = self.pick(self.g.flatmaps(st[1]))
        return self.new("%s.flatMap(%s)" % (st[0], f), s, st[2])

    def op_filter(self, st):
        return self.new("%s.filter(%s)" % (st[0], self.pick(self.g.filters(st[1]))), st[1], st[2])

    def op_map_values(self, st):
        if not is_pair(st[1]):
            return None
        f, s = self.pick(self.g.maps(st[1][2]))
        return self.new("%s.mapValues(%s)" % (st[0], f), ("pair", st[1][1], s), st[2])

    def op_flat_map_values(self, st):
        if not is_pair(st[1]):
            return None
        f, s = self.pick(self.g.flatmaps(st[1][2]))
        return self.new("%s.flatMapValues(%s)" % (st[0], f), ("pair", st[1][1], s), st[2])

    def op_reduce_by_key(self, st):
        if not keyed(st[1]) or not self.g.reducers(st[1][2]):
            return None
        f = self.pick(self.g.reducers(st[1][2]))
        return self.new("%s.reduceByKey(%s%s)" % (st[0], f, self.nparts()), st[1], st[2])

    def op_group_by_key(self, st):
        if not keyed(st[1]):
            return None
        b = st[1][2]
        fs = [("list", ("list", b)), ("len", ("int",))] + ([("sorted", ("list", b))] if orderable(b) else [])
        f, s = self.pick(fs)
        return self.new("%s.groupByKey(%s).mapValues(%s)" % (st[0], self.nparts()[2:], f), ("pair", st[1][1], s), st[2])

    def op_combine_by_key(self, st):
        if not keyed(st[1]):
            return None
        b = st[1][2]
        if b[0] in ("int", "num") and self.r.random() < 0.6:
            c = "lambda v: (v, 1), lambda c, v: (c[0] + v, c[1] + 1), lambda a, b: (a[0] + b[0], a[1] + b[1])"
            s = ("pair", b, ("int",))
        else:
            c = "lambda v: [v], lambda c, v: c + [v], lambda a, b: a + b"
            s = ("list", b)
        return self.new("%s.combineByKey(%s%s)" % (st[0], c, self.nparts()), ("pair", st[1][1], s), st[2])

    def op_count_by_value(self, st):
        if not hashable(st[1]):
            return None
        return self.new("%s.countByValue()" % st[0], ("pair", st[1], ("int",)), st[2])

    def op_window(self, st):
        w, s = self.window(st[2])
        return self.new("%s.window(%d, %d)" % (st[0], w, s), st[1], s)

    def op_reduce_by_window(self, st):
        rs = self.g.reducers(st[1])
        if not rs:
            return None
        w, s = self.window(st[2])
        f = self.pick(rs)
        inv = "lambda a, b: a - b" if st[1][0] == "int" and f == "lambda a, b: a + b" and self.r.random() < 0.6 else "None"
        self.checkpoint = True
        return self.new("%s.reduceByWindow(%s, %s, %d, %d)" % (st[0], f, inv, w, s), st[1], s)

    def op_reduce_by_key_and_window(self, st):
        if not keyed(st[1]) or not self.g.reducers(st[1][2]):
            return None
        w, s = self.window(st[2])
        f = self.pick(self.g.reducers(st[1][2]))
        self.checkpoint = True
        if st[1][2][0] in ("int", "num", "ctr") and f == "lambda a, b: a + b" and self.r.random() < 0.7:
            extra = ""
            if self.r.random() < 0.4:
                extra = ", filterFunc=%s" % self.pick(["lambda kv: kv[1] != 0", "lambda kv: kv[1] > 0",
                                                       "lambda kv: bool(kv[1])", "lambda kv: len(repr(kv)) % 2 == 0"])
            if s == st[2] and self.r.random() < 0.3:
                # no slide: the parent's
                return self.new("%s.reduceByKeyAndWindow(%s, lambda a, b: a - b, %d%s)" % (st[0], f, w, extra), st[1], s)
            return self.new("%s.reduceByKeyAndWindow(%s, lambda a, b: a - b, %d, %d%s%s)" % (st[0], f, w, s, self.nparts(), extra), st[1], s)
        return self.new("%s.reduceByKeyAndWindow(%s, None, %d, %d%s)" % (st[0], f, w, s, self.nparts()), st[1], s)

    def op_count_by_window(self, st):
        w, s = self.window(st[2])
        self.checkpoint = True
        return self.new("%s.countByWindow(%d, %d)" % (st[0], w, s), ("int",), s)

    def op_count_by_value_and_window(self, st):
        if not hashable(st[1]):
            return None
        w, s = self.window(st[2])
        self.checkpoint = True
        return self.new("%s.countByValueAndWindow(%d, %d%s)" % (st[0], w, s, self.nparts()), ("pair", st[1], ("int",)), s)

    def op_update_state(self, st):
        if not keyed(st[1]):
            return None
        b = st[1][2]
        fs = ["lambda new, old: (old or 0) + len(new)",
              "lambda new, old: None if not new else len(new)",
              "lambda new, old: (old or []) + new"]
        if b[0] == "int":
            fs += ["lambda new, old: sum(new) + (old or 0)", "lambda new, old: None if (old or 0) + sum(new) > 5 else (old or 0) + sum(new)"]
        if self.r.random() < 0.3:
            fs += ["lambda new, old: (old or Counter()) + Counter(map(repr, new))"]
        f = self.pick(fs)
        s = ("list", b) if "[]" in f else ("ctr",) if "Counter" in f else ("int",)
        self.checkpoint = True
        extra = ""
        if self.r.random() < 0.3:
            extra += ", %d" % self.pick([1, 2, 3])
        if self.r.random() < 0.45:
            # an initial state: a parallelized RDD (defined before the stream) or a plain list
            keys = [self.g.value(st[1][1], True) for _ in range(self.r.randint(1, 3))]
            if s[0] == "list":
                recs = [(k, [self.g.value(b)]) for k in keys]
            elif s[0] == "ctr":
                recs = [(k, Counter({repr(self.g.value(b)): 1})) for k in keys]
            else:
                recs = [(k, self.r.choice([0, 1, 4, 10])) for k in keys]
            if self.r.random() < 0.7:
                name = "init%d" % self.n
                self.lines.append("%s = sc.parallelize(%r, %d)" % (name, recs, self.pick([1, 2])))
                extra += ", initialRDD=%s" % name
            else:
                extra += ", initialRDD=%r" % (recs,)
        return self.new("%s.updateStateByKey(%s%s)" % (st[0], f, extra), ("pair", st[1][1], s), st[2])

    def op_transform(self, st):
        before = len(self.g.statics)
        res = self.pick(self.rdd_ops(st[1]))
        made = self.g.statics[before:]
        del self.g.statics[before:]
        for line in made:
            name = line.split(" = ")[0]
            if re.search(r"\b%s\b" % name, res[0]):
                new = "static%d" % len(self.g.statics)
                self.g.statics.append(line.replace(name, new, 1))
                res = (re.sub(r"\b%s\b" % name, new, res[0]), res[1])
        return self.new("%s.transform(lambda rdd: rdd.%s)" % (st[0], res[0]), res[1], st[2])

    def op_union(self, st):
        if st[2] == 1 and self.r.random() < 0.5:
            other = self.source(st[1], self.nbatches)
            if self.r.random() < 0.3:
                return self.new("ssc.union(%s, %s)" % (st[0], other[0]), st[1], 1)
        else:
            other = self.new("%s.filter(%s)" % (st[0], self.pick(self.g.filters(st[1]))), st[1], st[2])
        return self.new("%s.union(%s)" % (st[0], other[0]), st[1], st[2])

    def op_join(self, st):
        if not is_pair(st[1]) or not hashable(st[1][1]):
            return None
        a, b = st[1][1], st[1][2]
        if st[2] == 1 and self.r.random() < 0.4:
            other = self.source(("pair", a, ("int",)), self.nbatches)
        else:
            other = self.new("%s.mapValues(lambda v: 1)" % st[0], ("pair", a, ("int",)), st[2])
        w = ("int",)
        kind = self.pick(["join", "leftOuterJoin", "rightOuterJoin", "fullOuterJoin", "cogroup"])
        shapes = {"join": ("pair", b, w), "leftOuterJoin": ("pair", b, ("opt", w)),
                  "rightOuterJoin": ("pair", ("opt", b), w), "fullOuterJoin": ("pair", ("opt", b), ("opt", w))}
        if kind == "cogroup":
            return self.new("%s.cogroup(%s%s).mapValues(lambda vs: (list(vs[0]), list(vs[1])))" % (st[0], other[0], self.nparts()),
                            ("pair", a, ("pair", ("list", b), ("list", w))), st[2])
        return self.new("%s.%s(%s%s)" % (st[0], kind, other[0], self.nparts()), ("pair", a, shapes[kind]), st[2])

    def op_repartition(self, st):
        return self.new("%s.repartition(%d)" % (st[0], self.pick([1, 2, 3])), st[1], st[2])

    def op_cache(self, st):
        return self.new("%s.cache()" % st[0], st[1], st[2])

    def op_glom(self, st):
        return self.new("%s.glom()" % st[0], ("list", st[1]), st[2])

    def op_count(self, st):
        return self.new("%s.count()" % st[0], ("int",), st[2])

    def op_reduce(self, st):
        rs = self.g.reducers(st[1])
        if not rs:
            return None
        return self.new("%s.reduce(%s)" % (st[0], self.pick(rs)), st[1], st[2])

    def op_map_partitions(self, st):
        f, s = self.pick([("lambda it: [sum(1 for _ in it)]", ("int",)),
                          ("lambda it: [list(it)]", ("list", st[1]))])
        return self.new("%s.mapPartitions(%s)" % (st[0], f), s, st[2])

    def op_partition_by(self, st):
        if not keyed(st[1]):
            return None
        f = self.pick(["", ", lambda k: len(repr(k))", ", hash"])
        return self.new("%s.partitionBy(%d%s)" % (st[0], self.pick([1, 2, 3]), f), st[1], st[2])

    def op_map_partitions_with_index(self, st):
        return self.new("%s.mapPartitionsWithIndex(lambda i, it: [(i, x) for x in it])" % st[0],
                        ("pair", ("int",), st[1]), st[2])

    def op_transform_with(self, st):
        other = self.new("%s.map(%s)" % (st[0], "lambda x: repr(x)"), ("str",), st[2])
        f, s = self.pick([("lambda a, b: a.union(b.map(len))", None),
                          ("lambda a, b: a.zip(b)", ("pair", st[1], ("str",))),
                          ("lambda a, b: a.cartesian(b.coalesce(1)).map(lambda p: p[1])", ("str",))])
        if s is None:
            if st[1][0] != "int":
                return None
            s = st[1]
        return self.new("%s.transformWith(%s, %s)" % (st[0], f, other[0]), s, st[2])

    def rdd_ops(self, s):
        g, out = self.g, []
        out += [("sortBy(lambda x: repr(x)%s)" % self.pick(["", ", False", ", True, 1", ", True, 3"]), s),
                ("zipWithIndex()", ("pair", s, ("int",))), ("zipWithUniqueId()", ("pair", s, ("int",))),
                ("coalesce(%d)" % self.pick([1, 2]), s), ("repartition(%d)" % self.pick([1, 2, 3]), s),
                ("glom()", ("list", s)),
                ("mapPartitionsWithIndex(lambda i, it: [(i, x) for x in it])", ("pair", ("int",), s)),
                ("keyBy(lambda x: len(repr(x)) %% %d)" % self.pick([2, 3]), ("pair", ("int",), s)),
                ("cartesian(%s)" % g.static(("int",), 1), ("pair", s, ("int",))),
                ("union(%s)" % g.static(s), s),
                ("sample(False, 0.5, %d)" % self.r.randint(1, 99), s),
                ("groupBy(lambda x: len(repr(x)) %% 3%s).mapValues(list)" % self.nparts(), ("pair", ("int",), ("list", s))),
                ("zip(rdd.map(repr))", ("pair", s, ("str",))),
                ("map(lambda x: (x, repr(x))).values()", ("str",))]
        out += [("sample(%s, %s, %d)" % (self.pick(["True", "False"]), self.pick(["0.3", "0.7", "1.5"]) , self.r.randint(0, 999)), s),
                ("coalesce(%d, True)" % self.pick([1, 2, 3]), s),
                ("zipWithIndex().map(lambda p: (p[1], p[0]))", ("pair", ("int",), s)),
                ("randomSplit([0.5, 0.5], %d)[%d]" % (self.r.randint(1, 99), self.pick([0, 1])), s),
                ("cartesian(rdd).filter(lambda p: repr(p[0]) < repr(p[1]))", ("pair", s, s)),
                ("flatMap(lambda x: [x] * 2).distinct()" if hashable(s) else "flatMap(lambda x: [x] * 2)", s),
                ("context.parallelize([rdd.count(), rdd.getNumPartitions()])", ("int",)),
                ("union(rdd).coalesce(1)", s),
                ("keyBy(repr).sortByKey(%s).values()" % self.pick(["", "False", "True, 2"]), s),
                ("mapPartitions(lambda it: [max(map(repr, it), default='-')])", ("str",))]
        if hashable(s):
            out += [("subtract(rdd.filter(%s))" % self.pick(g.filters(s)), s),
                    ("intersection(rdd.filter(%s))" % self.pick(g.filters(s)), s),
                    ("map(lambda x: (x, 1)).reduceByKey(lambda a, b: a + b).sortBy(lambda kv: (-kv[1], repr(kv[0])))",
                     ("pair", s, ("int",))),
                    ("countByValue().items()" if False else "map(lambda x: (x, None)).countByKey().items()", None)]
            out = [o for o in out if o[1] is not None]
        if orderable(s):
            out += [("sortBy(lambda x: x%s)" % self.pick(["", ", False", ", True, 2"]), s)]
        if hashable(s):
            out += [("distinct(%s)" % self.nparts()[2:], s), ("subtract(%s)" % g.static(s), s),
                    ("intersection(%s)" % g.static(s), s), ("cartesian(rdd)", ("pair", s, s))]
        if is_pair(s):
            out += [("keys()", s[1]), ("values()", s[2])]
        if keyed(s):
            a, b = s[1], s[2]
            out += [("partitionBy(%d)" % self.pick([1, 2, 3]), s),
                    ("partitionBy(2, lambda k: len(repr(k)))", s)]
            if orderable(a):
                out += [("repartitionAndSortWithinPartitions(%d)" % self.pick([1, 2, 3]), s),
                        ("sortByKey(keyfunc=lambda k: repr(k))", s)]
            if orderable(a):
                out += [("sortByKey(%s)" % self.pick(["", "False", "True, 3", "numPartitions=1"]), s)]
            if b[0] in ("int", "num"):
                out += [("aggregateByKey(0, lambda a, v: a + v, lambda a, b: a + b)", s),
                        ("foldByKey(0, lambda a, b: a + b)", s),
                        ("aggregateByKey((0, 0), lambda a, v: (a[0] + v, a[1] + 1), lambda a, b: (a[0] + b[0], a[1] + b[1]), %d)" % self.pick([1, 2, 3]),
                         ("pair", a, ("pair", b, ("int",)))),
                        ("foldByKey(1, lambda a, b: a * b%s)" % self.nparts(), s),
                        ("mapValues(lambda v: (v, 1)).reduceByKey(lambda a, b: (a[0] + b[0], a[1] + b[1])).mapValues(lambda p: p[0] / p[1])",
                         ("pair", a, ("num",)))]
            if b[0] == "ctr":
                out += [("reduceByKey(lambda a, b: a + b).mapValues(lambda c: c.most_common(1))", ("pair", a, ("list", ("pair", ("str",), ("int",)))))]
            out += [("sampleByKey(%s, {k: 0.5 for k in rdd.keys().distinct().collect()}, %d)" % (self.pick(["True", "False"]), self.r.randint(1, 99)), s),
                    ("flatMapValues(lambda v: [v, v])", s),
                    ("combineByKey(lambda v: [v], lambda c, v: c + [v], lambda a, b: a + b%s)" % self.nparts(), ("pair", a, ("list", b)))]
            out += [("aggregateByKey([], lambda a, v: a + [v], lambda a, b: a + b)", ("pair", a, ("list", b)))]
            if hashable(a):
                st = g.static(("pair", a, ("int",)))
                out += [("join(%s)" % st, ("pair", a, ("pair", b, ("int",)))),
                        ("leftOuterJoin(%s)" % st, ("pair", a, ("pair", b, ("opt", ("int",))))),
                        ("cogroup(%s).mapValues(lambda vs: (list(vs[0]), sorted(vs[1])))" % st,
                         ("pair", a, ("pair", ("list", b), ("list", ("int",))))),
                        ("subtractByKey(%s)" % st, s),
                        ("rightOuterJoin(%s)" % st, ("pair", a, ("pair", ("opt", b), ("int",)))),
                        ("fullOuterJoin(%s%s)" % (st, self.nparts()), ("pair", a, ("pair", ("opt", b), ("opt", ("int",))))),
                        ("groupWith(%s).mapValues(lambda vs: [len(v) for v in vs])" % st, ("pair", a, ("list", ("int",))))]
        return out

    OPS = [("op_map", 5), ("op_flatmap", 3), ("op_filter", 3), ("op_map_values", 3),
           ("op_flat_map_values", 1), ("op_reduce_by_key", 4), ("op_group_by_key", 2),
           ("op_combine_by_key", 1), ("op_count_by_value", 2), ("op_window", 2),
           ("op_reduce_by_window", 1), ("op_reduce_by_key_and_window", 2),
           ("op_count_by_window", 1), ("op_count_by_value_and_window", 1),
           ("op_update_state", 2), ("op_transform", 6), ("op_union", 1), ("op_join", 2),
           ("op_repartition", 1), ("op_cache", 1), ("op_glom", 1), ("op_count", 1),
           ("op_reduce", 1), ("op_map_partitions", 1), ("op_partition_by", 1),
           ("op_transform_with", 1), ("op_map_partitions_with_index", 1)]

    def step(self, st):
        names = [n for n, _ in self.OPS]
        weights = [w for _, w in self.OPS]
        for _ in range(50):
            res = getattr(self, self.r.choices(names, weights)[0])(st)
            if res is not None:
                return res
        return self.op_map(st)

    def actions(self, s):
        """foreachRDD actions that fit the record shape (each prints what it returns)."""
        out = ["rdd.collect()", "rdd.take(%d)" % self.pick([1, 2, 5]), "rdd.count()",
               "rdd.glom().collect()", "rdd.getNumPartitions()", "rdd.isEmpty()",
               "None if rdd.isEmpty() else rdd.first()", "rdd.map(lambda x: (x, x)).collect()",
               "rdd.zipWithIndex().collect()", "rdd.glom().map(len).collect()"]
        out += ["rdd.takeSample(%s, %d, %d)" % (self.pick(["True", "False"]), self.pick([1, 3, 10]), self.r.randint(0, 999)),
                "rdd.sample(%s, 0.5, %d).collect()" % (self.pick(["True", "False"]), self.r.randint(0, 999)),
                "rdd.coalesce(1).glom().collect()", "rdd.cartesian(rdd).count()",
                "rdd.sortBy(repr, %s).collect()" % self.pick(["True", "False"]),
                "rdd.zipWithUniqueId().collect()", "rdd.map(repr).reduce(lambda a, b: a + b) if not rdd.isEmpty() else None",
                "rdd.treeAggregate(0, lambda a, x: a + 1, lambda a, b: a + b, %d)" % self.pick([2, 3])]
        if s[0] in ("int", "num"):
            out += ["None if rdd.isEmpty() else rdd.treeReduce(lambda a, b: a + b, %d)" % self.pick([2, 3]),
                    "rdd.histogram([%s])" % self.pick(["0, 5, 10", "-10, 0, 10, 100", "0, 1", "-1e30, 0, 1e30"]),
                    "rdd.histogram(%d) if not rdd.isEmpty() else None" % self.pick([1, 2, 4]),
                    "rdd.sampleVariance()", "rdd.stdev()", "rdd.stats().asDict(True)",
                    "None if rdd.isEmpty() else rdd.max(key=lambda x: -x)", "rdd.top(2, key=abs)",
                    "rdd.sum()", "rdd.fold(0, lambda a, b: a + b)", "rdd.stats()", "rdd.mean()",
                    "rdd.aggregate((0, 0), lambda a, x: (a[0] + x, a[1] + 1), lambda a, b: (a[0] + b[0], a[1] + b[1]))",
                    "None if rdd.isEmpty() else rdd.max()", "rdd.histogram(3) if rdd.count() > 1 and rdd.min() < rdd.max() else None",
                    "rdd.variance()", "rdd.sampleStdev()", "rdd.sumApprox(1000)"]
        if orderable(s):
            out += ["rdd.top(%d)" % self.pick([1, 3]), "rdd.takeOrdered(3)", "rdd.takeOrdered(2, key=lambda x: repr(x))",
                    "None if rdd.isEmpty() else rdd.min()"]
        if hashable(s):
            out += ["sorted(rdd.countByValue().items())" if orderable(s) else "rdd.countByValue()",
                    "rdd.distinct().count()"]
        if is_pair(s):
            out += ["rdd.keys().collect()", "rdd.values().collect()", "rdd.mapValues(repr).collect()"]
            if hashable(s[1]):
                out += ["rdd.collectAsMap()", "rdd.countByKey()"]
                out += ["rdd.lookup(%r)" % (self.g.value(s[1], True),), "rdd.groupByKey().mapValues(len).collect()",
                        "rdd.reduceByKey(lambda a, b: b).collect()", "sorted(rdd.countByKey().items(), key=repr)",
                        "rdd.aggregateByKey(0, lambda a, v: a + 1, lambda a, b: a + b).collect()",
                        "rdd.foldByKey(None, lambda a, b: b).collect()", "rdd.subtractByKey(rdd.filter(lambda kv: hash(kv[0]) % 2)).collect()",
                        "rdd.mapValues(lambda v: 1).reduceByKey(lambda a, b: a + b, 1).sortBy(lambda kv: -kv[1]).collect()"]
                if orderable(s[1]):
                    out += ["rdd.sortByKey(%s).collect()" % self.pick(["", "False", "True, 1"]), "rdd.keys().distinct().top(2)"]
        return out

    def output(self, st, idx):
        r = self.r.random()
        name = st[0]
        if r < 0.35:
            n = self.pick(["", "", "3", "1", "12"])
            self.lines.append("%s.pprint(%s)" % (name, n))
            return
        action = self.pick(self.actions(st[1]))
        fn = "out%d" % idx
        self.lines.append("def %s(t, rdd):\n    print(%r, t, %s)" % (fn, fn, action))
        self.lines.append("%s.foreachRDD(%s)" % (name, fn))

    def build(self):
        self.nbatches = self.r.randint(4, 6)
        base = self.pick([("int",), ("num",), ("str",), ("line",), ("line",), ("mixed",),
                          ("pair", ("str",), ("int",)), ("pair", ("str",), ("int",)),
                          ("pair", ("int",), ("int",)), ("pair", ("str",), ("num",)),
                          ("pair", ("pair", ("str",), ("int",)), ("int",)), ("pair", ("fset", ("int",)), ("int",)),
                          ("pair", ("str",), ("list", ("int",))), ("pair", ("str",), ("set", ("int",))),
                          ("pair", ("int",), ("str",)), ("pair", ("opt", ("str",)), ("int",)),
                          ("list", ("int",)), ("nt", ("str",), ("int",)), ("obj", ("str",)), ("ctr",),
                          ("pair", ("obj", ("int",)), ("int",)), ("pair", ("str",), ("ctr",))])
        st = self.source(base, self.nbatches)
        chain = [st]
        for _ in range(self.r.randint(2, 6)):
            st = self.step(st)
            chain.append(st)
        outs = self.r.randint(1, 3)
        targets = [chain[-1]] + [self.pick(chain[1:]) for _ in range(outs - 1)]
        for i, t in enumerate(targets):
            self.output(t, i + 1)
        if self.r.random() < 0.8:
            self.lines.append("nuevoDStream = %s" % chain[-1][0])
        head = ["# batch: 1", "# batches: %d" % self.nbatches]
        if self.checkpoint:
            head.append("# checkpoint: yes")
        head.append("# generated: tools/fuzz/dstream_gen.py --seed %d (program %d)" % (self.seed, self.idx))
        body = "\n".join(self.g.statics + self.lines)
        pre = [PRELUDE[k] for k, tok in (("json", "json."), ("ctr", "Counter("), ("nt", "Venta("), ("obj", "Clave("))
               if tok in body]
        return "\n".join(head + pre + [body]) + "\n"


def program(seed, idx):
    for attempt in range(100):
        g = Gen(random.Random("%d/%d/%d" % (seed, idx, attempt)))
        p = Program(g, seed, idx)
        text = p.build()
        # Spark checkpoints the DStream graph, and pickling a transform closure that holds
        # an RDD fails there (SPARK-5063): a checkpointed program uses no static RDDs
        if not (p.checkpoint and g.statics):
            return text
    raise RuntimeError("no valid program for seed %d, %d" % (seed, idx))


def main():
    if os.environ.get("PYTHONHASHSEED") != "0":
        # the reprs of sets of strings written into the programs depend on the hash seed
        os.environ["PYTHONHASHSEED"] = "0"
        os.execv(sys.executable, [sys.executable] + sys.argv)
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--seed", type=int, required=True)
    ap.add_argument("--out", required=True)
    ap.add_argument("--count", type=int, default=20)
    a = ap.parse_args()
    os.makedirs(a.out, exist_ok=True)
    for i in range(a.count):
        with open(os.path.join(a.out, "fz%d_%03d.py" % (a.seed, i)), "w") as f:
            f.write(program(a.seed, i))


if __name__ == "__main__":
    main()
