//! `enum`: `Enum`, `IntEnum` and `auto`, as CPython 3.11 shows them. A class deriving
//! from one has its plain attributes (not functions, not `_private`) turned into its
//! members, in definition order: instances of the class with `.name` and `.value`
//! (`IntEnum` members are ints). `Color(1)` finds a member by value, `Color['RED']` by
//! name, `for c in Color` and `len(Color)` see the members (an alias is the member of
//! its first name). The members are kept in the class's `_member_map_`, so the class
//! needs nothing new to travel to executors.

use crate::runtime::class::{Instance, PyClass};
use crate::runtime::dataclass::NativeMethodFn;
use crate::{Args, Interpreter, NativeFunction};
use runnel_core::value::{Object, PyDict};
use runnel_core::{Error, Result, Value};
use std::rc::Rc;

/// `enum.Enum` or `enum.IntEnum` as a class base.
struct EnumBase(&'static str);

impl Object for EnumBase {
    fn type_name(&self) -> &str {
        "EnumType"
    }
    fn repr(&self) -> String {
        format!("<enum '{}'>", self.0)
    }
    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
}

/// `auto()`: the previous member's value plus one (1 for the first).
struct Auto;

impl Object for Auto {
    fn type_name(&self) -> &str {
        "auto"
    }
    fn repr(&self) -> String {
        "auto(_EnumDict.auto)".to_string()
    }
    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
}

pub(crate) fn attrs() -> Vec<(&'static str, Value)> {
    vec![
        ("Enum", Value::object(EnumBase("Enum"))),
        ("IntEnum", Value::object(EnumBase("IntEnum"))),
        (
            "auto",
            NativeFunction::new("auto", |_, args: Args| {
                args.check_count("auto", 0, 0)?;
                Ok(Value::object(Auto))
            }),
        ),
    ]
}

/// `Some(is_int)` when `v` is `Enum` (`false`) or `IntEnum` (`true`).
pub(crate) fn base_kind(v: &Value) -> Option<bool> {
    v.downcast::<EnumBase>().map(|b| b.0 == "IntEnum")
}

/// A class statement's bases without `Enum`, and with `int` for `IntEnum` (its members
/// are ints; a class revived on a worker gets them from its frozen bases).
pub(crate) fn replace_bases(bases: &mut Vec<Value>) {
    let int = crate::builtins::types::TypeObj::value(crate::builtins::types::Kind::Int);
    *bases = std::mem::take(bases)
        .into_iter()
        .filter_map(|b| match base_kind(&b) {
            Some(true) => Some(int.clone()),
            Some(false) => None,
            None => Some(b),
        })
        .collect();
}

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
/// `__repr__`/`__str__`/`__hash__` (unless it defines its own).
pub(crate) fn populate(class: &Rc<PyClass>, int: bool) -> Result<()> {
    if !class.dict.borrow().contains_key("_member_map_") {
        make_members(class, int)?;
    }
    let mut dict = class.dict.borrow_mut();
    for (name, f) in methods(int) {
        let inherited = class.mro.iter().any(|c| c.dict.borrow().contains_key(name));
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
        populate(class, class.builtin.is_some())?;
    }
    Ok(())
}

fn make_members(class: &Rc<PyClass>, int: bool) -> Result<()> {
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
    for (name, v) in candidates {
        let v = match v.downcast::<Auto>() {
            Some(_) => match made.last() {
                Some((last, _)) => last.binop(runnel_core::value::BinOp::Add, &Value::Int(1))?,
                None => Value::Int(1),
            },
            None => v,
        };
        let alias = made
            .iter()
            .find(|(x, _)| x.py_eq(&v))
            .map(|(_, m)| m.clone());
        let member = match alias {
            Some(m) => m,
            None => {
                let inst = Instance::new(class.clone());
                if int {
                    *inst.base.borrow_mut() = Some(v.clone());
                }
                let mut d = inst.dict.borrow_mut();
                d.insert(Rc::from("name"), Value::Str(name.clone()));
                d.insert(Rc::from("value"), v.clone());
                drop(d);
                let m = Value::Object(inst as Rc<dyn Object>);
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

fn v_of(member: &Value) -> Result<Value> {
    Ok(name_value(member)?.1)
}

/// The class attribute keeping the members' names and values, which travel in place of
/// the members (an instance inside its own class would be a cycle).
pub(super) const VALUES: &str = "_enum_values_";

pub(super) fn name_value(v: &Value) -> Result<(String, Value, String)> {
    let inst = v
        .downcast::<Instance>()
        .ok_or_else(|| Error::type_error("an enum method needs a member"))?;
    let d = inst.dict.borrow();
    let get = |k: &str| d.get(k).cloned().unwrap_or(Value::None);
    Ok((
        get("name").to_str(),
        get("value"),
        inst.class.name.to_string(),
    ))
}

fn methods(int: bool) -> Vec<(&'static str, crate::NativeFn)> {
    let repr: crate::NativeFn = Rc::new(|_: &Interpreter, args: Args| {
        let (name, value, class) = name_value(&args.positional[0])?;
        Ok(Value::str(&format!("<{class}.{name}: {}>", value.repr())))
    });
    let str_fn: crate::NativeFn = Rc::new(move |_: &Interpreter, args: Args| {
        let (name, value, class) = name_value(&args.positional[0])?;
        Ok(Value::str(&match int {
            true => value.to_str(),
            false => format!("{class}.{name}"),
        }))
    });
    let hash: crate::NativeFn = Rc::new(|_: &Interpreter, args: Args| {
        let (name, _, _) = name_value(&args.positional[0])?;
        Ok(Value::Int(
            runnel_core::value::HashKey::new(Value::str(&name))?.hash_value(),
        ))
    });
    let mut out = vec![("__repr__", repr), ("__str__", str_fn.clone())];
    if int {
        out.push(("__format__", str_fn));
    } else {
        out.push(("__hash__", hash));
    }
    out
}

/// The members, in definition order, without aliases; `None` for a class not an enum.
pub(crate) fn members(class: &PyClass) -> Option<Result<Vec<Value>>> {
    let map = member_map(class)?;
    let Value::Dict(d) = map else { return None };
    Some((|| {
        let mut out: Vec<Value> = Vec::new();
        for v in d.borrow()?.values() {
            if !out.iter().any(|m| crate::runtime::compare::is(m, v)) {
                out.push(v.clone());
            }
        }
        Ok(out)
    })())
}

/// `Color(value)`: the member with that value (or that member itself).
pub(crate) fn by_value(class: &PyClass, args: &Args) -> Option<Result<Value>> {
    let all = members(class)?;
    Some((|| {
        args.check_count(&class.name, 1, 1)?;
        let v = &args.positional[0];
        for m in all? {
            let same = crate::runtime::compare::is(&m, v);
            if same || name_value(&m)?.1.py_eq(v) {
                return Ok(m);
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
        found.ok_or_else(|| Error::key_error(key.repr()))
    })())
}
