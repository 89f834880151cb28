//! Functions frozen in one interpreter and revived in another that loaded the same program
//! (what a native host's worker threads do), with what they captured.

mod common;

use runnel_core::Value;
use runnel_python::Args;

const PROGRAM: &str = r#"
import math
from operator import add
table = {"a": 1, "b": 2}
scale = 10

def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)

def make(offset):
    def f(x, extra=100):
        return (table.get(x, 0) * scale + offset + extra, fact(3), math.floor(2.5))
    return f

g = make(7)
h = lambda xs: sorted(map(str.upper, xs))
k = add
holder = []
holder.append(holder)
"#;

/// Freezes global `name` in a driver that ran the program, revives it in a worker that
/// only loaded it, and calls it there with `args`.
fn call_in_worker(name: &str, args: Vec<Value>) -> runnel_core::Result<Value> {
    let (driver, _) = common::interp();
    driver.run_module(PROGRAM).expect("runs");
    let frozen = driver.freeze(&driver.get_global(name).expect("global"))?;
    // The driver changes its globals after the job was submitted: the worker keeps the
    // values frozen with the function (as a pickled closure does).
    driver.run_module("scale = 0\n").expect("runs");
    let (worker, _) = common::interp();
    worker.load_program(PROGRAM).expect("loads");
    let f = worker.revive(&frozen)?;
    worker.call(&f, Args::new(args))
}

#[test]
fn a_closure_travels_with_its_cells_defaults_and_globals() {
    let v = call_in_worker("g", vec![Value::str("b")]).expect("calls");
    assert_eq!(v.repr(), "(127, 6, 2)");
}

#[test]
fn builtins_methods_and_module_functions_travel_by_name() {
    let v = call_in_worker(
        "h",
        vec![Value::list(vec![Value::str("b"), Value::str("a")])],
    )
    .expect("calls");
    assert_eq!(v.repr(), "['A', 'B']");
    let v = call_in_worker("k", vec![Value::Int(2), Value::Int(3)]).expect("calls");
    assert_eq!(v.repr(), "5");
}

#[test]
fn the_worker_does_not_run_the_program() {
    let (worker, out) = common::interp();
    worker
        .load_program("print('side effect')\nx = 1\n")
        .expect("loads");
    assert!(out.out.borrow().is_empty());
    assert!(worker.get_global("x").is_none());
}

#[test]
fn functions_from_outside_the_program_do_not_travel() {
    let (driver, _) = common::interp();
    driver.run_module(PROGRAM).expect("runs");
    // A second module (as a builder's lambda string would be) is not the program.
    driver.run_module("other = lambda x: x\n").expect("runs");
    let e = driver
        .freeze(&driver.get_global("other").expect("global"))
        .expect_err("not portable");
    assert_eq!(e.exc_type, "PicklingError");
}

#[test]
fn self_containing_data_keeps_its_shape() {
    let (driver, _) = common::interp();
    driver.run_module(PROGRAM).expect("runs");
    let frozen = driver
        .freeze(&driver.get_global("holder").expect("global"))
        .expect("freezes");
    let (worker, _) = common::interp();
    worker.load_program(PROGRAM).expect("loads");
    assert_eq!(worker.revive(&frozen).expect("revives").repr(), "[[...]]");
}

/// A function's attributes set before the job (`f.calls`, `f.tag`) are read inside the
/// task, on the function shipped and on one it refers to, as cloudpickle carries a
/// function's `__dict__`; so are its annotations.
#[test]
fn function_attributes_travel_with_the_function() {
    let program = r#"
def counted(x):
    counted.calls += 1
    return (x, counted.calls, counted.tag)

def annotated(n: int) -> str:
    return str(n)

counted.calls = 5
counted.tag = "T"
use = lambda x: (counted(x), counted.calls, annotated.__annotations__["n"].__name__)
"#;
    let (driver, _) = common::interp();
    driver.run_module(program).expect("runs");
    let (worker, _) = common::interp();
    worker.load_program(program).expect("loads");
    for name in ["counted", "use"] {
        let frozen = driver
            .freeze(&driver.get_global(name).expect("global"))
            .expect("freezes");
        let f = worker.revive(&frozen).expect("revives");
        let v = worker
            .call(&f, Args::new(vec![Value::Int(1)]))
            .expect("calls");
        let want = match name {
            "counted" => "(1, 6, 'T')",
            _ => "((1, 6, 'T'), 6, 'int')",
        };
        assert_eq!(v.repr(), want, "{name}");
    }
}
