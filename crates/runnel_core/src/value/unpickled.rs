//! A record as PySpark's driver sees it after pickle carried it out of a worker: every
//! set and frozenset inside is rebuilt, its items added one by one in the order they had
//! (pickle's `ADDITEMS`/`FROZENSET` opcodes insert them into a fresh table), which may
//! change its iteration order: `{'the', 'over', ...}` built by unions prints as `{'brown',
//! 'fox', ...}` on Spark's driver. Objects whose `__reduce__` makes another type come back
//! as that ([`super::Object::unpickled`]: an `IsoCalendarDate` as a plain tuple).

use super::portable::Portable;
use super::{PyCell, PyDict, PySet, Shared, Value};

/// `v` rebuilt as unpickling rebuilds it, or `None` when nothing in it is a set (the
/// common case: the record is kept as it is, shared).
pub fn unpickled(v: &Value) -> Option<Value> {
    // Most records hold no set (nor a list or dict): a scan says so first, allocating
    // only for containers that may hold themselves.
    if !has_set(v, &mut Vec::new()) {
        return None;
    }
    rebuild(v, &mut Vec::new())
}

/// Whether pickle would rebuild something in `v` (a set inside it).
pub fn changed_by_pickle(v: &Value) -> bool {
    has_set(v, &mut Vec::new())
}

/// What a shuffle's reduce side reads: the map side pickled it, so it comes back as
/// unpickling leaves it (its sets rebuilt). Implemented for records, their thread-safe
/// copies and the buckets and pairs they travel in.
pub trait Unpickle {
    fn unpickle(self) -> Self;
}

impl Unpickle for Value {
    fn unpickle(self) -> Self {
        unpickled(&self).unwrap_or(self)
    }
}

impl Unpickle for () {
    fn unpickle(self) -> Self {}
}

impl<T: Unpickle> Unpickle for Vec<T> {
    fn unpickle(self) -> Self {
        self.into_iter().map(T::unpickle).collect()
    }
}

impl<A: Unpickle, B: Unpickle> Unpickle for (A, B) {
    fn unpickle(self) -> Self {
        (self.0.unpickle(), self.1.unpickle())
    }
}

impl Unpickle for Portable {
    fn unpickle(self) -> Self {
        match self {
            Portable::Set(id, layout) => {
                Portable::Set(id, Box::new(layout.rebuilt(Self::unpickle)))
            }
            Portable::FrozenSet(layout) => {
                Portable::FrozenSet(Box::new(layout.rebuilt(Self::unpickle)))
            }
            Portable::Tuple(items) => Portable::Tuple(items.unpickle()),
            Portable::List(id, items) => Portable::List(id, items.unpickle()),
            Portable::Dict(id, entries) => Portable::Dict(id, entries.unpickle()),
            Portable::KindDict(id, kind, entries) => {
                Portable::KindDict(id, kind, entries.unpickle())
            }
            other => other,
        }
    }
}

/// Whether a set (or an object unpickled as another type) is inside `v`; `path` as in
/// [`rebuild`] cuts cycles.
fn has_set(v: &Value, path: &mut Vec<usize>) -> bool {
    match v {
        Value::Set(_) | Value::FrozenSet(_) => true,
        Value::Object(o) => o.unpickled().is_some(),
        Value::Tuple(items) => items.iter().any(|x| has_set(x, path)),
        Value::List(l) => within(v, path, false, |path| {
            l.borrow().is_ok_and(|l| l.iter().any(|x| has_set(x, path)))
        }),
        Value::Dict(d) => within(v, path, false, |path| {
            d.borrow()
                .is_ok_and(|d| d.iter().any(|(k, x)| has_set(k, path) || has_set(x, path)))
        }),
        _ => false,
    }
}

/// `path`: the lists and dicts being walked, outermost first; one that holds itself is
/// left as it is (pickle's memo keeps the cycle; no set order is at stake there, and a
/// set cannot hold a list or dict).
fn rebuild(v: &Value, path: &mut Vec<usize>) -> Option<Value> {
    within(v, path, None, |path| rebuild_in(v, path))
}

/// Runs `f` with `v` on the path when it is a list or dict, or answers `cut` when it is
/// on it already.
fn within<T>(v: &Value, path: &mut Vec<usize>, cut: T, f: impl FnOnce(&mut Vec<usize>) -> T) -> T {
    let Some(id) = v.container_id() else {
        return f(path);
    };
    if path.contains(&id) {
        return cut;
    }
    path.push(id);
    let out = f(path);
    path.pop();
    out
}

fn rebuild_in(v: &Value, path: &mut Vec<usize>) -> Option<Value> {
    match v {
        Value::Set(s) => {
            let set = rebuilt(&*s.borrow().ok()?, path)?;
            Some(Value::Set(Shared::new(PyCell::new(set))))
        }
        Value::FrozenSet(s) => Some(Value::FrozenSet(Shared::new(rebuilt(s, path)?))),
        Value::Tuple(items) => changed(items, path).map(Value::tuple),
        Value::Object(o) => match o.unpickled()? {
            // An object that comes back as itself rebuilt what it holds.
            v @ Value::Object(_) => Some(v),
            v => Some(rebuild(&v, path).unwrap_or(v)),
        },
        Value::List(l) => {
            let items: Vec<Value> = l.borrow().ok()?.clone();
            changed(&items, path).map(Value::list)
        }
        Value::Dict(d) => {
            let (kind, pairs): (_, Vec<(Value, Value)>) = {
                let d = d.borrow().ok()?;
                let pairs = d.iter().map(|(k, v)| (k.clone(), v.clone())).collect();
                (d.kind.clone(), pairs)
            };
            let new: Vec<(Option<Value>, Option<Value>)> = pairs
                .iter()
                .map(|(k, v)| (rebuild(k, path), rebuild(v, path)))
                .collect();
            if new.iter().all(|(k, v)| k.is_none() && v.is_none()) {
                return None;
            }
            let mut out = PyDict::of_kind(kind);
            for ((k, v), (nk, nv)) in pairs.into_iter().zip(new) {
                out.insert(nk.unwrap_or(k), nv.unwrap_or(v)).ok()?;
            }
            Some(Value::Dict(Shared::new(PyCell::new(out))))
        }
        _ => None,
    }
}

/// The items, rebuilt, when any of them changed.
fn changed(items: &[Value], path: &mut Vec<usize>) -> Option<Vec<Value>> {
    let new: Vec<Option<Value>> = items.iter().map(|v| rebuild(v, path)).collect();
    if new.iter().all(Option::is_none) {
        return None;
    }
    Some(
        new.into_iter()
            .zip(items)
            .map(|(r, v)| r.unwrap_or_else(|| v.clone()))
            .collect(),
    )
}

/// The set pickle leaves ([`super::SetLayout::rebuilt`]), its items rebuilt too.
fn rebuilt(s: &PySet, path: &mut Vec<usize>) -> Option<PySet> {
    let layout = s.layout(|v| Ok(v.clone())).ok()?;
    let layout = layout.rebuilt(|v| rebuild(&v, path).unwrap_or(v));
    PySet::from_layout(&layout, |v| Ok(v.clone())).ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_set_is_rebuilt_in_its_order_and_other_records_are_kept() {
        assert!(unpickled(&Value::tuple(vec![Value::Int(1), Value::str("a")])).is_none());
        let mut s = PySet::new();
        for i in [0, 196, 133, 70, 7, 140] {
            s.insert(Value::Int(i)).unwrap();
        }
        let got = unpickled(&Value::tuple(vec![Value::str("k"), Value::set(s)])).unwrap();
        assert_eq!(got.repr(), "('k', {0, 196, 133, 70, 7, 140})");
        // A list that holds itself (twice: no exponential walk) is left as it is; a set
        // beside the cycle is still rebuilt.
        let l = Value::list(vec![Value::Int(1)]);
        if let Value::List(inner) = &l {
            inner.borrow_mut().unwrap().push(l.clone());
            inner.borrow_mut().unwrap().push(l.clone());
        }
        assert!(unpickled(&l).is_none());
        let with_set = Value::tuple(vec![l.clone(), Value::set(PySet::new())]);
        assert!(unpickled(&with_set).is_some());
        if let Value::List(inner) = &l {
            inner.borrow_mut().unwrap().clear(); // the cycle, broken for the drop
        }
    }

    /// Words built by unions (CPython: `{'sobre', 'sí', 'llegar', ...}`), which a pickle
    /// round trip reorders (`pickle.loads(pickle.dumps(s))` in CPython 3.11 with
    /// PYTHONHASHSEED=0); a copy for another thread keeps the table as it is.
    #[test]
    fn records_and_their_thread_copies_unpickle_alike() {
        let mut s = PySet::new();
        for w in ["llegar", "sin", "primero", "sí", "me", "o", "este", "sobre"] {
            let mut one = PySet::new();
            one.insert(Value::str(w)).unwrap();
            s = s.union(&one).unwrap();
        }
        let record = Value::tuple(vec![Value::str("c"), Value::set(s)]);
        let (built, unpickled_repr) = (
            "('c', {'sobre', 'sí', 'llegar', 'me', 'o', 'este', 'sin', 'primero'})",
            "('c', {'sin', 'llegar', 'primero', 'o', 'sí', 'me', 'este', 'sobre'})",
        );
        assert_eq!(record.repr(), built);
        assert_eq!(record.clone().unpickle().repr(), unpickled_repr);
        let copied = crate::value::portable::freeze_records(&[record]).unwrap();
        let kept = crate::value::portable::revive_records(&copied).unwrap();
        assert_eq!(kept[0].repr(), built);
        let unpickled = crate::value::portable::revive_records(&copied.unpickle()).unwrap();
        assert_eq!(unpickled[0].repr(), unpickled_repr);
    }
}
