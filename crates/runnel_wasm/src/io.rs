//! Files and receiver data of a deterministic run, all in memory: what the page pasted or
//! uploaded.

use runnel_core::stream::StreamId;
use runnel_core::{Error, Result, Value};
use runnel_pyspark::{binary_file_block, Io, MemoryIo, Source};
use std::cell::RefCell;
use std::collections::BTreeMap;

/// Files by path, and for each receiver source the text arriving before each batch.
pub struct PastedIo {
    files: MemoryIo,
    input: BTreeMap<String, Vec<String>>,
    /// Opened streams: the stream, its input's key, whether it reads bytes
    /// (`binaryRecordsStream`: each batch's text is one file, its UTF-8 bytes).
    opened: RefCell<Vec<(StreamId, String, bool)>>,
}

impl PastedIo {
    pub fn new(files: BTreeMap<String, String>, input: BTreeMap<String, Vec<String>>) -> PastedIo {
        PastedIo {
            files: MemoryIo::with_files(files),
            input,
            opened: RefCell::new(Vec::new()),
        }
    }
}

/// The key a source's data is given under: `"host:port"` or the directory.
pub fn source_key(source: &Source) -> String {
    match source {
        Source::Socket { host, port } => format!("{host}:{port}"),
        Source::TextFiles { directory } | Source::BinaryFiles { directory, .. } => {
            directory.clone()
        }
    }
}

/// A text's lines as records (`str.splitlines`-like: no trailing empty record).
pub fn lines(text: &str) -> Vec<Value> {
    text.lines().map(Value::str).collect()
}

impl Io for PastedIo {
    fn write_file(&self, path: &str, contents: &str) -> Result<()> {
        self.files.write(path, contents)
    }
    fn read_file(&self, path: &str) -> Result<String> {
        self.files.read(path)
    }
    fn list_dir(&self, dir: &str) -> Result<Vec<(String, i64)>> {
        self.files.list_dir(dir)
    }
    fn open_source(&self, stream: StreamId, source: &Source) -> Result<()> {
        let key = source_key(source);
        if !self.input.contains_key(&key) {
            return Err(Error::unsupported(format!(
                "{source:?} has no data: pass input: {{\"{key}\": [text of batch 1, text of batch 2, ...]}}"
            )));
        }
        let binary = matches!(source, Source::BinaryFiles { .. });
        self.opened.borrow_mut().push((stream, key, binary));
        Ok(())
    }
    fn blocks_before_batch(&self, k: i64) -> Vec<(StreamId, Vec<Value>)> {
        let index = usize::try_from(k - 1).unwrap_or(usize::MAX);
        self.opened
            .borrow()
            .iter()
            .filter_map(|(stream, key, binary)| {
                let text = self.input.get(key)?.get(index)?;
                Some(match binary {
                    true => (*stream, binary_file_block(key, text.as_bytes().to_vec())),
                    false => (*stream, lines(text)),
                })
            })
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use runnel_pyspark::{run_program, RunOptions};
    use std::rc::Rc;

    /// Each batch's pasted text is one file of a `binaryRecordsStream`: its UTF-8 bytes.
    #[test]
    fn binary_records_are_cut_from_each_batchs_text() {
        let input = BTreeMap::from([("data".to_string(), vec!["abcdef".into(), "é!".into()])]);
        let io = Rc::new(PastedIo::new(BTreeMap::new(), input));
        let src = "ssc.binaryRecordsStream('data', 3).map(lambda b: (b, len(b))).pprint()\n";
        let options = RunOptions {
            session: Default::default(),
            batches: 2,
            io,
        };
        let out = run_program(src, options);
        assert!(out.error.is_none(), "{:?}", out.error);
        let records: Vec<&str> = out.stdout.lines().filter(|l| l.starts_with('(')).collect();
        assert_eq!(
            records,
            ["(b'abc', 3)", "(b'def', 3)", "(b'\\xc3\\xa9!', 3)"]
        );
    }
}
