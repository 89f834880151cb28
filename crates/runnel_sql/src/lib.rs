//! Runnel's Structured Streaming: DataFrames over streams and static data, with Spark's
//! semantics and output.
//!
//! - [`plan`], [`expr`], [`functions`]: the logical plan a DataFrame is, its column
//!   expressions (named as Spark names them) and scalar functions.
//! - [`exec`]: running a plan for one micro-batch against the operators' state
//!   ([`aggregate`] over [`groups`]);
//!   [`query`]: Spark's micro-batch loop with watermarks and output modes.
//! - [`show`]: `Dataset.showString`, the console sink's and `show()`'s tables.
//! - [`sql`]: the SQL subset `spark.sql` accepts.
//! - [`py`]: the `pyspark.sql` module for the interpreter.
//!
//! Event time is data: nothing here reads a clock; the host passes "now" to each batch.

pub mod agg;
pub mod aggregate;
pub mod cast;
pub mod checks;
pub mod chm;
pub mod datefmt;
pub mod datum;
pub mod describe;
pub mod exec;
pub mod expr;
pub mod functions;
pub mod groups;
pub mod join_analysis;
pub mod join_state;
pub mod join_watermark;
pub mod murmur3;
pub mod optimize;
pub mod plan;
pub mod py;
pub mod query;
pub mod random;
pub mod regex_lite;
pub mod session;
pub mod show;
pub mod sources;
pub mod sql;
pub mod store;
pub mod stream_join;
pub mod timefmt;
pub mod types;

use runnel_core::Result;

/// What the SQL layer needs from its host: output and files.
pub trait SqlHost {
    /// Driver output (the console sink, `show()`).
    fn stdout(&self, text: &str);
    fn read_file(&self, path: &str) -> Result<String>;
    /// The files of a directory with their modification times (ms); hidden files
    /// (`_`, `.`) left out.
    fn list_dir(&self, dir: &str) -> Result<Vec<(String, i64)>>;
    /// The clock's time in ms (logical or wall), for the rate source, processing-time
    /// triggers and `current_timestamp()`.
    fn now_millis(&self) -> i64;
    /// `time.sleep`-like waiting for a processing-time trigger (a logical host just moves
    /// its clock).
    fn sleep_ms(&self, ms: i64);
    /// Whether `awaitTermination()` should keep polling for new data (a wall-clock host
    /// whose sources may still grow); a logical run ends once the data there is done.
    fn keep_waiting(&self) -> bool {
        false
    }
    /// Whether `awaitTermination` returns at once because the host runs the queries'
    /// triggers itself ([`py::Spark::trigger`]): the browser worker, whose event loop must
    /// stay free to deliver its timer and the page's input.
    fn defers_await(&self) -> bool {
        false
    }
    /// Starts reading lines from `host:port` for the socket source `id`.
    fn open_socket(&self, _id: usize, host: &str, port: u16) -> Result<()> {
        Err(runnel_core::Error::unsupported(format!(
            "the socket source {host}:{port} is not available in this host"
        )))
    }
    /// The lines the socket source `id` received since the last call.
    fn poll_socket(&self, _id: usize) -> Vec<String> {
        Vec::new()
    }
}
