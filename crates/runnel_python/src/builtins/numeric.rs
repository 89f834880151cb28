//! Built-in functions on numbers: `abs`, `round`, `divmod`, `pow`, `hex`, `bin`, `oct`.

use super::funcs::one;
use crate::{Args, Interpreter};
use runnel_core::{Error, Result, Value};

pub(super) fn abs(_: &Interpreter, args: Args) -> Result<Value> {
    match crate::runtime::builtin_base::plain(&one(&args, "abs")?) {
        Value::Int(i) => Ok(i
            .checked_abs()
            .map_or_else(|| runnel_core::value::int_value(num_abs_min()), Value::Int)),
        Value::Bool(b) => Ok(Value::Int(b as i64)),
        Value::Float(x) => Ok(Value::Float(x.abs())),
        Value::Object(o) if o.unary("abs").is_some() => o.unary("abs").unwrap_or(Ok(Value::None)),
        other => Err(Error::type_error(format!(
            "bad operand type for abs(): '{}'",
            other.type_name()
        ))),
    }
}

/// `abs(-2**63)`, which does not fit 64 bits.
fn num_abs_min() -> runnel_core::value::BigIntValue {
    runnel_core::value::as_big(&Value::Int(i64::MIN))
        .map(|b| -b)
        .unwrap_or_default()
}

pub(super) fn round(_: &Interpreter, mut args: Args) -> Result<Value> {
    let ndigits = args.take(1, "ndigits");
    let x = args
        .take(0, "number")
        .ok_or_else(|| Error::type_error("round() missing required argument 'number' (pos 1)"))?;
    args.finish("round")?;
    // A class's own `__round__` (`round(v)` and `round(v, n)`).
    if let Some(inst) = x.downcast::<crate::runtime::class::Instance>() {
        let rest: Vec<Value> = ndigits.clone().into_iter().collect();
        if let Some(r) = inst.call_special("__round__", rest) {
            return r;
        }
    }
    let x = crate::runtime::builtin_base::plain(&x);
    let nd = match ndigits {
        None | Some(Value::None) => None,
        Some(Value::Int(i)) => Some(i),
        Some(other) => {
            return Err(Error::type_error(format!(
                "'{}' object cannot be interpreted as an integer",
                other.type_name()
            )))
        }
    };
    if runnel_core::value::is_big(&x) {
        return Ok(round_big(&x, nd));
    }
    // Beyond ±400 digits every result is the same; clamping also keeps the core's `-n`
    // from overflowing on i64::MIN (a core bug reported to the lead).
    runnel_core::value::round(&x, nd.map(|n| n.clamp(-400, 400)))
}

pub(super) fn divmod(_: &Interpreter, args: Args) -> Result<Value> {
    args.check_count("divmod", 2, 2)?;
    let (a, b) = (&args.positional[0], &args.positional[1]);
    if let Some(r) = object_divmod(a, b) {
        return r;
    }
    // Instances of int and float subclasses divide as their numbers.
    let plain = crate::runtime::builtin_base::plain;
    plain(a).divmod(&plain(b))
}

/// `divmod(a, b)` where an object decides it: a class's `__divmod__` (or `b`'s
/// `__rdivmod__`) unless it returns `NotImplemented`, else a built-in object that has
/// `//` and `%` with `b` (a timedelta by a timedelta), as `(a // b, a % b)`.
fn object_divmod(a: &Value, b: &Value) -> Option<Result<Value>> {
    use crate::runtime::class::{instance_rc, is_not_implemented};
    use runnel_core::value::BinOp;
    for (recv, name, other) in [(a, "__divmod__", b), (b, "__rdivmod__", a)] {
        if let Some(inst) = instance_rc(recv) {
            match inst.call_special(name, vec![other.clone()]) {
                Some(Ok(v)) if is_not_implemented(&v) => {}
                Some(r) => return Some(r),
                None => {}
            }
        }
    }
    let Value::Object(o) = a else { return None };
    // A big int divides in the core's divmod (its float and zero cases are CPython's).
    if instance_rc(a).is_some() || runnel_core::value::is_big(a) {
        return None;
    }
    let q = o.binop(BinOp::FloorDiv, b, false)?;
    let r = o.binop(BinOp::Mod, b, false)?;
    Some(q.and_then(|q| Ok(Value::pair(q, r?))))
}

pub(super) fn pow(interp: &Interpreter, args: Args) -> Result<Value> {
    args.check_count("pow", 2, 3)?;
    let (a, b) = (&args.positional[0], &args.positional[1]);
    if let Some(m) = args.positional.get(2) {
        // Ints of any size (bools too), as CPython's long_pow.
        if let Some(r) = runnel_core::value::big_pow_mod(a, b, m) {
            return r;
        }
        return Err(Error::type_error(
            "pow() 3rd argument not allowed unless all arguments are integers",
        ));
    }
    crate::runtime::ops::binop(
        crate::runtime::ops::Op::Pow,
        a,
        b,
        interp.config.max_collection_len,
    )
}

fn radix(args: &Args, name: &str, prefix: &str, f: fn(u64) -> String) -> Result<Value> {
    let v = one(args, name)?;
    // A class's `__index__` gives the int (an int subclass is its number).
    let v = match v.downcast::<crate::runtime::class::Instance>() {
        Some(inst) => match inst.call_special("__index__", vec![]) {
            Some(r) => match r? {
                n @ (Value::Int(_) | Value::Bool(_)) => n,
                n if runnel_core::value::is_big(&n) => n,
                other => {
                    return Err(Error::type_error(format!(
                        "__index__ returned non-int (type {})",
                        other.type_name()
                    )))
                }
            },
            None => crate::runtime::builtin_base::plain(&v),
        },
        None => v,
    };
    match v {
        Value::Int(i) => {
            let sign = if i < 0 { "-" } else { "" };
            Ok(Value::str(&format!(
                "{sign}{prefix}{}",
                f(i.unsigned_abs())
            )))
        }
        Value::Bool(b) => Ok(Value::str(&format!("{prefix}{}", b as u8))),
        other if runnel_core::value::is_big(&other) => {
            let radix = match prefix {
                "0x" => 16,
                "0o" => 8,
                _ => 2,
            };
            Ok(Value::str(
                &runnel_core::value::big_radix(&other, radix, prefix).unwrap_or_default(),
            ))
        }
        other => Err(Error::type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            other.type_name()
        ))),
    }
}

pub(super) fn hex(_: &Interpreter, args: Args) -> Result<Value> {
    radix(&args, "hex", "0x", |u| format!("{u:x}"))
}

pub(super) fn bin(_: &Interpreter, args: Args) -> Result<Value> {
    radix(&args, "bin", "0b", |u| format!("{u:b}"))
}

pub(super) fn oct(_: &Interpreter, args: Args) -> Result<Value> {
    radix(&args, "oct", "0o", |u| format!("{u:o}"))
}

/// `complex(real=0, imag=0)` and `complex("1+2j")`.
pub(super) fn complex(_: &Interpreter, mut args: Args) -> Result<Value> {
    use runnel_core::value::Complex;
    args.check_count("complex", 0, 2)?;
    let re = args.take(0, "real").unwrap_or(Value::Int(0));
    let im = args.take(1, "imag");
    args.finish("complex")?;
    if let Value::Str(s) = &re {
        if im.is_some() {
            return Err(Error::type_error(
                "complex() can't take second arg if first is a string",
            ));
        }
        return parse_complex(s).map(|(re, im)| Complex::value(re, im));
    }
    let part = |v: &Value, what: &str| {
        Complex::of(&crate::runtime::builtin_base::plain(v)).ok_or_else(|| {
            Error::type_error(format!(
                "complex() {what} must be a number, not '{}'",
                v.type_name()
            ))
        })
    };
    let is_complex = |v: &Value| v.downcast::<Complex>().is_some();
    let r = part(&re, "first argument")?;
    let Some(im) = im else {
        return Ok(Complex::value(r.re, r.im));
    };
    let i = part(&im, "second argument")?;
    // CPython: real + imag * 1j, by parts, adding only a complex argument's other part
    // (so `complex(2.5, -0.0)` keeps its negative zero).
    let real = if is_complex(&im) { r.re - i.im } else { r.re };
    let imag = if is_complex(&re) { i.re + r.im } else { i.re };
    Ok(Complex::value(real, imag))
}

/// CPython's `complex_from_string`: `a`, `bj`, `a+bj`, optionally in parentheses.
fn parse_complex(s: &str) -> Result<(f64, f64)> {
    let bad = || Error::value_error("complex() arg is a malformed string");
    let mut t = s.trim();
    if let Some(inner) = t.strip_prefix('(').and_then(|r| r.strip_suffix(')')) {
        t = inner.trim();
    }
    let float = |x: &str| -> Result<f64> {
        match x {
            "" | "+" => Ok(1.0),
            "-" => Ok(-1.0),
            _ if x.contains(char::is_whitespace) => Err(bad()),
            _ => runnel_core::value::to_float(&Value::str(x)).map_err(|_| bad()),
        }
    };
    let Some(body) = t.strip_suffix(['j', 'J']) else {
        return Ok((float_strict(t).map_err(|_| bad())?, 0.0));
    };
    // The imaginary part starts at the last sign that is not an exponent's.
    let split = body
        .char_indices()
        .rev()
        .find(|&(i, c)| {
            (c == '+' || c == '-') && i > 0 && !matches!(body.as_bytes()[i - 1], b'e' | b'E')
        })
        .map(|(i, _)| i);
    match split {
        Some(i) => Ok((
            float_strict(&body[..i]).map_err(|_| bad())?,
            float(&body[i..])?,
        )),
        None => Ok((0.0, float(body)?)),
    }
}

fn float_strict(x: &str) -> Result<f64> {
    runnel_core::value::to_float(&Value::str(x))
}

/// `round(n, nd)` of an int beyond 64 bits: itself unless `nd` is negative, else the
/// nearest multiple of `10**-nd`, halves to the even multiple (as CPython's `long_round`).
pub(crate) fn round_big(x: &Value, nd: Option<i64>) -> Value {
    use num_integer::Integer;
    use runnel_core::value::{as_big, int_value, BigIntValue as Big};
    let (Some(n), Some(nd)) = (as_big(x), nd.filter(|d| *d < 0)) else {
        return x.clone();
    };
    let q = num_traits::pow(Big::from(10u8), nd.unsigned_abs().min(100_000) as usize);
    let (div, rem) = n.div_mod_floor(&q);
    let twice: Big = rem * 2u8;
    let up = twice > q || (twice == q && div.is_odd());
    int_value((if up { div + 1u8 } else { div }) * q)
}
