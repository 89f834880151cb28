//! Values that are not plain data: functions, modules, RDD handles, datetimes...
//!
//! The core only needs to show, compare and hash them; the front end that defines them
//! downcasts through [`Object::as_any`] to do the rest (call them, read attributes).

use std::any::Any;

pub trait Object: Any {
    /// Python's type name (`function`, `datetime.datetime`, ...).
    fn type_name(&self) -> &str;
    /// `repr(obj)`.
    fn repr(&self) -> String;
    /// `str(obj)`; Python falls back to `repr`.
    fn to_str(&self) -> String {
        self.repr()
    }
    /// `hash(obj)`, or `None` when unhashable. Identity-hashed objects return their id.
    fn hash(&self) -> Option<i64> {
        None
    }
    /// `self == other` for another object; identity unless the type says otherwise.
    fn eq(&self, _other: &dyn Object) -> Option<bool> {
        None
    }
    /// `self OP other` by the object's own comparison methods (a Python class's `__eq__`,
    /// `__lt__`...): `None` when it has none for `op` (Python's `NotImplemented`), and
    /// then the reflected operation on `other`, then identity (`==`) or a `TypeError`.
    fn compare(&self, _op: super::CmpOp, _other: &super::Value) -> Option<crate::Result<bool>> {
        None
    }
    /// `self OP other` (or `other OP self` when `reflected`) by the object's own
    /// arithmetic (a Python class's `__add__`/`__radd__`...); `None` when it has none.
    fn binop(
        &self,
        _op: super::BinOp,
        _other: &super::Value,
        _reflected: bool,
    ) -> Option<crate::Result<super::Value>> {
        None
    }
    /// A unary operation by the object's own method: `symbol` is `-`, `+`, `~` or
    /// `abs`; `None` when it has none.
    fn unary(&self, _symbol: &str) -> Option<crate::Result<super::Value>> {
        None
    }
    /// `bool(obj)`.
    fn truthy(&self) -> bool {
        true
    }
    /// The items of an iterable object (`for x in obj`), or `None` when not iterable.
    /// Spark's iterables (a `ResultIterable` of grouped values) are finite and in memory.
    fn iterate(&self) -> Option<crate::Result<Vec<super::Value>>> {
        None
    }
    /// The items of an object that is a tuple to PySpark (an instance of a `tuple`
    /// subclass): `portable_hash` mixes them as it mixes a tuple's.
    fn tuple_items(&self) -> Option<Vec<super::Value>> {
        None
    }
    /// `len(obj)`, or `None` when it has no length.
    fn len(&self) -> Option<usize> {
        None
    }
    /// `len(obj) == 0`, or `None` when it has no length.
    fn is_empty(&self) -> Option<bool> {
        self.len().map(|n| n == 0)
    }
    /// What unpickling makes of this object when that is a plain value of another type,
    /// as a `__reduce__` can say (`datetime.IsoCalendarDate` comes back a `tuple`), or
    /// the object itself with the sets it holds rebuilt (PySpark's `ResultIterable`);
    /// `None` for objects that come back as they are. See [`super::unpickled`].
    fn unpickled(&self) -> Option<super::Value> {
        None
    }
    /// A copy that can travel to another thread's interpreter (see [`super::portable`]),
    /// or `None` when the object cannot (PySpark would fail to pickle it).
    fn freeze(
        &self,
        _f: &mut super::Freezer,
    ) -> Option<crate::Result<Box<dyn super::PortableObject>>> {
        None
    }
    fn as_any(&self) -> &dyn Any;
}
