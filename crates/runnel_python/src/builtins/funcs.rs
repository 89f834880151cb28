//! Built-in functions on single values.

use super::types::TypeObj;
use crate::exceptions::{class_name, is_subclass, value_type};
use crate::native::NativeClass;
use crate::{Args, Interpreter};
use runnel_core::value::python_hash;
use runnel_core::{Error, Result, Value};

fn one(args: &Args, name: &str) -> Result<Value> {
    args.finish(name)?;
    args.check_count(name, 1, 1)?;
    Ok(args.positional[0].clone())
}

pub(super) fn len(_: &Interpreter, args: Args) -> Result<Value> {
    let v = one(&args, "len")?;
    let n = match &v {
        Value::Str(s) => {
            if s.is_ascii() {
                s.len()
            } else {
                s.chars().count()
            }
        }
        Value::Tuple(t) => t.len(),
        Value::List(l) => l.borrow()?.len(),
        Value::Dict(d) => d.borrow()?.len(),
        Value::Set(s) => s.borrow()?.len(),
        Value::FrozenSet(s) => s.len(),
        Value::Object(o) => o.len().ok_or_else(|| {
            Error::type_error(format!("object of type '{}' has no len()", v.type_name()))
        })?,
        other => {
            return Err(Error::type_error(format!(
                "object of type '{}' has no len()",
                other.type_name()
            )))
        }
    };
    Ok(Value::Int(n as i64))
}

pub(super) fn print(interp: &Interpreter, mut args: Args) -> Result<Value> {
    let sep = args.take_keyword("sep");
    let end = args.take_keyword("end");
    let _ = args.take_keyword("flush");
    args.finish("print")?;
    let text_of = |v: Option<Value>, default: &str, what: &str| -> Result<String> {
        match v {
            None | Some(Value::None) => Ok(default.to_string()),
            Some(Value::Str(s)) => Ok(s.to_string()),
            Some(other) => Err(Error::type_error(format!(
                "{what} must be None or a string, not {}",
                other.type_name()
            ))),
        }
    };
    let sep = text_of(sep, " ", "sep")?;
    let end = text_of(end, "\n", "end")?;
    let mut out = String::new();
    for (i, v) in args.positional.iter().enumerate() {
        if i > 0 {
            out.push_str(&sep);
        }
        match v {
            Value::Str(s) => out.push_str(s),
            other => out.push_str(&other.to_str()),
        }
    }
    out.push_str(&end);
    interp.write_out(&out);
    Ok(Value::None)
}

pub(super) fn repr(_: &Interpreter, args: Args) -> Result<Value> {
    Ok(Value::str(&one(&args, "repr")?.repr()))
}

pub(super) fn abs(_: &Interpreter, args: Args) -> Result<Value> {
    match one(&args, "abs")? {
        Value::Int(i) => i
            .checked_abs()
            .map(Value::Int)
            .ok_or_else(|| Error::overflow("integer overflow")),
        Value::Bool(b) => Ok(Value::Int(b as i64)),
        Value::Float(x) => Ok(Value::Float(x.abs())),
        other => Err(Error::type_error(format!(
            "bad operand type for abs(): '{}'",
            other.type_name()
        ))),
    }
}

/// Python's round-half-to-even on the decimal representation.
fn round_float(x: f64, digits: i64) -> f64 {
    if !x.is_finite() {
        return x;
    }
    if digits > 300 {
        return x;
    }
    // Format with enough precision, then let the exact decimal string decide (as CPython does).
    let p = digits.max(0) as usize;
    if digits >= 0 {
        let s = format!("{:.*}", p, x);
        let r: f64 = s.parse().unwrap_or(x);
        // Rust's formatting rounds half to even on the exact binary value, like CPython.
        r
    } else {
        let m = 10f64.powi((-digits) as i32);
        let y = x / m;
        let r = y.round();
        let r = if (y - y.trunc()).abs() == 0.5 {
            2.0 * (y / 2.0).round()
        } else {
            r
        };
        r * m
    }
}

pub(super) fn round(_: &Interpreter, mut args: Args) -> Result<Value> {
    let ndigits = args.take(1, "ndigits");
    let x = args
        .take(0, "number")
        .ok_or_else(|| Error::type_error("round() missing required argument 'number' (pos 1)"))?;
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
    match (x, nd) {
        (Value::Int(i), Some(d)) if d < 0 => {
            // Round half to even at 10**-d.
            let m = 10i64.checked_pow((-d) as u32).unwrap_or(i64::MAX);
            let (q, r) = (i.div_euclid(m), i.rem_euclid(m));
            let q = if r * 2 > m || (r * 2 == m && q % 2 != 0) {
                q + 1
            } else {
                q
            };
            Ok(Value::Int(q.saturating_mul(m)))
        }
        (Value::Int(i), _) => Ok(Value::Int(i)),
        (Value::Bool(b), _) => Ok(Value::Int(b as i64)),
        (Value::Float(f), None) => {
            if !f.is_finite() {
                return Err(if f.is_nan() {
                    Error::value_error("cannot convert float NaN to integer")
                } else {
                    Error::overflow("cannot convert float infinity to integer")
                });
            }
            let r = f.round();
            let r = if (f - f.trunc()).abs() == 0.5 {
                2.0 * (f / 2.0).round()
            } else {
                r
            };
            Ok(Value::Int(r as i64))
        }
        (Value::Float(f), Some(d)) => Ok(Value::Float(round_float(f, d))),
        (other, _) => Err(Error::type_error(format!(
            "type {} doesn't define __round__ method",
            other.type_name()
        ))),
    }
}

/// Whether `v` is an instance of the class value `cls` (or of one in a tuple).
pub(crate) fn instance_of(v: &Value, cls: &Value) -> Result<bool> {
    if let Value::Tuple(items) = cls {
        for c in items.iter() {
            if instance_of(v, c)? {
                return Ok(true);
            }
        }
        return Ok(false);
    }
    if let Some(t) = cls.downcast::<TypeObj>() {
        return Ok(t.contains(v));
    }
    if let Some(name) = class_name(cls) {
        return Ok(value_type(v).is_some_and(|t| is_subclass(t, name)));
    }
    if let Some(c) = cls.downcast::<NativeClass>() {
        return Ok(crate::native::NativeInstance::class_of(v).is_some_and(|k| std::ptr::eq(&*k, c)));
    }
    Err(Error::type_error(
        "isinstance() arg 2 must be a type, a tuple of types, or a union",
    ))
}

pub(super) fn isinstance(_: &Interpreter, args: Args) -> Result<Value> {
    args.check_count("isinstance", 2, 2)?;
    Ok(Value::Bool(instance_of(
        &args.positional[0],
        &args.positional[1],
    )?))
}

pub(super) fn hash(_: &Interpreter, args: Args) -> Result<Value> {
    Ok(Value::Int(python_hash(&one(&args, "hash")?)?))
}

pub(super) fn divmod(interp: &Interpreter, args: Args) -> Result<Value> {
    args.check_count("divmod", 2, 2)?;
    let (a, b) = (&args.positional[0], &args.positional[1]);
    let max = interp.config.max_collection_len;
    let q = crate::runtime::ops::binop(crate::runtime::ops::Op::FloorDiv, a, b, max)?;
    let r = crate::runtime::ops::binop(crate::runtime::ops::Op::Mod, a, b, max)?;
    Ok(Value::pair(q, r))
}

pub(super) fn pow(interp: &Interpreter, args: Args) -> Result<Value> {
    args.check_count("pow", 2, 3)?;
    let (a, b) = (&args.positional[0], &args.positional[1]);
    if let Some(m) = args.positional.get(2) {
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

pub(super) fn chr(_: &Interpreter, args: Args) -> Result<Value> {
    match one(&args, "chr")? {
        Value::Int(i) => u32::try_from(i)
            .ok()
            .and_then(char::from_u32)
            .map(|c| Value::str(c.encode_utf8(&mut [0u8; 4])))
            .ok_or_else(|| Error::value_error("chr() arg not in range(0x110000)")),
        other => Err(Error::type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            other.type_name()
        ))),
    }
}

pub(super) fn ord(_: &Interpreter, args: Args) -> Result<Value> {
    match one(&args, "ord")? {
        Value::Str(s) => {
            let mut cs = s.chars();
            match (cs.next(), cs.next()) {
                (Some(c), None) => Ok(Value::Int(c as i64)),
                _ => Err(Error::type_error(format!(
                    "ord() expected a character, but string of length {} found",
                    s.chars().count()
                ))),
            }
        }
        other => Err(Error::type_error(format!(
            "ord() expected string of length 1, but {} found",
            other.type_name()
        ))),
    }
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

pub(super) fn format(_: &Interpreter, args: Args) -> Result<Value> {
    args.check_count("format", 1, 2)?;
    let spec = match args.positional.get(1) {
        None => String::new(),
        Some(Value::Str(s)) => s.to_string(),
        Some(other) => {
            return Err(Error::type_error(format!(
                "format() argument 2 must be str, not {}",
                other.type_name()
            )))
        }
    };
    Ok(Value::str(&crate::format::format_value(
        &args.positional[0],
        &spec,
    )?))
}

pub(super) fn callable(_: &Interpreter, args: Args) -> Result<Value> {
    let v = one(&args, "callable")?;
    Ok(Value::Bool(match &v {
        Value::Object(o) => {
            let t = o.type_name();
            matches!(
                t,
                "function" | "builtin_function_or_method" | "method" | "type"
            )
        }
        _ => false,
    }))
}

pub(super) fn id(_: &Interpreter, args: Args) -> Result<Value> {
    let v = one(&args, "id")?;
    let addr = match &v {
        Value::Str(s) => s.as_ptr() as usize,
        Value::Tuple(t) => t.as_ptr() as usize,
        Value::List(l) => std::rc::Rc::as_ptr(l) as usize,
        Value::Dict(d) => std::rc::Rc::as_ptr(d) as usize,
        Value::Set(s) => std::rc::Rc::as_ptr(s) as usize,
        Value::FrozenSet(s) => std::rc::Rc::as_ptr(s) as usize,
        Value::Object(o) => std::rc::Rc::as_ptr(o) as *const u8 as usize,
        other => python_hash(other).unwrap_or(0) as usize,
    };
    Ok(Value::Int(addr as i64))
}
