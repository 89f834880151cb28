//! Ints to and from bytes, as CPython 3.11: `int.to_bytes(length=1, byteorder='big', *,
//! signed=False)`, `int.from_bytes(bytes, byteorder='big', *, signed=False)`,
//! `bytes.fromhex(text)` and `bytes.hex([sep[, bytes_per_sep]])`.

use crate::runtime::bytes::{bytes_of, bytes_value};
use crate::{Args, Interpreter};
use num_bigint::{BigInt, Sign};
use runnel_core::value::{as_big, int_value};
use runnel_core::{Error, Result, Value};

/// `byteorder`: whether it is "little" (`false` for "big").
fn little(v: Option<Value>) -> Result<bool> {
    match v {
        None => Ok(false),
        Some(Value::Str(s)) if &*s == "big" => Ok(false),
        Some(Value::Str(s)) if &*s == "little" => Ok(true),
        Some(Value::Str(_)) => Err(Error::new(
            "ValueError",
            "byteorder must be either 'little' or 'big'",
        )),
        Some(o) => Err(Error::type_error(format!(
            "to_bytes() argument 'byteorder' must be str, not {}",
            o.type_name()
        ))),
    }
}

fn signed(args: &mut Args) -> bool {
    args.take_keyword("signed").is_some_and(|v| v.truthy())
}

/// `i.to_bytes(length=1, byteorder='big', *, signed=False)`.
pub(crate) fn to_bytes(i: &BigInt, mut args: Args) -> Result<Value> {
    args.check_count("to_bytes", 0, 2)?;
    let length = match args.take(0, "length") {
        None => 1,
        Some(v) => as_big(&v)
            .ok_or_else(|| {
                Error::type_error(format!(
                    "'{}' object cannot be interpreted as an integer",
                    v.type_name()
                ))
            })?
            .try_into()
            .map_err(|_| Error::new("ValueError", "length argument must be non-negative"))?,
    };
    let little = little(args.take(1, "byteorder"))?;
    let signed = signed(&mut args);
    args.finish("to_bytes")?;
    if !signed && i.sign() == Sign::Minus {
        return Err(Error::new(
            "OverflowError",
            "can't convert negative int to unsigned",
        ));
    }
    let mut b = if signed {
        i.to_signed_bytes_le()
    } else {
        i.to_bytes_le().1
    };
    if i.sign() == Sign::NoSign {
        b.clear();
    }
    let length: usize = length;
    if b.len() > length {
        return Err(Error::new("OverflowError", "int too big to convert"));
    }
    let fill = if i.sign() == Sign::Minus { 0xff } else { 0 };
    b.resize(length, fill);
    if !little {
        b.reverse();
    }
    Ok(bytes_value(b))
}

/// `int.from_bytes(bytes, byteorder='big', *, signed=False)`.
pub(crate) fn from_bytes(interp: &Interpreter, mut args: Args) -> Result<Value> {
    args.check_count("from_bytes", 1, 2)?;
    let src = args.require(0, "bytes", "from_bytes")?;
    let mut b = match bytes_of(&src) {
        Some(b) => b,
        None => interp
            .collect(&src)?
            .iter()
            .map(|v| match v {
                Value::Int(n) if (0..256).contains(n) => Ok(*n as u8),
                Value::Int(_) => Err(Error::new("ValueError", "bytes must be in range(0, 256)")),
                o => Err(Error::type_error(format!(
                    "'{}' object cannot be interpreted as an integer",
                    o.type_name()
                ))),
            })
            .collect::<Result<Vec<u8>>>()?,
    };
    let little = little(args.take(1, "byteorder"))?;
    let signed = signed(&mut args);
    args.finish("from_bytes")?;
    if !little {
        b.reverse();
    }
    Ok(int_value(if signed {
        BigInt::from_signed_bytes_le(&b)
    } else {
        BigInt::from_bytes_le(Sign::Plus, &b)
    }))
}

/// `bytes.fromhex(text)`: pairs of hex digits, ASCII whitespace allowed between pairs.
pub(crate) fn fromhex(args: Args) -> Result<Value> {
    args.check_count("fromhex", 1, 1)?;
    args.finish("fromhex")?;
    let text = match &args.positional[0] {
        Value::Str(s) => s.clone(),
        o => {
            return Err(Error::type_error(format!(
                "fromhex() argument must be str, not {}",
                o.type_name()
            )))
        }
    };
    let chars: Vec<char> = text.chars().collect();
    let bad = |pos: usize| {
        Error::new(
            "ValueError",
            format!("non-hexadecimal number found in fromhex() arg at position {pos}"),
        )
    };
    let (mut out, mut pos) = (Vec::new(), 0);
    while pos < chars.len() {
        if chars[pos].is_ascii_whitespace() {
            pos += 1;
            continue;
        }
        let hi = chars[pos].to_digit(16).ok_or_else(|| bad(pos))?;
        let lo = chars.get(pos + 1).and_then(|c| c.to_digit(16));
        let lo = lo.ok_or_else(|| bad(pos + 1))?;
        out.push((hi * 16 + lo) as u8);
        pos += 2;
    }
    Ok(bytes_value(out))
}

/// `b.hex([sep[, bytes_per_sep]])`: `sep` every `bytes_per_sep` bytes, counted from the
/// right (from the left when negative).
pub(crate) fn hex(b: &[u8], mut args: Args) -> Result<Value> {
    args.check_count("hex", 0, 2)?;
    let sep = args.take(0, "sep");
    let per = args.take(1, "bytes_per_sep");
    args.finish("hex")?;
    let digits = |c: &[u8]| c.iter().map(|c| format!("{c:02x}")).collect::<String>();
    let Some(sep) = sep else {
        return Ok(Value::str(&digits(b)));
    };
    let sep = match (&sep, bytes_of(&sep)) {
        (Value::Str(s), _) => s.to_string(),
        (_, Some(raw)) => raw.iter().map(|&c| c as char).collect(),
        _ => return Err(Error::type_error("sep must be str or bytes.")),
    };
    if sep.chars().count() != 1 {
        return Err(Error::new("ValueError", "sep must be length 1."));
    }
    if !sep.is_ascii() {
        return Err(Error::new("ValueError", "sep must be ASCII."));
    }
    let per = match per {
        None => 1,
        Some(Value::Int(n)) => n,
        Some(o) => {
            return Err(Error::type_error(format!(
                "'{}' object cannot be interpreted as an integer",
                o.type_name()
            )))
        }
    };
    let n = per.unsigned_abs() as usize;
    if n == 0 || b.is_empty() {
        return Ok(Value::str(&digits(b)));
    }
    // Groups of `n` bytes; the short group goes first (from the right) or last.
    let first = if per > 0 { b.len() % n } else { 0 };
    let mut groups: Vec<String> = Vec::new();
    if first > 0 {
        groups.push(digits(&b[..first]));
    }
    groups.extend(b[first..].chunks(n).map(digits));
    Ok(Value::str(&groups.join(&sep)))
}
