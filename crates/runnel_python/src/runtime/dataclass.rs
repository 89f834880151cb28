//! The `dataclasses` module's decorator: `@dataclass` with CPython 3.11's options
//! (`init`, `repr`, `eq`, `order`, `unsafe_hash`, `frozen`, `match_args`, `kw_only`,
//! `slots`) and the methods it makes, as `dataclasses._process_class` decides them.
//! Fields are in `dataclass_field`, `asdict`/`astuple`/`replace`/`fields` in
//! `dataclass_conv`.
//!
//! The generated methods are native; the class keeps its options and fields as data
//! (`__dataclass_params__`, `__dataclass_fields__`), so a copy of the class revived in
//! another interpreter makes them again (see `portable_class`).

use super::class::{class_rc, instance_rc, PyClass};
use super::dataclass_field::{FieldData, Kind};
use super::dataclass_methods::{compare, init, repr, values};
use crate::{Args, Interpreter, NativeFunction};
use runnel_core::value::Object;
use runnel_core::value::PyDict;
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

/// The options of `@dataclass(...)`; the first six travel in `__dataclass_params__`
/// (with whether `__hash__` was added), the others act at decoration only.
#[derive(Clone, Copy)]
struct Params {
    init: bool,
    repr: bool,
    eq: bool,
    order: bool,
    unsafe_hash: bool,
    frozen: bool,
    match_args: bool,
    kw_only: bool,
    slots: bool,
}

type Fields = Rc<[Rc<FieldData>]>;

/// The module's attributes.
pub(crate) fn attrs() -> Vec<(&'static str, Value)> {
    let mut v = vec![
        ("dataclass", NativeFunction::new("dataclass", dataclass)),
        (
            "FrozenInstanceError",
            Value::object(crate::exceptions::ExcClass {
                name: "dataclasses.FrozenInstanceError",
            }),
        ),
        (
            "is_dataclass",
            NativeFunction::new("is_dataclass", |_, a: Args| {
                a.check_count("is_dataclass", 1, 1)?;
                let v = &a.positional[0];
                let c = class_rc(v).or_else(|| instance_rc(v).map(|i| i.class.clone()));
                Ok(Value::Bool(c.is_some_and(|c| {
                    c.lookup("__dataclass_fields__").is_some()
                })))
            }),
        ),
    ];
    v.extend(super::dataclass_field::attrs());
    v.extend(super::dataclass_conv::attrs());
    v
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
        unsafe_hash: flag(&mut a, "unsafe_hash", false),
        frozen: flag(&mut a, "frozen", false),
        match_args: flag(&mut a, "match_args", true),
        kw_only: flag(&mut a, "kw_only", false),
        slots: flag(&mut a, "slots", false),
    };
    a.take_keyword("weakref_slot");
    a.finish("dataclass")?;
    match a.positional.first() {
        Some(cls) => decorate(cls, params),
        None => Ok(NativeFunction::new("dataclass", move |_, a: Args| {
            a.check_count("dataclass", 1, 1)?;
            decorate(&a.positional[0], params)
        })),
    }
}

fn overwrite_error(class: &PyClass, name: &str, hint: &str) -> Error {
    Error::type_error(format!(
        "Cannot overwrite attribute {name} in class {}{hint}",
        class.name
    ))
}

fn decorate(cls: &Value, p: Params) -> Result<Value> {
    let class = class_rc(cls)
        .ok_or_else(|| Error::type_error("dataclass() should be called on a class"))?;
    let interp = class
        .interp
        .upgrade()
        .ok_or_else(|| Error::type_error("dataclass(): the interpreter is gone"))?;
    if p.order && !p.eq {
        return Err(Error::value_error("eq must be true if order is true"));
    }
    super::dataclass_collect::check_frozen_bases(&class, p.frozen)?;
    let fields = super::dataclass_collect::collect_fields(&interp, &class, p.kw_only)?;
    let own = |m: &str| class.dict.borrow().contains_key(m);
    if p.order {
        for m in ["__lt__", "__le__", "__gt__", "__ge__"] {
            if own(m) {
                return Err(overwrite_error(
                    &class,
                    m,
                    ". Consider using functools.total_ordering",
                ));
            }
        }
    }
    if p.frozen {
        for m in ["__setattr__", "__delattr__"] {
            if own(m) {
                return Err(overwrite_error(&class, m, ""));
            }
        }
    }
    let add_hash = hash_action(&class, p)?;
    let mut dict = PyDict::new();
    for f in &fields {
        dict.insert(
            Value::str(&f.name()),
            super::dataclass_field::make(&interp, f.clone())?,
        )?;
    }
    let fields: Fields = fields.into_iter().map(Rc::new).collect();
    {
        let mut d = class.dict.borrow_mut();
        let flags = [
            p.init,
            p.repr,
            p.eq,
            p.order,
            p.unsafe_hash,
            p.frozen,
            add_hash,
        ];
        d.insert(
            Rc::from("__dataclass_params__"),
            Value::tuple(flags.iter().map(|b| Value::Bool(*b)).collect()),
        );
        d.insert(Rc::from("__dataclass_fields__"), Value::dict(dict));
        if p.match_args && !d.contains_key("__match_args__") {
            let names = init_fields(&fields)
                .filter(|f| f.kw_only != Some(true))
                .map(|f| Value::str(&f.name()))
                .collect();
            d.insert(Rc::from("__match_args__"), Value::tuple(names));
        }
        if p.slots {
            let names = fields
                .iter()
                .filter(|f| f.is(Kind::Field))
                .map(|f| Value::str(&f.name()))
                .collect();
            d.insert(Rc::from("__slots__"), Value::tuple(names));
        }
    }
    install(&class, p, fields, add_hash);
    Ok(cls.clone())
}

/// Whether `__hash__` is made (CPython's `_hash_action` table); sets it to `None` where
/// the table says so, and refuses to replace a class's own `__hash__` under `unsafe_hash`.
fn hash_action(class: &PyClass, p: Params) -> Result<bool> {
    let mut d = class.dict.borrow_mut();
    let explicit = match d.get("__hash__") {
        None => false,
        Some(Value::None) => !d.contains_key("__eq__"),
        Some(_) => true,
    };
    Ok(match (p.unsafe_hash, p.eq, p.frozen) {
        (false, false, _) => false,
        (false, true, false) => {
            if !explicit {
                d.insert(Rc::from("__hash__"), Value::None);
            }
            false
        }
        (false, true, true) => !explicit,
        (true, ..) if explicit => {
            drop(d);
            return Err(overwrite_error(class, "__hash__", ""));
        }
        (true, ..) => true,
    })
}

/// The fields `__init__` takes (`InitVar`s included), in declaration order.
pub(super) fn init_fields(fields: &[Rc<FieldData>]) -> impl Iterator<Item = &Rc<FieldData>> {
    fields.iter().filter(|f| !f.is(Kind::ClassVar))
}

/// Makes the methods a dataclass has (where the class does not define them itself).
fn install(class: &Rc<PyClass>, p: Params, fields: Fields, add_hash: bool) {
    let mut methods: Vec<(&str, crate::NativeFn)> = Vec::new();
    if p.init {
        let f = fields.clone();
        methods.push(("__init__", Rc::new(move |interp, a| init(interp, &f, a))));
    }
    if p.repr {
        let f = fields.clone();
        methods.push((
            "__repr__",
            Rc::new(move |interp, a: Args| repr(interp, &f, &a.positional[0])),
        ));
    }
    if p.eq {
        use runnel_core::value::CmpOp::*;
        let ops: &[(&str, runnel_core::value::CmpOp)] = if p.order {
            &[
                ("__eq__", Eq),
                ("__lt__", Lt),
                ("__le__", Le),
                ("__gt__", Gt),
                ("__ge__", Ge),
            ]
        } else {
            &[("__eq__", Eq)]
        };
        for &(m, op) in ops {
            let f = fields.clone();
            methods.push((
                m,
                Rc::new(move |interp, a: Args| compare(interp, &f, op, &a)),
            ));
        }
    }
    if add_hash {
        let f = fields.clone();
        methods.push((
            "__hash__",
            Rc::new(move |interp, a: Args| {
                let t = values(interp, &f, &a.positional[0], FieldData::hashed)?;
                Ok(Value::Int(runnel_core::value::python_hash(&t)?))
            }),
        ));
    }
    let mut d = class.dict.borrow_mut();
    for (m, f) in methods {
        let own = d.get(m).is_some_and(|v| {
            v.downcast::<NativeMethodFn>().is_none() && !(m == "__hash__" && add_hash)
        });
        if !own {
            d.insert(Rc::from(m), Value::object(NativeMethodFn(f, Rc::from(m))));
        }
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
        unsafe_hash: b(4),
        frozen: b(5),
        match_args: false,
        kw_only: false,
        slots: false,
    };
    let fields = super::dataclass_field::of_class(class).unwrap_or_default();
    install(class, params, Rc::from(fields), b(6));
    Ok(())
}

/// Whether assigning (or deleting) `name` on an instance of `class` is refused: the
/// nearest dataclass is frozen, and it is the instance's own class or `name` is a field.
pub(crate) fn frozen_error(class: &PyClass, name: &str, delete: bool) -> Option<Error> {
    let chain = std::iter::once(class).chain(class.mro.iter().map(|c| &**c));
    let owner = chain
        .into_iter()
        .find(|c| c.dict.borrow().contains_key("__dataclass_params__"))?;
    let Some(Value::Tuple(p)) = owner.dict.borrow().get("__dataclass_params__").cloned() else {
        return None;
    };
    p.get(5).filter(|f| f.truthy())?;
    let is_field = super::dataclass_field::of_class(owner)
        .is_some_and(|fs| fs.iter().any(|f| *f.name() == *name));
    if !std::ptr::eq(owner, class) && !is_field {
        return None;
    }
    let verb = if delete { "delete" } else { "assign to" };
    Some(Error::new(
        "dataclasses.FrozenInstanceError",
        format!("cannot {verb} field '{name}'"),
    ))
}
