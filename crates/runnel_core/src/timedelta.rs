//! Python's `datetime.timedelta`, and the date arithmetic of `datetime.datetime`:
//! `dt ± td`, `dt - dt`, `td` arithmetic and comparisons, with CPython's normalisation
//! (`0 <= seconds < 86400`, `0 <= microseconds < 10**6`), rounding (half to even) and text.

use crate::time::DateTime;
use crate::value::{BinOp, CmpOp, Object, Value};
use crate::{Error, Result};
use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{Signed, ToPrimitive, Zero};
use std::any::Any;

const US_PER_DAY: i128 = 86_400_000_000;

/// A duration: `days`, `seconds`, `microseconds` as CPython normalises them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct TimeDelta {
    pub days: i64,
    pub seconds: i64,
    pub micros: i64,
}

/// `x` rounded to the nearest integer, ties to even (Python's `round`).
fn round_half_even(x: f64) -> f64 {
    let r = x.round();
    if (x - x.trunc()).abs() == 0.5 && r % 2.0 != 0.0 {
        r - x.signum()
    } else {
        r
    }
}

impl TimeDelta {
    /// From a total number of microseconds; `OverflowError` past CPython's limits.
    pub fn from_micros(us: i128) -> Result<TimeDelta> {
        let days = us.div_euclid(US_PER_DAY);
        // CPython's days are a C int first: past it, that conversion's error.
        if i32::try_from(days).is_err() {
            return Err(Error::overflow("Python int too large to convert to C int"));
        }
        if !(-999_999_999..=999_999_999).contains(&days) {
            return Err(Error::overflow(format!(
                "days={days}; must have magnitude <= 999999999"
            )));
        }
        let rest = us.rem_euclid(US_PER_DAY);
        Ok(TimeDelta {
            days: days as i64,
            seconds: (rest / 1_000_000) as i64,
            micros: (rest % 1_000_000) as i64,
        })
    }

    /// From a float number of microseconds, rounded half to even.
    pub fn from_micros_f64(us: f64) -> Result<TimeDelta> {
        if !us.is_finite() || us.abs() > 1e21 {
            return Err(Error::overflow("cannot convert float to timedelta"));
        }
        TimeDelta::from_micros(round_half_even(us) as i128)
    }

    pub fn total_micros(&self) -> i128 {
        self.days as i128 * US_PER_DAY + self.seconds as i128 * 1_000_000 + self.micros as i128
    }

    /// `td.total_seconds()`.
    pub fn total_seconds(&self) -> f64 {
        self.total_micros() as f64 / 1e6
    }

    /// `str(td)`: `1 day, 2:03:04.000005`.
    pub fn to_str(&self) -> String {
        let (h, m, s) = (
            self.seconds / 3600,
            self.seconds / 60 % 60,
            self.seconds % 60,
        );
        let mut out = String::new();
        if self.days != 0 {
            let plural = if self.days.abs() != 1 { "s" } else { "" };
            out.push_str(&format!("{} day{plural}, ", self.days));
        }
        out.push_str(&format!("{h}:{m:02}:{s:02}"));
        if self.micros != 0 {
            out.push_str(&format!(".{:06}", self.micros));
        }
        out
    }

    /// `repr(td)`: `datetime.timedelta(days=1, seconds=5)`.
    pub fn to_repr(&self) -> String {
        let mut parts = Vec::new();
        if self.days != 0 {
            parts.push(format!("days={}", self.days));
        }
        if self.seconds != 0 {
            parts.push(format!("seconds={}", self.seconds));
        }
        if self.micros != 0 {
            parts.push(format!("microseconds={}", self.micros));
        }
        if parts.is_empty() {
            return "datetime.timedelta(0)".into();
        }
        format!("datetime.timedelta({})", parts.join(", "))
    }
}

fn td_of(v: &Value) -> Option<TimeDelta> {
    v.downcast::<TimeDelta>().copied()
}

fn int_of(v: &Value) -> Option<i64> {
    match v {
        Value::Int(i) => Some(*i),
        Value::Bool(b) => Some(*b as i64),
        _ => None,
    }
}

fn zero_div() -> Error {
    Error::new("ZeroDivisionError", "integer division or modulo by zero")
}

/// `a OP b` where `a` is a timedelta (`reflected`: `b OP a`).
fn td_binop(a: TimeDelta, op: BinOp, b: &Value, reflected: bool) -> Option<Result<Value>> {
    let us = a.total_micros();
    let td = |r: Result<TimeDelta>| Some(r.map(Value::object));
    if let Some(b) = td_of(b) {
        let (x, y) = if reflected {
            (b.total_micros(), us)
        } else {
            (us, b.total_micros())
        };
        return match op {
            BinOp::Add => td(TimeDelta::from_micros(x + y)),
            BinOp::Sub => td(TimeDelta::from_micros(x - y)),
            BinOp::Div if y == 0 => Some(Err(Error::new("ZeroDivisionError", "division by zero"))),
            BinOp::Div => Some(Ok(Value::Float(x as f64 / y as f64))),
            BinOp::FloorDiv if y == 0 => Some(Err(zero_div())),
            BinOp::FloorDiv => Some(Ok(Value::Int(
                x.div_euclid(y) as i64 - i64::from(y < 0 && x.rem_euclid(y) != 0),
            ))),
            BinOp::Mod if y == 0 => Some(Err(zero_div())),
            BinOp::Mod => td(TimeDelta::from_micros(Integer::mod_floor(&x, &y))),
            _ => None,
        };
    }
    if let Some(dt) = b.downcast::<DateTime>() {
        return match (op, reflected) {
            (BinOp::Add, _) => Some(shift(dt, us)),
            (BinOp::Sub, true) => Some(shift(dt, -us)),
            _ => None,
        };
    }
    match (op, int_of(b), b) {
        (BinOp::Mul, Some(n), _) => td(TimeDelta::from_micros(us * n as i128)),
        // Exact integer arithmetic on the microseconds, as CPython's.
        (BinOp::Mul, None, Value::Float(f)) => td(times_float(us, *f, false)),
        (BinOp::FloorDiv, Some(0), _) if !reflected => Some(Err(zero_div())),
        (BinOp::FloorDiv, Some(n), _) if !reflected => td(TimeDelta::from_micros(
            Integer::div_floor(&us, &(n as i128)),
        )),
        (BinOp::Div, Some(0), _) if !reflected => Some(Err(zero_div())),
        (BinOp::Div, Some(n), _) if !reflected => {
            td(micros(div_nearest(BigInt::from(us), BigInt::from(n))))
        }
        (BinOp::Div, None, Value::Float(f)) if !reflected => td(times_float(us, *f, true)),
        _ => None,
    }
}

/// `a / b` rounded to the nearest integer, halves to even (CPython's `_PyLong_DivmodNear`).
fn div_nearest(a: BigInt, b: BigInt) -> BigInt {
    use num_integer::Integer;
    let (a, b) = if b.is_negative() { (-a, -b) } else { (a, b) };
    let (q, r) = a.div_mod_floor(&b);
    let twice: BigInt = r * 2;
    if twice > b || (twice == b && q.is_odd()) {
        q + 1
    } else {
        q
    }
}

/// A finite float as an exact fraction `num / den` (`float.as_integer_ratio`).
fn float_ratio(f: f64) -> (BigInt, BigInt) {
    let bits = f.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i64;
    let mut mant = bits & ((1u64 << 52) - 1);
    if exp != 0 {
        mant |= 1u64 << 52;
    }
    let e = exp.max(1) - 1075;
    let sign = if f.is_sign_negative() { -1 } else { 1 };
    if mant == 0 {
        return (BigInt::from(0), BigInt::from(1));
    }
    if e >= 0 {
        return (
            BigInt::from(sign) * (BigInt::from(mant) << e as usize),
            BigInt::from(1),
        );
    }
    let shift = (mant.trailing_zeros() as i64).min(-e);
    let num = BigInt::from(sign) * BigInt::from(mant >> shift);
    (num, BigInt::from(1) << (-e - shift) as usize)
}

/// `us * f` or `us / f` exactly, by the float's integer ratio, rounded half to even
/// (CPython's `multiply_truedivide_timedelta_float`).
fn times_float(us: i128, f: f64, divide: bool) -> Result<TimeDelta> {
    if f.is_nan() {
        return Err(Error::value_error("cannot convert NaN to integer ratio"));
    }
    if f.is_infinite() {
        return Err(Error::overflow("cannot convert Infinity to integer ratio"));
    }
    let (num, den) = float_ratio(f);
    let (num, den) = if divide { (den, num) } else { (num, den) };
    if den.is_zero() {
        return Err(Error::new(
            "ZeroDivisionError",
            "integer division or modulo by zero",
        ));
    }
    micros(div_nearest(BigInt::from(us) * num, den))
}

/// A timedelta from an exact count of microseconds of any size.
fn micros(us: BigInt) -> Result<TimeDelta> {
    match us.to_i128() {
        Some(us) => TimeDelta::from_micros(us),
        None => Err(Error::overflow("Python int too large to convert to C int")),
    }
}

/// `dt + timedelta(microseconds=us)`.
fn shift(dt: &DateTime, us: i128) -> Result<Value> {
    let total = dt.to_micros() as i128 + us;
    let total = i64::try_from(total).map_err(|_| Error::overflow("date value out of range"))?;
    let r = DateTime::from_micros(total);
    if !(1..=9999).contains(&r.year) {
        return Err(Error::overflow("date value out of range"));
    }
    Ok(Value::object(r))
}

/// `dt OP other` for a datetime on the left (`reflected`: on the right).
pub(crate) fn datetime_binop(
    dt: &DateTime,
    op: BinOp,
    other: &Value,
    reflected: bool,
) -> Option<Result<Value>> {
    if let Some(td) = td_of(other) {
        return td_binop(td, op, &Value::object(*dt), !reflected);
    }
    let o = other.downcast::<DateTime>()?;
    if op != BinOp::Sub {
        return None;
    }
    let (a, b) = if reflected {
        (o.to_micros(), dt.to_micros())
    } else {
        (dt.to_micros(), o.to_micros())
    };
    Some(TimeDelta::from_micros(a as i128 - b as i128).map(Value::object))
}

impl Object for TimeDelta {
    fn type_name(&self) -> &str {
        "datetime.timedelta"
    }
    fn repr(&self) -> String {
        self.to_repr()
    }
    fn to_str(&self) -> String {
        TimeDelta::to_str(self)
    }
    fn hash(&self) -> Option<i64> {
        Some(self.total_micros() as i64)
    }
    fn eq(&self, other: &dyn Object) -> Option<bool> {
        Some(other.as_any().downcast_ref::<TimeDelta>() == Some(self))
    }
    fn compare(&self, op: CmpOp, other: &Value) -> Option<Result<bool>> {
        let o = td_of(other)?;
        Some(Ok(op.test(self.cmp(&o))))
    }
    fn binop(&self, op: BinOp, other: &Value, reflected: bool) -> Option<Result<Value>> {
        td_binop(*self, op, other, reflected)
    }
    fn unary(&self, symbol: &str) -> Option<Result<Value>> {
        let us = self.total_micros();
        Some(match symbol {
            "-" => TimeDelta::from_micros(-us).map(Value::object),
            "+" => Ok(Value::object(*self)),
            "abs" => TimeDelta::from_micros(us.abs()).map(Value::object),
            _ => return None,
        })
    }
    fn truthy(&self) -> bool {
        self.total_micros() != 0
    }
    fn freeze(
        &self,
        _f: &mut crate::value::Freezer,
    ) -> Option<Result<Box<dyn crate::value::PortableObject>>> {
        Some(Ok(Box::new(*self)))
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
}

impl crate::value::PortableObject for TimeDelta {
    fn revive(&self, _r: &mut crate::value::Reviver, _id: u32) -> Result<Value> {
        Ok(Value::object(*self))
    }
}
