//! Runnel's PySpark front end.
//!
//! Runs a course PySpark Streaming program on the Runnel core: the program's module code
//! runs in the `runnel_python` interpreter, where `SparkContext`, `StreamingContext`,
//! `DStream` and `RDD` are native classes that build a [`runnel_core::stream::Graph`].
//! The host (CLI, browser worker, tests) owns time and sources: it implements
//! [`SessionHost`] and asks the [`Session`] to run each batch.
//!
//! - [`run_program`] runs a program for N batches on a logical clock and returns what the
//!   CLI's `--json` prints: the conformance tests, the npm package and the CLI share it.

mod binary_records;
mod cached_size;
mod classes;
mod context;
mod convert;
mod describe;
mod dstream;
mod dstream_tasks;
mod executor;
mod glue;
mod jobs;
mod jobs_actions;
mod jobs_stream;
mod jvm;
mod lz4_block;
pub mod operators;
mod queue_lineage;
mod rdd;
mod rdd_aggregate;
mod rdd_cache;
mod rdd_class;
mod rdd_extra;
mod rdd_histogram;
mod rdd_lineage;
mod rdd_order;
mod rdd_sample;
mod rdd_shuffle;
mod rdd_stats;
mod refused;
mod runner;
mod session;
mod shared_vars;
mod ship;
mod small_map;
mod snapshot;
mod ssc;
mod stat_counter;
mod stored_size;
mod stream_lineage;
mod task_fns;
mod udf;

pub use binary_records::file_block as binary_file_block;
pub use executor::{Executor, ExecutorRef, Task, TaskOutput, Worker};
pub use glue::is_query_stream;
pub use runner::{await_logical, run_program, Io, MemoryIo, RecordedBatch, RunOptions, RunOutput};
pub use session::{BatchReport, Session, SessionHost, SessionOptions, Source, StateSnapshot};
pub use snapshot::SessionSnapshot;
