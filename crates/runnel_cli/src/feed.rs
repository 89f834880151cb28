//! `runnel feed`: a WebSocket line server, as `nc -lk 9999` is a TCP one for Spark. It
//! accepts clients (the playground's `?socket=ws://...`, `runnel run --websocket`) and
//! sends each of them every line typed on stdin or read from a file, at a given rate.
//!
//! Like `nc -l`, it reads its input only once a client has connected, so lines typed or
//! read before are not lost. At the end of the input it closes the connections and exits.

use anyhow::{Context, Result};
use std::io::{BufRead, BufReader};
use std::net::{TcpListener, TcpStream};
use std::path::PathBuf;
use std::sync::{Arc, Condvar, Mutex};
use std::thread;
use std::time::{Duration, Instant};
use tungstenite::{Message, WebSocket};

/// How often paced lines are sent: the lines due in each tick go as one message (the
/// receivers split messages into lines).
const TICK: Duration = Duration::from_millis(10);
/// Without a rate, lines read from a file go this many to a message.
const CHUNK: usize = 1000;

#[derive(clap::Parser)]
pub(crate) struct FeedArgs {
    /// The port to listen on.
    #[arg(long)]
    port: u16,
    /// The address to listen on (127.0.0.1: this machine only).
    #[arg(long, default_value = "127.0.0.1")]
    host: String,
    /// Read the lines from this file instead of standard input.
    #[arg(long)]
    file: Option<PathBuf>,
    /// Lines per second (default: as fast as they are read).
    #[arg(long)]
    rate: Option<f64>,
}

type Clients = Arc<(Mutex<Vec<WebSocket<TcpStream>>>, Condvar)>;

pub(crate) fn run(args: FeedArgs) -> Result<()> {
    if args.rate.is_some_and(|r| !r.is_finite() || r <= 0.0) {
        anyhow::bail!("--rate must be a positive number of lines per second");
    }
    let listener = TcpListener::bind((args.host.as_str(), args.port))
        .with_context(|| format!("cannot listen on {}:{}", args.host, args.port))?;
    let addr = listener.local_addr()?;
    eprintln!("runnel feed: serving ws://{addr}/ (waiting for a client)");
    let clients: Clients = Arc::new((Mutex::new(Vec::new()), Condvar::new()));
    let accepting = clients.clone();
    thread::spawn(move || accept(listener, &accepting));
    wait_for_client(&clients);
    let input: Box<dyn BufRead> = match &args.file {
        Some(path) => Box::new(BufReader::new(
            std::fs::File::open(path).with_context(|| format!("cannot read {}", path.display()))?,
        )),
        None => Box::new(std::io::stdin().lock()),
    };
    let sent = match args.rate {
        Some(rate) => send_paced(input, rate, &clients),
        None => send_as_read(input, args.file.is_some(), &clients),
    }?;
    close_all(&clients);
    eprintln!("runnel feed: end of input after {sent} lines");
    Ok(())
}

/// Accepts WebSocket clients until the process ends.
fn accept(listener: TcpListener, clients: &Clients) {
    for conn in listener.incoming().map_while(|c| c.ok()) {
        let peer = conn.peer_addr().map(|a| a.to_string()).unwrap_or_default();
        match tungstenite::accept(conn) {
            Ok(ws) => {
                eprintln!("runnel feed: client {peer} connected");
                let (list, ready) = &**clients;
                if let Ok(mut list) = list.lock() {
                    list.push(ws);
                    ready.notify_all();
                }
            }
            Err(e) => eprintln!("runnel feed: {peer}: not a WebSocket client ({e})"),
        }
    }
}

fn wait_for_client(clients: &Clients) {
    let (list, ready) = &**clients;
    let Ok(mut guard) = list.lock() else { return };
    while guard.is_empty() {
        match ready.wait(guard) {
            Ok(g) => guard = g,
            Err(_) => return,
        }
    }
}

/// Sends `lines` as one message to every client, dropping those that went away.
fn broadcast(clients: &Clients, lines: &[String]) {
    if lines.is_empty() {
        return;
    }
    let text = lines.join("\n");
    let Ok(mut list) = clients.0.lock() else {
        return;
    };
    list.retain_mut(|ws| ws.send(Message::text(text.clone())).is_ok());
}

/// Interactive input goes line by line as typed; a file in chunks.
fn send_as_read(input: Box<dyn BufRead>, chunked: bool, clients: &Clients) -> Result<usize> {
    let size = if chunked { CHUNK } else { 1 };
    let mut pending = Vec::with_capacity(size);
    let mut sent = 0;
    for line in input.lines() {
        pending.push(line.context("cannot read the input")?);
        if pending.len() >= size {
            sent += pending.len();
            broadcast(clients, &std::mem::take(&mut pending));
        }
    }
    sent += pending.len();
    broadcast(clients, &pending);
    Ok(sent)
}

/// `rate` lines per second: each tick sends the lines due by then.
fn send_paced(input: Box<dyn BufRead>, rate: f64, clients: &Clients) -> Result<usize> {
    let start = Instant::now();
    let mut lines = input.lines();
    let mut sent = 0usize;
    loop {
        let due = (start.elapsed().as_secs_f64() * rate).floor() as usize + 1;
        let mut batch = Vec::new();
        while sent + batch.len() < due {
            match lines.next() {
                Some(line) => batch.push(line.context("cannot read the input")?),
                None => {
                    broadcast(clients, &batch);
                    return Ok(sent + batch.len());
                }
            }
        }
        sent += batch.len();
        broadcast(clients, &batch);
        thread::sleep(TICK);
    }
}

fn close_all(clients: &Clients) {
    if let Ok(mut list) = clients.0.lock() {
        for ws in list.iter_mut() {
            let _ = ws.close(None);
            let _ = ws.flush();
        }
    }
}
