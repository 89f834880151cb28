//! `sc.textFile`: a text split into partitions the way Hadoop's `TextInputFormat` splits a
//! local file (which is what Spark reads it with).

use super::Rdd;
use crate::value::Value;

/// Hadoop's block size for the local file system.
const LOCAL_BLOCK_SIZE: usize = 32 * 1024 * 1024;
/// Hadoop's `SPLIT_SLOP`: the last split may be up to 10% larger.
const SPLIT_SLOP: f64 = 1.1;

impl Rdd {
    /// `sc.textFile(path, minPartitions)` over the file's contents: splits of
    /// `min(total / minPartitions, 32 MB)` bytes; a line belongs to the split its first byte
    /// is in, except that a line starting exactly at a split's start belongs to the split
    /// before (Hadoop's `LineRecordReader` reads one line past its end and skips its first).
    pub fn text_file(text: &str, min_partitions: usize) -> Rdd {
        let splits = split_starts(text.len(), min_partitions.max(1));
        let mut partitions = vec![Vec::new(); splits.len()];
        for (start, line) in lines_with_offsets(text) {
            // The split i with starts[i] < start <= starts[i+1]; a line at 0 goes to split 0.
            let i = splits.iter().rposition(|&s| s < start).unwrap_or(0);
            partitions[i].push(Value::str(line));
        }
        Rdd::new(partitions)
    }
}

/// The start offsets of Hadoop's splits of a file of `len` bytes.
fn split_starts(len: usize, min_partitions: usize) -> Vec<usize> {
    let split = (len / min_partitions).clamp(1, LOCAL_BLOCK_SIZE);
    let mut starts = Vec::new();
    let mut remaining = len;
    while remaining as f64 / split as f64 > SPLIT_SLOP {
        starts.push(len - remaining);
        remaining -= split;
    }
    if remaining != 0 || starts.is_empty() {
        starts.push(len - remaining);
    }
    starts
}

/// Each line's byte offset and text, without its `\n`, `\r\n` or `\r`.
fn lines_with_offsets(text: &str) -> impl Iterator<Item = (usize, &str)> {
    let bytes = text.as_bytes();
    let mut start = 0;
    std::iter::from_fn(move || {
        if start >= bytes.len() {
            return None;
        }
        let line_start = start;
        match memchr::memchr2(b'\n', b'\r', &bytes[start..]) {
            Some(i) => {
                let end = start + i;
                let crlf = bytes[end] == b'\r' && bytes.get(end + 1) == Some(&b'\n');
                start = end + 1 + crlf as usize;
                Some((line_start, &text[line_start..end]))
            }
            None => {
                start = bytes.len();
                Some((line_start, &text[line_start..]))
            }
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn splits_like_hadoop() {
        // 4 lines of 6 bytes: goal 12 bytes, splits at 0 and 12; the line at 12 starts
        // exactly on the second split, so it belongs to the first.
        let rdd = Rdd::text_file("aaaaa\nbbbbb\nccccc\nddddd\n", 2);
        let parts: Vec<Vec<String>> = rdd
            .partitions
            .iter()
            .map(|p| p.iter().map(|v| v.to_str()).collect())
            .collect();
        assert_eq!(parts, vec![vec!["aaaaa", "bbbbb", "ccccc"], vec!["ddddd"]]);
        assert_eq!(Rdd::text_file("", 2).num_partitions(), 1);
    }

    #[test]
    fn ends_lines_at_lf_crlf_and_cr() {
        let lines: Vec<(usize, &str)> = lines_with_offsets("a\r\nbb\rc\n\nd").collect();
        assert_eq!(
            lines,
            vec![(0, "a"), (3, "bb"), (6, "c"), (8, ""), (9, "d")]
        );
        let lines: Vec<(usize, &str)> = lines_with_offsets("x\r").collect();
        assert_eq!(lines, vec![(0, "x")]);
    }
}
