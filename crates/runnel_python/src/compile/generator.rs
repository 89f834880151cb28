//! Generator functions compiled for lazy execution: the body becomes a flat list of
//! resumable instructions (loops, `if`s, `try`s and `with`s that contain `yield` become
//! jumps and blocks; every statement without a `yield` stays one compiled closure). A
//! generator then runs only as far as each `next()`/`send()` needs, interleaving with its
//! consumer as in CPython.
//!
//! A `yield` inside a statement (`x = yield v`, `total += (yield)`, `print(g(), (yield))`)
//! runs as an instruction of its own before the statement, after what CPython evaluates
//! before it (`compile::gen_lower`); the statement then reads the sent value from a hidden
//! local. A `try` around a
//! `yield` becomes blocks the generator enters and leaves (an exception goes to the
//! innermost `except`, `finally` or `with`; a `return`, `break` or `continue` through every
//! `finally` and `with` on the way). Bodies `gen_shape` refuses use the eager generator.

use super::gen_shape::has_yield;
use super::{CResult, Compiler};
use crate::runtime::frame::ExprFn;
use crate::runtime::generator::{GenCode, Instr, LoopInfo};
use ruff_python_ast::{Expr, Stmt};
use ruff_text_size::{Ranged, TextRange};
use runnel_core::Value;

/// Compile-time state: instructions so far, the loops, and the static depths of the
/// runtime stacks at the current position.
pub(super) struct Builder {
    pub(super) instrs: Vec<Instr>,
    pub(super) loops: Vec<LoopInfo>,
    /// Loops enclosing the current position (ids into `loops`).
    pub(super) open: Vec<usize>,
    pub(super) iter_depth: usize,
    pub(super) blocks: usize,
    pub(super) handling: usize,
    pub(super) finally: usize,
}

impl Compiler<'_> {
    /// Compiles a generator body checked by `gen_shape::lazy_supported`.
    pub(crate) fn generator_body(&mut self, body: &[Stmt]) -> CResult<GenCode> {
        let mut b = Builder {
            instrs: Vec::new(),
            loops: Vec::new(),
            open: Vec::new(),
            iter_depth: 0,
            blocks: 0,
            handling: 0,
            finally: 0,
        };
        let outer = std::mem::take(&mut self.yield_slots);
        let outer_spilled = std::mem::take(&mut self.spilled);
        let r = self.gen_block(body, &mut b);
        self.yield_slots = outer;
        self.spilled = outer_spilled;
        r?;
        Ok(GenCode {
            instrs: b.instrs,
            loops: b.loops,
        })
    }

    /// A hoisted `yield`'s value: the local its resumption left there.
    pub(super) fn hoisted_yield(&mut self, range: TextRange) -> ExprFn {
        let slot = self
            .yield_slots
            .get(&range.start().to_u32())
            .copied()
            .unwrap_or(usize::MAX);
        Box::new(move |f| Ok(f.locals.get(slot).cloned().flatten().unwrap_or(Value::None)))
    }

    pub(super) fn gen_block(&mut self, body: &[Stmt], b: &mut Builder) -> CResult<()> {
        for s in body {
            self.gen_stmt(s, b)?;
        }
        Ok(())
    }

    fn gen_stmt(&mut self, s: &Stmt, b: &mut Builder) -> CResult<()> {
        let line = self.line(s);
        let outer = std::mem::replace(&mut self.stmt_line, line);
        let r = if has_yield(s) {
            self.gen_compound(s, line, b)
        } else {
            self.gen_plain(s, b)
        };
        self.stmt_line = outer;
        r
    }

    /// A statement without a `yield` of its own (hoisted ones are already emitted): one
    /// closure; a `break`/`continue` in it goes to the innermost lazy loop.
    fn gen_plain(&mut self, s: &Stmt, b: &mut Builder) -> CResult<()> {
        let loop_id = b.open.last().copied();
        if matches!(s, Stmt::Break(_) | Stmt::Continue(_)) && loop_id.is_none() {
            return Err(self.syntax_error(s.range(), "'break' outside loop"));
        }
        // `break`/`continue` directly in a lazy loop compile as plain statements (their
        // Flow is routed to the loop's targets), so allow them here.
        self.ctx().loop_depth += b.open.len() as u32;
        let stmt = self.stmt(s);
        self.ctx().loop_depth -= b.open.len() as u32;
        b.instrs.push(Instr::Stmt(stmt?, loop_id));
        Ok(())
    }

    pub(super) fn yield_value(
        &mut self,
        v: Option<&Expr>,
        line: u32,
        b: &mut Builder,
    ) -> CResult<Option<ExprFn>> {
        let Some(v) = v else { return Ok(None) };
        self.hoist(v, line, b)?;
        Ok(Some(self.expr(v)?))
    }

    /// `yield from it`: the iterator on the stack, then one instruction that delegates
    /// until it ends (its return value to `store`).
    pub(super) fn yield_from(
        &mut self,
        it: &Expr,
        store: Option<usize>,
        line: u32,
        b: &mut Builder,
    ) -> CResult<()> {
        self.hoist(it, line, b)?;
        let iter = self.expr(it)?;
        b.push(Instr::GetIter(iter, b.iter_depth, line));
        b.push(Instr::YieldFrom(b.iter_depth, store, line));
        Ok(())
    }

    /// A test or iterable, its `yield`s hoisted before it.
    pub(super) fn gen_expr(&mut self, e: &Expr, line: u32, b: &mut Builder) -> CResult<ExprFn> {
        self.hoist(e, line, b)?;
        self.expr(e)
    }

    fn gen_compound(&mut self, s: &Stmt, line: u32, b: &mut Builder) -> CResult<()> {
        match s {
            Stmt::Expr(e) => match &*e.value {
                // A `yield` statement: its value is not used.
                Expr::Yield(y) => {
                    let value = self.yield_value(y.value.as_deref(), line, b)?;
                    b.push(Instr::Yield(value, line, None));
                }
                Expr::YieldFrom(y) => self.yield_from(&y.value, None, line, b)?,
                other => {
                    self.hoist(other, line, b)?;
                    self.gen_plain(s, b)?;
                }
            },
            Stmt::Assign(_) | Stmt::AugAssign(_) | Stmt::AnnAssign(_) | Stmt::Return(_) => {
                let value = match s {
                    Stmt::Assign(a) => Some(&*a.value),
                    Stmt::AugAssign(a) => Some(&*a.value),
                    Stmt::AnnAssign(a) => a.value.as_deref(),
                    Stmt::Return(r) => r.value.as_deref(),
                    _ => None,
                };
                if let Some(v) = value {
                    self.hoist(v, line, b)?;
                }
                self.gen_plain(s, b)?;
            }
            Stmt::If(i) => self.gen_if(i, line, b)?,
            Stmt::While(w) => {
                let head = b.instrs.len();
                let test = self.gen_expr(&w.test, line, b)?;
                let exit = b.push(Instr::JumpUnless(test, usize::MAX, line));
                let id = b.open_loop(head, b.iter_depth, b.iter_depth);
                self.gen_block(&w.body, b)?;
                b.push(Instr::Jump(head));
                b.open.pop();
                let else_start = b.instrs.len();
                b.patch(exit, else_start);
                self.gen_block(&w.orelse, b)?;
                b.loops[id].brk = b.instrs.len();
            }
            Stmt::For(f) => {
                let iter = self.gen_expr(&f.iter, line, b)?;
                let slot = b.iter_depth;
                b.push(Instr::GetIter(iter, slot, line));
                let head = b.instrs.len();
                let store = self.target(&f.target)?;
                b.push(Instr::ForIter(slot, store, usize::MAX, line));
                let id = b.open_loop(head, slot, slot + 1);
                b.iter_depth += 1;
                self.gen_block(&f.body, b)?;
                b.iter_depth -= 1;
                b.push(Instr::Jump(head));
                b.open.pop();
                let else_start = b.instrs.len();
                b.patch(head, else_start);
                self.gen_block(&f.orelse, b)?;
                b.loops[id].brk = b.instrs.len();
            }
            Stmt::With(w) => self.gen_with(w, line, b)?,
            Stmt::Try(t) => self.gen_try(t, line, b)?,
            Stmt::Match(m) => self.gen_match(m, line, b)?,
            _ => return Err(self.unsupported(s.range(), "this use of 'yield'")),
        }
        Ok(())
    }

    fn gen_if(&mut self, i: &ruff_python_ast::StmtIf, line: u32, b: &mut Builder) -> CResult<()> {
        let mut ends = Vec::new();
        let mut clauses: Vec<(Option<&Expr>, &[Stmt])> = vec![(Some(&i.test), &i.body)];
        clauses.extend(
            i.elif_else_clauses
                .iter()
                .map(|c| (c.test.as_ref(), c.body.as_slice())),
        );
        for (test, body) in clauses {
            let skip = match test {
                Some(t) => {
                    let t = self.gen_expr(t, line, b)?;
                    Some(b.push(Instr::JumpUnless(t, usize::MAX, line)))
                }
                None => None,
            };
            self.gen_block(body, b)?;
            ends.push(b.push(Instr::Jump(usize::MAX)));
            if let Some(at) = skip {
                let here = b.instrs.len();
                b.patch(at, here);
            }
        }
        let end = b.instrs.len();
        for at in ends {
            b.patch(at, end);
        }
        Ok(())
    }
}

impl Builder {
    /// Opens a loop continuing at `head`, with the iterators a `break` and a `continue`
    /// leave.
    fn open_loop(&mut self, head: usize, iters_brk: usize, iters_cont: usize) -> usize {
        self.loops.push(LoopInfo {
            brk: usize::MAX,
            cont: head,
            blocks: self.blocks,
            handling: self.handling,
            finally: self.finally,
            iters_brk,
            iters_cont,
        });
        self.open.push(self.loops.len() - 1);
        self.loops.len() - 1
    }

    /// Appends an instruction; its index.
    pub(super) fn push(&mut self, instr: Instr) -> usize {
        self.instrs.push(instr);
        self.instrs.len() - 1
    }

    /// Appends a block-entering instruction.
    pub(super) fn push_block(&mut self, instr: Instr) -> usize {
        self.blocks += 1;
        self.push(instr)
    }

    /// Points the jump at `at` to `target`.
    pub(super) fn patch(&mut self, at: usize, target: usize) {
        match self.instrs.get_mut(at) {
            Some(Instr::Jump(t))
            | Some(Instr::JumpUnless(_, t, _))
            | Some(Instr::ForIter(_, _, t, _))
            | Some(Instr::SetupExcept(t))
            | Some(Instr::SetupFinally(t))
            | Some(Instr::SetupWith(_, _, _, t, _))
            | Some(Instr::ExceptMatch(_, _, t, _)) => *t = target,
            _ => {}
        }
    }
}
