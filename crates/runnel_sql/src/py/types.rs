//! `pyspark.sql.types`: `StructType`, `StructField` and the atomic types.

use crate::types::{DataType, Field, Schema};
use runnel_core::{Error, Result, Value};
use runnel_python::{Args, Interpreter, NativeClass, NativeFunction, NativeInstance};
use std::rc::Rc;

pub struct TypeData(pub DataType);
pub struct FieldData(pub Field);

thread_local! {
    static CLASSES: std::cell::RefCell<Option<(Rc<NativeClass>, Rc<NativeClass>)>> = const { std::cell::RefCell::new(None) };
}

fn type_value(t: DataType) -> Value {
    CLASSES.with(|c| {
        let (tc, _) = c.borrow().clone().expect("types installed");
        NativeInstance::new(tc, Rc::new(TypeData(t)))
    })
}

fn field_value(f: Field) -> Value {
    CLASSES.with(|c| {
        let (_, fc) = c.borrow().clone().expect("types installed");
        NativeInstance::new(fc, Rc::new(FieldData(f)))
    })
}

/// A type given as a `DataType` instance or a DDL name (`"string"`).
pub fn type_arg(v: &Value) -> Result<DataType> {
    if let Value::Str(s) = v {
        return DataType::parse(s);
    }
    NativeInstance::data_of::<TypeData>(v)
        .map(|t| t.0.clone())
        .ok_or_else(|| Error::type_error(format!("expected a DataType, got '{}'", v.type_name())))
}

/// A schema given as a DDL string or a `StructType`.
pub fn schema_arg(v: &Value) -> Result<Schema> {
    if let Value::Str(s) = v {
        return crate::types::parse_ddl(s);
    }
    match type_arg(v)? {
        DataType::Struct(fs) => Ok(Schema::new(fs)),
        other => Err(Error::type_error(format!(
            "schema must be a StructType, not {}",
            other.py_name()
        ))),
    }
}

/// The `StructType` value of a schema (`df.schema`).
pub fn schema_value(s: &Schema) -> Value {
    type_value(DataType::Struct(s.fields.clone()))
}

fn atomic(name: &'static str, t: DataType) -> (&'static str, Value) {
    (
        name,
        NativeFunction::new(name, move |_: &Interpreter, _| Ok(type_value(t.clone()))),
    )
}

pub fn module() -> Vec<(&'static str, Value)> {
    let type_class = NativeClass::new("DataType")
        .method("simpleString", |_, me, _| {
            Ok(Value::str(&data(me)?.simple_string()))
        })
        .method("add", |_, me, mut a| {
            let DataType::Struct(mut fs) = data(me)? else {
                return Err(Error::type_error("add() needs a StructType"));
            };
            let name = a.require(0, "field", "add")?;
            match NativeInstance::data_of::<FieldData>(&name) {
                Some(f) => fs.push(f.0.clone()),
                None => {
                    let Value::Str(n) = name else {
                        return Err(Error::type_error("field must be a str or StructField"));
                    };
                    let t = type_arg(&a.require(1, "data_type", "add")?)?;
                    fs.push(Field::new(&n, t));
                }
            }
            Ok(type_value(DataType::Struct(fs)))
        })
        .method("fieldNames", |_, me, _| match data(me)? {
            DataType::Struct(fs) => Ok(Value::list(
                fs.iter().map(|f| Value::str(&f.name)).collect(),
            )),
            _ => Ok(Value::list(vec![])),
        })
        .property("fields", |_, me| match data(me)? {
            DataType::Struct(fs) => Ok(Value::list(fs.into_iter().map(field_value).collect())),
            _ => Ok(Value::list(vec![])),
        })
        .property("names", |_, me| match data(me)? {
            DataType::Struct(fs) => Ok(Value::list(
                fs.iter().map(|f| Value::str(&f.name)).collect(),
            )),
            _ => Ok(Value::list(vec![])),
        })
        .with_repr(|i| match i.data.clone().downcast::<TypeData>() {
            Ok(t) => t.0.py_name(),
            Err(_) => "DataType()".into(),
        });
    let field_class = NativeClass::new("StructField")
        .property("name", |_, me| Ok(Value::str(&fdata(me)?.name)))
        .property("dataType", |_, me| Ok(type_value(fdata(me)?.data_type)))
        .property("nullable", |_, me| Ok(Value::Bool(fdata(me)?.nullable)))
        .with_repr(|i| match i.data.clone().downcast::<FieldData>() {
            Ok(f) => format!(
                "StructField('{}', {}, {})",
                f.0.name,
                f.0.data_type.py_name(),
                if f.0.nullable { "True" } else { "False" }
            ),
            Err(_) => "StructField()".into(),
        });
    let (tc, _) = type_class.into_value();
    let (fc, _) = field_class.into_value();
    CLASSES.with(|c| *c.borrow_mut() = Some((tc, fc)));
    vec![
        atomic("StringType", DataType::String),
        atomic("IntegerType", DataType::Int),
        atomic("LongType", DataType::Long),
        atomic("DoubleType", DataType::Double),
        atomic("FloatType", DataType::Double),
        atomic("BooleanType", DataType::Boolean),
        atomic("TimestampType", DataType::Timestamp),
        (
            "ArrayType",
            NativeFunction::new("ArrayType", |_: &Interpreter, mut a: Args| {
                let e = type_arg(&a.require(0, "elementType", "ArrayType")?)?;
                Ok(type_value(DataType::Array(Box::new(e))))
            }),
        ),
        (
            "StructType",
            NativeFunction::new("StructType", |py: &Interpreter, mut a: Args| {
                let fields = match a.take(0, "fields") {
                    None | Some(Value::None) => Vec::new(),
                    Some(v) => py
                        .iterate(&v)?
                        .iter()
                        .map(|f| {
                            NativeInstance::data_of::<FieldData>(f)
                                .map(|f| f.0.clone())
                                .ok_or_else(|| {
                                    Error::type_error("StructType takes a list of StructField")
                                })
                        })
                        .collect::<Result<_>>()?,
                };
                Ok(type_value(DataType::Struct(fields)))
            }),
        ),
        (
            "StructField",
            NativeFunction::new("StructField", |_: &Interpreter, mut a: Args| {
                let name = match a.require(0, "name", "StructField")? {
                    Value::Str(s) => s.to_string(),
                    _ => return Err(Error::type_error("StructField's name must be a str")),
                };
                let t = type_arg(&a.require(1, "dataType", "StructField")?)?;
                let mut f = Field::new(&name, t);
                f.nullable = a.take(2, "nullable").is_none_or(|v| v.truthy());
                Ok(field_value(f))
            }),
        ),
    ]
}

fn data(v: &Value) -> Result<DataType> {
    NativeInstance::data_of::<TypeData>(v)
        .map(|t| t.0.clone())
        .ok_or_else(|| Error::type_error("expected a DataType"))
}

fn fdata(v: &Value) -> Result<Field> {
    NativeInstance::data_of::<FieldData>(v)
        .map(|t| t.0.clone())
        .ok_or_else(|| Error::type_error("expected a StructField"))
}
