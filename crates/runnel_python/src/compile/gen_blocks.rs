//! `with` and `try` around a `yield` in a lazy generator: blocks the generator enters and
//! leaves at run time (see `runtime::gen_unwind`); `match` cases with a `yield`: jumps.

use super::generator::Builder;
use super::{CResult, Compiler};
use crate::runtime::frame::{ExprFn, Flow};
use crate::runtime::generator::Instr;
use runnel_core::Value;

impl Compiler<'_> {
    /// `with a as x, b:` around a `yield`: `SetupWith` per manager (a block whose
    /// `__exit__` runs however the body is left), the body, `ExitWith` per manager.
    pub(super) fn gen_with(
        &mut self,
        w: &ruff_python_ast::StmtWith,
        line: u32,
        b: &mut Builder,
    ) -> CResult<()> {
        let mut setups = Vec::new();
        for item in &w.items {
            let manager = self.gen_expr(&item.context_expr, line, b)?;
            let store = item
                .optional_vars
                .as_ref()
                .map(|t| self.target(t))
                .transpose()?;
            let slot = self.ctx().new_local();
            setups.push(b.push(Instr::SetupWith(manager, store, slot, usize::MAX, line)));
            b.blocks += 1;
        }
        self.gen_block(&w.body, b)?;
        for at in setups.into_iter().rev() {
            b.push(Instr::ExitWith(line));
            b.blocks -= 1;
            let after = b.instrs.len();
            b.patch(at, after);
        }
        Ok(())
    }

    /// `try` around a `yield`: `SetupFinally F; SetupExcept H; body; PopBlock; else;
    /// Jump END; H: (ExceptMatch; clause; EndExcept; Jump END)*; Reraise; END: PopBlock;
    /// F: EnterFinally; finally; EndFinally` (without the parts it does not have).
    pub(super) fn gen_try(
        &mut self,
        t: &ruff_python_ast::StmtTry,
        line: u32,
        b: &mut Builder,
    ) -> CResult<()> {
        let has_finally = !t.finalbody.is_empty();
        let fin_setup = has_finally.then(|| b.push_block(Instr::SetupFinally(usize::MAX)));
        let exc_setup =
            (!t.handlers.is_empty()).then(|| b.push_block(Instr::SetupExcept(usize::MAX)));
        self.gen_block(&t.body, b)?;
        if exc_setup.is_some() {
            b.push(Instr::PopBlock);
            b.blocks -= 1;
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
                b.handling += 1;
                self.gen_block(&h.body, b)?;
                b.handling -= 1;
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
            b.blocks -= 1;
            let enter = b.push(Instr::EnterFinally);
            b.patch(at, enter);
            b.finally += 1;
            self.gen_block(&t.finalbody, b)?;
            b.finally -= 1;
            b.push(Instr::EndFinally);
        }
        Ok(())
    }

    /// `match` with a `yield` in a case: the subject into a local, then per case a jump
    /// past it unless its pattern (binding as it goes) and guard hold.
    pub(super) fn gen_match(
        &mut self,
        m: &ruff_python_ast::StmtMatch,
        line: u32,
        b: &mut Builder,
    ) -> CResult<()> {
        let subject = self.gen_expr(&m.subject, line, b)?;
        let slot = self.ctx().new_local();
        b.push(Instr::Stmt(
            Box::new(move |f| {
                let v = subject(f)?;
                if let Some(l) = f.locals.get_mut(slot) {
                    *l = Some(v);
                }
                Ok(Flow::Normal)
            }),
            None,
        ));
        let mut ends = Vec::new();
        for c in &m.cases {
            let pattern = self.pattern(&c.pattern)?;
            let guard = c.guard.as_ref().map(|g| self.expr(g)).transpose()?;
            let test: ExprFn = Box::new(move |f| {
                let v = f.locals.get(slot).cloned().flatten().unwrap_or(Value::None);
                if !pattern(f, &v)? {
                    return Ok(Value::Bool(false));
                }
                match &guard {
                    Some(g) => g(f),
                    None => Ok(Value::Bool(true)),
                }
            });
            let skip = b.push(Instr::JumpUnless(test, usize::MAX, line));
            self.gen_block(&c.body, b)?;
            ends.push(b.push(Instr::Jump(usize::MAX)));
            let next = b.instrs.len();
            b.patch(skip, next);
        }
        let end = b.instrs.len();
        for at in ends {
            b.patch(at, end);
        }
        Ok(())
    }
}
