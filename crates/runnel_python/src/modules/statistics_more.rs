//! `statistics`' functions of pairs of inputs and of other means, as CPython 3.11's
//! statistics.py computes them (same operations in the same order, so the same floats):
//! `covariance`, `correlation`, `linear_regression`, `geometric_mean`, `harmonic_mean`,
//! `quantiles`, `median_grouped`.

use super::math_more::fsum_of;
use super::statistics::{float_ratio, stat_error, to_f64, Frac};
use crate::{Args, Interpreter};
use runnel_core::fmath;
use runnel_core::value::{as_big, BigIntValue as Big, BinOp};
use runnel_core::{Error, Result, Value};

fn floats(interp: &Interpreter, v: &Value, what: &str) -> Result<Vec<f64>> {
    interp
        .collect(v)?
        .iter()
        .map(|x| crate::modules::args::float(x, what))
        .collect()
}

/// Both inputs as floats, with CPython's checks (`what` names the function in messages).
fn pair(interp: &Interpreter, a: &Args, what: &str, min: usize) -> Result<(Vec<f64>, Vec<f64>)> {
    a.check_count(what, 2, 2)?;
    let x = floats(interp, &a.positional[0], what)?;
    let y = floats(interp, &a.positional[1], what)?;
    let name = what.replace('_', " ");
    if x.len() != y.len() {
        return Err(stat_error(&format!(
            "{name} requires that both inputs have same number of data points"
        )));
    }
    if x.len() < min {
        return Err(stat_error(&format!(
            "{name} requires at least two data points"
        )));
    }
    Ok((x, y))
}

/// `(xbar, ybar, sxy, sxx, syy)` about the means.
fn moments(x: &[f64], y: &[f64]) -> Result<(f64, f64, f64, f64, f64)> {
    let n = x.len() as f64;
    let xbar = fsum_of(x)? / n;
    let ybar = fsum_of(y)? / n;
    let xy: Vec<f64> = x
        .iter()
        .zip(y)
        .map(|(a, b)| (a - xbar) * (b - ybar))
        .collect();
    let xx: Vec<f64> = x.iter().map(|a| (a - xbar) * (a - xbar)).collect();
    let yy: Vec<f64> = y.iter().map(|b| (b - ybar) * (b - ybar)).collect();
    Ok((xbar, ybar, fsum_of(&xy)?, fsum_of(&xx)?, fsum_of(&yy)?))
}

pub(super) fn covariance(interp: &Interpreter, a: Args) -> Result<Value> {
    let (x, y) = pair(interp, &a, "covariance", 2)?;
    let (_, _, sxy, _, _) = moments(&x, &y)?;
    Ok(Value::Float(sxy / (x.len() - 1) as f64))
}

pub(super) fn correlation(interp: &Interpreter, a: Args) -> Result<Value> {
    let (x, y) = pair(interp, &a, "correlation", 2)?;
    let (_, _, sxy, sxx, syy) = moments(&x, &y)?;
    let den = (sxx * syy).sqrt();
    if den == 0.0 {
        return Err(stat_error("at least one of the inputs is constant"));
    }
    Ok(Value::Float(sxy / den))
}

pub(super) fn linear_regression(interp: &Interpreter, mut a: Args) -> Result<Value> {
    let proportional = a.take_keyword("proportional").is_some_and(|v| v.truthy());
    a.finish("linear_regression")?;
    let (sxy, sxx, xbar, ybar) = if proportional {
        // Products of the inputs as Python multiplies them (ints exactly), then fsum.
        a.check_count("linear_regression", 2, 2)?;
        let xs = interp.collect(&a.positional[0])?;
        let ys = interp.collect(&a.positional[1])?;
        pair(interp, &a, "linear_regression", 2)?;
        let prod = |p: &Value, q: &Value| -> Result<f64> {
            crate::modules::args::float(&p.binop(BinOp::Mul, q)?, "linear_regression")
        };
        let xy = xs
            .iter()
            .zip(&ys)
            .map(|(p, q)| prod(p, q))
            .collect::<Result<Vec<_>>>()?;
        let xx = xs.iter().map(|p| prod(p, p)).collect::<Result<Vec<_>>>()?;
        (fsum_of(&xy)?, fsum_of(&xx)?, 0.0, 0.0)
    } else {
        let (x, y) = pair(interp, &a, "linear_regression", 2)?;
        let (xbar, ybar, sxy, sxx, _) = moments(&x, &y)?;
        (sxy, sxx, xbar, ybar)
    };
    if sxx == 0.0 {
        return Err(stat_error("x is constant"));
    }
    let slope = sxy / sxx;
    let intercept = if proportional {
        0.0
    } else {
        ybar - slope * xbar
    };
    crate::modules::collections::named_record(
        "LinearRegression",
        &["slope", "intercept"],
        vec![Value::Float(slope), Value::Float(intercept)],
    )
}

pub(super) fn geometric_mean(interp: &Interpreter, a: Args) -> Result<Value> {
    a.check_count("geometric_mean", 1, 1)?;
    let xs = floats(interp, &a.positional[0], "geometric_mean")?;
    if xs.is_empty() || xs.iter().any(|x| *x <= 0.0) {
        return Err(stat_error(
            "geometric mean requires a non-empty dataset containing positive numbers",
        ));
    }
    let logs: Vec<f64> = xs.iter().map(|x| fmath::ln(*x)).collect();
    Ok(Value::Float(fmath::exp(
        fsum_of(&logs)? / logs.len() as f64,
    )))
}

pub(super) fn harmonic_mean(interp: &Interpreter, mut a: Args) -> Result<Value> {
    let weights = match a.take_keyword("weights") {
        Some(w) => Some(w),
        None if a.positional.len() == 2 => a.positional.pop(),
        None => None,
    };
    a.finish("harmonic_mean")?;
    a.check_count("harmonic_mean", 1, 1)?;
    let weights = weights.filter(|w| !matches!(w, Value::None));
    let data = interp.collect(&a.positional[0])?;
    let negative = || stat_error("harmonic mean does not support negative values");
    match data.as_slice() {
        [] => return Err(stat_error("harmonic_mean requires at least one data point")),
        [x] if weights.is_none() => {
            return if x.py_lt(&Value::Int(0))? {
                Err(negative())
            } else {
                Ok(x.clone())
            }
        }
        _ => {}
    }
    // The weights' exact sum (checked first, as CPython's `_fail_neg` does).
    let weights = match weights {
        None => vec![Value::Int(1); data.len()],
        Some(w) => interp.collect(&w)?,
    };
    if weights.len() != data.len() {
        return Err(stat_error("Number of weights does not match data size"));
    }
    let mut sum_weights = Frac::int(Big::from(0u8));
    for w in &weights {
        if w.py_lt(&Value::Int(0))? {
            return Err(negative());
        }
        sum_weights = sum_weights.add(&exact(w)?);
    }
    // Each term is `w / x` as Python divides (0 for a zero weight); their exact sum;
    // then `sum_weights / total` rounded once.
    let mut total = Frac::int(Big::from(0u8));
    // A nan or infinite term: CPython's `_sum` is then that float sum alone.
    let mut special: Option<f64> = None;
    for (w, x) in weights.iter().zip(&data) {
        if x.py_lt(&Value::Int(0))? {
            return Err(negative());
        }
        if !w.truthy() {
            continue;
        }
        if !x.truthy() {
            return Ok(Value::Int(0));
        }
        let term = match w.binop(BinOp::Div, x)? {
            Value::Float(t) => t,
            other => crate::modules::args::float(&other, "harmonic_mean")?,
        };
        if !term.is_finite() {
            special = Some(special.unwrap_or(0.0) + term);
            continue;
        }
        total = total.add(&float_ratio(term));
    }
    if let Some(t) = special {
        if t <= 0.0 {
            return Err(stat_error("Weighted sum must be positive"));
        }
        return Ok(Value::Float(to_f64(&sum_weights) / t));
    }
    if total.n <= Big::from(0u8) {
        return Err(stat_error("Weighted sum must be positive"));
    }
    Ok(Value::Float(to_f64(&Frac {
        n: sum_weights.n * &total.d,
        d: sum_weights.d * &total.n,
    })))
}

/// An int or float weight as an exact fraction.
fn exact(w: &Value) -> Result<Frac> {
    match as_big(w) {
        Some(b) => Ok(Frac::int(b)),
        None => Ok(float_ratio(crate::modules::args::float(
            w,
            "harmonic_mean",
        )?)),
    }
}

pub(super) fn quantiles(interp: &Interpreter, mut a: Args) -> Result<Value> {
    let n = match a.take_keyword("n") {
        Some(v) => as_big(&v)
            .and_then(|b| i64::try_from(b).ok())
            .ok_or_else(|| Error::type_error("n must be an int"))?,
        None => 4,
    };
    let method = match a.take_keyword("method") {
        Some(Value::Str(s)) => s.to_string(),
        Some(other) => {
            return Err(Error::value_error(format!(
                "Unknown method: {}",
                other.repr()
            )))
        }
        None => "exclusive".to_string(),
    };
    a.finish("quantiles")?;
    a.check_count("quantiles", 1, 1)?;
    if n < 1 {
        return Err(stat_error("n must be at least 1"));
    }
    let mut data = interp.collect(&a.positional[0])?;
    crate::methods::list::sort_values(interp, &mut data, None, false)?;
    let ld = data.len() as i64;
    if ld < 2 {
        return Err(stat_error("must have at least two data points"));
    }
    // (data[lo] * (n - delta) + data[lo + 1] * delta) / n, in Python's arithmetic.
    let point = |lo: i64, delta: i64| -> Result<Value> {
        let a = data[lo as usize].binop(BinOp::Mul, &Value::Int(n - delta))?;
        let b = data[lo as usize + 1].binop(BinOp::Mul, &Value::Int(delta))?;
        a.binop(BinOp::Add, &b)?.binop(BinOp::Div, &Value::Int(n))
    };
    let mut out = Vec::new();
    for i in 1..n {
        out.push(match method.as_str() {
            "inclusive" => {
                let m = ld - 1;
                point((i * m).div_euclid(n), (i * m).rem_euclid(n))?
            }
            "exclusive" => {
                let m = ld + 1;
                let j = (i * m / n).clamp(1, ld - 1);
                point(j - 1, i * m - j * n)?
            }
            _ => return Err(Error::value_error(format!("Unknown method: '{method}'"))),
        });
    }
    Ok(Value::list(out))
}

/// `median_grouped(data, interval=1.0)`: the 50th percentile of data grouped in classes
/// of width `interval` centred on the values, by interpolation, in floats as CPython 3.11
/// computes it (`float()` of the middle value and the interval: strings of numbers too).
pub(super) fn median_grouped(interp: &Interpreter, mut a: Args) -> Result<Value> {
    let data = a.require(0, "data", "median_grouped")?;
    let interval = a.take(1, "interval").unwrap_or(Value::Float(1.0));
    a.finish("median_grouped")?;
    let mut xs = interp.collect(&data)?;
    crate::methods::list::sort_values(interp, &mut xs, None, false)?;
    let n = xs.len();
    if n == 0 {
        return Err(stat_error("no median for empty data"));
    }
    let x = xs[n / 2].clone();
    // bisect_left and bisect_right of x: where its run of equal values starts and ends.
    let lt = |v: &Value, w: &Value| v.py_compare(runnel_core::value::CmpOp::Lt, w);
    let mut first = n / 2;
    while first > 0 && !lt(&xs[first - 1], &x)? {
        first -= 1;
    }
    let mut end = n / 2 + 1;
    while end < n && !lt(&x, &xs[end])? {
        end += 1;
    }
    let to_float = |v: &Value| -> Result<f64> {
        let float = interp
            .builtin("float")
            .ok_or_else(|| Error::type_error("float"))?;
        match interp.call_value(&float, Args::new(vec![v.clone()])) {
            Ok(Value::Float(f)) => Ok(f),
            Ok(other) => super::args::float(&other, "float"),
            Err(e) if e.exc_type == "ValueError" => {
                Err(Error::type_error("Value cannot be converted to a float"))
            }
            Err(e) => Err(e),
        }
    };
    let interval = to_float(&interval)?;
    let lower = to_float(&x)? - interval / 2.0;
    let below = n as f64 / 2.0 - first as f64;
    Ok(Value::Float(
        lower + interval * below / (end - first) as f64,
    ))
}
