//! `dataclasses.Field` and the markers around it: `field(...)`, `MISSING`, `KW_ONLY`,
//! `InitVar[T]`, and the collection of a class's fields as `_process_class` does it
//! (bases' fields first, then the class's own annotations; `ClassVar` and `InitVar`
//! pseudo-fields; the class attribute a default leaves behind).
//!
//! A field is a native instance holding a [`FieldData`]; the class keeps them in
//! `__dataclass_fields__` (a dict, as CPython's), which travels with the class to worker
//! threads (see [`PortableField`]).

use crate::native::{NativeClass, NativeInstance};
use crate::{Args, Interpreter};
use runnel_core::value::{Freezer, Portable, PortableObject, PyDict, Reviver};
use runnel_core::{Error, Result, Value};
use std::rc::Rc;

/// What a field is for (`_field_type`).
#[derive(Clone, Copy, PartialEq, Debug)]
pub(crate) enum Kind {
    Field,
    ClassVar,
    InitVar,
}

impl Kind {
    fn text(self) -> &'static str {
        match self {
            Kind::Field => "_FIELD",
            Kind::ClassVar => "_FIELD_CLASSVAR",
            Kind::InitVar => "_FIELD_INITVAR",
        }
    }
}

/// One field; `name`/`kind` are `None` until the decorator fills them in.
#[derive(Clone)]
pub(crate) struct FieldData {
    pub name: Option<Rc<str>>,
    pub ty: Value,
    pub default: Option<Value>,
    pub factory: Option<Value>,
    pub init: bool,
    pub repr: bool,
    /// `None`, `True` or `False`, as given (`None`: follow `compare`).
    pub hash: Value,
    pub compare: bool,
    pub metadata: Value,
    pub kw_only: Option<bool>,
    pub kind: Option<Kind>,
}

impl FieldData {
    /// Whether the field goes into `__hash__`.
    pub fn hashed(&self) -> bool {
        match self.hash {
            Value::None => self.compare,
            ref h => h.truthy(),
        }
    }
    pub fn name(&self) -> Rc<str> {
        self.name.clone().unwrap_or_else(|| Rc::from(""))
    }
    pub fn is(&self, kind: Kind) -> bool {
        self.kind == Some(kind)
    }
    pub fn has_default(&self) -> bool {
        self.default.is_some() || self.factory.is_some()
    }
}

/// `MISSING`'s data.
pub(crate) struct Missing;
/// `KW_ONLY`'s data.
pub(crate) struct KwOnly;
/// `InitVar[T]`'s data (`InitVar` itself holds `None`).
pub(crate) struct InitVarOf(Option<Value>);

/// The module's names for fields: `Field`, `field`, `fields`, `MISSING`, `KW_ONLY`,
/// `InitVar`.
pub(crate) fn attrs() -> Vec<(&'static str, Value)> {
    let missing = marker("dataclasses._MISSING_TYPE", Rc::new(Missing), None);
    let kw_only = marker("dataclasses._KW_ONLY_TYPE", Rc::new(KwOnly), None);
    let mut iv = NativeClass::new("dataclasses.InitVar").with_repr(|i| {
        match i.data.clone().downcast::<InitVarOf>() {
            Ok(t) => match &t.0 {
                Some(ty) => format!("dataclasses.InitVar[{}]", type_text(ty)),
                None => "<class 'dataclasses.InitVar'>".into(),
            },
            Err(_) => String::new(),
        }
    });
    iv.slots.getitem = Some(Rc::new(|this, key| {
        let class = NativeInstance::class_of(this).ok_or_else(|| Error::type_error("InitVar"))?;
        Ok(NativeInstance::new(
            class,
            Rc::new(InitVarOf(Some(key.clone()))),
        ))
    }));
    let init_var = NativeInstance::new(Rc::new(iv), Rc::new(InitVarOf(None)));
    let (class, class_value) = field_class().into_value();
    let m = missing.clone();
    vec![
        ("Field", class_value),
        (
            "field",
            crate::NativeFunction::new("field", move |_, a| field(&class, &m, a)),
        ),
        ("MISSING", missing),
        ("KW_ONLY", kw_only),
        ("InitVar", init_var),
    ]
}

/// A one-off marker object printed as `<NAME object at 0x...>`.
fn marker(name: &str, data: Rc<dyn std::any::Any>, _: Option<()>) -> Value {
    let class = NativeClass::new(name).with_repr(|i| {
        format!(
            "<{} object at {:#x}>",
            i.class.name,
            Rc::as_ptr(&i.data) as *const () as usize
        )
    });
    NativeInstance::new(Rc::new(class), data)
}

/// How a field's `type` prints inside `InitVar[...]`: `int`, `typing.List[int]`.
fn type_text(v: &Value) -> String {
    let r = v.repr();
    r.strip_prefix("<class '")
        .and_then(|s| s.strip_suffix("'>"))
        .map(|s| s.strip_prefix("__main__.").unwrap_or(s).to_string())
        .unwrap_or(r)
}

fn field_class() -> NativeClass {
    let mut class = NativeClass::new("dataclasses.Field")
        .with_repr(|i| match i.data.clone().downcast::<FieldData>() {
            Ok(f) => field_repr(&f),
            Err(_) => String::new(),
        })
        .getattr(|interp, this, name| {
            let f = NativeInstance::data_of::<FieldData>(this)
                .ok_or_else(|| Error::type_error("not a Field"))?;
            field_attr(interp, &f, name)
        });
    class.set_freeze(|inst, fr| {
        let f = inst.data.clone().downcast::<FieldData>().ok()?;
        Some(freeze(&f, fr))
    });
    class
}

fn missing(interp: &Interpreter) -> Result<Value> {
    let m = interp.find_module("dataclasses")?;
    interp.module_attr(&m, "dataclasses", "MISSING")
}

fn opt(interp: &Interpreter, v: &Option<Value>) -> Result<Value> {
    v.clone().map_or_else(|| missing(interp), Ok)
}

fn field_attr(interp: &Interpreter, f: &FieldData, name: &str) -> Result<Value> {
    Ok(match name {
        "name" => f.name.as_ref().map_or(Value::None, |n| Value::str(n)),
        "type" => f.ty.clone(),
        "default" => opt(interp, &f.default)?,
        "default_factory" => opt(interp, &f.factory)?,
        "init" => Value::Bool(f.init),
        "repr" => Value::Bool(f.repr),
        "hash" => f.hash.clone(),
        "compare" => Value::Bool(f.compare),
        "metadata" => f.metadata.clone(),
        "kw_only" => opt(interp, &f.kw_only.map(Value::Bool))?,
        _ => {
            return Err(Error::new(
                "AttributeError",
                format!("'Field' object has no attribute '{name}'"),
            ))
        }
    })
}

fn field_repr(f: &FieldData) -> String {
    let missing = "<dataclasses._MISSING_TYPE object>".to_string();
    let o = |v: &Option<Value>| v.as_ref().map_or(missing.clone(), |v| v.repr());
    format!(
        "Field(name={},type={},default={},default_factory={},init={},repr={},hash={},\
         compare={},metadata=mappingproxy({}),kw_only={},_field_type={})",
        f.name.as_ref().map_or("None".into(), |n| format!("'{n}'")),
        f.ty.repr(),
        o(&f.default),
        o(&f.factory),
        py_bool(f.init),
        py_bool(f.repr),
        f.hash.repr(),
        py_bool(f.compare),
        f.metadata.repr(),
        f.kw_only.map_or(missing.clone(), |b| py_bool(b).into()),
        f.kind.map_or("None", Kind::text),
    )
}

fn py_bool(b: bool) -> &'static str {
    if b {
        "True"
    } else {
        "False"
    }
}

/// Whether `v` is `MISSING` (passed explicitly, it means "not given").
fn is_missing(v: &Value) -> bool {
    NativeInstance::data_of::<Missing>(v).is_some()
}

/// `field(*, default, default_factory, init, repr, hash, compare, metadata, kw_only)`.
fn field(class: &Rc<NativeClass>, _missing: &Value, mut a: Args) -> Result<Value> {
    if !a.positional.is_empty() {
        return Err(Error::type_error(format!(
            "field() takes 0 positional arguments but {} were given",
            a.positional.len()
        )));
    }
    let given = |v: Option<Value>| v.filter(|v| !is_missing(v));
    let default = given(a.take_keyword("default"));
    let factory = given(a.take_keyword("default_factory"));
    let flag = |a: &mut Args, k: &str| a.take_keyword(k).is_none_or(|v| v.truthy());
    let init = flag(&mut a, "init");
    let repr = flag(&mut a, "repr");
    let hash = a.take_keyword("hash").unwrap_or(Value::None);
    let compare = flag(&mut a, "compare");
    let metadata = match a.take_keyword("metadata") {
        None | Some(Value::None) => Value::dict(PyDict::new()),
        Some(m) => m,
    };
    let kw_only = given(a.take_keyword("kw_only")).map(|v| v.truthy());
    a.finish("field")?;
    if default.is_some() && factory.is_some() {
        return Err(Error::value_error(
            "cannot specify both default and default_factory",
        ));
    }
    Ok(NativeInstance::new(
        class.clone(),
        Rc::new(FieldData {
            name: None,
            ty: Value::None,
            default,
            factory,
            init,
            repr,
            hash,
            compare,
            metadata,
            kw_only,
            kind: None,
        }),
    ))
}

/// A filled-in field as a `Field` object of this interpreter.
pub(crate) fn make(interp: &Interpreter, f: FieldData) -> Result<Value> {
    let m = interp.find_module("dataclasses")?;
    let class = interp.module_attr(&m, "dataclasses", "Field")?;
    let class = match &class {
        Value::Object(o) => crate::runtime::iter::rc_any(o.clone())
            .downcast::<NativeClass>()
            .map_err(|_| Error::type_error("dataclasses.Field is not a class"))?,
        _ => return Err(Error::type_error("dataclasses.Field is not a class")),
    };
    Ok(NativeInstance::new(class, Rc::new(f)))
}

/// The field a class attribute `attr` (if any) declares for an annotation `ty`.
pub(crate) fn declared(name: &Rc<str>, ty: &Value, attr: Option<&Value>) -> FieldData {
    let mut f = match attr.and_then(NativeInstance::data_of::<FieldData>) {
        Some(f) => (*f).clone(),
        None => FieldData {
            name: None,
            ty: Value::None,
            default: attr.cloned(),
            factory: None,
            init: true,
            repr: true,
            hash: Value::None,
            compare: true,
            metadata: Value::dict(PyDict::new()),
            kw_only: None,
            kind: None,
        },
    };
    f.name = Some(name.clone());
    f.ty = ty.clone();
    f.kind = Some(kind_of(ty));
    f
}

/// `ClassVar[...]`, `InitVar[...]` or a plain annotation (also as strings, under
/// `from __future__ import annotations`).
fn kind_of(ty: &Value) -> Kind {
    if NativeInstance::data_of::<InitVarOf>(ty).is_some() {
        return Kind::InitVar;
    }
    let text = match ty {
        Value::Str(s) => s.to_string(),
        other => other.repr(),
    };
    let text = text.strip_prefix("typing.").unwrap_or(&text);
    let text = text.strip_prefix("dataclasses.").unwrap_or(text);
    if text == "ClassVar" || text.starts_with("ClassVar[") {
        Kind::ClassVar
    } else if text.starts_with("InitVar") {
        Kind::InitVar
    } else {
        Kind::Field
    }
}

/// Whether an annotation is the `KW_ONLY` marker.
pub(crate) fn is_kw_only_marker(ty: &Value) -> bool {
    NativeInstance::data_of::<KwOnly>(ty).is_some()
        || matches!(ty, Value::Str(s) if &**s == "KW_ONLY" || &**s == "dataclasses.KW_ONLY")
}

/// The `Field` objects of `__dataclass_fields__`, in order.
pub(crate) fn of_class(class: &crate::runtime::class::PyClass) -> Option<Vec<Rc<FieldData>>> {
    let d = class.lookup("__dataclass_fields__")?;
    let Value::Dict(d) = d else { return None };
    let d = d.borrow().ok()?;
    d.values()
        .map(NativeInstance::data_of::<FieldData>)
        .collect()
}

/// A field on its way to another thread: its values, then its flags.
#[derive(Debug)]
struct PortableField {
    values: Vec<Option<Portable>>,
    name: Option<Box<str>>,
    flags: [bool; 3],
    kw_only: Option<bool>,
    kind: Option<Kind>,
}

fn freeze(f: &FieldData, fr: &mut Freezer) -> Result<Box<dyn PortableObject>> {
    let values = [
        Some(&f.ty),
        f.default.as_ref(),
        f.factory.as_ref(),
        Some(&f.hash),
        Some(&f.metadata),
    ]
    .iter()
    .map(|v| v.map(|v| fr.freeze(v)).transpose())
    .collect::<Result<_>>()?;
    Ok(Box::new(PortableField {
        values,
        name: f.name.as_deref().map(Box::from),
        flags: [f.init, f.repr, f.compare],
        kw_only: f.kw_only,
        kind: f.kind,
    }))
}

impl PortableObject for PortableField {
    fn revive(&self, r: &mut Reviver, id: u32) -> Result<Value> {
        let interp = crate::portable::target(r)?;
        let mut v: Vec<Option<Value>> = Vec::new();
        for p in &self.values {
            v.push(p.as_ref().map(|p| r.revive(p)).transpose()?);
        }
        let take = |i: usize| v[i].clone().unwrap_or(Value::None);
        let f = FieldData {
            name: self.name.as_deref().map(Rc::from),
            ty: take(0),
            default: v[1].clone(),
            factory: v[2].clone(),
            init: self.flags[0],
            repr: self.flags[1],
            hash: take(3),
            compare: self.flags[2],
            metadata: take(4),
            kw_only: self.kw_only,
            kind: self.kind,
        };
        let value = make(interp, f)?;
        r.remember(id, value.clone());
        Ok(value)
    }
}
