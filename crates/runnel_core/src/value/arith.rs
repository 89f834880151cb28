//! Arithmetic on Python numbers (`bool`, `int`, `float`) with CPython's results: floor
//! division and modulo take the divisor's sign, `int / int` is correctly rounded, and each
//! failure raises CPython's exception with its exact message.

use super::{BinOp, Value};
use crate::fmath;
use crate::{Error, Result};

/// A number operand: bools are ints.
#[derive(Clone, Copy)]
pub(super) enum Num {
    Int(i64),
    Float(f64),
}

impl Num {
    pub(super) fn of(v: &Value) -> Option<Num> {
        match v {
            Value::Bool(b) => Some(Num::Int(*b as i64)),
            Value::Int(i) => Some(Num::Int(*i)),
            Value::Float(x) => Some(Num::Float(*x)),
            _ => None,
        }
    }
    pub(super) fn to_f64(self) -> f64 {
        match self {
            Num::Int(i) => i as f64,
            Num::Float(x) => x,
        }
    }
}

/// `a OP b` for two numbers, `None` when the operator does not apply to floats (bitwise).
pub(super) fn num_binop(op: BinOp, a: Num, b: Num) -> Option<Result<Value>> {
    match (a, b) {
        (Num::Int(a), Num::Int(b)) => Some(int_binop(op, a, b)),
        _ => float_binop(op, a.to_f64(), b.to_f64()),
    }
}

fn int_binop(op: BinOp, a: i64, b: i64) -> Result<Value> {
    // A result beyond 64 bits is computed again as a big int.
    let big = || super::bigint::big_binop(op, &a.into(), &b.into());
    let int = |r: Option<i64>| r.map_or_else(big, |i| Ok(Value::Int(i)));
    match op {
        BinOp::Add => int(a.checked_add(b)),
        BinOp::Sub => int(a.checked_sub(b)),
        BinOp::Mul => int(a.checked_mul(b)),
        BinOp::Div => true_div(a, b).map(Value::Float),
        BinOp::FloorDiv if b == -1 && a == i64::MIN => big(),
        BinOp::FloorDiv => int_divmod(a, b).map(|(q, _)| Value::Int(q)),
        BinOp::Mod if b == 0 => Err(Error::zero_division("integer modulo by zero")),
        BinOp::Mod => Ok(Value::Int(int_mod(a, b))),
        BinOp::Pow => int_pow(a, b).or_else(|_| big()),
        BinOp::BitAnd => Ok(Value::Int(a & b)),
        BinOp::BitOr => Ok(Value::Int(a | b)),
        BinOp::BitXor => Ok(Value::Int(a ^ b)),
        BinOp::LShift if b < 0 => Err(Error::value_error("negative shift count")),
        BinOp::LShift => shift_left(a, b).map_or_else(|_| big(), |i| Ok(Value::Int(i))),
        BinOp::RShift => shift_right(a, b).map(Value::Int),
    }
}

/// Python's `a % b` for ints (`b != 0`): the remainder takes the divisor's sign.
fn int_mod(a: i64, b: i64) -> i64 {
    // wrapping_rem: i64::MIN % -1 is 0, which is Python's answer too.
    let r = a.wrapping_rem(b);
    if r != 0 && ((r < 0) != (b < 0)) {
        r + b
    } else {
        r
    }
}

/// Python's `divmod(a, b)` for ints.
pub(super) fn int_divmod(a: i64, b: i64) -> Result<(i64, i64)> {
    if b == 0 {
        return Err(Error::zero_division("integer division or modulo by zero"));
    }
    let q = a.checked_div(b).ok_or_else(overflow)?;
    let r = int_mod(a, b);
    let q = if a.wrapping_rem(b) != r { q - 1 } else { q };
    Ok((q, r))
}

/// `a / b` for ints, correctly rounded as CPython's `long_true_divide` is (plain `f64`
/// division would round twice for ints above 2**53).
fn true_div(a: i64, b: i64) -> Result<f64> {
    if b == 0 {
        return Err(Error::zero_division("division by zero"));
    }
    const EXACT: u64 = 1 << 53;
    let (ua, ub) = (a.unsigned_abs(), b.unsigned_abs());
    if ua <= EXACT && ub <= EXACT {
        return Ok(a as f64 / b as f64);
    }
    // Scale so the integer quotient has 55+ bits, fold the remainder into a sticky bit,
    // and let the (correctly rounding) u64 -> f64 conversion round once.
    let bits = |x: u64| 64 - x.leading_zeros() as i32;
    let shift = 55 - (bits(ua) - bits(ub));
    let (num, den) = if shift >= 0 {
        ((ua as u128) << shift, ub as u128)
    } else {
        (ua as u128, (ub as u128) << -shift)
    };
    let q = (num / den) as u64 | (num % den != 0) as u64;
    let magnitude = q as f64 * 2f64.powi(-shift);
    Ok(if (a < 0) != (b < 0) {
        -magnitude
    } else {
        magnitude
    })
}

fn int_pow(a: i64, b: i64) -> Result<Value> {
    if b < 0 {
        // CPython computes a negative power of an int in floats.
        return float_pow(a as f64, b as f64).map(Value::Float);
    }
    match (a, u32::try_from(b)) {
        (0 | 1, _) => Ok(Value::Int(if b == 0 { 1 } else { a })),
        (-1, _) => Ok(Value::Int(if b % 2 == 0 { 1 } else { -1 })),
        (_, Ok(e)) => a.checked_pow(e).map(Value::Int).ok_or_else(overflow),
        (_, Err(_)) => Err(overflow()),
    }
}

fn shift_left(a: i64, b: i64) -> Result<i64> {
    if b < 0 {
        return Err(Error::value_error("negative shift count"));
    }
    if a == 0 {
        return Ok(0);
    }
    let shift = u32::try_from(b)
        .ok()
        .filter(|s| *s < 64)
        .ok_or_else(overflow)?;
    let r = a << shift;
    if r >> shift == a {
        Ok(r)
    } else {
        Err(overflow())
    }
}

fn shift_right(a: i64, b: i64) -> Result<i64> {
    if b < 0 {
        return Err(Error::value_error("negative shift count"));
    }
    Ok(a >> b.min(63))
}

fn float_binop(op: BinOp, a: f64, b: f64) -> Option<Result<Value>> {
    let r = match op {
        BinOp::Add => Ok(a + b),
        BinOp::Sub => Ok(a - b),
        BinOp::Mul => Ok(a * b),
        BinOp::Div if b == 0.0 => Err(Error::zero_division("float division by zero")),
        BinOp::Div => Ok(a / b),
        BinOp::FloorDiv if b == 0.0 => Err(Error::zero_division("float floor division by zero")),
        BinOp::FloorDiv => Ok(float_divmod(a, b).0),
        BinOp::Mod if b == 0.0 => Err(Error::zero_division("float modulo")),
        BinOp::Mod => Ok(float_divmod(a, b).1),
        // A negative base to a fractional power is complex, as CPython's `float_pow`
        // hands it to `complex_pow`.
        BinOp::Pow if a < 0.0 && a.is_finite() && b.is_finite() && b.fract() != 0.0 => {
            let (a, b) = (
                super::Complex { re: a, im: 0.0 },
                super::Complex { re: b, im: 0.0 },
            );
            return Some(super::Complex::pow(a, b).map(Value::object));
        }
        BinOp::Pow => float_pow(a, b),
        _ => return None,
    };
    Some(r.map(Value::Float))
}

/// CPython's `float_divmod` (`b != 0`): floor quotient and a remainder with `b`'s sign.
pub(super) fn float_divmod(a: f64, b: f64) -> (f64, f64) {
    let mut m = a % b;
    let mut div = (a - m) / b;
    if m != 0.0 {
        if (b < 0.0) != (m < 0.0) {
            m += b;
            div -= 1.0;
        }
    } else {
        m = 0f64.copysign(b);
    }
    let floordiv = if div != 0.0 {
        let f = div.floor();
        if div - f > 0.5 {
            f + 1.0
        } else {
            f
        }
    } else {
        0f64.copysign(a / b)
    };
    (floordiv, m)
}

/// CPython's `float_pow`: the C library's `pow` plus Python's errors.
pub(super) fn float_pow(a: f64, b: f64) -> Result<f64> {
    // 0.0 ** -inf is inf (CPython handles an infinite exponent before this error).
    if a == 0.0 && b < 0.0 && b.is_finite() {
        return Err(Error::zero_division(
            "0.0 cannot be raised to a negative power",
        ));
    }
    let r = fmath::pow(a, b);
    if r.is_infinite() && a.is_finite() && b.is_finite() {
        return Err(Error::overflow("(34, 'Numerical result out of range')"));
    }
    Ok(r)
}

/// An int that must fit 64 bits here (an index, a count) does not.
pub(super) fn overflow() -> Error {
    Error::overflow("Python int too large to convert to C ssize_t")
}
