//! `enum`: `Enum`, `IntEnum`, `StrEnum`, `Flag`, `IntFlag` and `auto`, as CPython 3.11
//! shows them (flags' operators are in `enum_flag`, the functional API and `unique` in
//! `enum_api`). A class deriving from one has its plain attributes (not functions, not
//! `_private`) turned into its members, in definition order: instances of the class
//! with `.name` and `.value` (`IntEnum` members are ints, a `str` mixin's strs; a class
//! `__init__` gets the value's items). `Color(1)` finds a member by value, `Color['RED']` by
//! name, `for c in Color` and `len(Color)` see the members (an alias is the member of
//! its first name). The members are kept in the class's `_member_map_`, so the class
//! needs nothing new to travel to executors.

use crate::runtime::class::{Instance, PyClass};
use crate::runtime::dataclass::NativeMethodFn;
use crate::{Args, Interpreter};
use runnel_core::value::{Object, PyDict};
use runnel_core::{Error, Result, Value};
use std::rc::Rc;

/// The enum base classes a program derives from.
#[derive(Clone, Copy, PartialEq, Debug)]
pub(crate) enum EnumKind {
    Enum,
    IntEnum,
    StrEnum,
    Flag,
    IntFlag,
}

impl EnumKind {
    pub(crate) const ALL: [EnumKind; 5] = [
        EnumKind::Enum,
        EnumKind::IntEnum,
        EnumKind::StrEnum,
        EnumKind::Flag,
        EnumKind::IntFlag,
    ];
    pub(crate) fn name(self) -> &'static str {
        match self {
            EnumKind::Enum => "Enum",
            EnumKind::IntEnum => "IntEnum",
            EnumKind::StrEnum => "StrEnum",
            EnumKind::Flag => "Flag",
            EnumKind::IntFlag => "IntFlag",
        }
    }
    fn from_name(s: &str) -> Option<EnumKind> {
        Self::ALL.into_iter().find(|k| k.name() == s)
    }
    pub(crate) fn is_flag(self) -> bool {
        matches!(self, EnumKind::Flag | EnumKind::IntFlag)
    }
    /// `IntEnum`, `StrEnum`, `IntFlag` (CPython's `ReprEnum`): `str()` and `format()`
    /// are the value's.
    fn value_str(self) -> bool {
        matches!(
            self,
            EnumKind::IntEnum | EnumKind::StrEnum | EnumKind::IntFlag
        )
    }
    /// The built-in type its members are (`int` for `IntEnum`).
    fn builtin(self) -> Option<crate::builtins::types::Kind> {
        use crate::builtins::types::Kind;
        match self {
            EnumKind::IntEnum | EnumKind::IntFlag => Some(Kind::Int),
            EnumKind::StrEnum => Some(Kind::Str),
            _ => None,
        }
    }
}

/// `enum.Enum`, `enum.IntEnum`... as a class base (and, called, the functional API).
pub(crate) struct EnumBase(pub EnumKind);

impl Object for EnumBase {
    fn type_name(&self) -> &str {
        "type"
    }
    fn repr(&self) -> String {
        match self.0.is_flag() {
            true => format!("<flag '{}'>", self.0.name()),
            false => format!("<enum '{}'>", self.0.name()),
        }
    }
    fn hash(&self) -> Option<i64> {
        Some(self.0 as i64 + 0x656e756d)
    }
    fn eq(&self, other: &dyn Object) -> Option<bool> {
        let o = other.as_any().downcast_ref::<EnumBase>()?;
        Some(o.0 == self.0)
    }
    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
}

pub(crate) fn attrs() -> Vec<(&'static str, Value)> {
    let mut out: Vec<(&'static str, Value)> = EnumKind::ALL
        .into_iter()
        .map(|k| (k.name(), Value::object(EnumBase(k))))
        .collect();
    out.push(("auto", super::enum_auto::auto_fn()));
    out.extend(super::enum_api::attrs());
    out
}

/// The kind of an enum base class value (`Enum`, `IntFlag`...).
pub(crate) fn base_kind(v: &Value) -> Option<EnumKind> {
    v.downcast::<EnumBase>().map(|b| b.0)
}

/// A class statement's bases without `Enum`/`Flag`, and with `int` for `IntEnum` and
/// `IntFlag`, `str` for `StrEnum` (a class revived on a worker gets them from its
/// frozen bases).
pub(crate) fn replace_bases(bases: &mut Vec<Value>) {
    use crate::builtins::types::TypeObj;
    *bases = std::mem::take(bases)
        .into_iter()
        .filter_map(|b| match base_kind(&b) {
            Some(k) => k.builtin().map(TypeObj::value),
            None => Some(b),
        })
        .collect();
}

/// The kind of an enum class (kept in its dict, so it travels).
pub(crate) fn kind_of(class: &PyClass) -> EnumKind {
    match class.lookup(KIND) {
        Some(Value::Str(s)) => EnumKind::from_name(&s).unwrap_or(EnumKind::Enum),
        _ => EnumKind::Enum,
    }
}

const KIND: &str = "_enum_kind_";

pub(super) fn member_map(class: &PyClass) -> Option<Value> {
    let own = class.dict.borrow().get("_member_map_").cloned();
    own.or_else(|| {
        class
            .mro
            .iter()
            .find_map(|c| c.dict.borrow().get("_member_map_").cloned())
    })
}

/// Whether a class is an enum (derives from `Enum`).
pub(crate) fn is_enum(class: &PyClass) -> bool {
    member_map(class).is_some()
}

fn is_member_candidate(name: &str, v: &Value) -> bool {
    use crate::runtime::members::{ClassMethod, Property, StaticMethod};
    !name.starts_with('_')
        && v.downcast::<crate::runtime::function::Function>().is_none()
        && v.downcast::<NativeMethodFn>().is_none()
        && v.downcast::<Property>().is_none()
        && v.downcast::<StaticMethod>().is_none()
        && v.downcast::<ClassMethod>().is_none()
}

/// Turns a new enum class's attributes into its members and gives it the enum's
/// methods (unless it defines its own).
pub(crate) fn populate(interp: &Interpreter, class: &Rc<PyClass>, kind: EnumKind) -> Result<()> {
    if !class.dict.borrow().contains_key(KIND) {
        class
            .dict
            .borrow_mut()
            .insert(Rc::from(KIND), Value::str(kind.name()));
    }
    if !class.dict.borrow().contains_key("_member_map_") {
        make_members(interp, class, kind)?;
    }
    let mut fns = methods(kind, class.builtin.is_some());
    if kind.is_flag() {
        fns.extend(super::enum_flag::methods(kind));
    }
    let mut dict = class.dict.borrow_mut();
    for (name, f) in fns {
        let inherited = class.mro.iter().any(|c| {
            c.dict
                .borrow()
                .get(name)
                .is_some_and(|v| v.downcast::<NativeMethodFn>().is_none())
        });
        if !dict.contains_key(name) && !inherited {
            dict.insert(
                Rc::from(name),
                Value::object(NativeMethodFn(f, Rc::from(name))),
            );
        }
    }
    Ok(())
}

/// The enum methods of a class revived on a worker (they do not travel).
pub(crate) fn reinstall(class: &Rc<PyClass>) -> Result<()> {
    if class.dict.borrow().contains_key(VALUES) {
        if let Some(interp) = class.interp.upgrade() {
            populate(&interp, class, kind_of(class))?;
        }
    }
    Ok(())
}

fn make_members(interp: &Interpreter, class: &Rc<PyClass>, kind: EnumKind) -> Result<()> {
    // A class revived on a worker has its members' names and values as plain data.
    let travelled = class.dict.borrow().get(VALUES).cloned();
    let candidates: Vec<(Rc<str>, Value)> = match travelled {
        Some(Value::List(l)) => l
            .borrow()?
            .iter()
            .filter_map(|p| match p {
                Value::Tuple(t) if t.len() == 2 => Some((Rc::from(&*t[0].to_str()), t[1].clone())),
                _ => None,
            })
            .collect(),
        _ => class
            .dict
            .borrow()
            .iter()
            .filter(|(k, v)| is_member_candidate(k, v))
            .map(|(k, v)| (k.clone(), v.clone()))
            .collect(),
    };
    let mut values = Vec::with_capacity(candidates.len());
    let mut map = PyDict::new();
    let mut made: Vec<(Value, Value)> = Vec::new();
    let mut last: Vec<Value> = Vec::new();
    let mut autos: Vec<(usize, Value)> = Vec::new();
    let init = class
        .lookup("__init__")
        .filter(|f| f.downcast::<crate::runtime::function::Function>().is_some());
    for (name, v) in candidates {
        let v = super::enum_auto::value_of(v, kind, &name, &last, &mut autos)?;
        if kind == EnumKind::StrEnum && !matches!(v, Value::Str(_)) {
            return Err(Error::type_error(format!("{} is not a string", v.repr())));
        }
        last.push(v.clone());
        let alias = made
            .iter()
            .find(|(x, _)| x.py_eq(&v))
            .map(|(_, m)| m.clone());
        let member = match alias {
            Some(m) => m,
            None => {
                let m = new_member(class, Some(&name), v.clone());
                if let Some(init) = &init {
                    let mut args = vec![m.clone()];
                    match &v {
                        Value::Tuple(t) => args.extend(t.iter().cloned()),
                        other => args.push(other.clone()),
                    }
                    interp.call_value(init, Args::new(args))?;
                }
                made.push((v, m.clone()));
                m
            }
        };
        values.push(Value::tuple(vec![Value::Str(name.clone()), v_of(&member)?]));
        class.dict.borrow_mut().insert(name.clone(), member.clone());
        map.insert(Value::Str(name), member)?;
    }
    let map = Value::dict(map);
    let mut dict = class.dict.borrow_mut();
    dict.insert(Rc::from("_member_map_"), map.clone());
    dict.insert(Rc::from("__members__"), map);
    dict.insert(Rc::from(VALUES), Value::list(values));
    Ok(())
}

/// A member (or a flag's pseudo-member, `name` `None` for an empty one) of `class`.
pub(crate) fn new_member(class: &Rc<PyClass>, name: Option<&Rc<str>>, v: Value) -> Value {
    let inst = Instance::new(class.clone());
    if class.builtin.is_some() {
        *inst.base.borrow_mut() = Some(v.clone());
    }
    let name = name.map_or(Value::None, |n| Value::Str(n.clone()));
    let mut d = inst.dict.borrow_mut();
    d.insert(Rc::from("_value_"), v.clone());
    d.insert(Rc::from("_name_"), name.clone());
    d.insert(Rc::from("name"), name);
    d.insert(Rc::from("value"), v);
    drop(d);
    Value::Object(inst as Rc<dyn Object>)
}

fn v_of(member: &Value) -> Result<Value> {
    Ok(name_value(member)?.1)
}

/// The class attribute keeping the members' names and values, which travel in place of
/// the members (an instance inside its own class would be a cycle).
pub(super) const VALUES: &str = "_enum_values_";

/// A member's name (`None` for an empty flag), value and class name.
pub(super) fn name_value(v: &Value) -> Result<(Option<String>, Value, String)> {
    let inst = v
        .downcast::<Instance>()
        .ok_or_else(|| Error::type_error("an enum method needs a member"))?;
    let d = inst.dict.borrow();
    let get = |k: &str| d.get(k).cloned().unwrap_or(Value::None);
    let name = match get("_name_") {
        Value::None => None,
        n => Some(n.to_str()),
    };
    Ok((name, get("_value_"), inst.class.name.to_string()))
}

/// `Color.RED` (`str`), or `Perm(0)` for an empty flag.
fn member_text(name: &Option<String>, value: &Value, class: &str) -> String {
    match name {
        Some(n) => format!("{class}.{n}"),
        None => format!("{class}({})", value.repr()),
    }
}

fn methods(kind: EnumKind, has_base: bool) -> Vec<(&'static str, crate::NativeFn)> {
    let repr: crate::NativeFn = Rc::new(|_: &Interpreter, args: Args| {
        let (name, value, class) = name_value(&args.positional[0])?;
        Ok(Value::str(&match name {
            Some(n) => format!("<{class}.{n}: {}>", value.repr()),
            None => format!("<{class}: {}>", value.repr()),
        }))
    });
    let text = move |v: &Value| -> Result<String> {
        let (name, value, class) = name_value(v)?;
        Ok(match kind.value_str() {
            true => value.to_str(),
            false => member_text(&name, &value, &class),
        })
    };
    let str_fn: crate::NativeFn =
        Rc::new(move |_: &Interpreter, args: Args| Ok(Value::str(&text(&args.positional[0])?)));
    let format: crate::NativeFn = Rc::new(move |_: &Interpreter, args: Args| {
        let spec = args
            .positional
            .get(1)
            .map(|s| s.to_str())
            .unwrap_or_default();
        let me = &args.positional[0];
        // `Enum.__format__` formats `str(self)`: a class's own `__str__` included.
        let shown = match kind.value_str() {
            true => name_value(me)?.1,
            false => Value::str(&crate::runtime::guard::to_str(me)?),
        };
        Ok(Value::str(&crate::format::format_value(&shown, &spec)?))
    });
    let hash: crate::NativeFn = Rc::new(|_: &Interpreter, args: Args| {
        let (name, _, _) = name_value(&args.positional[0])?;
        let name = name.map_or(Value::None, |n| Value::str(&n));
        Ok(Value::Int(runnel_core::value::python_hash(&name)?))
    });
    let mut out = vec![
        ("__repr__", repr),
        ("__str__", str_fn),
        ("__format__", format),
    ];
    if !has_base {
        out.push(("__hash__", hash));
    }
    out
}

/// The members iteration shows, in definition order: no aliases, and for flags only
/// the single-bit ones; `None` for a class not an enum.
pub(crate) fn members(class: &PyClass) -> Option<Result<Vec<Value>>> {
    let map = member_map(class)?;
    let Value::Dict(d) = map else { return None };
    let flag = kind_of(class).is_flag();
    Some((|| {
        let mut out: Vec<Value> = Vec::new();
        for v in d.borrow()?.values() {
            if out.iter().any(|m| crate::runtime::compare::is(m, v)) {
                continue;
            }
            if flag && !super::enum_flag::is_canonical(&name_value(v)?.1) {
                continue;
            }
            out.push(v.clone());
        }
        Ok(out)
    })())
}

/// Every member, aliases and multi-bit flags included (each once).
pub(crate) fn all_members(class: &PyClass) -> Result<Vec<Value>> {
    let Some(Value::Dict(d)) = member_map(class) else {
        return Ok(Vec::new());
    };
    let mut out: Vec<Value> = Vec::new();
    for v in d.borrow()?.values() {
        if !out.iter().any(|m| crate::runtime::compare::is(m, v)) {
            out.push(v.clone());
        }
    }
    Ok(out)
}

/// `Color(value)`: the member with that value (or that member itself), a flag's
/// combination, or what the class's `_missing_` finds.
pub(crate) fn by_value(
    interp: &Interpreter,
    class: &Rc<PyClass>,
    args: &Args,
) -> Option<Result<Value>> {
    member_map(class)?;
    Some((|| {
        args.check_count(&class.name, 1, 1)?;
        let v = &args.positional[0];
        for m in all_members(class)? {
            let same = crate::runtime::compare::is(&m, v);
            if same || name_value(&m)?.1.py_eq(v) {
                return Ok(m);
            }
        }
        let kind = kind_of(class);
        if kind.is_flag() {
            if let Some(r) = super::enum_flag::by_value(class, kind, v) {
                return r;
            }
        }
        let missing = class.lookup("_missing_");
        if missing.is_some_and(|m| m.downcast::<NativeMethodFn>().is_none()) {
            let class_value = Value::Object(class.clone() as Rc<dyn Object>);
            let f = crate::methods::get_attr(interp, &class_value, "_missing_")?;
            let found = interp.call_value(&f, Args::new(vec![v.clone()]))?;
            if let Some(i) = found.downcast::<Instance>() {
                if i.class.is_subclass_of(class) {
                    return Ok(found);
                }
            }
        }
        Err(Error::new(
            "ValueError",
            format!("{} is not a valid {}", v.repr(), class.name),
        ))
    })())
}

/// `Color['RED']`.
pub(crate) fn by_name(class: &PyClass, key: &Value) -> Option<Result<Value>> {
    let Value::Dict(d) = member_map(class)? else {
        return None;
    };
    Some((|| {
        let found = d.borrow()?.get(key)?.cloned();
        found.ok_or_else(|| crate::exceptions::key_error(key))
    })())
}
