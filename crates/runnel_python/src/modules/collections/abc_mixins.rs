//! The mixin methods a class deriving from a `collections.abc` ABC gets, written over
//! the methods it defines, as `_collections_abc.py` writes them: `Iterator.__iter__`,
//! `Sequence`'s `__iter__`/`__contains__`/`__reversed__`/`index`/`count`,
//! `MutableSequence`'s `append`/`extend`/`pop`/`reverse`, `Mapping`'s
//! `get`/`keys`/`items`/`values`/`__contains__`/`__eq__`, `MutableMapping`'s
//! `pop`/`setdefault`/`update`/`clear`, `Set`'s comparisons, `& | - ^` (through
//! `cls(iterable)`) and `isdisjoint`, `MutableSet`'s `remove`/`pop`/`clear`/`|=`/`-=`.
//! (`keys()` and the other views are lists here.)

use crate::runtime::class::PyClass;
use crate::runtime::dataclass::NativeMethodFn;
use crate::runtime::iter::IterObj;
use crate::{Args, Interpreter};
use runnel_core::{Error, Result, Value};
use std::rc::Rc;

type Mixin = (&'static str, fn(&Interpreter, &[Value]) -> Result<Value>);

fn call(interp: &Interpreter, me: &Value, name: &str, args: Vec<Value>) -> Result<Value> {
    interp.call_method(me, name, Args::new(args))
}

fn arg(a: &[Value], i: usize) -> Result<Value> {
    a.get(i)
        .cloned()
        .ok_or_else(|| Error::type_error("a mixin method is missing an argument"))
}

/// `self[0], self[1], ...` until `IndexError`.
fn items(interp: &Interpreter, me: &Value) -> Result<Vec<Value>> {
    let mut out = Vec::new();
    loop {
        match call(
            interp,
            me,
            "__getitem__",
            vec![Value::Int(out.len() as i64)],
        ) {
            Ok(v) => out.push(v),
            Err(e) if e.exc_type == "IndexError" => return Ok(out),
            Err(e) => return Err(e),
        }
        interp.tick()?;
    }
}

fn keys(interp: &Interpreter, me: &Value) -> Result<Vec<Value>> {
    interp.collect(me)
}

fn get(interp: &Interpreter, me: &Value, k: Value) -> Result<Option<Value>> {
    match call(interp, me, "__getitem__", vec![k]) {
        Ok(v) => Ok(Some(v)),
        Err(e) if e.exc_type == "KeyError" => Ok(None),
        Err(e) => Err(e),
    }
}

const ITERATOR: &[Mixin] = &[("__iter__", |_, a| arg(a, 0))];

const SEQUENCE: &[Mixin] = &[
    ("__iter__", |i, a| {
        Ok(IterObj::from_items("iterator", items(i, &a[0])?))
    }),
    ("__contains__", |i, a| {
        let x = arg(a, 1)?;
        Ok(Value::Bool(items(i, &a[0])?.iter().any(|v| v.py_eq(&x))))
    }),
    ("__reversed__", |i, a| {
        let mut v = items(i, &a[0])?;
        v.reverse();
        Ok(IterObj::from_items("generator", v))
    }),
    ("index", |i, a| {
        let x = arg(a, 1)?;
        match items(i, &a[0])?.iter().position(|v| v.py_eq(&x)) {
            Some(p) => Ok(Value::Int(p as i64)),
            None => Err(Error::value_error("")),
        }
    }),
    ("count", |i, a| {
        let x = arg(a, 1)?;
        Ok(Value::Int(
            items(i, &a[0])?.iter().filter(|v| v.py_eq(&x)).count() as i64,
        ))
    }),
];

const MUTABLE_SEQUENCE: &[Mixin] = &[
    ("append", |i, a| {
        let n = call(i, &a[0], "__len__", vec![])?;
        call(i, &a[0], "insert", vec![n, arg(a, 1)?])?;
        Ok(Value::None)
    }),
    ("extend", |i, a| {
        for v in i.collect(&arg(a, 1)?)? {
            let n = call(i, &a[0], "__len__", vec![])?;
            call(i, &a[0], "insert", vec![n, v])?;
        }
        Ok(Value::None)
    }),
    ("pop", |i, a| {
        let idx = a.get(1).cloned().unwrap_or(Value::Int(-1));
        let v = call(i, &a[0], "__getitem__", vec![idx.clone()])?;
        call(i, &a[0], "__delitem__", vec![idx])?;
        Ok(v)
    }),
    ("reverse", |i, a| {
        let v = items(i, &a[0])?;
        let n = v.len();
        for (k, x) in v.into_iter().rev().enumerate().take(n) {
            call(i, &a[0], "__setitem__", vec![Value::Int(k as i64), x])?;
        }
        Ok(Value::None)
    }),
];

const MAPPING: &[Mixin] = &[
    ("get", |i, a| {
        let d = a.get(2).cloned().unwrap_or(Value::None);
        Ok(get(i, &a[0], arg(a, 1)?)?.unwrap_or(d))
    }),
    ("__contains__", |i, a| {
        Ok(Value::Bool(get(i, &a[0], arg(a, 1)?)?.is_some()))
    }),
    ("keys", |i, a| Ok(Value::list(keys(i, &a[0])?))),
    ("__eq__", |i, a| {
        let other = arg(a, 1)?;
        let is_map =
            super::abc::instance_of(&other, &Value::object(super::abc::AbcClass("Mapping")));
        if is_map != Some(true) {
            return Ok(not_implemented());
        }
        let d = |v: &Value| -> Result<Value> {
            let mut out = runnel_core::value::PyDict::new();
            for k in keys(i, v)? {
                let x = crate::runtime::subscript::get_item(v, &k)?;
                out.insert(k, x)?;
            }
            Ok(Value::dict(out))
        };
        Ok(Value::Bool(d(&a[0])?.py_eq(&d(&other)?)))
    }),
    ("items", |i, a| {
        let mut out = Vec::new();
        for k in keys(i, &a[0])? {
            let v = call(i, &a[0], "__getitem__", vec![k.clone()])?;
            out.push(Value::pair(k, v));
        }
        Ok(Value::list(out))
    }),
    ("values", |i, a| {
        let mut out = Vec::new();
        for k in keys(i, &a[0])? {
            out.push(call(i, &a[0], "__getitem__", vec![k])?);
        }
        Ok(Value::list(out))
    }),
];

const MUTABLE_MAPPING: &[Mixin] = &[
    ("pop", |i, a| {
        let k = arg(a, 1)?;
        match (get(i, &a[0], k.clone())?, a.get(2)) {
            (Some(v), _) => {
                call(i, &a[0], "__delitem__", vec![k])?;
                Ok(v)
            }
            (None, Some(d)) => Ok(d.clone()),
            (None, None) => Err(crate::exceptions::key_error(&k)),
        }
    }),
    ("setdefault", |i, a| {
        let k = arg(a, 1)?;
        if let Some(v) = get(i, &a[0], k.clone())? {
            return Ok(v);
        }
        let d = a.get(2).cloned().unwrap_or(Value::None);
        call(i, &a[0], "__setitem__", vec![k, d.clone()])?;
        Ok(d)
    }),
    ("update", |i, a| {
        let Some(src) = a.get(1) else {
            return Ok(Value::None);
        };
        let pairs: Vec<(Value, Value)> = match src {
            Value::Dict(d) => d
                .borrow()?
                .iter()
                .map(|(k, v)| (k.clone(), v.clone()))
                .collect(),
            other => i
                .collect(other)?
                .into_iter()
                .map(|p| {
                    let kv = i.collect(&p)?;
                    match kv.as_slice() {
                        [k, v] => Ok((k.clone(), v.clone())),
                        _ => Err(Error::value_error("need a (key, value) pair")),
                    }
                })
                .collect::<Result<_>>()?,
        };
        for (k, v) in pairs {
            call(i, &a[0], "__setitem__", vec![k, v])?;
        }
        Ok(Value::None)
    }),
    ("clear", |i, a| {
        for k in keys(i, &a[0])? {
            call(i, &a[0], "__delitem__", vec![k])?;
        }
        Ok(Value::None)
    }),
];

fn is_set(v: &Value) -> bool {
    super::abc::instance_of(v, &Value::object(super::abc::AbcClass("Set"))) == Some(true)
}

fn has(i: &Interpreter, container: &Value, x: &Value) -> Result<bool> {
    crate::runtime::compare::contains(i, container, x)
}

fn not_implemented() -> Value {
    Value::object(crate::runtime::class::NotImplementedType)
}

fn len(i: &Interpreter, v: &Value) -> Result<i64> {
    if crate::runtime::class::instance_rc(v).is_some() {
        if let Value::Int(n) = call(i, v, "__len__", vec![])? {
            return Ok(n);
        }
    }
    Ok(i.collect(v)?.len() as i64)
}

/// `self <= other` as sets: every element of `a` in `b`.
fn subset(i: &Interpreter, a: &Value, b: &Value) -> Result<bool> {
    for x in i.collect(a)? {
        if !has(i, b, &x)? {
            return Ok(false);
        }
    }
    Ok(true)
}

/// `cls(items)`: `Set._from_iterable`.
fn from_iterable(i: &Interpreter, me: &Value, items: Vec<Value>) -> Result<Value> {
    let cls = crate::builtins::types::type_of(me);
    i.call_value(&cls, Args::new(vec![Value::list(items)]))
}

/// A comparison: `NotImplemented` unless `other` is a Set.
fn set_cmp(
    i: &Interpreter,
    a: &[Value],
    f: fn(&Interpreter, &Value, &Value) -> Result<bool>,
) -> Result<Value> {
    let other = arg(a, 1)?;
    if !is_set(&other) {
        return Ok(not_implemented());
    }
    Ok(Value::Bool(f(i, &a[0], &other)?))
}

const SET: &[Mixin] = &[
    ("__le__", |i, a| {
        set_cmp(i, a, |i, s, o| {
            Ok(len(i, s)? <= len(i, o)? && subset(i, s, o)?)
        })
    }),
    ("__lt__", |i, a| {
        set_cmp(i, a, |i, s, o| {
            Ok(len(i, s)? < len(i, o)? && subset(i, s, o)?)
        })
    }),
    ("__ge__", |i, a| {
        set_cmp(i, a, |i, s, o| {
            Ok(len(i, s)? >= len(i, o)? && subset(i, o, s)?)
        })
    }),
    ("__gt__", |i, a| {
        set_cmp(i, a, |i, s, o| {
            Ok(len(i, s)? > len(i, o)? && subset(i, o, s)?)
        })
    }),
    ("__eq__", |i, a| {
        set_cmp(i, a, |i, s, o| {
            Ok(len(i, s)? == len(i, o)? && subset(i, s, o)?)
        })
    }),
    ("__and__", |i, a| {
        let other = arg(a, 1)?;
        let mut out = Vec::new();
        for x in i.collect(&other)? {
            if has(i, &a[0], &x)? {
                out.push(x);
            }
        }
        from_iterable(i, &a[0], out)
    }),
    ("__or__", |i, a| {
        let mut out = i.collect(&a[0])?;
        out.extend(i.collect(&arg(a, 1)?)?);
        from_iterable(i, &a[0], out)
    }),
    ("__sub__", |i, a| {
        let other = arg(a, 1)?;
        let mut out = Vec::new();
        for x in i.collect(&a[0])? {
            if !has(i, &other, &x)? {
                out.push(x);
            }
        }
        from_iterable(i, &a[0], out)
    }),
    ("__xor__", |i, a| {
        let other = arg(a, 1)?;
        let mut out = Vec::new();
        for x in i.collect(&a[0])? {
            if !has(i, &other, &x)? {
                out.push(x);
            }
        }
        for x in i.collect(&other)? {
            if !has(i, &a[0], &x)? {
                out.push(x);
            }
        }
        from_iterable(i, &a[0], out)
    }),
    ("isdisjoint", |i, a| {
        for x in i.collect(&arg(a, 1)?)? {
            if has(i, &a[0], &x)? {
                return Ok(Value::Bool(false));
            }
        }
        Ok(Value::Bool(true))
    }),
];

const MUTABLE_SET: &[Mixin] = &[
    ("remove", |i, a| {
        let x = arg(a, 1)?;
        if !has(i, &a[0], &x)? {
            return Err(crate::exceptions::key_error(&x));
        }
        call(i, &a[0], "discard", vec![x])?;
        Ok(Value::None)
    }),
    ("pop", |i, a| {
        let Some(x) = i.collect(&a[0])?.into_iter().next() else {
            return Err(Error::new("KeyError", ""));
        };
        call(i, &a[0], "discard", vec![x.clone()])?;
        Ok(x)
    }),
    ("clear", |i, a| {
        for x in i.collect(&a[0])? {
            call(i, &a[0], "discard", vec![x])?;
        }
        Ok(Value::None)
    }),
    ("__ior__", |i, a| {
        for x in i.collect(&arg(a, 1)?)? {
            call(i, &a[0], "add", vec![x])?;
        }
        Ok(a[0].clone())
    }),
    ("__isub__", |i, a| {
        for x in i.collect(&arg(a, 1)?)? {
            call(i, &a[0], "discard", vec![x])?;
        }
        Ok(a[0].clone())
    }),
];

/// The mixin tables an ABC brings (its ancestors' included).
fn tables(abc: &str) -> Vec<&'static [Mixin]> {
    match abc {
        "Iterator" | "Generator" => vec![ITERATOR],
        "Sequence" | "ByteString" => vec![SEQUENCE],
        "MutableSequence" => vec![MUTABLE_SEQUENCE, SEQUENCE],
        "Mapping" => vec![MAPPING],
        "MutableMapping" => vec![MUTABLE_MAPPING, MAPPING],
        "Set" => vec![SET],
        "MutableSet" => vec![MUTABLE_SET, SET],
        _ => vec![],
    }
}

/// Gives `class` the mixins of the ABCs it names in `__abc_bases__` (here or revived),
/// where neither it nor a program ancestor defines the method.
pub(crate) fn install(class: &Rc<PyClass>) {
    let names: Vec<String> = match class.dict.borrow().get("__abc_bases__") {
        Some(Value::Tuple(t)) => t.iter().map(|v| v.to_str()).collect(),
        _ => return,
    };
    for abc in &names {
        for table in tables(abc) {
            for (name, f) in table {
                let defined = std::iter::once(class)
                    .chain(class.mro.iter())
                    .any(|c| c.dict.borrow().contains_key(*name));
                if defined {
                    continue;
                }
                // An ABC defining `__eq__` (Set, Mapping) leaves its subclasses unhashable.
                if *name == "__eq__" && !class.dict.borrow().contains_key("__hash__") {
                    class
                        .dict
                        .borrow_mut()
                        .insert(Rc::from("__hash__"), Value::None);
                }
                let f = *f;
                let native: crate::NativeFn = Rc::new(move |i, a: Args| f(i, &a.positional));
                class.dict.borrow_mut().insert(
                    Rc::from(*name),
                    Value::object(NativeMethodFn(native, Rc::from(*name))),
                );
            }
        }
    }
}
