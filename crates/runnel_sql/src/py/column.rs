//! `Column`: an expression with Python operators (`col("a") > 5`, `&`, `|`, `~`), and
//! its methods (`alias`, `cast`, `asc`, `desc`, `isNull`, `when`/`otherwise`...).

use super::strs::string;
use crate::datum::Datum;
use crate::expr::{Expr, Op};
use crate::types::DataType;
use runnel_core::{Error, Result, Value};
use runnel_python::{Args, Interpreter, NativeClass, NativeInstance};
use std::rc::Rc;

pub struct ColumnData(pub Expr);

thread_local! {
    static COLUMN_CLASS: std::cell::RefCell<Option<Rc<NativeClass>>> = const { std::cell::RefCell::new(None) };
}

/// A Column value for `e`.
pub fn column(e: Expr) -> Value {
    COLUMN_CLASS.with(|c| {
        let class = c.borrow().clone().expect("Column is installed first");
        NativeInstance::new(class, Rc::new(ColumnData(e)))
    })
}

/// The expression of a Column, if `v` is one.
pub fn expr_of(v: &Value) -> Option<Expr> {
    NativeInstance::data_of::<ColumnData>(v).map(|c| c.0.clone())
}

/// A literal for a Python value.
pub fn literal(v: &Value) -> Result<Expr> {
    let t = super::convert::infer(v);
    let t = match (v, t) {
        (Value::Int(i), DataType::Long) if i32::try_from(*i).is_ok() => DataType::Int,
        (_, t) => t,
    };
    Ok(Expr::Lit(super::convert::to_datum(v, &t, 0)?, t))
}

/// An argument that may be a Column or a column name (`upper("text")`).
pub fn col_arg(v: &Value) -> Result<Expr> {
    match v {
        Value::Str(s) if &**s == "*" => Ok(Expr::Star),
        Value::Str(s) => Ok(Expr::Col(s.to_string())),
        v => expr_of(v).ok_or_else(|| {
            Error::new(
                "PySparkTypeError",
                format!(
                    "[NOT_COLUMN_OR_STR] Argument `col` should be a Column or str, got {}.",
                    v.type_name()
                ),
            )
        }),
    }
}

/// An operand that may be a Column or a literal (`col("a") == "x"`).
pub fn lit_arg(v: &Value) -> Result<Expr> {
    match expr_of(v) {
        Some(e) => Ok(e),
        None => literal(v),
    }
}

fn this(v: &Value) -> Result<Expr> {
    expr_of(v).ok_or_else(|| Error::type_error("expected a Column"))
}

fn bin(op: Op, swap: bool) -> impl Fn(&Interpreter, &Value, Args) -> Result<Value> {
    move |_, me, a| {
        let x = this(me)?;
        let y = lit_arg(a.positional.first().unwrap_or(&Value::None))?;
        let (l, r) = if swap { (y, x) } else { (x, y) };
        Ok(column(Expr::Bin(op, Box::new(l), Box::new(r))))
    }
}

pub fn install_class() -> Value {
    let class = NativeClass::new("Column")
        .method("__eq__", bin(Op::Eq, false))
        .method("__ne__", bin(Op::Ne, false))
        .method("__lt__", bin(Op::Lt, false))
        .method("__le__", bin(Op::Le, false))
        .method("__gt__", bin(Op::Gt, false))
        .method("__ge__", bin(Op::Ge, false))
        .method("__add__", bin(Op::Add, false))
        .method("__radd__", bin(Op::Add, true))
        .method("__sub__", bin(Op::Sub, false))
        .method("__rsub__", bin(Op::Sub, true))
        .method("__mul__", bin(Op::Mul, false))
        .method("__rmul__", bin(Op::Mul, true))
        .method("__truediv__", bin(Op::Div, false))
        .method("__rtruediv__", bin(Op::Div, true))
        .method("__mod__", bin(Op::Mod, false))
        .method("__and__", bin(Op::And, false))
        .method("__rand__", bin(Op::And, true))
        .method("__or__", bin(Op::Or, false))
        .method("__ror__", bin(Op::Or, true))
        .method("eqNullSafe", bin(Op::EqNullSafe, false))
        .method("__invert__", |_, me, _| Ok(column(Expr::Not(Box::new(this(me)?)))))
        .method("__neg__", |_, me, _| Ok(column(Expr::Neg(Box::new(this(me)?)))))
        .method("alias", alias)
        .method("name", alias)
        .method("cast", cast)
        .method("astype", cast)
        .method("asc", |_, me, _| Ok(column(Expr::Sort(Box::new(this(me)?), true))))
        .method("desc", |_, me, _| Ok(column(Expr::Sort(Box::new(this(me)?), false))))
        .method("isNull", |_, me, _| Ok(column(Expr::IsNull(Box::new(this(me)?), false))))
        .method("isNotNull", |_, me, _| Ok(column(Expr::IsNull(Box::new(this(me)?), true))))
        .method("getField", |_, me, mut a| {
            let f = string(&a.require(0, "name", "getField")?)?;
            Ok(column(Expr::Field(Box::new(this(me)?), f)))
        })
        .method("between", |_, me, mut a| {
            let x = this(me)?;
            let lo = lit_arg(&a.require(0, "lowerBound", "between")?)?;
            let hi = lit_arg(&a.require(1, "upperBound", "between")?)?;
            let ge = Expr::Bin(Op::Ge, Box::new(x.clone()), Box::new(lo));
            let le = Expr::Bin(Op::Le, Box::new(x), Box::new(hi));
            Ok(column(Expr::Bin(Op::And, Box::new(ge), Box::new(le))))
        })
        .method("when", |_, me, mut a| {
            let Expr::Case(mut bs, None) = this(me)? else {
                return Err(Error::new("PySparkTypeError", "when() can only be applied on a Column previously generated by when() function"));
            };
            let c = lit_arg(&a.require(0, "condition", "when")?)?;
            let v = lit_arg(&a.require(1, "value", "when")?)?;
            bs.push((c, v));
            Ok(column(Expr::Case(bs, None)))
        })
        .method("otherwise", |_, me, mut a| {
            let Expr::Case(bs, None) = this(me)? else {
                return Err(Error::new("PySparkTypeError", "otherwise() can only be applied on a Column previously generated by when()"));
            };
            let v = lit_arg(&a.require(0, "value", "otherwise")?)?;
            Ok(column(Expr::Case(bs, Some(Box::new(v)))))
        })
        .method("contains", str_fn("contains"))
        .method("startswith", str_fn("startswith"))
        .method("endswith", str_fn("endswith"))
        .getattr(|_, me, name| Ok(column(Expr::Field(Box::new(this(me)?), name.to_string()))))
        .with_getitem(|me, key| match key {
            Value::Str(s) => Ok(column(Expr::Field(Box::new(this(me)?), s.to_string()))),
            other => Err(Error::type_error(format!("Column index must be a str, not {}", other.type_name()))),
        })
        .with_repr(|inst| match inst.data.clone().downcast::<ColumnData>() {
            Ok(c) => format!("Column<'{}'>", c.0.name()),
            Err(_) => "Column<>".into(),
        });
    let (rc, v) = class.into_value();
    COLUMN_CLASS.with(|c| *c.borrow_mut() = Some(rc));
    v
}

fn alias(_: &Interpreter, me: &Value, mut a: Args) -> Result<Value> {
    let n = string(&a.require(0, "alias", "alias")?)?;
    Ok(column(Expr::Alias(Box::new(this(me)?), n)))
}

fn cast(_: &Interpreter, me: &Value, mut a: Args) -> Result<Value> {
    let t = super::types::type_arg(&a.require(0, "dataType", "cast")?)?;
    Ok(column(Expr::Cast(Box::new(this(me)?), t)))
}

fn str_fn(kind: &'static str) -> impl Fn(&Interpreter, &Value, Args) -> Result<Value> {
    move |_, me, mut a| {
        let x = this(me)?;
        let y = lit_arg(&a.require(0, "other", kind)?)?;
        Ok(column(Expr::Call(kind.to_string(), vec![x, y])))
    }
}

/// `lit(True)` and friends need a Datum in plain Rust too.
pub fn bool_lit(b: bool) -> Expr {
    Expr::Lit(Datum::Bool(b), DataType::Boolean)
}
