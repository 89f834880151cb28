//! `runnel`: runs the course's PySpark Streaming programs natively.
//!
//! ```text
//! runnel run program.py                                   # batches on the wall clock, like Spark
//! runnel run program.py --batches 4 --clock logical       # 4 batches at once, zero time 1970-01-01
//! runnel run program.py --batches 4 --clock logical --json --record nuevoDStream
//! runnel feed --port 9999 --file lines.txt --rate 100     # a WebSocket line server
//! ```

mod feed;
mod files;
mod logical;
mod progress;
mod receivers;
mod stdout;
mod system;

use anyhow::{bail, Context, Result};
use clap::{Parser, Subcommand, ValueEnum};
use runnel_pyspark::{ExecutorRef, SessionOptions};
use std::path::PathBuf;
use std::process::ExitCode;
use std::rc::Rc;

#[derive(Parser)]
#[command(
    name = "runnel",
    version,
    about = "Runs PySpark Streaming programs, with Spark's output, without a JVM"
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Runs a PySpark Streaming program.
    Run(RunArgs),
    /// Serves lines typed on stdin (or read from a file) to WebSocket clients, the way
    /// `nc -lk 9999` feeds Spark: for the playground (`?socket=ws://127.0.0.1:9999/`) and
    /// `runnel run --websocket`.
    Feed(feed::FeedArgs),
}

#[derive(Parser)]
pub(crate) struct RunArgs {
    /// The program (a .py file).
    program: PathBuf,
    /// How many batch intervals to run (default: until the program stops, or Ctrl-C).
    #[arg(long)]
    batches: Option<i64>,
    /// The batch interval of the predefined `ssc` (the slides' snippets); a program's own
    /// `StreamingContext(sc, S)` sets its own.
    #[arg(long, default_value_t = 1.0)]
    batch_seconds: f64,
    /// `system`: batches fire on the wall clock, as in Spark (the default without
    /// --batches). `logical`: as fast as possible, zero time 1970-01-01 00:00:00 (the
    /// default with --batches, which it needs).
    #[arg(long, value_enum)]
    clock: Option<Clock>,
    /// Prints one JSON object: {"stdout": ..., "streams": {NAME: [{"time_ms", "partitions"}]},
    /// "graph": {"nodes": [...]},
    /// "queries": {QUERY: [{"batch_id", "rows", "watermark_ms", "state", ...}]}}.
    #[arg(long)]
    json: bool,
    /// A DStream variable of the program whose batches go into the JSON (repeatable).
    #[arg(long = "record", value_name = "NAME")]
    record: Vec<String>,
    /// Records every DStream of the program's graph into the JSON, keyed by node id
    /// ("n3", as in the JSON's "graph").
    #[arg(long, requires = "json")]
    record_all: bool,
    /// Steps a Python function may run per call before it is stopped.
    #[arg(long, default_value_t = 10_000_000)]
    step_budget: u64,
    /// `sc.defaultParallelism`: the partitions of a shuffle when none are given.
    #[arg(long, default_value_t = 2)]
    parallelism: usize,
    /// Threads that run a batch's partitions at once (default: every core). The output
    /// is the same with any number; 1 runs everything on the main thread.
    #[arg(long)]
    cores: Option<usize>,
    /// `socketTextStream` reads lines from standard input instead of TCP.
    #[arg(long)]
    stdin: bool,
    /// `socketTextStream(host, port)` reads the text messages of a WebSocket server at
    /// ws://host:port/ instead of TCP (each message may hold several lines).
    #[arg(long, conflicts_with = "stdin")]
    websocket: bool,
    /// spark.streaming.receiver.maxRate: records per second per receiver (each 200 ms
    /// block holds a fifth; the rest wait for later blocks). Default: unlimited.
    #[arg(long, value_name = "RECORDS_PER_S")]
    max_rate: Option<f64>,
    /// With the system clock: a line per batch on stderr (records, processing time,
    /// scheduling delay, total delay, as Spark's streaming tab) and a summary at the end.
    #[arg(long)]
    progress: bool,
}

#[derive(Clone, Copy, PartialEq, Eq, ValueEnum)]
enum Clock {
    System,
    Logical,
}

/// mimalloc: records are many small allocations freed in bursts (see the README's
/// performance section for what it changes).
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> ExitCode {
    let cli = Cli::parse();
    let result = match cli.command {
        Command::Run(args) => run(args),
        Command::Feed(args) => feed::run(args).map(|()| ExitCode::SUCCESS),
    };
    match result {
        Ok(code) => code,
        Err(e) => {
            eprintln!("runnel: {e:#}");
            ExitCode::FAILURE
        }
    }
}

fn run(args: RunArgs) -> Result<ExitCode> {
    let source = std::fs::read_to_string(&args.program)
        .with_context(|| format!("cannot read {}", args.program.display()))?;
    if !args.batch_seconds.is_finite() || args.batch_seconds <= 0.0 {
        bail!("--batch-seconds must be positive");
    }
    if args.max_rate.is_some_and(|r| !r.is_finite() || r <= 0.0) {
        bail!("--max-rate must be a positive number of records per second");
    }
    // The system clock is the default when --batches is absent; with it, the logical one.
    let clock = args.clock.unwrap_or(if args.batches.is_some() {
        Clock::Logical
    } else {
        Clock::System
    });
    let mut options = SessionOptions {
        filename: args.program.display().to_string(),
        batch_ms: (args.batch_seconds * 1000.0).round() as i64,
        default_parallelism: args.parallelism.max(1),
        step_budget: args.step_budget,
        record: args.record.clone(),
        record_all: args.record_all,
        record_queries: args.json,
        receiver: runnel_core::stream::ReceiverLimits {
            max_rate: args.max_rate.unwrap_or(0.0),
            ..Default::default()
        },
        // The program runs on the main thread (8 MiB): room for CPython's recursion depth.
        stack_bytes: Some(7 << 20),
        // Python's local time is the machine's, as for CPython run here.
        utc_offset_at: Some(runnel_cli::local_zone::utc_offset_ms),
        ..SessionOptions::default()
    };
    let cores = args.cores.unwrap_or_else(|| {
        std::thread::available_parallelism().map_or(1, std::num::NonZeroUsize::get)
    });
    if cores > 1 {
        let pool = runnel_cli::pool::Pool::new(cores, &source, &options, clock == Clock::System)
            .context("cannot start worker threads")?;
        options.executor = Some(ExecutorRef(Rc::new(pool)));
    }
    match clock {
        Clock::Logical => {
            let Some(batches) = args.batches else {
                bail!("--clock logical needs --batches N")
            };
            logical::run(&source, options, batches, &args)
        }
        Clock::System => system::run(&source, options, &args),
    }
}
