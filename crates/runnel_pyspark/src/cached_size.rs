//! The bytes a Python RDD's partition is on the JVM, whose size a cached partition shows
//! (`toDebugString`'s `CachedPartitions` lines, measured by [`crate::stored_size`]): the
//! byte arrays the Python worker wrote, PySpark's `AutoBatchedSerializer` batches of 1,
//! 2, 4... records each pickled as a list (protocol 5), as CPython's C pickler writes it.

use runnel_core::value::{as_big, BigIntValue, PyDict, PySet, Shared};
use runnel_core::Value;
use std::collections::HashMap;

/// Containers nested deeper than this are not measured.
const MAX_DEPTH: usize = 500;

/// `AutoBatchedSerializer`'s target size of a batch.
const BEST_SIZE: usize = 1 << 16;

/// What PySpark's `AutoBatchedSerializer` writes of `records`: batches of 1, 2, 4...
/// records, each pickled as a list (the batch halves again past 10 times the target).
pub(crate) fn pickled_batches(records: &[Value]) -> Option<Vec<Vec<u8>>> {
    let mut arrays = Vec::new();
    let (mut batch, mut at) = (1usize, 0usize);
    while at < records.len() {
        let end = (at + batch).min(records.len());
        let bytes = pickled_list(&records[at..end])?;
        let size = bytes.len();
        arrays.push(bytes);
        at = end;
        if size < BEST_SIZE {
            batch *= 2;
        } else if size > BEST_SIZE * 10 && batch > 1 {
            batch /= 2;
        }
    }
    Some(arrays)
}

/// How many records each of `AutoBatchedSerializer`'s batches of `records` holds (1, 2,
/// 4... while a batch pickles under the target size); a batch Runnel cannot measure (a
/// string of 64 KiB or more, which the C pickler writes outside its frames) counts as a
/// small one, so its order in `cartesian` can differ from Spark's.
pub(crate) fn auto_batch_lens(records: &[Value]) -> Vec<usize> {
    let mut lens = Vec::new();
    let (mut batch, mut at) = (1usize, 0usize);
    while at < records.len() {
        let end = (at + batch).min(records.len());
        let size = pickled_list(&records[at..end]).map_or(0, |b| b.len());
        lens.push(end - at);
        at = end;
        if size < BEST_SIZE {
            batch *= 2;
        } else if size > BEST_SIZE * 10 && batch > 1 {
            batch /= 2;
        }
    }
    lens
}

/// `len(pickle.dumps(list(values), 5))`, as CPython's C pickler writes it.
#[cfg(test)]
pub(crate) fn pickled_list_len(values: &[Value]) -> Option<usize> {
    pickled_list(values).map(|b| b.len())
}

/// `pickle.dumps(list(values), 5)`, as CPython's C pickler writes it: an object met
/// again is a memo reference. Objects are one where the interpreter shares them (the same
/// variable or list item stored twice, `[w] * 3`), and equal strings of one Latin-1
/// character or none, which CPython shares however made; other equal values are
/// separate objects, as the words `split` makes are (where CPython shares more, equal
/// literals of one code object say, Runnel's pickle is larger).
pub(crate) fn pickled_list(values: &[Value]) -> Option<Vec<u8>> {
    let mut p = Pickler::default();
    p.list(values.iter(), None)?;
    p.boundary();
    p.put(b".");
    p.commit();
    let mut out = vec![0x80, 5];
    out.extend(p.out);
    Some(out)
}

/// Writes what the C pickler writes, framed, and keeps its memo.
#[derive(Default)]
struct Pickler {
    /// The frames committed (each with its 9-byte header when it holds 4 bytes or more).
    out: Vec<u8>,
    /// The current frame.
    frame: Vec<u8>,
    /// Entries in the memo (every container and string gets one).
    memo: usize,
    /// How deep in containers the value being written is.
    depth: usize,
    /// The shared strings memoized, by value: CPython shares the empty string and those of
    /// one Latin-1 character, so a second one is a memo reference.
    strings: HashMap<String, usize>,
    /// The other objects memoized (strings and containers), by identity.
    ids: HashMap<usize, usize>,
}

/// The identity of a value pickle memoizes (not numbers, nor the empty tuple).
fn identity(v: &Value) -> Option<usize> {
    let ptr = match v {
        Value::Str(s) => s.as_ptr() as usize,
        Value::Tuple(t) if !t.is_empty() => t.as_ptr() as usize,
        Value::List(l) => Shared::as_ptr(l) as *const () as usize,
        Value::Dict(d) => Shared::as_ptr(d) as *const () as usize,
        Value::Set(x) => Shared::as_ptr(x) as *const () as usize,
        Value::FrozenSet(x) => Shared::as_ptr(x) as *const () as usize,
        _ => return None,
    };
    Some(ptr)
}

impl Pickler {
    fn put(&mut self, bytes: &[u8]) {
        self.frame.extend_from_slice(bytes);
    }

    /// An opcode with a length or index: 1 byte when under 256 (`short`), else 4.
    fn put_sized(&mut self, short: u8, long: u8, n: usize) -> Option<()> {
        if n < 256 {
            self.put(&[short, n as u8]);
        } else {
            self.put(&[long]);
            self.put(&u32::try_from(n).ok()?.to_le_bytes());
        }
        Some(())
    }

    /// The pickler commits a frame once it reaches 64 KiB, after an object.
    fn boundary(&mut self) {
        if self.frame.len() >= BEST_SIZE {
            self.commit();
        }
    }

    fn commit(&mut self) {
        if self.frame.len() >= 4 {
            self.out.push(0x95); // FRAME
            self.out.extend((self.frame.len() as u64).to_le_bytes());
        }
        self.out.append(&mut self.frame);
    }

    /// MEMOIZE, the object `id` (if any) taking the next memo entry.
    fn memoize(&mut self, id: Option<usize>) {
        self.put(&[0x94]); // MEMOIZE
        if let Some(id) = id {
            self.ids.insert(id, self.memo);
        }
        self.memo += 1;
    }

    /// BINGET (LONG_BINGET) of memo entry `at`.
    fn get(&mut self, at: usize) -> Option<()> {
        self.put_sized(b'h', b'j', at)
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
        let id = identity(v);
        if let Some(&at) = id.and_then(|id| self.ids.get(&id)) {
            self.get(at)?;
            self.boundary();
            return Some(());
        }
        match v {
            Value::None => self.put(b"N"),
            Value::Bool(b) => self.put(&[if *b { 0x88 } else { 0x89 }]),
            Value::Int(i) => self.int(*i),
            Value::Float(f) => {
                self.put(b"G"); // BINFLOAT
                self.put(&f.to_be_bytes());
            }
            Value::Str(s) => self.string(s, id)?,
            Value::Tuple(items) => self.tuple(items, id)?,
            Value::List(l) => self.list(l.borrow().ok()?.iter(), id)?,
            Value::Dict(d) => self.dict(&*d.borrow().ok()?, id)?,
            Value::Set(s) => self.set(&*s.borrow().ok()?, false, id)?,
            Value::FrozenSet(s) => self.set(s, true, id)?,
            Value::Object(_) => self.long(&as_big(v)?.to_signed_bytes_le())?,
        }
        self.boundary();
        Some(())
    }

    /// BININT1, BININT2, BININT, or LONG1 with the shortest two's complement.
    fn int(&mut self, i: i64) {
        match i {
            0..=0xff => self.put(&[b'K', i as u8]),
            0x100..=0xffff => {
                self.put(b"M");
                self.put(&(i as u16).to_le_bytes());
            }
            _ if i32::try_from(i).is_ok() => {
                self.put(b"J");
                self.put(&(i as i32).to_le_bytes());
            }
            _ => {
                let _ = self.long(&BigIntValue::from(i).to_signed_bytes_le());
            }
        }
    }

    /// LONG1 (or LONG4) with these little-endian two's complement bytes.
    fn long(&mut self, bytes: &[u8]) -> Option<()> {
        self.put_sized(0x8a, 0x8b, bytes.len())?;
        self.put(bytes);
        Some(())
    }

    fn string(&mut self, s: &str, id: Option<usize>) -> Option<()> {
        let shared = s.chars().count() <= 1 && s.chars().all(|c| (c as u32) < 256);
        if let Some(&at) = self.strings.get(s).filter(|_| shared) {
            return self.get(at);
        }
        if s.len() >= BEST_SIZE {
            // The C pickler writes such a string outside the frames: not modelled.
            return None;
        }
        self.put_sized(0x8c, b'X', s.len())?; // SHORT_BINUNICODE, BINUNICODE
        self.put(s.as_bytes());
        if shared {
            self.strings.insert(s.to_string(), self.memo);
        }
        self.memoize(id.filter(|_| !shared));
        Some(())
    }

    fn tuple(&mut self, items: &[Value], id: Option<usize>) -> Option<()> {
        if items.is_empty() {
            self.put(b")"); // EMPTY_TUPLE
            return Some(());
        }
        if items.len() > 3 {
            self.put(b"("); // MARK
        }
        for v in items {
            self.save(v)?;
        }
        // Saving the items memoized the tuple (through a list in it): its items are
        // popped (POP_MARK, or POPs) and it is a memo reference.
        if let Some(&at) = id.and_then(|id| self.ids.get(&id)) {
            let pops = if items.len() > 3 {
                vec![b'1']
            } else {
                vec![b'0'; items.len()]
            };
            self.put(&pops);
            return self.get(at);
        }
        // TUPLE1, TUPLE2, TUPLE3 or TUPLE.
        self.put(&[[0, 0x85, 0x86, 0x87]
            .get(items.len())
            .copied()
            .unwrap_or(b't')]);
        self.memoize(id);
        Some(())
    }

    fn list<'v>(
        &mut self,
        items: impl ExactSizeIterator<Item = &'v Value>,
        id: Option<usize>,
    ) -> Option<()> {
        self.put(b"]"); // EMPTY_LIST
        self.memoize(id);
        self.appends(items, 1, (b'a', b'e'))
    }

    /// Batches of 1000 items between MARK and APPENDS (SETITEMS for pairs: `per` 2); a
    /// single item with APPEND (SETITEM): `ops` are the opcodes for one and for a batch.
    fn appends<'v>(
        &mut self,
        items: impl ExactSizeIterator<Item = &'v Value>,
        per: usize,
        (one, batch): (u8, u8),
    ) -> Option<()> {
        let n = items.len() / per;
        if n == 1 {
            for v in items {
                self.save(v)?;
            }
            self.put(&[one]);
            return Some(());
        }
        for (i, v) in items.enumerate() {
            if i % (1000 * per) == 0 {
                if i > 0 {
                    self.put(&[batch]);
                }
                self.put(b"(");
            }
            self.save(v)?;
        }
        if n > 0 {
            self.put(&[batch]);
        }
        Some(())
    }

    fn dict(&mut self, d: &PyDict, id: Option<usize>) -> Option<()> {
        self.put(b"}"); // EMPTY_DICT
        self.memoize(id);
        let mut flat = Vec::with_capacity(d.len() * 2);
        for (k, v) in d.iter() {
            flat.push(k.clone());
            flat.push(v.clone());
        }
        self.appends(flat.iter(), 2, (b's', b'u'))
    }

    fn set(&mut self, s: &PySet, frozen: bool, id: Option<usize>) -> Option<()> {
        let items: Vec<Value> = s.iter().cloned().collect();
        if frozen {
            // MARK, the items, FROZENSET, then its memo entry (POP_MARK and a memo
            // reference when saving the items memoized it).
            self.put(b"(");
            for v in &items {
                self.save(v)?;
            }
            if let Some(&at) = id.and_then(|id| self.ids.get(&id)) {
                self.put(b"1");
                return self.get(at);
            }
            self.put(&[0x91]);
            self.memoize(id);
            return Some(());
        }
        self.put(&[0x8f]); // EMPTY_SET
        self.memoize(id);
        for (i, v) in items.iter().enumerate() {
            if i % 1000 == 0 {
                if i > 0 {
                    self.put(&[0x90]);
                }
                self.put(b"(");
            }
            self.save(v)?;
        }
        if !items.is_empty() {
            self.put(&[0x90]); // ADDITEMS
        }
        Some(())
    }
}

#[cfg(test)]
mod tests {
    use super::{auto_batch_lens, pickled_list, pickled_list_len};
    use runnel_core::value::{int_value, BigIntValue};
    use runnel_core::value::{PyDict, PySet};
    use runnel_core::Value;

    fn s(x: &str) -> Value {
        Value::str(x)
    }

    /// `AutoBatchedSerializer` doubles a batch while it pickles under 64 KiB (the batch
    /// sizes PySpark 3.5.9's serializer wrote of the same records).
    #[test]
    fn auto_batches_double_while_small() {
        let ints: Vec<Value> = (0..20).map(Value::Int).collect();
        assert_eq!(auto_batch_lens(&ints), vec![1, 2, 4, 8, 5]);
        assert_eq!(auto_batch_lens(&[]), Vec::<usize>::new());
        // Records of 40 000 characters: a batch of two pickles past 64 KiB and stops growing.
        let big: Vec<Value> = (0..9).map(|_| s(&"x".repeat(40_000))).collect();
        assert_eq!(auto_batch_lens(&big), vec![1, 2, 2, 2, 2]);
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

    /// Equal strings longer than one character made apart are separate objects (CPython
    /// 3.11: `len(pickle.dumps(["ab", "ab"[:1] + "b"], 5))`).
    #[test]
    fn longer_equal_strings_are_separate_objects() {
        assert_eq!(pickled_list_len(&[s("ab"), s("ab")]), Some(26));
    }

    /// One object stored twice is a memo reference the second time, strings and
    /// containers alike (python3: `w = 'word'; t = (1, w); l = [1, 2]; f = frozenset([3]);
    /// pickle.dumps([w, w, t, t, l, l, f, f, {'k': l}, (l, l, l, l)], 5)`).
    #[test]
    fn one_object_stored_twice_is_a_memo_reference() {
        let w = s("word");
        let t = Value::pair(Value::Int(1), w.clone());
        let l = Value::list(vec![Value::Int(1), Value::Int(2)]);
        let mut set = PySet::new();
        set.insert(Value::Int(3)).unwrap();
        let f = Value::FrozenSet(set.into());
        let mut d = PyDict::new();
        d.insert(s("k"), l.clone()).unwrap();
        let four = Value::tuple(vec![l.clone(), l.clone(), l.clone(), l.clone()]);
        let values = [&w, &w, &t, &t, &l, &l, &f, &f, &Value::dict(d), &four].map(Clone::clone);
        assert_eq!(
            hex(&pickled_list(&values).unwrap()),
            "8005953b000000000000005d94288c04776f72649468014b016801869468025d94284b014b02656803284b03919468047d948c016b946803732868036803680368037494652e"
        );
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

    fn hex(bytes: &[u8]) -> String {
        bytes.iter().map(|b| format!("{b:02x}")).collect()
    }

    /// The bytes of `pickle.dumps(values, 5)` (from python3): every kind of opcode the
    /// sizes depend on, with shared strings as memo references.
    #[test]
    fn pickled_bytes_are_cpythons() {
        let mut d = PyDict::new();
        d.insert(s("k"), Value::list(vec![Value::Int(1)])).unwrap();
        let mut set = PySet::new();
        set.insert(Value::Int(3)).unwrap();
        let frozen = Value::FrozenSet(set.into());
        let values = vec![
            Value::pair(Value::Int(1), s("a")),
            Value::Int(-70000),
            int_value(BigIntValue::from(1u128 << 70)),
            Value::Float(0.5),
            Value::None,
            Value::Bool(true),
            Value::dict(d),
            frozen,
        ];
        assert_eq!(
            hex(&pickled_list(&values).unwrap()),
            "80059539000000000000005d94284b018c01619486944a90eefeff8a09000000000000000040473fe00000000000004e887d948c016b945d944b016173284b039194652e"
        );
        let shared = [s(""), s(""), s("é"), s("é"), Value::tuple(vec![])];
        assert_eq!(
            hex(&pickled_list(&shared).unwrap()),
            "80059512000000000000005d94288c009468018c02c3a994680229652e"
        );
    }
}
