//! Python ints beyond 64 bits.
//!
//! Ints stay `Value::Int(i64)` on the fast path; an operation whose result does not fit
//! (`2**64`, a sum that overflows) gives a [`BigInt`] object instead, and a big result
//! that fits again comes back as `Value::Int`, so every int has one representation. The
//! arithmetic is num-bigint's; hashing is CPython's (the value modulo 2**61 - 1, so
//! `portable_hash` places a big key in the partition Spark does).

use super::{BinOp, CmpOp, Object, Value};
use crate::{Error, Result};
use num_bigint::BigInt as Big;
use num_integer::Integer;
use num_traits::{Signed, ToPrimitive, Zero};
use std::any::Any;
use std::cmp::Ordering;

/// Largest int a program may build, in bits (about 3 million decimal digits): beyond
/// it a `MemoryError`, as the interpreter's other memory budgets.
const MAX_BITS: u64 = 10_000_000;

/// An int that does not fit 64 bits.
pub struct BigInt(pub Big);

/// An int value from a big integer: `Value::Int` when it fits.
pub fn int_value(b: Big) -> Value {
    match b.to_i64() {
        Some(i) => Value::Int(i),
        None => Value::object(BigInt(b)),
    }
}

/// The big integer behind an int value (`Int`, `Bool` or a [`BigInt`]).
pub fn as_big(v: &Value) -> Option<Big> {
    match v {
        Value::Int(i) => Some(Big::from(*i)),
        Value::Bool(b) => Some(Big::from(*b as i64)),
        Value::Object(o) => o.as_any().downcast_ref::<BigInt>().map(|b| b.0.clone()),
        _ => None,
    }
}

/// Whether `v` is a big int.
pub fn is_big(v: &Value) -> bool {
    v.downcast::<BigInt>().is_some()
}

/// `float(b)`, or CPython's `OverflowError`.
pub fn big_to_f64(b: &Big) -> Result<f64> {
    match b.to_f64() {
        Some(x) if x.is_finite() => Ok(x),
        _ => Err(Error::overflow("int too large to convert to float")),
    }
}

fn too_big() -> Error {
    Error::new(
        "MemoryError",
        "the program built an int larger than Runnel's memory budget",
    )
}

fn bits(b: &Big) -> u64 {
    b.bits()
}

/// `a OP b` for two ints, exactly.
pub fn big_binop(op: BinOp, a: &Big, b: &Big) -> Result<Value> {
    Ok(int_value(match op {
        BinOp::Add => a + b,
        BinOp::Sub => a - b,
        BinOp::Mul => {
            if bits(a) + bits(b) > MAX_BITS {
                return Err(too_big());
            }
            a * b
        }
        BinOp::Div => return big_true_div(a, b).map(Value::Float),
        BinOp::FloorDiv | BinOp::Mod if b.is_zero() => {
            let what = if op == BinOp::Mod {
                "integer modulo by zero"
            } else {
                "integer division or modulo by zero"
            };
            return Err(Error::zero_division(what));
        }
        BinOp::FloorDiv => a.div_floor(b),
        BinOp::Mod => a.mod_floor(b),
        BinOp::Pow => return big_pow(a, b),
        BinOp::BitAnd => a & b,
        BinOp::BitOr => a | b,
        BinOp::BitXor => a ^ b,
        BinOp::LShift => {
            let n = shift_count(b)?;
            if a.is_zero() {
                return Ok(Value::Int(0));
            }
            if bits(a) + n > MAX_BITS {
                return Err(too_big());
            }
            a << n
        }
        BinOp::RShift => {
            let n = shift_count(b)?;
            if n >= bits(a) {
                return Ok(Value::Int(if a.is_negative() { -1 } else { 0 }));
            }
            a >> n
        }
    }))
}

fn shift_count(b: &Big) -> Result<u64> {
    if b.is_negative() {
        return Err(Error::value_error("negative shift count"));
    }
    b.to_u64().filter(|n| *n <= MAX_BITS).ok_or_else(too_big)
}

fn big_pow(a: &Big, b: &Big) -> Result<Value> {
    if b.is_negative() {
        let (x, y) = (big_to_f64(a)?, big_to_f64(b)?);
        return super::arith::float_pow(x, y).map(Value::Float);
    }
    if a.is_zero() || *a == Big::from(1) {
        return Ok(int_value(if b.is_zero() {
            Big::from(1)
        } else {
            a.clone()
        }));
    }
    if *a == Big::from(-1) {
        return Ok(Value::Int(if b.is_even() { 1 } else { -1 }));
    }
    let e = b.to_u64().ok_or_else(too_big)?;
    if bits(a).saturating_sub(1).saturating_mul(e) > MAX_BITS {
        return Err(too_big());
    }
    let e = u32::try_from(e).map_err(|_| too_big())?;
    Ok(int_value(num_traits::Pow::pow(a, e)))
}

/// `a / b` for ints, correctly rounded (as CPython's `long_true_divide`).
fn big_true_div(a: &Big, b: &Big) -> Result<f64> {
    if b.is_zero() {
        return Err(Error::zero_division("division by zero"));
    }
    let negative = a.is_negative() != b.is_negative();
    let (ua, ub) = (a.abs(), b.abs());
    // Scale so the quotient has 55+ significant bits; the remainder becomes a sticky bit
    // and the conversion to f64 rounds once.
    let shift = 55 - (bits(&ua) as i64 - bits(&ub) as i64);
    let (num, den) = if shift >= 0 {
        (ua << shift as u64, ub)
    } else {
        (ua, ub << (-shift) as u64)
    };
    let (q, r) = num.div_rem(&den);
    let q = q.to_u64().unwrap_or(u64::MAX) | (!r.is_zero()) as u64;
    let magnitude = scale(q as f64, -shift);
    if magnitude.is_infinite() {
        return Err(Error::overflow(
            "integer division result too large for a float",
        ));
    }
    Ok(if negative { -magnitude } else { magnitude })
}

/// `x * 2**e` without overflowing the intermediate power.
fn scale(mut x: f64, mut e: i64) -> f64 {
    while e > 1000 {
        x *= 2f64.powi(1000);
        e -= 1000;
    }
    while e < -1000 {
        x *= 2f64.powi(-1000);
        e += 1000;
    }
    x * 2f64.powi(e as i32)
}

/// CPython's hash of an int: `|v| mod (2**61 - 1)` with `v`'s sign, `-1` becoming `-2`.
pub fn big_hash(b: &Big) -> i64 {
    const MODULUS: u64 = (1 << 61) - 1;
    let m = (b.abs() % Big::from(MODULUS)).to_i64().unwrap_or(0);
    let h = if b.is_negative() { -m } else { m };
    if h == -1 {
        -2
    } else {
        h
    }
}

/// Compares a big int with an int or a float exactly (`None` for NaN or a non-number).
fn compare(a: &Big, other: &Value) -> Option<Ordering> {
    if let Some(b) = as_big(other) {
        return Some(a.cmp(&b));
    }
    let Value::Float(x) = other else { return None };
    if x.is_nan() {
        return None;
    }
    if x.is_infinite() {
        return Some(if *x > 0.0 {
            Ordering::Less
        } else {
            Ordering::Greater
        });
    }
    let whole = float_to_big(*x);
    Some(
        a.cmp(&whole)
            .then_with(|| 0.0.partial_cmp(&(x - x.trunc())).unwrap_or(Ordering::Equal)),
    )
}

/// The exact integer value of a finite float's integral part.
pub fn float_to_big(x: f64) -> Big {
    let bits = x.trunc().to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i64;
    if exp == 0 {
        return Big::zero();
    }
    let mantissa = Big::from((bits & ((1 << 52) - 1)) | (1 << 52));
    let shift = exp - 1075;
    let magnitude = if shift >= 0 {
        mantissa << shift as u64
    } else {
        mantissa >> (-shift) as u64
    };
    if x < 0.0 {
        -magnitude
    } else {
        magnitude
    }
}

impl Object for BigInt {
    fn type_name(&self) -> &str {
        "int"
    }
    fn repr(&self) -> String {
        self.0.to_string()
    }
    fn hash(&self) -> Option<i64> {
        Some(big_hash(&self.0))
    }
    fn eq(&self, other: &dyn Object) -> Option<bool> {
        Some(
            other
                .as_any()
                .downcast_ref::<BigInt>()
                .is_some_and(|o| o.0 == self.0),
        )
    }
    fn compare(&self, op: CmpOp, other: &Value) -> Option<Result<bool>> {
        match compare(&self.0, other) {
            Some(o) => Some(Ok(op.test(o))),
            None if matches!(other, Value::Float(_)) => Some(Ok(op == CmpOp::Ne)),
            None => None,
        }
    }
    fn binop(&self, op: BinOp, other: &Value, reflected: bool) -> Option<Result<Value>> {
        if let Value::Float(y) = other {
            let x = match big_to_f64(&self.0) {
                Ok(x) => x,
                Err(e) => return Some(Err(e)),
            };
            let (a, b) = if reflected { (*y, x) } else { (x, *y) };
            return Some(Value::Float(a).binop(op, &Value::Float(b)));
        }
        let other = as_big(other)?;
        Some(if reflected {
            big_binop(op, &other, &self.0)
        } else {
            big_binop(op, &self.0, &other)
        })
    }
    fn unary(&self, symbol: &str) -> Option<Result<Value>> {
        Some(Ok(match symbol {
            "-" => int_value(-&self.0),
            "+" => int_value(self.0.clone()),
            "~" => int_value(!&self.0),
            "abs" => int_value(self.0.abs()),
            _ => return None,
        }))
    }
    fn freeze(&self, _f: &mut super::Freezer) -> Option<Result<Box<dyn super::PortableObject>>> {
        Some(Ok(Box::new(PortableBig(self.0.to_signed_bytes_le()))))
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
}

/// A big int between interpreters: its two's-complement bytes.
#[derive(Debug)]
struct PortableBig(Vec<u8>);

impl super::PortableObject for PortableBig {
    fn revive(&self, _r: &mut super::Reviver, _id: u32) -> Result<Value> {
        Ok(int_value(Big::from_signed_bytes_le(&self.0)))
    }
}

/// The `x` in `[0, m)` with `a * x ≡ 1 (mod m)`, for `m > 1`; `None` when `a` and `m`
/// share a factor.
fn inverse_mod(a: &Big, m: &Big) -> Option<Big> {
    let e = a.mod_floor(m).extended_gcd(m);
    (e.gcd == Big::from(1)).then(|| e.x.mod_floor(m))
}

/// `hex`/`oct`/`bin` text of a big int: sign, then `prefix`, then the magnitude's digits.
pub fn big_radix(v: &Value, radix: u32, prefix: &str) -> Option<String> {
    let b = v.downcast::<BigInt>()?;
    let sign = if b.0.is_negative() { "-" } else { "" };
    Some(format!("{sign}{prefix}{}", b.0.abs().to_str_radix(radix)))
}

/// `pow(a, b, m)` for ints of any size, as CPython's `long_pow`: the result takes `m`'s
/// sign, a modulus of ±1 gives 0, and a negative `b` raises the modular inverse of `a`.
pub fn big_pow_mod(a: &Value, b: &Value, m: &Value) -> Option<Result<Value>> {
    let (mut a, mut b, m) = (as_big(a)?, as_big(b)?, as_big(m)?);
    if m.is_zero() {
        return Some(Err(Error::value_error("pow() 3rd argument cannot be 0")));
    }
    if m.abs() == Big::from(1) {
        return Some(Ok(Value::Int(0)));
    }
    if b.is_negative() {
        a = match inverse_mod(&a, &m.abs()) {
            Some(inv) => inv,
            None => {
                return Some(Err(Error::value_error(
                    "base is not invertible for the given modulus",
                )))
            }
        };
        b = -b;
    }
    let r = a.modpow(&b, &m.abs());
    let r = if m.is_negative() && !r.is_zero() {
        r + &m
    } else {
        r
    };
    Some(Ok(int_value(r)))
}
