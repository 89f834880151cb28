//! `format(v, spec)` and `%` formatting are runnel_core's (`format_value`, `Value::binop`);
//! this adds what belongs to the interpreter: `datetime.__format__` (strftime) and a guard
//! against field widths so large that building the string would exhaust memory.

use crate::exceptions::memory_error;
use runnel_core::time::DateTime;
use runnel_core::{Result, Value};

/// Largest field width or precision a format may ask for (a memory guard).
const MAX_WIDTH: usize = 10_000_000;

/// Python's `format(v, spec)`.
pub(crate) fn format_value(v: &Value, spec: &str) -> Result<String> {
    if spec.is_empty() {
        return crate::runtime::guard::to_str(v);
    }
    // `datetime.__format__` is `strftime` (`f"{time:%H:%M:%S}"` in a foreachRDD function).
    if let Some(dt) = v.downcast::<DateTime>() {
        return Ok(crate::modules::datetime::strftime(dt, spec));
    }
    check_digits(spec)?;
    crate::runtime::guard::check_printable(v)?;
    runnel_core::value::format_value(v, spec)
}

/// Rejects any run of digits (a width or precision) above [`MAX_WIDTH`].
fn check_digits(text: &str) -> Result<()> {
    for run in text.split(|c: char| !c.is_ascii_digit()) {
        if !run.is_empty() && run.parse::<usize>().map_or(true, |n| n > MAX_WIDTH) {
            return Err(memory_error());
        }
    }
    Ok(())
}

/// The same guard for `fmt % args`: widths in the directives, and `*` widths taken from
/// the arguments.
pub(crate) fn check_percent_widths(fmt: &str, args: &Value) -> Result<()> {
    let mut rest = fmt;
    while let Some(i) = rest.find('%') {
        let after = &rest[i + 1..];
        let after = match after.strip_prefix('(') {
            Some(named) => named.find(')').map_or("", |j| &named[j + 1..]),
            None => after,
        };
        let end = after
            .find(|c: char| !"-+ #0123456789.*".contains(c))
            .unwrap_or(after.len());
        let directive = &after[..end];
        check_digits(directive)?;
        if directive.contains('*') {
            let items: Vec<Value> = match args {
                Value::Tuple(t) => t.to_vec(),
                other => vec![other.clone()],
            };
            if items
                .iter()
                .any(|v| matches!(v, Value::Int(n) if n.unsigned_abs() > MAX_WIDTH as u64))
            {
                return Err(memory_error());
            }
        }
        rest = after.get(end + 1..).unwrap_or("");
    }
    if let Value::Tuple(_) | Value::List(_) | Value::Dict(_) = args {
        crate::runtime::guard::check_printable(args)?;
    }
    Ok(())
}
