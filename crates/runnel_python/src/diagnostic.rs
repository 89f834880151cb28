//! What `run_module` reports: a compile-time problem pointing at a column, or a runtime
//! Python exception with its traceback.

use runnel_core::Error;
use serde::{Deserialize, Serialize};
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
    /// The line where the offending range ends (the parser's range; the start for a
    /// point). `u32` keeps compile results small (clippy's `result_large_err`).
    pub end_line: u32,
    /// The 1-based column (in characters) where it ends.
    pub end_column: u32,
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
                if let Some(batch) = e.batch() {
                    write!(f, "\n  in the batch of {batch}")?;
                }
                Ok(())
            }
        }
    }
}

impl std::error::Error for Diagnostic {}

/// A diagnostic as data, for editors and `--json` (the playground contract's `diagnostic`
/// object): the text people read is [`DiagnosticData::traceback`], rendered as today.
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(optional_fields))]
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct DiagnosticData {
    /// Always `"error"` for now.
    pub severity: Severity,
    /// Python's exception type: `SyntaxError`, `ZeroDivisionError`, ...
    pub exc_type: String,
    /// The message after `Type: `.
    pub message: String,
    /// 1-based line: where the parser points for a syntax error, the innermost frame of the
    /// program for an exception.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub line: Option<usize>,
    /// 1-based column in characters (compile errors only).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub column: Option<usize>,
    /// Where a compile error's range ends: line...
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub end_line: Option<usize>,
    /// ...and 1-based column.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub end_column: Option<usize>,
    /// The batch whose computation raised it (ms since the epoch).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub batch_time_ms: Option<i64>,
    /// The batch's time as Spark prints it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub batch_time: Option<String>,
    /// The whole report as the CLI prints it (traceback, caret, batch).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub traceback: Option<String>,
    /// `true` when the program imported a module this build leaves out (the npm package's
    /// lite engine): its full engine runs the program.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub needs_full_engine: Option<bool>,
}

/// How bad a diagnostic is.
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    /// The program stopped.
    Error,
}

impl Diagnostic {
    /// This diagnostic as data.
    pub fn data(&self) -> DiagnosticData {
        let mut d = DiagnosticData {
            severity: Severity::Error,
            exc_type: self.exc_type().to_string(),
            message: self.message().to_string(),
            line: None,
            column: None,
            end_line: None,
            end_column: None,
            batch_time_ms: None,
            batch_time: None,
            traceback: Some(self.to_string()),
            needs_full_engine: None,
        };
        if self.exc_type() == "ModuleNotFoundError"
            && self.message().contains(crate::FULL_ENGINE_MARKER)
        {
            d.needs_full_engine = Some(true);
        }
        match self {
            Diagnostic::Compile(c) => {
                d.line = Some(c.line);
                d.column = Some(c.column);
                d.end_line = Some(c.end_line as usize);
                d.end_column = Some(c.end_column as usize);
            }
            Diagnostic::Runtime(e) => {
                d.line = e.lines().first().map(|l| *l as usize);
                d.batch_time_ms = e.batch_time_ms();
                d.batch_time = e.batch().map(str::to_string);
            }
        }
        d
    }
}

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
