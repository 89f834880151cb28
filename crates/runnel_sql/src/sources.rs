//! Streaming sources: files (text, JSON lines, CSV) in a directory, the rate source, and
//! lines pushed by the host (socket); and the parsing of each format into rows.

use crate::cast::cast;
use crate::datum::{Datum, Row};
use crate::expr::EvalCtx;
use crate::query::Source;
use crate::types::{DataType, Schema};
use crate::SqlHost;
use runnel_core::Result;
use std::collections::HashSet;
use std::rc::Rc;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    Text,
    Json,
    Csv,
}

/// How to read files: format, schema and options.
#[derive(Clone, Debug)]
pub struct FileFormat {
    pub format: Format,
    pub schema: Schema,
    pub header: bool,
    pub sep: char,
    pub tz_offset_ms: i64,
}

/// `readStream...load(dir)`: new files each batch, oldest first, `maxFilesPerTrigger` at
/// a time (Spark's `FileStreamSource`).
pub struct FileSource {
    pub host: Rc<dyn SqlHost>,
    pub dir: String,
    pub format: FileFormat,
    pub max_files: Option<usize>,
    pub seen: HashSet<String>,
}

impl Source for FileSource {
    fn next_batch(&mut self, _now_ms: i64) -> Result<Option<Vec<Row>>> {
        let mut files: Vec<(String, i64)> = self
            .host
            .list_dir(&self.dir)?
            .into_iter()
            .filter(|(p, _)| !self.seen.contains(p))
            .collect();
        files.sort_by_key(|(_, mtime)| *mtime);
        if let Some(n) = self.max_files {
            files.truncate(n.max(1));
        }
        if files.is_empty() {
            return Ok(None);
        }
        // Each small file is its own input partition, and Spark packs partitions largest
        // file first (FilePartition.getFilePartitions), so a batch's rows come in that order.
        let mut texts = Vec::new();
        for (path, _) in files {
            texts.push(self.host.read_file(&path)?);
            self.seen.insert(path);
        }
        texts.sort_by_key(|t| std::cmp::Reverse(t.len()));
        Ok(Some(
            texts.iter().flat_map(|t| parse(t, &self.format)).collect(),
        ))
    }
    fn unlimit(&mut self) {
        self.max_files = None;
    }
}

/// The rows of one file's text.
pub fn parse(text: &str, f: &FileFormat) -> Vec<Row> {
    let mut lines: Vec<&str> = text
        .split('\n')
        .map(|l| l.strip_suffix('\r').unwrap_or(l))
        .collect();
    if lines.last() == Some(&"") {
        lines.pop();
    }
    match f.format {
        Format::Text => lines.into_iter().map(|l| vec![Datum::str(l)]).collect(),
        Format::Json => lines
            .into_iter()
            .filter(|l| !l.trim().is_empty())
            .map(|l| json_row(l, f))
            .collect(),
        Format::Csv => {
            let skip = usize::from(f.header);
            lines
                .into_iter()
                .skip(skip)
                .filter(|l| !l.is_empty())
                .map(|l| csv_row(l, f))
                .collect()
        }
    }
}

fn ctx(f: &FileFormat) -> EvalCtx {
    EvalCtx {
        tz_offset_ms: f.tz_offset_ms,
        now_us: 0,
    }
}

fn json_row(line: &str, f: &FileFormat) -> Row {
    let Ok(serde_json::Value::Object(obj)) = serde_json::from_str::<serde_json::Value>(line) else {
        return vec![Datum::Null; f.schema.fields.len()];
    };
    f.schema
        .fields
        .iter()
        .map(|field| {
            let v = obj
                .iter()
                .find(|(k, _)| k.as_str() == field.name)
                .map(|(_, v)| v);
            v.map_or(Datum::Null, |v| json_value(v, &field.data_type, f))
        })
        .collect()
}

/// A JSON value read as a column of type `t` (Spark's `JacksonParser`, permissive).
pub fn json_value(v: &serde_json::Value, t: &DataType, f: &FileFormat) -> Datum {
    use serde_json::Value as J;
    match (v, t) {
        (J::Null, _) => Datum::Null,
        (J::String(s), DataType::String) => Datum::str(s),
        (J::String(s), t) => cast(Datum::str(s), &DataType::String, t, &ctx(f)),
        (J::Number(n), DataType::String) => Datum::str(&n.to_string()),
        (J::Number(n), DataType::Int | DataType::Long) => {
            n.as_i64().map_or(Datum::Null, Datum::Long)
        }
        (J::Number(n), DataType::Double) => n.as_f64().map_or(Datum::Null, Datum::Double),
        (J::Number(n), DataType::Timestamp) => {
            n.as_i64().map_or(Datum::Null, |s| Datum::Ts(s * 1_000_000))
        }
        (J::Bool(b), DataType::Boolean) => Datum::Bool(*b),
        (J::Bool(b), DataType::String) => Datum::str(&b.to_string()),
        (J::Array(xs), DataType::Array(e)) => {
            Datum::Array(Rc::new(xs.iter().map(|x| json_value(x, e, f)).collect()))
        }
        (J::Object(o), DataType::Struct(fs)) => Datum::Struct(Rc::new(
            fs.iter()
                .map(|fd| {
                    o.get(&fd.name)
                        .map_or(Datum::Null, |x| json_value(x, &fd.data_type, f))
                })
                .collect(),
        )),
        (other, DataType::String) => Datum::str(&other.to_string()),
        _ => Datum::Null,
    }
}

/// One CSV line's fields (double quotes group, `""` is a quote).
pub fn csv_fields(line: &str, sep: char) -> Vec<Option<String>> {
    let mut out = Vec::new();
    let mut cur = String::new();
    let mut quoted = false;
    let mut was_quoted = false;
    let mut chars = line.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '"' if quoted && chars.peek() == Some(&'"') => {
                cur.push('"');
                chars.next();
            }
            '"' => {
                quoted = !quoted;
                was_quoted = true;
            }
            c if c == sep && !quoted => {
                out.push(field(std::mem::take(&mut cur), was_quoted));
                was_quoted = false;
            }
            c => cur.push(c),
        }
    }
    out.push(field(cur, was_quoted));
    out
}

fn field(s: String, quoted: bool) -> Option<String> {
    // Spark reads an empty unquoted field as null.
    (quoted || !s.is_empty()).then_some(s)
}

fn csv_row(line: &str, f: &FileFormat) -> Row {
    let parts = csv_fields(line, f.sep);
    f.schema
        .fields
        .iter()
        .enumerate()
        .map(|(i, field)| match parts.get(i).cloned().flatten() {
            None => Datum::Null,
            Some(s) => cast(Datum::str(&s), &DataType::String, &field.data_type, &ctx(f)),
        })
        .collect()
}

/// `format("rate")`: `rowsPerSecond` rows each second of the (logical or wall) clock,
/// `(timestamp, value)`, values counting from 0, timestamps spread over the second.
pub struct RateSource {
    pub rows_per_second: i64,
    /// `rampUpTime` in seconds: the rate grows to `rows_per_second` over this time.
    pub ramp_up_secs: i64,
    /// `numPartitions`: each batch's values are dealt round-robin to this many
    /// partitions, whose rows come one partition after another.
    pub partitions: usize,
    /// When the source was created (its offsets are whole seconds since then).
    pub start_ms: Option<i64>,
    /// The offset the last batch ended at; `None` before the first batch.
    pub last_secs: Option<i64>,
}

impl RateSource {
    /// `RateStreamProvider.valueAtSecond`: how many values exist `seconds` after the
    /// start.
    pub fn value_at_second(&self, seconds: i64) -> i64 {
        let (rps, ramp) = (self.rows_per_second, self.ramp_up_secs);
        let delta = rps / (ramp + 1);
        if seconds <= ramp {
            if seconds % 2 == 1 {
                (seconds + 1) / 2 * delta * seconds
            } else {
                seconds / 2 * delta * (seconds + 1)
            }
        } else {
            let ramp_part = self.value_at_second(ramp);
            ramp_part + (seconds - ramp) * rps
        }
    }

    /// `RateStreamMicroBatchStream.planInputPartitions` and its readers: the rows of the
    /// offsets `from..to` (seconds).
    pub fn rows(&self, start_ms: i64, from: i64, to: i64) -> Vec<Row> {
        let (lo, hi) = (self.value_at_second(from), self.value_at_second(to));
        if lo == hi {
            return Vec::new();
        }
        let local_start = start_ms + from * 1000;
        let ms_per_value = ((to - from) * 1000) as f64 / (hi - lo) as f64;
        let n = self.partitions.max(1) as i64;
        let mut out = Vec::with_capacity((hi - lo) as usize);
        for p in 0..n {
            let mut v = lo + p;
            while v < hi {
                // Java's Math.round: half up.
                let rel = ((v - lo) as f64 * ms_per_value + 0.5).floor() as i64;
                out.push(vec![Datum::Ts((local_start + rel) * 1000), Datum::Long(v)]);
                v += n;
            }
        }
        out
    }
}

impl Source for RateSource {
    fn start(&mut self, now_ms: i64) {
        self.start_ms.get_or_insert(now_ms);
    }

    fn next_batch(&mut self, now_ms: i64) -> Result<Option<Vec<Row>>> {
        let start = *self.start_ms.get_or_insert(now_ms);
        let to = (now_ms - start).max(0) / 1000;
        // The first batch runs even at offset 0 (its range is empty), as Spark's does:
        // the source's first offset is new data.
        let from = match self.last_secs {
            Some(last) if to <= last => return Ok(None),
            Some(last) => last,
            None => 0,
        };
        self.last_secs = Some(to);
        Ok(Some(self.rows(start, from, to)))
    }
}

/// The rate source under `trigger(continuous=...)` (`RateStreamContinuousStream`):
/// partition `p` of `n` makes the values `p, p + n, ...`, one every
/// `1000 / (rowsPerSecond / n)` ms from the start, each stamped with the time it is made
/// and going to the epoch that time falls in; an epoch's rows come partition by
/// partition.
pub struct ContinuousRateSource {
    pub rows_per_second: i64,
    pub partitions: usize,
    pub start_ms: Option<i64>,
    /// How many rows each partition has made.
    pub made: Vec<i64>,
}

impl ContinuousRateSource {
    fn rows_until(&mut self, t: i64) -> Vec<Row> {
        let start = *self.start_ms.get_or_insert(t);
        let n = self.partitions.max(1);
        self.made.resize(n, 0);
        let per_partition = self.rows_per_second as f64 / n as f64;
        let every = ((1000.0 / per_partition) as i64).max(1);
        let mut out = Vec::new();
        for (p, made) in self.made.iter_mut().enumerate() {
            while start + (*made + 1) * every <= t {
                let ts = start + (*made + 1) * every;
                out.push(vec![
                    Datum::Ts(ts * 1000),
                    Datum::Long(p as i64 + *made * n as i64),
                ]);
                *made += 1;
            }
        }
        out
    }
}

impl Source for ContinuousRateSource {
    fn start(&mut self, now_ms: i64) {
        self.start_ms.get_or_insert(now_ms);
    }

    fn next_batch(&mut self, now_ms: i64) -> Result<Option<Vec<Row>>> {
        let rows = self.rows_until(now_ms);
        Ok((!rows.is_empty()).then_some(rows))
    }

    fn next_epoch(&mut self, end_ms: i64) -> Result<Vec<Row>> {
        Ok(self.rows_until(end_ms))
    }
}

/// `format("socket")`: the lines the host received since the last batch.
pub struct SocketSource {
    pub host: Rc<dyn SqlHost>,
    pub id: usize,
}

impl Source for SocketSource {
    fn next_batch(&mut self, _now_ms: i64) -> Result<Option<Vec<Row>>> {
        let lines = self.host.poll_socket(self.id);
        if lines.is_empty() {
            return Ok(None);
        }
        Ok(Some(lines.iter().map(|l| vec![Datum::str(l)]).collect()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rate(rps: i64, ramp: i64, partitions: usize) -> RateSource {
        RateSource {
            rows_per_second: rps,
            ramp_up_secs: ramp,
            partitions,
            start_ms: None,
            last_secs: None,
        }
    }

    #[test]
    fn ramp_up_values_follow_spark() {
        // RateStreamProvider's own example: rampUpTime 4 s, 10 rows/s; speeds
        // 0 2 4 6 8 10 10 give end values 0 2 6 12 20 30 40.
        let r = rate(10, 4, 1);
        let ends: Vec<i64> = (0..7).map(|s| r.value_at_second(s)).collect();
        assert_eq!(ends, vec![0, 2, 6, 12, 20, 30, 40]);
    }

    #[test]
    fn batches_cover_whole_seconds_dealt_to_partitions() {
        let mut r = rate(2, 0, 3);
        let first = r.next_batch(500).unwrap();
        assert!(first.is_some_and(|rows| rows.is_empty()), "offset 0 first");
        assert!(r.next_batch(1400).unwrap().is_none(), "no new whole second");
        let rows = r.next_batch(2600).unwrap().unwrap();
        let got: Vec<(i64, i64)> = rows
            .iter()
            .map(|row| match (&row[0], &row[1]) {
                (Datum::Ts(t), Datum::Long(v)) => (*v, t / 1000),
                _ => panic!("timestamp, value"),
            })
            .collect();
        // Values 0..4 over 2 s (500 ms apart), partitions of 3 taking v, v+3...
        assert_eq!(got, vec![(0, 500), (3, 2000), (1, 1000), (2, 1500)]);
    }
}
