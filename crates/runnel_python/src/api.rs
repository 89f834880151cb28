//! The types the host and the PySpark bindings use to talk to the interpreter.

use runnel_core::{Error, Result, Value};

/// What the interpreter needs from its surroundings: output, a clock, sleeping.
/// The interpreter itself never touches I/O, so the same code runs natively and in wasm.
pub trait Host {
    /// Text printed by `print()` (already terminated by `end`, normally `"\n"`).
    fn stdout(&self, text: &str);
    /// `print()` output while [`crate::Interpreter::set_print_to_stderr`] is on.
    fn stderr(&self, text: &str);
    /// Milliseconds since the Unix epoch (`time.time()`, `datetime.now()`).
    fn now_millis(&self) -> i64;
    /// The local time zone's offset east of UTC, in milliseconds, at the instant `utc_ms`
    /// (daylight saving included): Python's local time (`datetime.now()`,
    /// `fromtimestamp`, `timestamp()`, `date.today()`). UTC unless the host says otherwise.
    fn utc_offset_ms(&self, _utc_ms: i64) -> i64 {
        0
    }
    /// `time.sleep(secs)`: the host decides whether to really wait (a streaming host runs
    /// the batches that fall in the sleep, which may fail).
    fn sleep(&self, _secs: f64) -> Result<()> {
        Ok(())
    }
}

/// Limits and names for one interpreter.
#[derive(Debug, Clone)]
pub struct Config {
    /// Steps (statements, loop iterations, calls) allowed per entry from native code.
    pub step_budget: u64,
    /// Longest list/str/dict/set a program may build (a memory budget).
    pub max_collection_len: usize,
    /// The file name shown in tracebacks and syntax errors.
    pub filename: String,
}

impl Default for Config {
    fn default() -> Self {
        Config {
            step_budget: 10_000_000,
            max_collection_len: 10_000_000,
            filename: "prog.py".into(),
        }
    }
}

/// The arguments of a call: positional values and `name=value` keywords.
#[derive(Debug, Clone, Default)]
pub struct Args {
    /// Positional arguments, in order.
    pub positional: Vec<Value>,
    /// `name=value` keyword arguments, in call order.
    pub keywords: Vec<(String, Value)>,
}

impl Args {
    /// Positional arguments only.
    pub fn new(positional: Vec<Value>) -> Args {
        Args {
            positional,
            keywords: Vec::new(),
        }
    }

    /// Adds a keyword argument (builder style).
    pub fn with_keyword(mut self, name: &str, value: Value) -> Args {
        self.keywords.push((name.to_string(), value));
        self
    }

    /// Number of positional arguments.
    pub fn len(&self) -> usize {
        self.positional.len()
    }

    /// True when there are no arguments at all.
    pub fn is_empty(&self) -> bool {
        self.positional.is_empty() && self.keywords.is_empty()
    }

    /// Takes the parameter `name` at position `idx`: positional if given there, else the
    /// keyword `name` (removed, so [`Args::finish`] can reject leftovers).
    pub fn take(&mut self, idx: usize, name: &str) -> Option<Value> {
        if let Some(pos) = self.keywords.iter().position(|(k, _)| k == name) {
            return Some(self.keywords.remove(pos).1);
        }
        self.positional.get(idx).cloned()
    }

    /// Takes the keyword argument `name` (only by keyword).
    pub fn take_keyword(&mut self, name: &str) -> Option<Value> {
        let pos = self.keywords.iter().position(|(k, _)| k == name)?;
        Some(self.keywords.remove(pos).1)
    }

    /// Like [`Args::take`], but a missing argument is CPython's `TypeError`.
    pub fn require(&mut self, idx: usize, name: &str, func: &str) -> Result<Value> {
        self.take(idx, name).ok_or_else(|| {
            Error::type_error(format!(
                "{func}() missing required argument: '{name}' (pos {})",
                idx + 1
            ))
        })
    }

    /// Checks the positional count is within `min..=max`, with CPython's wording.
    pub fn check_count(&self, func: &str, min: usize, max: usize) -> Result<()> {
        let n = self.positional.len();
        if n >= min && n <= max {
            return Ok(());
        }
        Err(if min == max {
            match min {
                0 => Error::type_error(format!("{func}() takes no arguments ({n} given)")),
                1 => Error::type_error(format!("{func}() takes exactly one argument ({n} given)")),
                _ => Error::type_error(format!("{func} expected {min} arguments, got {n}")),
            }
        } else if n < min {
            Error::type_error(format!(
                "{func} expected at least {min} argument{}, got {n}",
                plural(min)
            ))
        } else {
            Error::type_error(format!(
                "{func} expected at most {max} argument{}, got {n}",
                plural(max)
            ))
        })
    }

    /// Rejects keyword arguments left over after the known ones were taken.
    pub fn finish(&self, func: &str) -> Result<()> {
        match self.keywords.first() {
            None => Ok(()),
            Some((k, _)) => Err(Error::type_error(format!(
                "{func}() got an unexpected keyword argument '{k}'"
            ))),
        }
    }
}

fn plural(n: usize) -> &'static str {
    if n == 1 {
        ""
    } else {
        "s"
    }
}
