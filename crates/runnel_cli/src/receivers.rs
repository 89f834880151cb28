//! Sources of received data, on their own threads: lines from a TCP server (what
//! `socketTextStream` connects to, e.g. `nc -lk 9999`), from a WebSocket server (the
//! playground's kind of source) or from standard input, cut into a block every 200 ms as
//! Spark's `BlockGenerator` does (`spark.streaming.blockInterval`); and new files in a
//! directory for `textFileStream`.

use runnel_core::stream::StreamId;
use runnel_core::{Error, Result};
use std::collections::BTreeSet;
use std::io::{BufRead, BufReader};
use std::net::TcpStream;
use std::path::PathBuf;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc::{channel, Receiver, Sender};
use std::sync::{Arc, Mutex};
use std::thread;
use std::time::Duration;

/// Spark's default block interval.
const BLOCK_INTERVAL: Duration = Duration::from_millis(200);
/// Spark's receiver restarts after this delay when the connection fails.
const RETRY_DELAY: Duration = Duration::from_secs(2);

/// A block of lines for a stream.
pub(crate) type Block = (StreamId, Vec<String>);

/// Every source's blocks arrive on one channel.
pub(crate) struct Receivers {
    tx: Sender<Block>,
    rx: Receiver<Block>,
    dirs: Vec<(StreamId, PathBuf, BTreeSet<PathBuf>)>,
    /// Set once standard input has ended and its last lines were sent.
    stdin_ended: Arc<AtomicBool>,
}

impl Receivers {
    pub(crate) fn new() -> Receivers {
        let (tx, rx) = channel();
        Receivers {
            tx,
            rx,
            dirs: Vec::new(),
            stdin_ended: Arc::new(AtomicBool::new(false)),
        }
    }

    /// Lines of the text messages of the WebSocket server at `url` (a message may hold
    /// several lines), reconnecting as the TCP source does.
    pub(crate) fn websocket(&self, stream: StreamId, url: String) {
        let buffer = self.block_generator(stream);
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
                            let Ok(mut b) = buffer.lock() else { return };
                            b.extend(text.lines().map(str::to_string));
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
        let buffer = self.block_generator(stream);
        thread::spawn(move || {
            let mut warned = false;
            loop {
                match TcpStream::connect((host.as_str(), port)) {
                    Ok(conn) => {
                        warned = false;
                        read_lines(BufReader::new(conn), &buffer);
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

    /// Lines from standard input. At its end (Ctrl-D) the lines not yet in a block are
    /// sent at once and [`Receivers::stdin_ended`] turns true.
    pub(crate) fn stdin(&self, stream: StreamId) {
        let buffer = self.block_generator(stream);
        let (tx, ended) = (self.tx.clone(), self.stdin_ended.clone());
        thread::spawn(move || {
            read_lines(std::io::stdin().lock(), &buffer);
            if let Ok(mut b) = buffer.lock() {
                let rest = std::mem::take(&mut *b);
                if !rest.is_empty() {
                    let _ = tx.send((stream, rest));
                }
                ended.store(true, Ordering::SeqCst);
            }
        });
    }

    /// Whether standard input has ended. Read it before [`Receivers::drain`]: once true,
    /// every line of the input is in the channel.
    pub(crate) fn stdin_ended(&self) -> bool {
        self.stdin_ended.load(Ordering::SeqCst)
    }

    /// New files in `directory` (those there now are ignored, as Spark's `newFilesOnly`).
    pub(crate) fn directory(&mut self, stream: StreamId, directory: &str) -> Result<()> {
        let dir = PathBuf::from(directory);
        let seen = list(&dir)?.into_iter().collect();
        self.dirs.push((stream, dir, seen));
        Ok(())
    }

    /// The blocks that arrived since the last call, and each watched directory's new files.
    pub(crate) fn drain(&mut self) -> Vec<Block> {
        let mut blocks: Vec<Block> = self.rx.try_iter().collect();
        for (stream, dir, seen) in &mut self.dirs {
            for path in list(dir).unwrap_or_default() {
                if seen.insert(path.clone()) {
                    if let Ok(text) = std::fs::read_to_string(&path) {
                        blocks.push((*stream, text.lines().map(str::to_string).collect()));
                    }
                }
            }
        }
        blocks
    }

    /// A buffer that a thread empties into a block every 200 ms.
    fn block_generator(&self, stream: StreamId) -> Arc<Mutex<Vec<String>>> {
        let buffer = Arc::new(Mutex::new(Vec::new()));
        let (shared, tx) = (buffer.clone(), self.tx.clone());
        thread::spawn(move || loop {
            thread::sleep(BLOCK_INTERVAL);
            // Sent while the buffer is locked, so whoever locks it next (stdin's end) knows
            // every earlier block is in the channel.
            let Ok(mut b) = shared.lock() else { return };
            let lines = std::mem::take(&mut *b);
            if !lines.is_empty() && tx.send((stream, lines)).is_err() {
                return;
            }
        });
        buffer
    }
}

fn read_lines(reader: impl BufRead, buffer: &Mutex<Vec<String>>) {
    for line in reader.lines().map_while(|l| l.ok()) {
        match buffer.lock() {
            Ok(mut b) => b.push(line),
            Err(_) => return,
        }
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
