//! Budgets, recursion, syntax errors and unsupported constructs.

mod common;

use runnel_python::{Args, Diagnostic};
use std::time::Instant;

#[test]
fn endless_loop_hits_the_step_budget_and_is_not_catchable() {
    let (interp, _) = common::interp_with(100_000, 1000);
    let t = Instant::now();
    let d = interp.run_module("try:\n    while True:\n        pass\nexcept Exception:\n    print('caught')\nexcept:\n    print('bare')\n").expect_err("budget");
    assert!(t.elapsed().as_secs() < 2);
    assert_eq!(d.exc_type(), runnel_python::STEP_BUDGET);
    assert_eq!(
        d.message(),
        "the function ran more than 100000 steps (an endless loop?); raise the limit with --step-budget (stepBudget in JS)"
    );
}

#[test]
fn each_native_entry_gets_a_fresh_budget() {
    let (interp, _) = common::interp_with(2_000, 1000);
    interp
        .run_module("def f():\n    for i in range(300):\n        pass\n")
        .expect("runs");
    let f = interp.get_global("f").expect("f");
    for _ in 0..20 {
        interp
            .call(&f, Args::default())
            .expect("within budget each time");
    }
}

#[test]
fn huge_collections_raise_memory_error() {
    let (interp, _) = common::interp_with(100_000_000, 10_000);
    for src in [
        "l = []\nwhile True:\n    l.append(1)\n",
        "x = [0] * 100000\n",
        "s = 'ab' * 100000\n",
        "l = [i for i in range(100000)]\n",
        "l = list(range(100000))\n",
    ] {
        let d = interp.run_module(src).expect_err(src);
        assert_eq!(d.exc_type(), "MemoryError", "{src}");
    }
    let (interp, host) = common::interp_with(100_000_000, 10_000);
    interp
        .run_module("try:\n    x = [0] * 100000\nexcept MemoryError:\n    print('ok')\n")
        .expect("caught");
    assert_eq!(host.out.borrow().as_str(), "ok\n");
}

#[test]
fn deep_recursion_is_a_recursion_error_not_a_crash() {
    let (interp, host) = common::interp();
    let d = interp
        .run_module("def r(n):\n    return r(n + 1)\nr(0)\n")
        .expect_err("recursion");
    assert_eq!(
        d.summary(),
        "RecursionError: maximum recursion depth exceeded"
    );
    // Moderate depth works.
    interp
        .run_module(
            "def depth(n):\n    return 0 if n == 0 else 1 + depth(n - 1)\nprint(depth(150))\n",
        )
        .expect("150 deep");
    assert_eq!(host.out.borrow().as_str(), "150\n");
}

#[test]
fn syntax_errors_point_at_line_and_column() {
    let (interp, _) = common::interp();
    let d = interp
        .run_module("a = 1\nb = 2\nx = (1 +\n")
        .expect_err("syntax");
    let Diagnostic::Compile(c) = &d else {
        panic!("compile error")
    };
    assert_eq!(c.exc_type, "SyntaxError");
    assert_eq!((c.line, c.column), (3, 9));
    let text = d.to_string();
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(
        lines[0],
        format!("  File \"prog.py\", line 3, column {}", c.column)
    );
    assert_eq!(lines[1], "    x = (1 +");
    assert_eq!(lines[2].find('^'), Some(4 + c.column - 1));
    assert!(lines[3].starts_with("SyntaxError: "), "{text}");
}

#[test]
fn unsupported_constructs_are_named() {
    let cases = [
        (
            "class A(metaclass=type):\n    pass\n",
            "class keyword arguments (metaclass=...) are not supported here",
            1,
            9,
        ),
        (
            "x = 1\nasync def f():\n    async with g:\n        pass\n",
            "async functions are not supported here",
            2,
            1,
        ),
        (
            "x = 1\nclass A[T]:\n    pass\n",
            "generic class parameters are not supported here",
            2,
            8,
        ),
        (
            "try:\n    pass\nexcept* ValueError:\n    pass\n",
            "'except*' clauses are not supported here",
            1,
            1,
        ),
        (
            "async def f():\n    pass\n",
            "async functions are not supported here",
            1,
            1,
        ),
    ];
    for (src, msg, line, col) in cases {
        let (interp, _) = common::interp();
        let d = interp.run_module(src).expect_err(src);
        assert_eq!(d.exc_type(), "NotImplementedError", "{src}");
        assert_eq!(d.message(), msg, "{src}");
        assert_eq!(d.location(), Some((line, col)), "{src}");
        assert!(d.to_string().contains('^'));
    }
}

#[test]
fn compile_time_misuse_is_a_syntax_error() {
    for src in [
        "return 1\n",
        "break\n",
        "def f():\n    continue\n",
        "nonlocal x\n",
    ] {
        let (interp, _) = common::interp();
        let d = interp.run_module(src).expect_err(src);
        assert_eq!(d.exc_type(), "SyntaxError", "{src}");
    }
}

#[test]
fn recursion_reaches_useful_depth() {
    // How deep a plain recursive function gets before RecursionError (debug builds use
    // far more stack per call than release builds).
    let (interp, host) = common::interp();
    interp
        .run_module("def d(n):\n    try:\n        return d(n + 1)\n    except RecursionError:\n        return n\nprint(d(0))\n")
        .expect("runs");
    let depth: usize = host.out.borrow().trim().parse().expect("number");
    eprintln!("max depth: {depth}");
    assert!(depth >= 100, "{depth}");
}

#[test]
fn a_bigger_stack_allows_cpython_depth() {
    let handle = std::thread::Builder::new()
        .stack_size(256 << 20)
        .spawn(|| {
            let (interp, host) = common::interp();
            interp.set_stack_limit(240 << 20);
            interp
                .run_module("def d(n):\n    return 0 if n == 0 else 1 + d(n - 1)\nprint(d(990))\ndef r(n):\n    return r(n + 1)\ntry:\n    r(0)\nexcept RecursionError as e:\n    print(e)\n")
                .expect("runs");
            let out = host.out.borrow().clone();
            out
        })
        .expect("thread");
    assert_eq!(
        handle.join().expect("joined"),
        "990\nmaximum recursion depth exceeded\n"
    );
}

#[test]
fn self_containing_lists_do_not_crash_printing() {
    let (interp, host) = common::interp();
    // What CPython 3.11 prints for this program: cycles as `[...]`, deep nesting refused.
    let src = "l = [1]\nl.append(l)\nfor f in [print, str, repr, lambda v: f'{v}', lambda v: '%s' % (v,), lambda v: '{}'.format(v)]:\n    try:\n        print(repr(f(l)))\n    except RecursionError as e:\n        print('refused')\nd = [0]\nfor i in range(2000):\n    d = [d]\ntry:\n    print(len(str(d)))\nexcept RecursionError:\n    print('too deep')\n";
    interp.run_module(src).expect("runs");
    let expected = "[1, [...]]\nNone\n".to_string() + &"'[1, [...]]'\n".repeat(5) + "too deep\n";
    assert_eq!(host.out.borrow().as_str(), expected);
}

#[test]
fn lazy_builtins_count_steps() {
    for src in [
        "sum(range(10**17))\n",
        "all(range(1, 10**17))\n",
        "any(0 for i in range(10**17))\n",
    ] {
        let (interp, _) = common::interp_with(100_000, 1_000_000);
        let d = interp.run_module(src).expect_err(src);
        assert_eq!(d.exc_type(), runnel_python::STEP_BUDGET, "{src}");
    }
}

/// Generated dataclass methods that recurse through cyclic values stop at the recursion
/// limit (or `...` in a repr) instead of overflowing the Rust stack.
#[test]
fn cyclic_dataclasses_compare_and_print_without_overflowing() {
    let (interp, host) = common::interp();
    let src = "from dataclasses import dataclass, field\n\
               @dataclass\n\
               class N:\n    items: list = field(default_factory=list)\n\
               a, b = N(), N()\n\
               a.items.append(a)\n\
               b.items.append(b)\n\
               try:\n    r = a == b\nexcept RecursionError:\n    r = 'deep'\n\
               print(r in (False, 'deep'), a)\n";
    interp.run_module(src).expect("runs");
    assert_eq!(host.out.borrow().as_str(), "True N(items=[...])\n");
}

/// A `struct` format too big for the budgets is an error, never a crash (one of a
/// billion values, one whose size overflows).
#[test]
fn huge_struct_formats_are_refused() {
    let (interp, _out) = common::interp();
    let d = interp
        .run_module("import struct\nstruct.calcsize('1000000000i')\n")
        .expect_err("too many values")
        .data();
    assert_eq!(d.exc_type, "MemoryError", "{}", d.message);
    let d = interp
        .run_module("import struct\nstruct.calcsize('99999999999999999999999i')\n")
        .expect_err("too long")
        .data();
    assert_eq!(d.exc_type, "struct.error", "{}", d.message);
}

/// Decimals and fractions whose digits would outgrow the memory budget are refused by
/// name or as a `MemoryError`, never computed for minutes.
#[test]
fn huge_decimals_and_fractions_are_refused() {
    let (interp, _out) = common::interp();
    for (src, exc) in [
        (
            "from decimal import Decimal\nDecimal('1e999999999') + 1\n",
            "NotImplementedError",
        ),
        (
            "from decimal import Decimal\nf'{Decimal(1):.999999999f}'\n",
            "NotImplementedError",
        ),
        (
            "from decimal import Decimal\nint(Decimal('1e999999999'))\n",
            "NotImplementedError",
        ),
        (
            "from decimal import getcontext\ngetcontext().prec = 10**9\n",
            "NotImplementedError",
        ),
        (
            "from fractions import Fraction\nFraction(3) ** 10**8\n",
            "MemoryError",
        ),
        (
            "from fractions import Fraction\nFraction('1e99999999')\n",
            "MemoryError",
        ),
    ] {
        let started = Instant::now();
        let d = interp.run_module(src).expect_err(src).data();
        assert_eq!(d.exc_type, exc, "{src}: {}", d.message);
        assert!(started.elapsed().as_secs() < 5, "{src}");
    }
}

/// A stream written far past its end, or a struct packing a gigabyte, is a `MemoryError`.
#[test]
fn huge_streams_and_packs_are_refused() {
    let (interp, _out) = common::interp();
    for src in [
        "import io\ns = io.StringIO()\ns.seek(10**12)\ns.write('x')\n",
        "import io\nb = io.BytesIO()\nb.seek(10**12)\nb.write(b'x')\n",
        "import struct\nstruct.pack('1000000000s', b'')\n",
    ] {
        let d = interp.run_module(src).expect_err(src).data();
        assert_eq!(d.exc_type, "MemoryError", "{src}: {}", d.message);
    }
}

/// `sys.setrecursionlimit` raises the depth as far as the stack the host gives holds;
/// past that, a `RecursionError` says so rather than overflowing the Rust stack.
#[test]
fn setrecursionlimit_raises_the_depth_within_the_stack() {
    let program = "import sys\nsys.setrecursionlimit(5000)\ndef d(n):\n    return 0 if n == 0 else 1 + d(n - 1)\nprint(sys.getrecursionlimit(), d(3000))\ndef r(n):\n    return r(n + 1)\ntry:\n    r(0)\nexcept RecursionError as e:\n    print(e)\n";
    let handle = std::thread::Builder::new()
        .stack_size(512 << 20)
        .spawn(move || {
            let (interp, host) = common::interp();
            interp.set_stack_limit(500 << 20);
            interp.run_module(program).expect("runs");
            let out = host.out.borrow().clone();
            out
        })
        .expect("thread");
    assert_eq!(
        handle.join().expect("joined"),
        "5000 3000\nmaximum recursion depth exceeded\n"
    );
    // On the default stack the same program stops with a RecursionError that names
    // the limit it could not reach.
    let (interp, _) = common::interp();
    let d = interp.run_module(program).expect_err("too deep");
    assert!(
        d.summary()
            .starts_with("RecursionError: maximum recursion depth exceeded: Runnel's stack holds")
            && d.summary()
                .ends_with("fewer than sys.setrecursionlimit(5000) allows"),
        "{}",
        d.summary()
    );
}

#[test]
fn a_factorial_past_the_int_budget_is_refused_at_once() {
    // Found by tools/fuzz/py_gen.py: math.factorial(2**61 - 1) multiplied for minutes.
    let (interp, host) = common::interp();
    let t = Instant::now();
    interp
        .run_module("import math\ntry:\n    math.factorial(2**61 - 1)\nexcept MemoryError:\n    print('refused')\nprint(len(str(math.factorial(1000))))\n")
        .expect("runs");
    assert!(t.elapsed().as_secs() < 5);
    assert_eq!(host.out.borrow().as_str(), "refused\n2568\n");
}
