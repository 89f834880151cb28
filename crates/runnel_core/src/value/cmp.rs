//! Python's comparisons on values: `==` for every type (`1 == 1.0 == True`, sets and
//! dicts by content, ints and floats compared exactly), and `< <= > >=` for the pairs
//! Python orders (numbers, strings, tuples and lists item by item, sets by inclusion).

use super::seqops::with_set;
use super::{PyDict, Value};
use crate::{Error, Result};
use std::cell::{Cell, RefCell};
use std::cmp::Ordering;

/// How deep `==` descends into nested containers and objects before it gives up, as
/// CPython's recursion limit stops it (`a == b` of two cyclic lists).
const MAX_EQ_DEPTH: u32 = 900;

thread_local! {
    static EQ_DEPTH: Cell<u32> = const { Cell::new(0) };
    /// The first exception an `==` raised deep inside a container or an object's
    /// `__eq__`: `py_eq` answers a bool, and [`Value::py_eq_checked`] raises this.
    static EQ_ERROR: RefCell<Option<Error>> = const { RefCell::new(None) };
}

/// Keeps the first error a nested comparison raised, for [`Value::py_eq_checked`].
fn note_error(e: Error) {
    EQ_ERROR.with(|c| {
        let mut c = c.borrow_mut();
        if c.is_none() {
            *c = Some(e);
        }
    });
}

/// How many nested `==` levels (containers, objects' `__eq__`) are running on this
/// thread: the interpreter names a recursion limit reached inside one "in comparison".
pub fn eq_depth() -> u32 {
    EQ_DEPTH.get()
}

/// Runs one level of a nested `==`, or notes CPython's `RecursionError` past the limit.
fn nested<T>(too_deep: T, f: impl FnOnce() -> T) -> T {
    let depth = EQ_DEPTH.get();
    if depth >= MAX_EQ_DEPTH {
        note_error(Error::new(
            "RecursionError",
            "maximum recursion depth exceeded in comparison",
        ));
        return too_deep;
    }
    EQ_DEPTH.set(depth + 1);
    let r = f();
    EQ_DEPTH.set(depth);
    r
}

/// `a is b` for the values that live behind a pointer: CPython's item comparisons
/// (`list.__eq__`, `in`, `index`, `count`) take identical items as equal first.
pub fn same_object(a: &Value, b: &Value) -> bool {
    use std::rc::Rc;
    match (a, b) {
        (Value::List(x), Value::List(y)) => Rc::ptr_eq(x, y),
        (Value::Dict(x), Value::Dict(y)) => Rc::ptr_eq(x, y),
        (Value::Set(x), Value::Set(y)) => Rc::ptr_eq(x, y),
        (Value::Tuple(x), Value::Tuple(y)) => Rc::ptr_eq(x, y),
        (Value::Object(x), Value::Object(y)) => std::ptr::addr_eq(Rc::as_ptr(x), Rc::as_ptr(y)),
        _ => false,
    }
}

/// `x is y or x == y`, as CPython's `PyObject_RichCompareBool` compares container items.
pub fn item_eq(x: &Value, y: &Value) -> bool {
    same_object(x, y) || x.py_eq(y)
}

/// A comparison operator.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CmpOp {
    Lt,
    Le,
    Gt,
    Ge,
    Eq,
    Ne,
}

impl CmpOp {
    /// The operator as written in Python source.
    pub fn symbol(self) -> &'static str {
        match self {
            CmpOp::Lt => "<",
            CmpOp::Le => "<=",
            CmpOp::Gt => ">",
            CmpOp::Ge => ">=",
            CmpOp::Eq => "==",
            CmpOp::Ne => "!=",
        }
    }

    /// The operator from its source text.
    pub fn from_symbol(s: &str) -> Option<CmpOp> {
        use CmpOp::*;
        [Lt, Le, Gt, Ge, Eq, Ne]
            .into_iter()
            .find(|op| op.symbol() == s)
    }

    /// The operator with its operands swapped (`a < b` is `b > a`), for reflected calls.
    pub fn reflected(self) -> CmpOp {
        match self {
            CmpOp::Lt => CmpOp::Gt,
            CmpOp::Le => CmpOp::Ge,
            CmpOp::Gt => CmpOp::Lt,
            CmpOp::Ge => CmpOp::Le,
            other => other,
        }
    }

    /// Whether an ordering satisfies the operator.
    pub fn test(self, o: Ordering) -> bool {
        match self {
            CmpOp::Lt => o.is_lt(),
            CmpOp::Le => o.is_le(),
            CmpOp::Gt => o.is_gt(),
            CmpOp::Ge => o.is_ge(),
            CmpOp::Eq => o.is_eq(),
            CmpOp::Ne => o.is_ne(),
        }
    }
}

impl Value {
    /// Python's `a == b`.
    pub fn py_eq(&self, other: &Value) -> bool {
        use Value::*;
        match (self, other) {
            (None, None) => true,
            (Bool(_) | Int(_) | Float(_), Bool(_) | Int(_) | Float(_)) => {
                num_cmp(self, other) == Some(Ordering::Equal)
            }
            (Str(a), Str(b)) => a == b,
            (Tuple(a), Tuple(b)) => nested(false, || seq_eq(a, b)),
            (List(a), List(b)) => match (a.borrow(), b.borrow()) {
                (Ok(a), Ok(b)) => nested(false, || seq_eq(&a, &b)),
                _ => false,
            },
            (Set(_) | FrozenSet(_), Set(_) | FrozenSet(_)) => with_set(self, |a| {
                with_set(other, |b| a.len() == b.len() && a.is_subset(b))
            })
            .flatten()
            .unwrap_or(false),
            (Dict(a), Dict(b)) => match (a.borrow(), b.borrow()) {
                (Ok(a), Ok(b)) => nested(false, || dict_eq(&a, &b)),
                _ => false,
            },
            (Object(_), _) | (_, Object(_)) => match nested_object_eq(self, other) {
                Some(r) => r,
                Option::None => match (self, other) {
                    (Object(a), Object(b)) => a.eq(&**b).unwrap_or(std::ptr::addr_eq(&**a, &**b)),
                    _ => false,
                },
            },
            _ => false,
        }
    }

    /// Python's `a == b`, raising what CPython raises: an exception from an object's
    /// `__eq__` at any depth, or `RecursionError` for containers that hold themselves.
    pub fn py_eq_checked(&self, other: &Value) -> Result<bool> {
        use Value::*;
        if let (
            None | Bool(_) | Int(_) | Float(_) | Str(_),
            None | Bool(_) | Int(_) | Float(_) | Str(_),
        ) = (self, other)
        {
            return Ok(self.py_eq(other));
        }
        let outer = EQ_ERROR.take();
        let r = self.py_eq(other);
        match EQ_ERROR.replace(outer) {
            Some(e) => Err(e),
            Option::None => Ok(r),
        }
    }

    /// Python's `a OP b` for any comparison operator, or the `TypeError` Python raises
    /// for a pair it does not order (`'<' not supported between instances of ...`).
    pub fn py_compare(&self, op: CmpOp, other: &Value) -> Result<bool> {
        use Value::*;
        match (op, self, other) {
            (CmpOp::Eq, _, _) => self.py_eq_checked(other),
            (CmpOp::Ne, Object(_), _) | (CmpOp::Ne, _, Object(_)) => {
                match object_compare(CmpOp::Ne, self, other) {
                    Some(r) => r,
                    Option::None => self.py_eq_checked(other).map(|r| !r),
                }
            }
            (CmpOp::Ne, _, _) => self.py_eq_checked(other).map(|r| !r),
            (_, Bool(_) | Int(_) | Float(_), Bool(_) | Int(_) | Float(_)) => {
                Ok(num_cmp(self, other).is_some_and(|o| op.test(o)))
            }
            (_, Str(a), Str(b)) => Ok(op.test(a.cmp(b))),
            (_, Tuple(a), Tuple(b)) => seq_compare(op, a, b),
            (_, List(a), List(b)) => seq_compare(op, &a.borrow()?, &b.borrow()?),
            (_, Set(_) | FrozenSet(_), Set(_) | FrozenSet(_)) => {
                with_set(self, |a| with_set(other, |b| set_compare(op, a, b)))
                    .flatten()
                    .ok_or_else(busy)
            }
            _ => object_compare(op, self, other)
                .unwrap_or_else(|| Err(not_supported(op, self, other))),
        }
    }

    /// `a < b` (a proper subset test for sets).
    pub fn py_lt(&self, other: &Value) -> Result<bool> {
        self.py_compare(CmpOp::Lt, other)
    }

    /// `a <= b` (a subset test for sets).
    pub fn py_le(&self, other: &Value) -> Result<bool> {
        self.py_compare(CmpOp::Le, other)
    }

    /// Python's ordering as used by `sorted()`: the `TypeError` Python raises for mixed
    /// types. NaN compares equal to everything here, so sorting stays total.
    pub fn py_cmp(&self, other: &Value) -> Result<Ordering> {
        use Value::*;
        match (self, other) {
            (Bool(_) | Int(_) | Float(_), Bool(_) | Int(_) | Float(_)) => {
                Ok(num_cmp(self, other).unwrap_or(Ordering::Equal))
            }
            (Str(a), Str(b)) => Ok(a.cmp(b)),
            (Tuple(a), Tuple(b)) => seq_cmp(a, b),
            (List(a), List(b)) => seq_cmp(&a.borrow()?, &b.borrow()?),
            (Object(_), _) | (_, Object(_)) => {
                if self.py_compare(CmpOp::Lt, other)? {
                    Ok(Ordering::Less)
                } else if other.py_compare(CmpOp::Lt, self)? {
                    Ok(Ordering::Greater)
                } else {
                    Ok(Ordering::Equal)
                }
            }
            _ => Err(not_supported(CmpOp::Lt, self, other)),
        }
    }
}

/// `a OP b` by the objects' own comparison methods: `a`'s, then `b`'s reflected one;
/// `None` when neither defines it.
fn object_compare(op: CmpOp, a: &Value, b: &Value) -> Option<Result<bool>> {
    if let Value::Object(o) = a {
        if let Some(r) = o.compare(op, b) {
            return Some(r);
        }
    }
    if let Value::Object(o) = b {
        return o.compare(op.reflected(), a);
    }
    None
}

/// `a == b` by an object's `__eq__`, one level deeper; its exception is noted for
/// [`Value::py_eq_checked`]. `None` when neither side defines `==`.
fn nested_object_eq(a: &Value, b: &Value) -> Option<bool> {
    nested(Some(false), || {
        object_compare(CmpOp::Eq, a, b).map(|r| {
            r.unwrap_or_else(|e| {
                note_error(e);
                false
            })
        })
    })
}

/// Exact comparison of two numbers (`None` when either is NaN): `2**53 + 1 != 2.0**53`.
fn num_cmp(a: &Value, b: &Value) -> Option<Ordering> {
    use super::arith::Num;
    use super::arith::Num::{Float, Int};
    match (Num::of(a)?, Num::of(b)?) {
        (Int(x), Int(y)) => Some(x.cmp(&y)),
        (Float(x), Float(y)) => x.partial_cmp(&y),
        (Int(x), Float(y)) => int_float_cmp(x, y),
        (Float(x), Int(y)) => int_float_cmp(y, x).map(Ordering::reverse),
    }
}

/// Compares an int with a float without rounding the int.
fn int_float_cmp(i: i64, x: f64) -> Option<Ordering> {
    const TWO_63: f64 = (1u64 << 63) as f64;
    if x.is_nan() {
        return None;
    }
    if x >= TWO_63 {
        return Some(Ordering::Less);
    }
    if x < -TWO_63 {
        return Some(Ordering::Greater);
    }
    // In range, the integral part converts exactly; the fraction breaks ties.
    let whole = x.trunc();
    Some(
        i.cmp(&(whole as i64))
            .then_with(|| 0.0.partial_cmp(&(x - whole)).unwrap_or(Ordering::Equal)),
    )
}

fn seq_eq(a: &[Value], b: &[Value]) -> bool {
    a.len() == b.len() && a.iter().zip(b).all(|(x, y)| item_eq(x, y))
}

/// Lexicographic comparison: the first unequal items decide, else the lengths.
fn seq_compare(op: CmpOp, a: &[Value], b: &[Value]) -> Result<bool> {
    match a.iter().zip(b).find(|(x, y)| !item_eq(x, y)) {
        Some((x, y)) => x.py_compare(op, y),
        None => Ok(op.test(a.len().cmp(&b.len()))),
    }
}

fn seq_cmp(a: &[Value], b: &[Value]) -> Result<Ordering> {
    match a.iter().zip(b).find(|(x, y)| !item_eq(x, y)) {
        Some((x, y)) => x.py_cmp(y),
        None => Ok(a.len().cmp(&b.len())),
    }
}

fn set_compare(op: CmpOp, a: &super::PySet, b: &super::PySet) -> bool {
    match op {
        CmpOp::Lt => a.len() < b.len() && a.is_subset(b),
        CmpOp::Le => a.is_subset(b),
        CmpOp::Gt => b.len() < a.len() && b.is_subset(a),
        _ => b.is_subset(a),
    }
}

fn dict_eq(a: &PyDict, b: &PyDict) -> bool {
    // Two Counters are equal as multisets: a missing element counts 0 (3.10+).
    if let (super::DictKind::Counter, super::DictKind::Counter) = (&a.kind, &b.kind) {
        let zero = Value::Int(0);
        let same = |x: &PyDict, y: &PyDict| {
            x.iter()
                .all(|(k, v)| v.py_eq(y.get(k).ok().flatten().unwrap_or(&zero)))
        };
        return same(a, b) && same(b, a);
    }
    // Two OrderedDicts are equal only in the same order (CPython's OrderedDict.__eq__).
    if let (super::DictKind::OrderedDict, super::DictKind::OrderedDict) = (&a.kind, &b.kind) {
        return a.len() == b.len()
            && a.iter()
                .zip(b.iter())
                .all(|((k1, v1), (k2, v2))| k1.py_eq(k2) && v1.py_eq(v2));
    }
    a.len() == b.len()
        && a.iter()
            .all(|(k, v)| matches!(b.get(k), Ok(Some(w)) if item_eq(v, w)))
}

fn not_supported(op: CmpOp, a: &Value, b: &Value) -> Error {
    Error::type_error(format!(
        "'{}' not supported between instances of '{}' and '{}'",
        op.symbol(),
        a.type_name(),
        b.type_name()
    ))
}

fn busy() -> Error {
    Error::new("RuntimeError", "container modified while it is being used")
}
