//! Generator expressions, lazy: compiled like a generator function of one argument (the
//! first iterable, evaluated where the expression is) whose body is the loops, the
//! conditions and a `yield` of the element.

use super::scope::{analyze, collect_target_names};
use super::{Binding, CResult, Compiler, FuncCtx};
use crate::runtime::adapters::Adapter;
use crate::runtime::frame::{Cell, ExprFn, Flow};
use crate::runtime::function::{Body, Code};
use crate::runtime::generator::{GenCode, GenState, Instr};
use crate::runtime::iter::IterObj;
use ruff_python_ast as ast;
use runnel_core::Error;
use std::collections::HashSet;
use std::rc::Rc;

impl Compiler<'_> {
    pub(crate) fn lazy_genexp(&mut self, g: &ast::ExprGenerator) -> CResult<ExprFn> {
        let Some(first) = g.generators.first() else {
            return Err(self.syntax_error(g.range, "empty generator expression"));
        };
        let line = self.line(g);
        let first_iter = self.expr(&first.iter)?;

        let mut targets = HashSet::new();
        for c in &g.generators {
            collect_target_names(&c.target, &mut targets);
        }
        let mut captured = HashSet::new();
        let mut inner: Vec<&ast::Expr> = vec![&g.elt];
        for (i, c) in g.generators.iter().enumerate() {
            inner.extend(c.ifs.iter());
            if i > 0 {
                inner.push(&c.iter);
            }
        }
        for x in &inner {
            captured.extend(analyze(None, &[], Some(x)).captured);
        }
        let mut ctx = FuncCtx::new(false);
        let parent = &self.ctxs[self.ctxs.len() - 1];
        ctx.qualname = if parent.is_module {
            "<genexpr>".to_string()
        } else {
            format!("{}.<locals>.<genexpr>", parent.qualname)
        };
        ctx.n_locals = 1; // slot 0: the first iterator (CPython's `.0`)
        for t in targets {
            let b = if captured.contains(&t) {
                Binding::Cell(ctx.new_cell())
            } else {
                Binding::Local(ctx.new_local())
            };
            ctx.names.insert(t, b);
        }
        self.ctxs.push(ctx);
        let outer_line = std::mem::replace(&mut self.stmt_line, line);
        let instrs = self.genexp_instrs(g, line);
        self.stmt_line = outer_line;
        let ctx = self.ctxs.pop().unwrap_or_else(|| FuncCtx::new(false));
        let instrs = instrs?;
        let code = Rc::new(Code {
            id: self.codes.len(),
            doc: None,
            globals: ctx.global_names(),
            name: Rc::from("<genexpr>"),
            qualname: Rc::from(ctx.qualname.as_str()),
            params: vec![Rc::from(".0")],
            varnames: vec![Rc::from(".0")],
            n_positional: 1,
            vararg: None,
            kwarg: None,
            param_cells: Vec::new(),
            n_locals: ctx.n_locals,
            n_cells: ctx.n_cells,
            body: Body::Block(Box::new(|_| Ok(Flow::Normal))),
            line,
            is_generator: true,
            shape: None,
            lazy: Some(GenCode {
                instrs,
                loops: Vec::new(),
            }),
            source: self.source.clone(),
            n_posonly: 0,
        });
        self.codes.push(code.clone());
        let captures: Box<[Binding]> = ctx.free.iter().map(|(_, b)| *b).collect();
        Ok(Box::new(move |f| {
            // CPython calls iter() on the first iterable right away (errors show here).
            let it = first_iter(f)?;
            let it = IterObj::adapter("iterator", Adapter::Plain(f.interp.make_iter(&it)?));
            let mut free: Vec<Cell> = Vec::with_capacity(captures.len());
            for b in captures.iter() {
                let cell = match b {
                    Binding::Cell(i) => f.cells.get(*i).cloned(),
                    Binding::Free(i) => f.free.get(*i).cloned(),
                    _ => None,
                };
                free.push(cell.ok_or_else(|| Error::new("SystemError", "bad closure"))?);
            }
            Ok(IterObj::lazy(GenState::new(
                f.interp,
                code.clone(),
                vec![Some(it)],
                Rc::from(free),
            )))
        }))
    }

    /// `for` levels with their conditions, then `yield elt`; exhausted inner loops resume
    /// the enclosing one.
    fn genexp_instrs(&mut self, g: &ast::ExprGenerator, line: u32) -> CResult<Vec<Instr>> {
        let mut instrs = Vec::new();
        let mut heads = Vec::new();
        let mut exits = Vec::new();
        for (i, c) in g.generators.iter().enumerate() {
            let iter: ExprFn = if i == 0 {
                Box::new(|f| {
                    f.locals
                        .first()
                        .cloned()
                        .flatten()
                        .ok_or_else(|| Error::new("SystemError", "no iterator"))
                })
            } else {
                self.expr(&c.iter)?
            };
            instrs.push(Instr::GetIter(iter, i, line));
            heads.push(instrs.len());
            let store = self.target(&c.target)?;
            instrs.push(Instr::ForIter(i, store, usize::MAX, line));
            exits.push(instrs.len() - 1);
            for cond in &c.ifs {
                let test = self.expr(cond)?;
                instrs.push(Instr::JumpUnless(test, heads[i], line));
            }
        }
        instrs.push(Instr::Yield(Some(self.expr(&g.elt)?), line, None));
        instrs.push(Instr::Jump(heads.last().copied().unwrap_or(0)));
        let end = instrs.len();
        for (level, at) in exits.into_iter().enumerate() {
            let target = if level == 0 { end } else { heads[level - 1] };
            if let Some(Instr::ForIter(_, _, exit, _)) = instrs.get_mut(at) {
                *exit = target;
            }
        }
        Ok(instrs)
    }
}
