//! Trivial lambdas recognised at compile time, so that a host can run them natively.
//!
//! Word counts spend most of their time calling `lambda a, b: a + b`,
//! `lambda w: (w, 1)` and `lambda l: l.split(" ")` once per record. When a function is
//! exactly one of these shapes, [`crate::Interpreter::shape`] says so, and the PySpark
//! bindings compute the same value without entering the interpreter (falling back to the
//! real call whenever the fast path does not apply, so results and errors are unchanged).

use ruff_python_ast::{self as ast, Expr, Operator, Parameters};
use runnel_core::Value;

/// What a recognised function computes.
#[derive(Clone, Debug)]
pub enum Shape {
    /// `lambda a, b: a + b`.
    AddArgs,
    /// `lambda x: (x, CONST)` with an int, str, bool, float or None constant.
    PairWithConst(Value),
    /// `lambda x: x.split(SEP)` with a non-empty string separator.
    SplitOn(String),
}

/// The shape of `lambda PARAMS: BODY`, if it is one of [`Shape`]'s.
pub(crate) fn recognise(params: Option<&Parameters>, body: &Expr) -> Option<Shape> {
    let names = plain_positional(params?)?;
    let is_param =
        |e: &Expr, i: usize| matches!(e, Expr::Name(n) if names.get(i) == Some(&n.id.as_str()));
    match (names.len(), body) {
        (2, Expr::BinOp(b))
            if b.op == Operator::Add && is_param(&b.left, 0) && is_param(&b.right, 1) =>
        {
            Some(Shape::AddArgs)
        }
        (1, Expr::Tuple(t)) if t.elts.len() == 2 && is_param(&t.elts[0], 0) => {
            constant(&t.elts[1]).map(Shape::PairWithConst)
        }
        (1, Expr::Call(c)) if c.arguments.keywords.is_empty() && c.arguments.args.len() == 1 => {
            let Expr::Attribute(attr) = &*c.func else {
                return None;
            };
            if attr.attr.id.as_str() != "split" || !is_param(&attr.value, 0) {
                return None;
            }
            match &c.arguments.args[0] {
                Expr::StringLiteral(s) if !s.value.to_str().is_empty() => {
                    Some(Shape::SplitOn(s.value.to_str().to_string()))
                }
                _ => None,
            }
        }
        _ => None,
    }
}

/// The names of positional parameters without defaults, when there is nothing else.
fn plain_positional(p: &Parameters) -> Option<Vec<&str>> {
    if p.vararg.is_some() || p.kwarg.is_some() || !p.kwonlyargs.is_empty() {
        return None;
    }
    p.posonlyargs
        .iter()
        .chain(p.args.iter())
        .map(|a: &ast::ParameterWithDefault| {
            a.default.is_none().then_some(a.parameter.name.id.as_str())
        })
        .collect()
}

fn constant(e: &Expr) -> Option<Value> {
    match e {
        Expr::NumberLiteral(n) => match &n.value {
            ast::Number::Int(i) => i.as_i64().map(Value::Int),
            ast::Number::Float(f) => Some(Value::Float(*f)),
            ast::Number::Complex { .. } => None,
        },
        Expr::StringLiteral(s) => Some(Value::str(s.value.to_str())),
        Expr::BooleanLiteral(b) => Some(Value::Bool(b.value)),
        Expr::NoneLiteral(_) => Some(Value::None),
        _ => None,
    }
}
