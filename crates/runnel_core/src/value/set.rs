//! Python's `set`. Iteration order is CPython 3.11's hash-table order, because `str(set)`
//! is part of what Spark prints: the table below replays `setobject.c`'s probing, resizing
//! and deletion so that the same operations leave items in the same slots.

use super::{HashKey, Value};
use crate::Result;

/// Slots of a new set (`PySet_MINSIZE`).
const MIN_SIZE: usize = 8;
/// Slots probed linearly before jumping (`LINEAR_PROBES`).
const LINEAR_PROBES: usize = 9;
/// How fast the high hash bits join the probe sequence (`PERTURB_SHIFT`).
const PERTURB_SHIFT: u32 = 5;

#[derive(Clone)]
pub(super) enum Slot {
    Empty,
    /// A removed item: keeps probe chains intact until the next resize.
    Dummy,
    Active(HashKey),
}

/// A set's table as data (see [`PySet::layout`]); snapshots keep sets in this form.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct SetLayout<T> {
    slots: Vec<LayoutSlot<T>>,
    fill: usize,
    used: usize,
    finger: usize,
}

#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
enum LayoutSlot<T> {
    Empty,
    Dummy,
    Active(i64, T),
}

impl<T> SetLayout<T> {
    /// The table pickle leaves: a fresh set with the items added one by one in iteration
    /// order (see [`super::unpickled`]). Items of a set are distinct, so their hashes
    /// alone place them.
    pub fn rebuilt(self, mut item: impl FnMut(T) -> T) -> SetLayout<T> {
        let mut items = Vec::with_capacity(self.used);
        let mut set = PySet::new();
        for slot in self.slots {
            if let LayoutSlot::Active(hash, x) = slot {
                let index = Value::Int(items.len() as i64);
                set.add_key(HashKey::with_hash(index, hash));
                items.push(Some(item(x)));
            }
        }
        let slots = set
            .table
            .into_iter()
            .map(|slot| match slot {
                Slot::Empty => LayoutSlot::Empty,
                Slot::Dummy => LayoutSlot::Dummy,
                Slot::Active(k) => {
                    let taken = match k.value() {
                        Value::Int(i) => items.get_mut(*i as usize).and_then(Option::take),
                        _ => None,
                    };
                    // Each index is in the table once, so every item is taken once.
                    taken.map_or(LayoutSlot::Dummy, |x| LayoutSlot::Active(k.hash_value(), x))
                }
            })
            .collect();
        SetLayout {
            slots,
            fill: set.fill,
            used: set.used,
            finger: set.finger,
        }
    }
}

/// A Python set (or the contents of a frozenset) with CPython's slot layout.
#[derive(Clone)]
pub struct PySet {
    pub(super) table: Vec<Slot>,
    /// Active plus dummy slots.
    pub(super) fill: usize,
    /// Active slots: the set's length.
    pub(super) used: usize,
    /// Where `pop` resumes its scan, as CPython's `finger`.
    finger: usize,
}

impl Default for PySet {
    fn default() -> Self {
        PySet {
            table: vec![Slot::Empty; MIN_SIZE],
            fill: 0,
            used: 0,
            finger: 0,
        }
    }
}

/// Where a lookup ended: the slot holding the key, or the slot an insertion would take.
enum Found {
    Active(usize),
    Vacant(usize),
}

impl PySet {
    /// An empty set.
    pub fn new() -> Self {
        Self::default()
    }
    /// `len(s)`.
    pub fn len(&self) -> usize {
        self.used
    }
    /// `len(s) == 0`.
    pub fn is_empty(&self) -> bool {
        self.used == 0
    }
    /// Adds a value; `true` when it was not there.
    pub fn insert(&mut self, v: Value) -> Result<bool> {
        Ok(self.add_key(HashKey::new(v)?))
    }
    /// `v in s`.
    pub fn contains(&self, v: &Value) -> Result<bool> {
        Ok(self.contains_key(&HashKey::new(v.clone())?))
    }
    /// `s.discard(v)`; `true` when it was there.
    pub fn remove(&mut self, v: &Value) -> Result<bool> {
        Ok(self.discard_key(&HashKey::new(v.clone())?))
    }
    /// The items in CPython's iteration order.
    pub fn iter(&self) -> impl Iterator<Item = &Value> {
        self.keys().map(|k| k.value())
    }
    /// `s.clear()`: back to an empty 8-slot table.
    pub fn clear(&mut self) {
        *self = PySet::default();
    }
    /// `s.pop()`: CPython's next item after the previous pop, or `None` when empty.
    pub fn pop(&mut self) -> Option<Value> {
        if self.used == 0 {
            return None;
        }
        let mask = self.mask();
        let mut i = self.finger & mask;
        while !matches!(self.table[i], Slot::Active(_)) {
            i = (i + 1) & mask;
        }
        self.finger = i + 1;
        self.used -= 1;
        match std::mem::replace(&mut self.table[i], Slot::Dummy) {
            Slot::Active(k) => Some(k.into_value()),
            _ => None,
        }
    }

    /// The table as data, each item through `f`: a copy made from it
    /// ([`PySet::from_layout`]) has the same slots, so the same iteration order.
    pub fn layout<T>(&self, mut f: impl FnMut(&Value) -> Result<T>) -> Result<SetLayout<T>> {
        let mut slots = Vec::with_capacity(self.table.len());
        for slot in &self.table {
            slots.push(match slot {
                Slot::Empty => LayoutSlot::Empty,
                Slot::Dummy => LayoutSlot::Dummy,
                Slot::Active(k) => LayoutSlot::Active(k.hash_value(), f(k.value())?),
            });
        }
        Ok(SetLayout {
            slots,
            fill: self.fill,
            used: self.used,
            finger: self.finger,
        })
    }

    /// The set a [`PySet::layout`] describes, each item through `f` (which must give a
    /// value with the hash recorded for it).
    pub fn from_layout<T>(
        layout: &SetLayout<T>,
        mut f: impl FnMut(&T) -> Result<Value>,
    ) -> Result<PySet> {
        let mut table = Vec::with_capacity(layout.slots.len());
        for slot in &layout.slots {
            table.push(match slot {
                LayoutSlot::Empty => Slot::Empty,
                LayoutSlot::Dummy => Slot::Dummy,
                LayoutSlot::Active(hash, x) => Slot::Active(HashKey::with_hash(f(x)?, *hash)),
            });
        }
        Ok(PySet {
            table,
            fill: layout.fill,
            used: layout.used,
            finger: layout.finger,
        })
    }

    pub(super) fn keys(&self) -> impl Iterator<Item = &HashKey> {
        self.table.iter().filter_map(|s| match s {
            Slot::Active(k) => Some(k),
            _ => None,
        })
    }

    pub(super) fn mask(&self) -> usize {
        self.table.len() - 1
    }

    /// CPython's probe sequence from a hash: runs of linear probes, then perturbed jumps.
    ///
    /// In 64 bits on every target, as CPython's `size_t` on a 64-bit machine: a 32-bit
    /// `usize` (wasm32) would drop the hash's high bits from `perturb`, and a set whose
    /// items collide would take another order in the browser.
    fn probe(&self, hash: i64) -> impl Iterator<Item = usize> {
        let mask = self.mask() as u64;
        let mut perturb = hash as u64;
        let mut i = perturb & mask;
        std::iter::from_fn(move || {
            let run = if i + LINEAR_PROBES as u64 <= mask {
                i as usize..=(i as usize + LINEAR_PROBES)
            } else {
                i as usize..=i as usize
            };
            perturb >>= PERTURB_SHIFT;
            i = (i.wrapping_mul(5).wrapping_add(1).wrapping_add(perturb)) & mask;
            Some(run)
        })
        .flatten()
    }

    /// `set_lookkey` with `set_add_entry`'s memory of the dummies passed: CPython 3.11
    /// inserts into the last dummy seen before the empty slot that ends the search
    /// (observed on its tables, e.g. dummies at 1 and 3 and a key hashing to 1 lands at 3).
    fn find(&self, key: &HashKey) -> Found {
        let mut free = None;
        for i in self.probe(key.hash_value()) {
            match &self.table[i] {
                Slot::Empty => return Found::Vacant(free.unwrap_or(i)),
                Slot::Active(k) if k == key => return Found::Active(i),
                Slot::Dummy => free = Some(i),
                _ => {}
            }
        }
        unreachable!("the table always keeps an empty slot")
    }

    pub(super) fn contains_key(&self, key: &HashKey) -> bool {
        matches!(self.find(key), Found::Active(_))
    }

    /// `set_add_entry`: inserts, then grows when the table is 60% full.
    pub(super) fn add_key(&mut self, key: HashKey) -> bool {
        let Found::Vacant(i) = self.find(&key) else {
            return false;
        };
        let was_empty = matches!(self.table[i], Slot::Empty);
        self.table[i] = Slot::Active(key);
        self.used += 1;
        // Reusing a dummy slot never triggers a resize; filling an empty one may.
        if was_empty {
            self.fill += 1;
        }
        if was_empty && self.fill * 5 >= self.mask() * 3 {
            self.resize(if self.used > 50000 {
                self.used * 2
            } else {
                self.used * 4
            });
        }
        true
    }

    /// `set_discard_entry`: the slot becomes a dummy.
    pub(super) fn discard_key(&mut self, key: &HashKey) -> bool {
        let Found::Active(i) = self.find(key) else {
            return false;
        };
        self.table[i] = Slot::Dummy;
        self.used -= 1;
        true
    }

    /// `set_table_resize`: the smallest power of two above `min_used`, refilled in the old
    /// table's order without dummies.
    pub(super) fn resize(&mut self, min_used: usize) {
        let mut size = MIN_SIZE;
        while size <= min_used {
            size <<= 1;
        }
        let old = std::mem::replace(&mut self.table, vec![Slot::Empty; size]);
        self.fill = self.used;
        for slot in old {
            if let Slot::Active(k) = slot {
                self.insert_clean(k);
            }
        }
    }

    /// `set_insert_clean`: places a key known to be absent into the first empty slot.
    pub(super) fn insert_clean(&mut self, key: HashKey) {
        let slot = self
            .probe(key.hash_value())
            .find(|&i| matches!(self.table[i], Slot::Empty));
        if let Some(i) = slot {
            self.table[i] = Slot::Active(key);
        }
    }
}
