//! What `run_module` reports: a compile-time problem pointing at a column, or a runtime
//! Python exception with its traceback.

use runnel_core::Error;
use std::fmt;

/// A problem found before running: a syntax error or a construct Runnel does not support.
#[derive(Debug, Clone, PartialEq)]
pub struct CompileError {
    /// `SyntaxError`, or `NotImplementedError` for unsupported constructs.
    pub exc_type: String,
    /// The message after `SyntaxError: `.
    pub message: String,
    /// The program's file name (from [`crate::Config::filename`]).
    pub filename: String,
    /// 1-based line.
    pub line: usize,
    /// 1-based column, in characters.
    pub column: usize,
    /// The text of the offending line (without its newline).
    pub source_line: String,
}

/// Either kind of failure of [`crate::Interpreter::run_module`].
#[derive(Debug, Clone, PartialEq)]
pub enum Diagnostic {
    /// Found before running: nothing ran.
    Compile(CompileError),
    /// A Python exception nobody caught; `trace` frames are innermost first (as
    /// `runnel_core::Error` keeps them); `Display` prints them in Python's order.
    Runtime(Error),
}

impl Diagnostic {
    /// `TypeError`, `SyntaxError`, ...
    pub fn exc_type(&self) -> &str {
        match self {
            Diagnostic::Compile(c) => &c.exc_type,
            Diagnostic::Runtime(e) => &e.exc_type,
        }
    }

    /// The message after `Type: `.
    pub fn message(&self) -> &str {
        match self {
            Diagnostic::Compile(c) => &c.message,
            Diagnostic::Runtime(e) => &e.message,
        }
    }

    /// `(line, column)` of a compile error.
    pub fn location(&self) -> Option<(usize, usize)> {
        match self {
            Diagnostic::Compile(c) => Some((c.line, c.column)),
            Diagnostic::Runtime(_) => None,
        }
    }

    /// The diagnostic as a core error (compile errors carry their location as a frame).
    pub fn into_error(self) -> Error {
        match self {
            Diagnostic::Runtime(e) => e,
            Diagnostic::Compile(c) => {
                Error::new(&c.exc_type, c.message.clone()).with_frame(format!(
                    "File \"{}\", line {}, column {}",
                    c.filename, c.line, c.column
                ))
            }
        }
    }

    /// The last line of Python's report: `TypeError: message`.
    pub fn summary(&self) -> String {
        if self.message().is_empty() {
            self.exc_type().to_string()
        } else {
            format!("{}: {}", self.exc_type(), self.message())
        }
    }
}

impl fmt::Display for CompileError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        writeln!(
            f,
            "  File \"{}\", line {}, column {}",
            self.filename, self.line, self.column
        )?;
        let trimmed = self.source_line.trim_start();
        let indent = self.source_line.chars().count() - trimmed.chars().count();
        writeln!(f, "    {}", trimmed.trim_end())?;
        let caret = self.column.saturating_sub(1).saturating_sub(indent);
        writeln!(f, "    {}^", " ".repeat(caret))?;
        write!(f, "{}: {}", self.exc_type, self.message)
    }
}

impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Diagnostic::Compile(c) => c.fmt(f),
            Diagnostic::Runtime(e) => {
                if !e.trace.is_empty() {
                    writeln!(f, "Traceback (most recent call last):")?;
                    write_frames(f, e.trace.iter().rev())?;
                }
                write!(f, "{}", self.summary())?;
                if let Some(batch) = &e.batch {
                    write!(f, "\n  in the batch of {batch}")?;
                }
                Ok(())
            }
        }
    }
}

impl std::error::Error for Diagnostic {}

/// CPython shows a frame repeated more than this many times in a row only this often.
const RECURSIVE_CUTOFF: usize = 3;

/// Frames in Python's order, a run of identical ones collapsed as CPython's traceback
/// module does: `[Previous line repeated 996 more times]`.
fn write_frames<'a>(
    f: &mut fmt::Formatter<'_>,
    frames: impl Iterator<Item = &'a String>,
) -> fmt::Result {
    let mut last: Option<&String> = None;
    let mut count = 0;
    for frame in frames {
        if last == Some(frame) {
            count += 1;
        } else {
            write_repeats(f, count)?;
            last = Some(frame);
            count = 1;
        }
        if count <= RECURSIVE_CUTOFF {
            writeln!(f, "  {frame}")?;
        }
    }
    write_repeats(f, count)
}

fn write_repeats(f: &mut fmt::Formatter<'_>, count: usize) -> fmt::Result {
    if count > RECURSIVE_CUTOFF {
        let n = count - RECURSIVE_CUTOFF;
        writeln!(
            f,
            "  [Previous line repeated {n} more time{}]",
            if n > 1 { "s" } else { "" }
        )?;
    }
    Ok(())
}

impl From<Error> for Diagnostic {
    fn from(e: Error) -> Self {
        Diagnostic::Runtime(e)
    }
}
