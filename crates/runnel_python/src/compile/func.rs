//! `def` and `lambda`: each body is compiled once, into a [`Code`]; evaluating the
//! definition only evaluates defaults and captures cells.

use super::scope::{analyze, param_names};
use super::{Binding, CResult, Compiler, FuncCtx};
use crate::runtime::frame::{Cell, ExprFn};
use crate::runtime::function::{Body, Code, Function};
use ruff_python_ast::{self as ast, Expr, Parameters, Stmt};
use ruff_text_size::Ranged;
use runnel_core::{Error, Value};
use std::rc::Rc;

impl Compiler<'_> {
    pub fn lambda(&mut self, l: &ast::ExprLambda) -> CResult<ExprFn> {
        let line = self.line(l);
        let shape = crate::shape::recognise(l.parameters.as_deref(), &l.body);
        self.function(
            "<lambda>",
            l.parameters.as_deref(),
            &[],
            Some(&l.body),
            line,
            shape,
        )
    }

    pub fn def(&mut self, d: &ast::StmtFunctionDef) -> CResult<ExprFn> {
        if d.is_async {
            return Err(self.unsupported(d.range, "async functions"));
        }
        let decorators = self.decorators(&d.decorator_list)?;
        let line = self.line(d);
        let make = self.function(&d.name.id, Some(&d.parameters), &d.body, None, line, None)?;
        let make = self.annotated(d, make)?;
        if decorators.is_empty() {
            return Ok(make);
        }
        Ok(Box::new(move |f| {
            let func = make(f)?;
            super::class::apply_decorators(f, &decorators, func)
        }))
    }

    /// A `def` with annotations: they are evaluated where it is defined, after its
    /// defaults, into `__annotations__`. One Runnel cannot evaluate (`list[int]`: its
    /// built-in types are not subscriptable) keeps its source text, as under `from
    /// __future__ import annotations`.
    fn annotated(&mut self, d: &ast::StmtFunctionDef, make: ExprFn) -> CResult<ExprFn> {
        let p = &d.parameters;
        let params = p
            .posonlyargs
            .iter()
            .chain(p.args.iter())
            .map(|a| &a.parameter)
            .chain(p.vararg.as_deref())
            .chain(p.kwonlyargs.iter().map(|a| &a.parameter))
            .chain(p.kwarg.as_deref());
        let mut named: Vec<(&str, &Expr)> = params
            .filter_map(|a| a.annotation.as_deref().map(|e| (a.name.id.as_str(), e)))
            .collect();
        if let Some(r) = d.returns.as_deref() {
            named.push(("return", r));
        }
        if named.is_empty() {
            return Ok(make);
        }
        let mut anns: Vec<(Value, ExprFn, Value)> = Vec::new();
        for (name, e) in named {
            let text = &self.text[e.range().start().to_usize()..e.range().end().to_usize()];
            anns.push((Value::str(name), self.expr(e)?, Value::str(text)));
        }
        Ok(Box::new(move |f| {
            let func = make(f)?;
            let mut d = runnel_core::value::PyDict::new();
            for (name, e, text) in &anns {
                let v = e(f).unwrap_or_else(|_| text.clone());
                d.insert(name.clone(), v)?;
            }
            if let Some(func) = func.downcast::<Function>() {
                crate::runtime::function_attrs::set(func, "__annotations__", Value::dict(d))?;
            }
            Ok(func)
        }))
    }

    /// Compiles a function; the returned closure makes the function value at run time.
    fn function(
        &mut self,
        name: &str,
        params: Option<&Parameters>,
        body: &[Stmt],
        expr: Option<&Expr>,
        line: u32,
        shape: Option<crate::shape::Shape>,
    ) -> CResult<ExprFn> {
        let empty = Parameters {
            range: Default::default(),
            node_index: Default::default(),
            posonlyargs: Default::default(),
            args: Default::default(),
            vararg: None,
            kwonlyargs: Default::default(),
            kwarg: None,
        };
        let params = params.unwrap_or(&empty);
        // Defaults are evaluated where the function is defined.
        let ordered: Vec<&ast::ParameterWithDefault> = params
            .posonlyargs
            .iter()
            .chain(params.args.iter())
            .chain(params.kwonlyargs.iter())
            .collect();
        let mut defaults: Vec<(usize, ExprFn)> = Vec::new();
        for (i, p) in ordered.iter().enumerate() {
            if let Some(d) = &p.default {
                defaults.push((i, self.expr(d)?));
            }
        }
        let analysis = analyze(Some(params), body, expr);
        let names = param_names(params);
        let n_positional = params.posonlyargs.len() + params.args.len();
        let n_named = ordered.len();

        let mut ctx = FuncCtx::new(false);
        let parent = &self.ctxs[self.ctxs.len() - 1];
        ctx.qualname = if parent.is_module {
            name.to_string()
        } else if parent.is_class {
            format!("{}.{name}", parent.qualname)
        } else {
            format!("{}.<locals>.{name}", parent.qualname)
        };
        ctx.globals_decl = analysis.globals.clone();
        if n_positional > 0 {
            ctx.first_param = names.first().cloned();
        }
        let mut param_cells = Vec::new();
        for (slot, n) in names.iter().enumerate() {
            ctx.n_locals += 1;
            if analysis.captured.contains(n) && !analysis.nonlocals.contains(n) {
                let c = ctx.new_cell();
                param_cells.push((slot, c));
                ctx.names.insert(n.clone(), Binding::Cell(c));
            } else {
                ctx.names.insert(n.clone(), Binding::Local(slot));
            }
        }
        for n in analysis.true_locals() {
            if ctx.names.contains_key(&n) {
                continue;
            }
            let b = if analysis.captured.contains(&n) {
                Binding::Cell(ctx.new_cell())
            } else {
                Binding::Local(ctx.new_local())
            };
            ctx.names.insert(n, b);
        }
        self.ctxs.push(ctx);
        let outer_line = std::mem::replace(&mut self.stmt_line, line);
        let lazy_gen =
            analysis.has_yield && expr.is_none() && super::gen_shape::lazy_supported(body);
        let mut lazy = None;
        let compiled = match expr {
            Some(e) => self.expr(e).map(Body::Expr),
            None if lazy_gen => self.generator_body(body).map(|g| {
                lazy = Some(g);
                Body::Block(Box::new(|_| Ok(crate::runtime::frame::Flow::Normal)))
            }),
            None => self.block(body).map(Body::Block),
        };
        self.stmt_line = outer_line;
        let ctx = self.ctxs.pop().unwrap_or_else(|| FuncCtx::new(false));
        // A lambda has no docstring.
        let doc = expr.is_none().then(|| docstring(body)).flatten();
        let body = compiled?;
        let varnames = names
            .iter()
            .cloned()
            .chain(
                analysis
                    .true_locals()
                    .into_iter()
                    .filter(|n| !names.contains(n) && !analysis.captured.contains(n)),
            )
            .map(|n| Rc::from(n.as_str()))
            .collect();
        let code = Rc::new(Code {
            varnames,
            id: self.codes.len(),
            doc,
            globals: ctx.global_names(),
            name: Rc::from(name),
            qualname: Rc::from(ctx.qualname.as_str()),
            params: names
                .iter()
                .take(n_named)
                .map(|n| Rc::from(n.as_str()))
                .collect(),
            n_positional,
            n_posonly: params.posonlyargs.len(),
            vararg: params.vararg.as_ref().map(|_| n_named),
            kwarg: params
                .kwarg
                .as_ref()
                .map(|_| n_named + params.vararg.is_some() as usize),
            param_cells,
            n_locals: ctx.n_locals,
            n_cells: ctx.n_cells,
            body,
            line,
            is_generator: analysis.has_yield,
            lazy,
            source: self.source.clone(),
            shape,
        });
        self.codes.push(code.clone());
        let captures: Box<[Binding]> = ctx.free.iter().map(|(_, b)| *b).collect();
        let defaults = defaults.into_boxed_slice();
        Ok(Box::new(move |f| {
            let mut free: Vec<Cell> = Vec::with_capacity(captures.len());
            for b in captures.iter() {
                let cell = match b {
                    Binding::Cell(i) => f.cells.get(*i).cloned(),
                    Binding::Free(i) => f.free.get(*i).cloned(),
                    _ => None,
                };
                free.push(cell.ok_or_else(|| Error::new("SystemError", "bad closure"))?);
            }
            let mut dvals: Vec<Option<Value>> = vec![None; n_named];
            for (i, d) in defaults.iter() {
                if let Some(slot) = dvals.get_mut(*i) {
                    *slot = Some(d(f)?);
                }
            }
            Ok(Value::object(Function {
                code: code.clone(),
                defaults: dvals,
                free: Rc::from(free),
                attrs: Default::default(),
            }))
        }))
    }
}

/// The string a `def` body starts with (a `lambda`'s has none).
fn docstring(body: &[Stmt]) -> Option<Rc<str>> {
    match body.first() {
        Some(Stmt::Expr(e)) => match &*e.value {
            Expr::StringLiteral(s) => Some(Rc::from(s.value.to_str())),
            _ => None,
        },
        _ => None,
    }
}
