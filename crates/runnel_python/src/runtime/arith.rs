//! Integer and float arithmetic with Python's semantics (floor division, modulo signs,
//! errors). TODO(core): private fallback until runnel_core's `Value::binop` covers it.

use super::ops::{overflow, unsupported, Op};
use runnel_core::{Error, Result, Value};

pub(super) fn int_op(op: Op, x: i64, y: i64) -> Result<Value> {
    let r = match op {
        Op::Add => x.checked_add(y),
        Op::Sub => x.checked_sub(y),
        Op::Mul => x.checked_mul(y),
        Op::Div => {
            if y == 0 {
                return Err(Error::zero_division("division by zero"));
            }
            return Ok(Value::Float(x as f64 / y as f64));
        }
        Op::FloorDiv => {
            if y == 0 {
                return Err(Error::zero_division("integer division or modulo by zero"));
            }
            x.checked_div_euclid(y).map(|_| floor_div(x, y))
        }
        Op::Mod => {
            if y == 0 {
                return Err(Error::zero_division("integer modulo by zero"));
            }
            x.checked_rem(y).map(|r| {
                if r != 0 && ((r < 0) != (y < 0)) {
                    r + y
                } else {
                    r
                }
            })
        }
        Op::Pow => {
            if y < 0 {
                if x == 0 {
                    return Err(Error::zero_division(
                        "0.0 cannot be raised to a negative power",
                    ));
                }
                return Ok(Value::Float((x as f64).powf(y as f64)));
            }
            u32::try_from(y).ok().and_then(|e| x.checked_pow(e))
        }
        Op::LShift => {
            if y < 0 {
                return Err(Error::value_error("negative shift count"));
            }
            if x == 0 {
                Some(0)
            } else if y >= 63 {
                None
            } else {
                x.checked_mul(1i64 << y)
            }
        }
        Op::RShift => {
            if y < 0 {
                return Err(Error::value_error("negative shift count"));
            }
            Some(x >> y.min(63))
        }
        Op::BitAnd => Some(x & y),
        Op::BitOr => Some(x | y),
        Op::BitXor => Some(x ^ y),
    };
    r.map(Value::Int).ok_or_else(overflow)
}

fn floor_div(x: i64, y: i64) -> i64 {
    let q = x / y;
    if (x % y != 0) && ((x < 0) != (y < 0)) {
        q - 1
    } else {
        q
    }
}

/// CPython's `float_divmod`.
pub(crate) fn float_divmod(x: f64, y: f64) -> (f64, f64) {
    let mut m = x % y;
    let mut div = (x - m) / y;
    if m != 0.0 {
        if (y < 0.0) != (m < 0.0) {
            m += y;
            div -= 1.0;
        }
    } else {
        m = 0f64.copysign(y);
    }
    let floordiv = if div != 0.0 {
        let mut f = div.floor();
        if div - f > 0.5 {
            f += 1.0;
        }
        f
    } else {
        0f64.copysign(x / y)
    };
    (floordiv, m)
}

pub(super) fn float_op(op: Op, x: f64, y: f64) -> Result<Value> {
    Ok(Value::Float(match op {
        Op::Add => x + y,
        Op::Sub => x - y,
        Op::Mul => x * y,
        Op::Div => {
            if y == 0.0 {
                return Err(Error::zero_division("float division by zero"));
            }
            x / y
        }
        Op::FloorDiv => {
            if y == 0.0 {
                return Err(Error::zero_division("float floor division by zero"));
            }
            float_divmod(x, y).0
        }
        Op::Mod => {
            if y == 0.0 {
                return Err(Error::zero_division("float modulo"));
            }
            float_divmod(x, y).1
        }
        Op::Pow => {
            if x == 0.0 && y < 0.0 {
                return Err(Error::zero_division(
                    "0.0 cannot be raised to a negative power",
                ));
            }
            if x < 0.0 && y.fract() != 0.0 {
                return Err(Error::unsupported("complex numbers are not supported"));
            }
            let r = x.powf(y);
            if r.is_infinite() && x.is_finite() && y.is_finite() {
                return Err(Error::overflow("(34, 'Numerical result out of range')"));
            }
            r
        }
        _ => {
            return Err(unsupported(op, &Value::Float(x), &Value::Float(y)));
        }
    }))
}
