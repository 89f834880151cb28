//! Errors shaped as Python exceptions.
//!
//! Everything that can go wrong while a batch runs (a UDF raising, a record that is not a
//! pair where a pair is needed) is reported as the Python exception Spark's Python worker
//! would raise, plus where it happened: the source line of the UDF and the batch time.

use std::fmt;

/// A Python exception (or a Runnel usage error rendered like one).
#[derive(Debug, Clone, PartialEq)]
pub struct Error {
    /// Python's exception type name: `TypeError`, `ZeroDivisionError`, ...
    pub exc_type: String,
    /// The exception's message, as `str(exc)` would show it.
    pub message: String,
    /// Where it was raised, innermost first: `line 3, in miFuncion` style frames.
    pub trace: Vec<String>,
    /// The batch being computed when it happened, as shown to the user.
    pub batch: Option<String>,
}

pub type Result<T, E = Error> = std::result::Result<T, E>;

impl Error {
    /// A Python exception of the given type.
    pub fn new(exc_type: &str, message: impl Into<String>) -> Self {
        Error {
            exc_type: exc_type.to_string(),
            message: message.into(),
            trace: Vec::new(),
            batch: None,
        }
    }
    pub fn type_error(message: impl Into<String>) -> Self {
        Self::new("TypeError", message)
    }
    pub fn value_error(message: impl Into<String>) -> Self {
        Self::new("ValueError", message)
    }
    pub fn index_error(message: impl Into<String>) -> Self {
        Self::new("IndexError", message)
    }
    pub fn key_error(message: impl Into<String>) -> Self {
        Self::new("KeyError", message)
    }
    pub fn zero_division(message: impl Into<String>) -> Self {
        Self::new("ZeroDivisionError", message)
    }
    pub fn overflow(message: impl Into<String>) -> Self {
        Self::new("OverflowError", message)
    }
    /// A feature of Python or PySpark that Runnel does not implement.
    pub fn unsupported(message: impl Into<String>) -> Self {
        Self::new("NotImplementedError", message)
    }
    /// Adds a frame (`line N, in NAME`), innermost first.
    pub fn with_frame(mut self, frame: impl Into<String>) -> Self {
        self.trace.push(frame.into());
        self
    }
    /// Records the batch time, once: the innermost batch wins.
    pub fn in_batch(mut self, batch: impl Into<String>) -> Self {
        if self.batch.is_none() {
            self.batch = Some(batch.into());
        }
        self
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.message.is_empty() {
            write!(f, "{}", self.exc_type)?;
        } else {
            write!(f, "{}: {}", self.exc_type, self.message)?;
        }
        for frame in &self.trace {
            write!(f, "\n  {frame}")?;
        }
        if let Some(batch) = &self.batch {
            write!(f, "\n  in the batch of {batch}")?;
        }
        Ok(())
    }
}

impl std::error::Error for Error {}
