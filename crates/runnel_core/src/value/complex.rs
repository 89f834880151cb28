//! Python's `complex`, as far as programs meet it: `2j` literals, `complex(re, im)`, a
//! negative number to a fractional power (`(-8) ** (1/3)`), arithmetic with ints and
//! floats, `abs`, `==`, `hash`, and CPython's repr. The algorithms are CPython's
//! (`complexobject.c`: `_Py_c_quot`, `c_powi`, `_Py_c_pow`), over the same libm functions
//! as the rest of Runnel's float math.

use super::{BinOp, Object, Value};
use crate::fmath;
use crate::{Error, Result};
use std::any::Any;

/// A complex number.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Complex {
    pub re: f64,
    pub im: f64,
}

impl Complex {
    pub fn value(re: f64, im: f64) -> Value {
        Value::object(Complex { re, im })
    }

    /// The complex a number is (`None` for anything else).
    pub fn of(v: &Value) -> Option<Complex> {
        match v {
            Value::Bool(b) => Some(Complex {
                re: *b as i64 as f64,
                im: 0.0,
            }),
            Value::Int(i) => Some(Complex {
                re: *i as f64,
                im: 0.0,
            }),
            Value::Float(x) => Some(Complex { re: *x, im: 0.0 }),
            Value::Object(o) => match o.as_any().downcast_ref::<Complex>() {
                Some(c) => Some(*c),
                None => super::bigint::as_big(v)
                    .and_then(|b| super::bigint::big_to_f64(&b).ok())
                    .map(|re| Complex { re, im: 0.0 }),
            },
            _ => None,
        }
    }

    fn mul(a: Complex, b: Complex) -> Complex {
        Complex {
            re: a.re * b.re - a.im * b.im,
            im: a.re * b.im + a.im * b.re,
        }
    }

    /// CPython's `_Py_c_quot` (Smith's method).
    pub fn quot(a: Complex, b: Complex) -> Result<Complex> {
        let (abs_re, abs_im) = (b.re.abs(), b.im.abs());
        if abs_re >= abs_im {
            if abs_re == 0.0 {
                return Err(Error::zero_division("complex division by zero"));
            }
            let ratio = b.im / b.re;
            let denom = b.re + b.im * ratio;
            Ok(Complex {
                re: (a.re + a.im * ratio) / denom,
                im: (a.im - a.re * ratio) / denom,
            })
        } else if abs_im >= abs_re {
            let ratio = b.re / b.im;
            let denom = b.re * ratio + b.im;
            Ok(Complex {
                re: (a.re * ratio + a.im) / denom,
                im: (a.im * ratio - a.re) / denom,
            })
        } else {
            Ok(Complex {
                re: f64::NAN,
                im: f64::NAN,
            })
        }
    }

    /// CPython's `complex_pow`: repeated squaring for small integral exponents, else the
    /// polar form (`_Py_c_pow`).
    pub fn pow(a: Complex, b: Complex) -> Result<Complex> {
        if b.im == 0.0 && b.re == b.re.floor() && b.re.abs() <= 100.0 {
            let n = b.re as i64;
            let p = powu(a, n.unsigned_abs());
            return match n >= 0 {
                true => Ok(p),
                // CPython names any zero division here as a power's.
                false => Complex::quot(Complex { re: 1.0, im: 0.0 }, p)
                    .map_err(|_| Error::zero_division("0.0 to a negative or complex power")),
            };
        }
        if b.re == 0.0 && b.im == 0.0 {
            return Ok(Complex { re: 1.0, im: 0.0 });
        }
        if a.re == 0.0 && a.im == 0.0 {
            if b.im != 0.0 || b.re < 0.0 {
                return Err(Error::zero_division("0.0 to a negative or complex power"));
            }
            return Ok(Complex { re: 0.0, im: 0.0 });
        }
        let vabs = fmath::hypot(a.re, a.im);
        let mut len = fmath::pow(vabs, b.re);
        let at = fmath::atan2(a.im, a.re);
        let mut phase = at * b.re;
        if b.im != 0.0 {
            len /= fmath::exp(at * b.im);
            phase += b.im * fmath::ln(vabs);
        }
        Ok(Complex {
            re: len * fmath::cos(phase),
            im: len * fmath::sin(phase),
        })
    }

    /// `abs(z)`.
    pub fn abs(self) -> f64 {
        fmath::hypot(self.re, self.im)
    }
}

/// CPython's `c_powu`.
fn powu(x: Complex, n: u64) -> Complex {
    let (mut r, mut p, mut mask) = (Complex { re: 1.0, im: 0.0 }, x, 1u64);
    while mask > 0 && n >= mask {
        if n & mask != 0 {
            r = Complex::mul(r, p);
        }
        mask <<= 1;
        p = Complex::mul(p, p);
    }
    r
}

/// A part of the repr: the float's repr without the `.0` of an integral value.
fn part(x: f64) -> String {
    let s = super::float_repr(x);
    s.strip_suffix(".0").map(str::to_string).unwrap_or(s)
}

/// `a OP b` for two complex numbers.
pub fn arith(op: BinOp, a: Complex, b: Complex) -> Option<Result<Value>> {
    let r = match op {
        BinOp::Add => Ok(Complex {
            re: a.re + b.re,
            im: a.im + b.im,
        }),
        BinOp::Sub => Ok(Complex {
            re: a.re - b.re,
            im: a.im - b.im,
        }),
        BinOp::Mul => Ok(Complex::mul(a, b)),
        BinOp::Div => Complex::quot(a, b),
        BinOp::Pow => Complex::pow(a, b),
        _ => return None,
    };
    Some(r.map(Value::object))
}

impl Object for Complex {
    fn type_name(&self) -> &str {
        "complex"
    }
    /// CPython's `complex_repr`: `1j`, `(1+2j)`, `(-0-1j)`, `(nan+infj)`.
    fn repr(&self) -> String {
        if self.re == 0.0 && self.re.is_sign_positive() {
            return format!("{}j", part(self.im));
        }
        let im = part(self.im);
        let sign = if im.starts_with('-') { "" } else { "+" };
        format!("({}{sign}{im}j)", part(self.re))
    }
    /// CPython's `complex_hash`: the parts' hashes combined.
    fn hash(&self) -> Option<i64> {
        let h = |x: f64| super::python_hash(&Value::Float(x)).unwrap_or(0) as u64;
        let combined = h(self.re).wrapping_add(1_000_003u64.wrapping_mul(h(self.im))) as i64;
        Some(if combined == -1 { -2 } else { combined })
    }
    fn eq(&self, other: &dyn Object) -> Option<bool> {
        other
            .as_any()
            .downcast_ref::<Complex>()
            .map(|o| o.re == self.re && o.im == self.im)
    }
    fn compare(&self, op: super::CmpOp, other: &Value) -> Option<Result<bool>> {
        let o = Complex::of(other)?;
        match op {
            super::CmpOp::Eq => Some(Ok(o.re == self.re && o.im == self.im)),
            super::CmpOp::Ne => Some(Ok(o.re != self.re || o.im != self.im)),
            _ => Some(Err(Error::type_error(format!(
                "'{}' not supported between instances of 'complex' and '{}'",
                op.symbol(),
                other.type_name()
            )))),
        }
    }
    fn binop(&self, op: BinOp, other: &Value, reflected: bool) -> Option<Result<Value>> {
        let o = Complex::of(other)?;
        match reflected {
            false => arith(op, *self, o),
            true => arith(op, o, *self),
        }
    }
    fn unary(&self, symbol: &str) -> Option<Result<Value>> {
        Some(Ok(match symbol {
            "-" => Complex::value(-self.re, -self.im),
            "+" => Complex::value(self.re, self.im),
            "abs" => Value::Float(self.abs()),
            _ => return None,
        }))
    }
    fn truthy(&self) -> bool {
        self.re != 0.0 || self.im != 0.0
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
}
