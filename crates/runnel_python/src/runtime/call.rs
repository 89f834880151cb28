//! Calling any callable value.

use super::class::{class_rc, instantiate, Instance, PyClass};
use super::function::{call_function, Function};
use super::members::{Method, StaticMethod};
use crate::builtins::types::{call_type, TypeObj};
use crate::exceptions::{ExcClass, ExcValue};
use crate::native::{BoundMethod, Module, NativeClass, NativeFunction};
use crate::{Args, Interpreter};
use runnel_core::{Error, Result, Value};

impl Interpreter {
    /// `f(*args)` inside the interpreter (no fresh budget; see [`Interpreter::call`]).
    pub(crate) fn call_value(&self, f: &Value, args: Args) -> Result<Value> {
        let Value::Object(o) = f else {
            return Err(not_callable(f));
        };
        let any = o.as_any();
        if let Some(func) = any.downcast_ref::<Function>() {
            return call_function(self, func, args);
        }
        if let Some(nf) = any.downcast_ref::<NativeFunction>() {
            let func = nf.func.clone();
            return func(self, args);
        }
        if let Some(bm) = any.downcast_ref::<BoundMethod>() {
            return match bm {
                BoundMethod::Native(recv, m, _) => m(self, recv, args),
                BoundMethod::Builtin(recv, name) => {
                    crate::methods::call_method(self, recv, name, args)
                }
            };
        }
        if any.is::<Method>()
            || any.is::<PyClass>()
            || any.is::<Instance>()
            || any.is::<StaticMethod>()
            || any.is::<super::dataclass::NativeMethodFn>()
        {
            return self.call_class_member(f, args);
        }
        if let Some(t) = any.downcast_ref::<TypeObj>() {
            return call_type(self, t, args);
        }
        if let Some(t) = any.downcast_ref::<crate::modules::collections::types::DictType>() {
            return crate::modules::collections::types::call(self, t, args);
        }
        if let Some(e) = any.downcast_ref::<crate::modules::enums::EnumBase>() {
            return crate::modules::enum_api::functional(self, e.0, args);
        }
        if let Some(c) = any.downcast_ref::<NativeClass>() {
            return match &c.new {
                Some(new) => {
                    let new = new.clone();
                    new(self, args)
                }
                None => Err(Error::type_error(format!(
                    "cannot create '{}' instances",
                    c.name
                ))),
            };
        }
        // An instance of a native class with `__call__`.
        if let Some(inst) = any.downcast_ref::<crate::native::NativeInstance>() {
            if let Some(m) = inst.class.find_method("__call__") {
                let m = m.clone();
                return m(self, f, args);
            }
        }
        if let Some(c) = any.downcast_ref::<ExcClass>() {
            args.finish(c.name)?;
            let name = match c.name {
                "OSError" => crate::os_error::class_for(&args.positional),
                name => name,
            };
            return Ok(Value::object(ExcValue::new(name, args.positional)));
        }
        if any.is::<Module>() {
            return Err(Error::type_error("'module' object is not callable"));
        }
        Err(not_callable(f))
    }
}

impl Interpreter {
    /// Calls a program class (a new instance), an instance with `__call__`, a bound
    /// method or a static method. Kept out of `call_value` so that its Rust stack frame,
    /// paid by every Python call, stays small.
    #[inline(never)]
    fn call_class_member(&self, f: &Value, args: Args) -> Result<Value> {
        let Value::Object(o) = f else {
            return Err(not_callable(f));
        };
        let any = o.as_any();
        if let Some(m) = any.downcast_ref::<Method>() {
            let mut positional = Vec::with_capacity(args.positional.len() + 1);
            positional.push(m.receiver.clone());
            positional.extend(args.positional);
            let args = Args {
                positional,
                keywords: args.keywords,
            };
            return self.call_value(&m.func, args);
        }
        if any.is::<PyClass>() {
            let class = class_rc(f).ok_or_else(|| not_callable(f))?;
            return instantiate(self, &class, args);
        }
        if let Some(inst) = any.downcast_ref::<Instance>() {
            return match inst.class.lookup("__call__") {
                Some(call) => {
                    let mut positional = vec![f.clone()];
                    positional.extend(args.positional);
                    self.call_value(
                        &call,
                        Args {
                            positional,
                            keywords: args.keywords,
                        },
                    )
                }
                None => Err(not_callable(f)),
            };
        }
        if let Some(s) = any.downcast_ref::<StaticMethod>() {
            return self.call_value(&s.0, args);
        }
        if let Some(m) = any.downcast_ref::<super::dataclass::NativeMethodFn>() {
            let f = m.0.clone();
            // A generated `__eq__`/`__repr__` may recurse through the values it visits.
            let _guard = self.enter_call()?;
            return f(self, args);
        }
        Err(not_callable(f))
    }
}

fn not_callable(v: &Value) -> Error {
    Error::type_error(format!("'{}' object is not callable", v.type_name()))
}
