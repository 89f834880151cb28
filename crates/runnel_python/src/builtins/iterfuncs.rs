//! Built-in functions over iterables. `map`, `filter`, `zip`, `enumerate` and `iter` are
//! lazy (`runtime::adapters`); `reversed` takes a snapshot.

use crate::methods::list::sort_values;
use crate::runtime::adapters::Adapter;
use crate::runtime::compare::{less, order, Cmp};
use crate::runtime::iter::{IterObj, PyIter};
use crate::runtime::ops::{binop, Op};
use crate::{Args, Interpreter};
use runnel_core::{Error, Result, Value};

fn call1(interp: &Interpreter, f: &Value, v: Value) -> Result<Value> {
    interp.call_value(f, Args::new(vec![v]))
}

fn min_max(interp: &Interpreter, mut args: Args, name: &str, want_less: bool) -> Result<Value> {
    let key = args
        .take_keyword("key")
        .filter(|k| !matches!(k, Value::None));
    let default = args.take_keyword("default");
    args.finish(name)?;
    let items = match args.positional.len() {
        0 => {
            return Err(Error::type_error(format!(
                "{name} expected at least 1 argument, got 0"
            )))
        }
        1 => interp.collect(&args.positional[0])?,
        _ => {
            if default.is_some() {
                return Err(Error::type_error(format!(
                    "Cannot specify a default for {name}() with multiple positional arguments"
                )));
            }
            args.positional
        }
    };
    let mut best: Option<(Value, Value)> = None;
    for item in items {
        let k = match &key {
            Some(f) => call1(interp, f, item.clone())?,
            None => item.clone(),
        };
        best = Some(match best {
            None => (k, item),
            Some((bk, bv)) => {
                // CPython compares the new item with the best so far: `item < best` for
                // min, `item > best` for max (whose TypeError names the types that way).
                let better = if want_less {
                    less(&k, &bk)?
                } else {
                    order(Cmp::Gt, &k, &bk)?
                };
                if better {
                    (k, item)
                } else {
                    (bk, bv)
                }
            }
        });
    }
    match (best, default) {
        (Some((_, v)), _) => Ok(v),
        (None, Some(d)) => Ok(d),
        (None, None) => Err(Error::value_error(format!(
            "{name}() arg is an empty sequence"
        ))),
    }
}

pub(super) fn max(interp: &Interpreter, args: Args) -> Result<Value> {
    min_max(interp, args, "max", false)
}

pub(super) fn min(interp: &Interpreter, args: Args) -> Result<Value> {
    min_max(interp, args, "min", true)
}

pub(super) fn sum(interp: &Interpreter, mut args: Args) -> Result<Value> {
    let start = args.take(1, "start").unwrap_or(Value::Int(0));
    if matches!(start, Value::Str(_)) {
        return Err(Error::type_error(
            "sum() can't sum strings [use ''.join(seq) instead]",
        ));
    }
    let iterable =
        args.positional.first().cloned().ok_or_else(|| {
            Error::type_error("sum() takes at least 1 positional argument (0 given)")
        })?;
    let mut it = interp.make_iter(&iterable)?;
    let mut acc = start;
    let max = interp.config.max_collection_len;
    while let Some(v) = it.next(interp)? {
        // Lazy inputs (`range(10**18)`) are not bounded by the memory budget: count steps.
        interp.tick()?;
        acc = binop(Op::Add, &acc, &v, max)?;
    }
    Ok(acc)
}

pub(super) fn sorted(interp: &Interpreter, mut args: Args) -> Result<Value> {
    let key = args.take_keyword("key");
    let reverse = args
        .take_keyword("reverse")
        .map(|v| v.truthy())
        .unwrap_or(false);
    args.finish("sorted")?;
    args.check_count("sorted", 1, 1)?;
    let mut items = interp.collect(&args.positional[0])?;
    sort_values(interp, &mut items, key, reverse)?;
    Ok(Value::list(items))
}

pub(super) fn any(interp: &Interpreter, args: Args) -> Result<Value> {
    args.check_count("any", 1, 1)?;
    let mut it = interp.make_iter(&args.positional[0])?;
    while let Some(v) = it.next(interp)? {
        interp.tick()?;
        if interp.truth(&v)? {
            return Ok(Value::Bool(true));
        }
    }
    Ok(Value::Bool(false))
}

pub(super) fn all(interp: &Interpreter, args: Args) -> Result<Value> {
    args.check_count("all", 1, 1)?;
    let mut it = interp.make_iter(&args.positional[0])?;
    while let Some(v) = it.next(interp)? {
        interp.tick()?;
        if !interp.truth(&v)? {
            return Ok(Value::Bool(false));
        }
    }
    Ok(Value::Bool(true))
}

pub(super) fn enumerate(interp: &Interpreter, mut args: Args) -> Result<Value> {
    let start = match args
        .take(1, "start")
        .map(|v| crate::runtime::builtin_base::plain(&v))
    {
        None => Value::Int(0),
        Some(Value::Bool(b)) => Value::Int(b as i64),
        Some(v) if runnel_core::value::as_big(&v).is_some() => v,
        Some(other) => {
            return Err(Error::type_error(format!(
                "'{}' object cannot be interpreted as an integer",
                other.type_name()
            )))
        }
    };
    let iterable = args.take(0, "iterable").ok_or_else(|| {
        Error::type_error("enumerate() missing required argument 'iterable' (pos 1)")
    })?;
    let it = interp.make_iter(&iterable)?;
    Ok(IterObj::adapter("enumerate", Adapter::Enumerate(start, it)))
}

pub(super) fn zip(interp: &Interpreter, mut args: Args) -> Result<Value> {
    let strict = args.take_keyword("strict").is_some_and(|v| v.truthy());
    args.finish("zip")?;
    let iters: Vec<PyIter> = args
        .positional
        .iter()
        .map(|a| interp.make_iter(a))
        .collect::<Result<_>>()?;
    if strict {
        return Ok(IterObj::adapter("zip", strict_zip(iters)));
    }
    Ok(IterObj::adapter("zip", Adapter::Zip(iters)))
}

/// `zip(..., strict=True)`: a `ValueError` naming the argument that ends before or after
/// the others, as CPython words it.
fn strict_zip(mut iters: Vec<PyIter>) -> Adapter {
    let mut done = false;
    Adapter::Native(Box::new(move |interp| {
        if done || iters.is_empty() {
            return Ok(None);
        }
        let mut row = Vec::with_capacity(iters.len());
        for (i, it) in iters.iter_mut().enumerate() {
            match it.next(interp)? {
                Some(v) => row.push(v),
                None => {
                    done = true;
                    let earlier = |j: usize| {
                        if j == 1 {
                            " 1".to_string()
                        } else {
                            format!("s 1-{j}")
                        }
                    };
                    if i > 0 {
                        return Err(Error::value_error(format!(
                            "zip() argument {} is shorter than argument{}",
                            i + 1,
                            earlier(i)
                        )));
                    }
                    for (j, other) in iters.iter_mut().enumerate().skip(1) {
                        if other.next(interp)?.is_some() {
                            return Err(Error::value_error(format!(
                                "zip() argument {} is longer than argument{}",
                                j + 1,
                                earlier(j)
                            )));
                        }
                    }
                    return Ok(None);
                }
            }
        }
        Ok(Some(Value::tuple(row)))
    }))
}

pub(super) fn map(interp: &Interpreter, args: Args) -> Result<Value> {
    if args.positional.len() < 2 {
        return Err(Error::type_error("map() must have at least two arguments."));
    }
    let f = args.positional[0].clone();
    let iters: Vec<PyIter> = args.positional[1..]
        .iter()
        .map(|a| interp.make_iter(a))
        .collect::<Result<_>>()?;
    Ok(IterObj::adapter("map", Adapter::Map(f, iters)))
}

pub(super) fn filter(interp: &Interpreter, args: Args) -> Result<Value> {
    args.check_count("filter", 2, 2)?;
    let it = interp.make_iter(&args.positional[1])?;
    Ok(IterObj::adapter(
        "filter",
        Adapter::Filter(args.positional[0].clone(), it),
    ))
}

pub(super) fn reversed(interp: &Interpreter, args: Args) -> Result<Value> {
    args.check_count("reversed", 1, 1)?;
    let v = &args.positional[0];
    if matches!(v, Value::Set(_) | Value::FrozenSet(_))
        || matches!(v, Value::Object(o) if o.type_name() == "generator")
    {
        return Err(Error::type_error(format!(
            "'{}' object is not reversible",
            v.type_name()
        )));
    }
    if let Some(inst) = v.downcast::<crate::runtime::class::Instance>() {
        if let Some(r) = inst.call_special("__reversed__", vec![]) {
            return r;
        }
        if inst.class.lookup("__getitem__").is_none() || inst.class.lookup("__len__").is_none() {
            return Err(Error::type_error(format!(
                "'{}' object is not reversible",
                v.type_name()
            )));
        }
        // A sequence by `__len__` and `__getitem__`, from its last index down.
        let n = super::funcs::len(interp, Args::new(vec![v.clone()]))?;
        let n = runnel_core::value::to_int(&n)?;
        let mut items = Vec::new();
        for i in (0..n).rev() {
            let item = inst.call_special("__getitem__", vec![Value::Int(i)]);
            items.push(item.unwrap_or(Ok(Value::None))?);
        }
        return Ok(IterObj::from_items("reversed", items));
    }
    let mut items = interp.collect(v)?;
    items.reverse();
    let kind = match v {
        Value::List(_) => "list_reverseiterator",
        _ => "reversed",
    };
    Ok(IterObj::from_items(kind, items))
}

pub(crate) fn iter(interp: &Interpreter, args: Args) -> Result<Value> {
    args.check_count("iter", 1, 1)?;
    let v = &args.positional[0];
    let native_iter = v
        .downcast::<crate::native::NativeInstance>()
        .is_some_and(|i| i.class.find_method("__next__").is_some());
    if native_iter || v.downcast::<IterObj>().is_some() {
        return Ok(v.clone());
    }
    if let Some(inst) = v.downcast::<crate::runtime::class::Instance>() {
        // A class's own iterator (`__iter__` returning an object with `__next__`).
        if let Some(r) = inst.call_special("__iter__", vec![]) {
            let it = r?;
            let own = it
                .downcast::<crate::runtime::class::Instance>()
                .is_some_and(|i| i.class.lookup("__next__").is_some());
            if own || it.downcast::<IterObj>().is_some() {
                return Ok(it);
            }
        }
    }
    let kind = match v {
        Value::List(_) => "list_iterator",
        Value::Tuple(_) => "tuple_iterator",
        Value::Str(_) => "str_ascii_iterator",
        Value::Dict(_) => "dict_keyiterator",
        Value::Set(_) | Value::FrozenSet(_) => "set_iterator",
        Value::Object(o) if o.as_any().is::<crate::runtime::iter::RangeObj>() => "range_iterator",
        _ => "iterator",
    };
    Ok(IterObj::adapter(kind, Adapter::Plain(interp.make_iter(v)?)))
}

pub(super) fn next(interp: &Interpreter, args: Args) -> Result<Value> {
    args.check_count("next", 1, 2)?;
    let v = &args.positional[0];
    if let Some(inst) = v.downcast::<crate::runtime::class::Instance>() {
        return match inst.call_special("__next__", vec![]) {
            Some(Err(e)) if e.exc_type == "StopIteration" && args.positional.len() == 2 => {
                Ok(args.positional[1].clone())
            }
            Some(r) => r,
            None => Err(Error::type_error(format!(
                "'{}' object is not an iterator",
                v.type_name()
            ))),
        };
    }
    if let Some(inst) = v.downcast::<crate::native::NativeInstance>() {
        // A native class's iterator (`csv.reader`, `io.StringIO`).
        if let Some(m) = inst.class.find_method("__next__").cloned() {
            return match m(interp, v, Args::new(vec![])) {
                Err(e) if e.exc_type == "StopIteration" && args.positional.len() == 2 => {
                    Ok(args.positional[1].clone())
                }
                r => r,
            };
        }
    }
    let Some(it) = v.downcast::<IterObj>() else {
        return Err(Error::type_error(format!(
            "'{}' object is not an iterator",
            v.type_name()
        )));
    };
    if it.is_generator() {
        // A generator's return value travels in its StopIteration.
        use crate::runtime::generator::{GenOut, Resume};
        return match it.resume(interp, Resume::Send(Value::None))? {
            GenOut::Yield(x) => Ok(x),
            GenOut::Return(v) => match args.positional.get(1) {
                Some(d) => Ok(d.clone()),
                None => Err(crate::runtime::gen_methods::stop_iteration(interp, v)),
            },
        };
    }
    match it.next(interp)? {
        Some(x) => Ok(x),
        None => match args.positional.get(1) {
            Some(d) => Ok(d.clone()),
            None => Err(Error::new("StopIteration", "")),
        },
    }
}
