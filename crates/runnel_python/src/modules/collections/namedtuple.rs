//! `collections.namedtuple`: a class per call, whose instances are tuples with named
//! fields (`p.x`, `p[0]`, unpacking, `==`/hash as tuples, `_asdict`, `_replace`,
//! `_fields`, CPython's repr). Field names become `&'static str` property names, so each
//! `namedtuple(...)` call keeps its few names for the rest of the process.

use crate::native::{NativeClass, NativeInstance};
use crate::{Args, Interpreter};
use runnel_core::value::{Portable, PortableObject, PyDict, Reviver};
use runnel_core::{Error, Result, Value};
use std::rc::{Rc, Weak};

pub(crate) struct Record {
    fields: Rc<[&'static str]>,
    items: Vec<Value>,
}

fn record(v: &Value) -> Result<Rc<Record>> {
    NativeInstance::data_of::<Record>(v).ok_or_else(|| Error::type_error("not a namedtuple"))
}

fn field_names(interp: &Interpreter, v: &Value) -> Result<Vec<String>> {
    let names: Vec<String> = match v {
        Value::Str(s) => s
            .replace(',', " ")
            .split_whitespace()
            .map(str::to_string)
            .collect(),
        other => interp
            .collect(other)?
            .into_iter()
            .map(|n| match n {
                Value::Str(s) => Ok(s.to_string()),
                o => Err(Error::type_error(format!(
                    "Type names and field names must be strings, not {}",
                    o.type_name()
                ))),
            })
            .collect::<Result<_>>()?,
    };
    for (i, n) in names.iter().enumerate() {
        let ident = n
            .chars()
            .next()
            .is_some_and(|c| c.is_alphabetic() || c == '_')
            && n.chars().all(|c| c.is_alphanumeric() || c == '_');
        if !ident {
            return Err(Error::value_error(format!(
                "Type names and field names must be valid identifiers: {}",
                Value::str(n).repr()
            )));
        }
        if n.starts_with('_') {
            return Err(Error::value_error(format!(
                "Field names cannot start with an underscore: {}",
                Value::str(n).repr()
            )));
        }
        if names[..i].contains(n) {
            return Err(Error::value_error(format!(
                "Encountered duplicate field name: {}",
                Value::str(n).repr()
            )));
        }
    }
    Ok(names)
}

fn make(
    class: &Weak<NativeClass>,
    fields: &Rc<[&'static str]>,
    items: Vec<Value>,
) -> Result<Value> {
    let class = class
        .upgrade()
        .ok_or_else(|| Error::type_error("namedtuple class is gone"))?;
    Ok(NativeInstance::new(
        class,
        Rc::new(Record {
            fields: fields.clone(),
            items,
        }),
    ))
}

/// Binds constructor arguments to fields: positional, then keywords, then defaults.
fn bind(
    name: &str,
    fields: &[&'static str],
    defaults: &[Value],
    mut args: Args,
) -> Result<Vec<Value>> {
    let n = fields.len();
    if args.positional.len() > n {
        return Err(Error::type_error(format!(
            "{name}.__new__() takes {} positional arguments but {} were given",
            n + 1,
            args.positional.len() + 1
        )));
    }
    let mut out = Vec::with_capacity(n);
    let first_default = n - defaults.len();
    let mut missing = Vec::new();
    for (i, f) in fields.iter().enumerate() {
        match args.take(i, f) {
            Some(v) => out.push(v),
            None if i >= first_default => out.push(defaults[i - first_default].clone()),
            None => {
                missing.push(format!("'{f}'"));
                out.push(Value::None);
            }
        }
    }
    if !missing.is_empty() {
        let k = missing.len();
        let list = match k {
            1 => missing[0].clone(),
            2 => format!("{} and {}", missing[0], missing[1]),
            _ => format!("{}, and {}", missing[..k - 1].join(", "), missing[k - 1]),
        };
        let s = if k == 1 { "" } else { "s" };
        return Err(Error::type_error(format!(
            "{name}.__new__() missing {k} required positional argument{s}: {list}"
        )));
    }
    args.finish(&format!("{name}.__new__"))?;
    Ok(out)
}

/// `namedtuple(typename, field_names, *, defaults=None, rename=False, module=None)`.
pub(super) fn namedtuple(interp: &Interpreter, mut args: Args) -> Result<Value> {
    let tname = match args.require(0, "typename", "namedtuple")? {
        Value::Str(s) => s.to_string(),
        other => {
            return Err(Error::type_error(format!(
                "Type names and field names must be strings, not {}",
                other.type_name()
            )))
        }
    };
    let names = field_names(interp, &args.require(1, "field_names", "namedtuple")?)?;
    let defaults = match args.take_keyword("defaults") {
        None | Some(Value::None) => Vec::new(),
        Some(d) => interp.collect(&d)?,
    };
    let _ = args.take_keyword("rename");
    let _ = args.take_keyword("module");
    crate::modules::args::done(&args, "namedtuple", 2)?;
    if defaults.len() > names.len() {
        return Err(Error::type_error(
            "Got more default values than field names",
        ));
    }
    let fields: Rc<[&'static str]> = names
        .into_iter()
        .map(|n| &*Box::leak(n.into_boxed_str()))
        .collect();
    Ok(Value::Object(build_class(tname, fields, defaults)))
}

/// The class of a namedtuple type (also rebuilt on a worker thread for records that
/// travel there).
fn build_class(tname: String, fields: Rc<[&'static str]>, defaults: Vec<Value>) -> Rc<NativeClass> {
    let mut class = NativeClass::new(&tname).with_repr(|inst| {
        let Ok(r) = inst.data.clone().downcast::<Record>() else {
            return String::new();
        };
        let body: Vec<String> = r
            .fields
            .iter()
            .zip(&r.items)
            .map(|(f, v)| format!("{f}={}", v.repr()))
            .collect();
        format!("{}({})", inst.class.name, body.join(", "))
    });
    for (i, f) in fields.iter().enumerate() {
        class = class.property(f, move |_, this| Ok(record(this)?.items[i].clone()));
    }
    let field_tuple = Value::tuple(fields.iter().map(|f| Value::str(f)).collect());
    class = class
        .static_attr("_fields", field_tuple.clone())
        .property("_fields", move |_, _| Ok(field_tuple.clone()))
        .method("_asdict", |_, this, a: Args| {
            a.check_count("_asdict", 0, 0)?;
            let r = record(this)?;
            let mut d = PyDict::new();
            for (f, v) in r.fields.iter().zip(&r.items) {
                d.insert(Value::str(f), v.clone())?;
            }
            Ok(Value::dict(d))
        })
        .method("count", |_, this, a: Args| {
            a.check_count("count", 1, 1)?;
            Ok(Value::Int(
                record(this)?
                    .items
                    .iter()
                    .filter(|x| x.py_eq(&a.positional[0]))
                    .count() as i64,
            ))
        })
        .method("index", |_, this, a: Args| {
            a.check_count("index", 1, 1)?;
            record(this)?
                .items
                .iter()
                .position(|x| x.py_eq(&a.positional[0]))
                .map(|i| Value::Int(i as i64))
                .ok_or_else(|| Error::value_error("tuple.index(x): x not in tuple"))
        });
    class.slots.len = Some(Rc::new(|inst| {
        inst.data
            .clone()
            .downcast::<Record>()
            .map_or(0, |r| r.items.len())
    }));
    class.slots.tuple = true;
    class.slots.unpickled_as_tuple = UNPICKLED_AS_TUPLES.contains(&tname.as_str());
    class.slots.iter = Some(Rc::new(|inst| {
        Ok(inst
            .data
            .clone()
            .downcast::<Record>()
            .map(|r| r.items.clone())
            .unwrap_or_default())
    }));
    class.slots.getitem = Some(Rc::new(|this, key| {
        crate::runtime::subscript::get_item(&Value::tuple(record(this)?.items.clone()), key)
    }));
    class.slots.eq = Some(Rc::new(|a, b| {
        let get = |i: &NativeInstance| i.data.clone().downcast::<Record>().ok();
        match (get(a), get(b)) {
            (Some(x), Some(y)) => {
                Value::tuple(x.items.clone()).py_eq(&Value::tuple(y.items.clone()))
            }
            _ => false,
        }
    }));
    // Ordered (and equal to plain tuples) as tuples.
    class.slots.compare = Some(Rc::new(|inst, op, other| {
        let mine = Value::tuple(inst.data.clone().downcast::<Record>().ok()?.items.clone());
        let theirs = match other {
            Value::Tuple(_) => other.clone(),
            _ => Value::tuple(NativeInstance::data_of::<Record>(other)?.items.clone()),
        };
        Some(mine.py_compare(op, &theirs))
    }));
    class.set_freeze(|inst, f| {
        let r = inst.data.clone().downcast::<Record>().ok()?;
        let freeze_all = |vs: Vec<Value>, f: &mut runnel_core::value::Freezer| {
            vs.iter().map(|v| f.freeze(v)).collect::<Result<Vec<_>>>()
        };
        let items = freeze_all(r.items.clone(), f);
        // The type's defaults travel with its records, as cloudpickle carries the class:
        // a record may reach a thread before the type does.
        let defaults = freeze_all(class_defaults(&inst.class), f);
        Some(items.and_then(|items| {
            Ok(Box::new(PortableRecord {
                name: inst.class.name.clone(),
                fields: r.fields.to_vec(),
                items,
                defaults: defaults?,
            }) as Box<dyn PortableObject>)
        }))
    });
    let (class_name, class_fields, class_defaults) =
        (tname.clone(), fields.to_vec(), defaults.clone());
    class.slots.freeze_class = Some(Rc::new(move |f| {
        let defaults = class_defaults
            .iter()
            .map(|v| f.freeze(v))
            .collect::<Result<Vec<_>>>();
        Some(defaults.map(|defaults| {
            Box::new(PortableType {
                name: class_name.clone(),
                fields: class_fields.clone(),
                defaults,
            }) as Box<dyn PortableObject>
        }))
    }));
    class.slots.hash = Some(Rc::new(|inst| {
        let r = inst.data.clone().downcast::<Record>().ok()?;
        runnel_core::value::python_hash(&Value::tuple(r.items.clone())).ok()
    }));
    let tname2 = tname.clone();
    let rc = Rc::new_cyclic(|me: &Weak<NativeClass>| {
        let me_new = me.clone();
        let me_replace = me.clone();
        let me_make = me.clone();
        let fields_new = fields.clone();
        let fields_make = fields.clone();
        let tname = tname2;
        // `_field_defaults`: the last fields, with their defaults.
        let mut field_defaults = PyDict::new();
        let first = fields.len() - defaults.len();
        for (f, v) in fields[first..].iter().zip(&defaults) {
            let _ = field_defaults.insert(Value::str(f), v.clone());
        }
        class
            .static_attr("_field_defaults", Value::dict(field_defaults))
            .static_attr(
                "_make",
                crate::native::NativeFunction::new("_make", move |interp, a: Args| {
                    a.check_count("_make", 1, 1)?;
                    let items = interp.collect(&a.positional[0])?;
                    if items.len() != fields_make.len() {
                        return Err(Error::type_error(format!(
                            "Expected {} arguments, got {}",
                            fields_make.len(),
                            items.len()
                        )));
                    }
                    make(&me_make, &fields_make, items)
                }),
            )
            .method("_replace", move |_, this, mut a: Args| {
                let r = record(this)?;
                let mut items = r.items.clone();
                for (i, f) in r.fields.iter().enumerate() {
                    if let Some(v) = a.take_keyword(f) {
                        items[i] = v;
                    }
                }
                if let Some((k, _)) = a.keywords.first() {
                    return Err(Error::value_error(format!(
                        "Got unexpected field names: ['{k}']"
                    )));
                }
                make(&me_replace, &r.fields, items)
            })
            .constructor(move |_, a| {
                let items = bind(&tname, &fields_new, &defaults, a)?;
                make(&me_new, &fields_new, items)
            })
    });
    rc
}

/// The defaults of a namedtuple class (its `_field_defaults`' values, in field order).
fn class_defaults(class: &NativeClass) -> Vec<Value> {
    match class.statics.iter().find(|(n, _)| *n == "_field_defaults") {
        Some((_, Value::Dict(d))) => d
            .borrow()
            .map(|d| d.values().cloned().collect())
            .unwrap_or_default(),
        _ => Vec::new(),
    }
}

pub(super) fn items(v: &Value) -> Option<Vec<Value>> {
    NativeInstance::data_of::<Record>(v).map(|r| r.items.clone())
}

/// A namedtuple type on its way to another thread (a function that builds records).
#[derive(Debug)]
struct PortableType {
    name: String,
    fields: Vec<&'static str>,
    defaults: Vec<Portable>,
}

impl PortableObject for PortableType {
    fn revive(&self, r: &mut Reviver, id: u32) -> Result<Value> {
        let defaults = self
            .defaults
            .iter()
            .map(|p| r.revive(p))
            .collect::<Result<Vec<_>>>()?;
        let v = Value::Object(rebuilt(&self.name, &self.fields, defaults));
        r.remember(id, v.clone());
        Ok(v)
    }
}

/// The class of a namedtuple type on this thread, built once.
fn rebuilt(name: &str, fields: &[&'static str], defaults: Vec<Value>) -> Rc<NativeClass> {
    REBUILT.with(|cache| {
        let mut cache = cache.borrow_mut();
        if let Some((_, _, c)) = cache.iter().find(|(n, f, _)| n == name && f == fields) {
            return c.clone();
        }
        let c = build_class(name.to_string(), fields.iter().copied().collect(), defaults);
        cache.push((name.to_string(), fields.to_vec(), c.clone()));
        c
    })
}

/// A namedtuple instance on its way to another thread: its type's name and fields
/// (the leaked names are shared) and its items.
#[derive(Debug)]
struct PortableRecord {
    name: String,
    fields: Vec<&'static str>,
    items: Vec<Portable>,
    defaults: Vec<Portable>,
}

/// A namedtuple type rebuilt on this thread: name, fields, class.
type Rebuilt = (String, Vec<&'static str>, Rc<NativeClass>);

thread_local! {
    /// Classes rebuilt on this thread, by name and fields, so records of one type share one.
    static REBUILT: std::cell::RefCell<Vec<Rebuilt>> =
        const { std::cell::RefCell::new(Vec::new()) };
}

impl PortableObject for PortableRecord {
    fn revive(&self, r: &mut Reviver, id: u32) -> Result<Value> {
        let items = self
            .items
            .iter()
            .map(|p| r.revive(p))
            .collect::<Result<Vec<_>>>()?;
        let defaults = self
            .defaults
            .iter()
            .map(|p| r.revive(p))
            .collect::<Result<Vec<_>>>()?;
        if UNPICKLED_AS_TUPLES.contains(&self.name.as_str()) {
            let v = Value::tuple(items);
            r.remember(id, v.clone());
            return Ok(v);
        }
        let class = rebuilt(&self.name, &self.fields, defaults);
        let v = NativeInstance::new(
            class,
            Rc::new(Record {
                fields: self.fields.iter().copied().collect(),
                items,
            }),
        );
        r.remember(id, v.clone());
        Ok(v)
    }
}

/// The record types made in Rust whose `__reduce__` gives a plain tuple, so that pickle
/// (PySpark sending a record to the driver or to a shuffle) turns them into tuples.
const UNPICKLED_AS_TUPLES: &[&str] = &["datetime.IsoCalendarDate"];

/// A record of a namedtuple type made in Rust (`functools`' `CacheInfo`).
pub(crate) fn record_of(
    tname: &str,
    fields: &'static [&'static str],
    items: Vec<Value>,
) -> Result<Value> {
    let fields: Rc<[&'static str]> = Rc::from(fields);
    let class = build_class(tname.to_string(), fields.clone(), Vec::new());
    make(&Rc::downgrade(&class), &fields, items)
}
