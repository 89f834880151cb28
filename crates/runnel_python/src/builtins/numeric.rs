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
    let x = crate::runtime::builtin_base::plain(&x);
    args.finish("round")?;
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
    if instance_rc(a).is_some() {
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
        if let Some(r) = runnel_core::value::big_pow_mod(a, b, m) {
            return r;
        }
        if let (Value::Int(base), Value::Int(exp), Value::Int(m)) = (a, b, m) {
            if *m == 0 {
                return Err(Error::value_error("pow() 3rd argument cannot be 0"));
            }
            let (mut result, mut base, mut exp, m) = (
                1i128,
                (*base as i128).rem_euclid(*m as i128),
                *exp,
                *m as i128,
            );
            if exp < 0 {
                return Err(Error::value_error(
                    "base is not invertible for the given modulus",
                ));
            }
            while exp > 0 {
                if exp & 1 == 1 {
                    result = result * base % m;
                }
                base = base * base % m;
                exp >>= 1;
            }
            let r = result.rem_euclid(m);
            let r = if m < 0 && r != 0 { r + m } else { r };
            return Ok(Value::Int(r as i64));
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
    match one(args, name)? {
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
