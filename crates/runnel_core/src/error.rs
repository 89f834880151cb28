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
    /// Where it happened, as data; boxed because errors travel in every `Result` of the
    /// interpreter, whose size matters to recursion depth and speed.
    pub context: Option<Box<Context>>,
}

/// Where an error happened, as data for editors (not parsed out of `trace`).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Context {
    /// The program lines of the frames added with [`Error::at_line`], innermost first (the
    /// step budget's error has a line but no frame).
    pub lines: Vec<u32>,
    /// The batch being computed when it happened, as shown to the user.
    pub batch: Option<String>,
    /// That batch's time (ms since the epoch; the logical clock's zero is the epoch).
    pub batch_time_ms: Option<i64>,
    /// Raised by a task (a user function on a partition's records): on Spark it fails the
    /// job that computes the partition, whenever that job runs.
    pub in_task: bool,
    /// Raised while the driver generated a batch's jobs (a `transform` function): on Spark
    /// the whole batch then has no jobs ([`Error::generating`]).
    pub generating: bool,
}

pub type Result<T, E = Error> = std::result::Result<T, E>;

impl Error {
    /// A Python exception of the given type.
    pub fn new(exc_type: &str, message: impl Into<String>) -> Self {
        Error {
            exc_type: exc_type.to_string(),
            message: message.into(),
            trace: Vec::new(),
            context: None,
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
    fn context_mut(&mut self) -> &mut Context {
        self.context.get_or_insert_with(Default::default)
    }
    /// Notes the program line where it happened, innermost first (see [`Context::lines`]).
    pub fn add_line(&mut self, line: u32) {
        self.context_mut().lines.push(line);
    }
    /// Adds a frame of the program at `line`.
    pub fn at_line(mut self, line: u32, frame: impl Into<String>) -> Self {
        self.add_line(line);
        self.with_frame(frame)
    }
    /// The program lines of its frames, innermost first.
    pub fn lines(&self) -> &[u32] {
        self.context.as_ref().map_or(&[], |c| &c.lines)
    }
    /// The batch being computed when it happened, as shown to the user.
    pub fn batch(&self) -> Option<&str> {
        self.context.as_ref()?.batch.as_deref()
    }
    /// That batch's time in ms.
    pub fn batch_time_ms(&self) -> Option<i64> {
        self.context.as_ref()?.batch_time_ms
    }
    /// Records the batch time, once: the innermost batch wins.
    pub fn in_batch(mut self, batch: impl Into<String>) -> Self {
        let c = self.context_mut();
        if c.batch.is_none() {
            c.batch = Some(batch.into());
        }
        self
    }
    /// Marks it as raised by a task (see [`Context::in_task`]).
    pub fn from_task(mut self) -> Self {
        self.context_mut().in_task = true;
        self
    }
    /// Whether a task raised it.
    pub fn is_from_task(&self) -> bool {
        self.context.as_ref().is_some_and(|c| c.in_task)
    }
    /// Marks it as raised on the driver while generating a batch's jobs, unless a task
    /// raised it (a step Spark runs lazily, in the jobs): see [`Context::generating`].
    pub fn generating(mut self) -> Self {
        if !self.is_from_task() {
            self.context_mut().generating = true;
        }
        self
    }
    /// Whether it failed a batch's job generation.
    pub fn is_generating(&self) -> bool {
        self.context.as_ref().is_some_and(|c| c.generating)
    }
    /// [`Error::in_batch`] with the batch's time in ms as well.
    pub fn in_batch_at(mut self, time_ms: i64, batch: impl Into<String>) -> Self {
        let c = self.context_mut();
        if c.batch.is_none() {
            c.batch_time_ms = Some(time_ms);
        }
        self.in_batch(batch)
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
        if let Some(batch) = self.batch() {
            write!(f, "\n  in the batch of {batch}")?;
        }
        Ok(())
    }
}

impl std::error::Error for Error {}
