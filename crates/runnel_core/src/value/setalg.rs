//! Set algebra with CPython's algorithms, which decide the result's slot order: which
//! operand is iterated, and whether the result starts as a copy of a table.

use super::{PySet, Value};
use crate::Result;

impl PySet {
    /// `s.copy()` (`set_merge` into an empty set: same layout when the sizes match).
    pub fn copy(&self) -> PySet {
        let mut out = PySet::new();
        out.update(self);
        out
    }

    /// `s.update(other)` for another set (`set_merge`).
    pub fn update(&mut self, other: &PySet) {
        if other.is_empty() {
            return;
        }
        if (self.fill + other.used) * 5 >= self.mask() * 3 {
            self.resize((self.used + other.used) * 2);
        }
        if self.fill == 0 && self.table.len() == other.table.len() && other.fill == other.used {
            // An empty table of the same size and no dummies to drop: CPython copies slots.
            self.table = other.table.clone();
            self.fill = other.fill;
            self.used = other.used;
            return;
        }
        if self.fill == 0 {
            self.fill = other.used;
            self.used = other.used;
            for k in other.keys() {
                self.insert_clean(k.clone());
            }
            return;
        }
        for k in other.keys() {
            self.add_key(k.clone());
        }
    }

    /// `s | other`.
    pub fn union(&self, other: &PySet) -> Result<PySet> {
        let mut out = self.copy();
        out.update(other);
        Ok(out)
    }

    /// `s & other`: iterates the smaller set (`other` on a tie), keeping its items.
    pub fn intersection(&self, other: &PySet) -> Result<PySet> {
        let (big, small) = if other.len() > self.len() {
            (other, self)
        } else {
            (self, other)
        };
        let mut out = PySet::new();
        for k in small.keys() {
            if big.contains_key(k) {
                out.add_key(k.clone());
            }
        }
        Ok(out)
    }

    /// `s - other`: a filtered walk of `s`, or a copy with deletions when `s` is 4+ times
    /// larger than `other`.
    pub fn difference(&self, other: &PySet) -> Result<PySet> {
        if (self.len() >> 2) > other.len() {
            let mut out = self.copy();
            out.difference_update(other);
            return Ok(out);
        }
        let mut out = PySet::new();
        for k in self.keys().filter(|k| !other.contains_key(k)) {
            out.add_key(k.clone());
        }
        Ok(out)
    }

    /// `s ^ other`: a copy of `other`, then each item of `s` toggled in it.
    pub fn symmetric_difference(&self, other: &PySet) -> Result<PySet> {
        let mut out = other.copy();
        out.toggle_each(self);
        Ok(out)
    }

    /// `s.symmetric_difference_update(other)`'s walk: each item of `other`, in its slot
    /// order, removed from `self` when there and added when not.
    pub fn toggle_each(&mut self, other: &PySet) {
        for k in other.keys() {
            if !self.discard_key(k) {
                self.add_key(k.clone());
            }
        }
    }

    /// `s -= other` (`set_difference_update_internal`): each item of `other` removed,
    /// then the table rebuilt when more than a quarter of it is dummies.
    pub fn difference_update(&mut self, other: &PySet) {
        for k in other.keys() {
            self.discard_key(k);
        }
        self.drop_dummies();
    }

    /// `s.difference_update(iterable)` of values that are not a set: each one removed,
    /// then the same rebuild.
    pub fn discard_each(&mut self, values: impl IntoIterator<Item = Value>) -> Result<()> {
        for v in values {
            self.remove(&v)?;
        }
        self.drop_dummies();
        Ok(())
    }

    fn drop_dummies(&mut self) {
        if self.fill - self.used > self.mask() / 4 {
            self.resize(if self.used > 50000 {
                self.used * 2
            } else {
                self.used * 4
            });
        }
    }

    /// `s.update(d)` for a dict's keys (`set_update_internal`): one resize for all of
    /// them first, then each added.
    pub fn update_with_keys(&mut self, keys: Vec<Value>) -> Result<()> {
        if (self.fill + keys.len()) * 5 >= self.mask() * 3 {
            self.resize((self.used + keys.len()) * 2);
        }
        for k in keys {
            self.insert(k)?;
        }
        Ok(())
    }

    /// Whether every item of `self` is in `other` (`<=` on sets).
    pub fn is_subset(&self, other: &PySet) -> bool {
        self.len() <= other.len() && self.keys().all(|k| other.contains_key(k))
    }
}
