//! The memory Spark reports for a cached partition of a Python RDD (`MemorySize` in
//! `toDebugString`'s `CachedPartitions` lines): the JVM caches the byte arrays the Python
//! worker wrote, PySpark's `AutoBatchedSerializer` batches of 1, 2, 4... records each
//! pickled as a list (protocol 5), and Spark's `SizeEstimator` measures the array of them
//! (a 64-bit JVM with compressed references: 16-byte array headers, 4-byte references,
//! objects aligned to 8 bytes).

use runnel_core::value::{as_big, BigIntValue, PyDict, PySet};
use runnel_core::Value;
use std::collections::HashMap;

/// Containers nested deeper than this are not measured.
const MAX_DEPTH: usize = 500;

/// `AutoBatchedSerializer`'s target size of a batch.
const BEST_SIZE: usize = 1 << 16;

/// The bytes `SizeEstimator` gives the cached block of a partition holding `records`;
/// `None` when Runnel cannot tell what pickle writes for them (objects other than ints).
/// Equal strings are taken as one object (a memo reference) only where CPython shares
/// them (the empty string, one Latin-1 character); others as separate objects, as the
/// words `split` makes or values from different batches are (one object stored twice, a
/// literal say, pickles smaller on Spark).
pub(crate) fn partition_bytes(records: &[Value]) -> Option<u64> {
    let mut arrays = Vec::new();
    let (mut batch, mut at) = (1usize, 0usize);
    while at < records.len() {
        let end = (at + batch).min(records.len());
        let size = pickled_list_len(&records[at..end])?;
        arrays.push(size);
        at = end;
        if size < BEST_SIZE {
            batch *= 2;
        } else if size > BEST_SIZE * 10 && batch > 1 {
            batch /= 2;
        }
    }
    let outer = align(16 + 4 * arrays.len());
    let inner: usize = arrays.iter().map(|n| align(16 + n)).sum();
    Some((outer + inner) as u64)
}

fn align(n: usize) -> usize {
    n.div_ceil(8) * 8
}

/// `len(pickle.dumps(list(values), 5))`, as CPython's C pickler writes it.
pub(crate) fn pickled_list_len(values: &[Value]) -> Option<usize> {
    let mut p = Pickler::default();
    p.list(values.iter())?;
    p.boundary();
    p.op(1); // STOP
             // PROTO, then the frames (each with a 9-byte header when it holds 4 bytes or more).
    let last = if p.frame >= 4 { 9 } else { 0 };
    Some(2 + p.total + 9 * p.frames + last)
}

/// Counts the bytes the C pickler writes, and its memo.
#[derive(Default)]
struct Pickler {
    total: usize,
    /// Bytes in the current frame, and the frames already committed.
    frame: usize,
    frames: usize,
    /// Entries in the memo (every container and string gets one).
    memo: usize,
    /// How deep in containers the value being written is.
    depth: usize,
    /// The shared strings memoized, by value: CPython shares the empty string and those of
    /// one Latin-1 character, so a second one is a memo reference.
    strings: HashMap<String, usize>,
}

impl Pickler {
    fn op(&mut self, n: usize) {
        self.total += n;
        self.frame += n;
    }

    /// The pickler commits a frame once it reaches 64 KiB, after an object.
    fn boundary(&mut self) {
        if self.frame >= BEST_SIZE {
            self.frames += 1;
            self.frame = 0;
        }
    }

    fn memoize(&mut self) {
        self.op(1);
        self.memo += 1;
    }

    fn save(&mut self, v: &Value) -> Option<()> {
        // CPython's pickler fails (RecursionError) long before; Runnel does not measure.
        if self.depth > MAX_DEPTH {
            return None;
        }
        self.depth += 1;
        let saved = self.save_value(v);
        self.depth -= 1;
        saved
    }

    fn save_value(&mut self, v: &Value) -> Option<()> {
        match v {
            Value::None | Value::Bool(_) => self.op(1),
            Value::Int(i) => self.op(int_len(*i)),
            Value::Float(_) => self.op(9),
            Value::Str(s) => self.string(s),
            Value::Tuple(items) => self.tuple(items)?,
            Value::List(l) => self.list(l.borrow().ok()?.iter())?,
            Value::Dict(d) => self.dict(&*d.borrow().ok()?)?,
            Value::Set(s) => self.set(&*s.borrow().ok()?, false)?,
            Value::FrozenSet(s) => self.set(s, true)?,
            Value::Object(_) => {
                let n = long_len(&as_big(v)?);
                self.op(if n < 256 { 2 + n } else { 5 + n });
            }
        }
        self.boundary();
        Some(())
    }

    fn string(&mut self, s: &str) {
        let shared = s.chars().count() <= 1 && s.chars().all(|c| (c as u32) < 256);
        if let Some(&at) = self.strings.get(s).filter(|_| shared) {
            self.op(if at < 256 { 2 } else { 5 });
            return;
        }
        let n = s.len();
        self.op(if n < 256 { 2 + n } else { 5 + n });
        if shared {
            self.strings.insert(s.to_string(), self.memo);
        }
        self.memoize();
    }

    fn tuple(&mut self, items: &[Value]) -> Option<()> {
        if items.is_empty() {
            self.op(1);
            return Some(());
        }
        if items.len() > 3 {
            self.op(1); // MARK
        }
        for v in items {
            self.save(v)?;
        }
        self.op(1); // TUPLEn or TUPLE
        self.memoize();
        Some(())
    }

    fn list<'v>(&mut self, items: impl ExactSizeIterator<Item = &'v Value>) -> Option<()> {
        self.op(1); // EMPTY_LIST
        self.memoize();
        self.appends(items, 1)
    }

    /// Batches of 1000 items between MARK and APPENDS (SETITEMS for pairs: `per` 2); a
    /// single item with APPEND (SETITEM).
    fn appends<'v>(
        &mut self,
        items: impl ExactSizeIterator<Item = &'v Value>,
        per: usize,
    ) -> Option<()> {
        let n = items.len() / per;
        if n == 1 {
            for v in items {
                self.save(v)?;
            }
            self.op(1);
            return Some(());
        }
        for (i, v) in items.enumerate() {
            if i % (1000 * per) == 0 {
                if i > 0 {
                    self.op(1);
                }
                self.op(1);
            }
            self.save(v)?;
        }
        if n > 0 {
            self.op(1);
        }
        Some(())
    }

    fn dict(&mut self, d: &PyDict) -> Option<()> {
        self.op(1); // EMPTY_DICT
        self.memoize();
        let mut flat = Vec::with_capacity(d.len() * 2);
        for (k, v) in d.iter() {
            flat.push(k.clone());
            flat.push(v.clone());
        }
        self.appends(flat.iter(), 2)
    }

    fn set(&mut self, s: &PySet, frozen: bool) -> Option<()> {
        let items: Vec<Value> = s.iter().cloned().collect();
        if frozen {
            // MARK, the items, FROZENSET, then its memo entry.
            self.op(1);
            for v in &items {
                self.save(v)?;
            }
            self.op(1);
            self.memoize();
            return Some(());
        }
        self.op(1); // EMPTY_SET
        self.memoize();
        for (i, v) in items.iter().enumerate() {
            if i % 1000 == 0 {
                if i > 0 {
                    self.op(1);
                }
                self.op(1);
            }
            self.save(v)?;
        }
        if !items.is_empty() {
            self.op(1); // ADDITEMS
        }
        Some(())
    }
}

/// BININT1, BININT2, BININT, or LONG1 with the shortest two's complement.
fn int_len(i: i64) -> usize {
    match i {
        0..=0xff => 2,
        0x100..=0xffff => 3,
        _ if i32::try_from(i).is_ok() => 5,
        _ => {
            let bytes = (1..=8)
                .find(|n| {
                    let bits = 8 * n - 1;
                    (-(1i128 << bits)..(1i128 << bits)).contains(&(i as i128))
                })
                .unwrap_or(8);
            2 + bytes
        }
    }
}

/// The bytes of a big int's shortest two's complement (pickle's `encode_long`).
fn long_len(x: &BigIntValue) -> usize {
    let m = x.magnitude();
    let bits = if *x < BigIntValue::from(0) {
        (m - 1u32).bits()
    } else {
        m.bits()
    };
    (bits / 8 + 1) as usize
}

#[cfg(test)]
mod tests {
    use super::{partition_bytes, pickled_list_len};
    use runnel_core::value::{int_value, BigIntValue};
    use runnel_core::Value;

    fn s(x: &str) -> Value {
        Value::str(x)
    }

    /// `len(pickle.dumps(v, 5))` for lists CPython 3.11 pickled (values from python3).
    #[test]
    fn pickled_lengths_are_cpythons() {
        let big = int_value(BigIntValue::from(1u64 << 63));
        let neg = int_value(-BigIntValue::from(1u128 << 71));
        let cases: Vec<(Vec<Value>, usize)> = vec![
            (vec![], 5),
            (vec![Value::pair(s("b"), Value::Int(2))], 23),
            (
                vec![
                    Value::pair(s("a"), Value::Int(1)),
                    Value::pair(s("a"), Value::Int(300)),
                ],
                31,
            ),
            (
                vec![
                    Value::Int(-1),
                    Value::Int(70000),
                    Value::Int(1 << 40),
                    big,
                    neg,
                ],
                56,
            ),
            (
                vec![
                    Value::Float(0.5),
                    Value::None,
                    Value::Bool(true),
                    s(""),
                    s(""),
                ],
                32,
            ),
            (
                vec![
                    Value::list(vec![Value::Int(1), s("cc")]),
                    Value::tuple(vec![]),
                ],
                28,
            ),
            (
                vec![
                    Value::tuple((0..5).map(Value::Int).collect()),
                    s(&"x".repeat(300)),
                ],
                335,
            ),
        ];
        for (values, len) in cases {
            assert_eq!(pickled_list_len(&values), Some(len));
        }
    }

    /// Equal strings longer than one character are separate objects (CPython 3.11:
    /// `len(pickle.dumps(["ab", "ab"[:1] + "b"], 5))`).
    #[test]
    fn longer_equal_strings_are_separate_objects() {
        assert_eq!(pickled_list_len(&[s("ab"), s("ab")]), Some(26));
    }

    /// Values nested deeper than CPython pickles are not measured (nor overflow the stack).
    #[test]
    fn deep_values_are_not_measured() {
        let mut v = Value::Int(1);
        for _ in 0..100_000 {
            v = Value::list(vec![v]);
        }
        assert_eq!(pickled_list_len(&[v]), None);
    }

    /// Spark's `MemorySize` of cached partitions, as recorded on Spark 3.5.9 (168 B for
    /// `[('b', 2), ('c', 1)]` and `[('a', 1)]`).
    #[test]
    fn partition_sizes_are_sparks() {
        let pair = |k: &str, v: i64| Value::pair(s(k), Value::Int(v));
        let a = partition_bytes(&[pair("b", 2), pair("c", 1)]);
        let b = partition_bytes(&[pair("a", 1)]);
        assert_eq!(a.zip(b).map(|(a, b)| a + b), Some(168));
        assert_eq!(partition_bytes(&[]), Some(16));
    }
}
