//! `pyspark.sql.Row`: a tuple with field names (`Row(word='el', count=2)`).

use runnel_core::{Error, Result, Value};
use runnel_python::{Args, Interpreter, NativeClass, NativeInstance};
use std::rc::Rc;

pub struct RowData {
    pub names: Vec<String>,
    pub values: Vec<Value>,
}

/// Makes Row instances.
pub struct RowClass(pub Rc<NativeClass>);

impl RowClass {
    pub fn make(&self, names: Vec<String>, values: Vec<Value>) -> Value {
        NativeInstance::new(self.0.clone(), Rc::new(RowData { names, values }))
    }
}

/// A Row's values, if `v` is one.
pub fn row_values(v: &Value) -> Option<Vec<Value>> {
    NativeInstance::data_of::<RowData>(v).map(|r| r.values.clone())
}

/// A Row's field names and values, if `v` is one.
pub fn row_of(v: &Value) -> Option<Rc<RowData>> {
    NativeInstance::data_of::<RowData>(v)
}

/// `row.asDict(recursive)`: with `Some(depth)`, PySpark's `conv` turns the Rows inside
/// (in lists and dict values, not tuples) into dicts too.
fn as_dict(r: &RowData, depth: Option<usize>) -> Result<Value> {
    let mut d = runnel_core::value::PyDict::default();
    for (n, v) in r.names.iter().zip(&r.values) {
        let v = match depth {
            Some(depth) => conv(v, depth + 1)?,
            None => v.clone(),
        };
        d.insert(Value::str(n), v)?;
    }
    Ok(Value::dict(d))
}

fn conv(v: &Value, depth: usize) -> Result<Value> {
    if depth > 1000 {
        return Err(Error::new(
            "RecursionError",
            "maximum recursion depth exceeded",
        ));
    }
    if let Some(r) = row_of(v) {
        return as_dict(&r, Some(depth));
    }
    match v {
        Value::List(l) => {
            let items = l.borrow()?.clone();
            let items = items
                .iter()
                .map(|o| conv(o, depth + 1))
                .collect::<Result<_>>()?;
            Ok(Value::list(items))
        }
        Value::Dict(d) => {
            let pairs: Vec<(Value, Value)> = d
                .borrow()?
                .iter()
                .map(|(k, v)| (k.clone(), v.clone()))
                .collect();
            let mut out = runnel_core::value::PyDict::default();
            for (k, v) in pairs {
                out.insert(k, conv(&v, depth + 1)?)?;
            }
            Ok(Value::dict(out))
        }
        _ => Ok(v.clone()),
    }
}

fn repr(r: &RowData) -> String {
    let parts: Vec<String> = r
        .names
        .iter()
        .zip(&r.values)
        .map(|(n, v)| format!("{n}={}", v.repr()))
        .collect();
    format!("Row({})", parts.join(", "))
}

fn this(v: &Value) -> Result<Rc<RowData>> {
    row_of(v).ok_or_else(|| Error::type_error("expected a Row"))
}

/// A Row on its way to another thread's interpreter (as pickle carries PySpark's Rows).
#[derive(Debug)]
struct PortableRow {
    names: Vec<String>,
    values: Vec<runnel_core::value::Portable>,
}

impl runnel_core::value::PortableObject for PortableRow {
    fn revive(&self, r: &mut runnel_core::value::Reviver, id: u32) -> Result<Value> {
        let values = self
            .values
            .iter()
            .map(|v| r.revive(v))
            .collect::<Result<Vec<_>>>()?;
        let row = ROW_CLASS.with(|c| {
            c.borrow()
                .as_ref()
                .map(|c| c.make(self.names.clone(), values))
                .ok_or_else(|| {
                    Error::new("RuntimeError", "Row is not installed in this interpreter")
                })
        })?;
        r.remember(id, row.clone());
        Ok(row)
    }
}

/// The values of a Row instance, as its tuple.
fn values_of(inst: &NativeInstance) -> Option<Vec<Value>> {
    inst.data
        .clone()
        .downcast::<RowData>()
        .ok()
        .map(|r| r.values.clone())
}

/// PySpark's Row is a `tuple`: iterated, compared, hashed and placed by `portable_hash`
/// as its values are.
fn as_tuple(mut class: NativeClass) -> NativeClass {
    class.slots.tuple = true;
    class.slots.iter = Some(Rc::new(|inst| Ok(values_of(inst).unwrap_or_default())));
    class.slots.len = Some(Rc::new(|inst| values_of(inst).map_or(0, |v| v.len())));
    class.slots.eq = Some(Rc::new(|a, b| match (values_of(a), values_of(b)) {
        (Some(a), Some(b)) => Value::tuple(a).py_eq(&Value::tuple(b)),
        _ => false,
    }));
    class.slots.hash = Some(Rc::new(|inst| {
        runnel_core::value::python_hash(&Value::tuple(values_of(inst)?)).ok()
    }));
    class.slots.compare = Some(Rc::new(|inst, op, other| {
        let other = NativeInstance::data_of::<RowData>(other)?.values.clone();
        let mine = Value::tuple(values_of(inst)?);
        Some(mine.py_compare(op, &Value::tuple(other)))
    }));
    class
}

pub fn class() -> NativeClass {
    as_tuple(NativeClass::new("Row"))
        .with_freeze(|inst, f| {
            let r = inst
                .data
                .clone()
                .downcast::<RowData>()
                .map_err(|_| Error::type_error("expected a Row"))?;
            let values = r
                .values
                .iter()
                .map(|v| f.freeze(v))
                .collect::<Result<Vec<_>>>()?;
            Ok(Box::new(PortableRow {
                names: r.names.clone(),
                values,
            }))
        })
        .constructor(|_: &Interpreter, a: Args| {
            if !a.positional.is_empty() && !a.keywords.is_empty() {
                return Err(Error::value_error(
                    "Can not use both args and kwargs to create Row",
                ));
            }
            // Row(**kwargs) keeps the keyword order (Python 3.6+ PySpark); Row("a", "b")
            // makes a row "class" whose call fills the values — kept as names only.
            let (names, values) = if a.keywords.is_empty() {
                (
                    (1..=a.positional.len()).map(|i| format!("_{i}")).collect(),
                    a.positional.clone(),
                )
            } else {
                a.keywords.iter().cloned().unzip()
            };
            ROW_CLASS.with(|c| {
                c.borrow()
                    .as_ref()
                    .map(|c| c.make(names, values))
                    .ok_or_else(|| Error::new("RuntimeError", "Row is not installed"))
            })
        })
        // `Row("name", "age")` is a row "class": calling it names its values.
        .method("__call__", |_, this_v, a: Args| {
            let r = this(this_v)?;
            if a.positional.len() > r.values.len() {
                return Err(Error::value_error(format!(
                    "Can not create Row with fields {}, expected {} values but got {}",
                    Value::tuple(r.values.clone()).repr(),
                    r.values.len(),
                    Value::tuple(a.positional.clone()).repr()
                )));
            }
            let names = r.values.iter().map(Value::to_str).collect();
            ROW_CLASS.with(|c| {
                c.borrow()
                    .as_ref()
                    .map(|c| c.make(names, a.positional.clone()))
                    .ok_or_else(|| Error::new("RuntimeError", "Row is not installed"))
            })
        })
        .method("asDict", |_, this_v, mut a: Args| {
            let recursive = a.take(0, "recursive").is_some_and(|v| v.truthy());
            as_dict(&*this(this_v)?, recursive.then_some(0))
        })
        .method("__len__", |_, this_v, _| {
            Ok(Value::Int(this(this_v)?.values.len() as i64))
        })
        .with_repr(|inst| {
            inst.data
                .clone()
                .downcast::<RowData>()
                .map(|r| repr(&r))
                .unwrap_or_else(|_| "Row()".into())
        })
        .getattr(|_, v, name| {
            let r = this(v)?;
            r.names
                .iter()
                .position(|n| n == name)
                .map(|i| r.values[i].clone())
                .ok_or_else(|| Error::new("AttributeError", name.to_string()))
        })
        .with_getitem(|v, key| {
            let r = this(v)?;
            match key {
                Value::Int(i) => {
                    let n = r.values.len() as i64;
                    let j = if *i < 0 { i + n } else { *i };
                    r.values
                        .get(j as usize)
                        .cloned()
                        .ok_or_else(|| Error::index_error("tuple index out of range"))
                }
                Value::Str(s) => r
                    .names
                    .iter()
                    .position(|n| n.as_str() == &**s)
                    .map(|i| r.values[i].clone())
                    .ok_or_else(|| Error::value_error(format!("{s} is not in list"))),
                other => Err(Error::type_error(format!(
                    "row indices must be int or str, not {}",
                    other.type_name()
                ))),
            }
        })
}

thread_local! {
    /// The installed Row class, for the constructor to make instances of.
    pub static ROW_CLASS: std::cell::RefCell<Option<RowClass>> = const { std::cell::RefCell::new(None) };
}
