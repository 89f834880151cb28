//! `--clock logical`: N batches at once, on a clock whose zero time is the epoch.

use crate::{files, RunArgs};
use anyhow::Result;
use runnel_core::stream::StreamId;
use runnel_core::{Error, Value};
use runnel_pyspark::{run_program, Io, RunOptions, SessionOptions, Source};
use std::cell::RefCell;
use std::io::BufRead;
use std::process::ExitCode;
use std::rc::Rc;

pub(crate) fn run(
    source: &str,
    options: SessionOptions,
    batches: i64,
    args: &RunArgs,
) -> Result<ExitCode> {
    let io = Rc::new(DiskIo {
        stdin: args.stdin,
        first_blocks: RefCell::new(Vec::new()),
    });
    let out = run_program(
        source,
        RunOptions {
            session: options,
            batches,
            io,
        },
    );
    if args.json {
        crate::stdout::write(&format!("{}\n", serde_json::to_string(&out)?));
    } else {
        crate::stdout::write(&out.stdout);
    }
    if !args.json || out.error.is_some() {
        eprint!("{}", out.stderr);
    }
    Ok(match &out.error {
        Some(e) => {
            eprintln!("{e}");
            ExitCode::FAILURE
        }
        None => ExitCode::SUCCESS,
    })
}

/// Files on disk. A logical run cannot wait for data, so its sources are read when they
/// open and handed to the first batch: standard input for `socketTextStream` with
/// `--stdin`, and the files already in a `textFileStream` directory (one block each).
struct DiskIo {
    stdin: bool,
    first_blocks: RefCell<Vec<(StreamId, Vec<Value>)>>,
}

impl Io for DiskIo {
    fn write_file(&self, path: &str, contents: &str) -> runnel_core::Result<()> {
        files::write_file(path, contents)
    }
    fn read_file(&self, path: &str) -> runnel_core::Result<String> {
        files::read_file(path)
    }
    fn list_dir(&self, dir: &str) -> runnel_core::Result<Vec<(String, i64)>> {
        files::list_dir(dir)
    }
    fn open_source(&self, stream: StreamId, source: &Source) -> runnel_core::Result<()> {
        match source {
            Source::Socket { .. } if self.stdin => {
                let lines: Vec<Value> = std::io::stdin().lock().lines().map_while(|l| l.ok()).map(|l| Value::str(&l)).collect();
                self.first_blocks.borrow_mut().push((stream, lines));
                Ok(())
            }
            Source::Socket { host, port } => Err(Error::unsupported(format!(
                "socketTextStream(\"{host}\", {port}) needs data arriving over time: run with --clock system, or pass --stdin to read standard input"
            ))),
            Source::TextFiles { directory } => {
                for text in crate::receivers::files_in(directory)? {
                    let lines = text.lines().map(Value::str).collect();
                    self.first_blocks.borrow_mut().push((stream, lines));
                }
                Ok(())
            }
            Source::BinaryFiles { directory, .. } => {
                for (path, bytes) in crate::receivers::binary_files_in(directory)? {
                    let block = runnel_pyspark::binary_file_block(&path, bytes);
                    self.first_blocks.borrow_mut().push((stream, block));
                }
                Ok(())
            }
        }
    }
    fn poll_source(&self, stream: StreamId) -> Vec<String> {
        let mut blocks = self.first_blocks.borrow_mut();
        let mut lines = Vec::new();
        blocks.retain(|(s, records)| {
            if *s != stream {
                return true;
            }
            lines.extend(records.iter().map(|v| v.to_str()));
            false
        });
        lines
    }
    fn blocks_before_batch(&self, k: i64) -> Vec<(StreamId, Vec<Value>)> {
        if k == 1 {
            std::mem::take(&mut *self.first_blocks.borrow_mut())
        } else {
            Vec::new()
        }
    }
}
