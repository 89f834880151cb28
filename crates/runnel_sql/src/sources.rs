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
    pub start_ms: Option<i64>,
    pub emitted: i64,
}

impl Source for RateSource {
    fn next_batch(&mut self, now_ms: i64) -> Result<Option<Vec<Row>>> {
        let start = *self.start_ms.get_or_insert(now_ms);
        let secs = (now_ms - start) / 1000;
        let due = secs * self.rows_per_second;
        if due <= self.emitted {
            return Ok(None);
        }
        let rows = (self.emitted..due)
            .map(|v| {
                let sec = v / self.rows_per_second.max(1);
                let within = v % self.rows_per_second.max(1);
                let ms = start + sec * 1000 + within * 1000 / self.rows_per_second.max(1);
                vec![Datum::Ts(ms * 1000), Datum::Long(v)]
            })
            .collect();
        self.emitted = due;
        Ok(Some(rows))
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
