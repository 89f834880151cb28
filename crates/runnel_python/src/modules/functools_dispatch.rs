//! `functools.singledispatch`, `singledispatchmethod` and `cached_property`, as CPython
//! 3.11's: dispatch on the first argument's class along its MRO (then the registered
//! classes it is a subclass of, as `collections.abc` ones), `register` by annotation or
//! by class, `dispatch`, `registry`.

use crate::native::{NativeClass, NativeFunction};
use crate::runtime::module_class::{make, method, set, this};
use crate::{Args, Interpreter};
use runnel_core::value::PyDict;
use runnel_core::{Error, Result, Value};

fn is_class(v: &Value) -> bool {
    v.type_name() == "type"
}

/// The implementation for class `cls`: the first class of its MRO registered, else the
/// first registered class it derives from, else `object`'s.
fn dispatch(interp: &Interpreter, registry: &Value, cls: &Value) -> Result<Value> {
    let Value::Dict(reg) = registry else {
        return Err(Error::type_error("singledispatch registry is not a dict"));
    };
    let items: Vec<(Value, Value)> = reg
        .borrow()?
        .iter()
        .map(|(k, v)| (k.clone(), v.clone()))
        .collect();
    let object = crate::builtins::types::TypeObj::value(crate::builtins::types::Kind::Object);
    let mro = match crate::methods::get_attr(interp, cls, "__mro__") {
        Ok(Value::Tuple(t)) => t.to_vec(),
        _ => vec![cls.clone()],
    };
    // `object` last: a registered ABC (`collections.abc.Sequence`) comes before it, as
    // CPython merges the ABCs into the MRO.
    let registered = |c: &Value| {
        items
            .iter()
            .find(|(k, _)| runnel_core::value::same_object(k, c) || k.py_eq(c))
            .map(|(_, f)| f.clone())
    };
    if let Some(f) = mro
        .iter()
        .filter(|c| !c.py_eq(&object))
        .find_map(registered)
    {
        return Ok(f);
    }
    if let Some(sub) = interp.builtins.get("issubclass") {
        for (k, f) in items.iter().filter(|(k, _)| !k.py_eq(&object)) {
            let r = interp.call_value(sub, Args::new(vec![cls.clone(), k.clone()]));
            if r.is_ok_and(|v| v.truthy()) {
                return Ok(f.clone());
            }
        }
    }
    // `object` is always registered (the decorated function); a non-class argument to
    // `dispatch` finds it too.
    items
        .first()
        .map(|(_, f)| f.clone())
        .ok_or_else(|| Error::type_error(format!("no implementation for {}", cls.repr())))
}

/// The class `register(func)` reads from `func`'s first annotation.
fn annotated_class(interp: &Interpreter, func: &Value) -> Result<Value> {
    let invalid = || {
        Error::type_error(format!(
            "Invalid first argument to `register()`: {}. Use either `@register(some_class)` or plain `@register` on an annotated function.",
            func.repr()
        ))
    };
    let ann = crate::methods::get_attr(interp, func, "__annotations__").map_err(|_| invalid())?;
    let Value::Dict(ann) = ann else {
        return Err(invalid());
    };
    let first = ann
        .borrow()?
        .iter()
        .next()
        .map(|(k, v)| (k.clone(), v.clone()));
    let Some((name, cls)) = first else {
        return Err(invalid());
    };
    if !is_class(&cls) {
        return Err(Error::type_error(format!(
            "Invalid annotation for {}. {} is not a class.",
            name.repr(),
            cls.repr()
        )));
    }
    Ok(cls)
}

/// `register(cls, func=None)`: registers `func` (returned), or returns a decorator that
/// does; `register(func)` reads the class from `func`'s annotation.
fn register(interp: &Interpreter, registry: &Value, mut a: Args) -> Result<Value> {
    let cls = a.require(0, "cls", "register")?;
    let func = a.take(1, "func");
    let put = |cls: Value, f: Value| -> Result<Value> {
        if let Value::Dict(d) = registry {
            d.borrow_mut()?.insert(cls, f.clone())?;
        }
        Ok(f)
    };
    if is_class(&cls) {
        return match func {
            Some(f) => put(cls, f),
            None => {
                let registry = registry.clone();
                Ok(NativeFunction::new("register", move |interp, a: Args| {
                    a.check_count("register", 1, 1)?;
                    let mut call = Args::new(vec![cls.clone(), a.positional[0].clone()]);
                    call.keywords.clear();
                    register(interp, &registry, call)
                }))
            }
        };
    }
    if func.is_some() || !crate::builtins::is_callable(&cls) {
        return Err(Error::type_error(format!(
            "Invalid first argument to `register()`: {}. Use either `@register(some_class)` or plain `@register` on an annotated function.",
            cls.repr()
        )));
    }
    let target = annotated_class(interp, &cls)?;
    put(target, cls)
}

/// `@singledispatch def f(arg, ...)`.
pub(super) fn singledispatch(interp: &Interpreter, a: Args) -> Result<Value> {
    a.check_count("singledispatch", 1, 1)?;
    let func = a.positional[0].clone();
    let name = match crate::methods::get_attr(interp, &func, "__name__") {
        Ok(Value::Str(s)) => s.to_string(),
        _ => "singledispatch function".to_string(),
    };
    let mut reg = PyDict::new();
    reg.insert(
        crate::builtins::types::TypeObj::value(crate::builtins::types::Kind::Object),
        func.clone(),
    )?;
    let registry = Value::dict(reg);
    let doc = crate::methods::get_attr(interp, &func, "__doc__").unwrap_or(Value::None);
    let (r1, r2, r3) = (registry.clone(), registry.clone(), registry.clone());
    let fname = name.clone();
    let class = NativeClass::new(&name)
        .constructor(move |interp, a: Args| {
            let Some(first) = a.positional.first() else {
                return Err(Error::type_error(format!(
                    "{fname} requires at least 1 positional argument"
                )));
            };
            let f = dispatch(interp, &r1, &crate::builtins::types::type_of(first))?;
            interp.call_value(&f, a)
        })
        .static_attr(
            "register",
            NativeFunction::new("register", move |interp, a| register(interp, &r2, a)),
        )
        .static_attr(
            "dispatch",
            NativeFunction::new("dispatch", move |interp, a: Args| {
                a.check_count("dispatch", 1, 1)?;
                dispatch(interp, &r3, &a.positional[0])
            }),
        )
        .static_attr("registry", registry)
        .static_attr("__wrapped__", func)
        .static_attr("__doc__", doc);
    Ok(class.into_value().1)
}

fn sdm_init(interp: &Interpreter, a: Args) -> Result<Value> {
    let me = this(&a, "singledispatchmethod.__init__")?;
    let [_, func] = a.positional.as_slice() else {
        return Err(Error::type_error(
            "singledispatchmethod.__init__() takes 2 positional arguments",
        ));
    };
    if !crate::builtins::is_callable(func) {
        return Err(Error::type_error(format!(
            "{} is not callable or a descriptor",
            func.repr()
        )));
    }
    let dispatcher = singledispatch(interp, Args::new(vec![func.clone()]))?;
    set(&me, "dispatcher", dispatcher);
    set(&me, "func", func.clone());
    Ok(Value::None)
}

fn sdm_register(interp: &Interpreter, mut a: Args) -> Result<Value> {
    let me = this(&a, "singledispatchmethod.register")?;
    a.positional.remove(0);
    let dispatcher = crate::methods::get_attr(interp, &me, "dispatcher")?;
    crate::methods::call_method(interp, &dispatcher, "register", a)
}

/// `obj.method`: a function dispatching on its first argument's class and calling the
/// implementation with `obj` first.
fn sdm_get(interp: &Interpreter, a: Args) -> Result<Value> {
    let me = this(&a, "singledispatchmethod.__get__")?;
    let obj = a.positional.get(1).cloned().unwrap_or(Value::None);
    let dispatcher = crate::methods::get_attr(interp, &me, "dispatcher")?;
    let func = crate::methods::get_attr(interp, &me, "func")?;
    let name = crate::methods::get_attr(interp, &func, "__name__")
        .map(|v| v.to_str())
        .unwrap_or_default();
    Ok(NativeFunction::new(
        &name.clone(),
        move |interp, mut a: Args| {
            let Some(first) = a.positional.first() else {
                return Err(Error::type_error(format!(
                    "{name} requires at least 1 positional argument"
                )));
            };
            let cls = crate::builtins::types::type_of(first);
            let f =
                crate::methods::call_method(interp, &dispatcher, "dispatch", Args::new(vec![cls]))?;
            if !matches!(obj, Value::None) {
                a.positional.insert(0, obj.clone());
            }
            interp.call_value(&f, a)
        },
    ))
}

fn cp_init(_: &Interpreter, a: Args) -> Result<Value> {
    let me = this(&a, "cached_property.__init__")?;
    let [_, func] = a.positional.as_slice() else {
        return Err(Error::type_error(
            "cached_property.__init__() takes 2 positional arguments",
        ));
    };
    set(&me, "func", func.clone());
    set(&me, "attrname", Value::None);
    Ok(Value::None)
}

fn cp_set_name(_: &Interpreter, a: Args) -> Result<Value> {
    let me = this(&a, "cached_property.__set_name__")?;
    if let Some(name) = a.positional.get(2) {
        set(&me, "attrname", name.clone());
    }
    Ok(Value::None)
}

/// `obj.prop`: computed once, then kept in `obj.__dict__`, which later lookups find first.
fn cp_get(interp: &Interpreter, a: Args) -> Result<Value> {
    let me = this(&a, "cached_property.__get__")?;
    let obj = a.positional.get(1).cloned().unwrap_or(Value::None);
    if matches!(obj, Value::None) {
        return Ok(me);
    }
    let Value::Str(name) = crate::methods::get_attr(interp, &me, "attrname")? else {
        return Err(Error::type_error(
            "Cannot use cached_property instance without calling __set_name__ on it.",
        ));
    };
    let func = crate::methods::get_attr(interp, &me, "func")?;
    let v = interp.call_value(&func, Args::new(vec![obj.clone()]))?;
    crate::methods::set_attr(&obj, &name, v.clone())?;
    Ok(v)
}

pub(super) fn classes(interp: &Interpreter) -> Vec<(&'static str, Value)> {
    let sdm = make(
        interp,
        "singledispatchmethod",
        "functools",
        vec![
            ("__init__", method("__init__", sdm_init)),
            ("register", method("register", sdm_register)),
            ("__get__", method("__get__", sdm_get)),
        ],
    );
    let cp = make(
        interp,
        "cached_property",
        "functools",
        vec![
            ("__init__", method("__init__", cp_init)),
            ("__set_name__", method("__set_name__", cp_set_name)),
            ("__get__", method("__get__", cp_get)),
        ],
    );
    vec![("singledispatchmethod", sdm), ("cached_property", cp)]
}
