//! The extension API the PySpark bindings use.

mod common;

use runnel_core::Value;
use runnel_python::{Args, NativeClass, NativeFunction, NativeInstance};
use std::cell::RefCell;
use std::rc::Rc;

/// A toy "DStream": holds a list of records and a pending function.
struct Stream {
    items: Vec<Value>,
    funcs: RefCell<Vec<Value>>,
}

fn stream_class() -> Rc<NativeClass> {
    let class = NativeClass::new("DStream")
        .method("map", |_, this, args| {
            let s = NativeInstance::data_of::<Stream>(this).expect("stream");
            s.funcs.borrow_mut().push(args.positional[0].clone());
            Ok(this.clone())
        })
        .method("run", |interp, this, _| {
            // Calls back into Python while the module is still running (re-entrancy).
            let s = NativeInstance::data_of::<Stream>(this).expect("stream");
            let funcs = s.funcs.borrow().clone();
            let mut out = Vec::new();
            for item in &s.items {
                let mut v = item.clone();
                for f in &funcs {
                    v = interp.call(f, Args::new(vec![v]))?;
                }
                out.push(v);
            }
            Ok(Value::list(out))
        })
        .with_repr(|inst| {
            format!(
                "DStream of {}",
                inst.data
                    .downcast_ref::<Stream>()
                    .map_or(0, |s| s.items.len())
            )
        })
        .property("count", |_, this| {
            let s = NativeInstance::data_of::<Stream>(this).expect("stream");
            Ok(Value::Int(s.items.len() as i64))
        });
    Rc::new(class)
}

fn install(interp: &runnel_python::Interpreter) {
    let class = stream_class();
    let ctor_class = class.clone();
    let get_or_create = NativeFunction::new("getOrCreate", |interp, args| {
        interp.call(&args.positional[1], Args::default())
    });
    let context = NativeClass::new("StreamingContext")
        .static_attr("getOrCreate", get_or_create)
        .constructor(move |_, mut args| {
            let batch = args.take(1, "batchDuration").unwrap_or(Value::Int(1));
            let _ = batch;
            let _ = &ctor_class;
            Ok(Value::str("ctx"))
        });
    let make = NativeFunction::new("makeStream", move |interp, args| {
        let items = interp.iterate(&args.positional[0])?;
        Ok(NativeInstance::new(
            class.clone(),
            Rc::new(Stream {
                items,
                funcs: RefCell::new(vec![]),
            }),
        ))
    });
    let (_, ctx_value) = context.into_value();
    interp.register_module("pyspark.streaming", vec![("StreamingContext", ctx_value)]);
    interp.set_global("makeStream", make);
}

#[test]
fn native_classes_methods_properties_and_reentrant_calls() {
    let (interp, host) = common::interp();
    install(&interp);
    let src = r#"
from pyspark.streaming import StreamingContext
import pyspark.streaming
ssc = StreamingContext(None, batchDuration=2)
k = 10
def add_k(x):
    return x + k
s = makeStream(range(3)).map(lambda x: x * 2).map(add_k)
print(s.count, s.run(), ssc, pyspark.streaming.StreamingContext)
print(StreamingContext.getOrCreate("/tmp/x", lambda: "created"), s, [s])
try:
    s.nope
except AttributeError as e:
    print(e)
"#;
    interp.run_module(src).expect("runs");
    assert_eq!(
        host.out.borrow().as_str(),
        "3 [10, 12, 14] ctx <class 'StreamingContext'>\ncreated DStream of 3 [DStream of 3]\n'DStream' object has no attribute 'nope'\n"
    );
    let s = interp.get_global("s").expect("s");
    assert!(NativeInstance::data_of::<Stream>(&s).is_some());
    assert_eq!(
        NativeInstance::class_of(&s)
            .map(|c| c.name.clone())
            .as_deref(),
        Some("DStream")
    );
}

#[test]
fn call_param_count_and_iterate() {
    let (interp, host) = common::interp();
    interp
        .run_module("def f(a, b=1, *rest):\n    print('f', a, b)\n    return a * b\ng = lambda: 7\ndef gen():\n    yield 1\n    yield 2\n")
        .expect("runs");
    let f = interp.get_global("f").expect("f");
    let r = interp
        .call(
            &f,
            Args::new(vec![Value::Int(3)]).with_keyword("b", Value::Int(4)),
        )
        .expect("call");
    assert_eq!(r.repr(), "12");
    assert_eq!(host.out.borrow().as_str(), "f 3 4\n");
    assert_eq!(interp.param_count(&f), Some(2));
    assert_eq!(
        interp.param_count(&interp.get_global("g").expect("g")),
        Some(0)
    );
    assert_eq!(interp.param_count(&Value::Int(1)), None);
    assert!(interp.is_callable(&f) && !interp.is_callable(&Value::Int(1)));
    assert_eq!(interp.callable_name(&f).as_deref(), Some("f"));
    assert_eq!(
        interp
            .callable_name(&interp.get_global("g").expect("g"))
            .as_deref(),
        Some("<lambda>")
    );
    assert!(interp
        .rc()
        .is_some_and(|rc| std::rc::Rc::ptr_eq(&rc, &interp)));
    let err = interp.call(&f, Args::new(vec![])).expect_err("missing");
    assert_eq!(
        err.to_string().lines().next(),
        Some("TypeError: f() missing 1 required positional argument: 'a'")
    );
    let gen = interp
        .call(&interp.get_global("gen").expect("gen"), Args::default())
        .expect("gen");
    assert_eq!(interp.iterate(&gen).expect("items").len(), 2);
    assert_eq!(interp.iterate(&Value::str("ab")).expect("chars").len(), 2);
    let err = interp.iterate(&Value::Int(3)).expect_err("not iterable");
    assert_eq!(err.message, "'int' object is not iterable");
}

#[test]
fn print_to_stderr_switch() {
    let (interp, host) = common::interp();
    interp
        .run_module("def p(x):\n    print('exec', x)\n")
        .expect("runs");
    let p = interp.get_global("p").expect("p");
    assert!(!interp.set_print_to_stderr(true));
    interp
        .call(&p, Args::new(vec![Value::Int(1)]))
        .expect("call");
    assert!(interp.set_print_to_stderr(false));
    interp
        .call(&p, Args::new(vec![Value::Int(2)]))
        .expect("call");
    assert_eq!(host.err.borrow().as_str(), "exec 1\n");
    assert_eq!(host.out.borrow().as_str(), "exec 2\n");
}

#[test]
fn runtime_errors_carry_python_tracebacks() {
    let (interp, _) = common::interp();
    let src = "def miFuncion(x):\n    return x + 1\n\nmiFuncion('a')\n";
    let d = interp.run_module(src).expect_err("fails");
    assert_eq!(
        d.summary(),
        "TypeError: can only concatenate str (not \"int\") to str"
    );
    let text = d.to_string();
    assert_eq!(
        text,
        "Traceback (most recent call last):\n  File \"prog.py\", line 4, in <module>\n    miFuncion('a')\n  File \"prog.py\", line 2, in miFuncion\n    return x + 1\nTypeError: can only concatenate str (not \"int\") to str"
    );
    let runnel_python::Diagnostic::Runtime(e) = d else {
        panic!("runtime")
    };
    assert!(
        e.trace[0].starts_with("File \"prog.py\", line 2, in miFuncion"),
        "innermost first"
    );
}

#[test]
fn unknown_module_lists_what_runnel_provides() {
    let (interp, _) = common::interp();
    interp.register_module("pyspark", vec![]);
    let d = interp
        .run_module("import numpy as np\n")
        .expect_err("fails");
    // The list grows with every module; it is sorted and names the registered ones.
    let s = d.summary();
    assert!(
        s.starts_with("ModuleNotFoundError: No module named 'numpy' (Runnel provides: "),
        "{s}"
    );
    assert!(s.contains("dataclasses, datetime, "), "{s}");
    assert!(
        s.contains(", math, ") && s.contains(", pyspark, ") && s.ends_with(")"),
        "{s}"
    );
}

#[test]
fn course_programs_compile() {
    // Every conformance program of the course, when the shared folder is present.
    let Ok(dir) = std::fs::read_dir("/work/shared/conformance/cases") else {
        return;
    };
    for entry in dir.flatten() {
        let src = std::fs::read_to_string(entry.path()).expect("read");
        let (interp, _) = common::interp();
        if let Err(d) = interp.check(&src) {
            panic!("{}: {d}", entry.path().display());
        }
    }
}

#[test]
fn clock_modules_use_the_host() {
    let (interp, host) = common::interp();
    interp
        .run_module("import time\nfrom datetime import datetime\nprint(time.time())\nnow = datetime.now()\nprint(now, now.year, type(now))\ntime.sleep(0.5)\n")
        .expect("runs");
    assert_eq!(
        host.out.borrow().as_str(),
        "1700000000.0\n2023-11-14 22:13:20 2023 <class 'datetime.datetime'>\n"
    );
}

#[test]
fn host_objects_iterate_and_measure_through_the_object_trait() {
    use runnel_core::value::Object;
    struct Bag(Vec<Value>);
    impl Object for Bag {
        fn type_name(&self) -> &str {
            "ResultIterable"
        }
        fn repr(&self) -> String {
            "<pyspark.resultiterable.ResultIterable>".into()
        }
        fn iterate(&self) -> Option<runnel_core::Result<Vec<Value>>> {
            Some(Ok(self.0.clone()))
        }
        fn len(&self) -> Option<usize> {
            Some(self.0.len())
        }
        fn as_any(&self) -> &dyn std::any::Any {
            self
        }
    }
    let (interp, host) = common::interp();
    interp.set_global(
        "vs",
        Value::object(Bag(vec![Value::Int(3), Value::Int(1), Value::Int(2)])),
    );
    interp.run_module("print(len(vs), sorted(vs), max(vs), list(vs), 2 in vs, [v * 2 for v in vs], sum(vs))\n").expect("runs");
    assert_eq!(
        host.out.borrow().as_str(),
        "3 [1, 2, 3] 3 [3, 1, 2] True [6, 2, 4] 6\n"
    );
}

#[test]
fn tracebacks_point_at_the_failing_line_of_a_multiline_statement() {
    let (interp, _) = common::interp();
    let d = interp
        .run_module("def f(x, y):\n    return x\n\nresult = f(\n    1,\n    2 / 0,\n)\n")
        .expect_err("fails");
    assert_eq!(
        d.to_string(),
        "Traceback (most recent call last):\n  File \"prog.py\", line 6, in <module>\n    2 / 0,\nZeroDivisionError: division by zero"
    );
    let (interp, _) = common::interp();
    let d = interp.run_module("def g(items):\n    return [\n        int(v)\n        for v in items\n    ]\n\ng(['1', 'x'])\n").expect_err("fails");
    let text = d.to_string();
    assert!(text.contains("line 3, in g\n    int(v)\n"), "{text}");
}

#[test]
fn tracebacks_through_lazy_generators() {
    let (interp, _) = common::interp();
    let d = interp
        .run_module("def gen(xs):\n    for x in xs:\n        yield 10 / x\n\ntotal = sum(v for v in gen([1, 0]))\n")
        .expect_err("fails");
    assert_eq!(
        d.to_string(),
        "Traceback (most recent call last):\n  File \"prog.py\", line 5, in <module>\n    total = sum(v for v in gen([1, 0]))\n  File \"prog.py\", line 5, in <genexpr>\n    total = sum(v for v in gen([1, 0]))\n  File \"prog.py\", line 3, in gen\n    yield 10 / x\nZeroDivisionError: division by zero"
    );
}

/// Trivial lambdas are recognised; anything that differs in the least is not.
#[test]
fn trivial_lambdas_have_shapes() {
    let (interp, _) = common::interp();
    interp
        .run_module(
            "add = lambda a, b: a + b\npair = lambda w: (w, 1)\nsplit = lambda l: l.split(' ')\n\
             sub = lambda a, b: a - b\nswapped = lambda a, b: b + a\ndefault = lambda a, b=1: a + b\n\
             free = lambda w: (w, y)\nws = lambda l: l.split()\nempty = lambda l: l.split('')\n\
             def named(a, b):\n    return a + b\n",
        )
        .expect("runs");
    let shape = |name: &str| interp.shape(&interp.get_global(name).expect(name));
    assert!(matches!(shape("add"), Some(runnel_python::Shape::AddArgs)));
    assert!(matches!(
        shape("pair"),
        Some(runnel_python::Shape::PairWithConst(
            runnel_core::Value::Int(1)
        ))
    ));
    assert!(matches!(shape("split"), Some(runnel_python::Shape::SplitOn(s)) if s == " "));
    for other in ["sub", "swapped", "default", "free", "ws", "empty", "named"] {
        assert!(shape(other).is_none(), "{other} has no shape");
    }
}

/// A module a build leaves out (a Cargo feature): importing it, or a submodule, raises
/// ModuleNotFoundError with the full engine's marker, which the diagnostic's data flags.
#[test]
fn a_left_out_module_says_it_needs_the_full_engine() {
    let (interp, _out) = common::interp();
    interp.mark_needs_full_engine("toolbox");
    for src in [
        "import toolbox\n",
        "from toolbox.sub import x\n",
        "import os, toolbox as t\n",
    ] {
        let d = interp.run_module(src).expect_err(src).data();
        assert_eq!(d.exc_type, "ModuleNotFoundError", "{src}");
        assert!(
            d.message.contains(runnel_python::FULL_ENGINE_MARKER),
            "{src}: {}",
            d.message
        );
        assert_eq!(d.needs_full_engine, Some(true), "{src}");
    }
    // A module no build has is Python's plain error, without the flag.
    let d = interp
        .run_module("import toolboxes\n")
        .expect_err("toolboxes")
        .data();
    assert_eq!(d.exc_type, "ModuleNotFoundError");
    assert_eq!(d.needs_full_engine, None);
}

/// Without the `re` feature, `import re` is such a module.
#[cfg(not(feature = "re"))]
#[test]
fn without_the_re_feature_re_needs_the_full_engine() {
    let (interp, _out) = common::interp();
    let d = interp.run_module("import re\n").expect_err("re").data();
    assert_eq!(d.needs_full_engine, Some(true));
    assert!(
        d.message.starts_with("No module named 're' here"),
        "{}",
        d.message
    );
}

/// The lite build (feature `extra` off, the npm package's lite engine) leaves out the
/// rarer language features; using one asks for the full engine, as a left-out module does.
/// (Run with `cargo test -p runnel_python --no-default-features --test api`.)
#[cfg(not(feature = "extra"))]
#[test]
fn a_left_out_feature_says_it_needs_the_full_engine() {
    let (interp, _out) = common::interp();
    for src in [
        "class P(tuple):\n    pass\n",
        "class C:\n    pass\nprint(C().__dict__)\n",
        "class C:\n    pass\nprint(vars(C()))\n",
        "import math\nmath.gamma(2.5)\n",
        "import math\nmath.erf(0.5)\n",
        "import unicodedata\n",
        "import decimal\n",
        "from fractions import Fraction\n",
        "import struct\n",
        "import textwrap\n",
        "import uuid\n",
        "from unicodedata import normalize\n",
        "import cmath\n",
        "import calendar\n",
        "import hashlib\n",
        "from base64 import b64encode\n",
        "import zlib\n",
        "import binascii\n",
        "from functools import singledispatch\n@singledispatch\ndef f(x):\n    pass\n",
        "import functools\nclass C:\n    @functools.cached_property\n    def p(self):\n        return 1\n",
    ] {
        let d = interp.run_module(src).expect_err(src).data();
        assert_eq!(d.exc_type, "ModuleNotFoundError", "{src}");
        assert_eq!(d.needs_full_engine, Some(true), "{src}: {}", d.message);
    }
}

/// `\N{NAME}` escapes: the full build resolves them as CPython does; the lite one (no name
/// tables) sends the program to the full engine instead of calling it a syntax error.
#[test]
fn unicode_name_escapes_resolve_or_ask_for_the_full_engine() {
    let (interp, out) = common::interp();
    let src = "print('\\N{BULLET} uno', len('\\N{GREEK SMALL LETTER ALPHA}b'))\n";
    let got = interp.run_module(src);
    if cfg!(feature = "extra") {
        got.expect("runs");
        assert_eq!(out.out.take(), "\u{2022} uno 2\n");
        let d = interp
            .run_module("'\\N{NO SUCH NAME}'\n")
            .expect_err("bad")
            .data();
        assert_eq!(d.exc_type, "SyntaxError");
    } else {
        let d = got.expect_err("lite").data();
        assert_eq!(d.exc_type, "ModuleNotFoundError", "{}", d.message);
        assert_eq!(d.needs_full_engine, Some(true));
    }
}
