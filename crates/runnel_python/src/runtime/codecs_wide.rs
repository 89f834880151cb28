//! The UTF-16 and UTF-32 codecs (`utf-16`, `utf-16-le`, `utf-16-be`, the same for 32),
//! as CPython 3.11's `PyUnicode_DecodeUTF16Stateful`/`...UTF32Stateful` decode them:
//! a byte-order mark chooses the order for the plain names (little-endian without one,
//! this being x86's native order), and errors name the codec by its order
//! (`'utf-16-le' codec can't decode byte 0x63 in position 2: truncated data`).

use runnel_core::{Error, Result};

/// A wide codec: code units of 2 or 4 bytes, in a fixed order or by byte-order mark.
#[derive(Clone, Copy)]
pub(crate) struct Wide {
    pub unit: usize,
    /// `Some(true)` little-endian, `Some(false)` big-endian, `None` by BOM.
    pub little: Option<bool>,
}

impl Wide {
    /// The codec of a normalized name (`utf16`, `utf16le`, `utf32be`...).
    pub(crate) fn of(name: &str) -> Option<Wide> {
        let (unit, order) = match name.strip_prefix("utf16") {
            Some(order) => (2, order),
            None => (4, name.strip_prefix("utf32")?),
        };
        let little = match order {
            "" => None,
            "le" => Some(true),
            "be" => Some(false),
            _ => return None,
        };
        Some(Wide { unit, little })
    }

    /// `s.encode(...)`: a little-endian BOM first for the plain names.
    pub(crate) fn encode(self, s: &str) -> Vec<u8> {
        let little = self.little.unwrap_or(true);
        let mut out = Vec::with_capacity(s.len() * self.unit + self.unit);
        let mut put = |u: u32| {
            let bytes = u.to_le_bytes();
            let mut unit = bytes[..self.unit].to_vec();
            if !little {
                unit.reverse();
            }
            out.extend_from_slice(&unit);
        };
        if self.little.is_none() {
            put(0xfeff);
        }
        for c in s.chars() {
            if self.unit == 4 {
                put(c as u32);
            } else {
                let mut buf = [0u16; 2];
                for u in c.encode_utf16(&mut buf) {
                    put(*u as u32);
                }
            }
        }
        out
    }

    /// `b.decode(...)` with the error handler `errors`.
    pub(crate) fn decode(self, b: &[u8], errors: &str) -> Result<String> {
        let (mut little, mut q) = (self.little.unwrap_or(true), 0);
        if self.little.is_none() && b.len() >= self.unit {
            let head = self.read(b, 0, true);
            if head == 0xfeff {
                q = self.unit;
            } else if self.read(b, 0, false) == 0xfeff {
                (little, q) = (false, self.unit);
            }
        }
        let name = format!("utf-{}-{}", self.unit * 8, if little { "le" } else { "be" });
        let mut s = String::with_capacity(b.len() / self.unit);
        while q < b.len() {
            let (bad, why) = match self.next(b, q, little) {
                Ok((c, len)) => {
                    s.push(c);
                    q += len;
                    continue;
                }
                Err(e) => e,
            };
            let fail = || decode_error(&name, b, bad.clone(), why);
            match errors {
                "strict" => return Err(fail()),
                "replace" => s.push('\u{fffd}'),
                "ignore" => {}
                "backslashreplace" => b[bad.clone()]
                    .iter()
                    .for_each(|c| s.push_str(&format!("\\x{c:02x}"))),
                other => return Err(super::codecs::handler_error(other)),
            }
            q = bad.end;
        }
        Ok(s)
    }

    fn read(self, b: &[u8], at: usize, little: bool) -> u32 {
        let mut unit = b[at..at + self.unit].to_vec();
        if !little {
            unit.reverse();
        }
        unit.iter().rev().fold(0, |acc, &x| (acc << 8) | x as u32)
    }

    /// The character at `q` and its length, or the bad bytes and CPython's reason.
    fn next(
        self,
        b: &[u8],
        q: usize,
        little: bool,
    ) -> std::result::Result<(char, usize), (std::ops::Range<usize>, &'static str)> {
        let u = self.unit;
        if b.len() - q < u {
            return Err((q..b.len(), "truncated data"));
        }
        let ch = self.read(b, q, little);
        if u == 4 {
            return match char::from_u32(ch) {
                Some(c) => Ok((c, 4)),
                None if ch < 0x110000 => Err((
                    q..q + 4,
                    "code point in surrogate code point range(0xd800, 0xe000)",
                )),
                None => Err((q..q + 4, "code point not in range(0x110000)")),
            };
        }
        if !(0xd800..0xe000).contains(&ch) {
            return Ok((char::from_u32(ch).unwrap_or('\u{fffd}'), 2));
        }
        if ch >= 0xdc00 {
            return Err((q..q + 2, "illegal encoding"));
        }
        if b.len() - q < 4 {
            return Err((q..b.len(), "unexpected end of data"));
        }
        let low = self.read(b, q + 2, little);
        if !(0xdc00..0xe000).contains(&low) {
            return Err((q..q + 2, "illegal UTF-16 surrogate"));
        }
        let c = 0x10000 + ((ch - 0xd800) << 10) + (low - 0xdc00);
        Ok((char::from_u32(c).unwrap_or('\u{fffd}'), 4))
    }
}

/// `UnicodeDecodeError`'s text: one byte by its value, several by their positions.
fn decode_error(name: &str, b: &[u8], bad: std::ops::Range<usize>, why: &str) -> Error {
    let what = if bad.len() == 1 {
        format!("byte 0x{:02x} in position {}", b[bad.start], bad.start)
    } else {
        format!("bytes in position {}-{}", bad.start, bad.end - 1)
    };
    Error::new(
        "UnicodeDecodeError",
        format!("'{name}' codec can't decode {what}: {why}"),
    )
}
