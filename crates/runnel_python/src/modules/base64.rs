//! The `base64` module's Base64 and Base16 codecs (`b64encode`/`b64decode` with
//! `altchars` and `validate`, `standard_`/`urlsafe_` variants, `encodebytes`/
//! `decodebytes`, `b16encode`/`b16decode`) and `zlib.crc32`/`adler32`. Decoding follows
//! CPython's `binascii.a2b_base64` (lenient: characters outside the alphabet are skipped)
//! with its `binascii.Error` messages, which no codec crate reproduces.

use crate::native::NativeFunction;
use crate::runtime::bytes::{bytes_of, bytes_value};
use crate::{Args, Interpreter};
use runnel_core::{Error, Result, Value};

const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

pub(super) fn binascii_error(msg: impl Into<String>) -> Error {
    Error::new("binascii.Error", msg)
}

/// A bytes-like argument (what encoders take).
pub(super) fn bytes_arg(v: &Value) -> Result<Vec<u8>> {
    bytes_of(v).ok_or_else(|| {
        Error::type_error(format!(
            "a bytes-like object is required, not '{}'",
            v.type_name()
        ))
    })
}

/// What decoders take: bytes-like, or an ASCII-only str.
pub(super) fn decode_arg(v: &Value) -> Result<Vec<u8>> {
    match v {
        Value::Str(s) if s.is_ascii() => Ok(s.as_bytes().to_vec()),
        Value::Str(_) => Err(Error::value_error(
            "string argument should contain only ASCII characters",
        )),
        other => bytes_of(other).ok_or_else(|| {
            Error::type_error(format!(
                "argument should be a bytes-like object or ASCII string, not '{}'",
                other.type_name()
            ))
        }),
    }
}

pub(crate) fn encode(data: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(data.len().div_ceil(3) * 4);
    for chunk in data.chunks(3) {
        let b = [
            chunk[0],
            *chunk.get(1).unwrap_or(&0),
            *chunk.get(2).unwrap_or(&0),
        ];
        let n = (b[0] as u32) << 16 | (b[1] as u32) << 8 | b[2] as u32;
        for i in 0..4 {
            if i <= chunk.len() {
                out.push(ALPHABET[(n >> (18 - 6 * i) & 63) as usize]);
            } else {
                out.push(b'=');
            }
        }
    }
    out
}

/// `binascii.a2b_base64(data, strict_mode)`: lenient (characters outside the alphabet
/// skipped) unless strict (`b64decode(validate=True)`).
pub(super) fn decode(data: &[u8], strict: bool) -> Result<Vec<u8>> {
    let mut out = Vec::with_capacity(data.len() / 4 * 3);
    let (mut quad, mut left, mut pads, mut padding) = (0, 0u32, 0, false);
    for (i, &c) in data.iter().enumerate() {
        if c == b'=' {
            padding = true;
            if strict && quad == 0 {
                return Err(binascii_error("Leading padding not allowed"));
            }
            if quad >= 2 {
                pads += 1;
                if quad + pads >= 4 {
                    if strict && i + 1 < data.len() {
                        return Err(binascii_error("Excess data after padding"));
                    }
                    return Ok(out);
                }
            }
            continue;
        }
        let Some(v) = ALPHABET.iter().position(|&a| a == c) else {
            if strict {
                return Err(binascii_error("Only base64 data is allowed"));
            }
            continue;
        };
        if strict && padding {
            return Err(binascii_error("Discontinuous padding not allowed"));
        }
        let v = v as u32;
        pads = 0;
        match quad {
            0 => left = v,
            1 => {
                out.push((left << 2 | v >> 4) as u8);
                left = v & 0x0f;
            }
            2 => {
                out.push((left << 4 | v >> 2) as u8);
                left = v & 0x03;
            }
            _ => out.push((left << 6 | v) as u8),
        }
        quad = (quad + 1) % 4;
    }
    match quad {
        0 => Ok(out),
        1 => Err(binascii_error(format!(
            "Invalid base64-encoded string: number of data characters ({}) cannot be 1 more than a multiple of 4",
            out.len() / 3 * 4 + 1
        ))),
        _ => Err(binascii_error("Incorrect padding")),
    }
}

/// `altchars`: the two characters used instead of `+` and `/`.
fn altchars(v: Option<Value>, decoding: bool) -> Result<Option<[u8; 2]>> {
    let Some(v) = v.filter(|v| !matches!(v, Value::None)) else {
        return Ok(None);
    };
    let b = if decoding {
        decode_arg(&v)?
    } else {
        bytes_arg(&v)?
    };
    match b[..] {
        [x, y] => Ok(Some([x, y])),
        _ => Err(Error::new(
            "AssertionError",
            Value::str(&crate::runtime::bytes::bytes_repr(&b)).to_str(),
        )),
    }
}

fn translate(data: &mut [u8], from: [u8; 2], to: [u8; 2]) {
    for c in data.iter_mut() {
        if *c == from[0] {
            *c = to[0];
        } else if *c == from[1] {
            *c = to[1];
        }
    }
}

fn b64encode(_: &Interpreter, mut a: Args) -> Result<Value> {
    let s = a.require(0, "s", "b64encode")?;
    let alt = altchars(a.take(1, "altchars"), false)?;
    crate::modules::args::done(&a, "b64encode", 2)?;
    let mut out = encode(&bytes_arg(&s)?);
    if let Some(alt) = alt {
        translate(&mut out, *b"+/", alt);
    }
    Ok(bytes_value(out))
}

fn b64decode(_: &Interpreter, mut a: Args) -> Result<Value> {
    let s = a.require(0, "s", "b64decode")?;
    let alt = altchars(a.take(1, "altchars"), true)?;
    let validate = a.take(2, "validate").is_some_and(|v| v.truthy());
    crate::modules::args::done(&a, "b64decode", 3)?;
    let mut data = decode_arg(&s)?;
    if let Some(alt) = alt {
        translate(&mut data, alt, *b"+/");
    }
    Ok(bytes_value(decode(&data, validate)?))
}

/// A codec function of one argument.
fn unary(name: &'static str, f: fn(&Value) -> Result<Vec<u8>>) -> (&'static str, Value) {
    let func = NativeFunction::new(name, move |_, a: Args| {
        a.check_count(name, 1, 1)?;
        a.finish(name)?;
        Ok(bytes_value(f(&a.positional[0])?))
    });
    (name, func)
}

fn b16decode(_: &Interpreter, mut a: Args) -> Result<Value> {
    let s = a.require(0, "s", "b16decode")?;
    let casefold = a.take(1, "casefold").is_some_and(|v| v.truthy());
    crate::modules::args::done(&a, "b16decode", 2)?;
    let mut data = decode_arg(&s)?;
    if casefold {
        data.make_ascii_uppercase();
    }
    let digit = |c: u8| match c {
        b'0'..=b'9' => Some(c - b'0'),
        b'A'..=b'F' => Some(c - b'A' + 10),
        _ => None,
    };
    let digits: Option<Vec<u8>> = data.iter().map(|&c| digit(c)).collect();
    let digits = digits.ok_or_else(|| binascii_error("Non-base16 digit found"))?;
    if digits.len() % 2 == 1 {
        return Err(binascii_error("Odd-length string"));
    }
    Ok(bytes_value(
        digits.chunks(2).map(|p| p[0] << 4 | p[1]).collect(),
    ))
}

pub(super) fn attrs() -> Vec<(&'static str, Value)> {
    vec![
        ("b64encode", NativeFunction::new("b64encode", b64encode)),
        ("b64decode", NativeFunction::new("b64decode", b64decode)),
        unary("standard_b64encode", |v| Ok(encode(&bytes_arg(v)?))),
        unary("standard_b64decode", |v| decode(&decode_arg(v)?, false)),
        unary("urlsafe_b64encode", |v| {
            let mut out = encode(&bytes_arg(v)?);
            translate(&mut out, *b"+/", *b"-_");
            Ok(out)
        }),
        unary("urlsafe_b64decode", |v| {
            let mut data = decode_arg(v)?;
            translate(&mut data, *b"-_", *b"+/");
            decode(&data, false)
        }),
        unary("encodebytes", |v| {
            let data = bytes_arg(v)?;
            let mut out = Vec::new();
            for chunk in data.chunks(57) {
                out.extend(encode(chunk));
                out.push(b'\n');
            }
            Ok(out)
        }),
        unary("decodebytes", |v| decode(&bytes_arg(v)?, false)),
        unary("b16encode", |v| {
            let hex: String = bytes_arg(v)?.iter().map(|b| format!("{b:02X}")).collect();
            Ok(hex.into_bytes())
        }),
        ("b16decode", NativeFunction::new("b16decode", b16decode)),
    ]
}

/// `zlib.crc32(data, value=0)` and `zlib.adler32(data, value=1)`.
pub(super) fn zlib_attrs() -> Vec<(&'static str, Value)> {
    fn start(a: &Args, name: &str, default: u32) -> Result<(Vec<u8>, u32)> {
        a.check_count(name, 1, 2)?;
        a.finish(name)?;
        let data = bytes_arg(&a.positional[0])?;
        let value = match a.positional.get(1) {
            // CPython takes the value modulo 2**32.
            Some(v) => crate::modules::args::index(v)? as u32,
            None => default,
        };
        Ok((data, value))
    }
    vec![
        (
            "crc32",
            NativeFunction::new("crc32", |_, a: Args| {
                let (data, value) = start(&a, "crc32", 0)?;
                let mut h = crc32fast::Hasher::new_with_initial(value);
                h.update(&data);
                Ok(Value::Int(h.finalize() as i64))
            }),
        ),
        (
            "adler32",
            NativeFunction::new("adler32", |_, a: Args| {
                let (data, value) = start(&a, "adler32", 1)?;
                let mut h = adler2::Adler32::from_checksum(value);
                h.write_slice(&data);
                Ok(Value::Int(h.checksum() as i64))
            }),
        ),
    ]
}
