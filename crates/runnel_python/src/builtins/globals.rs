//! `globals()`: the module's namespace as a mapping whose reads and writes go to the
//! module's globals (`globals()["x"] = v` defines `x`), as PySpark examples use it for
//! singletons (`sql_network_wordcount.py`).

use crate::{Args, Interpreter};
use runnel_core::value::Object;
use runnel_core::{Error, Result, Value};
use std::any::Any;
use std::rc::Weak;

pub(crate) struct GlobalsView {
    interp: Weak<Interpreter>,
}

impl GlobalsView {
    fn interp(&self) -> Result<std::rc::Rc<Interpreter>> {
        self.interp
            .upgrade()
            .ok_or_else(|| Error::new("RuntimeError", "the program has ended"))
    }

    fn name(key: &Value) -> Result<&str> {
        match key {
            Value::Str(s) => Ok(s),
            other => Err(crate::exceptions::key_error(other)),
        }
    }

    /// `globals()[key]`.
    pub(crate) fn get(&self, key: &Value) -> Result<Value> {
        self.interp()?
            .get_global(Self::name(key)?)
            .ok_or_else(|| crate::exceptions::key_error(key))
    }

    /// `globals()[key] = value`.
    pub(crate) fn set(&self, key: &Value, value: Value) -> Result<()> {
        self.interp()?.set_global(Self::name(key)?, value);
        Ok(())
    }

    /// `key in globals()`.
    pub(crate) fn contains(&self, key: &Value) -> Result<bool> {
        Ok(match key {
            Value::Str(s) => self.interp()?.get_global(s).is_some(),
            _ => false,
        })
    }
}

impl GlobalsView {
    /// `globals().get(key, default=None)` and `globals().setdefault(key, default=None)`
    /// as bound methods; `None` for other names.
    pub(crate) fn method(&self, name: &str) -> Option<Value> {
        let view = GlobalsView {
            interp: self.interp.clone(),
        };
        let name: &'static str = match name {
            "get" => "get",
            "setdefault" => "setdefault",
            _ => return None,
        };
        Some(crate::native::NativeFunction::new(
            name,
            move |_, a: Args| {
                a.check_count(name, 1, 2)?;
                let key = &a.positional[0];
                let default = a.positional.get(1).cloned().unwrap_or(Value::None);
                if view.contains(key)? {
                    return view.get(key);
                }
                if name == "setdefault" {
                    view.set(key, default.clone())?;
                }
                Ok(default)
            },
        ))
    }
}

impl Object for GlobalsView {
    fn type_name(&self) -> &str {
        "dict"
    }
    fn repr(&self) -> String {
        "{...}".into()
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
}

pub(crate) fn globals(interp: &Interpreter, args: Args) -> Result<Value> {
    args.check_count("globals", 0, 0)?;
    Ok(Value::object(GlobalsView {
        interp: interp
            .rc()
            .map_or_else(Weak::new, |rc| std::rc::Rc::downgrade(&rc)),
    }))
}
