//! A SQL value: what one cell of a row holds.

use crate::timefmt;
use std::cmp::Ordering;
use std::rc::Rc;

/// One cell. Timestamps are microseconds since the epoch (UTC), as Spark keeps them.
#[derive(Clone, Debug)]
pub enum Datum {
    Null,
    Bool(bool),
    /// `int` and `bigint` both (the schema tells which).
    Long(i64),
    Double(f64),
    Str(Rc<str>),
    Ts(i64),
    Array(Rc<Vec<Datum>>),
    Struct(Rc<Vec<Datum>>),
}

/// A row: one datum per column of its schema.
pub type Row = Vec<Datum>;

impl Datum {
    pub fn str(s: &str) -> Datum {
        Datum::Str(Rc::from(s))
    }

    pub fn is_null(&self) -> bool {
        matches!(self, Datum::Null)
    }

    /// The text `show()` and the console sink print (Spark's `ToPrettyString`): `NULL`,
    /// structs as `{a, b}`, arrays as `[a, b]`, Java's double text, timestamps in the
    /// session time zone.
    pub fn pretty(&self, tz_offset_ms: i64) -> String {
        match self {
            Datum::Null => "NULL".into(),
            _ => self.text(tz_offset_ms, "NULL"),
        }
    }

    /// `CAST(x AS STRING)`; nested nulls print as `null` there and `NULL` in `show()`.
    pub fn text(&self, tz: i64, nested_null: &str) -> String {
        match self {
            Datum::Null => nested_null.into(),
            Datum::Bool(b) => b.to_string(),
            Datum::Long(i) => i.to_string(),
            Datum::Double(d) => java_double(*d),
            Datum::Str(s) => s.to_string(),
            Datum::Ts(us) => timefmt::format_ts(*us, tz),
            Datum::Array(xs) => {
                let parts: Vec<String> = xs.iter().map(|x| x.text(tz, nested_null)).collect();
                format!("[{}]", parts.join(", "))
            }
            Datum::Struct(xs) => {
                let parts: Vec<String> = xs.iter().map(|x| x.text(tz, nested_null)).collect();
                format!("{{{}}}", parts.join(", "))
            }
        }
    }

    pub fn as_f64(&self) -> Option<f64> {
        match self {
            Datum::Long(i) => Some(*i as f64),
            Datum::Double(d) => Some(*d),
            Datum::Bool(b) => Some(*b as i64 as f64),
            _ => None,
        }
    }

    pub fn truthy(&self) -> bool {
        matches!(self, Datum::Bool(true))
    }

    /// Spark's ordering: nulls are handled by the caller; numbers compare by value,
    /// doubles with NaN largest.
    pub fn cmp_non_null(&self, other: &Datum) -> Ordering {
        match (self, other) {
            (Datum::Long(a), Datum::Long(b)) => a.cmp(b),
            (Datum::Ts(a), Datum::Ts(b)) => a.cmp(b),
            (Datum::Str(a), Datum::Str(b)) => a.as_bytes().cmp(b.as_bytes()),
            (Datum::Bool(a), Datum::Bool(b)) => a.cmp(b),
            (Datum::Array(a), Datum::Array(b)) | (Datum::Struct(a), Datum::Struct(b)) => {
                for (x, y) in a.iter().zip(b.iter()) {
                    let o = cmp_nulls_first(x, y);
                    if o != Ordering::Equal {
                        return o;
                    }
                }
                a.len().cmp(&b.len())
            }
            _ => match (self.as_f64(), other.as_f64()) {
                (Some(a), Some(b)) => a.total_cmp(&b),
                _ => Ordering::Equal,
            },
        }
    }

    /// SQL equality of two non-null values.
    pub fn sql_eq(&self, other: &Datum) -> bool {
        self.cmp_non_null(other) == Ordering::Equal
    }
}

/// Ascending order with nulls first (Spark's default for `ASC`).
pub fn cmp_nulls_first(a: &Datum, b: &Datum) -> Ordering {
    match (a.is_null(), b.is_null()) {
        (true, true) => Ordering::Equal,
        (true, false) => Ordering::Less,
        (false, true) => Ordering::Greater,
        _ => a.cmp_non_null(b),
    }
}

/// A grouping key: datums with equality and hashing by value.
#[derive(Clone, Debug)]
pub struct Key(pub Vec<Datum>);

impl PartialEq for Key {
    fn eq(&self, other: &Key) -> bool {
        keys_eq(&self.0, &other.0)
    }
}
impl Eq for Key {}

impl std::hash::Hash for Key {
    fn hash<H: std::hash::Hasher>(&self, h: &mut H) {
        hash_key(&self.0, h);
    }
}

/// A grouping key's datums borrowed from a buffer, to look a key up in a map of [`Key`]s
/// without building one (a key is copied only when it is new).
#[derive(Debug)]
pub struct KeySlice<'a>(pub &'a [Datum]);

impl std::hash::Hash for KeySlice<'_> {
    fn hash<H: std::hash::Hasher>(&self, h: &mut H) {
        hash_key(self.0, h);
    }
}

impl indexmap::Equivalent<Key> for KeySlice<'_> {
    fn equivalent(&self, key: &Key) -> bool {
        keys_eq(self.0, &key.0)
    }
}

fn hash_key<H: std::hash::Hasher>(key: &[Datum], h: &mut H) {
    for d in key {
        hash_datum(d, h);
    }
}

fn keys_eq(a: &[Datum], b: &[Datum]) -> bool {
    a.len() == b.len() && a.iter().zip(b).all(|(x, y)| datum_eq(x, y))
}

/// Key equality (`cmp_nulls_first(a, b) == Equal`), with the common same-type cases
/// compared directly.
fn datum_eq(a: &Datum, b: &Datum) -> bool {
    match (a, b) {
        (Datum::Str(x), Datum::Str(y)) => std::rc::Rc::ptr_eq(x, y) || x == y,
        (Datum::Long(x), Datum::Long(y)) | (Datum::Ts(x), Datum::Ts(y)) => x == y,
        (Datum::Struct(x), Datum::Struct(y)) => keys_eq(x, y),
        _ => cmp_nulls_first(a, b) == Ordering::Equal,
    }
}

fn hash_datum<H: std::hash::Hasher>(d: &Datum, h: &mut H) {
    use std::hash::Hash;
    match d {
        Datum::Null => 0u8.hash(h),
        Datum::Bool(b) => b.hash(h),
        Datum::Long(i) => i.hash(h),
        Datum::Double(f) => {
            if f.fract() == 0.0 && f.abs() < 9e15 {
                (*f as i64).hash(h)
            } else {
                f.to_bits().hash(h)
            }
        }
        Datum::Str(s) => s.hash(h),
        Datum::Ts(t) => t.hash(h),
        Datum::Array(xs) | Datum::Struct(xs) => {
            for x in xs.iter() {
                hash_datum(x, h);
            }
        }
    }
}

/// Java's `Double.toString`: `1.0`, `0.001`, `1.0E7`, `1.234E-5`, `NaN`, `Infinity`.
pub fn java_double(d: f64) -> String {
    if d.is_nan() {
        return "NaN".into();
    }
    if d.is_infinite() {
        return if d > 0.0 { "Infinity" } else { "-Infinity" }.into();
    }
    if d == 0.0 {
        return if d.is_sign_negative() { "-0.0" } else { "0.0" }.into();
    }
    let a = d.abs();
    if (1e-3..1e7).contains(&a) {
        let s = format!("{d}");
        return if s.contains('.') { s } else { format!("{s}.0") };
    }
    // Shortest digits, then Java's computerized scientific notation.
    let e = format!("{d:e}");
    let (mantissa, exp) = e.split_once('e').unwrap_or((&e, "0"));
    let mantissa = if mantissa.contains('.') {
        mantissa.to_string()
    } else {
        format!("{mantissa}.0")
    };
    format!("{mantissa}E{exp}")
}
