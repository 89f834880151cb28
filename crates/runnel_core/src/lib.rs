//! Runnel's engine core.
//!
//! Deterministic and step-driven: the host asks for "the batch at time t" and the core
//! computes it. The core never sleeps, spawns threads, reads a clock or touches I/O, so the
//! same code runs natively, in wasm, and under a logical clock in tests.
//!
//! - [`value`]: records as dynamic values with Python semantics (repr, equality, hashing).
//! - [`error`]: errors shaped as Python exceptions, with where they happened.
//! - [`time`]: batch times and their rendering as Python's `datetime`.

pub mod error;
pub mod fmath;
pub mod rdd;
pub mod stream;
pub mod time;
pub mod timedelta;
pub mod udf;
pub mod value;

pub use error::{Error, Result};
pub use value::Value;
