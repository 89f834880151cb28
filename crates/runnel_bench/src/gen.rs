//! The deterministic data generator: 100-byte text records (the D-Streams paper's setting)
//! of words drawn from a vocabulary with a Zipf distribution, one file per batch.
//!
//! Everything follows from the seed: the vocabulary (pseudo-words), the word draws and the
//! records, so two machines generate byte-identical files.

use std::collections::HashSet;
use std::io::Write as _;
use std::path::{Path, PathBuf};

/// Characters per record, without the newline.
pub const RECORD_LEN: usize = 100;

/// What to generate.
#[derive(Clone, Debug)]
pub struct GenSpec {
    pub seed: u64,
    /// Distinct words.
    pub vocabulary: usize,
    /// Zipf exponent: word of rank `r` (1-based) drawn with probability proportional to
    /// `1 / r^s`.
    pub zipf_s: f64,
    /// Records per batch file.
    pub records_per_batch: usize,
    /// Batch files.
    pub batches: usize,
    /// When set, each record starts with a key: an integer drawn uniformly from
    /// `0..key_space` (the state workloads' keys), then words.
    pub key_space: Option<u64>,
}

impl GenSpec {
    /// A one-line description, stored beside the files so a changed spec regenerates them.
    pub fn stamp(&self) -> String {
        format!(
            "seed={} vocabulary={} zipf_s={} records_per_batch={} batches={} key_space={:?} record_len={}",
            self.seed,
            self.vocabulary,
            self.zipf_s,
            self.records_per_batch,
            self.batches,
            self.key_space,
            RECORD_LEN
        )
    }
}

/// SplitMix64: small, fast and fully specified, so the data does not depend on a crate.
pub struct SplitMix(u64);

impl SplitMix {
    pub fn new(seed: u64) -> SplitMix {
        SplitMix(seed)
    }
    pub fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }
    /// Uniform in [0, 1).
    pub fn next_f64(&mut self) -> f64 {
        (self.next_u64() >> 11) as f64 / (1u64 << 53) as f64
    }
}

/// The vocabulary, most frequent first. Ranks 0..12 have lengths 1..=12 (so a record can
/// always be closed with a word of the exact length left); the others 2..=9 letters.
pub fn vocabulary(seed: u64, size: usize) -> Vec<String> {
    const CONSONANTS: &[u8] = b"bcdfghjklmnprstvwz";
    const VOWELS: &[u8] = b"aeiou";
    let mut rng = SplitMix::new(seed ^ 0x0076_6f63_6162);
    let mut seen = HashSet::with_capacity(size);
    let mut words = Vec::with_capacity(size);
    let mut forced: Vec<usize> = (1..=12).collect();
    // A fixed shuffle of the forced lengths, so the most frequent word is not "a".
    for i in (1..forced.len()).rev() {
        forced.swap(i, (rng.next_u64() % (i as u64 + 1)) as usize);
    }
    while words.len() < size {
        let len = match forced.get(words.len()) {
            Some(&l) => l,
            None => 2 + (rng.next_u64() % 8) as usize,
        };
        let mut w = String::with_capacity(len);
        let start_vowel = rng.next_u64().is_multiple_of(3);
        for i in 0..len {
            let r = rng.next_u64();
            let pick_vowel = (i % 2 == 0) == start_vowel;
            let c = if pick_vowel {
                VOWELS[(r % VOWELS.len() as u64) as usize]
            } else {
                CONSONANTS[(r % CONSONANTS.len() as u64) as usize]
            };
            w.push(c as char);
        }
        if seen.insert(w.clone()) {
            words.push(w);
        }
    }
    words
}

/// Draws ranks with probability proportional to `1 / (rank + 1)^s`.
pub struct Zipf {
    cdf: Vec<f64>,
}

impl Zipf {
    pub fn new(n: usize, s: f64) -> Zipf {
        let mut cdf = Vec::with_capacity(n);
        let mut total = 0.0;
        for r in 1..=n {
            total += 1.0 / (r as f64).powf(s);
            cdf.push(total);
        }
        for c in &mut cdf {
            *c /= total;
        }
        Zipf { cdf }
    }
    pub fn sample(&self, rng: &mut SplitMix) -> usize {
        let u = rng.next_f64();
        self.cdf
            .partition_point(|&c| c <= u)
            .min(self.cdf.len() - 1)
    }
}

/// Builds one record of exactly [`RECORD_LEN`] characters: Zipf words separated by single
/// spaces, closed by the most frequent word of exactly the length that is left.
fn record(
    out: &mut String,
    key: Option<u64>,
    words: &[String],
    by_len: &[Option<usize>],
    zipf: &Zipf,
    rng: &mut SplitMix,
) {
    let start = out.len();
    if let Some(k) = key {
        out.push_str(&k.to_string());
    }
    let mut len = out.len() - start;
    let mut misses = 0;
    loop {
        let w = &words[zipf.sample(rng)];
        let need = if len == 0 { w.len() } else { w.len() + 1 };
        let after = len + need;
        // Leave either nothing or room for " x" (two characters) for the closing word.
        if after == RECORD_LEN || after + 2 <= RECORD_LEN {
            if len > 0 {
                out.push(' ');
            }
            out.push_str(w);
            len = after;
            if len == RECORD_LEN {
                break;
            }
            misses = 0;
        } else {
            misses += 1;
        }
        let left = RECORD_LEN - len;
        if misses >= 4 || left <= 3 {
            let want = if len == 0 { left } else { left - 1 };
            if let Some(Some(rank)) = by_len.get(want) {
                if len > 0 {
                    out.push(' ');
                }
                out.push_str(&words[*rank]);
                break;
            }
        }
    }
    debug_assert_eq!(out.len() - start, RECORD_LEN);
    out.push('\n');
}

/// The batch files' paths, in order.
pub fn batch_paths(dir: &Path, batches: usize) -> Vec<PathBuf> {
    (0..batches)
        .map(|i| dir.join(format!("batch-{i:05}.txt")))
        .collect()
}

/// Generates the files into `dir` unless a stamp says they are already there.
/// Returns the paths and whether it generated anything.
pub fn generate(spec: &GenSpec, dir: &Path) -> std::io::Result<(Vec<PathBuf>, bool)> {
    let stamp_path = dir.join("SPEC");
    let paths = batch_paths(dir, spec.batches);
    if std::fs::read_to_string(&stamp_path).ok().as_deref() == Some(spec.stamp().as_str())
        && paths.iter().all(|p| p.exists())
    {
        return Ok((paths, false));
    }
    std::fs::create_dir_all(dir)?;
    let words = vocabulary(spec.seed, spec.vocabulary);
    let mut by_len: Vec<Option<usize>> = vec![None; 16];
    for (rank, w) in words.iter().enumerate() {
        if w.len() < by_len.len() && by_len[w.len()].is_none() {
            by_len[w.len()] = Some(rank);
        }
    }
    let zipf = Zipf::new(words.len(), spec.zipf_s);
    let mut rng = SplitMix::new(spec.seed);
    let mut text = String::with_capacity(spec.records_per_batch * (RECORD_LEN + 1));
    for p in &paths {
        text.clear();
        for _ in 0..spec.records_per_batch {
            let key = spec.key_space.map(|k| rng.next_u64() % k);
            record(&mut text, key, &words, &by_len, &zipf, &mut rng);
        }
        let mut f = std::io::BufWriter::new(std::fs::File::create(p)?);
        f.write_all(text.as_bytes())?;
        f.flush()?;
    }
    std::fs::write(&stamp_path, spec.stamp())?;
    Ok((paths, true))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn records_are_100_chars_and_deterministic() {
        let words = vocabulary(7, 1000);
        let mut by_len: Vec<Option<usize>> = vec![None; 16];
        for (rank, w) in words.iter().enumerate() {
            if w.len() < 16 && by_len[w.len()].is_none() {
                by_len[w.len()] = Some(rank);
            }
        }
        let zipf = Zipf::new(words.len(), 1.0);
        let make = || {
            let mut rng = SplitMix::new(7);
            let mut s = String::new();
            for i in 0..500 {
                let key = (i % 2 == 0).then_some(i * 1999);
                record(&mut s, key, &words, &by_len, &zipf, &mut rng);
            }
            s
        };
        let a = make();
        assert_eq!(a, make());
        for line in a.lines() {
            assert_eq!(line.len(), RECORD_LEN, "{line:?}");
            assert!(!line.contains("  ") && !line.starts_with(' ') && !line.ends_with(' '));
        }
    }
}
