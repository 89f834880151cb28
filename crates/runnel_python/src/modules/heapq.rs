//! `heapq` and `bisect`, with CPython's exact algorithms (a heap list printed after
//! pushes shows the same order as CPython's).

use crate::native::NativeFunction;
use crate::{Args, Interpreter};
use runnel_core::value::{PyCell, Shared};
use runnel_core::{Error, Result, Value};

type List = Shared<PyCell<Vec<Value>>>;

fn list_arg(v: &Value, func: &str) -> Result<List> {
    match v {
        Value::List(l) => Ok(l.clone()),
        other => Err(Error::type_error(format!(
            "{func}() argument 1 must be list, not {}",
            other.type_name()
        ))),
    }
}

fn lt(a: &Value, b: &Value) -> Result<bool> {
    a.py_lt(b)
}

/// CPython's `_siftdown(heap, startpos, pos)`.
fn sift_down(h: &mut [Value], start: usize, mut pos: usize) -> Result<()> {
    let item = h[pos].clone();
    while pos > start {
        let parent = (pos - 1) >> 1;
        if lt(&item, &h[parent])? {
            h[pos] = h[parent].clone();
            pos = parent;
            continue;
        }
        break;
    }
    h[pos] = item;
    Ok(())
}

/// CPython's `_siftup(heap, pos)`.
fn sift_up(h: &mut [Value], mut pos: usize) -> Result<()> {
    let end = h.len();
    let start = pos;
    let item = h[pos].clone();
    let mut child = 2 * pos + 1;
    while child < end {
        let right = child + 1;
        if right < end && !lt(&h[child], &h[right])? {
            child = right;
        }
        h[pos] = h[child].clone();
        pos = child;
        child = 2 * pos + 1;
    }
    h[pos] = item;
    sift_down(h, start, pos)
}

fn two(a: &Args, func: &str) -> Result<(List, Value)> {
    a.check_count(func, 2, 2)?;
    Ok((list_arg(&a.positional[0], func)?, a.positional[1].clone()))
}

fn heappush(_: &Interpreter, a: Args) -> Result<Value> {
    let (l, x) = two(&a, "heappush")?;
    let mut h = l.borrow_mut()?;
    h.push(x);
    let n = h.len() - 1;
    sift_down(&mut h, 0, n)?;
    Ok(Value::None)
}

fn heappop(_: &Interpreter, a: Args) -> Result<Value> {
    a.check_count("heappop", 1, 1)?;
    let l = list_arg(&a.positional[0], "heappop")?;
    let mut h = l.borrow_mut()?;
    let last = h
        .pop()
        .ok_or_else(|| Error::index_error("index out of range"))?;
    if h.is_empty() {
        return Ok(last);
    }
    let top = std::mem::replace(&mut h[0], last);
    sift_up(&mut h, 0)?;
    Ok(top)
}

fn heapreplace(_: &Interpreter, a: Args) -> Result<Value> {
    let (l, x) = two(&a, "heapreplace")?;
    let mut h = l.borrow_mut()?;
    if h.is_empty() {
        return Err(Error::index_error("index out of range"));
    }
    let top = std::mem::replace(&mut h[0], x);
    sift_up(&mut h, 0)?;
    Ok(top)
}

fn heappushpop(_: &Interpreter, a: Args) -> Result<Value> {
    let (l, x) = two(&a, "heappushpop")?;
    let mut h = l.borrow_mut()?;
    if !h.is_empty() && lt(&h[0], &x)? {
        let top = std::mem::replace(&mut h[0], x);
        sift_up(&mut h, 0)?;
        return Ok(top);
    }
    Ok(x)
}

fn heapify(_: &Interpreter, a: Args) -> Result<Value> {
    a.check_count("heapify", 1, 1)?;
    let l = list_arg(&a.positional[0], "heapify")?;
    let mut h = l.borrow_mut()?;
    for i in (0..h.len() / 2).rev() {
        sift_up(&mut h, i)?;
    }
    Ok(Value::None)
}

/// `nlargest`/`nsmallest`: as `sorted(iterable, key=key, reverse=...)[:n]`.
fn select(interp: &Interpreter, mut a: Args, largest: bool) -> Result<Value> {
    let func = if largest { "nlargest" } else { "nsmallest" };
    let n = crate::modules::args::index(&a.require(0, "n", func)?)?;
    let items = interp.collect(&a.require(1, "iterable", func)?)?;
    let key = a.take(2, "key");
    crate::modules::args::done(&a, func, 3)?;
    let mut items = items;
    crate::methods::list::sort_values(interp, &mut items, key, largest)?;
    items.truncate(n.max(0) as usize);
    Ok(Value::list(items))
}

fn merge(interp: &Interpreter, mut a: Args) -> Result<Value> {
    let key = a.take_keyword("key").filter(|k| !matches!(k, Value::None));
    let reverse = a.take_keyword("reverse").is_some_and(|r| r.truthy());
    a.finish("merge")?;
    let inputs: Vec<Vec<Value>> = a
        .positional
        .iter()
        .map(|v| interp.collect(v))
        .collect::<Result<_>>()?;
    let keyed = |v: &Value| -> Result<Value> {
        match &key {
            Some(k) => interp.call_value(k, Args::new(vec![v.clone()])),
            None => Ok(v.clone()),
        }
    };
    let mut pos = vec![0usize; inputs.len()];
    let mut out = Vec::new();
    loop {
        // The smallest head (largest with reverse); ties go to the earlier input.
        let mut best: Option<(usize, Value)> = None;
        for (i, input) in inputs.iter().enumerate() {
            let Some(v) = input.get(pos[i]) else { continue };
            let k = keyed(v)?;
            let better = match &best {
                None => true,
                Some((_, bk)) if reverse => lt(bk, &k)?,
                Some((_, bk)) => lt(&k, bk)?,
            };
            if better {
                best = Some((i, k));
            }
        }
        let Some((i, _)) = best else { break };
        out.push(inputs[i][pos[i]].clone());
        pos[i] += 1;
    }
    Ok(crate::runtime::iter::IterObj::from_items("generator", out))
}

/// `len(seq)` by the built-in, so any sequence works with CPython's error for others.
fn seq_len(interp: &Interpreter, seq: &Value) -> Result<usize> {
    let len = interp.builtins.get("len").cloned().unwrap_or(Value::None);
    match interp.call_value(&len, Args::new(vec![seq.clone()]))? {
        Value::Int(n) => Ok(n.max(0) as usize),
        _ => Ok(0),
    }
}

/// `seq[i]`: a list's item directly, any other sequence's by subscription (`bisect`
/// takes strings, tuples, ranges, as CPython's `PySequence_GetItem`).
fn seq_item(interp: &Interpreter, seq: &Value, i: usize) -> Result<Value> {
    match seq {
        Value::List(l) => l
            .borrow()?
            .get(i)
            .cloned()
            .ok_or_else(|| Error::index_error("list index out of range")),
        _ => crate::runtime::subscript::get_item_in(interp, seq, &Value::Int(i as i64)),
    }
}

/// `bisect_left`/`bisect_right(a, x, lo=0, hi=len(a), *, key=None)`.
fn bisect_at(
    interp: &Interpreter,
    a: &mut Args,
    func: &str,
    right: bool,
) -> Result<(Value, Value, usize)> {
    let seq = a.require(0, "a", func)?;
    let x = a.require(1, "x", func)?;
    let lo = match a.take(2, "lo") {
        Some(v) => {
            let lo = crate::modules::args::index(&v)?;
            if lo < 0 {
                return Err(Error::value_error("lo must be non-negative"));
            }
            lo as usize
        }
        None => 0,
    };
    let hi = match a.take(3, "hi") {
        None | Some(Value::None) => seq_len(interp, &seq)?,
        Some(v) => (crate::modules::args::index(&v)?.max(0) as usize).min(seq_len(interp, &seq)?),
    };
    let key = a.take_keyword("key").filter(|k| !matches!(k, Value::None));
    crate::modules::args::done(a, func, 4)?;
    let (mut lo, mut hi) = (lo, hi);
    while lo < hi {
        let mid = (lo + hi) / 2;
        let item = seq_item(interp, &seq, mid)?;
        let item = match &key {
            Some(k) => interp.call_value(k, Args::new(vec![item]))?,
            None => item,
        };
        let go_left = if right {
            lt(&x, &item)?
        } else {
            !lt(&item, &x)?
        };
        if go_left {
            hi = mid;
        } else {
            lo = mid + 1;
        }
    }
    Ok((seq, x, lo))
}

fn bisect_fn(name: &'static str, right: bool) -> (&'static str, Value) {
    (
        name,
        NativeFunction::new(name, move |interp, mut a| {
            let (_, _, i) = bisect_at(interp, &mut a, name, right)?;
            Ok(Value::Int(i as i64))
        }),
    )
}

fn insort_fn(name: &'static str, right: bool) -> (&'static str, Value) {
    (
        name,
        NativeFunction::new(name, move |interp, mut a| {
            let key = a
                .keywords
                .iter()
                .find(|(k, _)| k == "key")
                .map(|(_, v)| v.clone());
            let x = a.positional.get(1).cloned();
            // With a key, the position is found for key(x), as CPython's insort does.
            if let (Some(k), Some(x)) = (&key, &x) {
                if !matches!(k, Value::None) {
                    a.positional[1] = interp.call_value(k, Args::new(vec![x.clone()]))?;
                }
            }
            let (seq, _, i) = bisect_at(interp, &mut a, name, right)?;
            let x = x.unwrap_or(Value::None);
            match &seq {
                Value::List(l) => l.borrow_mut()?.insert(i, x),
                // Another mutable sequence inserts by its own `insert` (a deque).
                _ => {
                    let at = Args::new(vec![Value::Int(i as i64), x]);
                    crate::methods::call_method(interp, &seq, "insert", at)?;
                }
            }
            Ok(Value::None)
        }),
    )
}

pub(super) fn heapq_attrs() -> Vec<(&'static str, Value)> {
    vec![
        ("heappush", NativeFunction::new("heappush", heappush)),
        ("heappop", NativeFunction::new("heappop", heappop)),
        ("heapify", NativeFunction::new("heapify", heapify)),
        (
            "heapreplace",
            NativeFunction::new("heapreplace", heapreplace),
        ),
        (
            "heappushpop",
            NativeFunction::new("heappushpop", heappushpop),
        ),
        (
            "nlargest",
            NativeFunction::new("nlargest", |i, a| select(i, a, true)),
        ),
        (
            "nsmallest",
            NativeFunction::new("nsmallest", |i, a| select(i, a, false)),
        ),
        ("merge", NativeFunction::new("merge", merge)),
    ]
}

pub(super) fn bisect_attrs() -> Vec<(&'static str, Value)> {
    vec![
        bisect_fn("bisect_left", false),
        bisect_fn("bisect_right", true),
        bisect_fn("bisect", true),
        insort_fn("insort_left", false),
        insort_fn("insort_right", true),
        insort_fn("insort", true),
    ]
}
