//! The `binascii` module's common part: `hexlify`/`unhexlify` (and their `b2a_hex`/
//! `a2b_hex` names), `b2a_base64`/`a2b_base64`, `crc32` and `binascii.Error`, sharing
//! `base64`'s codec.

use super::base64::{binascii_error, bytes_arg, decode, decode_arg, encode};
use crate::native::NativeFunction;
use crate::runtime::bytes::bytes_value;
use crate::Args;
use runnel_core::{Result, Value};

fn hexlify(a: Args) -> Result<Value> {
    a.check_count("hexlify", 1, 1)?;
    a.finish("hexlify")?;
    let hex: String = bytes_arg(&a.positional[0])?
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect();
    Ok(bytes_value(hex.into_bytes()))
}

fn unhexlify(a: Args) -> Result<Value> {
    a.check_count("unhexlify", 1, 1)?;
    a.finish("unhexlify")?;
    let data = decode_arg(&a.positional[0])?;
    if data.len() % 2 == 1 {
        return Err(binascii_error("Odd-length string"));
    }
    let digit = |c: u8| (c as char).to_digit(16);
    let mut out = Vec::with_capacity(data.len() / 2);
    for pair in data.chunks(2) {
        match (digit(pair[0]), digit(pair[1])) {
            (Some(h), Some(l)) => out.push((h * 16 + l) as u8),
            _ => return Err(binascii_error("Non-hexadecimal digit found")),
        }
    }
    Ok(bytes_value(out))
}

pub(super) fn attrs() -> Vec<(&'static str, Value)> {
    vec![
        ("hexlify", NativeFunction::new("hexlify", |_, a| hexlify(a))),
        ("b2a_hex", NativeFunction::new("b2a_hex", |_, a| hexlify(a))),
        (
            "unhexlify",
            NativeFunction::new("unhexlify", |_, a| unhexlify(a)),
        ),
        (
            "a2b_hex",
            NativeFunction::new("a2b_hex", |_, a| unhexlify(a)),
        ),
        (
            "b2a_base64",
            NativeFunction::new("b2a_base64", |_, mut a: Args| {
                let data = bytes_arg(&a.require(0, "data", "b2a_base64")?)?;
                let newline = a.take_keyword("newline").is_none_or(|v| v.truthy());
                crate::modules::args::done(&a, "b2a_base64", 1)?;
                let mut out = encode(&data);
                if newline {
                    out.push(b'\n');
                }
                Ok(bytes_value(out))
            }),
        ),
        (
            "a2b_base64",
            NativeFunction::new("a2b_base64", |_, mut a: Args| {
                let data = decode_arg(&a.require(0, "data", "a2b_base64")?)?;
                let strict = a.take_keyword("strict_mode").is_some_and(|v| v.truthy());
                crate::modules::args::done(&a, "a2b_base64", 1)?;
                Ok(bytes_value(decode(&data, strict)?))
            }),
        ),
        (
            "Error",
            Value::object(crate::exceptions::ExcClass {
                name: "binascii.Error",
            }),
        ),
    ]
}
