//! Binary and unary operators. Arithmetic goes through `runnel_core`'s `Value::binop`;
//! what the core does not cover yet is handled by the private fallbacks below.

use crate::exceptions::memory_error;
use runnel_core::value::BinOp;
use runnel_core::{Error, Result, Value};

/// Every binary operator of the language.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Op {
    Add,
    Sub,
    Mul,
    Div,
    FloorDiv,
    Mod,
    Pow,
    LShift,
    RShift,
    BitAnd,
    BitOr,
    BitXor,
}

impl Op {
    pub fn symbol(self) -> &'static str {
        match self {
            Op::Add => "+",
            Op::Sub => "-",
            Op::Mul => "*",
            Op::Div => "/",
            Op::FloorDiv => "//",
            Op::Mod => "%",
            Op::Pow => "** or pow()",
            Op::LShift => "<<",
            Op::RShift => ">>",
            Op::BitAnd => "&",
            Op::BitOr => "|",
            Op::BitXor => "^",
        }
    }

    fn core(self) -> Option<BinOp> {
        Some(match self {
            Op::Add => BinOp::Add,
            Op::Sub => BinOp::Sub,
            Op::Mul => BinOp::Mul,
            Op::Div => BinOp::Div,
            Op::FloorDiv => BinOp::FloorDiv,
            Op::Mod => BinOp::Mod,
            Op::Pow => BinOp::Pow,
            _ => return None,
        })
    }
}

/// `a OP b`.
#[inline]
pub(crate) fn binop(op: Op, a: &Value, b: &Value, max_len: usize) -> Result<Value> {
    if let (Value::Int(x), Value::Int(y)) = (a, b) {
        let r = match op {
            Op::Add => x.checked_add(*y),
            Op::Sub => x.checked_sub(*y),
            Op::Mul => x.checked_mul(*y),
            _ => None,
        };
        if let Some(r) = r {
            return Ok(Value::Int(r));
        }
    }
    if let Some(n) = sequence_result_len(op, a, b) {
        // The memory budget applies before the core builds a large sequence.
        check_len(n, max_len)?;
    }
    if let Some(cop) = op.core() {
        match a.binop(cop, b) {
            Ok(v) => return Ok(v),
            Err(e) if e.exc_type != "TypeError" => return Err(e),
            Err(_) => {}
        }
    }
    // TODO(core): drop this fallback once runnel_core's `Value::binop` covers every operator.
    fallback(op, a, b, max_len)
}

/// The length of `a + b` or `a * n` for sequences, before building it.
fn sequence_result_len(op: Op, a: &Value, b: &Value) -> Option<usize> {
    let len = |v: &Value| match v {
        Value::Str(s) => Some(s.len()),
        Value::Tuple(t) => Some(t.len()),
        Value::List(l) => l.borrow().ok().map(|l| l.len()),
        _ => None,
    };
    match op {
        Op::Add => Some(len(a)?.saturating_add(len(b)?)),
        Op::Mul => match (len(a), len(b)) {
            (Some(n), None) => Some(n.saturating_mul(int(b)?.max(0) as usize)),
            (None, Some(n)) => Some(n.saturating_mul(int(a)?.max(0) as usize)),
            _ => None,
        },
        _ => None,
    }
}

fn num(v: &Value) -> Option<f64> {
    match v {
        Value::Int(i) => Some(*i as f64),
        Value::Bool(b) => Some(*b as i64 as f64),
        Value::Float(x) => Some(*x),
        _ => None,
    }
}

fn int(v: &Value) -> Option<i64> {
    match v {
        Value::Int(i) => Some(*i),
        Value::Bool(b) => Some(*b as i64),
        _ => None,
    }
}

fn overflow() -> Error {
    Error::overflow("integer overflow: Runnel's ints are 64-bit")
}

fn fallback(op: Op, a: &Value, b: &Value, max_len: usize) -> Result<Value> {
    if let (Some(x), Some(y)) = (int(a), int(b)) {
        return int_op(op, x, y);
    }
    if let (Some(x), Some(y)) = (num(a), num(b)) {
        return float_op(op, x, y);
    }
    use Value::*;
    match (op, a, b) {
        (Op::Add, Str(x), Str(y)) => {
            check_len(x.len() + y.len(), max_len)?;
            let mut s = String::with_capacity(x.len() + y.len());
            s.push_str(x);
            s.push_str(y);
            Ok(Value::str(&s))
        }
        (Op::Add, List(x), List(y)) => {
            let mut v = x.borrow()?.clone();
            v.extend(y.borrow()?.iter().cloned());
            check_len(v.len(), max_len)?;
            Ok(Value::list(v))
        }
        (Op::Add, Tuple(x), Tuple(y)) => {
            check_len(x.len() + y.len(), max_len)?;
            Ok(Value::tuple(x.iter().chain(y.iter()).cloned().collect()))
        }
        (Op::Add, Str(_) | List(_) | Tuple(_), _) => Err(Error::type_error(format!(
            "can only concatenate {} (not \"{}\") to {}",
            a.type_name(),
            b.type_name(),
            a.type_name()
        ))),
        (Op::Mul, Str(_) | List(_) | Tuple(_), Int(_) | Bool(_)) => {
            repeat(a, int(b).unwrap_or(0), max_len)
        }
        (Op::Mul, Int(_) | Bool(_), Str(_) | List(_) | Tuple(_)) => {
            repeat(b, int(a).unwrap_or(0), max_len)
        }
        (Op::Mul, Str(_) | List(_) | Tuple(_), _) | (Op::Mul, _, Str(_) | List(_) | Tuple(_)) => {
            let other = if matches!(a, Str(_) | List(_) | Tuple(_)) {
                b
            } else {
                a
            };
            Err(Error::type_error(format!(
                "can't multiply sequence by non-int of type '{}'",
                other.type_name()
            )))
        }
        (Op::Mod, Str(fmt), _) => crate::format::percent_format(fmt, b),
        (
            Op::BitOr | Op::BitAnd | Op::Sub | Op::BitXor,
            Set(_) | FrozenSet(_),
            Set(_) | FrozenSet(_),
        ) => crate::methods::set::set_op(op, a, b),
        (Op::BitOr, Dict(x), Dict(y)) => {
            let mut d = x.borrow()?.clone();
            for (k, v) in y.borrow()?.iter() {
                d.insert(k.clone(), v.clone())?;
            }
            Ok(Value::dict(d))
        }
        _ => Err(unsupported(op, a, b)),
    }
}

pub(crate) fn unsupported(op: Op, a: &Value, b: &Value) -> Error {
    Error::type_error(format!(
        "unsupported operand type(s) for {}: '{}' and '{}'",
        op.symbol(),
        a.type_name(),
        b.type_name()
    ))
}

fn check_len(n: usize, max: usize) -> Result<()> {
    if n > max {
        Err(memory_error())
    } else {
        Ok(())
    }
}

fn repeat(seq: &Value, n: i64, max_len: usize) -> Result<Value> {
    let n = n.max(0) as usize;
    match seq {
        Value::Str(s) => {
            check_len(s.len().saturating_mul(n), max_len)?;
            Ok(Value::str(&s.repeat(n)))
        }
        Value::List(l) => {
            let items = l.borrow()?;
            check_len(items.len().saturating_mul(n), max_len)?;
            Ok(Value::list(
                items
                    .iter()
                    .cloned()
                    .cycle()
                    .take(items.len() * n)
                    .collect(),
            ))
        }
        Value::Tuple(t) => {
            check_len(t.len().saturating_mul(n), max_len)?;
            Ok(Value::tuple(
                t.iter().cloned().cycle().take(t.len() * n).collect(),
            ))
        }
        _ => Err(Error::type_error(
            "can't multiply sequence by non-int of type 'str'",
        )),
    }
}

fn int_op(op: Op, x: i64, y: i64) -> Result<Value> {
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

fn float_op(op: Op, x: f64, y: f64) -> Result<Value> {
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

/// `-v`, `+v`, `~v`.
pub(crate) fn neg(v: &Value) -> Result<Value> {
    match v {
        Value::Int(i) => i.checked_neg().map(Value::Int).ok_or_else(overflow),
        Value::Bool(b) => Ok(Value::Int(-(*b as i64))),
        Value::Float(x) => Ok(Value::Float(-x)),
        _ => Err(Error::type_error(format!(
            "bad operand type for unary -: '{}'",
            v.type_name()
        ))),
    }
}

pub(crate) fn pos(v: &Value) -> Result<Value> {
    match v {
        Value::Int(_) | Value::Float(_) => Ok(v.clone()),
        Value::Bool(b) => Ok(Value::Int(*b as i64)),
        _ => Err(Error::type_error(format!(
            "bad operand type for unary +: '{}'",
            v.type_name()
        ))),
    }
}

pub(crate) fn invert(v: &Value) -> Result<Value> {
    match int(v) {
        Some(i) => Ok(Value::Int(!i)),
        None => Err(Error::type_error(format!(
            "bad operand type for unary ~: '{}'",
            v.type_name()
        ))),
    }
}
