//! Attributes and methods of numbers, as CPython's `int` (`bool` included) and `float`
//! have them: `real`/`imag`/`numerator`/`denominator`, `bit_length`, `bit_count`,
//! `conjugate`, `as_integer_ratio`, `is_integer`. Ints of any size (a big int is an
//! object of its own, see runnel_core's `bigint`).

use crate::Args;
use num_traits::Signed;
use runnel_core::value::BigIntValue as Big;
use runnel_core::value::{as_big, int_value};
use runnel_core::{Error, Result, Value};

/// The methods of `int` (and `bool`).
const INT_NAMES: &[&str] = &[
    "bit_length",
    "bit_count",
    "conjugate",
    "as_integer_ratio",
    "to_bytes",
];
/// The methods of `float`.
const FLOAT_NAMES: &[&str] = &["is_integer", "conjugate", "as_integer_ratio", "hex"];

/// The int behind an int value (`Int`, `Bool`, big int), `None` for anything else.
fn int_of(v: &Value) -> Option<Big> {
    as_big(v)
}

/// The special methods of both that programs call by name (`methodcaller("__round__")`).
const DUNDERS: &[&str] = &[
    "__round__",
    "__abs__",
    "__neg__",
    "__pos__",
    "__int__",
    "__float__",
    "__trunc__",
    "__floor__",
    "__ceil__",
    "__index__",
    "__format__",
];

/// Whether `v` has the number method `name`.
pub(crate) fn has_method(v: &Value, name: &str) -> bool {
    let number = matches!(v, Value::Float(_)) || int_of(v).is_some();
    match v {
        // Floats are no index.
        Value::Float(_) if name == "__index__" => false,
        _ if number && DUNDERS.contains(&name) => true,
        Value::Float(_) => FLOAT_NAMES.contains(&name),
        _ => int_of(v).is_some() && INT_NAMES.contains(&name),
    }
}

/// `x.__round__(n)`, `x.__floor__()`... as `round(x, n)`, `math.floor(x)`... do them.
fn dunder_call(v: &Value, name: &str, mut args: Args) -> Result<Value> {
    let qualified = format!("{}.{name}", v.type_name());
    if name == "__round__" {
        let nd = args.take(0, "ndigits");
        args.finish(&qualified)?;
        let nd = match nd {
            None | Some(Value::None) => None,
            Some(n) => Some(runnel_core::value::to_int_value(&n).and_then(|n| match n {
                Value::Int(i) => Ok(i.clamp(-400, 400)),
                _ => Err(Error::overflow(
                    "Python int too large to convert to C ssize_t",
                )),
            })?),
        };
        if runnel_core::value::is_big(v) {
            return Ok(crate::builtins::round_big(v, nd));
        }
        return runnel_core::value::round(v, nd);
    }
    if name == "__format__" {
        args.check_count(&qualified, 1, 1)?;
        return match &args.positional[0] {
            Value::Str(spec) => runnel_core::value::format_value(v, spec).map(|s| Value::str(&s)),
            other => Err(Error::type_error(format!(
                "__format__() argument must be str, not {}",
                other.type_name()
            ))),
        };
    }
    args.check_count(&qualified, 0, 0)?;
    let floor_ceil = |f: fn(f64) -> f64| match v {
        Value::Float(x) => runnel_core::value::to_int_value(&Value::Float(f(*x))),
        _ => runnel_core::value::to_int_value(v),
    };
    match name {
        "__abs__" => match v {
            Value::Float(x) => Ok(Value::Float(x.abs())),
            _ => Ok(int_value(int_of(v).unwrap_or_default().abs())),
        },
        "__neg__" => v.neg(),
        "__pos__" => v.pos(),
        "__float__" => runnel_core::value::to_float(v).map(Value::Float),
        "__floor__" => floor_ceil(f64::floor),
        "__ceil__" => floor_ceil(f64::ceil),

        _ => runnel_core::value::to_int_value(v),
    }
}

/// `v.name` for the data attributes; `None` when `v` is no number or has no such one.
pub(crate) fn attr(v: &Value, name: &str) -> Option<Value> {
    if let Value::Float(x) = v {
        return match name {
            "real" => Some(Value::Float(*x)),
            "imag" => Some(Value::Float(0.0)),
            _ => None,
        };
    }
    let i = int_of(v)?;
    match name {
        "real" | "numerator" => Some(int_value(i)),
        "imag" => Some(Value::Int(0)),
        "denominator" => Some(Value::Int(1)),
        _ => None,
    }
}

/// `v.name(args)`; `None` when `v` is no number or has no such method.
pub(crate) fn call(v: &Value, name: &str, args: Args) -> Option<Result<Value>> {
    if !has_method(v, name) {
        return None;
    }
    if DUNDERS.contains(&name) {
        return Some(dunder_call(v, name, args));
    }
    if name == "to_bytes" {
        return Some(super::int_bytes::to_bytes(&int_of(v)?, args));
    }
    let qualified = format!("{}.{name}", v.type_name());
    if let Err(e) = args
        .check_count(&qualified, 0, 0)
        .and_then(|_| args.finish(&qualified))
    {
        return Some(Err(e));
    }
    if let Value::Float(x) = v {
        return Some(float_call(*x, name));
    }
    let i = int_of(v)?;
    Some(Ok(match name {
        "bit_length" => Value::Int(i.bits() as i64),
        "bit_count" => Value::Int(i.magnitude().count_ones() as i64),
        "conjugate" => int_value(i),
        _ => Value::tuple(vec![int_value(i), Value::Int(1)]),
    }))
}

fn float_call(x: f64, name: &str) -> Result<Value> {
    match name {
        "is_integer" => Ok(Value::Bool(x.is_finite() && x.fract() == 0.0)),
        "conjugate" => Ok(Value::Float(x)),
        "hex" => Ok(Value::str(&super::float_hex::hex(x))),
        _ => integer_ratio(x),
    }
}

/// `float.as_integer_ratio()`: the exact fraction in lowest terms, positive denominator.
fn integer_ratio(x: f64) -> Result<Value> {
    if x.is_nan() {
        return Err(Error::value_error("cannot convert NaN to integer ratio"));
    }
    if x.is_infinite() {
        return Err(Error::overflow("cannot convert Infinity to integer ratio"));
    }
    if x == 0.0 {
        return Ok(Value::tuple(vec![Value::Int(0), Value::Int(1)]));
    }
    // x = mantissa * 2**exp with an odd-or-zero mantissa after removing trailing zeros.
    let bits = x.to_bits();
    let exp_bits = ((bits >> 52) & 0x7ff) as i64;
    let frac = bits & ((1u64 << 52) - 1);
    let (mut mantissa, mut exp) = if exp_bits == 0 {
        (frac, -1074)
    } else {
        (frac | (1u64 << 52), exp_bits - 1075)
    };
    let shift = mantissa
        .trailing_zeros()
        .min(if exp < 0 { (-exp) as u32 } else { 63 });
    mantissa >>= shift;
    exp += shift as i64;
    let mut num = Big::from(mantissa);
    let mut den = Big::from(1u8);
    if exp > 0 {
        num <<= exp as usize;
    } else {
        den <<= (-exp) as usize;
    }
    if x < 0.0 {
        num = -num;
    }
    Ok(Value::tuple(vec![int_value(num), int_value(den)]))
}
