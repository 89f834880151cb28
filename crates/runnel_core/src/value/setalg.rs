//! Set algebra with CPython's algorithms, which decide the result's slot order: which
//! operand is iterated, and whether the result starts as a copy of a table.

use super::PySet;
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
            for k in other.keys() {
                out.discard_key(k);
            }
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
        for k in self.keys() {
            if !out.discard_key(k) {
                out.add_key(k.clone());
            }
        }
        Ok(out)
    }

    /// Whether every item of `self` is in `other` (`<=` on sets).
    pub fn is_subset(&self, other: &PySet) -> bool {
        self.len() <= other.len() && self.keys().all(|k| other.contains_key(k))
    }
}
