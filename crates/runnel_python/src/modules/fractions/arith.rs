//! Fraction arithmetic and comparisons, as `fractions.py`'s operators: exact with ints
//! and fractions, in floats with floats.

use super::Fraction;
use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{One, Signed, Zero};
use runnel_core::value::{BinOp, CmpOp};
use runnel_core::{Error, Result, Value};

/// An int or a fraction as a fraction (`None` for anything else).
pub(super) fn rational(v: &Value) -> Option<Fraction> {
    if let Some(f) = v.downcast::<Fraction>() {
        return Some(f.clone());
    }
    let plain = crate::runtime::builtin_base::plain(v);
    if matches!(plain, Value::Float(_)) {
        return None;
    }
    runnel_core::value::as_big(&plain).map(Fraction::int)
}

fn float_of(v: &Value) -> Option<f64> {
    match crate::runtime::builtin_base::plain(v) {
        Value::Float(x) => Some(x),
        _ => None,
    }
}

/// `a OP b` of two fractions.
fn exact(op: BinOp, a: &Fraction, b: &Fraction) -> Option<Result<Value>> {
    let r = match op {
        BinOp::Add => Fraction::new(&a.num * &b.den + &b.num * &a.den, &a.den * &b.den),
        BinOp::Sub => Fraction::new(&a.num * &b.den - &b.num * &a.den, &a.den * &b.den),
        BinOp::Mul => Fraction::new(&a.num * &b.num, &a.den * &b.den),
        BinOp::Div => {
            // As fractions.py's _div: common factors out first, which the error shows.
            let (g1, g2) = (a.num.gcd(&b.num), a.den.gcd(&b.den));
            let one = BigInt::one();
            let (g1, g2) = (
                if g1.is_zero() { &one } else { &g1 },
                if g2.is_zero() { &one } else { &g2 },
            );
            Fraction::new((&a.num / g1) * (&b.den / g2), (&b.num / g1) * (&a.den / g2))
        }
        BinOp::FloorDiv | BinOp::Mod => {
            if b.num.is_zero() {
                let msg = if op == BinOp::Mod {
                    "integer modulo by zero"
                } else {
                    "integer division or modulo by zero"
                };
                return Some(Err(Error::new("ZeroDivisionError", msg)));
            }
            let (n, d) = (&a.num * &b.den, &a.den * &b.num);
            let q = n.div_floor(&d);
            if op == BinOp::FloorDiv {
                return Some(Ok(runnel_core::value::int_value(q)));
            }
            Fraction::new(&a.num * &b.den - q * &b.num * &a.den, &a.den * &b.den)
        }
        BinOp::Pow => return Some(power(a, b)),
        _ => return None,
    };
    Some(r.map(Fraction::value))
}

/// `a ** b`: a fraction for an integral exponent, else a float.
fn power(a: &Fraction, b: &Fraction) -> Result<Value> {
    if !b.den.is_one() {
        return runnel_core::value::Value::Float(a.to_f64()?)
            .binop(BinOp::Pow, &Value::Float(b.to_f64()?));
    }
    let e = u32::try_from(b.num.abs())
        .map_err(|_| Error::overflow("exponent too large for Fraction ** int"))?;
    // Within the interpreter's big-int budget (about ten million bits).
    if (a.num.bits().max(a.den.bits())).saturating_mul(e as u64) > 10_000_000 {
        return Err(crate::exceptions::memory_error());
    }
    let (n, d) = (
        num_traits::pow(a.num.clone(), e as usize),
        num_traits::pow(a.den.clone(), e as usize),
    );
    if b.num.is_negative() {
        if n.is_zero() {
            return Err(Error::new("ZeroDivisionError", format!("Fraction({d}, 0)")));
        }
        Ok(Fraction::new(d, n)?.value())
    } else {
        Ok(Fraction { num: n, den: d }.value())
    }
}

pub(super) fn binop(
    f: &Fraction,
    op: BinOp,
    other: &Value,
    reflected: bool,
) -> Option<Result<Value>> {
    if let Some(o) = rational(other) {
        return if reflected {
            exact(op, &o, f)
        } else {
            exact(op, f, &o)
        };
    }
    let x = float_of(other)?;
    let me = match f.to_f64() {
        Ok(m) => Value::Float(m),
        Err(e) => return Some(Err(e)),
    };
    let (a, b) = if reflected {
        (Value::Float(x), me)
    } else {
        (me, Value::Float(x))
    };
    Some(a.binop(op, &b))
}

pub(super) fn compare(f: &Fraction, op: CmpOp, other: &Value) -> Option<Result<bool>> {
    let o = match rational(other) {
        Some(o) => o,
        None => {
            let x = float_of(other)?;
            if x.is_nan() || x.is_infinite() {
                // Against NaN or an infinity only the float's sign matters.
                return Some(Ok(match op {
                    CmpOp::Eq => false,
                    CmpOp::Ne => true,
                    _ if x.is_nan() => false,
                    _ => op.test(0f64.total_cmp(&x)),
                }));
            }
            match Fraction::from_f64(x) {
                Ok(o) => o,
                Err(e) => return Some(Err(e)),
            }
        }
    };
    let ord = (&f.num * &o.den).cmp(&(&o.num * &f.den));
    Some(Ok(op.test(ord)))
}

/// `f.limit_denominator(max)`: the closest fraction with a denominator at most `max`
/// (`fractions.py`'s continued-fraction search).
pub(super) fn limit_denominator(f: &Fraction, max: &BigInt) -> Result<Fraction> {
    if *max < BigInt::one() {
        return Err(Error::value_error("max_denominator should be at least 1"));
    }
    if f.den <= *max {
        return Ok(f.clone());
    }
    let (mut p0, mut q0, mut p1, mut q1) =
        (BigInt::zero(), BigInt::one(), BigInt::one(), BigInt::zero());
    let (mut n, mut d) = (f.num.clone(), f.den.clone());
    loop {
        let a = n.div_floor(&d);
        let q2 = &q0 + &a * &q1;
        if q2 > *max {
            break;
        }
        let p2 = &p0 + &a * &p1;
        (p0, q0, p1, q1) = (p1, q1, p2, q2);
        let r = &n - &a * &d;
        (n, d) = (d, r);
    }
    let k = (max - &q0).div_floor(&q1);
    let bound1 = Fraction::new(&p0 + &k * &p1, &q0 + &k * &q1)?;
    let bound2 = Fraction::new(p1, q1)?;
    let dist = |b: &Fraction| -> Fraction {
        let diff = Fraction::new(&b.num * &f.den - &f.num * &b.den, &b.den * &f.den)
            .unwrap_or_else(|_| f.clone());
        Fraction {
            num: diff.num.abs(),
            den: diff.den,
        }
    };
    let (d1, d2) = (dist(&bound1), dist(&bound2));
    Ok(if &d2.num * &d1.den <= &d1.num * &d2.den {
        bound2
    } else {
        bound1
    })
}
