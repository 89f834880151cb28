//! Finite decimal numbers as Python's `decimal` computes them (`_pydecimal`): a sign, a
//! coefficient and an exponent, rounded to the context's precision by its rounding mode.

use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{Pow, Signed, Zero};
use runnel_core::{Error, Result};
use std::cmp::Ordering;

/// The rounding modes, by the names the module's constants hold.
pub(crate) const ROUNDINGS: [&str; 8] = [
    "ROUND_DOWN",
    "ROUND_HALF_UP",
    "ROUND_HALF_EVEN",
    "ROUND_CEILING",
    "ROUND_FLOOR",
    "ROUND_UP",
    "ROUND_HALF_DOWN",
    "ROUND_05UP",
];

#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Dec {
    pub neg: bool,
    /// The coefficient, never negative.
    pub coeff: BigInt,
    pub exp: i64,
}

pub(crate) fn invalid(condition: &str) -> Error {
    Error::new(
        "decimal.InvalidOperation",
        format!("[<class 'decimal.{condition}'>]"),
    )
}

fn pow10(n: i64) -> BigInt {
    BigInt::from(10).pow(n.max(0) as u32)
}

fn digits(c: &BigInt) -> i64 {
    if c.is_zero() {
        1
    } else {
        c.to_string().len() as i64
    }
}

/// The largest exponent (either sign) and precision Runnel computes with: beyond, a
/// power of ten would outgrow the memory budget (CPython's context would mostly raise
/// `Overflow` there).
pub(crate) const MAX_SCALE: i64 = 100_000;

pub(crate) fn too_large() -> Error {
    Error::new(
        "NotImplementedError",
        format!("Decimal exponents and precisions beyond {MAX_SCALE} are not supported in Runnel"),
    )
}

impl Dec {
    /// Refuses a value whose exponent is beyond [`MAX_SCALE`].
    pub fn check(&self) -> Result<()> {
        if self.exp.abs() > MAX_SCALE {
            return Err(too_large());
        }
        Ok(())
    }

    pub fn from_int(i: &BigInt) -> Dec {
        Dec {
            neg: i.is_negative(),
            coeff: i.abs(),
            exp: 0,
        }
    }

    /// The exact value of a float (`Decimal(0.1)`).
    pub fn from_f64(x: f64) -> Result<Dec> {
        if !x.is_finite() {
            return Err(Error::new(
                "NotImplementedError",
                "Decimal infinities and NaNs are not supported in Runnel",
            ));
        }
        let bits = x.to_bits();
        let e = ((bits >> 52) & 0x7ff) as i64;
        let f = bits & ((1 << 52) - 1);
        let (m, e) = if e == 0 {
            (f, -1074)
        } else {
            (f | (1 << 52), e - 1075)
        };
        let neg = x.is_sign_negative();
        if e >= 0 {
            return Ok(Dec {
                neg,
                coeff: BigInt::from(m) << e as usize,
                exp: 0,
            });
        }
        // m / 2**k == m * 5**k / 10**k, then trailing zeros dropped as CPython's from_float.
        let k = -e;
        let mut coeff = BigInt::from(m) * BigInt::from(5).pow(k as u32);
        let mut exp = -k;
        while !coeff.is_zero() && (&coeff % 10u32).is_zero() && exp < 0 {
            coeff /= 10u32;
            exp += 1;
        }
        if coeff.is_zero() {
            exp = 0;
        }
        Ok(Dec { neg, coeff, exp })
    }

    /// A numeric string (`' -1_000.50e-3 '`), or `None` when it is not one.
    pub fn parse(text: &str) -> Option<Dec> {
        let s = text.trim();
        let (neg, s) = match s.as_bytes().first() {
            Some(b'-') => (true, &s[1..]),
            Some(b'+') => (false, &s[1..]),
            _ => (false, s),
        };
        let (mant, exp) = match s.find(['e', 'E']) {
            Some(i) => (&s[..i], s[i + 1..].replace('_', "").parse::<i64>().ok()?),
            None => (s, 0),
        };
        let (int, frac) = mant.split_once('.').unwrap_or((mant, ""));
        let ok = |p: &str| {
            p.bytes().all(|b| b.is_ascii_digit() || b == b'_')
                && !p.starts_with('_')
                && !p.ends_with('_')
                && !p.contains("__")
        };
        if (int.is_empty() && frac.is_empty()) || !ok(int) || !ok(frac) {
            return None;
        }
        let (int, frac) = (int.replace('_', ""), frac.replace('_', ""));
        let coeff: BigInt = format!("{int}{frac}0").parse::<BigInt>().ok()? / 10u32;
        Some(Dec {
            neg,
            coeff,
            exp: exp.checked_sub(frac.len() as i64)?,
        })
    }

    /// `str(d)`: CPython's to-scientific-string.
    pub fn to_text(&self) -> String {
        let int = self.coeff.to_string();
        let left = self.exp + int.len() as i64;
        let dot = if self.exp <= 0 && left > -6 { left } else { 1 };
        let (ip, fp) = if dot <= 0 {
            (
                "0".to_string(),
                format!(".{}{int}", "0".repeat((-dot) as usize)),
            )
        } else if dot >= int.len() as i64 {
            (
                format!("{int}{}", "0".repeat((dot - int.len() as i64) as usize)),
                String::new(),
            )
        } else {
            (
                int[..dot as usize].to_string(),
                format!(".{}", &int[dot as usize..]),
            )
        };
        let e = if left == dot {
            String::new()
        } else {
            format!("E{:+}", left - dot)
        };
        format!("{}{ip}{fp}{e}", if self.neg { "-" } else { "" })
    }

    pub fn is_zero(&self) -> bool {
        self.coeff.is_zero()
    }

    fn signed(&self) -> BigInt {
        if self.neg {
            -self.coeff.clone()
        } else {
            self.coeff.clone()
        }
    }

    /// Numeric order (zeros of either sign equal).
    pub fn cmp_value(&self, o: &Dec) -> Ordering {
        let e = self.exp.min(o.exp);
        (self.signed() * pow10(self.exp - e)).cmp(&(o.signed() * pow10(o.exp - e)))
    }

    /// Whether the dropped part (`rest` out of `unit`) rounds the kept `q` away from zero.
    fn rounds_up(q: &BigInt, rest: &BigInt, unit: &BigInt, neg: bool, mode: &str) -> bool {
        if rest.is_zero() {
            return false;
        }
        let half = (rest * 2u32).cmp(unit);
        match mode {
            "ROUND_DOWN" => false,
            "ROUND_UP" => true,
            "ROUND_CEILING" => !neg,
            "ROUND_FLOOR" => neg,
            "ROUND_HALF_UP" => half != Ordering::Less,
            "ROUND_HALF_DOWN" => half == Ordering::Greater,
            "ROUND_05UP" => {
                let last = (q % 10u32).to_string();
                last == "0" || last == "5"
            }
            _ => half == Ordering::Greater || (half == Ordering::Equal && q.is_odd()),
        }
    }

    /// The value with exponent `exp` (coefficient rounded by `mode` when it grows).
    pub fn rescale(&self, exp: i64, mode: &str) -> Dec {
        if exp <= self.exp {
            return Dec {
                neg: self.neg,
                coeff: &self.coeff * pow10(self.exp - exp),
                exp,
            };
        }
        let unit = pow10(exp - self.exp);
        let (mut q, rest) = self.coeff.div_rem(&unit);
        if Dec::rounds_up(&q, &rest, &unit, self.neg, mode) {
            q += 1u32;
        }
        Dec {
            neg: self.neg,
            coeff: q,
            exp,
        }
    }

    /// Rounded to `prec` significant digits (`_fix` without the exponent limits).
    pub fn fix(&self, prec: i64, mode: &str) -> Dec {
        let n = digits(&self.coeff);
        if n <= prec {
            return self.clone();
        }
        let mut d = self.rescale(self.exp + n - prec, mode);
        if digits(&d.coeff) > prec {
            d = Dec {
                neg: d.neg,
                coeff: d.coeff / 10u32,
                exp: d.exp + 1,
            };
        }
        d
    }

    pub fn add(&self, o: &Dec, prec: i64, mode: &str) -> Dec {
        let e = self.exp.min(o.exp);
        let sum = self.signed() * pow10(self.exp - e) + o.signed() * pow10(o.exp - e);
        let neg = if sum.is_zero() {
            // An exact zero is negative only when both were, or when rounding floors.
            (self.neg && o.neg) || (self.neg != o.neg && mode == "ROUND_FLOOR")
        } else {
            sum.is_negative()
        };
        Dec {
            neg,
            coeff: sum.abs(),
            exp: e,
        }
        .fix(prec, mode)
    }

    pub fn mul(&self, o: &Dec, prec: i64, mode: &str) -> Dec {
        Dec {
            neg: self.neg != o.neg,
            coeff: &self.coeff * &o.coeff,
            exp: self.exp + o.exp,
        }
        .fix(prec, mode)
    }

    /// `self / o` (`_pydecimal`'s `__truediv__`).
    pub fn div(&self, o: &Dec, prec: i64, mode: &str) -> Result<Dec> {
        let neg = self.neg != o.neg;
        if o.is_zero() {
            return Err(by_zero(self));
        }
        if self.is_zero() {
            return Ok(Dec {
                neg,
                coeff: BigInt::zero(),
                exp: self.exp - o.exp,
            });
        }
        let shift = digits(&o.coeff) - digits(&self.coeff) + prec + 1;
        let mut exp = self.exp - o.exp - shift;
        let (mut q, rest) = if shift >= 0 {
            (&self.coeff * pow10(shift)).div_rem(&o.coeff)
        } else {
            self.coeff.div_rem(&(&o.coeff * pow10(-shift)))
        };
        if !rest.is_zero() {
            if (&q % 5u32).is_zero() {
                q += 1u32;
            }
        } else {
            let ideal = self.exp - o.exp;
            while exp < ideal && (&q % 10u32).is_zero() {
                q /= 10u32;
                exp += 1;
            }
        }
        Ok(Dec { neg, coeff: q, exp }.fix(prec, mode))
    }

    /// `(self // o, self % o)`: the quotient truncated toward zero, the remainder with the
    /// dividend's sign.
    pub fn divmod(&self, o: &Dec, prec: i64, mode: &str) -> Result<(Dec, Dec)> {
        if o.is_zero() {
            return Err(by_zero(self));
        }
        let e = self.exp.min(o.exp);
        let (a, b) = (
            &self.coeff * pow10(self.exp - e),
            &o.coeff * pow10(o.exp - e),
        );
        let (q, r) = a.div_rem(&b);
        if digits(&q) > prec {
            return Err(invalid("DivisionImpossible"));
        }
        let quot = Dec {
            neg: self.neg != o.neg,
            coeff: q,
            exp: 0,
        };
        let rem = Dec {
            neg: self.neg,
            coeff: r,
            exp: e,
        }
        .fix(prec, mode);
        Ok((quot, rem))
    }

    /// Trailing zeros of the coefficient removed (`normalize()`).
    pub fn normalize(&self, prec: i64, mode: &str) -> Dec {
        let mut d = self.fix(prec, mode);
        if d.is_zero() {
            return Dec {
                neg: d.neg,
                coeff: d.coeff,
                exp: 0,
            };
        }
        while (&d.coeff % 10u32).is_zero() {
            d.coeff /= 10u32;
            d.exp += 1;
        }
        d
    }

    /// The integer part, truncated (`int(d)`).
    pub fn trunc(&self) -> BigInt {
        let v = if self.exp >= 0 {
            &self.coeff * pow10(self.exp)
        } else {
            &self.coeff / pow10(-self.exp)
        };
        if self.neg {
            -v
        } else {
            v
        }
    }

    /// CPython's `Decimal.__hash__`, equal to an equal int's, float's or Fraction's.
    pub fn py_hash(&self) -> i64 {
        let m = BigInt::from((1i64 << 61) - 1);
        let ten = BigInt::from(10);
        let e = if self.exp >= 0 {
            ten.modpow(&BigInt::from(self.exp), &m)
        } else {
            let inv = ten.modpow(&(&m - 2u32), &m);
            inv.modpow(&BigInt::from(-self.exp), &m)
        };
        let h = i64::try_from(&self.coeff * e % &m).unwrap_or(0);
        let h = if self.neg { -h } else { h };
        if h == -1 {
            -2
        } else {
            h
        }
    }

    /// The sign-flipped value (`-d`); a zero stays positive unless rounding floors.
    pub fn negate(&self, mode: &str) -> Dec {
        let neg = if self.is_zero() {
            mode == "ROUND_FLOOR" && !self.neg
        } else {
            !self.neg
        };
        Dec {
            neg,
            coeff: self.coeff.clone(),
            exp: self.exp,
        }
    }
}

/// Dividing `dividend` by zero: `DivisionUndefined` for 0/0, else `DivisionByZero`.
fn by_zero(dividend: &Dec) -> Error {
    if dividend.is_zero() {
        invalid("DivisionUndefined")
    } else {
        Error::new(
            "decimal.DivisionByZero",
            "[<class 'decimal.DivisionByZero'>]",
        )
    }
}
