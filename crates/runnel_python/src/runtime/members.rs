//! Attributes of program classes and their instances: bound methods, `@staticmethod`,
//! `@classmethod`, `@property` and `super()`, looked up along the class's ancestors.

use super::class::{class_rc, instance_rc, Instance, PyClass};
use super::function::Function;
use crate::{Args, Interpreter};
use runnel_core::value::Object;
use runnel_core::{Error, Result, Value};
use std::any::Any;
use std::rc::Rc;

/// A function bound to the object it was looked up on (`obj.method`).
pub(crate) struct Method {
    pub func: Value,
    pub receiver: Value,
}

/// `@staticmethod`: the function, unbound on any lookup.
pub(crate) struct StaticMethod(pub Value);
/// `@classmethod`: the function, bound to the class on any lookup.
pub(crate) struct ClassMethod(pub Value);
/// `@property` (with `.setter`): computed attributes.
pub(crate) struct Property {
    pub fget: Value,
    pub fset: Option<Value>,
    pub fdel: Option<Value>,
}
/// `super()`: lookups on `obj` that start after `class` in its class's ancestors.
pub(crate) struct Super {
    pub class: Rc<PyClass>,
    pub obj: Value,
}

macro_rules! simple_object {
    ($t:ty, $name:expr, $repr:expr) => {
        impl Object for $t {
            fn type_name(&self) -> &str {
                $name
            }
            fn repr(&self) -> String {
                let f: fn(&$t) -> String = $repr;
                f(self)
            }
            fn hash(&self) -> Option<i64> {
                Some((self as *const $t as usize >> 4) as i64)
            }
            fn as_any(&self) -> &dyn Any {
                self
            }
        }
    };
}

simple_object!(Method, "method", |m| format!(
    "<bound method {} of {}>",
    func_name(&m.func),
    m.receiver.repr()
));
simple_object!(StaticMethod, "staticmethod", |s| format!(
    "<staticmethod({})>",
    s.0.repr()
));
simple_object!(ClassMethod, "classmethod", |s| format!(
    "<classmethod({})>",
    s.0.repr()
));
simple_object!(Property, "property", |p| format!(
    "<property object at {:#x}>",
    p as *const Property as usize
));
simple_object!(Super, "super", |s| format!(
    "<super: <class '{}'>, <{} object>>",
    s.class.name,
    s.obj.type_name()
));

fn func_name(f: &Value) -> String {
    match f.downcast::<Function>() {
        Some(func) => func.code.qualname.to_string(),
        None => f.repr(),
    }
}

/// What a class attribute becomes when looked up on `receiver` (an instance, or the class
/// itself when `on_class`).
fn bind(attr: Value, receiver: &Value, class: &Rc<PyClass>, on_class: bool) -> Value {
    if let Some(s) = attr.downcast::<StaticMethod>() {
        return s.0.clone();
    }
    if let Some(c) = attr.downcast::<ClassMethod>() {
        return Value::object(Method {
            func: c.0.clone(),
            receiver: Value::Object(class.clone() as Rc<dyn Object>),
        });
    }
    let is_function = attr.downcast::<Function>().is_some()
        || attr
            .downcast::<super::dataclass::NativeMethodFn>()
            .is_some();
    if !on_class && is_function {
        return Value::object(Method {
            func: attr,
            receiver: receiver.clone(),
        });
    }
    attr
}

/// `obj.name` for an instance of a program class.
pub(crate) fn instance_attr(
    interp: &Interpreter,
    obj: &Value,
    inst: &Instance,
    name: &str,
) -> Result<Value> {
    super::attr_hooks::get(interp, obj, inst, name, || {
        plain_get(interp, obj, inst, name)
    })
}

/// `object.__getattribute__(obj, name)`: properties, the instance's own attributes, then
/// the class's.
pub(crate) fn plain_get(
    interp: &Interpreter,
    obj: &Value,
    inst: &Instance,
    name: &str,
) -> Result<Value> {
    let class_attr = inst.class.lookup(name);
    if let Some(p) = class_attr.as_ref().and_then(|a| a.downcast::<Property>()) {
        return interp.call_value(&p.fget, Args::new(vec![obj.clone()]));
    }
    if let Some(attr) = class_attr
        .as_ref()
        .filter(|a| super::descriptor::is_data(a))
    {
        if let Some(r) = super::descriptor::get(attr, obj, &inst.class) {
            return r;
        }
    }
    if let Some(v) = inst.dict.borrow().get(name) {
        return Ok(v.clone());
    }
    if let Some(attr) = class_attr {
        if let Some(r) = super::descriptor::get(&attr, obj, &inst.class) {
            return r;
        }
        return Ok(bind(attr, obj, &inst.class, false));
    }
    match name {
        "__class__" => return Ok(Value::Object(inst.class.clone() as Rc<dyn Object>)),
        "__dict__" => {
            if let Some(rc) = instance_rc(obj) {
                return super::instance_dict::dict_of(rc);
            }
        }
        "args" if inst.class.exc_base.is_some() => {
            return Ok(Value::tuple(inst.exc_visible_args()))
        }
        "errno" | "strerror" | "filename" | "filename2" if inst.is_os_error() => {
            if let Some(v) = crate::os_error::attr(&inst.exc_args.borrow(), name) {
                return Ok(v);
            }
        }
        "add_note" | "with_traceback" if inst.class.exc_base.is_some() => {
            if let Some(me) = instance_rc(obj) {
                return Ok(exception_method(me, name));
            }
        }
        _ if inst.class.exc_base.is_some() && super::exc_chain::NAMES.contains(&name) => {
            if let Some(v) = super::exc_chain::attr(obj, name) {
                return Ok(v);
            }
        }
        _ => {}
    }
    // A class deriving from a built-in type has that type's methods (`p.count(1)`).
    if let Some(base) = inst.base.borrow().clone() {
        return crate::methods::get_attr(interp, &base, name);
    }
    Err(Error::new(
        "AttributeError",
        format!("'{}' object has no attribute '{name}'", inst.class.name),
    ))
}

/// `e.add_note(text)` (appends to `e.__notes__`) and `e.with_traceback(tb)` (returns `e`)
/// of a program exception.
fn exception_method(me: Rc<Instance>, name: &str) -> Value {
    let note = name == "add_note";
    crate::NativeFunction::new(name, move |_, a: Args| {
        let Some(v) = me.value() else {
            return Ok(Value::None);
        };
        if !note {
            a.check_count("with_traceback", 1, 1)?;
            return Ok(v);
        }
        a.check_count("add_note", 1, 1)?;
        let Value::Str(_) = &a.positional[0] else {
            return Err(Error::type_error(format!(
                "note must be a str, not '{}'",
                a.positional[0].type_name()
            )));
        };
        let notes = me.dict.borrow().get("__notes__").cloned();
        match notes {
            Some(Value::List(l)) => l.borrow_mut()?.push(a.positional[0].clone()),
            _ => {
                let list = Value::list(vec![a.positional[0].clone()]);
                me.dict.borrow_mut().insert(Rc::from("__notes__"), list);
            }
        }
        Ok(Value::None)
    })
}

/// `Cls.name` for a program class.
pub(crate) fn class_attr(class: &Rc<PyClass>, name: &str) -> Result<Value> {
    if name == "__qualname__" {
        return Ok(Value::str(&class.qualname()));
    }
    // The class's own module, never a base's (a subclass of `json.JSONEncoder` is
    // `__main__`'s).
    if name == "__module__" {
        return Ok(Value::str(&class.module()));
    }
    if let Some(attr) = class.lookup(name) {
        if let Some(r) = super::descriptor::get(&attr, &Value::None, class) {
            return r;
        }
        let me = Value::Object(class.clone() as Rc<dyn Object>);
        return Ok(bind(attr, &me, class, true));
    }
    match name {
        "__name__" | "__qualname__" => Ok(Value::str(&class.name)),
        // `class A:` derives from object: `(<class 'object'>,)`.
        "__bases__" if class.bases.is_empty() => {
            Ok(Value::tuple(vec![crate::builtins::types::TypeObj::value(
                crate::builtins::types::Kind::Object,
            )]))
        }
        "__bases__" => Ok(Value::tuple(class.bases.clone())),
        "__base__" => Ok(class.bases.first().cloned().unwrap_or_else(|| {
            crate::builtins::types::TypeObj::value(crate::builtins::types::Kind::Object)
        })),
        "__mro__" => Ok(Value::tuple(super::mro::mro_items(class))),
        "mro" => {
            let mro = super::mro::mro_items(class);
            Ok(crate::NativeFunction::new("mro", move |_, a: Args| {
                a.check_count("mro", 0, 0)?;
                Ok(Value::list(mro.clone()))
            }))
        }
        "register" if class.lookup("__abstractmethods__").is_some() => {
            Ok(crate::modules::collections::abc::register_fn(
                Value::Object(class.clone() as Rc<dyn Object>),
            ))
        }
        // `EnumType.__getattr__` names only the attribute.
        _ if crate::modules::enums::is_enum(class) => Err(Error::new("AttributeError", name)),
        _ => Err(Error::new(
            "AttributeError",
            format!("type object '{}' has no attribute '{name}'", class.name),
        )),
    }
}

/// `obj.name = v` for instances and classes of the program; `None` for other values.
pub(crate) fn set_member(obj: &Value, name: &str, v: Value) -> Option<Result<()>> {
    if let Some(inst) = instance_rc(obj) {
        if let Some(r) = super::attr_hooks::set(&inst, obj, name, &v) {
            return Some(r);
        }
        // A frozen dataclass refuses `obj.x = v` (not `object.__setattr__(obj, ...)`).
        if let Some(e) = super::dataclass::frozen_error(&inst.class, name, false) {
            return Some(Err(e));
        }
        return Some(plain_set(obj, &inst, name, v));
    }
    let class = class_rc(obj)?;
    class.dict.borrow_mut().insert(Rc::from(name), v);
    Some(Ok(()))
}

/// `object.__setattr__(obj, name, v)`: a property's setter, or the instance's own
/// attribute (as `__slots__` allows).
pub(crate) fn plain_set(obj: &Value, inst: &Rc<Instance>, name: &str, v: Value) -> Result<()> {
    if matches!(name, "name" | "value") && crate::modules::enums::is_enum(&inst.class) {
        return Err(Error::new(
            "AttributeError",
            format!("<enum 'Enum'> cannot set attribute '{name}'"),
        ));
    }
    if let Some(attr) = inst.class.lookup(name) {
        if let Some(p) = attr.downcast::<Property>() {
            return match (&p.fset, inst.class.interp.upgrade()) {
                (Some(set), Some(interp)) => interp
                    .call_value(set, Args::new(vec![obj.clone(), v]))
                    .map(|_| ()),
                _ => Err(Error::new(
                    "AttributeError",
                    format!(
                        "property '{name}' of '{}' object has no setter",
                        inst.class.name
                    ),
                )),
            };
        }
        if let Some(r) = super::descriptor::set(&attr, obj, v.clone()) {
            return r;
        }
    }
    super::attr_hooks::check_slot(&inst.class, name)?;
    inst.dict.borrow_mut().insert(Rc::from(name), v);
    Ok(())
}

/// `del obj.name` for instances of the program; `None` for other values.
pub(crate) fn del_member(obj: &Value, name: &str) -> Option<Result<()>> {
    let inst = instance_rc(obj)?;
    if let Some(r) = super::attr_hooks::del(&inst, obj, name) {
        return Some(r);
    }
    if let Some(e) = super::dataclass::frozen_error(&inst.class, name, true) {
        return Some(Err(e));
    }
    Some(plain_del(&inst, name))
}

/// `object.__delattr__(obj, name)`.
pub(crate) fn plain_del(inst: &Instance, name: &str) -> Result<()> {
    if let (Some(attr), Some(obj)) = (inst.class.lookup(name), inst.value()) {
        if let Some(p) = attr.downcast::<Property>() {
            let interp = inst.class.interp.upgrade();
            return match (&p.fdel, interp) {
                (Some(del), Some(interp)) => {
                    interp.call_value(del, Args::new(vec![obj])).map(|_| ())
                }
                _ => Err(Error::new(
                    "AttributeError",
                    format!(
                        "property '{name}' of '{}' object has no deleter",
                        inst.class.name
                    ),
                )),
            };
        }
        if let Some(r) = super::descriptor::delete(&attr, &obj) {
            return r;
        }
    }
    match inst.dict.borrow_mut().shift_remove(name) {
        Some(_) => Ok(()),
        None => Err(Error::new(
            "AttributeError",
            format!("'{}' object has no attribute '{name}'", inst.class.name),
        )),
    }
}

/// `super().name`.
pub(crate) fn super_attr(s: &Super, name: &str) -> Result<Value> {
    let (class, on_class) = match instance_rc(&s.obj) {
        Some(inst) => (inst.class.clone(), false),
        None => match class_rc(&s.obj) {
            Some(c) => (c, true),
            None => {
                return Err(Error::type_error(
                    "super(type, obj): obj must be an instance or subtype of type",
                ))
            }
        },
    };
    let chain: Vec<Rc<PyClass>> = std::iter::once(class.clone())
        .chain(class.mro.iter().cloned())
        .collect();
    let start = chain
        .iter()
        .position(|c| Rc::ptr_eq(c, &s.class))
        .map_or(chain.len(), |i| i + 1);
    for c in &chain[start..] {
        let found = c.dict.borrow().get(name).cloned();
        if let Some(attr) = found {
            return Ok(bind(attr, &s.obj, &class, on_class));
        }
    }
    builtin_super_attr(&s.obj, &class, name)
}

/// What `object` and `BaseException` provide when no program class defines `name`.
fn builtin_super_attr(obj: &Value, class: &Rc<PyClass>, name: &str) -> Result<Value> {
    if let Some(f) = super::builtin_base::super_method(obj, name) {
        return Ok(f);
    }
    let receiver = obj.clone();
    let exc = class.exc_base.is_some();
    let f: Option<crate::NativeFn> = match name {
        "__init__" => Some(Rc::new(move |_, args: Args| {
            if let (true, Some(inst)) = (exc, instance_rc(&receiver)) {
                *inst.exc_args.borrow_mut() = args.positional;
            }
            Ok(Value::None)
        })),
        "__str__" => Some(Rc::new(move |_, _| {
            Ok(Value::str(&match instance_rc(&receiver) {
                Some(inst) if exc => inst.exc_text(),
                _ => receiver.repr(),
            }))
        })),
        "__repr__" => Some(Rc::new(move |_, _| {
            Ok(Value::str(&match instance_rc(&receiver) {
                Some(inst) => inst.default_repr(),
                None => receiver.repr(),
            }))
        })),
        // `object.__init_subclass__`: nothing to do, and no keywords to take.
        "__init_subclass__" => Some(Rc::new(move |_, args: Args| match args.keywords.first() {
            Some((k, _)) => Err(Error::type_error(format!(
                "__init_subclass__() got an unexpected keyword argument '{k}'"
            ))),
            None => Ok(Value::None),
        })),
        "__hash__" => Some(Rc::new(move |_, _| {
            Ok(Value::Int(match &receiver {
                Value::Object(o) => (Rc::as_ptr(o) as *const () as usize >> 4) as i64,
                _ => 0,
            }))
        })),
        _ => {
            return super::attr_hooks::bound_object_method(obj, name).ok_or_else(|| {
                Error::new(
                    "AttributeError",
                    format!("'super' object has no attribute '{name}'"),
                )
            })
        }
    };
    match f {
        Some(func) => Ok(Value::object(crate::NativeFunction {
            name: name.to_string(),
            func,
        })),
        None => Err(Error::new(
            "AttributeError",
            format!("'super' object has no attribute '{name}'"),
        )),
    }
}

/// `super()` / `super(Class, obj)`.
pub(crate) fn make_super(class: &Value, obj: Value) -> Result<Value> {
    let class = class_rc(class).ok_or_else(|| {
        Error::type_error("super() argument 1 must be a class defined by the program")
    })?;
    Ok(Value::object(Super { class, obj }))
}

/// The builtins `staticmethod`, `classmethod`, `property`, `super`, `issubclass`.
pub(crate) fn builtins() -> Vec<(&'static str, Value)> {
    use crate::NativeFunction as NF;
    vec![
        (
            "staticmethod",
            NF::new("staticmethod", |_, a: Args| {
                Ok(Value::object(StaticMethod(one(a, "staticmethod")?)))
            }),
        ),
        (
            "classmethod",
            NF::new("classmethod", |_, a: Args| {
                Ok(Value::object(ClassMethod(one(a, "classmethod")?)))
            }),
        ),
        (
            "property",
            NF::new("property", |_, mut a: Args| {
                let fget = a.require(0, "fget", "property")?;
                let fset = a.take(1, "fset").filter(|v| !matches!(v, Value::None));
                let fdel = a.take(2, "fdel").filter(|v| !matches!(v, Value::None));
                Ok(Value::object(Property { fget, fset, fdel }))
            }),
        ),
        (
            "super",
            NF::new("super", |_, mut a: Args| {
                a.check_count("super", 2, 2)?;
                let obj = a.positional.pop().unwrap_or(Value::None);
                make_super(&a.positional[0], obj)
            }),
        ),
    ]
}

fn one(mut a: Args, name: &str) -> Result<Value> {
    a.check_count(name, 1, 1)?;
    Ok(a.positional.remove(0))
}

/// `prop.setter(f)`, `prop.deleter(f)`, `prop.getter(f)`: a copy of the property with
/// `f` in that role; `fget`/`fset`/`fdel` read them.
pub(crate) fn property_method(p: &Property, name: &str) -> Option<Value> {
    let (fget, fset, fdel) = (p.fget.clone(), p.fset.clone(), p.fdel.clone());
    let role = match name {
        "fget" => return Some(fget),
        "fset" => return Some(fset.unwrap_or(Value::None)),
        "fdel" => return Some(fdel.unwrap_or(Value::None)),
        "getter" => "getter",
        "setter" => "setter",
        "deleter" => "deleter",
        _ => return None,
    };
    Some(crate::NativeFunction::new(role, move |_, a: Args| {
        let f = one(a, role)?;
        let mut copy = Property {
            fget: fget.clone(),
            fset: fset.clone(),
            fdel: fdel.clone(),
        };
        match role {
            "getter" => copy.fget = f,
            "setter" => copy.fset = Some(f),
            _ => copy.fdel = Some(f),
        }
        Ok(Value::object(copy))
    }))
}
