//! The DStream graph and the batch scheduler.
//!
//! A [`Graph`] holds DStreams (inputs, transforms, windows, state) and output operations.
//! The host calls [`Graph::run_batch`] with each batch time; the graph computes what the
//! outputs need, the way Spark's `JobGenerator` does: first every output's RDD is
//! generated (running driver-side functions such as `transform`'s), then the output
//! actions run in the order they were registered.
//!
//! Streams are computed lazily and remembered per time (Spark's `getOrCompute`), so a queue
//! is only dequeued when some output needs its batch, and a window reuses the batches it
//! has already seen.

mod describe;
mod graph;
mod ops;
mod output;
mod receiving;
mod state;

pub use describe::{node_key, GraphDescription, NodeDescription, STATEFUL_OPS};
pub use graph::{BatchJobs, BatchRun, Graph, GraphConfig, StreamId};
pub use ops::{NumPartitions, RddKeep, RddStep, Reshuffled, WindowOps};
pub use output::pprint_text;
pub use receiving::{BlockCutter, ReceiverLimits, ReceiverStats, BLOCK_INTERVAL_MS};
pub use state::{GraphSnapshot, NodeSnapshot, TimedRdd};

use crate::rdd::RddRef;
use crate::time::Time;
use crate::value::Shared;
use crate::Result;

/// `f(time, rdds)` of `transform`/`transformWith`: builds a batch from its parents' batches
/// (`None` where a parent produced nothing at that time).
pub type TransformFn = Shared<dyn Fn(Time, &[Option<RddRef>]) -> Result<Option<RddRef>>>;

/// `f(previous, new)`: a windowed reduction's step (see [`Graph::reduced_window`]).
pub type WindowStepFn = Shared<dyn Fn(Option<RddRef>, RddRef) -> Result<RddRef>>;

/// Told that an output's RDD at `time` has been generated, with the graph to read what it
/// generated (see [`Graph::on_generated`]).
pub type GeneratedFn = Shared<dyn Fn(Time, &Graph) -> Result<()>>;

/// `f(time, rdd)` of an output operation.
pub type OutputFn = Shared<dyn Fn(Time, &RddRef) -> Result<()>>;

/// What the host provides to output operations.
pub trait Host {
    /// Text the program prints (pprint, print in driver code).
    fn stdout(&self, text: &str);
    /// Writes a file (saveAsTextFiles); the host decides where paths lead.
    fn write_file(&self, path: &str, contents: &str) -> Result<()>;
}
