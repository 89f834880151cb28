//! The `itertools` module. Iterators are lazy where CPython's are, so `count()`,
//! `cycle()` and `repeat()` can be infinite and side effects interleave the same way.
//! The combinatoric ones (`product`, `permutations`, `combinations`...) build their
//! results up front, within the memory budget.

use crate::native::{NativeClass, NativeFunction};
use crate::runtime::adapters::Adapter;
use crate::runtime::iter::{IterObj, PyIter};
use crate::runtime::ops::{binop, Op};
use crate::{Args, Interpreter};
use runnel_core::{Error, Result, Value};

fn lazy(
    kind: &'static str,
    f: impl FnMut(&Interpreter) -> Result<Option<Value>> + 'static,
) -> Value {
    IterObj::adapter(kind, Adapter::Native(Box::new(f)))
}

fn int_arg(v: &Value) -> Result<i64> {
    crate::modules::args::index(v)
}

fn count(_: &Interpreter, mut a: Args) -> Result<Value> {
    let mut cur = a.take(0, "start").unwrap_or(Value::Int(0));
    let step = a.take(1, "step").unwrap_or(Value::Int(1));
    crate::modules::args::done(&a, "count", 2)?;
    Ok(lazy("itertools.count", move |_| {
        let next = binop(Op::Add, &cur, &step, usize::MAX)?;
        Ok(Some(std::mem::replace(&mut cur, next)))
    }))
}

fn cycle(interp: &Interpreter, a: Args) -> Result<Value> {
    a.check_count("cycle", 1, 1)?;
    let mut it = Some(interp.make_iter(&a.positional[0])?);
    let mut saved = Vec::new();
    let mut i = 0;
    Ok(lazy("itertools.cycle", move |interp| {
        if let Some(src) = &mut it {
            if let Some(v) = src.next(interp)? {
                saved.push(v.clone());
                return Ok(Some(v));
            }
            it = None;
        }
        if saved.is_empty() {
            return Ok(None);
        }
        let v = saved[i % saved.len()].clone();
        i += 1;
        Ok(Some(v))
    }))
}

fn repeat(_: &Interpreter, mut a: Args) -> Result<Value> {
    let x = a.require(0, "object", "repeat")?;
    let mut left = match a.take(1, "times") {
        Some(t) => Some(int_arg(&t)?.max(0)),
        None => None,
    };
    crate::modules::args::done(&a, "repeat", 2)?;
    Ok(lazy("itertools.repeat", move |_| match &mut left {
        None => Ok(Some(x.clone())),
        Some(0) => Ok(None),
        Some(n) => {
            *n -= 1;
            Ok(Some(x.clone()))
        }
    }))
}

fn chain_of(interp: &Interpreter, mut sources: PyIter) -> Value {
    let _ = interp;
    let mut cur: Option<PyIter> = None;
    lazy("itertools.chain", move |interp| loop {
        if let Some(it) = &mut cur {
            if let Some(v) = it.next(interp)? {
                return Ok(Some(v));
            }
        }
        match sources.next(interp)? {
            Some(src) => cur = Some(interp.make_iter(&src)?),
            None => return Ok(None),
        }
    })
}

fn chain_class() -> Value {
    let class = NativeClass::new("itertools.chain")
        .constructor(|interp, a| {
            a.finish("chain")?;
            let sources = PyIter::Items(a.positional.into_iter());
            Ok(chain_of(interp, sources))
        })
        .static_attr(
            "from_iterable",
            NativeFunction::new("from_iterable", |interp, a| {
                a.check_count("from_iterable", 1, 1)?;
                let sources = interp.make_iter(&a.positional[0])?;
                Ok(chain_of(interp, sources))
            }),
        );
    class.into_value().1
}

fn islice(interp: &Interpreter, a: Args) -> Result<Value> {
    a.check_count("islice", 2, 4)?;
    let opt = |v: &Value, what: &str| -> Result<Option<i64>> {
        match v {
            Value::None => Ok(None),
            v => match int_arg(v) {
                Ok(n) if n >= 0 => Ok(Some(n)),
                _ => Err(Error::value_error(format!(
                    "{what} argument for islice() must be None or an integer: 0 <= x <= sys.maxsize."
                ))),
            },
        }
    };
    let p = &a.positional;
    let (start, stop, step) = match p.len() {
        2 => (0, opt(&p[1], "Stop")?, 1),
        _ => {
            let step = match p.get(3) {
                Some(s) => opt(s, "Step")?.unwrap_or(1),
                None => 1,
            };
            if step == 0 {
                return Err(Error::value_error(
                    "Step for islice() must be a positive integer or None.",
                ));
            }
            (
                opt(&p[1], "Indices")?.unwrap_or(0),
                opt(&p[2], "Stop")?,
                step,
            )
        }
    };
    let mut it = interp.make_iter(&p[0])?;
    let mut next_index = start;
    let mut pos = 0i64;
    Ok(lazy("itertools.islice", move |interp| {
        if stop.is_some_and(|s| next_index >= s) {
            return Ok(None);
        }
        loop {
            let Some(v) = it.next(interp)? else {
                return Ok(None);
            };
            let here = pos;
            pos += 1;
            if here == next_index {
                next_index += step;
                return Ok(Some(v));
            }
        }
    }))
}

fn call1(interp: &Interpreter, f: &Value, v: Value) -> Result<Value> {
    interp.call_value(f, Args::new(vec![v]))
}

fn takewhile(interp: &Interpreter, a: Args) -> Result<Value> {
    a.check_count("takewhile", 2, 2)?;
    let f = a.positional[0].clone();
    let mut it = Some(interp.make_iter(&a.positional[1])?);
    Ok(lazy("itertools.takewhile", move |interp| {
        let Some(src) = &mut it else { return Ok(None) };
        match src.next(interp)? {
            Some(v) if call1(interp, &f, v.clone())?.truthy() => Ok(Some(v)),
            _ => {
                it = None;
                Ok(None)
            }
        }
    }))
}

fn dropwhile(interp: &Interpreter, a: Args) -> Result<Value> {
    a.check_count("dropwhile", 2, 2)?;
    let f = a.positional[0].clone();
    let mut it = interp.make_iter(&a.positional[1])?;
    let mut dropping = true;
    Ok(lazy("itertools.dropwhile", move |interp| loop {
        let Some(v) = it.next(interp)? else {
            return Ok(None);
        };
        if dropping && call1(interp, &f, v.clone())?.truthy() {
            continue;
        }
        dropping = false;
        return Ok(Some(v));
    }))
}

fn filterfalse(interp: &Interpreter, a: Args) -> Result<Value> {
    a.check_count("filterfalse", 2, 2)?;
    let f = a.positional[0].clone();
    let mut it = interp.make_iter(&a.positional[1])?;
    Ok(lazy("itertools.filterfalse", move |interp| loop {
        let Some(v) = it.next(interp)? else {
            return Ok(None);
        };
        let keep = match &f {
            Value::None => !v.truthy(),
            f => !call1(interp, f, v.clone())?.truthy(),
        };
        if keep {
            return Ok(Some(v));
        }
    }))
}

fn starmap(interp: &Interpreter, a: Args) -> Result<Value> {
    a.check_count("starmap", 2, 2)?;
    let f = a.positional[0].clone();
    let mut it = interp.make_iter(&a.positional[1])?;
    Ok(lazy("itertools.starmap", move |interp| {
        match it.next(interp)? {
            Some(args) => {
                let args = interp.collect(&args)?;
                interp.call_value(&f, Args::new(args)).map(Some)
            }
            None => Ok(None),
        }
    }))
}

fn compress(interp: &Interpreter, a: Args) -> Result<Value> {
    a.check_count("compress", 2, 2)?;
    let mut data = interp.make_iter(&a.positional[0])?;
    let mut sel = interp.make_iter(&a.positional[1])?;
    Ok(lazy("itertools.compress", move |interp| loop {
        let (Some(d), Some(s)) = (data.next(interp)?, sel.next(interp)?) else {
            return Ok(None);
        };
        if s.truthy() {
            return Ok(Some(d));
        }
    }))
}

fn accumulate(interp: &Interpreter, mut a: Args) -> Result<Value> {
    let src = a.require(0, "iterable", "accumulate")?;
    let func = a.take(1, "func").filter(|f| !matches!(f, Value::None));
    let mut initial = a
        .take_keyword("initial")
        .filter(|v| !matches!(v, Value::None));
    crate::modules::args::done(&a, "accumulate", 2)?;
    let mut it = interp.make_iter(&src)?;
    let mut total: Option<Value> = None;
    Ok(lazy("itertools.accumulate", move |interp| {
        if let Some(init) = initial.take() {
            total = Some(init.clone());
            return Ok(Some(init));
        }
        let Some(v) = it.next(interp)? else {
            return Ok(None);
        };
        let next = match (&total, &func) {
            (None, _) => v,
            (Some(t), None) => binop(Op::Add, t, &v, interp.config.max_collection_len)?,
            (Some(t), Some(f)) => interp.call_value(f, Args::new(vec![t.clone(), v]))?,
        };
        total = Some(next.clone());
        Ok(Some(next))
    }))
}

fn zip_longest(interp: &Interpreter, mut a: Args) -> Result<Value> {
    let fill = a.take_keyword("fillvalue").unwrap_or(Value::None);
    a.finish("zip_longest")?;
    let mut its: Vec<Option<PyIter>> = a
        .positional
        .iter()
        .map(|v| interp.make_iter(v).map(Some))
        .collect::<Result<_>>()?;
    Ok(lazy("itertools.zip_longest", move |interp| {
        if its.is_empty() {
            return Ok(None);
        }
        let mut row = Vec::with_capacity(its.len());
        let mut live = false;
        for slot in its.iter_mut() {
            let v = match slot {
                Some(it) => match it.next(interp)? {
                    Some(v) => {
                        live = true;
                        v
                    }
                    None => {
                        *slot = None;
                        fill.clone()
                    }
                },
                None => fill.clone(),
            };
            row.push(v);
        }
        Ok(live.then(|| Value::tuple(row)))
    }))
}

fn pairwise(interp: &Interpreter, a: Args) -> Result<Value> {
    a.check_count("pairwise", 1, 1)?;
    let mut it = interp.make_iter(&a.positional[0])?;
    let mut prev: Option<Value> = None;
    Ok(lazy("itertools.pairwise", move |interp| {
        if prev.is_none() {
            prev = it.next(interp)?;
            if prev.is_none() {
                return Ok(None);
            }
        }
        let Some(v) = it.next(interp)? else {
            return Ok(None);
        };
        let p = prev.replace(v.clone()).unwrap_or(Value::None);
        Ok(Some(Value::pair(p, v)))
    }))
}

fn groupby(interp: &Interpreter, mut a: Args) -> Result<Value> {
    let src = a.require(0, "iterable", "groupby")?;
    let key = a.take(1, "key").filter(|k| !matches!(k, Value::None));
    crate::modules::args::done(&a, "groupby", 2)?;
    let mut it = interp.make_iter(&src)?;
    // The first item of the next group, with its key.
    let mut pending: Option<(Value, Value)> = None;
    let mut started = false;
    Ok(lazy("itertools.groupby", move |interp| {
        let keyed = |interp: &Interpreter, v: Value| -> Result<(Value, Value)> {
            let k = match &key {
                Some(f) => call1(interp, f, v.clone())?,
                None => v.clone(),
            };
            Ok((k, v))
        };
        if !started {
            started = true;
            pending = match it.next(interp)? {
                Some(v) => Some(keyed(interp, v)?),
                None => None,
            };
        }
        let Some((k, first)) = pending.take() else {
            return Ok(None);
        };
        let mut group = vec![first];
        while let Some(v) = it.next(interp)? {
            let (k2, v) = keyed(interp, v)?;
            if crate::runtime::compare::eq(&k2, &k) {
                group.push(v);
                crate::runtime::ops::check_len(group.len(), interp.config.max_collection_len)?;
            } else {
                pending = Some((k2, v));
                break;
            }
        }
        Ok(Some(Value::pair(
            k,
            IterObj::from_items("itertools._grouper", group),
        )))
    }))
}

fn tee(interp: &Interpreter, a: Args) -> Result<Value> {
    a.check_count("tee", 1, 2)?;
    let n = match a.positional.get(1) {
        Some(v) => int_arg(v)?,
        None => 2,
    };
    if n < 0 {
        return Err(Error::value_error("n must be >= 0"));
    }
    let items = interp.collect(&a.positional[0])?;
    Ok(Value::tuple(
        (0..n)
            .map(|_| IterObj::from_items("itertools._tee", items.clone()))
            .collect(),
    ))
}

pub(super) fn attrs() -> Vec<(&'static str, Value)> {
    let mut out = vec![
        ("chain", chain_class()),
        ("count", NativeFunction::new("count", count)),
        ("cycle", NativeFunction::new("cycle", cycle)),
        ("repeat", NativeFunction::new("repeat", repeat)),
        ("islice", NativeFunction::new("islice", islice)),
        ("takewhile", NativeFunction::new("takewhile", takewhile)),
        ("dropwhile", NativeFunction::new("dropwhile", dropwhile)),
        (
            "filterfalse",
            NativeFunction::new("filterfalse", filterfalse),
        ),
        ("starmap", NativeFunction::new("starmap", starmap)),
        ("compress", NativeFunction::new("compress", compress)),
        ("accumulate", NativeFunction::new("accumulate", accumulate)),
        (
            "zip_longest",
            NativeFunction::new("zip_longest", zip_longest),
        ),
        ("pairwise", NativeFunction::new("pairwise", pairwise)),
        ("groupby", NativeFunction::new("groupby", groupby)),
        ("tee", NativeFunction::new("tee", tee)),
    ];
    out.extend(super::combinatorics::attrs());
    out
}
