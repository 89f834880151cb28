//! Python's binary operators on values: `+ - * / // % **`, with int/float promotion.

use super::Value;
use crate::{Error, Result};

/// A binary arithmetic operator.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BinOp {
    Add,
    Sub,
    Mul,
    Div,
    FloorDiv,
    Mod,
    Pow,
}

impl BinOp {
    pub fn symbol(self) -> &'static str {
        match self {
            BinOp::Add => "+",
            BinOp::Sub => "-",
            BinOp::Mul => "*",
            BinOp::Div => "/",
            BinOp::FloorDiv => "//",
            BinOp::Mod => "%",
            BinOp::Pow => "**",
        }
    }
}

impl Value {
    /// `self OP other` with Python's semantics.
    pub fn binop(&self, op: BinOp, other: &Value) -> Result<Value> {
        use Value::*;
        match (self, other, op) {
            (Int(a), Int(b), BinOp::Add) => a.checked_add(*b).map(Int).ok_or_else(overflow),
            (Int(a), Int(b), BinOp::Sub) => a.checked_sub(*b).map(Int).ok_or_else(overflow),
            (Int(a), Int(b), BinOp::Mul) => a.checked_mul(*b).map(Int).ok_or_else(overflow),
            (Str(a), Str(b), BinOp::Add) => Ok(Value::str(&format!("{a}{b}"))),
            (Float(_) | Int(_), Float(_) | Int(_), BinOp::Add) => Ok(Float(self.f() + other.f())),
            (Float(_) | Int(_), Float(_) | Int(_), BinOp::Sub) => Ok(Float(self.f() - other.f())),
            (Float(_) | Int(_), Float(_) | Int(_), BinOp::Mul) => Ok(Float(self.f() * other.f())),
            _ => Err(Error::type_error(format!(
                "unsupported operand type(s) for {}: '{}' and '{}'",
                op.symbol(),
                self.type_name(),
                other.type_name()
            ))),
        }
    }

    fn f(&self) -> f64 {
        match self {
            Value::Int(i) => *i as f64,
            Value::Float(x) => *x,
            Value::Bool(b) => *b as i64 as f64,
            _ => f64::NAN,
        }
    }
}

fn overflow() -> Error {
    Error::overflow("integer overflow: Runnel's ints are 64-bit")
}
