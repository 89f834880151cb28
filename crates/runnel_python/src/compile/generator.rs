//! Generator functions compiled for lazy execution: the body becomes a flat list of
//! resumable instructions (loops and `if`s that contain `yield` become jumps; every
//! statement without a `yield` stays one compiled closure). A generator then runs only
//! as far as each `next()` needs, interleaving with its consumer as in CPython.
//!
//! A `try` around a `yield` becomes blocks the generator enters and leaves (an exception
//! goes to the innermost `except` or `finally`, a `return` through every `finally`).
//! Shapes this does not cover (a `yield` used as a value, `x = yield`; a `break` or
//! `continue` out of such a `try`) fall back to the eager generator of `runtime::iter`.

use super::{CResult, Compiler};
use crate::runtime::generator::{GenCode, Instr};
use ruff_python_ast::visitor::{walk_expr, walk_stmt, Visitor};
use ruff_python_ast::{Expr, Stmt};
use runnel_core::Value;

/// Whether a statement contains a `yield` (outside nested functions).
fn has_yield(s: &Stmt) -> bool {
    struct Finder(bool);
    impl<'a> Visitor<'a> for Finder {
        fn visit_stmt(&mut self, s: &'a Stmt) {
            if !matches!(s, Stmt::FunctionDef(_) | Stmt::ClassDef(_)) {
                walk_stmt(self, s);
            }
        }
        fn visit_expr(&mut self, e: &'a Expr) {
            match e {
                Expr::Yield(_) | Expr::YieldFrom(_) => self.0 = true,
                Expr::Lambda(_) => {}
                _ => walk_expr(self, e),
            }
        }
    }
    let mut f = Finder(false);
    f.visit_stmt(s);
    f.0
}

fn expr_has_yield(e: &Expr) -> bool {
    has_yield(&Stmt::Expr(ruff_python_ast::StmtExpr {
        node_index: Default::default(),
        range: Default::default(),
        value: Box::new(e.clone()),
    }))
}

/// Whether every `yield` in `body` sits where the lazy compiler can resume from.
pub(crate) fn lazy_supported(body: &[Stmt]) -> bool {
    body.iter().all(|s| {
        if !has_yield(s) {
            return true;
        }
        match s {
            Stmt::Expr(e) => match &*e.value {
                Expr::Yield(y) => y.value.as_deref().is_none_or(|v| !expr_has_yield(v)),
                Expr::YieldFrom(y) => !expr_has_yield(&y.value),
                _ => false,
            },
            Stmt::If(i) => {
                !expr_has_yield(&i.test)
                    && lazy_supported(&i.body)
                    && i.elif_else_clauses.iter().all(|c| {
                        c.test.as_ref().is_none_or(|t| !expr_has_yield(t))
                            && lazy_supported(&c.body)
                    })
            }
            Stmt::While(w) => {
                !expr_has_yield(&w.test) && lazy_supported(&w.body) && lazy_supported(&w.orelse)
            }
            Stmt::For(f) => {
                !f.is_async
                    && !expr_has_yield(&f.iter)
                    && lazy_supported(&f.body)
                    && lazy_supported(&f.orelse)
            }
            Stmt::Try(t) => {
                let handlers = t.handlers.iter().all(|h| {
                    let ruff_python_ast::ExceptHandler::ExceptHandler(h) = h;
                    h.type_.as_deref().is_none_or(|e| !expr_has_yield(e)) && lazy_supported(&h.body)
                });
                let parts = [&t.body, &t.orelse, &t.finalbody];
                !t.is_star
                    && handlers
                    && parts.iter().all(|b| lazy_supported(b))
                    && !parts.iter().any(|b| leaves_loop(b))
                    && !t.handlers.iter().any(|h| {
                        let ruff_python_ast::ExceptHandler::ExceptHandler(h) = h;
                        leaves_loop(&h.body)
                    })
            }
            _ => false,
        }
    })
}

/// Whether `body` has a `break` or `continue` for a loop outside it.
fn leaves_loop(body: &[Stmt]) -> bool {
    struct Finder(bool);
    impl<'a> Visitor<'a> for Finder {
        fn visit_stmt(&mut self, s: &'a Stmt) {
            match s {
                Stmt::Break(_) | Stmt::Continue(_) => self.0 = true,
                // Loops own the break/continue inside them (their `else` does not).
                Stmt::For(f) => self.visit_body(&f.orelse),
                Stmt::While(w) => self.visit_body(&w.orelse),
                Stmt::FunctionDef(_) | Stmt::ClassDef(_) => {}
                _ => walk_stmt(self, s),
            }
        }
        fn visit_expr(&mut self, _: &'a Expr) {}
    }
    let mut f = Finder(false);
    f.visit_body(body);
    f.0
}

/// Compile-time state: instructions so far and the loops being compiled.
struct Builder {
    instrs: Vec<Instr>,
    /// Per loop: (break target, continue target); filled in when the loop is done.
    loops: Vec<(usize, usize)>,
    /// Loops enclosing the current position (ids into `loops`) and their iterator depth.
    open: Vec<usize>,
    iter_depth: usize,
}

impl Compiler<'_> {
    /// Compiles a generator body checked by [`lazy_supported`].
    pub(crate) fn generator_body(&mut self, body: &[Stmt]) -> CResult<GenCode> {
        let mut b = Builder {
            instrs: Vec::new(),
            loops: Vec::new(),
            open: Vec::new(),
            iter_depth: 0,
        };
        self.gen_block(body, &mut b)?;
        Ok(GenCode {
            instrs: b.instrs,
            loops: b.loops,
        })
    }

    fn gen_block(&mut self, body: &[Stmt], b: &mut Builder) -> CResult<()> {
        for s in body {
            self.gen_stmt(s, b)?;
        }
        Ok(())
    }

    fn gen_stmt(&mut self, s: &Stmt, b: &mut Builder) -> CResult<()> {
        let line = self.line(s);
        if !has_yield(s) {
            let loop_id = b.open.last().copied();
            if matches!(s, Stmt::Break(_) | Stmt::Continue(_)) && loop_id.is_none() {
                return Err(
                    self.syntax_error(ruff_text_size::Ranged::range(s), "'break' outside loop")
                );
            }
            // `break`/`continue` directly in a lazy loop compile as plain statements
            // (their Flow is routed to the loop's targets), so allow them here.
            self.ctx().loop_depth += b.open.len() as u32;
            let stmt = self.stmt(s);
            self.ctx().loop_depth -= b.open.len() as u32;
            b.instrs.push(Instr::Stmt(stmt?, loop_id));
            return Ok(());
        }
        let outer = std::mem::replace(&mut self.stmt_line, line);
        let r = self.gen_compound(s, line, b);
        self.stmt_line = outer;
        r
    }

    fn gen_compound(&mut self, s: &Stmt, line: u32, b: &mut Builder) -> CResult<()> {
        match s {
            Stmt::Expr(e) if matches!(&*e.value, Expr::YieldFrom(_)) => {
                let Expr::YieldFrom(y) = &*e.value else {
                    return Ok(());
                };
                // `yield from it`: `for v in it: yield v`, through a hidden local.
                let iter = self.expr(&y.value)?;
                let tmp = self.ctx().new_local();
                let slot = b.iter_depth;
                b.instrs.push(Instr::GetIter(iter, slot, line));
                let head = b.instrs.len();
                let store: crate::runtime::frame::StoreFn = Box::new(move |f, v| {
                    if let Some(l) = f.locals.get_mut(tmp) {
                        *l = Some(v);
                    }
                    Ok(())
                });
                b.instrs.push(Instr::ForIter(slot, store, usize::MAX, line));
                let load: crate::runtime::frame::ExprFn = Box::new(move |f| {
                    Ok(f.locals.get(tmp).cloned().flatten().unwrap_or(Value::None))
                });
                b.instrs.push(Instr::Yield(Some(load), line));
                b.instrs.push(Instr::Jump(head));
                let end = b.instrs.len();
                b.patch(head, end);
            }
            Stmt::Expr(e) => {
                let Expr::Yield(y) = &*e.value else {
                    return Ok(());
                };
                let value = y.value.as_deref().map(|v| self.expr(v)).transpose()?;
                b.instrs.push(Instr::Yield(value, line));
            }
            Stmt::If(i) => {
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
                            let t = self.expr(t)?;
                            b.instrs.push(Instr::JumpUnless(t, usize::MAX, line));
                            Some(b.instrs.len() - 1)
                        }
                        None => None,
                    };
                    self.gen_block(body, b)?;
                    b.instrs.push(Instr::Jump(usize::MAX));
                    ends.push(b.instrs.len() - 1);
                    if let Some(at) = skip {
                        let here = b.instrs.len();
                        b.patch(at, here);
                    }
                }
                let end = b.instrs.len();
                for at in ends {
                    b.patch(at, end);
                }
            }
            Stmt::While(w) => {
                let head = b.instrs.len();
                let test = self.expr(&w.test)?;
                b.instrs.push(Instr::JumpUnless(test, usize::MAX, line));
                let id = b.open_loop(head);
                self.gen_block(&w.body, b)?;
                b.instrs.push(Instr::Jump(head));
                b.open.pop();
                let else_start = b.instrs.len();
                b.patch(head, else_start);
                self.gen_block(&w.orelse, b)?;
                b.loops[id].0 = b.instrs.len();
            }
            Stmt::For(f) => {
                let iter = self.expr(&f.iter)?;
                let slot = b.iter_depth;
                b.instrs.push(Instr::GetIter(iter, slot, line));
                let head = b.instrs.len();
                let store = self.target(&f.target)?;
                b.instrs.push(Instr::ForIter(slot, store, usize::MAX, line));
                let id = b.open_loop(head);
                b.iter_depth += 1;
                self.gen_block(&f.body, b)?;
                b.iter_depth -= 1;
                b.instrs.push(Instr::Jump(head));
                b.open.pop();
                let else_start = b.instrs.len();
                b.patch(head, else_start);
                self.gen_block(&f.orelse, b)?;
                b.loops[id].0 = b.instrs.len();
            }
            Stmt::Try(t) => self.gen_try(t, line, b)?,
            _ => {
                return Err(
                    self.unsupported(ruff_text_size::Ranged::range(s), "this use of 'yield'")
                )
            }
        }
        Ok(())
    }

    /// `try` around a `yield`: `SetupFinally F; SetupExcept H; body; PopBlock; else;
    /// Jump END; H: (ExceptMatch; clause; EndExcept; Jump END)*; Reraise; END: PopBlock;
    /// F: EnterFinally; finally; EndFinally` (without the parts it does not have).
    fn gen_try(&mut self, t: &ruff_python_ast::StmtTry, line: u32, b: &mut Builder) -> CResult<()> {
        let has_finally = !t.finalbody.is_empty();
        let fin_setup = has_finally.then(|| b.push(Instr::SetupFinally(usize::MAX)));
        let exc_setup = (!t.handlers.is_empty()).then(|| b.push(Instr::SetupExcept(usize::MAX)));
        self.gen_block(&t.body, b)?;
        if exc_setup.is_some() {
            b.push(Instr::PopBlock);
        }
        self.gen_block(&t.orelse, b)?;
        let mut to_end = Vec::new();
        if let Some(at) = exc_setup {
            to_end.push(b.push(Instr::Jump(usize::MAX)));
            let handlers_at = b.instrs.len();
            b.patch(at, handlers_at);
            for h in &t.handlers {
                let ruff_python_ast::ExceptHandler::ExceptHandler(h) = h;
                let ty = h.type_.as_ref().map(|e| self.expr(e)).transpose()?;
                let store = h.name.as_ref().map(|n| self.store_name(&n.id));
                let matcher = b.push(Instr::ExceptMatch(ty, store, usize::MAX, line));
                self.gen_block(&h.body, b)?;
                b.push(Instr::EndExcept);
                to_end.push(b.push(Instr::Jump(usize::MAX)));
                let next = b.instrs.len();
                b.patch(matcher, next);
            }
            b.push(Instr::Reraise);
        }
        let end = b.instrs.len();
        for at in to_end {
            b.patch(at, end);
        }
        if let Some(at) = fin_setup {
            b.push(Instr::PopBlock);
            let enter = b.push(Instr::EnterFinally);
            b.patch(at, enter);
            self.gen_block(&t.finalbody, b)?;
            b.push(Instr::EndFinally);
        }
        Ok(())
    }
}

impl Builder {
    fn open_loop(&mut self, continue_at: usize) -> usize {
        self.loops.push((usize::MAX, continue_at));
        self.open.push(self.loops.len() - 1);
        self.loops.len() - 1
    }

    /// Appends an instruction; its index.
    fn push(&mut self, instr: Instr) -> usize {
        self.instrs.push(instr);
        self.instrs.len() - 1
    }

    /// Points the jump at `at` to `target`.
    fn patch(&mut self, at: usize, target: usize) {
        match self.instrs.get_mut(at) {
            Some(Instr::Jump(t))
            | Some(Instr::JumpUnless(_, t, _))
            | Some(Instr::ForIter(_, _, t, _))
            | Some(Instr::SetupExcept(t))
            | Some(Instr::SetupFinally(t))
            | Some(Instr::ExceptMatch(_, _, t, _)) => *t = target,
            _ => {}
        }
    }
}
