//! The `functools` module: `reduce`, `partial`, `lru_cache`/`cache`, `wraps` and
//! `total_ordering` (see runtime::total_ordering); `singledispatch`, `singledispatchmethod`
//! and `cached_property` are in `functools_dispatch`.

use crate::native::{NativeClass, NativeFunction};
use crate::{Args, Interpreter};
use runnel_core::value::{python_hash, HashKey, KeyMap};
use runnel_core::{Error, Result, Value};
use std::cell::RefCell;
use std::rc::Rc;

fn reduce(interp: &Interpreter, args: Args) -> Result<Value> {
    args.check_count("reduce", 2, 3)?;
    let f = &args.positional[0];
    let mut it = interp.make_iter(&args.positional[1])?;
    let mut acc = match args.positional.get(2) {
        Some(init) => init.clone(),
        None => it
            .next(interp)?
            .ok_or_else(|| Error::type_error("reduce() of empty iterable with no initial value"))?,
    };
    while let Some(item) = it.next(interp)? {
        acc = interp.call_value(f, Args::new(vec![acc, item]))?;
    }
    Ok(acc)
}

struct Partial {
    func: Value,
    args: Vec<Value>,
    keywords: Vec<(String, Value)>,
}

/// `partial(func, *args, **kwargs)`: a callable class whose instances remember their
/// arguments (a native instance cannot be called, so the class itself is built per call).
fn partial(_: &Interpreter, mut a: Args) -> Result<Value> {
    if a.positional.is_empty() {
        return Err(Error::type_error(
            "type 'partial' takes at least one argument",
        ));
    }
    let func = a.positional.remove(0);
    if !crate::builtins::is_callable(&func) {
        return Err(Error::type_error("the first argument must be callable"));
    }
    let data = Rc::new(Partial {
        func,
        args: a.positional,
        keywords: a.keywords,
    });
    let d = data.clone();
    let class = NativeClass::new("functools.partial")
        .constructor(move |interp, mut call: Args| {
            let mut args = d.args.clone();
            args.append(&mut call.positional);
            let mut kw = d.keywords.clone();
            for (k, v) in call.keywords {
                kw.retain(|(k2, _)| *k2 != k);
                kw.push((k, v));
            }
            interp.call_value(
                &d.func,
                Args {
                    positional: args,
                    keywords: kw,
                },
            )
        })
        .static_attr("func", data.func.clone())
        .static_attr("args", Value::tuple(data.args.clone()))
        .static_attr("keywords", {
            let mut kw = runnel_core::value::PyDict::new();
            for (k, v) in &data.keywords {
                kw.insert(Value::str(k), v.clone())?;
            }
            Value::dict(kw)
        });
    Ok(class.into_value().1)
}

struct Cache {
    func: Value,
    maxsize: Option<usize>,
    map: RefCell<KeyMap<Value>>,
    hits: std::cell::Cell<i64>,
    misses: std::cell::Cell<i64>,
}

fn cache_key(a: &Args) -> Result<Value> {
    let mut parts = a.positional.clone();
    if !a.keywords.is_empty() {
        parts.push(Value::str("\u{0}kwargs"));
        for (k, v) in &a.keywords {
            parts.push(Value::pair(Value::str(k), v.clone()));
        }
    }
    let key = Value::tuple(parts);
    python_hash(&key)?;
    Ok(key)
}

fn cached_call(interp: &Interpreter, c: &Cache, a: Args) -> Result<Value> {
    let key = HashKey::new(cache_key(&a)?)?;
    let hit = c.map.borrow_mut().shift_remove(&key);
    if let Some(v) = hit {
        c.hits.set(c.hits.get() + 1);
        c.map.borrow_mut().insert(key, v.clone());
        return Ok(v);
    }
    c.misses.set(c.misses.get() + 1);
    let v = interp.call_value(&c.func, a)?;
    let mut map = c.map.borrow_mut();
    if c.maxsize != Some(0) {
        map.insert(key, v.clone());
        if c.maxsize.is_some_and(|m| map.len() > m) {
            map.shift_remove_index(0);
        }
    }
    Ok(v)
}

/// The memoized function: a class (callable, with `cache_info`/`cache_clear`).
fn memoize(interp: &Interpreter, func: Value, maxsize: Option<usize>) -> Value {
    let name = match crate::methods::get_attr(interp, &func, "__name__") {
        Ok(Value::Str(s)) => s.to_string(),
        _ => "lru_cache_wrapper".to_string(),
    };
    // The wrapper has the function's docstring, as `update_wrapper` gives it.
    let doc = crate::methods::get_attr(interp, &func, "__doc__").unwrap_or(Value::None);
    let c = Rc::new(Cache {
        func,
        maxsize,
        map: RefCell::new(KeyMap::default()),
        hits: 0.into(),
        misses: 0.into(),
    });
    let (c1, c2, c3) = (c.clone(), c.clone(), c.clone());
    NativeClass::new(&name)
        .constructor(move |interp, a| cached_call(interp, &c1, a))
        .static_attr(
            "cache_info",
            NativeFunction::new("cache_info", move |_, _| {
                let max = c2.maxsize.map_or(Value::None, |m| Value::Int(m as i64));
                crate::modules::collections::named_record(
                    "CacheInfo",
                    &["hits", "misses", "maxsize", "currsize"],
                    vec![
                        Value::Int(c2.hits.get()),
                        Value::Int(c2.misses.get()),
                        max,
                        Value::Int(c2.map.borrow().len() as i64),
                    ],
                )
            }),
        )
        .static_attr(
            "cache_clear",
            NativeFunction::new("cache_clear", move |_, _| {
                c3.map.borrow_mut().clear();
                c3.hits.set(0);
                c3.misses.set(0);
                Ok(Value::None)
            }),
        )
        .static_attr("__wrapped__", c.func.clone())
        .static_attr("__doc__", doc)
        .into_value()
        .1
}

fn lru_cache(interp: &Interpreter, mut a: Args) -> Result<Value> {
    let first = a.take(0, "maxsize");
    let _ = a.take(1, "typed");
    crate::modules::args::done(&a, "lru_cache", 2)?;
    match first {
        // `@lru_cache` without parentheses.
        Some(f) if crate::builtins::is_callable(&f) => Ok(memoize(interp, f, Some(128))),
        other => {
            let maxsize = match other {
                None => Some(128),
                Some(Value::None) => None,
                Some(v) => Some(
                    crate::modules::args::index(&v)
                        .map_err(|_| {
                            Error::type_error(
                                "Expected first argument to be an integer, a callable, or None",
                            )
                        })?
                        .max(0) as usize,
                ),
            };
            Ok(NativeFunction::new(
                "decorating_function",
                move |interp, a: Args| {
                    a.check_count("lru_cache", 1, 1)?;
                    Ok(memoize(interp, a.positional[0].clone(), maxsize))
                },
            ))
        }
    }
}

/// A key made by `cmp_to_key(cmp)`: ordered by calling `cmp(a, b)`.
struct CmpKey {
    cmp: Value,
    obj: Value,
    interp: std::rc::Weak<Interpreter>,
}

impl runnel_core::value::Object for CmpKey {
    fn type_name(&self) -> &str {
        "functools.KeyWrapper"
    }
    fn repr(&self) -> String {
        format!(
            "<functools.KeyWrapper object at {:#x}>",
            self as *const Self as usize
        )
    }
    fn compare(&self, op: runnel_core::value::CmpOp, other: &Value) -> Option<Result<bool>> {
        let other = other.downcast::<CmpKey>()?;
        let interp = self.interp.upgrade()?;
        Some((|| {
            let r = interp.call_value(
                &self.cmp,
                Args::new(vec![self.obj.clone(), other.obj.clone()]),
            )?;
            let ord = r.py_cmp(&Value::Int(0))?;
            Ok(op.test(ord))
        })())
    }
    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
}

fn cmp_to_key(interp: &Interpreter, a: Args) -> Result<Value> {
    a.check_count("cmp_to_key", 1, 1)?;
    let cmp = a.positional[0].clone();
    let weak = interp.rc().map(|rc| Rc::downgrade(&rc)).unwrap_or_default();
    Ok(NativeFunction::new("K", move |_, a: Args| {
        a.check_count("K", 1, 1)?;
        Ok(Value::object(CmpKey {
            cmp: cmp.clone(),
            obj: a.positional[0].clone(),
            interp: weak.clone(),
        }))
    }))
}

/// CPython's `functools.update_wrapper`: the wrapper takes the wrapped function's
/// `__module__`, `__name__`, `__qualname__`, `__doc__` (those it has), its `__dict__`,
/// and `__wrapped__`.
fn update_wrapper(interp: &Interpreter, wrapper: &Value, wrapped: &Value) -> Result<()> {
    for name in ["__module__", "__name__", "__qualname__", "__doc__"] {
        if let Ok(v) = crate::methods::get_attr(interp, wrapped, name) {
            crate::methods::set_attr(wrapper, name, v)?;
        }
    }
    if let Some(f) = wrapped.downcast::<crate::runtime::function::Function>() {
        let own: Vec<(Rc<str>, Value)> = f
            .attrs
            .borrow()
            .iter()
            .map(|(k, v)| (k.clone(), v.clone()))
            .collect();
        for (k, v) in own {
            crate::methods::set_attr(wrapper, &k, v)?;
        }
    }
    crate::methods::set_attr(wrapper, "__wrapped__", wrapped.clone())
}

pub(super) fn attrs(interp: &Interpreter) -> Vec<(&'static str, Value)> {
    let mut out = super::functools_dispatch::classes(interp);
    out.push((
        "singledispatch",
        NativeFunction::new("singledispatch", super::functools_dispatch::singledispatch),
    ));
    out.extend(vec![
        ("reduce", NativeFunction::new("reduce", reduce)),
        ("partial", NativeFunction::new("partial", partial)),
        ("lru_cache", NativeFunction::new("lru_cache", lru_cache)),
        (
            "cache",
            NativeFunction::new("cache", |interp, a: Args| {
                a.check_count("cache", 1, 1)?;
                Ok(memoize(interp, a.positional[0].clone(), None))
            }),
        ),
        (
            "wraps",
            NativeFunction::new("wraps", |_, a: Args| {
                a.check_count("wraps", 1, 1)?;
                let wrapped = a.positional[0].clone();
                Ok(NativeFunction::new(
                    "update_wrapper",
                    move |interp, a: Args| {
                        a.check_count("update_wrapper", 1, 1)?;
                        update_wrapper(interp, &a.positional[0], &wrapped)?;
                        Ok(a.positional[0].clone())
                    },
                ))
            }),
        ),
        (
            "update_wrapper",
            NativeFunction::new("update_wrapper", |interp, a: Args| {
                a.check_count("update_wrapper", 2, 2)?;
                update_wrapper(interp, &a.positional[0], &a.positional[1])?;
                Ok(a.positional[0].clone())
            }),
        ),
        (
            "total_ordering",
            NativeFunction::new("total_ordering", |_, a: Args| {
                a.check_count("total_ordering", 1, 1)?;
                crate::runtime::total_ordering::decorate(a.positional[0].clone())
            }),
        ),
        ("cmp_to_key", NativeFunction::new("cmp_to_key", cmp_to_key)),
    ]);
    out
}
