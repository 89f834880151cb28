//! `pprint.pprint` and `pprint.pformat`: CPython's `PrettyPrinter` layout (width 80,
//! `indent`, `sort_dicts`) for dicts, lists, tuples, sets and long strings; other
//! values are written with their repr.

use crate::native::NativeFunction;
use crate::{Args, Interpreter};
use runnel_core::value::DictKind;
use runnel_core::{Error, Result, Value};
use std::cmp::Ordering;

struct Printer {
    width: usize,
    indent: usize,
    sort_dicts: bool,
    out: String,
}

/// Sorts as `sorted(..., key=_safe_key)`: by value, or by type name when values do not
/// compare.
fn safe_sort(items: &mut [Value]) {
    items.sort_by(|a, b| match a.py_lt(b) {
        Ok(true) => Ordering::Less,
        Ok(false) => match b.py_lt(a) {
            Ok(true) => Ordering::Greater,
            _ => Ordering::Equal,
        },
        Err(_) => a.type_name().cmp(b.type_name()),
    });
}

fn dict_items(v: &Value, sort: bool) -> Result<Vec<(Value, Value)>> {
    let Value::Dict(d) = v else {
        return Ok(Vec::new());
    };
    let d = d.borrow()?;
    let mut items: Vec<(Value, Value)> = d.iter().map(|(k, v)| (k.clone(), v.clone())).collect();
    if sort {
        let mut keys: Vec<Value> = items.iter().map(|(k, _)| k.clone()).collect();
        safe_sort(&mut keys);
        let lookup: Vec<(Value, Value)> = keys
            .into_iter()
            .filter_map(|k| d.get(&k).ok().flatten().map(|v| (k, v.clone())))
            .collect();
        items = lookup;
    }
    Ok(items)
}

fn is_plain_dict(v: &Value) -> bool {
    matches!(v, Value::Dict(d) if d.borrow().is_ok_and(|d| matches!(d.kind, DictKind::Dict)))
}

impl Printer {
    /// `_safe_repr`: repr with dict keys sorted.
    fn repr(&self, v: &Value, depth: usize) -> Result<String> {
        if depth > 200 {
            return Ok(v.repr());
        }
        Ok(match v {
            Value::Dict(_) if is_plain_dict(v) => {
                let parts: Vec<String> = dict_items(v, self.sort_dicts)?
                    .iter()
                    .map(|(k, x)| {
                        Ok(format!(
                            "{}: {}",
                            self.repr(k, depth + 1)?,
                            self.repr(x, depth + 1)?
                        ))
                    })
                    .collect::<Result<_>>()?;
                format!("{{{}}}", parts.join(", "))
            }
            Value::List(l) => {
                let items = l.borrow()?.clone();
                let parts: Vec<String> = items
                    .iter()
                    .map(|x| self.repr(x, depth + 1))
                    .collect::<Result<_>>()?;
                format!("[{}]", parts.join(", "))
            }
            Value::Tuple(t) => {
                let parts: Vec<String> = t
                    .iter()
                    .map(|x| self.repr(x, depth + 1))
                    .collect::<Result<_>>()?;
                if parts.len() == 1 {
                    format!("({},)", parts[0])
                } else {
                    format!("({})", parts.join(", "))
                }
            }
            other => other.repr(),
        })
    }

    fn format(&mut self, v: &Value, indent: usize, allowance: usize, level: usize) -> Result<()> {
        let rep = self.repr(v, 0)?;
        let max_width = self.width.saturating_sub(indent + allowance);
        if rep.chars().count() > max_width && level < 200 {
            match v {
                Value::Dict(_) if is_plain_dict(v) => {
                    return self.dict(v, indent, allowance, level + 1)
                }
                Value::List(l) => {
                    let items = l.borrow()?.clone();
                    self.out.push('[');
                    self.items(&items, indent, allowance + 1, level + 1)?;
                    self.out.push(']');
                    return Ok(());
                }
                Value::Tuple(t) => {
                    let end = if t.len() == 1 { ",)" } else { ")" };
                    self.out.push('(');
                    self.items(t, indent, allowance + end.len(), level + 1)?;
                    self.out.push_str(end);
                    return Ok(());
                }
                Value::Set(_) | Value::FrozenSet(_) => {
                    return self.set(v, indent, allowance, level + 1)
                }
                Value::Str(s) => return self.string(s, indent, allowance, level + 1),
                _ => {}
            }
        }
        self.out.push_str(&rep);
        Ok(())
    }

    fn dict(&mut self, v: &Value, indent: usize, allowance: usize, level: usize) -> Result<()> {
        self.out.push('{');
        if self.indent > 1 {
            self.out.push_str(&" ".repeat(self.indent - 1));
        }
        let items = dict_items(v, self.sort_dicts)?;
        let indent = indent + self.indent;
        let n = items.len();
        for (i, (k, x)) in items.iter().enumerate() {
            let last = i + 1 == n;
            let rep = self.repr(k, 0)?;
            self.out.push_str(&rep);
            self.out.push_str(": ");
            self.format(
                x,
                indent + rep.chars().count() + 2,
                if last { allowance } else { 1 },
                level,
            )?;
            if !last {
                self.out.push_str(",\n");
                self.out.push_str(&" ".repeat(indent));
            }
        }
        self.out.push('}');
        Ok(())
    }

    fn items(
        &mut self,
        items: &[Value],
        indent: usize,
        allowance: usize,
        level: usize,
    ) -> Result<()> {
        let indent = indent + self.indent;
        if self.indent > 1 {
            self.out.push_str(&" ".repeat(self.indent - 1));
        }
        let n = items.len();
        for (i, x) in items.iter().enumerate() {
            if i > 0 {
                self.out.push_str(",\n");
                self.out.push_str(&" ".repeat(indent));
            }
            let last = i + 1 == n;
            self.format(x, indent, if last { allowance } else { 1 }, level)?;
        }
        Ok(())
    }

    fn set(&mut self, v: &Value, indent: usize, allowance: usize, level: usize) -> Result<()> {
        let mut items: Vec<Value> = match v {
            Value::Set(s) => s.borrow()?.iter().cloned().collect(),
            Value::FrozenSet(s) => s.iter().cloned().collect(),
            _ => Vec::new(),
        };
        if items.is_empty() {
            self.out.push_str(&v.repr());
            return Ok(());
        }
        safe_sort(&mut items);
        let (open, end, indent) = match v {
            Value::Set(_) => ("{", "}", indent),
            _ => ("frozenset({", "})", indent + "frozenset".len() + 1),
        };
        self.out.push_str(open);
        self.items(&items, indent, allowance + end.len(), level)?;
        self.out.push_str(end);
        Ok(())
    }

    /// `_pprint_str`: long strings split at whitespace into adjacent literals.
    fn string(&mut self, s: &str, indent: usize, allowance: usize, level: usize) -> Result<()> {
        let (mut indent, mut allowance) = (indent, allowance);
        if level == 1 {
            indent += 1;
            allowance += 1;
        }
        let repr = |t: &str| Value::str(t).repr();
        let max_width = self.width.saturating_sub(indent);
        let mut max_width1 = max_width;
        let lines = split_keep_ends(s);
        let mut chunks: Vec<String> = Vec::new();
        let mut last_rep = String::new();
        for (i, line) in lines.iter().enumerate() {
            let rep = repr(line);
            last_rep = rep.clone();
            if i + 1 == lines.len() {
                max_width1 = max_width1.saturating_sub(allowance);
            }
            if rep.chars().count() <= max_width1 {
                chunks.push(rep);
                continue;
            }
            let parts = words_with_spaces(line);
            let mut max_width2 = max_width;
            let mut current = String::new();
            for (j, part) in parts.iter().enumerate() {
                let candidate = format!("{current}{part}");
                if j + 1 == parts.len() && i + 1 == lines.len() {
                    max_width2 = max_width2.saturating_sub(allowance);
                }
                if repr(&candidate).chars().count() > max_width2 {
                    if !current.is_empty() {
                        chunks.push(repr(&current));
                    }
                    current = part.clone();
                } else {
                    current = candidate;
                }
            }
            if !current.is_empty() {
                chunks.push(repr(&current));
            }
        }
        if chunks.len() == 1 {
            self.out.push_str(&last_rep);
            return Ok(());
        }
        if level == 1 {
            self.out.push('(');
        }
        for (i, c) in chunks.iter().enumerate() {
            if i > 0 {
                self.out.push('\n');
                self.out.push_str(&" ".repeat(indent));
            }
            self.out.push_str(c);
        }
        if level == 1 {
            self.out.push(')');
        }
        Ok(())
    }
}

/// `str.splitlines(True)` for the line breaks pprint meets in practice.
fn split_keep_ends(s: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut cur = String::new();
    for c in s.chars() {
        cur.push(c);
        if matches!(
            c,
            '\n' | '\r'
                | '\x0b'
                | '\x0c'
                | '\x1c'
                | '\x1d'
                | '\x1e'
                | '\u{85}'
                | '\u{2028}'
                | '\u{2029}'
        ) {
            out.push(std::mem::take(&mut cur));
        }
    }
    if !cur.is_empty() {
        out.push(cur);
    }
    out
}

/// `re.findall(r'\S*\s*', line)` without the final empty match.
fn words_with_spaces(line: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut cur = String::new();
    let mut in_space = false;
    for c in line.chars() {
        if !c.is_whitespace() && in_space {
            out.push(std::mem::take(&mut cur));
            in_space = false;
        }
        if c.is_whitespace() {
            in_space = true;
        }
        cur.push(c);
    }
    if !cur.is_empty() {
        out.push(cur);
    }
    out
}

fn pformat_args(a: &mut Args, func: &str) -> Result<(Value, Printer)> {
    let obj = a.require(0, "object", func)?;
    let num = |v: Option<Value>, default: usize| -> Result<usize> {
        match v {
            None => Ok(default),
            Some(v) => Ok(crate::modules::args::index(&v)?.max(0) as usize),
        }
    };
    let indent = num(a.take_keyword("indent"), 1)?;
    let width = num(a.take_keyword("width"), 80)?;
    if a.take_keyword("depth")
        .is_some_and(|d| !matches!(d, Value::None))
    {
        return Err(Error::new(
            "NotImplementedError",
            format!("{func}(depth=...) is not supported in Runnel"),
        ));
    }
    let _ = a.take_keyword("compact");
    let sort_dicts = a.take_keyword("sort_dicts").is_none_or(|v| v.truthy());
    let _ = a.take_keyword("underscore_numbers");
    Ok((
        obj,
        Printer {
            width,
            indent,
            sort_dicts,
            out: String::new(),
        },
    ))
}

fn pformat(a: &mut Args, func: &str) -> Result<String> {
    let stream = a
        .take_keyword("stream")
        .filter(|s| !matches!(s, Value::None));
    if stream.is_some() {
        return Err(Error::new(
            "NotImplementedError",
            format!("{func}(stream=...) is not supported in Runnel"),
        ));
    }
    let (obj, mut p) = pformat_args(a, func)?;
    crate::modules::args::done(a, func, 1)?;
    p.format(&obj, 0, 0, 0)?;
    Ok(p.out)
}

pub(super) fn attrs() -> Vec<(&'static str, Value)> {
    vec![
        (
            "pformat",
            NativeFunction::new("pformat", |_, mut a| {
                Ok(Value::str(&pformat(&mut a, "pformat")?))
            }),
        ),
        (
            "pprint",
            NativeFunction::new("pprint", |interp: &Interpreter, mut a| {
                let text = pformat(&mut a, "pprint")?;
                interp.write_out(&format!("{text}\n"));
                Ok(Value::None)
            }),
        ),
    ]
}
