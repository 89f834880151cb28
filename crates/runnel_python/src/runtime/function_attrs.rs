//! Attributes of a program's functions: `__name__`, `__qualname__`, `__module__`,
//! `__doc__`, `__defaults__`, `__kwdefaults__`, `__dict__`, and any the program sets
//! (`f.calls = 0`; `functools.wraps` sets `__wrapped__` and copies the names).

use super::function::Function;
use runnel_core::value::PyDict;
use runnel_core::{Error, Result, Value};
use std::rc::Rc;

/// Names that are the function's own fields in CPython, not entries of its `__dict__`.
const OWN: &[&str] = &[
    "__name__",
    "__qualname__",
    "__module__",
    "__doc__",
    "__annotations__",
];

/// `f.name`.
pub(crate) fn get(obj: &Value, f: &Function, name: &str) -> Result<Value> {
    if let Some(v) = f.attrs.borrow().get(name) {
        return Ok(v.clone());
    }
    let code = &f.code;
    let n_named = code.params.len();
    Ok(match name {
        "__name__" => Value::str(&code.name),
        "__qualname__" => Value::str(&code.qualname),
        "__module__" => Value::str("__main__"),
        // Made empty on first use and kept, as CPython does.
        "__annotations__" => {
            let d = Value::dict(PyDict::new());
            set(f, name, d.clone())?;
            d
        }
        "__code__" => Value::object(CodeInfo(f.code.clone())),
        "__doc__" => code.doc.as_ref().map_or(Value::None, |d| Value::str(d)),
        "__dict__" => {
            let mut d = PyDict::new();
            for (k, v) in f.attrs.borrow().iter() {
                if !OWN.contains(&&**k) {
                    d.insert(Value::str(k), v.clone())?;
                }
            }
            Value::dict(d)
        }
        "__defaults__" => {
            let given: Vec<Value> = f.defaults[..code.n_positional.min(f.defaults.len())]
                .iter()
                .flatten()
                .cloned()
                .collect();
            if given.is_empty() {
                Value::None
            } else {
                Value::tuple(given)
            }
        }
        "__kwdefaults__" => {
            let mut d = PyDict::new();
            for i in code.n_positional..n_named.min(f.defaults.len()) {
                if let Some(v) = &f.defaults[i] {
                    d.insert(Value::str(&code.params[i]), v.clone())?;
                }
            }
            if d.is_empty() {
                Value::None
            } else {
                Value::dict(d)
            }
        }
        _ => return Err(crate::methods::no_attr(obj, name)),
    })
}

/// `f.name = v`.
pub(crate) fn set(f: &Function, name: &str, v: Value) -> Result<()> {
    if matches!(name, "__name__" | "__qualname__") && !matches!(v, Value::Str(_)) {
        return Err(Error::type_error(format!(
            "{name} must be set to a string object"
        )));
    }
    f.attrs.borrow_mut().insert(Rc::from(name), v);
    Ok(())
}

/// `f.__code__`: what programs read of it (`co_name`, `co_varnames`, the argument
/// counts, `co_firstlineno`, `co_filename`).
pub(crate) struct CodeInfo(pub Rc<super::function::Code>);

impl CodeInfo {
    pub(crate) fn attr(&self, name: &str) -> Option<Value> {
        let c = &self.0;
        let names = |v: &[Rc<str>]| Value::tuple(v.iter().map(|n| Value::str(n)).collect());
        let int = |n: usize| Value::Int(n as i64);
        Some(match name {
            "co_name" => Value::str(&c.name),
            "co_qualname" => Value::str(&c.qualname),
            "co_varnames" => names(&c.varnames),
            "co_argcount" => int(c.n_positional),
            "co_posonlyargcount" => int(c.n_posonly),
            "co_kwonlyargcount" => int(c.params.len() - c.n_positional),
            "co_nlocals" => int(c.varnames.len()),
            "co_firstlineno" => int(c.line as usize),
            "co_filename" => Value::str(&c.source.filename),
            _ => return None,
        })
    }
}

impl runnel_core::value::Object for CodeInfo {
    fn type_name(&self) -> &str {
        "code"
    }
    fn repr(&self) -> String {
        format!(
            "<code object {} at {:#x}, file \"{}\", line {}>",
            self.0.name,
            Rc::as_ptr(&self.0) as usize,
            self.0.source.filename,
            self.0.line
        )
    }
    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
}
