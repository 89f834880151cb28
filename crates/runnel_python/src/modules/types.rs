//! The `types` module: `SimpleNamespace` (CPython's repr `namespace(a=1)`, equality by
//! attributes) and the function types; the interpreter's other internal types are not here.

use crate::builtins::types::{Kind, TypeObj};
use crate::runtime::class::instance_rc;
use crate::runtime::module_class::{make, method, set, this};
use crate::{Args, Interpreter};
use runnel_core::value::PyDict;
use runnel_core::{Error, Result, Value};

fn init(_: &Interpreter, a: Args) -> Result<Value> {
    let me = this(&a, "SimpleNamespace.__init__")?;
    if a.positional.len() > 1 {
        return Err(Error::type_error("no positional arguments expected"));
    }
    for (k, v) in a.keywords {
        set(&me, &k, v);
    }
    Ok(Value::None)
}

/// The instance's attributes as a dict (insertion order, as its `__dict__`).
fn attrs_of(v: &Value) -> Result<Option<Value>> {
    let Some(inst) = instance_rc(v) else {
        return Ok(None);
    };
    let mut d = PyDict::new();
    for (k, v) in inst.dict.borrow().iter() {
        d.insert(Value::str(k), v.clone())?;
    }
    Ok(Some(Value::dict(d)))
}

fn repr(_: &Interpreter, a: Args) -> Result<Value> {
    let me = this(&a, "SimpleNamespace.__repr__")?;
    let inst = instance_rc(&me).ok_or_else(|| Error::type_error("not a namespace"))?;
    let items: Vec<(String, Value)> = inst
        .dict
        .borrow()
        .iter()
        .map(|(k, v)| (k.to_string(), v.clone()))
        .collect();
    let parts: Vec<String> = items
        .iter()
        .map(|(k, v)| format!("{k}={}", v.repr()))
        .collect();
    Ok(Value::str(&format!("namespace({})", parts.join(", "))))
}

fn eq(_: &Interpreter, a: Args) -> Result<Value> {
    let me = this(&a, "SimpleNamespace.__eq__")?;
    let other = a.positional.get(1).cloned().unwrap_or(Value::None);
    let same_class = match (instance_rc(&me), instance_rc(&other)) {
        (Some(x), Some(y)) => {
            std::rc::Rc::ptr_eq(&x.class, &y.class) || y.class.is_subclass_of(&x.class)
        }
        _ => false,
    };
    if !same_class {
        return Ok(Value::Bool(false));
    }
    match (attrs_of(&me)?, attrs_of(&other)?) {
        (Some(x), Some(y)) => Ok(Value::Bool(x.py_eq_checked(&y)?)),
        _ => Ok(Value::Bool(false)),
    }
}

pub(super) fn attrs(interp: &Interpreter) -> Vec<(&'static str, Value)> {
    let ns = make(
        interp,
        "SimpleNamespace",
        "types",
        vec![
            ("__init__", method("__init__", init)),
            ("__repr__", method("__repr__", repr)),
            ("__eq__", method("__eq__", eq)),
        ],
    );
    vec![
        ("SimpleNamespace", ns),
        ("FunctionType", TypeObj::value(Kind::Function)),
        ("LambdaType", TypeObj::value(Kind::Function)),
    ]
}
