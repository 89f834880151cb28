//! Values copied out of one interpreter and rebuilt in another: what pickling does between
//! Spark's driver and its Python workers.
//!
//! Values share ownership through single-threaded pointers, so a native host that runs
//! partitions on several threads (each with its own interpreter) moves records across as
//! [`Portable`] copies, which own everything they hold and are `Send`. Like pickle's memo,
//! a container or object met twice in one freeze is copied once, so shared and
//! self-containing values keep their shape. A set keeps its table as it is (moving a
//! record to another thread is not a pickle in Spark's terms: where Spark pickles, the
//! engine rebuilds sets itself, [`super::unpickled`]).

use super::set::SetLayout;
use super::{DictKind, PyCell, PyDict, PySet, Shared, Value};
use crate::{Error, Result};
use std::any::Any;
use std::collections::HashMap;

/// Nesting deeper than this is refused, as CPython's pickle refuses nesting beyond its
/// recursion limit.
const MAX_DEPTH: usize = 1_000;

/// An owned, thread-safe copy of a [`Value`].
#[derive(Debug)]
pub enum Portable {
    None,
    Bool(bool),
    Int(i64),
    Float(f64),
    Str(Box<str>),
    Tuple(Vec<Portable>),
    /// Mutable containers carry a memo id, so later references to the same container
    /// ([`Portable::Seen`]) rebuild as the same object.
    List(u32, Vec<Portable>),
    Dict(u32, Vec<(Portable, Portable)>),
    /// A `collections` dict (`Counter`, `OrderedDict`, `defaultdict`).
    KindDict(u32, PortableDictKind, Vec<(Portable, Portable)>),
    Set(u32, Box<SetLayout<Portable>>),
    FrozenSet(Box<SetLayout<Portable>>),
    /// A container or object already copied in this freeze.
    Seen(u32),
    /// An object that knows how to travel (a function, a module, a datetime...).
    Object(u32, Box<dyn PortableObject>),
}

/// The portable [`super::DictKind`] of a `collections` dict.
#[derive(Debug)]
pub enum PortableDictKind {
    Counter,
    OrderedDict,
    DefaultDict(Box<Portable>),
}

/// An object's portable form. `revive` must call [`Reviver::remember`] with `id` before
/// reviving parts that may refer back to the object (a recursive function's globals).
pub trait PortableObject: Send + Sync + std::fmt::Debug {
    fn revive(&self, r: &mut Reviver, id: u32) -> Result<Value>;
}

/// Freezes the objects the core does not know (functions, modules), with the state of
/// the interpreter they belong to.
pub trait FreezeHost {
    /// `None` when this host does not know the object either.
    fn freeze_object(&self, v: &Value, f: &mut Freezer) -> Option<Result<Box<dyn PortableObject>>>;
}

/// Makes [`Portable`] copies.
pub struct Freezer<'a> {
    host: Option<&'a dyn FreezeHost>,
    /// Memo ids by the address of the original.
    memo: HashMap<usize, u32>,
    depth: usize,
}

impl<'a> Freezer<'a> {
    pub fn new(host: Option<&'a dyn FreezeHost>) -> Freezer<'a> {
        Freezer {
            host,
            memo: HashMap::new(),
            depth: 0,
        }
    }

    /// A portable copy of `v`, or a `PicklingError` naming what cannot travel.
    pub fn freeze(&mut self, v: &Value) -> Result<Portable> {
        self.depth += 1;
        let result = if self.depth > MAX_DEPTH {
            Err(Error::new(
                "RecursionError",
                "maximum recursion depth exceeded while pickling an object",
            ))
        } else {
            self.freeze_inner(v)
        };
        self.depth -= 1;
        result
    }

    fn freeze_inner(&mut self, v: &Value) -> Result<Portable> {
        Ok(match v {
            Value::None => Portable::None,
            Value::Bool(b) => Portable::Bool(*b),
            Value::Int(i) => Portable::Int(*i),
            Value::Float(x) => Portable::Float(*x),
            Value::Str(s) => Portable::Str(Box::from(&**s)),
            Value::Tuple(items) => Portable::Tuple(self.freeze_all(items.iter())?),
            Value::FrozenSet(s) => Portable::FrozenSet(Box::new(s.layout(|x| self.freeze(x))?)),
            Value::List(l) => match self.first_visit(Shared::as_ptr(l) as *const ()) {
                Err(seen) => seen,
                Ok(id) => Portable::List(id, self.freeze_all(l.borrow()?.iter())?),
            },
            Value::Set(s) => match self.first_visit(Shared::as_ptr(s) as *const ()) {
                Err(seen) => seen,
                Ok(id) => Portable::Set(id, Box::new(s.borrow()?.layout(|x| self.freeze(x))?)),
            },
            Value::Dict(d) => match self.first_visit(Shared::as_ptr(d) as *const ()) {
                Err(seen) => seen,
                Ok(id) => {
                    let d = d.borrow()?;
                    let mut entries = Vec::with_capacity(d.len());
                    for (k, v) in d.iter() {
                        entries.push((self.freeze(k)?, self.freeze(v)?));
                    }
                    match &d.kind {
                        DictKind::Dict => Portable::Dict(id, entries),
                        DictKind::Counter => {
                            Portable::KindDict(id, PortableDictKind::Counter, entries)
                        }
                        DictKind::OrderedDict => {
                            Portable::KindDict(id, PortableDictKind::OrderedDict, entries)
                        }
                        DictKind::DefaultDict(f) => {
                            let f = Box::new(self.freeze(f)?);
                            Portable::KindDict(id, PortableDictKind::DefaultDict(f), entries)
                        }
                    }
                }
            },
            Value::Object(o) => match self.first_visit(Shared::as_ptr(o) as *const ()) {
                Err(seen) => seen,
                Ok(id) => {
                    let mut frozen = match self.host {
                        Some(h) => h.freeze_object(v, self),
                        None => None,
                    };
                    if frozen.is_none() {
                        frozen = o.freeze(self);
                    }
                    let frozen = frozen.unwrap_or_else(|| {
                        Err(Error::new(
                            "PicklingError",
                            format!("Could not serialize object: {}", o.type_name()),
                        ))
                    })?;
                    Portable::Object(id, frozen)
                }
            },
        })
    }

    fn freeze_all<'v>(&mut self, items: impl Iterator<Item = &'v Value>) -> Result<Vec<Portable>> {
        items.map(|x| self.freeze(x)).collect()
    }

    /// A new memo id for the object at `addr`, or the reference to its earlier copy.
    fn first_visit(&mut self, addr: *const ()) -> std::result::Result<u32, Portable> {
        let next = self.memo.len() as u32;
        match self.memo.entry(addr as usize) {
            std::collections::hash_map::Entry::Occupied(e) => Err(Portable::Seen(*e.get())),
            std::collections::hash_map::Entry::Vacant(e) => Ok(*e.insert(next)),
        }
    }
}

/// Rebuilds values from [`Portable`] copies, in the interpreter given as `context`.
pub struct Reviver<'a> {
    pub context: Option<&'a dyn Any>,
    memo: HashMap<u32, Value>,
}

impl<'a> Reviver<'a> {
    pub fn new(context: Option<&'a dyn Any>) -> Reviver<'a> {
        Reviver {
            context,
            memo: HashMap::new(),
        }
    }

    /// Registers the value rebuilt for memo id `id`.
    pub fn remember(&mut self, id: u32, v: Value) {
        self.memo.insert(id, v);
    }

    pub fn revive(&mut self, p: &Portable) -> Result<Value> {
        Ok(match p {
            Portable::None => Value::None,
            Portable::Bool(b) => Value::Bool(*b),
            Portable::Int(i) => Value::Int(*i),
            Portable::Float(x) => Value::Float(*x),
            Portable::Str(s) => Value::str(s),
            Portable::Tuple(items) => Value::tuple(self.revive_all(items)?),
            Portable::FrozenSet(layout) => {
                Value::FrozenSet(Shared::new(PySet::from_layout(layout, |x| self.revive(x))?))
            }
            Portable::List(id, items) => {
                // Registered before the items, so an item that is the list itself finds it.
                let cell = Shared::new(PyCell::new(Vec::new()));
                self.remember(*id, Value::List(cell.clone()));
                let items = self.revive_all(items)?;
                *cell.borrow_mut()? = items;
                Value::List(cell)
            }
            Portable::KindDict(id, kind, entries) => {
                let kind = match kind {
                    PortableDictKind::Counter => DictKind::Counter,
                    PortableDictKind::OrderedDict => DictKind::OrderedDict,
                    PortableDictKind::DefaultDict(f) => DictKind::DefaultDict(self.revive(f)?),
                };
                let cell = Shared::new(PyCell::new(PyDict::of_kind(kind)));
                self.remember(*id, Value::Dict(cell.clone()));
                for (k, v) in entries {
                    let (k, v) = (self.revive(k)?, self.revive(v)?);
                    cell.borrow_mut()?.insert(k, v)?;
                }
                Value::Dict(cell)
            }
            Portable::Dict(id, entries) => {
                let cell = Shared::new(PyCell::new(PyDict::new()));
                self.remember(*id, Value::Dict(cell.clone()));
                for (k, v) in entries {
                    let (k, v) = (self.revive(k)?, self.revive(v)?);
                    cell.borrow_mut()?.insert(k, v)?;
                }
                Value::Dict(cell)
            }
            Portable::Set(id, layout) => {
                // Its items are hashable, so none refers back to it.
                let set = PySet::from_layout(layout, |x| self.revive(x))?;
                let v = Value::Set(Shared::new(PyCell::new(set)));
                self.remember(*id, v.clone());
                v
            }
            Portable::Seen(id) => self
                .memo
                .get(id)
                .cloned()
                .ok_or_else(|| Error::new("UnpicklingError", "bad memo reference"))?,
            Portable::Object(id, o) => {
                let v = o.revive(self, *id)?;
                self.remember(*id, v.clone());
                v
            }
        })
    }

    pub fn revive_all(&mut self, items: &[Portable]) -> Result<Vec<Value>> {
        items.iter().map(|x| self.revive(x)).collect()
    }
}

/// Portable copies of records (no functions among them).
pub fn freeze_records(records: &[Value]) -> Result<Vec<Portable>> {
    let mut f = Freezer::new(None);
    records.iter().map(|r| f.freeze(r)).collect()
}

/// Records rebuilt from [`freeze_records`].
pub fn revive_records(records: &[Portable]) -> Result<Vec<Value>> {
    Reviver::new(None).revive_all(records)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn roundtrip(v: &Value) -> Value {
        let p = Freezer::new(None).freeze(v).unwrap();
        Reviver::new(None).revive(&p).unwrap()
    }

    #[test]
    fn data_survives_the_trip() {
        let mut d = PyDict::new();
        d.insert(Value::str("k"), Value::Float(1.5)).unwrap();
        let mut s = PySet::new();
        for i in [3, 1, 2] {
            s.insert(Value::Int(i)).unwrap();
        }
        let v = Value::tuple(vec![
            Value::None,
            Value::Bool(true),
            Value::Int(-7),
            Value::list(vec![Value::str("a"), Value::dict(d)]),
            Value::set(s),
        ]);
        assert_eq!(roundtrip(&v).repr(), v.repr());
    }

    #[test]
    fn shared_and_self_containing_lists_keep_their_shape() {
        let inner = Value::list(vec![Value::Int(1)]);
        let outer = Value::list(vec![inner.clone(), inner]);
        let Value::List(l) = &outer else {
            unreachable!()
        };
        l.borrow_mut().unwrap().push(outer.clone());
        let copy = roundtrip(&outer);
        assert_eq!(copy.repr(), "[[1], [1], [...]]");
        let Value::List(c) = &copy else {
            unreachable!()
        };
        let c = c.borrow().unwrap();
        match (&c[0], &c[1], &c[2]) {
            (Value::List(a), Value::List(b), Value::List(me)) => {
                assert!(Shared::ptr_eq(a, b), "one shared list, not two copies");
                assert!(Shared::ptr_eq(
                    me,
                    match &copy {
                        Value::List(x) => x,
                        _ => unreachable!(),
                    }
                ));
            }
            _ => panic!("lists expected"),
        }
        // The copy shares nothing mutable with the original.
        let Value::List(orig) = &outer else {
            unreachable!()
        };
        orig.borrow_mut().unwrap().clear();
        assert_eq!(copy.repr(), "[[1], [1], [...]]");
    }

    #[test]
    fn objects_without_a_portable_form_are_a_pickling_error() {
        struct Opaque;
        impl super::super::Object for Opaque {
            fn type_name(&self) -> &str {
                "Opaque"
            }
            fn repr(&self) -> String {
                "<Opaque>".into()
            }
            fn as_any(&self) -> &dyn Any {
                self
            }
        }
        let e = Freezer::new(None)
            .freeze(&Value::tuple(vec![Value::object(Opaque)]))
            .unwrap_err();
        assert_eq!(e.exc_type, "PicklingError");
        assert!(e.message.contains("Opaque"), "{}", e.message);
    }

    #[test]
    fn deep_nesting_is_refused_not_a_crash() {
        // Hosts run workers on big stacks; a debug build's frames are large.
        let e = std::thread::Builder::new()
            .stack_size(32 << 20)
            .spawn(|| {
                let mut v = Value::None;
                for _ in 0..(MAX_DEPTH + 10) {
                    v = Value::list(vec![v]);
                }
                Freezer::new(None).freeze(&v).unwrap_err()
            })
            .unwrap()
            .join()
            .unwrap();
        assert_eq!(e.exc_type, "RecursionError");
    }

    #[test]
    fn portable_is_send() {
        fn send<T: Send + Sync>() {}
        send::<Portable>();
    }
}
