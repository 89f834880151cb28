//! `rand(seed)`: Spark's `Rand`, which draws `nextDouble()` from an `XORShiftRandom`
//! seeded with `seed + partitionIndex`. Runnel evaluates a DataFrame as one partition, so
//! a static DataFrame of one partition gets Spark's very values; each micro-batch starts
//! the sequence again, which Spark's streaming batches do not (they draw other values,
//! seeded in a way not reproduced here).

use crate::murmur3::{fmix, mix_h1, mix_k1};
use std::cell::RefCell;
use std::collections::HashMap;

/// Spark's `XORShiftRandom` (a `java.util.Random` whose `next(bits)` is an xorshift).
struct XorShift {
    seed: i64,
}

impl XorShift {
    fn new(init: i64) -> XorShift {
        XorShift {
            seed: hash_seed(init),
        }
    }

    fn next(&mut self, bits: u32) -> i64 {
        let mut n = self.seed ^ (self.seed << 21);
        n ^= ((n as u64) >> 35) as i64;
        n ^= n << 4;
        self.seed = n;
        n & ((1i64 << bits) - 1)
    }

    /// `java.util.Random.nextDouble`: 53 random bits.
    fn next_double(&mut self) -> f64 {
        let bits = (self.next(26) << 27) + self.next(27);
        bits as f64 * (1.0 / (1u64 << 53) as f64)
    }
}

/// `XORShiftRandom.hashSeed`: Scala's `MurmurHash3.bytesHash` of the seed's big-endian
/// bytes, twice (the low word's hash seeds the high word's).
fn hash_seed(seed: i64) -> i64 {
    let bytes = seed.to_be_bytes();
    let low = bytes_hash(&bytes, 0x3c07_4a61);
    let high = bytes_hash(&bytes, low);
    ((high as u64) << 32 | low as u64) as i64
}

/// Scala's `MurmurHash3.bytesHash` for whole 4-byte words (little-endian).
fn bytes_hash(data: &[u8; 8], seed: u32) -> u32 {
    let mut h = seed;
    for c in data.chunks_exact(4) {
        h = mix_h1(h, mix_k1(u32::from_le_bytes([c[0], c[1], c[2], c[3]])));
    }
    fmix(h, data.len() as u32)
}

thread_local! {
    /// Each `rand` expression's generator in this batch, by the expression's address.
    static GENERATORS: RefCell<HashMap<usize, XorShift>> = RefCell::new(HashMap::new());
}

/// A batch (or a static run) starts: every `rand` starts its sequence again.
pub fn reset() {
    GENERATORS.with(|g| g.borrow_mut().clear());
}

/// The next value of the `rand(seed)` expression at address `site`.
pub fn next(site: usize, seed: i64) -> f64 {
    GENERATORS.with(|g| {
        g.borrow_mut()
            .entry(site)
            .or_insert_with(|| XorShift::new(seed))
            .next_double()
    })
}

thread_local! {
    static UNSEEDED: std::cell::Cell<u64> = const { std::cell::Cell::new(0x9e37_79b9_7f4a_7c15) };
}

/// A seed for `rand()` without one (Spark picks a random one): a fixed sequence, so that
/// runs repeat.
pub fn fresh_seed() -> i64 {
    UNSEEDED.with(|s| {
        // splitmix64
        let mut z = s.get().wrapping_add(0x9e37_79b9_7f4a_7c15);
        s.set(z);
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        (z ^ (z >> 31)) as i64
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn seeded_values_are_sparks() {
        // PySpark 3.5.9: spark.range(0, 4, 1, 1).select(rand(42)).collect()
        let mut x = XorShift::new(42);
        let got: Vec<f64> = (0..4).map(|_| x.next_double()).collect();
        assert_eq!(
            got,
            vec![
                0.619189370225301,
                0.5096018842446481,
                0.8325259388871524,
                0.26322809041172357
            ]
        );
    }
}
