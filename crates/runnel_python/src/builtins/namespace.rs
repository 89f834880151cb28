//! Builtins that look at the running program: `sys.exc_info()` and `vars()`.

use crate::{Args, Interpreter};
use runnel_core::{Result, Value};

/// `sys.exc_info()`: the exception being handled, as `(type, value, traceback)`;
/// the traceback is `None` (Runnel has no traceback objects).
pub(crate) fn exc_info(interp: &Interpreter, args: Args) -> Result<Value> {
    args.check_count("exc_info", 0, 0)?;
    Ok(match interp.handled.borrow().last() {
        Some((ty, value)) => Value::tuple(vec![ty.clone(), value.clone(), Value::None]),
        None => Value::tuple(vec![Value::None, Value::None, Value::None]),
    })
}

impl Interpreter {
    /// `from m import *`: the module's public names (its `__all__` when it has one, else
    /// those not starting with `_`) become module globals.
    pub(crate) fn import_star(&self, m: &Value) -> Result<()> {
        let Some(module) = m.downcast::<crate::native::Module>() else {
            return Ok(());
        };
        let attrs: Vec<(String, Value)> = module
            .attrs
            .borrow()
            .iter()
            .map(|(k, v)| (k.clone(), v.clone()))
            .collect();
        let public: Option<Vec<String>> = attrs
            .iter()
            .find(|(k, _)| k == "__all__")
            .map(|(_, all)| self.collect(all))
            .transpose()?
            .map(|names| names.iter().map(|n| n.to_str()).collect());
        for (name, v) in attrs {
            let wanted = match &public {
                Some(all) => all.contains(&name),
                None => !name.starts_with('_'),
            };
            if wanted {
                self.set_global(&name, v);
            }
        }
        Ok(())
    }
}

/// `vars(obj)`: its `__dict__`; `vars()` is `globals()` at module level.
pub(super) fn vars(interp: &Interpreter, args: Args) -> Result<Value> {
    args.check_count("vars", 0, 1)?;
    match args.positional.first() {
        None => super::globals::globals(interp, Args::new(vec![])),
        Some(obj) => crate::methods::get_attr(interp, obj, "__dict__").map_err(|e| {
            if e.exc_type == "AttributeError" {
                runnel_core::Error::type_error("vars() argument must have __dict__ attribute")
            } else {
                e
            }
        }),
    }
}
