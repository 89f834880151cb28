//! The `dataclasses` module: `@dataclass` (with `eq`, `order`, `frozen`, `init`,
//! `repr`), `field(default=..., default_factory=...)`, `asdict`, `astuple`, `fields`.
//!
//! The generated methods are native; the class keeps its options and fields as data
//! (`__dataclass_params__`, `__dataclass_fields__`), so a copy of the class revived in
//! another interpreter makes them again (see `portable_class`).

use super::class::{class_rc, instance_rc, PyClass};
use crate::{Args, Interpreter, NativeFunction};
use runnel_core::value::Object;
use runnel_core::{Error, Result, Value};
use std::any::Any;
use std::rc::Rc;

/// A method written in Rust that binds like a Python function (`obj.m` passes `obj`).
pub(crate) struct NativeMethodFn(pub crate::NativeFn, pub Rc<str>);

impl Object for NativeMethodFn {
    fn type_name(&self) -> &str {
        "function"
    }
    fn repr(&self) -> String {
        format!("<function {}>", self.1)
    }
    fn hash(&self) -> Option<i64> {
        Some((self as *const Self as usize >> 4) as i64)
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
}

/// `field(default=..., default_factory=...)` in a class body.
struct Field {
    default: Option<Value>,
    factory: Option<Value>,
}

impl Object for Field {
    fn type_name(&self) -> &str {
        "Field"
    }
    fn repr(&self) -> String {
        "Field(...)".into()
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
}

/// One field: name, default value, default factory.
type FieldSpec = (Rc<str>, Option<Value>, Option<Value>);

/// The options of `@dataclass(...)`, in `__dataclass_params__` order.
#[derive(Clone, Copy)]
struct Params {
    init: bool,
    repr: bool,
    eq: bool,
    order: bool,
    frozen: bool,
}

/// The module's attributes.
pub(crate) fn attrs() -> Vec<(&'static str, Value)> {
    vec![
        ("dataclass", NativeFunction::new("dataclass", dataclass)),
        ("field", NativeFunction::new("field", field)),
        (
            "FrozenInstanceError",
            Value::object(crate::exceptions::ExcClass {
                name: "FrozenInstanceError",
            }),
        ),
        (
            "asdict",
            NativeFunction::new("asdict", |_, a| as_container(a, true)),
        ),
        (
            "astuple",
            NativeFunction::new("astuple", |_, a| as_container(a, false)),
        ),
        ("fields", NativeFunction::new("fields", fields_of)),
        (
            "is_dataclass",
            NativeFunction::new("is_dataclass", |_, a: Args| {
                a.check_count("is_dataclass", 1, 1)?;
                let v = &a.positional[0];
                let c = class_rc(v).or_else(|| instance_rc(v).map(|i| i.class.clone()));
                Ok(Value::Bool(c.is_some_and(|c| {
                    c.lookup("__dataclass_params__").is_some()
                })))
            }),
        ),
    ]
}

fn flag(a: &mut Args, name: &str, default: bool) -> bool {
    a.take_keyword(name).map_or(default, |v| v.truthy())
}

/// `@dataclass` or `@dataclass(order=True, ...)`.
fn dataclass(_: &Interpreter, mut a: Args) -> Result<Value> {
    let params = Params {
        init: flag(&mut a, "init", true),
        repr: flag(&mut a, "repr", true),
        eq: flag(&mut a, "eq", true),
        order: flag(&mut a, "order", false),
        frozen: flag(&mut a, "frozen", false),
    };
    a.finish("dataclass")?;
    match a.positional.first() {
        Some(cls) => decorate(cls, params),
        None => Ok(NativeFunction::new("dataclass", move |_, a: Args| {
            a.check_count("dataclass", 1, 1)?;
            decorate(&a.positional[0], params)
        })),
    }
}

fn decorate(cls: &Value, p: Params) -> Result<Value> {
    let class = class_rc(cls)
        .ok_or_else(|| Error::type_error("dataclass() should be called on a class"))?;
    if p.order && !p.eq {
        return Err(Error::value_error("eq must be true if order is true"));
    }
    let fields = collect_fields(&class)?;
    let params = Value::tuple(
        [p.init, p.repr, p.eq, p.order, p.frozen]
            .iter()
            .map(|b| Value::Bool(*b))
            .collect(),
    );
    let names: Vec<Value> = fields.iter().map(|(n, _, _)| Value::str(n)).collect();
    {
        let mut d = class.dict.borrow_mut();
        d.insert(Rc::from("__dataclass_params__"), params);
        d.insert(
            Rc::from("__dataclass_fields__"),
            Value::tuple(names.clone()),
        );
        d.insert(Rc::from("__match_args__"), Value::tuple(names));
        for (name, default, factory) in &fields {
            // A plain default stays a class attribute; `field(...)` does not.
            match (default, factory) {
                (Some(v), None) => d.insert(name.clone(), v.clone()),
                _ => d.shift_remove(name),
            };
        }
    }
    install(&class, p, Rc::from(fields));
    Ok(cls.clone())
}

/// The fields of `class`: its ancestors' first, then its own annotated names.
fn collect_fields(class: &Rc<PyClass>) -> Result<Vec<FieldSpec>> {
    let mut out: Vec<FieldSpec> = Vec::new();
    for base in class.mro.iter().rev() {
        if let Some(Value::Tuple(names)) = base.dict.borrow().get("__dataclass_fields__") {
            for n in names.iter() {
                let n: Rc<str> = Rc::from(n.to_str().as_str());
                let default = base.lookup(&n);
                out.retain(|(m, _, _)| *m != n);
                out.push((n, default, None));
            }
        }
    }
    let own = class.dict.borrow().get("__annotations__").cloned();
    if let Some(Value::Dict(ann)) = own {
        for (k, ty) in ann.borrow()?.iter() {
            if ty.to_str().starts_with("ClassVar") || ty.to_str().contains(".ClassVar") {
                continue;
            }
            let name: Rc<str> = Rc::from(k.to_str().as_str());
            let attr = class.dict.borrow().get(&name).cloned();
            let (default, factory) = match attr.as_ref().and_then(|a| a.downcast::<Field>()) {
                Some(f) => (f.default.clone(), f.factory.clone()),
                None => (attr, None),
            };
            out.retain(|(m, _, _)| *m != name);
            out.push((name, default, factory));
        }
    }
    let mut seen_default = false;
    for (name, default, factory) in &out {
        if default.is_some() || factory.is_some() {
            seen_default = true;
        } else if seen_default {
            return Err(Error::type_error(format!(
                "non-default argument '{name}' follows default argument"
            )));
        }
    }
    Ok(out)
}

/// Makes the methods a dataclass has (when the class does not define them itself).
fn install(class: &Rc<PyClass>, p: Params, fields: Rc<[FieldSpec]>) {
    let name = class.name.clone();
    let mut methods: Vec<(&str, crate::NativeFn)> = Vec::new();
    if p.init {
        let f = fields.clone();
        methods.push(("__init__", Rc::new(move |interp, a| init(interp, &f, a))));
    }
    if p.repr {
        let f = fields.clone();
        let n = name.clone();
        methods.push((
            "__repr__",
            Rc::new(move |_, a: Args| {
                let me = instance_rc(&a.positional[0]).ok_or_else(|| Error::type_error("self"))?;
                let parts: Vec<String> = f
                    .iter()
                    .map(|(k, _, _)| {
                        let v = me.dict.borrow().get(k).cloned().unwrap_or(Value::None);
                        Ok(format!("{k}={}", crate::runtime::guard::repr(&v)?))
                    })
                    .collect::<Result<_>>()?;
                Ok(Value::str(&format!("{n}({})", parts.join(", "))))
            }),
        ));
    }
    if p.eq {
        let ops: &[(&str, runnel_core::value::CmpOp)] = if p.order {
            use runnel_core::value::CmpOp::*;
            &[
                ("__eq__", Eq),
                ("__lt__", Lt),
                ("__le__", Le),
                ("__gt__", Gt),
                ("__ge__", Ge),
            ]
        } else {
            &[("__eq__", runnel_core::value::CmpOp::Eq)]
        };
        for &(m, op) in ops {
            let f = fields.clone();
            methods.push((m, Rc::new(move |_, a: Args| compare(&f, op, &a))));
        }
    }
    if p.eq && p.frozen {
        let f = fields.clone();
        methods.push((
            "__hash__",
            Rc::new(move |_, a: Args| {
                let t = as_tuple(&f, &a.positional[0])?;
                Ok(Value::Int(runnel_core::value::python_hash(&t)?))
            }),
        ));
    }
    let mut d = class.dict.borrow_mut();
    for (m, f) in methods {
        let own = d
            .get(m)
            .is_some_and(|v| v.downcast::<NativeMethodFn>().is_none() && m != "__hash__");
        if !own {
            d.insert(Rc::from(m), Value::object(NativeMethodFn(f, Rc::from(m))));
        }
    }
    if p.eq
        && !p.frozen
        && !d
            .get("__hash__")
            .is_some_and(|h| h.downcast::<NativeMethodFn>().is_none() && !matches!(h, Value::None))
    {
        d.insert(Rc::from("__hash__"), Value::None);
    }
}

/// Makes a class revived from another interpreter a dataclass again.
pub(crate) fn reinstall(class: &Rc<PyClass>) -> Result<()> {
    let params = class.dict.borrow().get("__dataclass_params__").cloned();
    let Some(Value::Tuple(p)) = params else {
        return Ok(());
    };
    let b = |i: usize| p.get(i).is_some_and(|v| v.truthy());
    let params = Params {
        init: b(0),
        repr: b(1),
        eq: b(2),
        order: b(3),
        frozen: b(4),
    };
    let names = class.dict.borrow().get("__dataclass_fields__").cloned();
    let Some(Value::Tuple(names)) = names else {
        return Ok(());
    };
    let fields: Vec<FieldSpec> = names
        .iter()
        .map(|n| {
            let n: Rc<str> = Rc::from(n.to_str().as_str());
            let d = class.lookup(&n);
            (n, d, None)
        })
        .collect();
    install(class, params, Rc::from(fields));
    Ok(())
}

fn init(interp: &Interpreter, fields: &[FieldSpec], mut a: Args) -> Result<Value> {
    let me = instance_rc(&a.positional.remove(0)).ok_or_else(|| Error::type_error("self"))?;
    let qual = format!("{}.__init__", me.class.name);
    if a.positional.len() > fields.len() {
        let required = fields
            .iter()
            .filter(|(_, d, f)| d.is_none() && f.is_none())
            .count();
        let takes = if required < fields.len() {
            format!("from {} to {}", required + 1, fields.len() + 1)
        } else {
            (fields.len() + 1).to_string()
        };
        return Err(Error::type_error(format!(
            "{qual}() takes {takes} positional arguments but {} were given",
            a.positional.len() + 1
        )));
    }
    let mut pos = a.positional.into_iter();
    let mut missing = Vec::new();
    for (name, default, factory) in fields {
        let v = match pos.next() {
            Some(v) => Some(v),
            None => match a.keywords.iter().position(|(k, _)| **k == **name) {
                Some(i) => Some(a.keywords.remove(i).1),
                None => match (default, factory) {
                    (Some(d), _) => Some(d.clone()),
                    (None, Some(f)) => Some(interp.call_value(f, Args::new(vec![]))?),
                    _ => None,
                },
            },
        };
        match v {
            Some(v) => {
                me.dict.borrow_mut().insert(name.clone(), v);
            }
            None => missing.push(format!("'{name}'")),
        }
    }
    if let Some((k, _)) = a.keywords.first() {
        return Err(Error::type_error(format!(
            "{qual}() got an unexpected keyword argument '{k}'"
        )));
    }
    if !missing.is_empty() {
        let list = match missing.len() {
            1 => missing[0].clone(),
            n => format!("{} and {}", missing[..n - 1].join(", "), missing[n - 1]),
        };
        return Err(Error::type_error(format!(
            "{qual}() missing {} required positional argument{}: {list}",
            missing.len(),
            if missing.len() == 1 { "" } else { "s" }
        )));
    }
    if let Some(post) = me.class.lookup("__post_init__") {
        let me = me.value().unwrap_or(Value::None);
        interp.call_value(&post, Args::new(vec![me]))?;
    }
    Ok(Value::None)
}

/// The field values of a dataclass instance, as a tuple.
fn as_tuple(fields: &[FieldSpec], v: &Value) -> Result<Value> {
    let me = instance_rc(v).ok_or_else(|| Error::type_error("not a dataclass instance"))?;
    let d = me.dict.borrow();
    Ok(Value::tuple(
        fields
            .iter()
            .map(|(k, _, _)| d.get(k).cloned().unwrap_or(Value::None))
            .collect(),
    ))
}

fn compare(fields: &[FieldSpec], op: runnel_core::value::CmpOp, a: &Args) -> Result<Value> {
    let (me, other) = (&a.positional[0], &a.positional[1]);
    let same = match (instance_rc(me), instance_rc(other)) {
        (Some(x), Some(y)) => Rc::ptr_eq(&x.class, &y.class),
        _ => false,
    };
    if !same {
        return Ok(Value::object(super::class::NotImplementedType));
    }
    let (x, y) = (as_tuple(fields, me)?, as_tuple(fields, other)?);
    Ok(Value::Bool(x.py_compare(op, &y)?))
}

fn field(_: &Interpreter, mut a: Args) -> Result<Value> {
    let default = a.take_keyword("default");
    let factory = a.take_keyword("default_factory");
    for k in ["init", "repr", "hash", "compare", "metadata", "kw_only"] {
        a.take_keyword(k);
    }
    a.finish("field")?;
    if default.is_some() && factory.is_some() {
        return Err(Error::value_error(
            "cannot specify both default and default_factory",
        ));
    }
    Ok(Value::object(Field { default, factory }))
}

fn field_names(v: &Value) -> Result<Vec<Rc<str>>> {
    let class = class_rc(v)
        .or_else(|| instance_rc(v).map(|i| i.class.clone()))
        .ok_or_else(|| Error::type_error("must be called with a dataclass type or instance"))?;
    match class.lookup("__dataclass_fields__") {
        Some(Value::Tuple(t)) => Ok(t.iter().map(|n| Rc::from(n.to_str().as_str())).collect()),
        _ => Err(Error::type_error(
            "must be called with a dataclass type or instance",
        )),
    }
}

/// `asdict(obj)` / `astuple(obj)`, recursing into nested dataclasses, lists and tuples.
fn as_container(a: Args, dict: bool) -> Result<Value> {
    a.check_count(if dict { "asdict" } else { "astuple" }, 1, 1)?;
    convert(&a.positional[0], dict)
}

fn convert(v: &Value, dict: bool) -> Result<Value> {
    if let Some(inst) = instance_rc(v) {
        if let Ok(names) = field_names(v) {
            let values: Vec<(Rc<str>, Value)> = names
                .iter()
                .map(|n| {
                    let x = inst.dict.borrow().get(n).cloned().unwrap_or(Value::None);
                    Ok((n.clone(), convert(&x, dict)?))
                })
                .collect::<Result<_>>()?;
            if dict {
                let mut d = runnel_core::value::PyDict::new();
                for (k, x) in values {
                    d.insert(Value::str(&k), x)?;
                }
                return Ok(Value::dict(d));
            }
            return Ok(Value::tuple(values.into_iter().map(|(_, x)| x).collect()));
        }
    }
    Ok(match v {
        Value::List(l) => Value::list(
            l.borrow()?
                .iter()
                .map(|x| convert(x, dict))
                .collect::<Result<_>>()?,
        ),
        Value::Tuple(t) => Value::tuple(t.iter().map(|x| convert(x, dict)).collect::<Result<_>>()?),
        other => other.clone(),
    })
}

/// `fields(cls_or_obj)`: here the field names, as a tuple (CPython gives `Field` objects).
fn fields_of(_: &Interpreter, a: Args) -> Result<Value> {
    a.check_count("fields", 1, 1)?;
    let names = field_names(&a.positional[0])?;
    Ok(Value::tuple(names.iter().map(|n| Value::str(n)).collect()))
}

/// Whether assigning `name` on this instance is refused (a frozen dataclass).
pub(crate) fn frozen_error(class: &PyClass, name: &str) -> Option<Error> {
    let params = class.lookup("__dataclass_params__")?;
    let Value::Tuple(p) = params else { return None };
    p.get(4).filter(|f| f.truthy())?;
    Some(Error::new(
        "FrozenInstanceError",
        format!("cannot assign to field '{name}'"),
    ))
}
