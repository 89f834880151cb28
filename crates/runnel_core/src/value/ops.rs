//! Python's operators on values: binary (`+ - * / // % ** & | ^ << >>`), unary
//! (`-x`, `+x`, `~x`) and `divmod`, with CPython's results and error messages.

use super::arith::{float_divmod, int_divmod, num_binop, Num};
use super::seqops::{concat, repeat, set_binop};
use super::Value;
use crate::{Error, Result};

/// A binary operator.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BinOp {
    Add,
    Sub,
    Mul,
    Div,
    FloorDiv,
    Mod,
    Pow,
    BitAnd,
    BitOr,
    BitXor,
    LShift,
    RShift,
}

impl BinOp {
    /// The operator as written in Python source.
    pub fn symbol(self) -> &'static str {
        match self {
            BinOp::Add => "+",
            BinOp::Sub => "-",
            BinOp::Mul => "*",
            BinOp::Div => "/",
            BinOp::FloorDiv => "//",
            BinOp::Mod => "%",
            BinOp::Pow => "**",
            BinOp::BitAnd => "&",
            BinOp::BitOr => "|",
            BinOp::BitXor => "^",
            BinOp::LShift => "<<",
            BinOp::RShift => ">>",
        }
    }

    /// The operator from its source text (`"//"` -> `FloorDiv`).
    pub fn from_symbol(s: &str) -> Option<BinOp> {
        use BinOp::*;
        [
            Add, Sub, Mul, Div, FloorDiv, Mod, Pow, BitAnd, BitOr, BitXor, LShift, RShift,
        ]
        .into_iter()
        .find(|op| op.symbol() == s)
    }
}

impl Value {
    /// `self OP other` with Python's semantics.
    pub fn binop(&self, op: BinOp, other: &Value) -> Result<Value> {
        if let (Value::Bool(a), Value::Bool(b)) = (self, other) {
            // bool's own `& | ^` keep the result a bool.
            match op {
                BinOp::BitAnd => return Ok(Value::Bool(a & b)),
                BinOp::BitOr => return Ok(Value::Bool(a | b)),
                BinOp::BitXor => return Ok(Value::Bool(a ^ b)),
                _ => {}
            }
        }
        if let (Some(a), Some(b)) = (Num::of(self), Num::of(other)) {
            if let Some(r) = num_binop(op, a, b) {
                return r;
            }
        }
        if let Value::Object(o) = self {
            if let Some(r) = o.binop(op, other, false) {
                return r;
            }
        }
        if let Value::Object(o) = other {
            if let Some(r) = o.binop(op, self, true) {
                return r;
            }
        }
        let r = match op {
            BinOp::Add => concat(self, other),
            BinOp::Mul => repeat(self, other),
            BinOp::Mod => match self {
                Value::Str(fmt) => Some(super::printf::format_percent(fmt, other)),
                _ => None,
            },
            _ => set_binop(op, self, other),
        };
        r.unwrap_or_else(|| Err(unsupported(op.symbol(), self, other)))
    }

    /// `-self`.
    pub fn neg(&self) -> Result<Value> {
        match Num::of(self) {
            Some(Num::Int(i)) => Ok(i.checked_neg().map_or_else(
                || super::bigint::int_value(-num_bigint::BigInt::from(i)),
                Value::Int,
            )),
            Some(Num::Float(x)) => Ok(Value::Float(-x)),
            None => object_unary(self, "-"),
        }
    }

    /// `+self` (a bool becomes an int).
    pub fn pos(&self) -> Result<Value> {
        match Num::of(self) {
            Some(Num::Int(i)) => Ok(Value::Int(i)),
            Some(Num::Float(x)) => Ok(Value::Float(x)),
            None => object_unary(self, "+"),
        }
    }

    /// `~self`, for ints and bools.
    pub fn invert(&self) -> Result<Value> {
        match Num::of(self) {
            Some(Num::Int(i)) => Ok(Value::Int(!i)),
            _ => object_unary(self, "~"),
        }
    }

    /// `divmod(self, other)` for numbers: `(self // other, self % other)`.
    pub fn divmod(&self, other: &Value) -> Result<Value> {
        match (Num::of(self), Num::of(other)) {
            (Some(Num::Int(a)), Some(Num::Int(b))) if a != i64::MIN || b != -1 => {
                let (q, r) = int_divmod(a, b)?;
                Ok(Value::pair(Value::Int(q), Value::Int(r)))
            }
            (Some(a @ Num::Float(_)), Some(b)) | (Some(a), Some(b @ Num::Float(_))) => {
                let (a, b) = (a.to_f64(), b.to_f64());
                if b == 0.0 {
                    return Err(Error::zero_division("float divmod()"));
                }
                let (q, r) = float_divmod(a, b);
                Ok(Value::pair(Value::Float(q), Value::Float(r)))
            }
            (x, y) => match (super::bigint::as_big(self), super::bigint::as_big(other)) {
                (Some(a), Some(b)) => Ok(Value::pair(
                    super::bigint::big_binop(BinOp::FloorDiv, &a, &b)?,
                    super::bigint::big_binop(BinOp::Mod, &a, &b)?,
                )),
                // A float and an int beyond 64 bits: the int as a float, as CPython.
                (Some(big), None) if matches!(y, Some(Num::Float(_))) => {
                    Value::Float(super::bigint::big_to_f64(&big)?).divmod(other)
                }
                (None, Some(big)) if matches!(x, Some(Num::Float(_))) => {
                    self.divmod(&Value::Float(super::bigint::big_to_f64(&big)?))
                }
                _ => Err(unsupported("divmod()", self, other)),
            },
        }
    }
}

fn unsupported(symbol: &str, a: &Value, b: &Value) -> Error {
    let symbol = if symbol == "**" {
        "** or pow()"
    } else {
        symbol
    };
    Error::type_error(format!(
        "unsupported operand type(s) for {symbol}: '{}' and '{}'",
        a.type_name(),
        b.type_name()
    ))
}

/// A unary operator on an object by its own method, or the `TypeError` Python raises.
fn object_unary(v: &Value, symbol: &str) -> Result<Value> {
    if let Value::Object(o) = v {
        if let Some(r) = o.unary(symbol) {
            return r;
        }
    }
    Err(bad_unary(symbol, v))
}

fn bad_unary(symbol: &str, v: &Value) -> Error {
    Error::type_error(format!(
        "bad operand type for unary {symbol}: '{}'",
        v.type_name()
    ))
}
