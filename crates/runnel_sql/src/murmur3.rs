//! Spark's `Murmur3Hash` (seed 42): the hash of `HashPartitioning`, which decides the
//! partition, and so the order, of an aggregation's rows (`pmod(hash, partitions)`).
//! Strings use Spark's legacy `hashUnsafeBytes`, which mixes each tail byte on its own.

use crate::datum::Datum;
use crate::types::DataType;

const C1: u32 = 0xcc9e_2d51;
const C2: u32 = 0x1b87_3593;

pub(crate) fn mix_k1(k: u32) -> u32 {
    k.wrapping_mul(C1).rotate_left(15).wrapping_mul(C2)
}

pub(crate) fn mix_h1(h: u32, k: u32) -> u32 {
    (h ^ k)
        .rotate_left(13)
        .wrapping_mul(5)
        .wrapping_add(0xe654_6b64)
}

pub(crate) fn fmix(mut h: u32, len: u32) -> u32 {
    h ^= len;
    h ^= h >> 16;
    h = h.wrapping_mul(0x85eb_ca6b);
    h ^= h >> 13;
    h = h.wrapping_mul(0xc2b2_ae35);
    h ^ (h >> 16)
}

pub fn hash_int(v: i32, seed: u32) -> u32 {
    fmix(mix_h1(seed, mix_k1(v as u32)), 4)
}

pub fn hash_long(v: i64, seed: u32) -> u32 {
    let h = mix_h1(seed, mix_k1(v as u32));
    fmix(mix_h1(h, mix_k1((v as u64 >> 32) as u32)), 8)
}

pub fn hash_bytes(b: &[u8], seed: u32) -> u32 {
    let aligned = b.len() - b.len() % 4;
    let mut h = seed;
    for c in b[..aligned].chunks_exact(4) {
        h = mix_h1(h, mix_k1(u32::from_le_bytes([c[0], c[1], c[2], c[3]])));
    }
    for &byte in &b[aligned..] {
        h = mix_h1(h, mix_k1(byte as i8 as i32 as u32));
    }
    fmix(h, b.len() as u32)
}

/// One value folded into the running hash, as `Murmur3Hash.computeHash` does.
pub fn hash_datum(d: &Datum, t: &DataType, seed: u32) -> u32 {
    match (d, t) {
        (Datum::Null, _) => seed,
        (Datum::Bool(b), _) => hash_int(*b as i32, seed),
        (Datum::Long(v), DataType::Int) => hash_int(*v as i32, seed),
        (Datum::Long(v), _) | (Datum::Ts(v), _) => hash_long(*v, seed),
        (Datum::Double(f), _) => {
            let f = if *f == 0.0 { 0.0 } else { *f };
            let bits = if f.is_nan() {
                0x7ff8_0000_0000_0000
            } else {
                f.to_bits() as i64
            };
            hash_long(bits, seed)
        }
        (Datum::Str(s), _) => hash_bytes(s.as_bytes(), seed),
        (Datum::Struct(xs), DataType::Struct(fs)) => xs
            .iter()
            .zip(fs.iter())
            .fold(seed, |h, (x, f)| hash_datum(x, &f.data_type, h)),
        (Datum::Array(xs), DataType::Array(e)) => xs.iter().fold(seed, |h, x| hash_datum(x, e, h)),
        (Datum::Struct(xs), _) | (Datum::Array(xs), _) => xs
            .iter()
            .fold(seed, |h, x| hash_datum(x, &DataType::Null, h)),
    }
}

/// The partition of a key among `n` (`pmod(murmur3(key, 42), n)`).
pub fn partition(key: &[Datum], types: &[DataType], n: usize) -> usize {
    let h = key
        .iter()
        .zip(types.iter())
        .fold(42u32, |h, (d, t)| hash_datum(d, t, h)) as i32;
    (h as i64).rem_euclid(n.max(1) as i64) as usize
}

/// The bytes of Spark's `UnsafeRow` for a key (null bits, 8-byte slots, variable-length
/// data padded to 8 bytes), whose hash decides where it sits in a state store's map.
pub fn unsafe_row(values: &[Datum], types: &[DataType]) -> Vec<u8> {
    let bitset = values.len().div_ceil(64) * 8;
    let fixed = bitset + values.len() * 8;
    let mut row = vec![0u8; fixed];
    for (i, (v, t)) in values.iter().zip(types).enumerate() {
        let slot = bitset + i * 8;
        let var = |row: &mut Vec<u8>, bytes: &[u8]| {
            let offset = row.len() as u64;
            row.extend_from_slice(bytes);
            row.resize(row.len().div_ceil(8) * 8, 0);
            ((offset << 32) | bytes.len() as u64).to_le_bytes()
        };
        let word: [u8; 8] = match (v, t) {
            (Datum::Null, _) => {
                row[i / 64 * 8 + (i % 64) / 8] |= 1 << (i % 8);
                [0; 8]
            }
            (Datum::Bool(b), _) => [*b as u8, 0, 0, 0, 0, 0, 0, 0],
            (Datum::Long(x), DataType::Int) => (*x as i32 as u32 as u64).to_le_bytes(),
            (Datum::Long(x), _) | (Datum::Ts(x), _) => x.to_le_bytes(),
            (Datum::Double(f), _) => (if *f == 0.0 { 0.0f64 } else { *f })
                .to_bits()
                .to_le_bytes(),
            (Datum::Str(s), _) => var(&mut row, s.as_bytes()),
            (Datum::Struct(xs), DataType::Struct(fs)) => {
                let types: Vec<DataType> = fs.iter().map(|f| f.data_type.clone()).collect();
                let nested = unsafe_row(xs, &types);
                var(&mut row, &nested)
            }
            (Datum::Struct(xs), _) | (Datum::Array(xs), _) => {
                let nested = unsafe_row(xs, &vec![DataType::Null; xs.len()]);
                var(&mut row, &nested)
            }
        };
        row[slot..slot + 8].copy_from_slice(&word);
    }
    row
}

/// The `UnsafeRow.hashCode` of a key of `types`.
pub fn row_hash_of(key: &[Datum], types: &[DataType]) -> u32 {
    row_hash(&unsafe_row(key, types))
}

/// `UnsafeRow.hashCode`: Murmur3 over the row's 4-byte words, seed 42.
fn row_hash(bytes: &[u8]) -> u32 {
    let mut h = 42u32;
    for c in bytes.chunks_exact(4) {
        h = mix_h1(h, mix_k1(u32::from_le_bytes([c[0], c[1], c[2], c[3]])));
    }
    fmix(h, bytes.len() as u32)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn part(w: &str) -> usize {
        partition(&[Datum::str(w)], &[DataType::String], 2)
    }

    #[test]
    fn words_fall_where_spark_put_them() {
        // From the update-mode golden: gato comes first, alone, in every batch it is in.
        assert_ne!(part("gato"), part("el"));
        for w in ["y", "perro", "sol", "un"] {
            assert_eq!(part(w), part("el"), "{w}");
        }
    }
}
