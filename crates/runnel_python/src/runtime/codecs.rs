//! `bytes.decode` and `str.encode` for the codecs such programs use (`utf-8`, `ascii`,
//! `latin-1`, `utf-8-sig`, and UTF-16/32 in `codecs_wide`) with CPython's error handlers (`strict`, `ignore`, `replace`,
//! `backslashreplace`, `xmlcharrefreplace` when encoding) and its error messages.
//! The handler is looked up only when a character needs it, as CPython does: an unknown
//! name is a `LookupError` then, and nothing otherwise.

use super::bytes::bytes_value;
use super::codecs_wide::Wide;
use runnel_core::value::Value;
use runnel_core::{Error, Result};

/// The byte-order mark `utf-8-sig` writes and drops.
const UTF8_BOM: &[u8] = b"\xef\xbb\xbf";

/// Decodes bytes as `encoding` with the error handler `errors`.
pub(crate) fn decode(b: &[u8], encoding: &str, errors: &str) -> Result<Value> {
    let text = match normalize(encoding).as_str() {
        "utf8" => decode_utf8(b, errors)?,
        "ascii" => decode_ascii(b, errors)?,
        "latin1" | "iso88591" => b.iter().map(|&c| c as char).collect(),
        // The BOM is dropped where there is one.
        "utf8sig" => decode_utf8(b.strip_prefix(UTF8_BOM).unwrap_or(b), errors)?,
        name => match Wide::of(name) {
            Some(wide) => wide.decode(b, errors)?,
            None => return Err(unknown_encoding(encoding)),
        },
    };
    Ok(Value::str(&text))
}

fn decode_utf8(b: &[u8], errors: &str) -> Result<String> {
    let mut s = String::with_capacity(b.len());
    let mut pos = 0;
    for chunk in b.utf8_chunks() {
        s.push_str(chunk.valid());
        pos += chunk.valid().len();
        let bad = chunk.invalid();
        if !bad.is_empty() {
            if errors == "strict" {
                return Err(utf8_error(b, pos, bad.len()));
            }
            // One U+FFFD per maximal invalid subpart, as CPython's decoder replaces.
            push_decode_replacement(&mut s, bad, errors, || utf8_error(b, pos, bad.len()))?;
            pos += bad.len();
        }
    }
    Ok(s)
}

fn decode_ascii(b: &[u8], errors: &str) -> Result<String> {
    let mut s = String::with_capacity(b.len());
    for (pos, &c) in b.iter().enumerate() {
        if c < 0x80 {
            s.push(c as char);
        } else {
            push_decode_replacement(&mut s, &[c], errors, || {
                Error::new(
                    "UnicodeDecodeError",
                    format!("'ascii' codec can't decode byte 0x{c:02x} in position {pos}: ordinal not in range(128)"),
                )
            })?;
        }
    }
    Ok(s)
}

/// What the handler `errors` puts for the undecodable bytes `bad`.
fn push_decode_replacement(
    s: &mut String,
    bad: &[u8],
    errors: &str,
    strict: impl FnOnce() -> Error,
) -> Result<()> {
    match errors {
        "strict" => return Err(strict()),
        "replace" => s.push('\u{fffd}'),
        "ignore" => {}
        "backslashreplace" => bad.iter().for_each(|c| s.push_str(&format!("\\x{c:02x}"))),
        other => return Err(handler_error(other)),
    }
    Ok(())
}

/// CPython's message for the invalid UTF-8 sequence of `len` bytes at `pos` (`len` reaching
/// the end of the data: it ended too soon).
fn utf8_error(b: &[u8], pos: usize, len: usize) -> Error {
    let first = b[pos];
    let why = if pos + len == b.len() && truncated(&b[pos..]) {
        "unexpected end of data"
    } else if !(0xc2..=0xf4).contains(&first) {
        "invalid start byte"
    } else {
        "invalid continuation byte"
    };
    let what = if len == 1 {
        format!("byte 0x{first:02x} in position {pos}")
    } else {
        format!("bytes in position {pos}-{}", pos + len - 1)
    };
    Error::new(
        "UnicodeDecodeError",
        format!("'utf-8' codec can't decode {what}: {why}"),
    )
}

/// Whether `tail` (an invalid sequence that runs to the end of the data) is the start of a
/// valid sequence cut short, rather than wrong in itself.
fn truncated(tail: &[u8]) -> bool {
    let mut padded = tail.to_vec();
    let want = match tail[0] {
        0xc2..=0xdf => 2,
        0xe0..=0xef => 3,
        0xf0..=0xf4 => 4,
        _ => return false,
    };
    // The smallest continuation that keeps the sequence valid where one exists.
    while padded.len() < want {
        let next = match (padded[0], padded.len()) {
            (0xe0, 1) => 0xa0,
            (0xf0, 1) => 0x90,
            _ => 0x80,
        };
        padded.push(next);
    }
    std::str::from_utf8(&padded).is_ok()
}

/// `s.encode(encoding, errors)`.
pub(crate) fn encode(s: &str, encoding: &str, errors: &str) -> Result<Value> {
    let (codec, limit) = match normalize(encoding).as_str() {
        "utf8" => return Ok(bytes_value(s.as_bytes().to_vec())),
        "utf8sig" => return Ok(bytes_value([UTF8_BOM, s.as_bytes()].concat())),
        "ascii" => ("ascii", 0x80),
        "latin1" | "iso88591" => ("latin-1", 0x100),
        name => match Wide::of(name) {
            Some(wide) => return Ok(bytes_value(wide.encode(s))),
            None => return Err(unknown_encoding(encoding)),
        },
    };
    let mut out = Vec::with_capacity(s.len());
    for (pos, c) in s.chars().enumerate() {
        if (c as u32) < limit {
            out.push(c as u32 as u8);
            continue;
        }
        let put = match errors {
            "strict" => {
                // CPython reports the whole run of characters the codec cannot encode.
                let run = s
                    .chars()
                    .skip(pos)
                    .take_while(|&d| d as u32 >= limit)
                    .count();
                let what = match run {
                    1 => format!("character '{}' in position {pos}", char_escape(c)),
                    n => format!("characters in position {pos}-{}", pos + n - 1),
                };
                return Err(Error::new(
                    "UnicodeEncodeError",
                    format!("'{codec}' codec can't encode {what}: ordinal not in range({limit})"),
                ));
            }
            "replace" => "?".to_string(),
            "ignore" => String::new(),
            "backslashreplace" => char_escape(c),
            "xmlcharrefreplace" => format!("&#{};", c as u32),
            other => return Err(handler_error(other)),
        };
        out.extend_from_slice(put.as_bytes());
    }
    Ok(bytes_value(out))
}

/// The error for a handler Runnel does not have: CPython's `LookupError` for names it does
/// not know either, a refusal by name for the ones it has and Runnel does not.
pub(super) fn handler_error(name: &str) -> Error {
    match name {
        "namereplace" | "surrogateescape" | "surrogatepass" => Error::new(
            "NotImplementedError",
            format!("the '{name}' error handler is not supported in Runnel"),
        ),
        _ => Error::new(
            "LookupError",
            format!("unknown error handler name '{name}'"),
        ),
    }
}

fn normalize(encoding: &str) -> String {
    encoding
        .to_ascii_lowercase()
        .chars()
        .filter(|c| c.is_ascii_alphanumeric())
        .collect()
}

fn unknown_encoding(encoding: &str) -> Error {
    Error::new("LookupError", format!("unknown encoding: {encoding}"))
}

/// How CPython shows a character in error messages and `backslashreplace`: `\xe9`,
/// `\u20ac` or `\U0001f600`.
fn char_escape(c: char) -> String {
    match c as u32 {
        n if n < 0x100 => format!("\\x{n:02x}"),
        n if n < 0x10000 => format!("\\u{n:04x}"),
        n => format!("\\U{n:08x}"),
    }
}
