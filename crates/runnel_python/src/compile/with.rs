//! `with` statements: a context manager's `__enter__` before the body and `__exit__`
//! after it, however it ends; a truthy `__exit__` result swallows the exception.

use super::{CResult, Compiler};
use crate::exceptions::{ExcValue, STEP_BUDGET};
use crate::runtime::frame::{ExprFn, Flow, Frame, StmtFn, StoreFn};
use crate::Args;
use ruff_python_ast as ast;
use runnel_core::{Error, Result, Value};

impl Compiler<'_> {
    pub(super) fn with_stmt(&mut self, w: &ast::StmtWith) -> CResult<StmtFn> {
        if w.is_async {
            return Err(self.unsupported(w.range, "'async with' statements"));
        }
        let mut items: Vec<(ExprFn, Option<StoreFn>)> = Vec::new();
        for item in &w.items {
            let manager = self.expr(&item.context_expr)?;
            let store = item
                .optional_vars
                .as_ref()
                .map(|t| self.target(t))
                .transpose()?;
            items.push((manager, store));
        }
        let mut body = self.block(&w.body)?;
        // `with a, b:` is `with a: with b:`.
        for (manager, store) in items.into_iter().rev() {
            let inner = body;
            body = Box::new(move |f| run_with(f, &manager, store.as_ref(), &inner));
        }
        Ok(body)
    }
}

fn run_with(
    f: &mut Frame,
    manager: &ExprFn,
    store: Option<&StoreFn>,
    body: &StmtFn,
) -> Result<Flow> {
    let m = manager(f)?;
    let exit = special(f, &m, "__exit__")?;
    let enter = special(f, &m, "__enter__")?;
    let entered = f.interp.call_value(&enter, Args::new(vec![]))?;
    let outcome = match store {
        Some(store) => store(f, entered).and_then(|_| body(f)),
        None => body(f),
    };
    match outcome {
        Err(e) if e.exc_type == STEP_BUDGET => Err(e),
        Err(e) => {
            let (ty, value) = exception_pair(f, &e);
            let args = Args::new(vec![ty, value, Value::None]);
            let swallow = f.interp.call_value(&exit, args)?;
            if f.interp.truth(&swallow)? {
                Ok(Flow::Normal)
            } else {
                Err(e)
            }
        }
        Ok(flow) => {
            let none = Args::new(vec![Value::None, Value::None, Value::None]);
            f.interp.call_value(&exit, none)?;
            Ok(flow)
        }
    }
}

/// `type(m).__enter__` bound to `m`, or CPython's error for an object that is not a
/// context manager.
pub(crate) fn special(f: &Frame, m: &Value, name: &str) -> Result<Value> {
    crate::methods::get_attr(f.interp, m, name).map_err(|_| {
        Error::type_error(format!(
            "'{}' object does not support the context manager protocol",
            m.type_name()
        ))
    })
}

/// The exception's class and value, as `__exit__` receives them.
pub(crate) fn exception_pair(f: &Frame, e: &Error) -> (Value, Value) {
    match f.interp.raised_instance(e) {
        Some(inst) => (crate::builtins::types::type_of(&inst), inst),
        None => (
            crate::builtins::exception_class(&e.exc_type),
            ExcValue::from_error(e),
        ),
    }
}
