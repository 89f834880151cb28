//! CSV dialects: the formatting parameters of a reader or writer, resolved from a
//! registered name, a dialect class or object, and keyword arguments, with the checks and
//! messages of CPython 3.11's `_csv` module.

use crate::native::{NativeClass, NativeInstance};
use crate::{Args, Interpreter};
use indexmap::IndexMap;
use runnel_core::{Error, Result, Value};
use std::cell::{Cell, RefCell};
use std::rc::Rc;

pub(crate) const QUOTE_MINIMAL: i64 = 0;
pub(crate) const QUOTE_ALL: i64 = 1;
pub(crate) const QUOTE_NONNUMERIC: i64 = 2;
pub(crate) const QUOTE_NONE: i64 = 3;

/// The parameters, in the order CPython sets (and checks) them.
pub(crate) const PARAMS: [&str; 8] = [
    "delimiter",
    "doublequote",
    "escapechar",
    "lineterminator",
    "quotechar",
    "quoting",
    "skipinitialspace",
    "strict",
];

#[derive(Clone)]
pub(crate) struct Dialect {
    pub delimiter: char,
    pub doublequote: bool,
    pub escapechar: Option<char>,
    pub lineterminator: String,
    pub quotechar: Option<char>,
    pub quoting: i64,
    pub skipinitialspace: bool,
    pub strict: bool,
}

impl Dialect {
    pub(crate) fn excel() -> Dialect {
        Dialect {
            delimiter: ',',
            doublequote: true,
            escapechar: None,
            lineterminator: "\r\n".into(),
            quotechar: Some('"'),
            quoting: QUOTE_MINIMAL,
            skipinitialspace: false,
            strict: false,
        }
    }

    /// A parameter as Python sees it (`dialect.delimiter`).
    pub(crate) fn param(&self, name: &str) -> Option<Value> {
        let ch = |c: Option<char>| c.map_or(Value::None, |c| Value::str(&c.to_string()));
        Some(match name {
            "delimiter" => ch(Some(self.delimiter)),
            "doublequote" => Value::Bool(self.doublequote),
            "escapechar" => ch(self.escapechar),
            "lineterminator" => Value::str(&self.lineterminator),
            "quotechar" => ch(self.quotechar),
            "quoting" => Value::Int(self.quoting),
            "skipinitialspace" => Value::Bool(self.skipinitialspace),
            "strict" => Value::Bool(self.strict),
            _ => return None,
        })
    }
}

/// The module's state in one interpreter: registered dialects and the field size limit.
pub(crate) struct Registry {
    pub dialects: RefCell<IndexMap<String, Dialect>>,
    pub field_limit: Cell<i64>,
}

impl Registry {
    pub(crate) fn new() -> Rc<Registry> {
        let excel = Dialect::excel();
        let tab = Dialect {
            delimiter: '\t',
            ..Dialect::excel()
        };
        let unix = Dialect {
            lineterminator: "\n".into(),
            quoting: QUOTE_ALL,
            ..Dialect::excel()
        };
        let dialects = [("excel", excel), ("excel-tab", tab), ("unix", unix)]
            .into_iter()
            .map(|(n, d)| (n.to_string(), d))
            .collect();
        Rc::new(Registry {
            dialects: RefCell::new(dialects),
            field_limit: Cell::new(128 * 1024),
        })
    }

    fn named(&self, name: &str) -> Result<Dialect> {
        self.dialects
            .borrow()
            .get(name)
            .cloned()
            .ok_or_else(|| csv_error("unknown dialect"))
    }
}

/// `_csv.Error`, the module's exception.
pub(crate) fn csv_error(msg: impl Into<String>) -> Error {
    Error::new("_csv.Error", msg)
}

fn one_char(name: &str, v: &Value, or_none: bool) -> Result<Option<char>> {
    let s = match v {
        Value::None if or_none => return Ok(None),
        Value::Str(s) => s,
        other => {
            let what = if or_none { "string or None" } else { "string" };
            return Err(Error::type_error(format!(
                "\"{name}\" must be {what}, not {}",
                other.type_name()
            )));
        }
    };
    let mut chars = s.chars();
    match (chars.next(), chars.next()) {
        (Some(c), None) => Ok(Some(c)),
        _ => Err(Error::type_error(format!(
            "\"{name}\" must be a 1-character string"
        ))),
    }
}

/// Sets one parameter from a value, checked as CPython's `_set_char`/`_set_str`/...
fn set(d: &mut Dialect, name: &str, v: &Value) -> Result<()> {
    match name {
        "delimiter" => d.delimiter = one_char(name, v, false)?.unwrap_or(','),
        "doublequote" => d.doublequote = v.truthy(),
        "escapechar" => d.escapechar = one_char(name, v, true)?,
        "lineterminator" => match v {
            Value::Str(s) => d.lineterminator = s.to_string(),
            _ => return Err(Error::type_error(format!("\"{name}\" must be a string"))),
        },
        "quotechar" => d.quotechar = one_char(name, v, true)?,
        "quoting" => match v {
            Value::Int(i) => d.quoting = *i,
            _ => return Err(Error::type_error(format!("\"{name}\" must be an integer"))),
        },
        "skipinitialspace" => d.skipinitialspace = v.truthy(),
        _ => d.strict = v.truthy(),
    }
    Ok(())
}

/// The dialect a reader or writer uses: `dialect` (a name, a dialect object or class,
/// or any object with the parameters as attributes), overridden by `kwargs`.
pub(crate) fn resolve(
    interp: &Interpreter,
    reg: &Registry,
    dialect: Option<Value>,
    mut kwargs: Args,
) -> Result<Dialect> {
    if let Some((k, _)) = kwargs
        .keywords
        .iter()
        .find(|(k, _)| !PARAMS.contains(&k.as_str()))
    {
        return Err(Error::type_error(format!(
            "'{k}' is an invalid keyword argument for this function"
        )));
    }
    let (mut d, source) = match dialect {
        None => (Dialect::excel(), None),
        Some(Value::Str(name)) => (reg.named(&name)?, None),
        Some(v) => match NativeInstance::data_of::<Dialect>(&v) {
            Some(d) => ((*d).clone(), None),
            None => (Dialect::excel(), Some(v)),
        },
    };
    let mut quotechar_given_none = false;
    let quoting_given = kwargs.keywords.iter().any(|(k, _)| k == "quoting");
    for name in PARAMS {
        let v = match kwargs.take_keyword(name) {
            Some(v) => Some(v),
            None => match &source {
                Some(obj) => crate::methods::get_attr(interp, obj, name).ok(),
                None => None,
            },
        };
        if let Some(v) = v {
            if name == "quotechar" && matches!(v, Value::None) {
                quotechar_given_none = true;
            }
            set(&mut d, name, &v)?;
        }
    }
    if !(QUOTE_MINIMAL..=QUOTE_NONE).contains(&d.quoting) {
        return Err(Error::type_error("bad \"quoting\" value"));
    }
    if quotechar_given_none && !quoting_given {
        d.quoting = QUOTE_NONE;
    }
    if d.quoting != QUOTE_NONE && d.quotechar.is_none() {
        return Err(Error::type_error(
            "quotechar must be set if quoting enabled",
        ));
    }
    Ok(d)
}

/// The class of dialect values (`csv.get_dialect(name)`, `reader.dialect`).
pub(crate) fn dialect_class() -> Rc<NativeClass> {
    let mut class = NativeClass::new("_csv.Dialect");
    for name in PARAMS {
        class = class.property(name, move |_, s| {
            NativeInstance::data_of::<Dialect>(s)
                .and_then(|d| d.param(name))
                .ok_or_else(|| Error::type_error("not a dialect"))
        });
    }
    Rc::new(class)
}

/// `csv.excel`, `csv.excel_tab`, `csv.unix_dialect`: classes whose attributes are the
/// parameters, usable as `dialect=`.
pub(crate) fn dialect_type(name: &str, d: &Dialect) -> Value {
    let mut class = NativeClass::new(name);
    for p in PARAMS {
        if let Some(v) = d.param(p) {
            class = class.static_attr(p, v);
        }
    }
    Value::Object(Rc::new(class))
}
