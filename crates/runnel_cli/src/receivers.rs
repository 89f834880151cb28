//! Sources of received data, on their own threads: lines from a TCP server (what
//! `socketTextStream` connects to, e.g. `nc -lk 9999`), from a WebSocket server (the
//! playground's kind of source) or from standard input, each stamped with its arrival
//! time; and new files in a directory for `textFileStream`. The core's receiver tracker
//! (`Session::receive`) cuts the lines into 200 ms blocks, as the browser worker's are.

use runnel_core::stream::StreamId;
use runnel_core::{Error, Result};
use std::collections::BTreeSet;
use std::io::{BufRead, BufReader};
use std::net::TcpStream;
use std::path::PathBuf;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::thread;
use std::time::{Duration, SystemTime, UNIX_EPOCH};

/// Spark's receiver restarts after this delay when the connection fails.
const RETRY_DELAY: Duration = Duration::from_secs(2);

/// A block of lines for a stream (a new file).
pub(crate) type Block = (StreamId, Vec<String>);

/// Lines that arrived at a stream at one time (ms since the epoch).
pub(crate) type Arrival = (StreamId, i64, Vec<String>);

/// Every source's lines, as they arrive.
type Sink = Arc<Mutex<Vec<Arrival>>>;

/// A new file of a `binaryRecordsStream`: its path and bytes.
pub(crate) type BinaryFile = (StreamId, String, Vec<u8>);

/// What arrived since the last [`Receivers::drain`].
#[derive(Default)]
pub(crate) struct Drained {
    pub(crate) lines: Vec<Arrival>,
    pub(crate) files: Vec<Block>,
    pub(crate) binary_files: Vec<BinaryFile>,
}

pub(crate) struct Receivers {
    sink: Sink,
    /// Watched directories: the stream, the directory, the files seen, whether the
    /// stream reads bytes (`binaryRecordsStream`) rather than lines.
    dirs: Vec<(StreamId, PathBuf, BTreeSet<PathBuf>, bool)>,
    stdin: Option<StreamId>,
    /// Set once standard input has ended (every line of it is in `sink` by then).
    stdin_ended: Arc<AtomicBool>,
}

fn now_ms() -> i64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map(|d| d.as_millis() as i64)
        .unwrap_or(0)
}

/// Adds lines that arrived now, joining the previous arrival when it was the same stream
/// in the same millisecond.
fn arrive(sink: &Mutex<Vec<Arrival>>, stream: StreamId, lines: impl Iterator<Item = String>) {
    let now = now_ms();
    let Ok(mut s) = sink.lock() else { return };
    match s.last_mut() {
        Some((id, t, last)) if *id == stream && *t == now => last.extend(lines),
        _ => s.push((stream, now, lines.collect())),
    }
}

impl Receivers {
    pub(crate) fn new() -> Receivers {
        Receivers {
            sink: Arc::new(Mutex::new(Vec::new())),
            dirs: Vec::new(),
            stdin: None,
            stdin_ended: Arc::new(AtomicBool::new(false)),
        }
    }

    /// Lines of the text messages of the WebSocket server at `url` (a message may hold
    /// several lines), reconnecting as the TCP source does.
    pub(crate) fn websocket(&self, stream: StreamId, url: String) {
        let sink = self.sink.clone();
        thread::spawn(move || {
            let mut warned = false;
            loop {
                match tungstenite::connect(url.as_str()) {
                    Ok((mut socket, _)) => {
                        warned = false;
                        while let Ok(message) = socket.read() {
                            let text = match &message {
                                tungstenite::Message::Text(t) => t.as_str(),
                                tungstenite::Message::Close(_) => break,
                                _ => continue,
                            };
                            arrive(&sink, stream, text.lines().map(str::to_string));
                        }
                    }
                    Err(e) if !warned => {
                        eprintln!("runnel: cannot connect to {url} ({e}); retrying every 2 s");
                        warned = true;
                    }
                    Err(_) => {}
                }
                thread::sleep(RETRY_DELAY);
            }
        });
    }

    /// Lines from `host:port`, reconnecting when the connection drops.
    pub(crate) fn socket(&self, stream: StreamId, host: String, port: u16) {
        let sink = self.sink.clone();
        thread::spawn(move || {
            let mut warned = false;
            loop {
                match TcpStream::connect((host.as_str(), port)) {
                    Ok(conn) => {
                        warned = false;
                        read_lines(BufReader::new(conn), stream, &sink);
                    }
                    Err(e) if !warned => {
                        eprintln!("runnel: cannot connect to {host}:{port} ({e}); retrying every 2 s (start a server, e.g. `nc -lk {port}`)");
                        warned = true;
                    }
                    Err(_) => {}
                }
                thread::sleep(RETRY_DELAY);
            }
        });
    }

    /// Lines from standard input; at its end (Ctrl-D) [`Receivers::stdin_ended`] turns true.
    pub(crate) fn stdin(&mut self, stream: StreamId) {
        self.stdin = Some(stream);
        let (sink, ended) = (self.sink.clone(), self.stdin_ended.clone());
        thread::spawn(move || {
            read_lines(std::io::stdin().lock(), stream, &sink);
            ended.store(true, Ordering::SeqCst);
        });
    }

    /// The stream standard input feeds, once it has ended. Ask before [`Receivers::drain`]:
    /// then every line of the input is in what it drains.
    pub(crate) fn ended_stdin(&self) -> Option<StreamId> {
        self.stdin
            .filter(|_| self.stdin_ended.load(Ordering::SeqCst))
    }

    /// New files in `directory` (those there now are ignored, as Spark's `newFilesOnly`),
    /// as lines or, when `binary`, as bytes.
    pub(crate) fn directory(
        &mut self,
        stream: StreamId,
        directory: &str,
        binary: bool,
    ) -> Result<()> {
        let dir = PathBuf::from(directory);
        let seen = list(&dir)?.into_iter().collect();
        self.dirs.push((stream, dir, seen, binary));
        Ok(())
    }

    /// The lines that arrived since the last call, and each watched directory's new files.
    pub(crate) fn drain(&mut self) -> Drained {
        let lines = self
            .sink
            .lock()
            .map(|mut s| std::mem::take(&mut *s))
            .unwrap_or_default();
        let (mut files, mut binary_files) = (Vec::new(), Vec::new());
        for (stream, dir, seen, binary) in &mut self.dirs {
            for path in list(dir).unwrap_or_default() {
                if !seen.insert(path.clone()) {
                    continue;
                }
                if *binary {
                    if let Ok(bytes) = std::fs::read(&path) {
                        binary_files.push((*stream, path.display().to_string(), bytes));
                    }
                } else if let Ok(text) = std::fs::read_to_string(&path) {
                    files.push((*stream, text.lines().map(str::to_string).collect()));
                }
            }
        }
        Drained {
            lines,
            files,
            binary_files,
        }
    }
}

fn read_lines(reader: impl BufRead, stream: StreamId, sink: &Mutex<Vec<Arrival>>) {
    for line in reader.lines().map_while(|l| l.ok()) {
        arrive(sink, stream, std::iter::once(line));
    }
}

/// The visible files of a directory, sorted.
fn list(dir: &PathBuf) -> Result<Vec<PathBuf>> {
    let entries = std::fs::read_dir(dir)
        .map_err(|e| Error::new("FileNotFoundError", format!("{e}: '{}'", dir.display())))?;
    let mut files: Vec<PathBuf> = entries
        .filter_map(|e| e.ok())
        .map(|e| e.path())
        .filter(|p| p.is_file() && !crate::files::hidden(p))
        .collect();
    files.sort();
    Ok(files)
}

/// The paths and bytes of the files now in `directory`, in name order
/// (`binaryRecordsStream`).
pub(crate) fn binary_files_in(directory: &str) -> Result<Vec<(String, Vec<u8>)>> {
    list(&PathBuf::from(directory))?
        .iter()
        .map(|p| {
            let bytes = std::fs::read(p)
                .map_err(|e| Error::new("OSError", format!("{e}: '{}'", p.display())))?;
            Ok((p.display().to_string(), bytes))
        })
        .collect()
}

/// The contents of the files now in `directory`, in name order.
pub(crate) fn files_in(directory: &str) -> Result<Vec<String>> {
    list(&PathBuf::from(directory))?
        .iter()
        .map(|p| {
            std::fs::read_to_string(p)
                .map_err(|e| Error::new("OSError", format!("{e}: '{}'", p.display())))
        })
        .collect()
}
