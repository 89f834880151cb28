//! The `math` module.

use crate::native::NativeFunction;
use crate::Args;
use runnel_core::{Error, Result, Value};

fn num(v: &Value) -> Result<f64> {
    match v {
        Value::Int(i) => Ok(*i as f64),
        Value::Bool(b) => Ok(*b as i64 as f64),
        Value::Float(x) => Ok(*x),
        big if runnel_core::value::is_big(big) => runnel_core::value::to_float(big),
        other if crate::runtime::builtin_base::base_of(other).is_some() => {
            num(&crate::runtime::builtin_base::plain(other))
        }
        other => Err(Error::type_error(format!(
            "must be real number, not {}",
            other.type_name()
        ))),
    }
}

fn arg(args: &Args, name: &str, i: usize) -> Result<f64> {
    num(args
        .positional
        .get(i)
        .ok_or_else(|| Error::type_error(format!("math.{name}() missing argument")))?)
}

fn to_int(x: f64) -> Result<Value> {
    if x.is_nan() {
        return Err(Error::value_error("cannot convert float NaN to integer"));
    }
    if x.is_infinite() {
        return Err(Error::overflow("cannot convert float infinity to integer"));
    }
    // Beyond 64 bits the result is a big int, as in Python.
    runnel_core::value::to_int_value(&Value::Float(x.trunc()))
}

pub(super) fn attrs() -> Vec<(&'static str, Value)> {
    let mut out = basics();
    out.extend(super::math_more::attrs());
    out.extend(super::math_ieee::attrs());
    out.extend(super::math_log::attrs());
    out.extend(super::math_norm::attrs());
    out
}

fn basics() -> Vec<(&'static str, Value)> {
    vec![
        ("pi", Value::Float(std::f64::consts::PI)),
        ("e", Value::Float(std::f64::consts::E)),
        ("tau", Value::Float(std::f64::consts::TAU)),
        ("inf", Value::Float(f64::INFINITY)),
        ("nan", Value::Float(f64::NAN)),
        (
            "floor",
            NativeFunction::new("floor", |_, args| {
                args.check_count("floor", 1, 1)?;
                match &args.positional[0] {
                    Value::Int(i) => Ok(Value::Int(*i)),
                    big if runnel_core::value::is_big(big) => Ok(big.clone()),
                    v => to_int(num(v)?.floor()),
                }
            }),
        ),
        (
            "ceil",
            NativeFunction::new("ceil", |_, args| {
                args.check_count("ceil", 1, 1)?;
                match &args.positional[0] {
                    Value::Int(i) => Ok(Value::Int(*i)),
                    big if runnel_core::value::is_big(big) => Ok(big.clone()),
                    v => to_int(num(v)?.ceil()),
                }
            }),
        ),
        (
            "trunc",
            NativeFunction::new("trunc", |_, args| {
                args.check_count("trunc", 1, 1)?;
                to_int(arg(&args, "trunc", 0)?.trunc())
            }),
        ),
        (
            "isnan",
            NativeFunction::new("isnan", |_, args| {
                args.check_count("isnan", 1, 1)?;
                Ok(Value::Bool(arg(&args, "isnan", 0)?.is_nan()))
            }),
        ),
        (
            "isinf",
            NativeFunction::new("isinf", |_, args| {
                args.check_count("isinf", 1, 1)?;
                Ok(Value::Bool(arg(&args, "isinf", 0)?.is_infinite()))
            }),
        ),
        (
            "isfinite",
            NativeFunction::new("isfinite", |_, args| {
                args.check_count("isfinite", 1, 1)?;
                Ok(Value::Bool(arg(&args, "isfinite", 0)?.is_finite()))
            }),
        ),
    ]
}
