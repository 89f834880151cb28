//! The `operator` module.

use crate::native::NativeFunction;
use crate::runtime::compare::{compare, Cmp};
use crate::runtime::ops::{binop, Op};
use crate::Args;
use runnel_core::{Result, Value};

fn bin(name: &'static str, op: Op) -> (&'static str, Value) {
    (
        name,
        NativeFunction::new(name, move |interp, args: Args| {
            args.check_count(name, 2, 2)?;
            binop(
                op,
                &args.positional[0],
                &args.positional[1],
                interp.config.max_collection_len,
            )
        }),
    )
}

fn cmp(name: &'static str, op: Cmp) -> (&'static str, Value) {
    (
        name,
        NativeFunction::new(name, move |interp, args: Args| {
            args.check_count(name, 2, 2)?;
            Ok(Value::Bool(compare(
                interp,
                op,
                &args.positional[0],
                &args.positional[1],
            )?))
        }),
    )
}

fn unary(name: &'static str, f: fn(&Value) -> Result<Value>) -> (&'static str, Value) {
    (
        name,
        NativeFunction::new(name, move |_, args: Args| {
            args.check_count(name, 1, 1)?;
            f(&args.positional[0])
        }),
    )
}

pub(super) fn attrs() -> Vec<(&'static str, Value)> {
    let mut out = basics();
    out.extend(super::operator_more::attrs());
    out
}

fn basics() -> Vec<(&'static str, Value)> {
    vec![
        bin("add", Op::Add),
        bin("sub", Op::Sub),
        bin("mul", Op::Mul),
        bin("truediv", Op::Div),
        bin("floordiv", Op::FloorDiv),
        bin("mod", Op::Mod),
        bin("pow", Op::Pow),
        bin("and_", Op::BitAnd),
        bin("or_", Op::BitOr),
        bin("xor", Op::BitXor),
        bin("lshift", Op::LShift),
        bin("rshift", Op::RShift),
        bin("concat", Op::Add),
        bin("isub", Op::Sub),
        bin("imul", Op::Mul),
        bin("itruediv", Op::Div),
        bin("ifloordiv", Op::FloorDiv),
        bin("imod", Op::Mod),
        bin("ipow", Op::Pow),
        bin("iand", Op::BitAnd),
        bin("ior", Op::BitOr),
        bin("ixor", Op::BitXor),
        cmp("eq", Cmp::Eq),
        cmp("ne", Cmp::Ne),
        cmp("lt", Cmp::Lt),
        cmp("le", Cmp::Le),
        cmp("gt", Cmp::Gt),
        cmp("ge", Cmp::Ge),
        unary("neg", |v| v.neg()),
        unary("pos", |v| v.pos()),
        unary("invert", |v| v.invert()),
        unary("inv", |v| v.invert()),
        unary("index", |v| super::args::index(v).map(Value::Int)),
        unary("not_", |v| Ok(Value::Bool(!v.truthy()))),
        unary("truth", |v| Ok(Value::Bool(v.truthy()))),
        unary("abs", |v| match v {
            Value::Float(x) => Ok(Value::Float(x.abs())),
            Value::Int(i) => i
                .checked_abs()
                .map(Value::Int)
                .ok_or_else(|| runnel_core::Error::overflow("integer overflow")),
            other => Ok(other.clone()),
        }),
        (
            "itemgetter",
            NativeFunction::new("itemgetter", |_, args: Args| {
                let keys = args.positional;
                if keys.is_empty() {
                    return Err(runnel_core::Error::type_error(
                        "itemgetter expected 1 argument, got 0",
                    ));
                }
                Ok(NativeFunction::new("itemgetter", move |_, a: Args| {
                    a.check_count("itemgetter", 1, 1)?;
                    let obj = &a.positional[0];
                    if keys.len() == 1 {
                        return crate::runtime::subscript::get_item(obj, &keys[0]);
                    }
                    let items: Result<Vec<Value>> = keys
                        .iter()
                        .map(|k| crate::runtime::subscript::get_item(obj, k))
                        .collect();
                    Ok(Value::tuple(items?))
                }))
            }),
        ),
    ]
}
