//! `enum.auto()`: the value an enum's kind generates next (the last value plus one,
//! the next power of two for flags, the lower-cased name for `StrEnum`), and
//! expressions over `auto()`s in a class body (`RW = R | W`), worked out in definition
//! order when the members are made.

use super::enums::EnumKind;
use crate::{Args, NativeFunction};
use runnel_core::value::Object;
use runnel_core::{Error, Result, Value};
use std::rc::Rc;

/// The `auto` function.
pub(super) fn auto_fn() -> Value {
    NativeFunction::new("auto", |_, args: Args| {
        args.check_count("auto", 0, 0)?;
        Ok(Auto::make(None))
    })
}

/// A class attribute's member value: itself, or what an `auto()` (or an expression over
/// them) stands for; `autos` keeps the values of the `auto()`s made so far.
pub(super) fn value_of(
    v: Value,
    kind: EnumKind,
    name: &str,
    last: &[Value],
    autos: &mut Vec<(usize, Value)>,
) -> Result<Value> {
    Ok(match v.downcast::<Auto>() {
        Some(a) if a.expr.is_none() => {
            let v = next_value(kind, name, last)?;
            autos.push((a.id, v.clone()));
            v
        }
        Some(a) => a.resolve(autos)?,
        None => v,
    })
}

/// `auto()`: the value the enum's kind generates next (see `next_value`), or an
/// expression over such values (`RW = R | W` in a class body), worked out when the
/// members are made.
#[derive(Clone)]
struct Auto {
    id: usize,
    expr: Option<Rc<AutoExpr>>,
}

/// `left OP right` (`right OP left` when reflected) over an `auto()`.
struct AutoExpr {
    op: runnel_core::value::BinOp,
    left: Auto,
    right: Value,
    reflected: bool,
}

impl Auto {
    fn make(expr: Option<AutoExpr>) -> Value {
        static NEXT: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);
        let id = NEXT.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
        Value::object(Auto {
            id,
            expr: expr.map(Rc::new),
        })
    }

    /// The value, given those of the `auto()`s made so far.
    fn resolve(&self, known: &[(usize, Value)]) -> Result<Value> {
        let Some(e) = &self.expr else {
            return known
                .iter()
                .find(|(id, _)| *id == self.id)
                .map(|(_, v)| v.clone())
                .ok_or_else(|| Error::value_error("auto() used before its value is known"));
        };
        let left = e.left.resolve(known)?;
        let right = match e.right.downcast::<Auto>() {
            Some(a) => a.resolve(known)?,
            None => e.right.clone(),
        };
        match e.reflected {
            false => left.binop(e.op, &right),
            true => right.binop(e.op, &left),
        }
    }
}

impl Object for Auto {
    fn type_name(&self) -> &str {
        "auto"
    }
    fn repr(&self) -> String {
        "auto(_EnumDict.auto)".to_string()
    }
    fn binop(
        &self,
        op: runnel_core::value::BinOp,
        other: &Value,
        reflected: bool,
    ) -> Option<Result<Value>> {
        Some(Ok(Auto::make(Some(AutoExpr {
            op,
            left: self.clone(),
            right: other.clone(),
            reflected,
        }))))
    }
    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
}

/// The value `auto()` stands for: the last value plus one (`Enum`), the next power of
/// two (`Flag`), the lower-cased name (`StrEnum`).
fn next_value(kind: EnumKind, name: &str, last: &[Value]) -> Result<Value> {
    Ok(match kind {
        EnumKind::StrEnum => Value::str(&name.to_lowercase()),
        EnumKind::Flag | EnumKind::IntFlag => {
            let high = last
                .iter()
                .filter_map(|v| match v {
                    Value::Int(i) => Some(*i),
                    _ => None,
                })
                .max()
                .unwrap_or(0);
            let bits = 64 - high.max(0).leading_zeros();
            Value::Int(1i64 << bits.min(62))
        }
        _ => match last.last() {
            Some(v) => v.binop(runnel_core::value::BinOp::Add, &Value::Int(1))?,
            None => Value::Int(1),
        },
    })
}
