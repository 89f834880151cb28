//! Statements.

use super::{Binding, CResult, Compiler};
use crate::exceptions::error_from_raised;
use crate::runtime::frame::{ExprFn, Flow, StmtFn, StoreFn};
use ruff_python_ast::Stmt;
use runnel_core::{Error, Value};

impl Compiler<'_> {
    /// Compiles one statement; the closure records its line and counts a step first.
    pub fn stmt(&mut self, s: &Stmt) -> CResult<StmtFn> {
        let line = self.line(s);
        let outer = std::mem::replace(&mut self.stmt_line, line);
        let inner = self.stmt_inner(s);
        self.stmt_line = outer;
        let inner = inner?;
        if self.ctxs.len() == 1 {
            // A module-level statement: native calls it makes ask for its line.
            return Ok(Box::new(move |f| {
                f.line = line;
                f.err_line = None;
                f.interp.module_line.set(line);
                f.interp.drain_closes();
                f.interp.tick()?;
                inner(f)
            }));
        }
        Ok(Box::new(move |f| {
            f.line = line;
            f.err_line = None;
            // Generators dropped by the statement before are closed first.
            f.interp.drain_closes();
            f.interp.tick()?;
            inner(f)
        }))
    }

    fn stmt_inner(&mut self, s: &Stmt) -> CResult<StmtFn> {
        Ok(match s {
            Stmt::Expr(e) => {
                let v = self.expr(&e.value)?;
                Box::new(move |f| v(f).map(|_| Flow::Normal))
            }
            Stmt::Assign(a) => {
                let value = self.expr(&a.value)?;
                let mut stores = Vec::new();
                for t in &a.targets {
                    stores.push(self.target(t)?);
                }
                if stores.len() == 1 {
                    let store = stores
                        .pop()
                        .ok_or_else(|| self.syntax_error(a.range, "no target"))?;
                    Box::new(move |f| {
                        let v = value(f)?;
                        store(f, v)?;
                        Ok(Flow::Normal)
                    })
                } else {
                    Box::new(move |f| {
                        let v = value(f)?;
                        for st in &stores {
                            st(f, v.clone())?;
                        }
                        Ok(Flow::Normal)
                    })
                }
            }
            Stmt::AnnAssign(a) => match &a.value {
                Some(v) => {
                    let value = self.expr(v)?;
                    let store = self.target(&a.target)?;
                    Box::new(move |f| {
                        let v = value(f)?;
                        store(f, v)?;
                        Ok(Flow::Normal)
                    })
                }
                None => Box::new(|_| Ok(Flow::Normal)),
            },
            Stmt::AugAssign(a) => self.aug_assign(a)?,
            Stmt::FunctionDef(d) => {
                let make = self.def(d)?;
                let store = self.store_name(&d.name.id);
                Box::new(move |f| {
                    let func = make(f)?;
                    store(f, func)?;
                    Ok(Flow::Normal)
                })
            }
            Stmt::Return(r) => {
                if self.ctxs.len() <= 1 {
                    return Err(self.syntax_error(r.range, "'return' outside function"));
                }
                match &r.value {
                    Some(v) => {
                        let v = self.expr(v)?;
                        Box::new(move |f| Ok(Flow::Return(v(f)?)))
                    }
                    None => Box::new(|_| Ok(Flow::Return(Value::None))),
                }
            }
            Stmt::If(i) => {
                let mut branches: Vec<(Option<ExprFn>, StmtFn)> =
                    vec![(Some(self.expr(&i.test)?), self.block(&i.body)?)];
                for clause in &i.elif_else_clauses {
                    let test = clause.test.as_ref().map(|t| self.expr(t)).transpose()?;
                    branches.push((test, self.block(&clause.body)?));
                }
                let branches = branches.into_boxed_slice();
                Box::new(move |f| {
                    for (test, body) in branches.iter() {
                        let go = match test {
                            Some(t) => crate::runtime::truth::test(f, t)?,
                            None => true,
                        };
                        if go {
                            return body(f);
                        }
                    }
                    Ok(Flow::Normal)
                })
            }
            Stmt::While(w) => {
                let test = self.expr(&w.test)?;
                self.ctx().loop_depth += 1;
                let body = self.block(&w.body);
                self.ctx().loop_depth -= 1;
                let (body, orelse) = (body?, self.block(&w.orelse)?);
                Box::new(move |f| {
                    while crate::runtime::truth::test(f, &test)? {
                        f.interp.tick()?;
                        match body(f)? {
                            Flow::Break => return Ok(Flow::Normal),
                            r @ Flow::Return(_) => return Ok(r),
                            _ => {}
                        }
                    }
                    orelse(f)
                })
            }
            Stmt::For(fo) => {
                if fo.is_async {
                    return Err(self.unsupported(fo.range, "async for loops"));
                }
                let iter = self.expr(&fo.iter)?;
                let store = self.target(&fo.target)?;
                self.ctx().loop_depth += 1;
                let body = self.block(&fo.body);
                self.ctx().loop_depth -= 1;
                let (body, orelse) = (body?, self.block(&fo.orelse)?);
                Box::new(move |f| {
                    let it = iter(f)?;
                    let mut it = f.interp.make_iter(&it)?;
                    while let Some(v) = it.next(f.interp)? {
                        f.interp.tick()?;
                        store(f, v)?;
                        match body(f)? {
                            Flow::Break => return Ok(Flow::Normal),
                            r @ Flow::Return(_) => return Ok(r),
                            _ => {}
                        }
                    }
                    orelse(f)
                })
            }
            Stmt::Break(b) => {
                if self.ctx().loop_depth == 0 {
                    return Err(self.syntax_error(b.range, "'break' outside loop"));
                }
                Box::new(|_| Ok(Flow::Break))
            }
            Stmt::Continue(c) => {
                if self.ctx().loop_depth == 0 {
                    return Err(self.syntax_error(c.range, "'continue' not properly in loop"));
                }
                Box::new(|_| Ok(Flow::Continue))
            }
            Stmt::Pass(_) => Box::new(|_| Ok(Flow::Normal)),
            Stmt::Delete(d) => {
                let mut dels = Vec::new();
                for t in &d.targets {
                    dels.push(self.delete(t)?);
                }
                Box::new(move |f| {
                    for d in &dels {
                        d(f)?;
                    }
                    Ok(Flow::Normal)
                })
            }
            Stmt::Assert(a) => {
                let test = self.expr(&a.test)?;
                let msg = a.msg.as_ref().map(|m| self.expr(m)).transpose()?;
                Box::new(move |f| {
                    if crate::runtime::truth::test(f, &test)? {
                        return Ok(Flow::Normal);
                    }
                    let text = match &msg {
                        Some(m) => m(f)?.to_str(),
                        None => String::new(),
                    };
                    Err(Error::new("AssertionError", text))
                })
            }
            Stmt::Raise(r) => match &r.exc {
                Some(e) => {
                    let e = self.expr(e)?;
                    // `raise X from Y`: the cause is evaluated (and must be an exception
                    // or None); tracebacks show only the raised exception.
                    let cause = r.cause.as_ref().map(|c| self.expr(c)).transpose()?;
                    Box::new(move |f| {
                        let v = e(f)?;
                        let cause = match &cause {
                            Some(c) => Some(c(f)?),
                            None => None,
                        };
                        crate::runtime::exc_chain::on_raise(f, &v, cause);
                        let e = error_from_raised(&v);
                        // A built-in exception value: its handler binds this same object.
                        if v.downcast::<crate::exceptions::ExcValue>().is_some()
                            || v.downcast::<crate::exceptions::KeyErrorText>().is_some()
                        {
                            f.interp.remember_raised(&e, v);
                        }
                        Err(e)
                    })
                }
                None => Box::new(|f| {
                    Err(f.handling.clone().unwrap_or_else(|| {
                        Error::new("RuntimeError", "No active exception to reraise")
                    }))
                }),
            },
            Stmt::Try(t) => self.try_stmt(t)?,
            Stmt::Import(i) => {
                let mut binds: Vec<(String, String, StoreFn)> = Vec::new();
                for alias in &i.names {
                    let full = alias.name.id.to_string();
                    let (lookup, bind) = match &alias.asname {
                        Some(a) => (full.clone(), a.id.to_string()),
                        None => (
                            full.split('.').next().unwrap_or_default().to_string(),
                            full.split('.').next().unwrap_or_default().to_string(),
                        ),
                    };
                    let store = self.store_name(&bind);
                    binds.push((full, lookup, store));
                }
                Box::new(move |f| {
                    for (full, lookup, store) in &binds {
                        f.interp.find_module(full)?;
                        let m = f.interp.find_module(lookup)?;
                        store(f, m)?;
                    }
                    Ok(Flow::Normal)
                })
            }
            Stmt::ImportFrom(i) => {
                if i.level > 0 {
                    return Err(self.unsupported(i.range, "relative imports"));
                }
                let module = i
                    .module
                    .as_ref()
                    .map(|m| m.id.to_string())
                    .unwrap_or_default();
                let mut binds: Vec<(String, StoreFn)> = Vec::new();
                if i.names.iter().any(|a| a.name.id.as_str() == "*") {
                    if !self.ctx().is_module {
                        return Err(
                            self.syntax_error(i.range, "import * only allowed at module level")
                        );
                    }
                    return Ok(Box::new(move |f| {
                        let m = f.interp.find_module(&module)?;
                        f.interp.import_star(&m)?;
                        Ok(Flow::Normal)
                    }));
                }
                for alias in &i.names {
                    let bind = alias.asname.as_ref().unwrap_or(&alias.name).id.to_string();
                    binds.push((alias.name.id.to_string(), self.store_name(&bind)));
                }
                Box::new(move |f| {
                    let m = f.interp.find_module(&module)?;
                    for (name, store) in &binds {
                        let v = f.interp.module_attr(&m, &module, name)?;
                        store(f, v)?;
                    }
                    Ok(Flow::Normal)
                })
            }
            Stmt::Global(_) => Box::new(|_| Ok(Flow::Normal)),
            Stmt::Nonlocal(n) => {
                if self.ctxs.len() <= 1 {
                    return Err(self.syntax_error(
                        n.range,
                        "nonlocal declaration not allowed at module level",
                    ));
                }
                for name in &n.names {
                    let b = self.resolve(&name.id);
                    if matches!(b, Binding::Global(_)) {
                        return Err(self.syntax_error(
                            name.range,
                            &format!("no binding for nonlocal '{}' found", name.id),
                        ));
                    }
                }
                Box::new(|_| Ok(Flow::Normal))
            }
            Stmt::ClassDef(c) => {
                let make = self.class_def(c)?;
                let store = self.store_name(&c.name.id);
                Box::new(move |f| {
                    let class = make(f)?;
                    store(f, class)?;
                    Ok(Flow::Normal)
                })
            }
            Stmt::With(w) => self.with_stmt(w)?,
            Stmt::Match(m) => self.match_stmt(m)?,
            Stmt::TypeAlias(t) => return Err(self.unsupported(t.range, "type aliases")),
            Stmt::IpyEscapeCommand(c) => {
                return Err(self.unsupported(c.range, "IPython escape commands"))
            }
        })
    }
}
