//! Operators on native instances: a [`crate::NativeClass`] that defines `__add__`,
//! `__eq__`, `__invert__`... as methods gets them called for `a + b`, `a == b`, `~a`, so
//! bindings such as PySpark's `Column` can build expressions (`col("x") > 5`).
//! Only objects take this path; ints, strings and the other built-in values never do.

use super::compare::Cmp;
use super::ops::Op;
use crate::native::NativeInstance;
use crate::{Args, Interpreter};
use runnel_core::{Result, Value};

fn method_of(v: &Value, name: &str) -> Option<crate::NativeMethod> {
    let inst = v.downcast::<NativeInstance>()?;
    inst.class.find_method(name).cloned()
}

fn call(
    interp: &Interpreter,
    recv: &Value,
    name: &str,
    other: Option<&Value>,
) -> Option<Result<Value>> {
    let m = method_of(recv, name)?;
    Some(m(
        interp,
        recv,
        Args::new(other.into_iter().cloned().collect()),
    ))
}

fn names(op: Op) -> (&'static str, &'static str) {
    match op {
        Op::Add => ("__add__", "__radd__"),
        Op::Sub => ("__sub__", "__rsub__"),
        Op::Mul => ("__mul__", "__rmul__"),
        Op::Div => ("__truediv__", "__rtruediv__"),
        Op::FloorDiv => ("__floordiv__", "__rfloordiv__"),
        Op::Mod => ("__mod__", "__rmod__"),
        Op::Pow => ("__pow__", "__rpow__"),
        Op::BitAnd => ("__and__", "__rand__"),
        Op::BitOr => ("__or__", "__ror__"),
        Op::BitXor => ("__xor__", "__rxor__"),
        Op::LShift => ("__lshift__", "__rlshift__"),
        Op::RShift => ("__rshift__", "__rrshift__"),
    }
}

/// `a OP b` when `a` (or, reflected, `b`) is a native instance defining the operator.
pub(crate) fn binop(interp: &Interpreter, op: Op, a: &Value, b: &Value) -> Option<Result<Value>> {
    let (name, rname) = names(op);
    call(interp, a, name, Some(b)).or_else(|| call(interp, b, rname, Some(a)))
}

/// `a OP b` for a comparison, when either side is a native instance defining it.
pub(crate) fn compare(
    interp: &Interpreter,
    op: Cmp,
    a: &Value,
    b: &Value,
) -> Option<Result<Value>> {
    let (name, rname) = match op {
        Cmp::Eq => ("__eq__", "__eq__"),
        Cmp::Ne => ("__ne__", "__ne__"),
        Cmp::Lt => ("__lt__", "__gt__"),
        Cmp::Le => ("__le__", "__ge__"),
        Cmp::Gt => ("__gt__", "__lt__"),
        Cmp::Ge => ("__ge__", "__le__"),
        _ => return None,
    };
    call(interp, a, name, Some(b)).or_else(|| call(interp, b, rname, Some(a)))
}

/// `-v`, `~v` (`__neg__`, `__invert__`) on a native instance defining them.
pub(crate) fn unary(interp: &Interpreter, name: &str, v: &Value) -> Option<Result<Value>> {
    call(interp, v, name, None)
}
