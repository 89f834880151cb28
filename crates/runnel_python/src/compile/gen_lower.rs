//! A `yield` inside an expression of a lazy generator (`x = f(a(), (yield))`, `total +=
//! (yield)`, `v = (yield) or default`): the expression is lowered into instructions that
//! run in CPython's evaluation order. Everything CPython evaluates before a `yield` runs
//! first and is kept in a hidden local (a "spilled" operand), then the `yield` suspends
//! the generator; compiling the expression afterwards reads the spilled operands and the
//! sent values from those locals instead of evaluating them again. `and`/`or` and
//! `x if c else y` become jumps, so a `yield` in the part not taken never runs.

use super::gen_shape::{each_yield, expr_has_yield};
use super::generator::Builder;
use super::{CResult, Compiler};
use crate::runtime::frame::{ExprFn, Flow};
use crate::runtime::generator::Instr;
use ruff_python_ast::{self as ast, Expr};
use ruff_text_size::Ranged;
use runnel_core::Value;

/// What identifies a spilled node: its source range and kind (a node never shares both
/// with another).
pub(crate) type SpillKey = (u32, u32, std::mem::Discriminant<Expr>);

pub(super) fn spill_key(e: &Expr) -> SpillKey {
    let r = e.range();
    (
        r.start().to_u32(),
        r.end().to_u32(),
        std::mem::discriminant(e),
    )
}

/// The value a spilled node left in its local (taken: each evaluation spills it anew).
pub(super) fn read_spilled(slot: usize) -> ExprFn {
    Box::new(move |f| {
        Ok(f.locals
            .get_mut(slot)
            .and_then(Option::take)
            .unwrap_or(Value::None))
    })
}

impl Compiler<'_> {
    /// Emits every `yield` of `e`, with what CPython evaluates before each, in its order;
    /// compiling `e` afterwards reads their results from hidden locals.
    pub(super) fn hoist(&mut self, e: &Expr, line: u32, b: &mut Builder) -> CResult<()> {
        if !expr_has_yield(e) {
            return Ok(());
        }
        match e {
            Expr::Yield(y) => {
                let slot = self.ctx().new_local();
                let value = self.yield_value(y.value.as_deref(), line, b)?;
                b.push(Instr::Yield(value, line, Some(slot)));
                self.yield_slots.insert(y.range.start().to_u32(), slot);
            }
            Expr::YieldFrom(y) => {
                let slot = self.ctx().new_local();
                self.yield_from(&y.value, Some(slot), line, b)?;
                self.yield_slots.insert(y.range.start().to_u32(), slot);
            }
            Expr::BoolOp(o) => self.lower_bool_op(e, o, line, b)?,
            Expr::If(i) => self.lower_if_exp(e, i, line, b)?,
            _ => match operands(e) {
                Some(kids) => {
                    let last = kids.iter().rposition(|k| expr_has_yield(k)).unwrap_or(0);
                    for k in kids.iter().take(last) {
                        self.spill(k, line, b)?;
                    }
                    if let Some(k) = kids.get(last) {
                        self.hoist(k, line, b)?;
                    }
                }
                // An f-string's parts: its `yield`s run first (CPython: in order with
                // the text around them, which has no side effects but its `{calls()}`).
                None => {
                    let mut found = Vec::new();
                    each_yield(e, &mut |y| found.push(y));
                    for y in found {
                        self.hoist(y, line, b)?;
                    }
                }
            },
        }
        Ok(())
    }

    /// Evaluates `e` now (its `yield`s included) into a hidden local that compiling it
    /// later reads.
    fn spill(&mut self, e: &Expr, line: u32, b: &mut Builder) -> CResult<()> {
        if e.is_literal_expr() || matches!(e, Expr::Lambda(_) | Expr::Yield(_) | Expr::YieldFrom(_))
        {
            return self.hoist(e, line, b);
        }
        self.hoist(e, line, b)?;
        if self.spilled.contains_key(&spill_key(e)) {
            return Ok(());
        }
        let value = self.expr(e)?;
        let slot = self.ctx().new_local();
        b.push(store(slot, value, line));
        self.spilled.insert(spill_key(e), slot);
        Ok(())
    }

    /// `a and (yield) and c`: each operand into the result's local, jumping to the end
    /// at the first that decides.
    fn lower_bool_op(
        &mut self,
        e: &Expr,
        o: &ast::ExprBoolOp,
        line: u32,
        b: &mut Builder,
    ) -> CResult<()> {
        let slot = self.ctx().new_local();
        let is_and = matches!(o.op, ast::BoolOp::And);
        let mut exits = Vec::new();
        for (i, v) in o.values.iter().enumerate() {
            self.hoist(v, line, b)?;
            let value = self.expr(v)?;
            b.push(store(slot, value, line));
            if i + 1 < o.values.len() {
                // Go on while the operand is true (`and`) or false (`or`).
                let test: ExprFn = Box::new(move |f| {
                    let v = f.locals.get(slot).cloned().flatten().unwrap_or(Value::None);
                    Ok(Value::Bool(f.interp.truth(&v)? == is_and))
                });
                exits.push(b.push(Instr::JumpUnless(test, usize::MAX, line)));
            }
        }
        let end = b.instrs.len();
        for at in exits {
            b.patch(at, end);
        }
        self.spilled.insert(spill_key(e), slot);
        Ok(())
    }

    /// `x if c else y` with a `yield` in it: the test, then one branch, into a local.
    fn lower_if_exp(
        &mut self,
        e: &Expr,
        i: &ast::ExprIf,
        line: u32,
        b: &mut Builder,
    ) -> CResult<()> {
        let slot = self.ctx().new_local();
        self.hoist(&i.test, line, b)?;
        let test = self.expr(&i.test)?;
        let skip = b.push(Instr::JumpUnless(test, usize::MAX, line));
        self.hoist(&i.body, line, b)?;
        let body = self.expr(&i.body)?;
        b.push(store(slot, body, line));
        let done = b.push(Instr::Jump(usize::MAX));
        let orelse_at = b.instrs.len();
        b.patch(skip, orelse_at);
        self.hoist(&i.orelse, line, b)?;
        let orelse = self.expr(&i.orelse)?;
        b.push(store(slot, orelse, line));
        let end = b.instrs.len();
        b.patch(done, end);
        self.spilled.insert(spill_key(e), slot);
        Ok(())
    }
}

/// An instruction storing the expression's value into a local.
fn store(slot: usize, value: ExprFn, line: u32) -> Instr {
    Instr::Stmt(
        Box::new(move |f| {
            f.line = line;
            let v = value(f)?;
            if let Some(l) = f.locals.get_mut(slot) {
                *l = Some(v);
            }
            Ok(Flow::Normal)
        }),
        None,
    )
}

fn unstar(e: &Expr) -> &Expr {
    match e {
        Expr::Starred(s) => &s.value,
        e => e,
    }
}

/// The operands of `e` in the order CPython evaluates them (a `*x`/`**x` as `x`; a
/// method call's object, as the call is made without a bound method); `None` for the
/// kinds that are lowered as a whole.
fn operands(e: &Expr) -> Option<Vec<&Expr>> {
    Some(match e {
        Expr::Call(c) => {
            let mut v = vec![match &*c.func {
                Expr::Attribute(a) => &*a.value,
                f => f,
            }];
            let mut args: Vec<&Expr> = c.arguments.args.iter().map(unstar).collect();
            args.extend(c.arguments.keywords.iter().map(|k| &k.value));
            args.sort_by_key(|a| a.range().start());
            v.extend(args);
            v
        }
        Expr::BinOp(o) => vec![&*o.left, &*o.right],
        Expr::UnaryOp(o) => vec![&*o.operand],
        Expr::Compare(c) => std::iter::once(&*c.left)
            .chain(c.comparators.iter())
            .collect(),
        Expr::Attribute(a) => vec![&*a.value],
        Expr::Subscript(s) => vec![&*s.value, &*s.slice],
        Expr::Slice(s) => [&s.lower, &s.upper, &s.step]
            .into_iter()
            .filter_map(|x| x.as_deref())
            .collect(),
        Expr::Tuple(t) => t.elts.iter().map(unstar).collect(),
        Expr::List(l) => l.elts.iter().map(unstar).collect(),
        Expr::Set(s) => s.elts.iter().map(unstar).collect(),
        Expr::Dict(d) => d
            .items
            .iter()
            .flat_map(|item| item.key.iter().chain(std::iter::once(&item.value)))
            .collect(),
        Expr::Starred(s) => vec![&*s.value],
        Expr::Named(n) => vec![&*n.value],
        _ => return None,
    })
}
