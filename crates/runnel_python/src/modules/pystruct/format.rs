//! `struct`'s format strings: parsing (sizes, native alignment) and packing/unpacking
//! single items, with CPython's range checks and messages.

use super::struct_error;
use crate::runtime::bytes::{bytes_of, bytes_value};
use runnel_core::{Error, Result, Value};

/// One item of a format: its code, count (`s`/`p`: the length) and where it sits.
#[derive(Clone, Copy)]
struct Item {
    code: char,
    count: usize,
    offset: usize,
}

#[derive(Clone)]
pub(crate) struct Format {
    pub text: String,
    little: bool,
    items: Vec<Item>,
    pub size: usize,
}

/// The size of `code` (native sizes when `native`), or `None` for a bad code.
fn size_of(code: char, native: bool) -> Option<usize> {
    Some(match code {
        'x' | 'c' | 'b' | 'B' | '?' | 's' | 'p' => 1,
        'h' | 'H' => 2,
        'i' | 'I' | 'f' => 4,
        'l' | 'L' if native => 8,
        'l' | 'L' => 4,
        'q' | 'Q' | 'd' => 8,
        'n' | 'N' | 'P' if native => 8,
        _ => return None,
    })
}

impl Format {
    pub(crate) fn parse(text: &str) -> Result<Format> {
        let mut chars = text.chars().peekable();
        let (native, little) = match chars.peek() {
            Some('<') => (false, true),
            Some('>' | '!') => (false, false),
            Some('=') => (false, true),
            Some('@') => (true, true),
            _ => (true, true),
        };
        if matches!(chars.peek(), Some('<' | '>' | '!' | '=' | '@')) {
            chars.next();
        }
        let (mut items, mut size) = (Vec::new(), 0usize);
        while let Some(c) = chars.next() {
            if c.is_whitespace() {
                continue;
            }
            let (count, code) = if c.is_ascii_digit() {
                let mut n = c.to_digit(10).unwrap_or(0) as usize;
                let code = loop {
                    match chars.next() {
                        Some(d @ '0'..='9') => {
                            n = n
                                .checked_mul(10)
                                .and_then(|n| n.checked_add(d.to_digit(10).unwrap_or(0) as usize))
                                .ok_or_else(|| struct_error("total struct size too long"))?;
                        }
                        Some(code) => break code,
                        None => {
                            return Err(struct_error("repeat count given without format specifier"))
                        }
                    }
                };
                (n, code)
            } else {
                (1, c)
            };
            if code == 'e' {
                return Err(Error::new(
                    "NotImplementedError",
                    "struct format 'e' (half float) is not supported in Runnel",
                ));
            }
            let item_size =
                size_of(code, native).ok_or_else(|| struct_error("bad char in struct format"))?;
            let too_long = || struct_error("total struct size too long");
            if native && item_size > 1 {
                size = size
                    .div_ceil(item_size)
                    .checked_mul(item_size)
                    .ok_or_else(too_long)?;
            }
            let total = if matches!(code, 's' | 'p') {
                count
            } else {
                count.checked_mul(item_size).ok_or_else(too_long)?
            };
            // Each value is an item: a format of more values than a collection may hold
            // is refused as one (pack and unpack would build them all).
            if !matches!(code, 's' | 'p' | 'x') && count > MAX_ITEMS - items.len() {
                return Err(crate::exceptions::memory_error());
            }
            if matches!(code, 's' | 'p') {
                items.push(Item {
                    code,
                    count,
                    offset: size,
                });
            } else if code != 'x' {
                for k in 0..count {
                    items.push(Item {
                        code,
                        count: 1,
                        offset: size + k * item_size,
                    });
                }
            }
            size = size
                .checked_add(total)
                .filter(|&s| (s as u64) < 1u64 << 40)
                .ok_or_else(|| struct_error("total struct size too long"))?;
        }
        Ok(Format {
            text: text.to_string(),
            little,
            items,
            size,
        })
    }

    fn put_int(&self, out: &mut [u8], it: Item, v: &Value) -> Result<()> {
        let n = runnel_core::value::as_big(&crate::runtime::builtin_base::plain(v))
            .ok_or_else(|| struct_error("required argument is not an integer"))?;
        let size = out.len();
        let signed = is_signed(it.code);
        let bits = size as u32 * 8;
        let (lo, hi) = if signed {
            (
                -(num_bigint::BigInt::from(1) << (bits - 1)),
                (num_bigint::BigInt::from(1) << (bits - 1)) - 1,
            )
        } else {
            (
                num_bigint::BigInt::from(0),
                (num_bigint::BigInt::from(1) << bits) - 1,
            )
        };
        if n < lo || n > hi {
            let negative = n < num_bigint::BigInt::from(0);
            return Err(struct_error(range_message(
                it.code, size, negative, &lo, &hi,
            )));
        }
        let unsigned = if n < num_bigint::BigInt::from(0) {
            n + (num_bigint::BigInt::from(1) << bits)
        } else {
            n
        };
        let mut bytes = unsigned.to_bytes_le().1;
        bytes.resize(size, 0);
        if !self.little {
            bytes.reverse();
        }
        out.copy_from_slice(&bytes);
        Ok(())
    }

    fn put(&self, out: &mut [u8], it: Item, v: &Value) -> Result<()> {
        match it.code {
            'c' => match bytes_of(v) {
                Some(b) if b.len() == 1 && v.type_name() == "bytes" => out[0] = b[0],
                _ => {
                    return Err(struct_error(
                        "char format requires a bytes object of length 1",
                    ))
                }
            },
            's' | 'p' => {
                let b = bytes_of(v).ok_or_else(|| {
                    struct_error(format!("argument for '{}' must be a bytes object", it.code))
                })?;
                if it.code == 's' {
                    let n = b.len().min(it.count);
                    out[..n].copy_from_slice(&b[..n]);
                } else if it.count > 0 {
                    let n = b.len().min(it.count - 1).min(255);
                    out[0] = n as u8;
                    out[1..=n].copy_from_slice(&b[..n]);
                }
            }
            '?' => out[0] = v.truthy() as u8,
            'f' | 'd' => {
                let x = match crate::runtime::builtin_base::plain(v) {
                    Value::Float(x) => x,
                    Value::Int(i) => i as f64,
                    Value::Bool(b) => b as i64 as f64,
                    other if runnel_core::value::is_big(&other) => {
                        runnel_core::value::to_float(&other)?
                    }
                    _ => return Err(struct_error("required argument is not a float")),
                };
                let bytes = if it.code == 'f' {
                    let f = x as f32;
                    if f.is_infinite() && x.is_finite() {
                        return Err(Error::overflow("float too large to pack with f format"));
                    }
                    if self.little {
                        f.to_le_bytes().to_vec()
                    } else {
                        f.to_be_bytes().to_vec()
                    }
                } else if self.little {
                    x.to_le_bytes().to_vec()
                } else {
                    x.to_be_bytes().to_vec()
                };
                out.copy_from_slice(&bytes);
            }
            _ => self.put_int(out, it, v)?,
        }
        Ok(())
    }

    fn get(&self, data: &[u8], it: Item) -> Value {
        let mut b = data.to_vec();
        if !self.little && !matches!(it.code, 's' | 'p' | 'c') {
            b.reverse();
        }
        match it.code {
            'c' => bytes_value(b),
            's' => bytes_value(b),
            'p' => {
                let n = (*b.first().unwrap_or(&0) as usize).min(b.len().saturating_sub(1));
                bytes_value(b[1..=n].to_vec())
            }
            '?' => Value::Bool(b[0] != 0),
            'f' => Value::Float(f32::from_le_bytes([b[0], b[1], b[2], b[3]]) as f64),
            'd' => Value::Float(f64::from_le_bytes(b[..8].try_into().unwrap_or([0; 8]))),
            code => {
                let signed = is_signed(code);
                let n = if signed {
                    num_bigint::BigInt::from_signed_bytes_le(&b)
                } else {
                    num_bigint::BigInt::from_bytes_le(num_bigint::Sign::Plus, &b)
                };
                runnel_core::value::int_value(n)
            }
        }
    }

    pub(super) fn pack(&self, values: &[Value]) -> Result<Vec<u8>> {
        if values.len() != self.items.len() {
            return Err(struct_error(format!(
                "pack expected {} items for packing (got {})",
                self.items.len(),
                values.len()
            )));
        }
        if self.size > 1 << 28 {
            return Err(crate::exceptions::memory_error());
        }
        let mut out = vec![0u8; self.size];
        for (it, v) in self.items.iter().zip(values) {
            let width = self.width(*it);
            self.put(&mut out[it.offset..it.offset + width], *it, v)?;
        }
        Ok(out)
    }

    fn width(&self, it: Item) -> usize {
        match it.code {
            's' | 'p' => it.count,
            c => size_of(c, true).map_or(1, |n| {
                if matches!(c, 'l' | 'L') && !self.native() {
                    4
                } else {
                    n
                }
            }),
        }
    }

    fn native(&self) -> bool {
        !matches!(self.text.chars().next(), Some('<' | '>' | '!' | '='))
    }

    pub(super) fn unpack(&self, data: &[u8]) -> Value {
        let items = self
            .items
            .iter()
            .map(|it| self.get(&data[it.offset..it.offset + self.width(*it)], *it))
            .collect();
        Value::tuple(items)
    }
}

/// The most values one format may hold.
const MAX_ITEMS: usize = 1 << 20;

fn is_signed(code: char) -> bool {
    matches!(code, 'b' | 'h' | 'i' | 'l' | 'q' | 'n')
}

/// CPython's message for an int out of a code's range.
fn range_message(
    code: char,
    size: usize,
    negative: bool,
    lo: &num_bigint::BigInt,
    hi: &num_bigint::BigInt,
) -> String {
    let named = match code {
        'b' => "byte",
        'B' => "ubyte",
        'h' => "short",
        'H' => "ushort",
        _ => "",
    };
    if !named.is_empty() {
        return format!("{named} format requires {lo} <= number <= {hi}");
    }
    // CPython converts a negative value for a 4-byte unsigned code as it does 8-byte ones.
    if size >= 8 || (negative && !is_signed(code)) {
        return "argument out of range".to_string();
    }
    format!("'{code}' format requires {lo} <= number <= {hi}")
}
