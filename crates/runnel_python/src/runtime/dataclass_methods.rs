//! The methods `@dataclass` makes, written in Rust over the class's fields: `__init__`
//! (bound as the signature CPython generates: positional-or-keyword fields, then the
//! keyword-only ones; defaults, factories, `InitVar`s passed to `__post_init__`),
//! `__repr__`, and the comparisons over the fields' tuple.

use super::class::instance_rc;
use super::dataclass::init_fields;
use super::dataclass_field::{FieldData, Kind};
use crate::{Args, Interpreter};
use indexmap::IndexMap;
use runnel_core::{Error, Result, Value};
use std::rc::Rc;

/// Binds `__init__`'s arguments as the signature CPython writes would: the fields
/// `init` takes, positional or keyword, then the keyword-only ones.
pub(super) fn init(interp: &Interpreter, fields: &[Rc<FieldData>], mut a: Args) -> Result<Value> {
    let me = instance_rc(&a.positional.remove(0)).ok_or_else(|| Error::type_error("self"))?;
    let qual = format!("{}.__init__", me.class.name);
    let params: Vec<&Rc<FieldData>> = init_fields(fields).filter(|f| f.init).collect();
    let (std, kw): (Vec<_>, Vec<_>) = params.iter().partition(|f| f.kw_only != Some(true));
    if a.positional.len() > std.len() {
        return Err(too_many(&qual, &std, a.positional.len()));
    }
    let mut given: IndexMap<Rc<str>, Value> = IndexMap::new();
    for (f, v) in std.iter().zip(a.positional) {
        given.insert(f.name(), v);
    }
    for (k, v) in a.keywords {
        let known = std.iter().chain(&kw).any(|f| *f.name() == *k);
        if !known {
            return Err(Error::type_error(format!(
                "{qual}() got an unexpected keyword argument '{k}'"
            )));
        }
        if given.contains_key(k.as_str()) {
            return Err(Error::type_error(format!(
                "{qual}() got multiple values for argument '{k}'"
            )));
        }
        given.insert(Rc::from(k.as_str()), v);
    }
    for (group, what) in [(&std, "positional"), (&kw, "keyword-only")] {
        let missing: Vec<String> = group
            .iter()
            .filter(|f| !f.has_default() && !given.contains_key(&*f.name()))
            .map(|f| format!("'{}'", f.name()))
            .collect();
        if !missing.is_empty() {
            return Err(missing_error(&qual, what, &missing));
        }
    }
    let mut init_vars = Vec::new();
    for f in init_fields(fields) {
        let v = match given.shift_remove(&*f.name()) {
            Some(v) => Some(v),
            None => match (&f.default, &f.factory) {
                (Some(d), _) => Some(d.clone()),
                (None, Some(factory)) => Some(interp.call_value(factory, Args::new(vec![]))?),
                _ => None,
            },
        };
        match (f.is(Kind::InitVar), v) {
            (true, v) => init_vars.push(v.unwrap_or(Value::None)),
            (false, Some(v)) => {
                me.dict.borrow_mut().insert(f.name(), v);
            }
            (false, None) => {}
        }
    }
    if let Some(post) = me.class.lookup("__post_init__") {
        let mut args = vec![me.value().unwrap_or(Value::None)];
        args.extend(init_vars);
        interp.call_value(&post, Args::new(args))?;
    }
    Ok(Value::None)
}

fn too_many(qual: &str, std: &[&Rc<FieldData>], n: usize) -> Error {
    let required = std.iter().filter(|f| !f.has_default()).count();
    let takes = if required < std.len() {
        format!("from {} to {}", required + 1, std.len() + 1)
    } else {
        (std.len() + 1).to_string()
    };
    let s = if takes == "1" { "" } else { "s" };
    Error::type_error(format!(
        "{qual}() takes {takes} positional argument{s} but {} were given",
        n + 1
    ))
}

fn missing_error(qual: &str, what: &str, missing: &[String]) -> Error {
    let list = match missing.len() {
        1 => missing[0].clone(),
        n => format!("{} and {}", missing[..n - 1].join(", "), missing[n - 1]),
    };
    Error::type_error(format!(
        "{qual}() missing {} required {what} argument{}: {list}",
        missing.len(),
        if missing.len() == 1 { "" } else { "s" }
    ))
}

/// `ClassName(a=1, b='x')` over the fields shown in the repr, by the instance's own
/// class name (a subclass prints its name).
pub(super) fn repr(interp: &Interpreter, fields: &[Rc<FieldData>], v: &Value) -> Result<Value> {
    let me = instance_rc(v).ok_or_else(|| Error::type_error("self"))?;
    // `reprlib.recursive_repr`: an instance met again inside its own repr is `...`.
    let key = Rc::as_ptr(&me) as usize;
    if IN_REPR.with(|s| s.borrow().contains(&key)) {
        return Ok(Value::str("..."));
    }
    IN_REPR.with(|s| s.borrow_mut().push(key));
    let parts: Result<Vec<String>> = fields
        .iter()
        .filter(|f| f.is(Kind::Field) && f.repr)
        .map(|f| {
            let name = f.name();
            let v = crate::methods::get_attr(interp, v, &name)?;
            Ok(format!("{name}={}", crate::runtime::guard::repr(&v)?))
        })
        .collect();
    IN_REPR.with(|s| s.borrow_mut().retain(|k| *k != key));
    Ok(Value::str(&format!(
        "{}({})",
        me.class.name,
        parts?.join(", ")
    )))
}

thread_local! {
    /// The instances whose dataclass `__repr__` is running on this thread.
    static IN_REPR: std::cell::RefCell<Vec<usize>> = const { std::cell::RefCell::new(Vec::new()) };
}

/// The values of the fields `keep` selects, as a tuple.
pub(super) fn values(
    interp: &Interpreter,
    fields: &[Rc<FieldData>],
    v: &Value,
    keep: fn(&FieldData) -> bool,
) -> Result<Value> {
    let items = fields
        .iter()
        .filter(|f| f.is(Kind::Field) && keep(f))
        .map(|f| crate::methods::get_attr(interp, v, &f.name()))
        .collect::<Result<_>>()?;
    Ok(Value::tuple(items))
}

pub(super) fn compare(
    interp: &Interpreter,
    fields: &[Rc<FieldData>],
    op: runnel_core::value::CmpOp,
    a: &Args,
) -> Result<Value> {
    let (me, other) = (&a.positional[0], &a.positional[1]);
    let same = match (instance_rc(me), instance_rc(other)) {
        (Some(x), Some(y)) => Rc::ptr_eq(&x.class, &y.class),
        _ => false,
    };
    if !same {
        return Ok(Value::object(super::class::NotImplementedType));
    }
    let cmp = |f: &FieldData| f.compare;
    let (x, y) = (
        values(interp, fields, me, cmp)?,
        values(interp, fields, other, cmp)?,
    );
    Ok(Value::Bool(x.py_compare(op, &y)?))
}
