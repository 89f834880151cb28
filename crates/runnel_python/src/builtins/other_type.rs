//! `type(v)` of the values that have no type object of their own in Runnel (iterators,
//! views, module objects: `<class 'list_iterator'>`, `<class 'fractions.Fraction'>`): a
//! type known by its name, printed as CPython prints it, equal to the type of another
//! value of the same kind, and an `isinstance` test by that name.

use runnel_core::value::Object;
use runnel_core::Value;
use std::any::Any;

pub(crate) struct OtherType {
    /// The values' `type_name()`.
    name: String,
}

/// The module CPython's class of that name lives in, for its repr.
pub(crate) fn qualified(name: &str) -> String {
    let module = match name {
        "Fraction" => "fractions",
        "Decimal" | "Context" => "decimal",
        "deque" | "Counter" | "OrderedDict" | "defaultdict" | "ChainMap" => "collections",
        "timedelta" | "time" | "timezone" => "datetime",
        "Pattern" | "Match" => "re",
        "partial" => "functools",
        "count"
        | "cycle"
        | "repeat"
        | "chain"
        | "islice"
        | "groupby"
        | "product"
        | "permutations"
        | "combinations"
        | "combinations_with_replacement"
        | "accumulate"
        | "starmap"
        | "takewhile"
        | "dropwhile"
        | "filterfalse"
        | "zip_longest"
        | "tee"
        | "compress"
        | "pairwise" => "itertools",
        "itemgetter" | "attrgetter" | "methodcaller" => "operator",
        "struct_time" => "time",
        "Random" => "random",
        "StringIO" | "BytesIO" => "_io",
        "UUID" => "uuid",
        "ResultIterable" => "pyspark.resultiterable",
        _ => return name.to_string(),
    };
    format!("{module}.{name}")
}

/// `type(v)` by `v`'s type name.
pub(crate) fn of(v: &Value) -> Value {
    Value::object(OtherType {
        name: v.type_name().to_string(),
    })
}

impl OtherType {
    /// `__name__`/`__qualname__`.
    pub fn attr(&self, name: &str) -> Option<Value> {
        matches!(name, "__name__" | "__qualname__").then(|| Value::str(&self.name))
    }

    /// `isinstance(v, self)`.
    pub fn contains(&self, v: &Value) -> bool {
        v.type_name() == self.name
    }
}

impl Object for OtherType {
    fn type_name(&self) -> &str {
        "type"
    }
    fn repr(&self) -> String {
        format!("<class '{}'>", qualified(&self.name))
    }
    fn hash(&self) -> Option<i64> {
        runnel_core::value::python_hash(&Value::str(&self.name)).ok()
    }
    fn eq(&self, other: &dyn Object) -> Option<bool> {
        Some(
            other
                .as_any()
                .downcast_ref::<OtherType>()
                .is_some_and(|o| o.name == self.name),
        )
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
}

/// What `object()` makes: a bare object (a sentinel: `MISSING = object()`), equal only to
/// itself.
pub(crate) struct PlainObject;

impl Object for PlainObject {
    fn type_name(&self) -> &str {
        "object"
    }
    fn repr(&self) -> String {
        format!("<object object at {:#x}>", self as *const Self as usize)
    }
    fn hash(&self) -> Option<i64> {
        Some((self as *const Self as usize >> 4) as i64)
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
}
