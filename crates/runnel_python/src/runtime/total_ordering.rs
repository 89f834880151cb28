//! `functools.total_ordering`: a class defining one of `<`, `<=`, `>`, `>=` (and `==`)
//! gets the other three, derived from the one as CPython's functools derives them
//! (`a > b` from `<` is `not a < b and a != b`...). The derived methods are Rust, so a
//! class revived on another interpreter gets them again (`reinstall`), as `@dataclass`'s.

use super::class::{class_rc, is_not_implemented, PyClass};
use super::dataclass::NativeMethodFn;
use crate::{Args, Interpreter};
use runnel_core::{Error, Result, Value};
use std::rc::Rc;

const OPS: [&str; 4] = ["__lt__", "__le__", "__gt__", "__ge__"];
/// The class attribute naming the root operation, so a revived class is completed again.
const MARK: &str = "__total_ordering_root__";

/// `@functools.total_ordering` applied to `cls`.
pub(crate) fn decorate(cls: Value) -> Result<Value> {
    let Some(c) = class_rc(&cls) else {
        return Err(Error::type_error(
            "total_ordering() decorates a class (Runnel supports it on program classes)",
        ));
    };
    // CPython's root is the greatest name among the operations the class defines.
    let root = OPS
        .iter()
        .filter(|op| c.lookup(op).is_some_and(|v| !matches!(v, Value::None)))
        .max()
        .ok_or_else(|| {
            Error::value_error("must define at least one ordering operation: < > <= >=")
        })?;
    c.dict.borrow_mut().insert(Rc::from(MARK), Value::str(root));
    install(&c, root);
    Ok(cls)
}

/// Completes a class revived from another interpreter, if it was decorated.
pub(crate) fn reinstall(c: &Rc<PyClass>) {
    let root = match c.dict.borrow().get(MARK) {
        Some(Value::Str(s)) => OPS.iter().find(|op| **op == &**s).copied(),
        _ => None,
    };
    if let Some(root) = root {
        install(c, root);
    }
}

fn install(c: &Rc<PyClass>, root: &'static str) {
    for op in OPS {
        if op == root
            || c.lookup(op)
                .is_some_and(|v| v.downcast::<NativeMethodFn>().is_none())
        {
            continue;
        }
        let f: crate::NativeFn = Rc::new(move |interp, a: Args| derived(interp, root, op, a));
        c.dict
            .borrow_mut()
            .insert(Rc::from(op), Value::object(NativeMethodFn(f, Rc::from(op))));
    }
}

/// `op(a, b)` from `root(a, b)`, as functools' `_gt_from_lt` and its siblings.
fn derived(interp: &Interpreter, root: &str, op: &str, a: Args) -> Result<Value> {
    let (Some(me), Some(other)) = (a.positional.first(), a.positional.get(1)) else {
        return Err(Error::type_error(format!(
            "{op}() takes exactly one argument"
        )));
    };
    let r = crate::methods::call_method(interp, me, root, Args::new(vec![other.clone()]))?;
    if is_not_implemented(&r) {
        return Ok(r);
    }
    let r = r.truthy();
    let eq = || me.py_eq(other);
    // Whether the root is a strict order (< or >) and whether `op` looks the same way.
    let strict_root = matches!(root, "__lt__" | "__gt__");
    let same_side = root.as_bytes()[2] == op.as_bytes()[2];
    let result = match (strict_root, same_side) {
        // `<=` from `<`, `>=` from `>`: r or a == b.
        (true, true) => r || eq(),
        // `>` from `<`, `<` from `>`: not r and a != b.
        (true, false) if matches!(op, "__lt__" | "__gt__") => !r && !eq(),
        // `>=` from `<`, `<=` from `>`: not r.
        (true, false) => !r,
        // `<` from `<=`, `>` from `>=`: r and a != b.
        (false, true) => r && !eq(),
        // `>=` from `<=`, `<=` from `>=`: not r or a == b.
        (false, false) if matches!(op, "__le__" | "__ge__") => !r || eq(),
        // `>` from `<=`, `<` from `>=`: not r.
        (false, false) => !r,
    };
    Ok(Value::Bool(result))
}
