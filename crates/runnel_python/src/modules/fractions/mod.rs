//! The `fractions` module: `Fraction`, exact rationals over big integers, as CPython's
//! (`fractions.py`): construction from ints, floats, strings and fractions, arithmetic
//! with ints (exact) and floats (float results), comparisons, `hash` equal to an equal
//! int's or float's (so fractions are dict and `reduceByKey` keys like them),
//! `limit_denominator`, `repr`/`str`, `int()`/`float()`, and travel to worker threads.

mod arith;
mod parse;

use crate::native::NativeFunction;
use crate::{Args, Interpreter};
use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{One, Signed, Zero};
use runnel_core::value::{int_value, Object, PortableObject, Reviver};
use runnel_core::{Error, Result, Value};
use std::any::Any;

/// A rational in lowest terms with a positive denominator.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Fraction {
    pub num: BigInt,
    pub den: BigInt,
}

/// CPython's hash modulus, 2**61 - 1.
const MODULUS: i64 = (1 << 61) - 1;

impl Fraction {
    /// `n/d` reduced; a zero `d` is CPython's `ZeroDivisionError('Fraction(n, 0)')`.
    pub fn new(n: BigInt, d: BigInt) -> Result<Fraction> {
        if d.is_zero() {
            return Err(Error::new("ZeroDivisionError", format!("Fraction({n}, 0)")));
        }
        let g = n.gcd(&d);
        let (mut n, mut d) = (n / &g, d / &g);
        if d.is_negative() {
            n = -n;
            d = -d;
        }
        Ok(Fraction { num: n, den: d })
    }

    pub fn int(n: BigInt) -> Fraction {
        Fraction {
            num: n,
            den: BigInt::one(),
        }
    }

    /// The exact value of a float, or CPython's error for NaN and infinities.
    pub fn from_f64(x: f64) -> Result<Fraction> {
        if x.is_nan() {
            return Err(Error::value_error("cannot convert NaN to integer ratio"));
        }
        if x.is_infinite() {
            return Err(Error::overflow("cannot convert Infinity to integer ratio"));
        }
        let bits = x.to_bits();
        let exp = ((bits >> 52) & 0x7ff) as i64;
        let frac = bits & ((1 << 52) - 1);
        let (m, e) = if exp == 0 {
            (frac, -1074)
        } else {
            (frac | (1 << 52), exp - 1075)
        };
        let m = if x < 0.0 {
            -BigInt::from(m)
        } else {
            BigInt::from(m)
        };
        if e >= 0 {
            Ok(Fraction::int(m << e as usize))
        } else {
            Fraction::new(m, BigInt::one() << (-e) as usize)
        }
    }

    pub fn value(self) -> Value {
        Value::object(self)
    }

    /// `float(f)`: the correctly rounded quotient, as CPython's int true division.
    pub fn to_f64(&self) -> Result<f64> {
        let (n, d) = (int_value(self.num.clone()), int_value(self.den.clone()));
        match n.binop(runnel_core::value::BinOp::Div, &d)? {
            Value::Float(x) => Ok(x),
            other => runnel_core::value::to_float(&other),
        }
    }

    /// `int(f)`: truncated toward zero.
    pub fn trunc(&self) -> BigInt {
        let q = self.num.abs() / &self.den;
        if self.num.is_negative() {
            -q
        } else {
            q
        }
    }

    /// CPython's `Fraction.__hash__`: `num * den**-1` modulo 2**61 - 1.
    fn py_hash(&self) -> i64 {
        let m = BigInt::from(MODULUS);
        let inv = self.den.modpow(&(&m - 2u32), &m);
        let h = if (&self.den % &m).is_zero() {
            314159
        } else {
            let a = self.num.abs() % &m;
            let v = (a * inv) % &m;
            i64::try_from(v).unwrap_or(0)
        };
        let h = if self.num.is_negative() { -h } else { h };
        if h == -1 {
            -2
        } else {
            h
        }
    }

    pub fn repr_text(&self) -> String {
        format!("Fraction({}, {})", self.num, self.den)
    }
}

impl Object for Fraction {
    fn type_name(&self) -> &str {
        "Fraction"
    }
    fn repr(&self) -> String {
        self.repr_text()
    }
    fn to_str(&self) -> String {
        if self.den.is_one() {
            self.num.to_string()
        } else {
            format!("{}/{}", self.num, self.den)
        }
    }
    fn hash(&self) -> Option<i64> {
        Some(self.py_hash())
    }
    fn eq(&self, other: &dyn Object) -> Option<bool> {
        Some(other.as_any().downcast_ref::<Fraction>() == Some(self))
    }
    fn compare(&self, op: runnel_core::value::CmpOp, other: &Value) -> Option<Result<bool>> {
        arith::compare(self, op, other)
    }
    fn binop(
        &self,
        op: runnel_core::value::BinOp,
        other: &Value,
        reflected: bool,
    ) -> Option<Result<Value>> {
        arith::binop(self, op, other, reflected)
    }
    fn unary(&self, symbol: &str) -> Option<Result<Value>> {
        let f = match symbol {
            "-" => Fraction {
                num: -self.num.clone(),
                den: self.den.clone(),
            },
            "+" => self.clone(),
            "abs" => Fraction {
                num: self.num.abs(),
                den: self.den.clone(),
            },
            _ => return None,
        };
        Some(Ok(f.value()))
    }
    fn truthy(&self) -> bool {
        !self.num.is_zero()
    }
    fn freeze(
        &self,
        _f: &mut runnel_core::value::Freezer,
    ) -> Option<Result<Box<dyn PortableObject>>> {
        Some(Ok(Box::new(self.clone())))
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
}

/// A fraction travels to worker threads as itself.
impl PortableObject for Fraction {
    fn revive(&self, _r: &mut Reviver, _id: u32) -> Result<Value> {
        Ok(self.clone().value())
    }
}

/// `Fraction(numerator=0, denominator=None)`.
fn construct(_: &Interpreter, mut a: Args) -> Result<Value> {
    let num = a.take(0, "numerator");
    let den = a.take(1, "denominator");
    crate::modules::args::done(&a, "Fraction", 2)?;
    let f = match (num, den) {
        (None, _) => Fraction::int(BigInt::zero()),
        (Some(n), None | Some(Value::None)) => parse::one(&n)?,
        (Some(n), Some(d)) => {
            let (Some(n), Some(d)) = (arith::rational(&n), arith::rational(&d)) else {
                return Err(Error::type_error(
                    "both arguments should be Rational instances",
                ));
            };
            Fraction::new(&n.num * &d.den, &n.den * &d.num)?
        }
    };
    Ok(f.value())
}

/// `f.name` of a fraction.
pub(crate) fn attr(obj: &Value, f: &Fraction, name: &str) -> Result<Value> {
    let f = f.clone();
    Ok(match name {
        "numerator" => int_value(f.num),
        "denominator" => int_value(f.den),
        "limit_denominator" => NativeFunction::new("limit_denominator", move |_, mut a: Args| {
            let max = match a.take(0, "max_denominator") {
                Some(v) => runnel_core::value::as_big(&v)
                    .ok_or_else(|| Error::type_error("max_denominator must be an int"))?,
                None => BigInt::from(1_000_000),
            };
            crate::modules::args::done(&a, "limit_denominator", 1)?;
            Ok(arith::limit_denominator(&f, &max)?.value())
        }),
        "as_integer_ratio" => NativeFunction::new("as_integer_ratio", move |_, a: Args| {
            a.check_count("as_integer_ratio", 0, 0)?;
            Ok(Value::pair(
                int_value(f.num.clone()),
                int_value(f.den.clone()),
            ))
        }),
        "__float__" => NativeFunction::new("__float__", move |_, _| Ok(Value::Float(f.to_f64()?))),
        "__int__" | "__trunc__" => {
            NativeFunction::new("__trunc__", move |_, _| Ok(int_value(f.trunc())))
        }
        "__floor__" => NativeFunction::new("__floor__", move |_, _| {
            Ok(int_value(f.num.div_floor(&f.den)))
        }),
        "__ceil__" => NativeFunction::new("__ceil__", move |_, _| {
            Ok(int_value(-((-&f.num).div_floor(&f.den))))
        }),
        "real" => f.value(),
        "imag" => Value::Int(0),
        _ => return Err(crate::methods::no_attr(obj, name)),
    })
}

pub(super) fn attrs() -> Vec<(&'static str, Value)> {
    vec![("Fraction", parse::class(construct))]
}
