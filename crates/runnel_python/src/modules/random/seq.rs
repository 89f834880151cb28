//! The integer and sequence methods of `random.Random`: `randrange`, `randint`, `choice`,
//! `choices`, `shuffle`, `sample`, as CPython 3.11's `random.py` draws them.

use super::{done, Gen};
use crate::modules::args::{seq_get, seq_len};
use crate::{Args, Interpreter};
use runnel_core::fmath;
use runnel_core::{Error, Result, Value};
use std::collections::HashSet;

/// An integer argument of `randrange`: integral floats pass (CPython only warns).
fn int_arg(v: &Value, what: &str) -> Result<i128> {
    match v {
        Value::Int(i) => Ok(*i as i128),
        Value::Bool(b) => Ok(*b as i128),
        Value::Float(x) if x.fract() == 0.0 && x.is_finite() => Ok(*x as i128),
        Value::Float(_) => Err(Error::value_error(format!(
            "non-integer {what} for randrange()"
        ))),
        other => Err(Error::type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            other.type_name()
        ))),
    }
}

fn below(g: &Gen, n: i128) -> Result<i128> {
    let n = u64::try_from(n)
        .map_err(|_| Error::overflow("randrange(): Runnel's integers hold at most 63 bits"))?;
    Ok(g.borrow_mut().randbelow(n) as i128)
}

fn to_value(n: i128) -> Result<Value> {
    i64::try_from(n)
        .map(Value::Int)
        .map_err(|_| Error::overflow("randrange(): Runnel's integers hold at most 63 bits"))
}

/// Python's `//` (rounds toward negative infinity).
fn floor_div(a: i128, b: i128) -> i128 {
    let q = a / b;
    if (a % b != 0) && ((a < 0) != (b < 0)) {
        q - 1
    } else {
        q
    }
}

fn range(g: &Gen, start: &Value, stop: Option<&Value>, step: Option<&Value>) -> Result<Value> {
    if let Some(r) = super::bigrange::range(g, start, stop, step) {
        return r;
    }
    let istart = int_arg(start, "arg 1")?;
    let Some(stop) = stop.filter(|v| !matches!(v, Value::None)) else {
        if step.is_some() {
            return Err(Error::type_error("Missing a non-None stop argument"));
        }
        if istart > 0 {
            return to_value(below(g, istart)?);
        }
        return Err(Error::value_error("empty range for randrange()"));
    };
    let istop = int_arg(stop, "stop")?;
    let width = istop - istart;
    let istep = match step {
        Some(s) => int_arg(s, "step")?,
        None => 1,
    };
    if istep == 1 {
        if width > 0 {
            return to_value(istart + below(g, width)?);
        }
        return Err(Error::value_error(format!(
            "empty range for randrange() ({istart}, {istop}, {width})"
        )));
    }
    let n = if istep > 0 {
        floor_div(width + istep - 1, istep)
    } else if istep < 0 {
        floor_div(width + istep + 1, istep)
    } else {
        return Err(Error::value_error("zero step for randrange()"));
    };
    if n <= 0 {
        return Err(Error::value_error("empty range for randrange()"));
    }
    to_value(istart + istep * below(g, n)?)
}

pub(super) fn randrange(_: &Interpreter, g: &Gen, mut a: Args) -> Result<Value> {
    let start = a.require(0, "start", "randrange")?;
    let stop = a.take(1, "stop");
    let step = a.take(2, "step");
    done(&a, "randrange", 3)?;
    range(g, &start, stop.as_ref(), step.as_ref())
}

pub(super) fn randint(_: &Interpreter, g: &Gen, mut a: Args) -> Result<Value> {
    let lo = a.require(0, "a", "randint")?;
    let hi = a.require(1, "b", "randint")?;
    done(&a, "randint", 2)?;
    let hi = hi.binop(runnel_core::value::BinOp::Add, &Value::Int(1))?;
    range(g, &lo, Some(&hi), None)
}

fn not_sequence(v: &Value) -> Error {
    Error::type_error(format!("'{}' object is not subscriptable", v.type_name()))
}

pub(super) fn choice(_: &Interpreter, g: &Gen, a: Args) -> Result<Value> {
    a.check_count("choice", 1, 1)?;
    a.finish("choice")?;
    let seq = &a.positional[0];
    let n = seq_len(seq)?.ok_or_else(|| not_sequence(seq))?;
    if n == 0 {
        return Err(Error::index_error("Cannot choose from an empty sequence"));
    }
    let i = g.borrow_mut().randbelow(n as u64);
    seq_get(seq, i as usize)
}

pub(super) fn shuffle(_: &Interpreter, g: &Gen, a: Args) -> Result<Value> {
    a.check_count("shuffle", 1, 1)?;
    a.finish("shuffle")?;
    let Value::List(l) = &a.positional[0] else {
        return Err(Error::type_error(format!(
            "'{}' object does not support item assignment",
            a.positional[0].type_name()
        )));
    };
    let mut items = l.borrow_mut()?;
    let mut g = g.borrow_mut();
    for i in (1..items.len()).rev() {
        let j = g.randbelow(i as u64 + 1) as usize;
        items.swap(i, j);
    }
    Ok(Value::None)
}

/// `bisect_right(cum, x, 0, hi)` over floats.
fn bisect(cum: &[f64], x: f64, hi: usize) -> usize {
    let (mut lo, mut hi) = (0, hi);
    while lo < hi {
        let mid = (lo + hi) / 2;
        if x < cum[mid] {
            hi = mid;
        } else {
            lo = mid + 1;
        }
    }
    lo
}

fn running_sums(interp: &Interpreter, v: &Value) -> Result<Vec<f64>> {
    let mut total = 0.0;
    let mut out = Vec::new();
    for w in interp.collect(v)? {
        total += crate::modules::args::float(&w, "weight")?;
        out.push(total);
    }
    Ok(out)
}

pub(super) fn choices(interp: &Interpreter, g: &Gen, mut a: Args) -> Result<Value> {
    let pop = a.require(0, "population", "choices")?;
    let weights = a.take(1, "weights").filter(|v| !matches!(v, Value::None));
    let cum = a
        .take_keyword("cum_weights")
        .filter(|v| !matches!(v, Value::None));
    let k = match a.take_keyword("k") {
        Some(v) => crate::modules::args::index(&v)?.max(0) as usize,
        None => 1,
    };
    done(&a, "choices", 2)?;
    let n = seq_len(&pop)?.ok_or_else(|| not_sequence(&pop))?;
    let cum = match (weights, cum) {
        (None, None) => {
            let mut out = Vec::with_capacity(k.min(1 << 20));
            for _ in 0..k {
                let i = (g.borrow_mut().random() * n as f64).floor() as usize;
                out.push(seq_get(&pop, i)?);
            }
            return Ok(Value::list(out));
        }
        (Some(Value::Int(w)), None) => {
            return Err(Error::type_error(format!(
                "The number of choices must be a keyword argument: k={w}"
            )))
        }
        (Some(w), None) => running_sums(interp, &w)?,
        (None, Some(c)) => interp
            .collect(&c)?
            .iter()
            .map(|v| crate::modules::args::float(v, "cum_weights"))
            .collect::<Result<_>>()?,
        (Some(_), Some(_)) => {
            return Err(Error::type_error(
                "Cannot specify both weights and cumulative weights",
            ))
        }
    };
    if cum.len() != n {
        return Err(Error::value_error(
            "The number of weights does not match the population",
        ));
    }
    let total = cum.last().copied().unwrap_or(0.0);
    if total <= 0.0 {
        return Err(Error::value_error(
            "Total of weights must be greater than zero",
        ));
    }
    if !total.is_finite() {
        return Err(Error::value_error("Total of weights must be finite"));
    }
    let mut out = Vec::with_capacity(k.min(1 << 20));
    for _ in 0..k {
        let x = g.borrow_mut().random() * total;
        out.push(seq_get(&pop, bisect(&cum, x, n - 1))?);
    }
    Ok(Value::list(out))
}

pub(super) fn sample(interp: &Interpreter, g: &Gen, mut a: Args) -> Result<Value> {
    let pop = a.require(0, "population", "sample")?;
    let k = a.require(1, "k", "sample")?;
    let counts = a
        .take_keyword("counts")
        .filter(|v| !matches!(v, Value::None));
    done(&a, "sample", 2)?;
    let k = crate::modules::args::index(&k)?;
    let n = seq_len(&pop)?.ok_or_else(|| {
        Error::type_error("Population must be a sequence.  For dicts or sets, use sorted(d).")
    })?;
    if let Some(counts) = counts {
        let cum = running_sums(interp, &counts)?;
        if cum.len() != n {
            return Err(Error::value_error(
                "The number of counts does not match the population",
            ));
        }
        let total = cum.last().copied().unwrap_or(0.0);
        if total <= 0.0 {
            return Err(Error::value_error(
                "Total of counts must be greater than zero",
            ));
        }
        let picks = pick(g, total as u64, k)?;
        return picks
            .into_iter()
            .map(|s| seq_get(&pop, bisect(&cum[..n - 1], s as f64, n - 1)))
            .collect::<Result<Vec<_>>>()
            .map(Value::list);
    }
    let picks = pick(g, n as u64, k)?;
    picks
        .into_iter()
        .map(|j| seq_get(&pop, j as usize))
        .collect::<Result<Vec<_>>>()
        .map(Value::list)
}

/// The indices `sample(range(n), k)` picks, with CPython's choice of pool or set.
fn pick(g: &Gen, n: u64, k: i64) -> Result<Vec<u64>> {
    if k < 0 || k as u64 > n {
        return Err(Error::value_error(
            "Sample larger than population or is negative",
        ));
    }
    let k = k as u64;
    let mut setsize: u128 = 21;
    if k > 5 {
        let e = fmath::ln((k * 3) as f64) / fmath::ln(4f64);
        setsize += 4u128.saturating_pow(e.ceil() as u32);
    }
    let mut g = g.borrow_mut();
    let mut result = Vec::with_capacity(k as usize);
    if n as u128 <= setsize {
        let mut pool: Vec<u64> = (0..n).collect();
        for i in 0..k {
            let j = g.randbelow(n - i) as usize;
            result.push(pool[j]);
            pool[j] = pool[(n - i - 1) as usize];
        }
    } else {
        let mut selected = HashSet::new();
        for _ in 0..k {
            let mut j = g.randbelow(n);
            while selected.contains(&j) {
                j = g.randbelow(n);
            }
            selected.insert(j);
            result.push(j);
        }
    }
    Ok(result)
}
