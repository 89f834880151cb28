//! `repr()` and `str()` exactly as CPython 3.11 prints them.

use super::{DictKind, PyDict, PySet, Value};

impl Value {
    /// Python's `repr(x)`.
    pub fn repr(&self) -> String {
        let mut out = String::new();
        self.write_repr(&mut out, &mut Vec::new());
        out
    }

    /// Python's `str(x)`: strings unquoted, everything else as `repr`.
    pub fn to_str(&self) -> String {
        match self {
            Value::Str(s) => s.to_string(),
            Value::Object(o) => o.to_str(),
            other => other.repr(),
        }
    }

    /// `open` holds the lists and dicts being shown, innermost last: one met again is shown
    /// as `[...]`/`{...}` (CPython's `Py_ReprEnter`), and very deep nesting is cut the same
    /// way instead of overflowing the stack.
    fn write_repr(&self, out: &mut String, open: &mut Vec<usize>) {
        if let Some(id) = self.container_id() {
            if open.contains(&id) || open.len() >= MAX_REPR_DEPTH {
                out.push_str(if matches!(self, Value::List(_)) {
                    "[...]"
                } else {
                    "{...}"
                });
                return;
            }
            open.push(id);
            self.write_repr_inner(out, open);
            open.pop();
        } else {
            self.write_repr_inner(out, open);
        }
    }

    fn write_repr_inner(&self, out: &mut String, open: &mut Vec<usize>) {
        match self {
            Value::None => out.push_str("None"),
            Value::Bool(true) => out.push_str("True"),
            Value::Bool(false) => out.push_str("False"),
            Value::Int(i) => out.push_str(&i.to_string()),
            Value::Float(x) => out.push_str(&float_repr(*x)),
            Value::Str(s) => out.push_str(&str_repr(s)),
            Value::Tuple(items) => {
                out.push('(');
                write_items(out, items.iter(), open);
                if items.len() == 1 {
                    out.push(',');
                }
                out.push(')');
            }
            Value::List(l) => match l.borrow() {
                Ok(items) => {
                    out.push('[');
                    write_items(out, items.iter(), open);
                    out.push(']');
                }
                Err(_) => out.push_str("[...]"),
            },
            Value::Dict(d) => match d.borrow() {
                Ok(d) => write_dict(out, &d, open),
                Err(_) => out.push_str("{...}"),
            },
            Value::Set(s) => match s.borrow() {
                Ok(s) if s.is_empty() => out.push_str("set()"),
                Ok(s) => write_set(out, &s, open),
                Err(_) => out.push_str("set(...)"),
            },
            Value::FrozenSet(s) => {
                out.push_str("frozenset(");
                if !s.is_empty() {
                    write_set(out, s, open);
                }
                out.push(')');
            }
            Value::Object(o) => out.push_str(&o.repr()),
        }
    }
}

/// How deep containers are shown before `[...]` (CPython stops at its recursion limit).
const MAX_REPR_DEPTH: usize = 500;

fn write_dict(out: &mut String, d: &PyDict, open: &mut Vec<usize>) {
    match &d.kind {
        DictKind::Dict => write_pairs(out, d.iter(), open),
        DictKind::Counter if d.is_empty() => out.push_str("Counter()"),
        DictKind::Counter => {
            out.push_str("Counter(");
            write_pairs(out, counter_order(d).into_iter(), open);
            out.push(')');
        }
        DictKind::OrderedDict if d.is_empty() => out.push_str("OrderedDict()"),
        DictKind::OrderedDict => {
            out.push_str("OrderedDict([");
            for (i, (k, v)) in d.iter().enumerate() {
                if i > 0 {
                    out.push_str(", ");
                }
                out.push('(');
                k.write_repr(out, open);
                out.push_str(", ");
                v.write_repr(out, open);
                out.push(')');
            }
            out.push_str("])");
        }
        DictKind::DefaultDict(f) => {
            out.push_str("defaultdict(");
            f.write_repr(out, open);
            out.push_str(", ");
            write_pairs(out, d.iter(), open);
            out.push(')');
        }
    }
}

/// A Counter's items by descending count, ties in insertion order (`most_common()`);
/// insertion order when counts do not compare, as CPython's repr falls back.
pub fn counter_order(d: &PyDict) -> Vec<(&Value, &Value)> {
    let mut items: Vec<(&Value, &Value)> = d.iter().collect();
    let mut failed = false;
    items.sort_by(|a, b| match b.1.py_cmp(a.1) {
        Ok(o) => o,
        Err(_) => {
            failed = true;
            std::cmp::Ordering::Equal
        }
    });
    if failed {
        return d.iter().collect();
    }
    items
}

fn write_pairs<'a>(
    out: &mut String,
    pairs: impl Iterator<Item = (&'a Value, &'a Value)>,
    open: &mut Vec<usize>,
) {
    out.push('{');
    for (i, (k, v)) in pairs.enumerate() {
        if i > 0 {
            out.push_str(", ");
        }
        k.write_repr(out, open);
        out.push_str(": ");
        v.write_repr(out, open);
    }
    out.push('}');
}

fn write_set(out: &mut String, s: &PySet, open: &mut Vec<usize>) {
    out.push('{');
    write_items(out, s.iter(), open);
    out.push('}');
}

fn write_items<'a>(
    out: &mut String,
    items: impl Iterator<Item = &'a Value>,
    open: &mut Vec<usize>,
) {
    for (i, item) in items.enumerate() {
        if i > 0 {
            out.push_str(", ");
        }
        item.write_repr(out, open);
    }
}

/// Python's `repr(float)`: the shortest string that round-trips.
pub fn float_repr(x: f64) -> String {
    super::floatfmt::float_repr(x)
}

/// Python's `repr(str)`: single quotes unless the text has a single quote and no double;
/// characters that are not printable (`str.isprintable`) escaped as `\xhh`, `\uhhhh` or
/// `\Uhhhhhhhh`.
pub fn str_repr(s: &str) -> String {
    let quote = if s.contains('\'') && !s.contains('"') {
        '"'
    } else {
        '\''
    };
    let mut out = String::with_capacity(s.len() + 2);
    out.push(quote);
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if c == quote => {
                out.push('\\');
                out.push(c);
            }
            c if is_printable(c) => out.push(c),
            c => push_escape(&mut out, c as u32),
        }
    }
    out.push(quote);
    out
}

fn push_escape(out: &mut String, code: u32) {
    use std::fmt::Write;
    // Writing to a String cannot fail.
    let _ = match code {
        0..=0xff => write!(out, "\\x{code:02x}"),
        0x100..=0xffff => write!(out, "\\u{code:04x}"),
        _ => write!(out, "\\U{code:08x}"),
    };
}

/// CPython's `str.isprintable()` for one character.
pub fn is_printable(c: char) -> bool {
    let code = c as u32;
    if (0x20..0x7f).contains(&code) {
        return true;
    }
    let table = &super::printable_table::NON_PRINTABLE;
    let after = table.partition_point(|&(first, _)| first <= code);
    after == 0 || table[after - 1].1 < code
}

/// Python's `ascii()` applied to a repr: non-ASCII characters escaped.
pub fn ascii(repr: &str) -> String {
    let mut out = String::with_capacity(repr.len());
    for c in repr.chars() {
        if c.is_ascii() {
            out.push(c);
        } else {
            push_escape(&mut out, c as u32);
        }
    }
    out
}
