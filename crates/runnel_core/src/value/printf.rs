//! `str % args`: printf-style formatting as CPython's `PyUnicode_Format` does it.

use super::arith::Num;
use super::numfmt::{float_conv, int_conv, pad};
use super::Value;
use crate::{Error, Result};

/// One `%` directive's flags, width and precision.
#[derive(Default)]
pub(super) struct Spec {
    pub minus: bool,
    pub plus: bool,
    pub space: bool,
    pub alt: bool,
    pub zero: bool,
    pub width: usize,
    pub prec: Option<usize>,
}

/// Where directives take their values from.
struct Args<'a> {
    items: Vec<Value>,
    next: usize,
    /// Set when the right operand is a mapping (`%(name)s`); then leftovers are fine.
    mapping: Option<&'a Value>,
}

impl Args<'_> {
    fn next(&mut self) -> Result<Value> {
        let v = self.items.get(self.next).cloned();
        self.next += 1;
        v.ok_or_else(|| Error::type_error("not enough arguments for format string"))
    }
}

/// `fmt % args`.
pub(super) fn format_percent(fmt: &str, args: &Value) -> Result<Value> {
    let items = match args {
        Value::Tuple(t) => t.to_vec(),
        other => vec![other.clone()],
    };
    let mapping = matches!(args, Value::Dict(_) | Value::List(_)).then_some(args);
    let mut args = Args {
        items,
        next: 0,
        mapping,
    };
    let chars: Vec<char> = fmt.chars().collect();
    let mut out = String::new();
    let mut i = 0;
    while i < chars.len() {
        if chars[i] != '%' {
            out.push(chars[i]);
            i += 1;
            continue;
        }
        i = directive(&chars, i + 1, &mut args, &mut out)?;
    }
    let single_consumed = !matches!(args.items.len(), 1) || args.next >= 1;
    if args.mapping.is_none() && (args.next < args.items.len() || !single_consumed) {
        return Err(Error::type_error(
            "not all arguments converted during string formatting",
        ));
    }
    Ok(Value::str(&out))
}

/// Formats the directive starting after a `%` at `i`; returns the index after it.
fn directive(chars: &[char], mut i: usize, args: &mut Args, out: &mut String) -> Result<usize> {
    let incomplete = || Error::value_error("incomplete format");
    let mut keyed = None;
    if chars.get(i) == Some(&'(') {
        let (key, end) = mapping_key(chars, i + 1)?;
        let map = match args.mapping {
            Some(Value::Dict(d)) => d.clone(),
            _ => return Err(Error::type_error("format requires a mapping")),
        };
        let map = map.borrow()?;
        let key = Value::str(&key);
        keyed = Some(
            map.get(&key)?
                .cloned()
                .ok_or_else(|| Error::key_error(key.repr()))?,
        );
        i = end;
    }
    let mut spec = Spec::default();
    i = flags(chars, i, &mut spec);
    let (width, next) = number(chars, i, args)?;
    // A negative `*` width left-justifies, as in C.
    (spec.width, spec.minus, i) = (width.unsigned_abs() as usize, spec.minus || width < 0, next);
    if chars.get(i) == Some(&'.') {
        let (p, next) = number(chars, i + 1, args)?;
        (spec.prec, i) = (Some(usize::try_from(p).unwrap_or(0)), next);
    }
    while matches!(chars.get(i), Some('h' | 'l' | 'L')) {
        i += 1;
    }
    let conv = *chars.get(i).ok_or_else(incomplete)?;
    if conv == '%' {
        out.push('%');
        return Ok(i + 1);
    }
    let arg = match keyed {
        Some(v) => v,
        None => args.next()?,
    };
    out.push_str(&convert(conv, &arg, &spec, i)?);
    Ok(i + 1)
}

/// Reads the `-+ #0` flags; returns the index after them.
fn flags(chars: &[char], mut i: usize, spec: &mut Spec) -> usize {
    while let Some(&c) = chars.get(i) {
        match c {
            '-' => spec.minus = true,
            '+' => spec.plus = true,
            ' ' => spec.space = true,
            '#' => spec.alt = true,
            '0' => spec.zero = true,
            _ => break,
        }
        i += 1;
    }
    i
}

/// The `name` of `%(name)s`, balancing nested parentheses as CPython does.
fn mapping_key(chars: &[char], start: usize) -> Result<(String, usize)> {
    let mut depth = 1;
    let mut i = start;
    while depth > 0 {
        match chars.get(i) {
            Some('(') => depth += 1,
            Some(')') => depth -= 1,
            Some(_) => {}
            None => return Err(Error::value_error("incomplete format key")),
        }
        i += 1;
    }
    Ok((chars[start..i - 1].iter().collect(), i))
}

/// A width or precision: digits, or `*` taking the next argument (which may be negative).
fn number(chars: &[char], mut i: usize, args: &mut Args) -> Result<(i64, usize)> {
    if chars.get(i) == Some(&'*') {
        return match args.next()? {
            Value::Int(n) => super::numfmt::check_field(n).map(|_| (n, i + 1)),
            _ => Err(Error::type_error("* wants int")),
        };
    }
    let mut n: i64 = 0;
    while let Some(d) = chars.get(i).and_then(|c| c.to_digit(10)) {
        n = n.saturating_mul(10).saturating_add(d as i64);
        i += 1;
    }
    super::numfmt::check_field(n)?;
    Ok((n, i))
}

fn convert(conv: char, arg: &Value, spec: &Spec, index: usize) -> Result<String> {
    match conv {
        's' | 'r' | 'a' => {
            let text = match conv {
                's' => arg.to_str(),
                'r' => arg.repr(),
                _ => super::repr::ascii(&arg.repr()),
            };
            let text = match spec.prec {
                Some(p) => text.chars().take(p).collect(),
                None => text,
            };
            Ok(pad(&text, spec.width, spec.minus, ' '))
        }
        'c' => Ok(pad(
            &char_arg(arg)?.to_string(),
            spec.width,
            spec.minus,
            ' ',
        )),
        'd' | 'i' | 'u' | 'x' | 'X' | 'o' => int_conv(conv, arg, spec),
        'e' | 'E' | 'f' | 'F' | 'g' | 'G' => match Num::of(arg) {
            Some(n) => Ok(float_conv(conv, n.to_f64(), spec)),
            None if super::is_big(arg) => {
                let x = super::bigint::big_to_f64(&super::as_big(arg).unwrap_or_default())?;
                Ok(float_conv(conv, x, spec))
            }
            None => Err(Error::type_error(format!(
                "must be real number, not {}",
                arg.type_name()
            ))),
        },
        c => Err(Error::value_error(format!(
            "unsupported format character '{c}' (0x{:x}) at index {index}",
            c as u32
        ))),
    }
}

fn char_arg(arg: &Value) -> Result<char> {
    match arg {
        Value::Str(s) if s.chars().count() == 1 => {
            s.chars().next().ok_or_else(|| Error::type_error(""))
        }
        Value::Int(_) | Value::Bool(_) => {
            let code = match Num::of(arg) {
                Some(Num::Int(i)) => i,
                _ => 0,
            };
            u32::try_from(code)
                .ok()
                .and_then(char::from_u32)
                .ok_or_else(|| Error::overflow("%c arg not in range(0x110000)"))
        }
        _ => Err(Error::type_error("%c requires int or char")),
    }
}
