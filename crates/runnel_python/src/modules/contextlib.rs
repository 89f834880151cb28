//! The `contextlib` module: `contextmanager` (a generator function as a context manager,
//! as CPython's `_GeneratorContextManager`), `suppress`, `closing` and `nullcontext`.

use crate::methods::call_method;
use crate::native::{NativeClass, NativeFunction, NativeInstance};
use crate::{Args, Interpreter};
use runnel_core::{Error, Result, Value};
use std::rc::Rc;

/// A `with` over a generator: its state is the generator.
struct GenManager(Value);

/// `suppress(*exceptions)`: the exception classes it swallows.
struct Suppress(Value);

/// `closing(thing)` and `nullcontext(value)`: what `__enter__` returns.
struct Holder(Value);

fn data<T: 'static>(s: &Value) -> Result<Rc<T>> {
    NativeInstance::data_of::<T>(s).ok_or_else(|| Error::type_error("bad context manager"))
}

fn no_args() -> Args {
    Args::new(vec![])
}

fn runtime_error(msg: &str) -> Error {
    Error::new("RuntimeError", msg)
}

/// `_GeneratorContextManager.__enter__`: the value the generator yields first.
fn gen_enter(i: &Interpreter, s: &Value, _: Args) -> Result<Value> {
    match call_method(i, &data::<GenManager>(s)?.0, "__next__", no_args()) {
        Err(e) if e.exc_type == "StopIteration" => Err(runtime_error("generator didn't yield")),
        r => r,
    }
}

/// `_GeneratorContextManager.__exit__`: runs the generator to its end, or throws the
/// body's exception into it; swallowed when the generator ends without raising.
fn gen_exit(i: &Interpreter, s: &Value, a: Args) -> Result<Value> {
    let g = data::<GenManager>(s)?.0.clone();
    let typ = a.positional.first().cloned().unwrap_or(Value::None);
    if matches!(typ, Value::None) {
        return match call_method(i, &g, "__next__", no_args()) {
            Err(e) if e.exc_type == "StopIteration" => Ok(Value::Bool(false)),
            Err(e) => Err(e),
            Ok(_) => Err(runtime_error("generator didn't stop")),
        };
    }
    let value = match a.positional.get(1) {
        Some(v) if !matches!(v, Value::None) => v.clone(),
        _ => i.call_value(&typ, no_args())?,
    };
    match call_method(i, &g, "throw", Args::new(vec![value])) {
        Err(e) if e.exc_type == "StopIteration" => Ok(Value::Bool(true)),
        Err(e) => Err(e),
        Ok(_) => Err(runtime_error("generator didn't stop after throw()")),
    }
}

fn contextmanager(interp: &Interpreter, a: Args) -> Result<Value> {
    a.check_count("contextmanager", 1, 1)?;
    let func = a.positional[0].clone();
    let (class, _) = NativeClass::new("contextlib._GeneratorContextManager")
        .method("__enter__", gen_enter)
        .method("__exit__", gen_exit)
        .into_value();
    let name = crate::methods::get_attr(interp, &func, "__name__").ok();
    Ok(NativeFunction::new(
        &name.map_or_else(|| "helper".to_string(), |n| n.to_str()),
        move |i, args| {
            let gen = i.call_value(&func, args)?;
            Ok(NativeInstance::new(class.clone(), Rc::new(GenManager(gen))))
        },
    ))
}

fn suppress(_: &Interpreter, a: Args) -> Result<Value> {
    let types = Value::tuple(a.positional.clone());
    let (class, _) = NativeClass::new("contextlib.suppress")
        .method("__enter__", |_, _, _| Ok(Value::None))
        .method("__exit__", |i, s, a| {
            let typ = a.positional.first().cloned().unwrap_or(Value::None);
            if matches!(typ, Value::None) {
                return Ok(Value::Bool(false));
            }
            let issubclass = i
                .builtins
                .get("issubclass")
                .cloned()
                .ok_or_else(|| runtime_error("no issubclass"))?;
            let types = data::<Suppress>(s)?.0.clone();
            i.call_value(&issubclass, Args::new(vec![typ, types]))
        })
        .into_value();
    Ok(NativeInstance::new(class, Rc::new(Suppress(types))))
}

fn closing(_: &Interpreter, a: Args) -> Result<Value> {
    a.check_count("closing", 1, 1)?;
    let (class, _) = NativeClass::new("contextlib.closing")
        .method("__enter__", |_, s, _| Ok(data::<Holder>(s)?.0.clone()))
        .method("__exit__", |i, s, _| {
            call_method(i, &data::<Holder>(s)?.0, "close", no_args()).map(|_| Value::None)
        })
        .into_value();
    Ok(NativeInstance::new(
        class,
        Rc::new(Holder(a.positional[0].clone())),
    ))
}

fn nullcontext(_: &Interpreter, mut a: Args) -> Result<Value> {
    let value = a.take(0, "enter_result").unwrap_or(Value::None);
    a.finish("nullcontext")?;
    let (class, _) = NativeClass::new("contextlib.nullcontext")
        .method("__enter__", |_, s, _| Ok(data::<Holder>(s)?.0.clone()))
        .method("__exit__", |_, _, _| Ok(Value::None))
        .into_value();
    Ok(NativeInstance::new(class, Rc::new(Holder(value))))
}

pub(super) fn attrs() -> Vec<(&'static str, Value)> {
    vec![
        (
            "contextmanager",
            NativeFunction::new("contextmanager", contextmanager),
        ),
        ("suppress", NativeFunction::new("suppress", suppress)),
        ("closing", NativeFunction::new("closing", closing)),
        (
            "nullcontext",
            NativeFunction::new("nullcontext", nullcontext),
        ),
    ]
}
