//! CPython's random number generator: the MT19937 Mersenne Twister (`_randommodule.c`)
//! with CPython's seeding, and the integer and float primitives `random.py` builds on.
//! Public so that other crates (PySpark's samplers) draw exactly CPython's numbers.

use sha2::{Digest, Sha512};

const N: usize = 624;
const M: usize = 397;
const MATRIX_A: u32 = 0x9908_b0df;
const UPPER_MASK: u32 = 0x8000_0000;
const LOWER_MASK: u32 = 0x7fff_ffff;

/// The state of one `random.Random` instance.
#[derive(Clone, Debug)]
pub struct PyRandom {
    mt: [u32; N],
    index: usize,
    /// `gauss()` makes numbers in pairs and keeps the second for the next call.
    pub(crate) gauss_next: Option<f64>,
}

impl PyRandom {
    /// `random.Random(n)` for an integer seed (the sign is ignored, as in CPython).
    pub fn from_int(n: i64) -> PyRandom {
        let mut r = PyRandom::unseeded();
        r.seed_int(n);
        r
    }

    fn unseeded() -> PyRandom {
        PyRandom {
            mt: [0; N],
            index: N,
            gauss_next: None,
        }
    }

    /// `seed(n)` for an int: `init_by_array` of `abs(n)`'s 32-bit words, low word first.
    pub fn seed_int(&mut self, n: i64) {
        let a = n.unsigned_abs();
        let mut key = vec![a as u32];
        if a >> 32 != 0 {
            key.push((a >> 32) as u32);
        }
        self.seed_words(&key);
    }

    /// `seed(n)` for a non-negative integer given as 32-bit words, least significant first.
    pub fn seed_words(&mut self, words: &[u32]) {
        let mut key: Vec<u32> = words.to_vec();
        while key.len() > 1 && key.last() == Some(&0) {
            key.pop();
        }
        if key.is_empty() {
            key.push(0);
        }
        self.init_by_array(&key);
        self.gauss_next = None;
    }

    /// `seed(s)` for a str (its UTF-8 bytes) or bytes: version 2 seeds with the integer
    /// `int.from_bytes(s + sha512(s).digest(), 'big')`.
    pub fn seed_bytes(&mut self, bytes: &[u8]) {
        let mut all = bytes.to_vec();
        all.extend_from_slice(&Sha512::digest(bytes));
        // Big-endian bytes to little-endian 32-bit words.
        let words: Vec<u32> = all
            .rchunks(4)
            .map(|c| c.iter().fold(0u32, |acc, b| (acc << 8) | *b as u32))
            .collect();
        self.seed_words(&words);
    }

    fn init_genrand(&mut self, s: u32) {
        self.mt[0] = s;
        for i in 1..N {
            let prev = self.mt[i - 1];
            self.mt[i] = 1_812_433_253u32
                .wrapping_mul(prev ^ (prev >> 30))
                .wrapping_add(i as u32);
        }
        self.index = N;
    }

    fn init_by_array(&mut self, key: &[u32]) {
        self.init_genrand(19_650_218);
        let (mut i, mut j) = (1usize, 0usize);
        let mt = &mut self.mt;
        for _ in 0..N.max(key.len()) {
            let prev = mt[i - 1];
            mt[i] = (mt[i] ^ (prev ^ (prev >> 30)).wrapping_mul(1_664_525))
                .wrapping_add(key[j])
                .wrapping_add(j as u32);
            i += 1;
            j += 1;
            if i >= N {
                mt[0] = mt[N - 1];
                i = 1;
            }
            if j >= key.len() {
                j = 0;
            }
        }
        for _ in 0..N - 1 {
            let prev = mt[i - 1];
            mt[i] =
                (mt[i] ^ (prev ^ (prev >> 30)).wrapping_mul(1_566_083_941)).wrapping_sub(i as u32);
            i += 1;
            if i >= N {
                mt[0] = mt[N - 1];
                i = 1;
            }
        }
        mt[0] = 0x8000_0000;
    }

    fn twist(&mut self) {
        let mag = |y: u32| if y & 1 == 1 { MATRIX_A } else { 0 };
        for k in 0..N {
            let y = (self.mt[k] & UPPER_MASK) | (self.mt[(k + 1) % N] & LOWER_MASK);
            self.mt[k] = self.mt[(k + M) % N] ^ (y >> 1) ^ mag(y);
        }
        self.index = 0;
    }

    /// The next 32 random bits (`genrand_uint32`).
    pub fn next_u32(&mut self) -> u32 {
        if self.index >= N {
            self.twist();
        }
        let mut y = self.mt[self.index];
        self.index += 1;
        y ^= y >> 11;
        y ^= (y << 7) & 0x9d2c_5680;
        y ^= (y << 15) & 0xefc6_0000;
        y ^ (y >> 18)
    }

    /// `random()`: a float in [0, 1) with 53 random bits.
    pub fn random(&mut self) -> f64 {
        let a = (self.next_u32() >> 5) as f64;
        let b = (self.next_u32() >> 6) as f64;
        (a * 67_108_864.0 + b) * (1.0 / 9_007_199_254_740_992.0)
    }

    /// `getrandbits(k)` for `k <= 64`: 32-bit words, least significant first, the last
    /// one cut to the bits still wanted.
    pub fn getrandbits(&mut self, k: u32) -> u64 {
        if k == 0 {
            return 0;
        }
        if k <= 32 {
            return (self.next_u32() >> (32 - k)) as u64;
        }
        let low = self.next_u32() as u64;
        let rest = k - 32;
        let high = (self.next_u32() >> (32 - rest.min(32))) as u64;
        low | (high << 32)
    }

    /// `_randbelow(n)`: a uniform integer in `[0, n)` by rejection on `n.bit_length()` bits.
    pub fn randbelow(&mut self, n: u64) -> u64 {
        if n == 0 {
            return 0;
        }
        let k = 64 - n.leading_zeros();
        loop {
            let r = self.getrandbits(k);
            if r < n {
                return r;
            }
        }
    }

    /// The generator's state as `getstate()` shows its middle part: 624 words and the index.
    pub fn state(&self) -> (Vec<u32>, usize) {
        (self.mt.to_vec(), self.index)
    }

    /// Restores a state from [`PyRandom::state`]; `None` if it is malformed.
    pub fn set_state(&mut self, words: &[u32], index: usize) -> Option<()> {
        if words.len() != N || index > N {
            return None;
        }
        self.mt.copy_from_slice(words);
        self.index = index;
        Some(())
    }
}

#[cfg(test)]
mod tests {
    use super::PyRandom;

    // Expected values printed by CPython 3.11: `Random(42).random()`, `Random("spark")...`.
    #[test]
    fn matches_cpython() {
        assert_eq!(PyRandom::from_int(42).random(), 0.6394267984578837);
        let mut r = PyRandom::from_int(0);
        r.seed_bytes("hello".as_bytes());
        assert_eq!(r.random(), 0.3537754404730722);
        assert_eq!(PyRandom::from_int(-5).random(), 0.6229016948897019);
    }
}
