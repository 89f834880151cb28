//! The `cmath` module as CPython 3.11's: its algorithms and C99 special-value tables
//! (`funcs`, `special`), its argument conversions and its error wording.

mod funcs;
mod special;

use crate::native::NativeFunction;
use crate::Args;
use funcs::{Errno, Out};
use runnel_core::value::Complex as C;
use runnel_core::{Error, Result, Value};

/// A complex argument: a complex, a real number (a float subclass's value included), or
/// an int (too large a one is CPython's `OverflowError`).
fn complex_arg(v: &Value) -> Result<C> {
    if runnel_core::value::is_big(v) {
        return Ok(C {
            re: runnel_core::value::to_float(v)?,
            im: 0.0,
        });
    }
    let plain = crate::runtime::builtin_base::plain(v);
    C::of(&plain)
        .ok_or_else(|| Error::type_error(format!("must be real number, not {}", v.type_name())))
}

fn real_arg(v: &Value) -> Result<f64> {
    match complex_arg(v)? {
        z if v.downcast::<C>().is_none() => Ok(z.re),
        _ => Err(Error::type_error("must be real number, not complex")),
    }
}

/// CPython's `math_error`: what a function's `errno` raises.
fn raise(out: Out) -> Result<Value> {
    match out.1 {
        Errno::Clear => Ok(C::value(out.0.re, out.0.im)),
        Errno::Edom => Err(Error::value_error("math domain error")),
        Errno::Erange => Err(Error::overflow("math range error")),
    }
}

/// The one argument of a one-argument function (Argument Clinic's wording).
fn one(name: &str, a: &Args) -> Result<C> {
    if !a.keywords.is_empty() {
        return Err(Error::type_error(format!(
            "cmath.{name}() takes no keyword arguments"
        )));
    }
    match a.positional.as_slice() {
        [z] => complex_arg(z),
        other => Err(Error::type_error(format!(
            "cmath.{name}() takes exactly one argument ({} given)",
            other.len()
        ))),
    }
}

fn unary(name: &'static str, f: fn(C) -> Out) -> (&'static str, Value) {
    (
        name,
        NativeFunction::new(name, move |_, a| raise(f(one(name, &a)?))),
    )
}

fn predicate(name: &'static str, f: fn(f64) -> bool, both: bool) -> (&'static str, Value) {
    let func = NativeFunction::new(name, move |_, a| {
        let z = one(name, &a)?;
        Ok(Value::Bool(match both {
            true => f(z.re) && f(z.im),
            false => f(z.re) || f(z.im),
        }))
    });
    (name, func)
}

/// `log(z[, base])`: as in CPython, only the last logarithm's `errno` counts (so
/// `log(0j, 2)` is `-inf+nanj`), then the division's (a base of 1 divides by zero).
fn log(_: &crate::Interpreter, a: Args) -> Result<Value> {
    if !a.keywords.is_empty() {
        return Err(Error::type_error("log() takes no keyword arguments"));
    }
    let n = a.positional.len();
    if !(1..=2).contains(&n) {
        let (bound, what) = if n == 0 { ("least", 1) } else { ("most", 2) };
        let s = if what == 1 { "" } else { "s" };
        return Err(Error::type_error(format!(
            "log expected at {bound} {what} argument{s}, got {n}"
        )));
    }
    let x = complex_arg(&a.positional[0])?;
    let (mut r, mut e) = funcs::log(x);
    if let Some(base) = a.positional.get(1) {
        let (b, eb) = funcs::log(complex_arg(base)?);
        e = eb;
        match C::quot(r, b) {
            Ok(q) => r = q,
            Err(_) => e = Errno::Edom,
        }
    }
    raise((r, e))
}

/// `phase(z)`: glibc's `atan2` sets `errno` to `ERANGE` when its result underflows to
/// zero from a nonzero `y` (`phase(1e300+1e-300j)`), which CPython raises.
fn phase(_: &crate::Interpreter, a: Args) -> Result<Value> {
    let z = one("phase", &a)?;
    let phi = runnel_core::fmath::atan2(z.im, z.re);
    if phi == 0.0 && z.im != 0.0 && z.re.is_finite() {
        return Err(Error::overflow("math range error"));
    }
    Ok(Value::Float(phi))
}

fn polar(_: &crate::Interpreter, a: Args) -> Result<Value> {
    let z = one("polar", &a)?;
    let phi = runnel_core::fmath::atan2(z.im, z.re);
    let r = z.abs();
    if r.is_infinite() && z.re.is_finite() && z.im.is_finite() {
        return Err(Error::overflow("math range error"));
    }
    Ok(Value::tuple(vec![Value::Float(r), Value::Float(phi)]))
}

fn rect(_: &crate::Interpreter, a: Args) -> Result<Value> {
    if !a.keywords.is_empty() {
        return Err(Error::type_error("cmath.rect() takes no keyword arguments"));
    }
    let [r, phi] = a.positional.as_slice() else {
        return Err(Error::type_error(format!(
            "rect expected 2 arguments, got {}",
            a.positional.len()
        )));
    };
    raise(funcs::rect(real_arg(r)?, real_arg(phi)?))
}

/// `isclose(a, b, *, rel_tol=1e-09, abs_tol=0.0)`.
fn isclose(_: &crate::Interpreter, mut a: Args) -> Result<Value> {
    if a.positional.len() > 2 {
        return Err(Error::type_error(format!(
            "isclose() takes exactly 2 positional arguments ({} given)",
            a.positional.len()
        )));
    }
    let missing = |name: &str, pos: usize| {
        Error::type_error(format!(
            "isclose() missing required argument '{name}' (pos {pos})"
        ))
    };
    let x = a.take(0, "a").ok_or_else(|| missing("a", 1))?;
    let y = a.take(1, "b").ok_or_else(|| missing("b", 2))?;
    let rel = a
        .take_keyword("rel_tol")
        .map(|v| real_arg(&v))
        .transpose()?;
    let abs = a
        .take_keyword("abs_tol")
        .map(|v| real_arg(&v))
        .transpose()?;
    if let Some((k, _)) = a.keywords.first() {
        return Err(Error::type_error(format!(
            "'{k}' is an invalid keyword argument for isclose()"
        )));
    }
    let (x, y) = (complex_arg(&x)?, complex_arg(&y)?);
    let (rel, abs) = (rel.unwrap_or(1e-9), abs.unwrap_or(0.0));
    if rel < 0.0 || abs < 0.0 {
        return Err(Error::value_error("tolerances must be non-negative"));
    }
    if x.re == y.re && x.im == y.im {
        return Ok(Value::Bool(true));
    }
    if [x.re, x.im, y.re, y.im].iter().any(|p| p.is_infinite()) {
        return Ok(Value::Bool(false));
    }
    let diff = C {
        re: x.re - y.re,
        im: x.im - y.im,
    }
    .abs();
    let close = diff <= rel * y.abs() || diff <= rel * x.abs() || diff <= abs;
    Ok(Value::Bool(close))
}

pub(super) fn attrs() -> Vec<(&'static str, Value)> {
    let mut out = vec![
        ("pi", Value::Float(std::f64::consts::PI)),
        ("e", Value::Float(std::f64::consts::E)),
        ("tau", Value::Float(std::f64::consts::TAU)),
        ("inf", Value::Float(f64::INFINITY)),
        ("infj", C::value(0.0, f64::INFINITY)),
        ("nan", Value::Float(f64::NAN)),
        ("nanj", C::value(0.0, f64::NAN)),
        ("log", NativeFunction::new("log", log)),
        ("phase", NativeFunction::new("phase", phase)),
        ("polar", NativeFunction::new("polar", polar)),
        ("rect", NativeFunction::new("rect", rect)),
        ("isclose", NativeFunction::new("isclose", isclose)),
        predicate("isfinite", f64::is_finite, true),
        predicate("isinf", f64::is_infinite, false),
        predicate("isnan", f64::is_nan, false),
    ];
    out.extend([
        unary("sqrt", funcs::sqrt),
        unary("exp", funcs::exp),
        unary("log10", funcs::log10),
        unary("sin", funcs::sin),
        unary("cos", funcs::cos),
        unary("tan", funcs::tan),
        unary("asin", funcs::asin),
        unary("acos", funcs::acos),
        unary("atan", funcs::atan),
        unary("sinh", funcs::sinh),
        unary("cosh", funcs::cosh),
        unary("tanh", funcs::tanh),
        unary("asinh", funcs::asinh),
        unary("acosh", funcs::acosh),
        unary("atanh", funcs::atanh),
    ]);
    out
}
