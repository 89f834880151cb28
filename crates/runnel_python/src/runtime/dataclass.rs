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
use crate::{Args, Interpreter, NativeFunction};
use indexmap::IndexMap;
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
    check_frozen_bases(&class, p.frozen)?;
    let fields = collect_fields(&interp, &class, p.kw_only)?;
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

/// A frozen dataclass's bases are all frozen, a plain one's all plain.
fn check_frozen_bases(class: &PyClass, frozen: bool) -> Result<()> {
    let bases: Vec<bool> = class
        .mro
        .iter()
        .filter_map(|b| match b.dict.borrow().get("__dataclass_params__") {
            Some(Value::Tuple(t)) => Some(t.get(5).is_some_and(|f| f.truthy())),
            _ => None,
        })
        .collect();
    if bases.is_empty() {
        return Ok(());
    }
    if bases.iter().any(|f| *f) && !frozen {
        return Err(Error::type_error(
            "cannot inherit non-frozen dataclass from a frozen one",
        ));
    }
    if !bases.iter().any(|f| *f) && frozen {
        return Err(Error::type_error(
            "cannot inherit frozen dataclass from a non-frozen one",
        ));
    }
    Ok(())
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
fn init_fields(fields: &[Rc<FieldData>]) -> impl Iterator<Item = &Rc<FieldData>> {
    fields.iter().filter(|f| !f.is(Kind::ClassVar))
}

/// The fields of `class`: its ancestors' first, then its own annotated names.
fn collect_fields(
    interp: &Interpreter,
    class: &Rc<PyClass>,
    kw_only_default: bool,
) -> Result<Vec<FieldData>> {
    let mut out: IndexMap<Rc<str>, FieldData> = IndexMap::new();
    for base in class.mro.iter().rev() {
        if let Some(fs) = super::dataclass_field::of_class(base) {
            for f in fs {
                out.insert(f.name(), (*f).clone());
            }
        }
    }
    let ann = match class.dict.borrow().get("__annotations__").cloned() {
        Some(Value::Dict(d)) => d
            .borrow()?
            .iter()
            .map(|(k, v)| (k.clone(), v.clone()))
            .collect(),
        _ => Vec::new(),
    };
    let mut kw_only = kw_only_default;
    let mut marker_seen = false;
    let mut own = Vec::new();
    for (k, ty) in &ann {
        if super::dataclass_field::is_kw_only_marker(ty) {
            if marker_seen {
                return Err(Error::type_error(format!(
                    "'{}' is KW_ONLY, but KW_ONLY has already been specified",
                    class.name
                )));
            }
            marker_seen = true;
            kw_only = true;
            continue;
        }
        let name: Rc<str> = Rc::from(k.to_str().as_str());
        let attr = class.lookup(&name);
        let ty = annotation_value(interp, ty);
        let mut f = super::dataclass_field::declared(&name, &ty, attr.as_ref());
        check_field(&mut f, kw_only)?;
        own.push(f);
    }
    {
        let mut d = class.dict.borrow_mut();
        for f in &own {
            let is_field = d
                .get(&*f.name())
                .and_then(crate::native::NativeInstance::data_of::<FieldData>)
                .is_some();
            if is_field {
                match &f.default {
                    Some(v) => d.insert(f.name(), v.clone()),
                    None => d.shift_remove(&*f.name()),
                };
            }
        }
        let names: Vec<Rc<str>> = ann
            .iter()
            .map(|(k, _)| Rc::from(k.to_str().as_str()))
            .collect();
        for (k, v) in d.iter() {
            let is_field = crate::native::NativeInstance::data_of::<FieldData>(v).is_some();
            if is_field && !names.contains(k) {
                return Err(Error::type_error(format!(
                    "'{k}' is a field but has no type annotation"
                )));
            }
        }
    }
    for f in own {
        out.insert(f.name(), f);
    }
    let out: Vec<FieldData> = out.into_values().collect();
    let mut seen_default = false;
    for f in out
        .iter()
        .filter(|f| !f.is(Kind::ClassVar) && f.init && f.kw_only != Some(true))
    {
        if f.has_default() {
            seen_default = true;
        } else if seen_default {
            return Err(Error::type_error(format!(
                "non-default argument '{}' follows default argument",
                f.name()
            )));
        }
    }
    Ok(out)
}

/// A field's `type`: annotations are kept as source text; a plain name (`int`, a class
/// of the program) is looked up as CPython would have evaluated it, other text stays.
fn annotation_value(interp: &Interpreter, ty: &Value) -> Value {
    let Value::Str(s) = ty else { return ty.clone() };
    let ident = s.chars().all(|c| c.is_alphanumeric() || c == '_');
    let found = ident
        .then(|| {
            interp
                .get_global(s)
                .or_else(|| interp.builtins.get(&**s).cloned())
        })
        .flatten();
    found.unwrap_or_else(|| ty.clone())
}

/// CPython's checks of one declared field: no factory on pseudo-fields, no mutable
/// default; and its `kw_only` from the class when the field does not say.
fn check_field(f: &mut FieldData, kw_only: bool) -> Result<()> {
    if !f.is(Kind::Field) && f.factory.is_some() {
        return Err(Error::type_error(format!(
            "field {} cannot have a default factory",
            f.name()
        )));
    }
    if !f.is(Kind::ClassVar) && f.kw_only.is_none() {
        f.kw_only = Some(kw_only);
    }
    if let (true, Some(d)) = (f.is(Kind::Field), &f.default) {
        let unhashable = match d {
            Value::List(_) | Value::Dict(_) | Value::Set(_) => true,
            other => instance_rc(other)
                .is_some_and(|i| matches!(i.class.lookup("__hash__"), Some(Value::None))),
        };
        if unhashable {
            return Err(Error::value_error(format!(
                "mutable default {} for field {} is not allowed: use default_factory",
                crate::builtins::types::type_of(d).repr(),
                f.name()
            )));
        }
    }
    Ok(())
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

/// Binds `__init__`'s arguments as the signature CPython writes would: the fields
/// `init` takes, positional or keyword, then the keyword-only ones.
fn init(interp: &Interpreter, fields: &[Rc<FieldData>], mut a: Args) -> Result<Value> {
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
fn repr(interp: &Interpreter, fields: &[Rc<FieldData>], v: &Value) -> Result<Value> {
    let me = instance_rc(v).ok_or_else(|| Error::type_error("self"))?;
    let parts: Vec<String> = fields
        .iter()
        .filter(|f| f.is(Kind::Field) && f.repr)
        .map(|f| {
            let name = f.name();
            let v = crate::methods::get_attr(interp, v, &name)?;
            Ok(format!("{name}={}", crate::runtime::guard::repr(&v)?))
        })
        .collect::<Result<_>>()?;
    Ok(Value::str(&format!(
        "{}({})",
        me.class.name,
        parts.join(", ")
    )))
}

/// The values of the fields `keep` selects, as a tuple.
fn values(
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

fn compare(
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
