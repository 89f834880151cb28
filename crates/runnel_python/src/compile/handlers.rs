//! `try`/`except`/`else`/`finally`.

use super::{CResult, Compiler};
use crate::exceptions::{class_name, is_subclass, ExcValue, STEP_BUDGET};
use crate::runtime::class::{Instance, PyClass};
use crate::runtime::frame::{ExprFn, Flow, Frame, StmtFn, StoreFn};
use ruff_python_ast as ast;
use runnel_core::{Error, Result, Value};

impl Compiler<'_> {
    pub(super) fn try_stmt(&mut self, t: &ast::StmtTry) -> CResult<StmtFn> {
        if t.is_star {
            return Err(self.unsupported(t.range, "'except*' clauses"));
        }
        let body = self.block(&t.body)?;
        let mut handlers: Vec<(Option<ExprFn>, Option<StoreFn>, StmtFn)> = Vec::new();
        for h in &t.handlers {
            let ast::ExceptHandler::ExceptHandler(h) = h;
            let ty = h.type_.as_ref().map(|e| self.expr(e)).transpose()?;
            let store = h.name.as_ref().map(|n| self.store_name(&n.id));
            handlers.push((ty, store, self.block(&h.body)?));
        }
        let orelse = self.block(&t.orelse)?;
        let finalbody = if t.finalbody.is_empty() {
            None
        } else {
            Some(self.block(&t.finalbody)?)
        };
        Ok(Box::new(move |f| {
            let outcome = match body(f) {
                Ok(flow) => match flow {
                    Flow::Normal => orelse(f),
                    other => Ok(other),
                },
                Err(e) if e.exc_type == STEP_BUDGET => Err(e),
                Err(e) => handle(f, e, &handlers),
            };
            match &finalbody {
                None => outcome,
                Some(fin) => match fin(f)? {
                    Flow::Normal => outcome,
                    other => Ok(other),
                },
            }
        }))
    }
}

type Handler = (Option<ExprFn>, Option<StoreFn>, StmtFn);

/// Enters the `except` clause of type `ty` (`None`: a bare `except:`) for `e` when it
/// matches, binding its `as` name: how a lazy generator runs its `except` clauses.
pub(crate) fn enter_handler(
    f: &mut Frame,
    e: &Error,
    ty: Option<&ExprFn>,
    store: Option<&StoreFn>,
) -> Result<bool> {
    let instance = f.interp.raised_instance(e);
    let matched = match ty {
        None => true,
        Some(ty) => matches(&ty(f)?, &e.exc_type, instance.as_ref())?,
    };
    if matched {
        if let Some(store) = store {
            store(f, instance.unwrap_or_else(|| ExcValue::from_error(e)))?;
        }
    }
    Ok(matched)
}

/// Runs the first `except` clause matching `e`, or re-raises it.
fn handle(f: &mut Frame, e: Error, handlers: &[Handler]) -> Result<Flow> {
    let instance = f.interp.raised_instance(&e);
    for (ty, store, body) in handlers {
        let matched = match ty {
            None => true,
            Some(ty) => matches(&ty(f)?, &e.exc_type, instance.as_ref())?,
        };
        if !matched {
            continue;
        }
        let value = instance.clone().unwrap_or_else(|| ExcValue::from_error(&e));
        if let Some(store) = store {
            store(f, value.clone())?;
        }
        let (class, _) = super::with::exception_pair(f, &e);
        f.interp.handled.borrow_mut().push((class, value.clone()));
        let saved = f.handling.replace(e);
        let r = body(f);
        f.handling = saved;
        f.interp.handled.borrow_mut().pop();
        if let Err(e2) = &r {
            context_on_leaving(f, e2, &value);
        }
        return r;
    }
    Err(e)
}

/// Whether `except ty` catches an error of type `exc_type`, raised with the program
/// exception `instance` (when known).
fn matches(ty: &Value, exc_type: &str, instance: Option<&Value>) -> Result<bool> {
    let inst = instance.and_then(|v| v.downcast::<Instance>());
    if let Some(name) = class_name(ty) {
        return Ok(match inst {
            Some(i) => i.class.derives_exc(name),
            None => is_subclass(exc_type, name),
        });
    }
    if let Some(c) = ty.downcast::<PyClass>() {
        return Ok(match inst {
            Some(i) => i.class.is_subclass_of(c),
            None => c.exc_base.is_some() && *c.name == *exc_type,
        });
    }
    if let Value::Tuple(items) = ty {
        for item in items.iter() {
            if matches(item, exc_type, instance)? {
                return Ok(true);
            }
        }
        return Ok(false);
    }
    Err(Error::type_error(
        "catching classes that do not inherit from BaseException is not allowed",
    ))
}

/// An error leaving an `except` clause has the handled exception as its context: one the
/// interpreter raised (`1/0`, `d[k]`) becomes a value remembered with it.
fn context_on_leaving(f: &Frame, e: &Error, handled: &Value) {
    if e.exc_type == crate::exceptions::STEP_BUDGET {
        return;
    }
    let raised = f.interp.raised_instance(e).unwrap_or_else(|| {
        let v = ExcValue::from_error(e);
        f.interp.remember_raised(e, v.clone());
        v
    });
    crate::runtime::exc_chain::set_context(&raised, handled);
}
