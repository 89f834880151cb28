//! `json.loads`: JSON text to Python values, with CPython's `JSONDecodeError` messages
//! (`Expecting value: line 1 column 1 (char 0)`).

use super::hooks::{call, Hooks};
use crate::Interpreter;
use runnel_core::value::PyDict;
use runnel_core::{Error, Result, Value};

pub(crate) struct Decoder<'a> {
    s: &'a str,
    b: &'a [u8],
    i: usize,
    depth: usize,
    /// The interpreter that calls the hooks.
    interp: &'a Interpreter,
    hooks: &'a Hooks,
}

/// `JSONDecodeError(msg)` at byte `pos`, with line and column counted in characters.
fn error(s: &str, msg: &str, pos: usize) -> Error {
    let before = s.get(..pos).unwrap_or(s);
    let line = before.matches('\n').count() + 1;
    let col_start = before.rfind('\n').map_or(0, |n| n + 1);
    let col = before[col_start..].chars().count() + 1;
    let ch = before.chars().count();
    Error::new(
        "json.decoder.JSONDecodeError",
        format!("{msg}: line {line} column {col} (char {ch})"),
    )
}

/// `msg`, `pos`, `lineno` or `colno` of a `JSONDecodeError`, read back from its message
/// (`"{msg}: line {lineno} column {colno} (char {pos})"`, as `error` writes it).
pub(crate) fn error_attr(message: &str, name: &str) -> Option<Value> {
    let (msg, at) = message.rsplit_once(": line ")?;
    let (line, rest) = at.split_once(" column ")?;
    let (col, rest) = rest.split_once(" (char ")?;
    let pos = rest.strip_suffix(')')?;
    let number = |t: &str| t.parse::<i64>().ok().map(Value::Int);
    match name {
        "msg" => Some(Value::str(msg)),
        "lineno" => number(line),
        "colno" => number(col),
        "pos" => number(pos),
        _ => None,
    }
}

impl<'a> Decoder<'a> {
    pub fn new(s: &'a str, interp: &'a Interpreter, hooks: &'a Hooks) -> Self {
        Decoder {
            s,
            b: s.as_bytes(),
            i: 0,
            depth: 0,
            interp,
            hooks,
        }
    }

    /// `parse_constant(word)` where given, else the float it names.
    fn constant(&mut self, word: &str, v: f64) -> Result<Value> {
        self.i += word.len();
        call(self.interp, &self.hooks.parse_constant, || Value::str(word))
            .unwrap_or(Ok(Value::Float(v)))
    }

    fn err(&self, msg: &str, pos: usize) -> Error {
        error(self.s, msg, pos)
    }

    fn ws(&mut self) {
        while matches!(self.b.get(self.i), Some(b' ' | b'\t' | b'\n' | b'\r')) {
            self.i += 1;
        }
    }

    /// The whole document: one value and nothing but whitespace after it.
    pub fn document(&mut self) -> Result<Value> {
        self.ws();
        let v = self.value()?;
        self.ws();
        if self.i != self.b.len() {
            return Err(self.err("Extra data", self.i));
        }
        Ok(v)
    }

    /// The value starting at byte `start` (`raw_decode`), and the byte after it.
    pub fn raw(&mut self, start: usize) -> Result<(Value, usize)> {
        self.i = start;
        let v = self.value()?;
        Ok((v, self.i))
    }

    fn value(&mut self) -> Result<Value> {
        let start = self.i;
        let lit = |d: &mut Self, word: &str, v: Value| {
            if d.s[d.i..].starts_with(word) {
                d.i += word.len();
                Ok(v)
            } else {
                Err(d.err("Expecting value", start))
            }
        };
        match self.b.get(self.i) {
            Some(b'{') => self.object(),
            Some(b'[') => self.array(),
            Some(b'"') => self.string().map(|s| Value::str(&s)),
            Some(b'n') => lit(self, "null", Value::None),
            Some(b't') => lit(self, "true", Value::Bool(true)),
            Some(b'f') => lit(self, "false", Value::Bool(false)),
            Some(b'N') if self.s[self.i..].starts_with("NaN") => self.constant("NaN", f64::NAN),
            Some(b'I') if self.s[self.i..].starts_with("Infinity") => {
                self.constant("Infinity", f64::INFINITY)
            }
            Some(b'-') if self.s[self.i..].starts_with("-Infinity") => {
                self.constant("-Infinity", f64::NEG_INFINITY)
            }
            Some(b'-' | b'0'..=b'9') => self.number(),
            _ => Err(self.err("Expecting value", start)),
        }
    }

    fn number(&mut self) -> Result<Value> {
        let start = self.i;
        let digits = |d: &mut Self| {
            let s = d.i;
            while d.b.get(d.i).is_some_and(u8::is_ascii_digit) {
                d.i += 1;
            }
            d.i - s
        };
        if self.b.get(self.i) == Some(&b'-') {
            self.i += 1;
        }
        if self.b.get(self.i) == Some(&b'0') {
            self.i += 1;
        } else if digits(self) == 0 {
            return Err(self.err("Expecting value", start));
        }
        let mut is_float = false;
        if self.b.get(self.i) == Some(&b'.')
            && self.b.get(self.i + 1).is_some_and(u8::is_ascii_digit)
        {
            self.i += 1;
            digits(self);
            is_float = true;
        }
        if matches!(self.b.get(self.i), Some(b'e' | b'E')) {
            let save = self.i;
            self.i += 1;
            if matches!(self.b.get(self.i), Some(b'+' | b'-')) {
                self.i += 1;
            }
            if digits(self) == 0 {
                self.i = save;
            } else {
                is_float = true;
            }
        }
        let text = &self.s[start..self.i];
        let hook = if is_float {
            &self.hooks.parse_float
        } else {
            &self.hooks.parse_int
        };
        if let Some(r) = call(self.interp, hook, || Value::str(text)) {
            return r;
        }
        if is_float {
            return text
                .parse::<f64>()
                .map(Value::Float)
                .map_err(|_| self.err("Expecting value", start));
        }
        match text.parse::<i64>() {
            Ok(i) => Ok(Value::Int(i)),
            // Beyond 64 bits: a big int, as CPython's json reads any size.
            Err(_) => runnel_core::value::to_int_base_value(text, 10),
        }
    }

    fn string(&mut self) -> Result<String> {
        let start = self.i;
        self.i += 1;
        let mut out = String::new();
        loop {
            let rest = &self.s[self.i..];
            let Some(c) = rest.chars().next() else {
                return Err(self.err("Unterminated string starting at", start));
            };
            match c {
                '"' => {
                    self.i += 1;
                    return Ok(out);
                }
                '\\' => {
                    let esc = self.b.get(self.i + 1).copied();
                    let simple = match esc {
                        Some(b'"') => Some('"'),
                        Some(b'\\') => Some('\\'),
                        Some(b'/') => Some('/'),
                        Some(b'b') => Some('\u{8}'),
                        Some(b'f') => Some('\u{c}'),
                        Some(b'n') => Some('\n'),
                        Some(b'r') => Some('\r'),
                        Some(b't') => Some('\t'),
                        _ => None,
                    };
                    if let Some(c) = simple {
                        out.push(c);
                        self.i += 2;
                    } else if esc == Some(b'u') {
                        let cp = self.hex4(self.i + 2)?;
                        self.i += 6;
                        let c = if (0xd800..0xdc00).contains(&cp)
                            && self.s[self.i..].starts_with("\\u")
                        {
                            let lo = self.hex4(self.i + 2)?;
                            if (0xdc00..0xe000).contains(&lo) {
                                self.i += 6;
                                char::from_u32(0x10000 + ((cp - 0xd800) << 10) + (lo - 0xdc00))
                            } else {
                                None
                            }
                        } else {
                            char::from_u32(cp)
                        };
                        out.push(c.unwrap_or('\u{fffd}'));
                    } else {
                        return Err(self.err("Invalid \\escape", self.i));
                    }
                }
                c if (c as u32) < 0x20 && self.hooks.strict => {
                    return Err(self.err("Invalid control character at", self.i))
                }
                c => {
                    out.push(c);
                    self.i += c.len_utf8();
                }
            }
        }
    }

    fn hex4(&self, at: usize) -> Result<u32> {
        self.s
            .get(at..at + 4)
            .filter(|h| h.bytes().all(|b| b.is_ascii_hexdigit()))
            .and_then(|h| u32::from_str_radix(h, 16).ok())
            .ok_or_else(|| self.err("Invalid \\uXXXX escape", at - 1))
    }

    fn nest(&mut self) -> Result<()> {
        self.depth += 1;
        if self.depth > 900 {
            return Err(Error::new(
                "RecursionError",
                "maximum recursion depth exceeded while decoding a JSON document",
            ));
        }
        Ok(())
    }

    fn array(&mut self) -> Result<Value> {
        self.nest()?;
        self.i += 1;
        let mut items = Vec::new();
        self.ws();
        if self.b.get(self.i) == Some(&b']') {
            self.i += 1;
            self.depth -= 1;
            return Ok(Value::list(items));
        }
        loop {
            self.ws();
            items.push(self.value()?);
            self.ws();
            match self.b.get(self.i) {
                Some(b',') => self.i += 1,
                Some(b']') => {
                    self.i += 1;
                    self.depth -= 1;
                    return Ok(Value::list(items));
                }
                _ => return Err(self.err("Expecting ',' delimiter", self.i)),
            }
        }
    }

    fn object(&mut self) -> Result<Value> {
        self.nest()?;
        self.i += 1;
        let mut pairs = Vec::new();
        self.ws();
        if self.b.get(self.i) == Some(&b'}') {
            self.i += 1;
            self.depth -= 1;
            return self.made_object(pairs);
        }
        loop {
            self.ws();
            if self.b.get(self.i) != Some(&b'"') {
                return Err(self.err("Expecting property name enclosed in double quotes", self.i));
            }
            let k = self.string()?;
            self.ws();
            if self.b.get(self.i) != Some(&b':') {
                return Err(self.err("Expecting ':' delimiter", self.i));
            }
            self.i += 1;
            self.ws();
            let v = self.value()?;
            pairs.push((Value::str(&k), v));
            self.ws();
            match self.b.get(self.i) {
                Some(b',') => self.i += 1,
                Some(b'}') => {
                    self.i += 1;
                    self.depth -= 1;
                    return self.made_object(pairs);
                }
                _ => return Err(self.err("Expecting ',' delimiter", self.i)),
            }
        }
    }

    /// An object's value: `object_pairs_hook(pairs)` where given, else the dict (a later
    /// duplicate key's value wins), passed through `object_hook` where given.
    fn made_object(&self, pairs: Vec<(Value, Value)>) -> Result<Value> {
        if self.hooks.object_pairs_hook.is_some() {
            let list = || {
                Value::list(
                    pairs
                        .into_iter()
                        .map(|(k, v)| Value::tuple(vec![k, v]))
                        .collect(),
                )
            };
            return call(self.interp, &self.hooks.object_pairs_hook, list)
                .unwrap_or(Ok(Value::None));
        }
        let mut d = PyDict::new();
        for (k, v) in pairs {
            d.insert(k, v)?;
        }
        let d = Value::dict(d);
        call(self.interp, &self.hooks.object_hook, || d.clone()).unwrap_or(Ok(d))
    }
}
