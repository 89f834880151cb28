//! `repartition` and `coalesce`, as the JVM side of Spark does them.
//!
//! PySpark's `repartition(n)` is `coalesce(n, shuffle=True)` on the JVM over records
//! re-batched 10 to a pickle, so whole batches of 10 records move together. Each map
//! partition `i` starts at `XORShiftRandom(i).nextInt(n)` and sends its k-th batch to
//! partition `(start + k) % n` (Spark's `RDD.coalesce` `distributePartition`). The goldens
//! of `repartition` pin this down.

use super::Rdd;
use crate::value::Value;

/// PySpark re-batches records to 10 per pickle before a shuffling coalesce.
const PICKLE_BATCH: usize = 10;

impl Rdd {
    /// `repartition(n)`.
    pub fn repartition(&self, n: usize) -> Rdd {
        self.repartition_runs(n, None).0
    }

    /// `repartition(n)` of records the JVM already holds as pickled batches: `runs[i]`
    /// are the lengths of partition `i`'s batches (a shuffle's output, which PySpark
    /// does not reserialize), each moving whole; else each partition is cut in tens.
    /// Also the lengths of the batches each new partition receives.
    pub fn repartition_runs(
        &self,
        n: usize,
        runs: Option<&[Vec<usize>]>,
    ) -> (Rdd, Vec<Vec<usize>>) {
        if n == 0 {
            return (Rdd::new(Vec::new()), Vec::new());
        }
        let mut out: Vec<Vec<Value>> = vec![Vec::new(); n];
        let mut out_runs: Vec<Vec<usize>> = vec![Vec::new(); n];
        for (index, partition) in self.partitions.iter().enumerate() {
            let mut position = XorShiftRandom::new(index as i64).next_int(n as i32) as usize;
            let lens = runs.and_then(|r| r.get(index));
            for batch in batches_of(partition, lens) {
                position += 1;
                out[position % n].extend(batch.iter().cloned());
                out_runs[position % n].push(batch.len());
            }
        }
        (Rdd::new(out), out_runs)
    }

    /// `coalesce(n)` without a shuffle: Spark's `DefaultPartitionCoalescer` without
    /// locality groups consecutive partitions, group `i` taking `[i*P/n, (i+1)*P/n)`.
    pub fn coalesce(&self, n: usize) -> Rdd {
        let p = self.num_partitions();
        if n == 0 || n >= p {
            return Rdd::new(self.partitions.clone());
        }
        let partitions = (0..n)
            .map(|i| self.partitions[i * p / n..(i + 1) * p / n].concat())
            .collect();
        Rdd::new(partitions)
    }

    /// For each partition of `coalesce(n)`, the lengths of the partitions it concatenates.
    pub fn coalesce_pieces(&self, n: usize) -> Vec<Vec<usize>> {
        let p = self.num_partitions();
        let lens: Vec<usize> = self.partitions.iter().map(Vec::len).collect();
        if n == 0 || n >= p {
            return lens.into_iter().map(|l| vec![l]).collect();
        }
        (0..n)
            .map(|i| lens[i * p / n..(i + 1) * p / n].to_vec())
            .collect()
    }
}

/// A partition cut in the given batch lengths (when they cover it), else in tens.
fn batches_of<'a>(partition: &'a [Value], lens: Option<&Vec<usize>>) -> Vec<&'a [Value]> {
    match lens {
        Some(lens) if lens.iter().sum::<usize>() == partition.len() => {
            let mut at = 0;
            lens.iter()
                .map(|&l| {
                    at += l;
                    &partition[at - l..at]
                })
                .collect()
        }
        _ => partition.chunks(PICKLE_BATCH).collect(),
    }
}

/// Spark's `XORShiftRandom` behind `java.util.Random`'s `nextInt(bound)`.
struct XorShiftRandom {
    seed: i64,
}

impl XorShiftRandom {
    fn new(init: i64) -> Self {
        XorShiftRandom {
            seed: hash_seed(init),
        }
    }

    fn next(&mut self, bits: u32) -> i32 {
        let mut s = self.seed ^ (self.seed << 21);
        s ^= ((s as u64) >> 35) as i64;
        s ^= s << 4;
        self.seed = s;
        (s & ((1i64 << bits) - 1)) as i32
    }

    /// `java.util.Random.nextInt(bound)`.
    fn next_int(&mut self, bound: i32) -> i32 {
        let mut r = self.next(31);
        let m = bound - 1;
        if bound & m == 0 {
            return ((bound as i64 * r as i64) >> 31) as i32;
        }
        let mut u = r;
        loop {
            r = u % bound;
            if u.wrapping_sub(r).wrapping_add(m) >= 0 {
                return r;
            }
            u = self.next(31);
        }
    }
}

/// `XORShiftRandom.hashSeed`: MurmurHash3 of the seed's 8 big-endian bytes, twice.
fn hash_seed(seed: i64) -> i64 {
    let bytes = seed.to_be_bytes();
    let low = murmur3_bytes(&bytes, 0x3c07_4a61);
    let high = murmur3_bytes(&bytes, low);
    ((high as i64) << 32) | (low as u32 as i64)
}

/// Scala's `MurmurHash3.bytesHash`.
fn murmur3_bytes(data: &[u8], seed: i32) -> i32 {
    let mut h = seed;
    let mut chunks = data.chunks_exact(4);
    for c in chunks.by_ref() {
        let k = i32::from_le_bytes([c[0], c[1], c[2], c[3]]);
        h = mix(h, k);
    }
    let tail = chunks.remainder();
    if !tail.is_empty() {
        let mut k = 0i32;
        for (i, b) in tail.iter().enumerate() {
            k ^= (*b as i32) << (8 * i);
        }
        h = mix_last(h, k);
    }
    avalanche(h ^ data.len() as i32)
}

fn mix_last(h: i32, k: i32) -> i32 {
    let k = k
        .wrapping_mul(0xcc9e_2d51_u32 as i32)
        .rotate_left(15)
        .wrapping_mul(0x1b87_3593);
    h ^ k
}

fn mix(h: i32, k: i32) -> i32 {
    mix_last(h, k)
        .rotate_left(13)
        .wrapping_mul(5)
        .wrapping_add(0xe654_6b64_u32 as i32)
}

fn avalanche(mut h: i32) -> i32 {
    h ^= ((h as u32) >> 16) as i32;
    h = h.wrapping_mul(0x85eb_ca6b_u32 as i32);
    h ^= ((h as u32) >> 13) as i32;
    h = h.wrapping_mul(0xc2b2_ae35_u32 as i32);
    h ^= ((h as u32) >> 16) as i32;
    h
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The starting partitions that the `repartition` golden implies for map partitions
    /// 0..4 into 3 partitions.
    #[test]
    fn xorshift_matches_spark() {
        let starts: Vec<i32> = (0..4).map(|i| XorShiftRandom::new(i).next_int(3)).collect();
        assert_eq!(starts, vec![2, 0, 1, 2]);
    }

    /// A repartition of a repartition's output moves the earlier batches whole (the
    /// `z_fz_repartition_batches` golden): partition 1's two batches of 2 and 8 records
    /// land in different partitions, where ten records cut afresh would stay together.
    #[test]
    fn batches_of_a_shuffle_move_whole() {
        let ints = |r: std::ops::Range<i64>| r.map(Value::Int).collect::<Vec<_>>();
        let rdd = Rdd::new(vec![Vec::new(), ints(0..10)]);
        let (fresh, runs) = rdd.repartition_runs(2, None);
        assert_eq!(runs.iter().map(Vec::len).sum::<usize>(), 1);
        assert_eq!(fresh.partitions.iter().filter(|p| p.is_empty()).count(), 1);
        let (moved, runs) = rdd.repartition_runs(2, Some(&[vec![], vec![2, 8]]));
        assert_eq!(runs, vec![vec![8], vec![2]]);
        let firsts: Vec<_> = moved.partitions.iter().map(|p| p[0].repr()).collect();
        assert_eq!(firsts, vec!["2", "0"]);
        assert_eq!(rdd.coalesce_pieces(1), vec![vec![0, 10]]);
    }
}
