//! The objects the JVM stores for a persisted RDD's partition, and the sizes Spark shows
//! for them in `toDebugString`'s `CachedPartitions` lines: `SizeEstimator`'s estimate when
//! the level keeps them deserialized, else the bytes Kryo writes for them through
//! `LZ4BlockOutputStream` (PySpark sets `spark.rdd.compress`), in memory or on disk.

use crate::cached_size::{pickled_batches, pickled_list};
use runnel_core::Value;

/// How the JVM RDD holds a partition's Python records.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub(crate) enum Stored {
    /// A Python step's output: `AutoBatchedSerializer`'s pickled batches of 1, 2, 4...
    Pickled,
    /// As [`Stored::Pickled`], each record being `(1, record)` (`reduceByWindow`'s).
    KeyedPickled,
    /// `parallelize`'s pickled batches of this many records (`readRDDFromFile`'s).
    Batches(usize),
    /// `textFile`'s lines, Java `String`s.
    Lines,
}

/// One object of a partition the JVM stores.
pub(crate) enum JvmObject {
    Bytes(Vec<u8>),
    /// A Java `String` (its UTF-16 code units).
    Str(Vec<u16>),
}

/// The objects the JVM holds for a partition of `records` stored as `stored`; `None` when
/// Runnel cannot tell what pickle writes for them.
pub(crate) fn jvm_objects(records: &[Value], stored: Stored) -> Option<Vec<JvmObject>> {
    let bytes = |arrays: Vec<Vec<u8>>| arrays.into_iter().map(JvmObject::Bytes).collect();
    Some(match stored {
        Stored::Pickled => bytes(pickled_batches(records)?),
        Stored::KeyedPickled => {
            let one = |v: &Value| Value::pair(Value::Int(1), v.clone());
            bytes(pickled_batches(
                &records.iter().map(one).collect::<Vec<_>>(),
            )?)
        }
        // Every batch but the RDD's last is full, and the JVM slices whole batches.
        Stored::Batches(n) => bytes(
            records
                .chunks(n.max(1))
                .map(pickled_list)
                .collect::<Option<_>>()?,
        ),
        Stored::Lines => records
            .iter()
            .map(|r| match r {
                Value::Str(s) => Some(JvmObject::Str(s.encode_utf16().collect())),
                _ => None,
            })
            .collect::<Option<_>>()?,
    })
}

/// Arrays longer than this `SizeEstimator` estimates from samples of this many objects.
const SAMPLED_ARRAY: usize = 400;
const SAMPLE: usize = 100;

/// `SizeEstimator.estimate` of the array of `objects` (a 64-bit JVM with compressed
/// references: 16-byte array headers, 4-byte references, objects aligned to 8 bytes; a
/// Java 17 `String` is 24 bytes with its `byte[]` of Latin-1 or UTF-16 code units, the
/// empty ones sharing the empty `byte[]`, counted once). Past 400 objects, Spark draws
/// two samples of 100 distinct ones (`java.util.Random(42)`) and counts the larger
/// sample once and the smaller for the rest.
pub(crate) fn estimated_size(objects: &[JvmObject]) -> u64 {
    let mut empty_seen = false;
    let mut each = |o: &JvmObject| -> u64 {
        let size = match o {
            JvmObject::Bytes(b) => align(16 + b.len()),
            JvmObject::Str(s) if s.is_empty() => 24 + if empty_seen { 0 } else { 16 },
            JvmObject::Str(s) => {
                let latin1 = s.iter().all(|&c| c < 256);
                24 + align(16 + if latin1 { s.len() } else { 2 * s.len() })
            }
        };
        empty_seen |= matches!(o, JvmObject::Str(s) if s.is_empty());
        size as u64
    };
    let outer = align(16 + 4 * objects.len()) as u64;
    let n = objects.len();
    if n <= SAMPLED_ARRAY {
        return outer + objects.iter().map(each).sum::<u64>();
    }
    let mut random = JavaRandom::new(42);
    let mut drawn = std::collections::HashSet::new();
    let mut sample = || -> u64 {
        (0..SAMPLE)
            .map(|_| loop {
                let i = random.next_int(n as u32) as usize;
                if drawn.insert(i) {
                    break each(&objects[i]);
                }
            })
            .sum()
    };
    let (a, b) = (sample(), sample());
    outer + a.max(b) + a.min(b) * ((n - SAMPLE) / SAMPLE) as u64
}

/// `java.util.Random`'s linear congruential generator.
struct JavaRandom(u64);

impl JavaRandom {
    const MULTIPLIER: u64 = 0x5_DEEC_E66D;
    const MASK: u64 = (1 << 48) - 1;

    fn new(seed: u64) -> JavaRandom {
        JavaRandom((seed ^ Self::MULTIPLIER) & Self::MASK)
    }

    fn next(&mut self, bits: u32) -> u32 {
        self.0 = (self.0.wrapping_mul(Self::MULTIPLIER).wrapping_add(0xb)) & Self::MASK;
        (self.0 >> (48 - bits)) as u32
    }

    /// `nextInt(bound)`: uniform in `0..bound`, rejecting the last incomplete range.
    fn next_int(&mut self, bound: u32) -> u32 {
        let r = self.next(31);
        if bound.is_power_of_two() {
            return ((u64::from(bound) * u64::from(r)) >> 31) as u32;
        }
        let mut u = r;
        loop {
            let r = u % bound;
            // Java's `u - r + (bound - 1) < 0` in 32-bit arithmetic.
            if (u - r)
                .checked_add(bound - 1)
                .is_some_and(|v| v <= i32::MAX as u32)
            {
                return r;
            }
            u = self.next(31);
        }
    }
}

/// The bytes Spark keeps of a partition stored serialized: each object as Kryo writes it
/// (its class, a reference flag, then its length and bytes) through
/// `LZ4BlockOutputStream`: blocks of 32 KiB, each with a 21-byte header and stored
/// compressed when that is smaller, then an empty block that ends the stream.
pub(crate) fn serialized_size(objects: &[JvmObject]) -> u64 {
    const BLOCK: usize = 32 * 1024;
    const HEADER: usize = 21;
    let mut stream = Vec::new();
    for o in objects {
        match o {
            JvmObject::Bytes(b) => {
                // `byte[]` (registered by Spark as 19), then its length plus one.
                stream.extend([0x15, 0x01]);
                var_int(&mut stream, b.len() + 1);
                stream.extend(b);
            }
            JvmObject::Str(s) => {
                stream.extend([0x03, 0x01]);
                kryo_string(&mut stream, s);
            }
        }
    }
    let stored: usize = stream
        .chunks(BLOCK)
        .map(|b| HEADER + crate::lz4_block::compressed_len(b).min(b.len()))
        .sum();
    (stored + HEADER) as u64
}

fn var_int(out: &mut Vec<u8>, mut n: usize) {
    while n >= 0x80 {
        out.push((n & 0x7f) as u8 | 0x80);
        n >>= 7;
    }
    out.push(n as u8);
}

/// Kryo 4's `Output.writeString`: ASCII strings of 2 to 63 characters as their bytes with
/// the last one's high bit set; others as their length plus one, then each UTF-16 unit
/// in one to three bytes.
fn kryo_string(out: &mut Vec<u8>, s: &[u16]) {
    if (2..64).contains(&s.len()) && s.iter().all(|&c| c < 0x80) {
        out.extend(s.iter().map(|&c| c as u8));
        if let Some(last) = out.last_mut() {
            *last |= 0x80;
        }
        return;
    }
    utf8_length(out, s.len() + 1);
    for &c in s {
        let c = u32::from(c);
        if c < 0x80 {
            out.push(c as u8);
        } else if c > 0x7ff {
            out.extend([0xe0 | (c >> 12) as u8, 0x80 | (c >> 6 & 0x3f) as u8]);
            out.push(0x80 | (c & 0x3f) as u8);
        } else {
            out.extend([0xc0 | (c >> 6) as u8, 0x80 | (c & 0x3f) as u8]);
        }
    }
}

/// Kryo's `writeUtf8Length`: six bits in the first byte (its high bit set, the next one
/// saying more follow), then seven in each next byte.
fn utf8_length(out: &mut Vec<u8>, n: usize) {
    let more = |rest: usize| if rest > 0 { 0x40 } else { 0 };
    out.push(0x80 | more(n >> 6) | (n & 0x3f) as u8);
    let mut rest = n >> 6;
    while rest > 0 {
        let next = rest >> 7;
        out.push(if next > 0 { 0x80 } else { 0 } | (rest & 0x7f) as u8);
        rest = next;
    }
}

fn align(n: usize) -> usize {
    n.div_ceil(8) * 8
}

#[cfg(test)]
mod tests {
    use super::{estimated_size, jvm_objects, kryo_string, serialized_size, Stored};
    use runnel_core::Value;

    fn s(x: &str) -> Value {
        Value::str(x)
    }

    /// The deserialized size of a Python RDD's partition (a state's).
    fn partition_bytes(records: &[Value]) -> Option<u64> {
        Some(estimated_size(&jvm_objects(records, Stored::Pickled)?))
    }

    /// The serialized size of a Python RDD's partition.
    fn serialized_partition_bytes(records: &[Value]) -> Option<u64> {
        Some(serialized_size(&jvm_objects(records, Stored::Pickled)?))
    }

    fn kryo(s: &str) -> String {
        let mut out = Vec::new();
        kryo_string(&mut out, &s.encode_utf16().collect::<Vec<_>>());
        out.iter().map(|b| format!("{b:02x}")).collect()
    }

    /// The bytes Spark 3.5.9's `KryoSerializer` wrote for these strings (after the class
    /// and reference flag, `0301`), through PySpark's JVM.
    #[test]
    fn strings_are_written_as_kryo_writes_them() {
        assert_eq!(kryo("ab"), "61e2");
        assert_eq!(kryo("a"), "8261");
        assert_eq!(kryo(""), "81");
        assert_eq!(kryo("héllo"), "8668c3a96c6c6f");
        assert_eq!(kryo(&"x".repeat(70)), format!("c701{}", "78".repeat(70)));
        assert_eq!(kryo("a😀b"), "8561eda0bdedb88062");
    }

    /// What `new java.util.Random(42)`'s `nextInt` gave on Java 17 for these bounds.
    const JAVA_RANDOM_42: [u32; 5] = [0, 763, 10, 3, 331_484_985];

    #[test]
    fn java_random_is_javas() {
        let mut r = super::JavaRandom::new(42);
        let got: Vec<u32> = [10, 1000, 16, 7, 1 << 30].map(|b| r.next_int(b)).to_vec();
        assert_eq!(got, JAVA_RANDOM_42);
    }

    /// The `memSize` Spark 3.5.9's block manager gave `varied.txt`'s lines cached
    /// `MEMORY_AND_DISK_DESER`: in one partition (700 lines, sampled), and in two (219
    /// exact, 481 sampled), Hadoop's split ending with the line holding byte 17706.
    #[test]
    fn deserialized_lines_are_estimated_as_spark_does() {
        let text = include_str!("../../runnel_cli/tests/debug_string/varied.txt");
        let size = |t: &str| {
            let lines: Vec<Value> = t.lines().map(Value::str).collect();
            estimated_size(&jvm_objects(&lines, Stored::Lines).unwrap())
        };
        assert_eq!(size(text), 84_600);
        let cut = text[17_706..].find('\n').unwrap() + 17_707;
        assert_eq!((size(&text[..cut]), size(&text[cut..])), (32_856, 39_960));
    }

    #[test]
    fn an_empty_partition_is_the_end_block() {
        assert_eq!(serialized_size(&[]), 21);
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

    /// PySpark's cached (serialized) partitions, as Spark 3.5.9 showed their
    /// `MemorySize`: `sc.parallelize(data, 1).map(lambda x: x).cache()` after a count.
    #[test]
    fn serialized_sizes_are_sparks() {
        let ints = |n: i64| (0..n).map(Value::Int).collect::<Vec<_>>();
        assert_eq!(serialized_partition_bytes(&[Value::Int(1)]), Some(60));
        assert_eq!(serialized_partition_bytes(&ints(10)), Some(116));
        assert_eq!(serialized_partition_bytes(&ints(100)), Some(334));
        assert_eq!(
            serialized_partition_bytes(&[s("a"), s("bb"), s("ccc")]),
            Some(91)
        );
    }
}
