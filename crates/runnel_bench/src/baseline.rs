//! The practical limit: a hand-written, single-purpose word count over the same batch
//! files. Per batch: read the file, split each line on spaces, count the words in a
//! `HashMap`, and print a small summary (as the workload's `pprint(3)` would).

use std::collections::HashMap;
use std::io::Write;
use std::path::PathBuf;
use std::time::Instant;

/// One batch's figures.
pub struct BatchTime {
    pub records: usize,
    pub seconds: f64,
}

/// Counts the words of each file, one file per batch. Returns each batch's time (reading
/// the file included).
pub fn word_count(paths: &[PathBuf], out: &mut impl Write) -> std::io::Result<Vec<BatchTime>> {
    let mut times = Vec::with_capacity(paths.len());
    for p in paths {
        let t0 = Instant::now();
        let text = std::fs::read_to_string(p)?;
        let mut counts: HashMap<&str, u64> = HashMap::new();
        let mut records = 0;
        for line in text.lines() {
            records += 1;
            for w in line.split(' ') {
                *counts.entry(w).or_insert(0) += 1;
            }
        }
        let mut shown: Vec<(&str, u64)> = counts.iter().take(3).map(|(k, v)| (*k, *v)).collect();
        shown.sort_unstable();
        writeln!(out, "{} distinct, first: {shown:?}", counts.len())?;
        times.push(BatchTime {
            records,
            seconds: t0.elapsed().as_secs_f64(),
        });
    }
    Ok(times)
}
