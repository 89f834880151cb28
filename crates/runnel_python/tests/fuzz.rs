//! Never panic: every corpus program, truncated and mutated, must compile-and-run to a
//! result or an error (small budgets keep it quick).

mod common;

use std::path::Path;

/// A tiny deterministic generator (no dependency needed for a smoke fuzzer).
struct Lcg(u64);

impl Lcg {
    fn next(&mut self) -> usize {
        self.0 = self
            .0
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        (self.0 >> 33) as usize
    }
}

const PIECES: &[&str] = &[
    "(",
    ")",
    "[",
    "]",
    "{",
    "}",
    ":",
    ",",
    "*",
    "**",
    "-",
    "0",
    "1",
    "-1",
    "'",
    "\"",
    "\n",
    "    ",
    "x",
    "lambda",
    "yield",
    "return",
    "del ",
    "not ",
    " if ",
    " else ",
    "for ",
    " in ",
    "None",
    "[:]",
    "[::-1]",
    "=",
    "+=",
    ".",
    "split",
    "()",
    "1e308",
    "9223372036854775807",
    "%",
    "//",
    "<<",
    "{}",
    "f'{x}'",
    "nonlocal x\n",
    "global x\n",
];

fn run(src: &str) {
    let (interp, _) = common::interp_with(20_000, 2_000);
    let _ = interp.run_module(src);
}

#[test]
fn mutated_programs_never_panic() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/cases");
    // FUZZ_ITER=2000 FUZZ_SEED=7 cargo test --release --test fuzz: a longer local run.
    let iters: usize = std::env::var("FUZZ_ITER")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(40);
    let seed: u64 = std::env::var("FUZZ_SEED")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(42);
    let mut rng = Lcg(seed);
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .expect("dir")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .collect();
    files.sort();
    for path in files
        .iter()
        .filter(|p| p.extension().is_some_and(|e| e == "py"))
    {
        let src = std::fs::read_to_string(path).expect("read");
        let chars: Vec<char> = src.chars().collect();
        // Truncations.
        for k in 1..8 {
            let cut = chars.len() * k / 8;
            run(&chars[..cut].iter().collect::<String>());
        }
        // Mutations: replace a random span with a random piece.
        for _ in 0..iters {
            let mut c = chars.clone();
            for _ in 0..1 + rng.next() % 3 {
                if c.is_empty() {
                    break;
                }
                let at = rng.next() % c.len();
                let len = (rng.next() % 4).min(c.len() - at);
                let piece: Vec<char> = PIECES[rng.next() % PIECES.len()].chars().collect();
                c.splice(at..at + len, piece);
            }
            run(&c.iter().collect::<String>());
        }
    }
}

/// Every builtin and every method, called with assorted arguments: errors are fine,
/// panics are not.
#[test]
fn builtins_and_methods_with_odd_arguments_never_panic() {
    let src = r#"
import math, operator, datetime
vals = [0, -1, 7, 2.5, -0.0, float("nan"), float("inf"), "ab", "", "ñ x", [1, 2], [], (1,), (), {"a": 1}, {1}, frozenset(), None, True, range(3), range(5, 0, -2), len, lambda *a: 1, ValueError("e"), datetime.datetime(2020, 1, 2), 9223372036854775807, -9223372036854775808]
small = [0, -1, 2.5, "ab", [1], None, -9223372036854775808, 1000000000000000]
names = ["len", "max", "min", "sum", "sorted", "range", "str", "int", "float", "bool", "abs", "list", "tuple", "dict", "set", "frozenset", "enumerate", "zip", "print", "repr", "round", "isinstance", "hash", "divmod", "pow", "any", "all", "map", "filter", "reversed", "iter", "next", "chr", "ord", "hex", "bin", "oct", "format", "type", "callable", "id", "hasattr", "getattr"]
funcs = [eval_name for eval_name in []]
methods = ["split", "rsplit", "strip", "lstrip", "rstrip", "lower", "upper", "title", "capitalize", "swapcase", "replace", "startswith", "endswith", "find", "rfind", "index", "rindex", "count", "join", "format", "isdigit", "isalpha", "zfill", "center", "ljust", "rjust", "splitlines", "partition", "rpartition", "istitle", "append", "extend", "insert", "pop", "remove", "sort", "reverse", "copy", "clear", "get", "keys", "values", "items", "update", "setdefault", "popitem", "add", "discard", "union", "intersection", "difference", "symmetric_difference", "issubset", "issuperset", "isdisjoint", "strftime", "year", "is_integer", "args"]
mods = [math.sqrt, math.floor, math.ceil, math.log, math.log10, math.exp, math.pow, math.fabs, math.isnan, math.isinf, math.gcd, operator.add, operator.sub, operator.mul, operator.truediv, operator.floordiv, operator.mod, operator.pow, operator.neg, operator.not_, operator.eq, operator.lt, operator.itemgetter]
count = 0
for f in mods:
    for a in vals:
        try:
            f(a)
        except Exception:
            count += 1
        for b in small:
            try:
                f(a, b)
            except Exception:
                count += 1
for v in vals:
    for m in methods:
        try:
            attr = getattr(v, m)
        except Exception:
            continue
        for args in [(), (0,), ("a",), (-1,), (10**15,), (10**15, "x"), ([1],), ("a", "b"), (0, 1), ("", 0, -1), (None,), (lambda x: x,)]:
            try:
                attr(*args)
            except Exception:
                count += 1
        for kw in [{"key": len}, {"reverse": True}, {"sep": None, "maxsplit": 1}, {"bogus": 1}]:
            try:
                attr(**kw)
            except Exception:
                count += 1
for a in vals:
    for b in small:
        for op in ["+", "-", "*", "/", "//", "%", "**", "<<", ">>", "&", "|", "^", "<", "<=", "in", "=="]:
            try:
                operator.eq(1, 1)
                if op == "+": a + b
                elif op == "-": a - b
                elif op == "*": a * b
                elif op == "/": a / b
                elif op == "//": a // b
                elif op == "%": a % b
                elif op == "**": a ** b
                elif op == "<<": a << b
                elif op == ">>": a >> b
                elif op == "&": a & b
                elif op == "|": a | b
                elif op == "^": a ^ b
                elif op == "<": a < b
                elif op == "<=": a <= b
                elif op == "in": a in b
                else: a == b
            except Exception:
                count += 1
        try:
            a[b]
        except Exception:
            count += 1
        try:
            a[b:b:b]
        except Exception:
            count += 1
        try:
            "%s %d %f" % (a, b, b)
        except Exception:
            count += 1
        try:
            f"{a!r:>{3}} {a:^10} {b:.2f}"
        except Exception:
            count += 1
        try:
            format(a, str(b))
        except Exception:
            count += 1
        try:
            "%*d" % (b, b)
            "%" + str(b) + "s" % a
        except Exception:
            count += 1
        try:
            format(a, "x")
            format(b, ",.3e")
            "{0} {1:>5} {2}".format(a, b)
        except Exception:
            count += 1
print("errors", count > 0)
"#;
    // Call every builtin with up to three arguments.
    let full = src.to_string()
        + "for f in [len, max, min, sum, sorted, range, str, int, float, bool, abs, list, tuple, dict, set, frozenset, enumerate, zip, repr, round, isinstance, hash, divmod, pow, any, all, map, filter, reversed, iter, next, chr, ord, hex, bin, oct, format, type, callable, id, hasattr, getattr]:\n"
        + "    for a in vals:\n        try:\n            f(a)\n        except Exception:\n            pass\n"
        + "        for b in small:\n            try:\n                f(a, b)\n            except Exception:\n                pass\n"
        + "            try:\n                f(a, b, b)\n            except Exception:\n                pass\n"
        + "    try:\n        f()\n    except Exception:\n        pass\n";
    let (interp, host) = common::interp_with(50_000_000, 100_000);
    match interp.run_module(&full) {
        Ok(()) => assert!(host.out.borrow().contains("errors True")),
        Err(d) => panic!("the program itself should run: {d}"),
    }
}
