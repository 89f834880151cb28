//! `Cls.__mro__` of a program class: the class, its program ancestors, then the built-in
//! exception chain or built-in type it derives from, ending in `object`.

use super::class::PyClass;
use crate::builtins::types::{Kind, TypeObj};
use crate::exceptions::{ancestry, ExcClass};
use runnel_core::value::Object;
use runnel_core::Value;
use std::rc::Rc;

pub(crate) fn mro_tuple(class: &Rc<PyClass>) -> Value {
    let program = std::iter::once(class).chain(class.mro.iter());
    let mut out: Vec<Value> = program
        .map(|c| Value::Object(c.clone() as Rc<dyn Object>))
        .collect();
    if let Some(e) = class.exc_base {
        out.extend(
            ancestry(e)
                .into_iter()
                .map(|name| Value::object(ExcClass { name })),
        );
    } else if let Some(kind) = class.builtin {
        out.push(Value::object(TypeObj { kind }));
    }
    out.push(Value::object(TypeObj { kind: Kind::Object }));
    Value::tuple(out)
}
