//! `bytes` and `bytearray`: literals, CPython's repr, `len`, indexing (ints), slicing,
//! iteration, `in`, `+`, `*`, `%`, `==`, hashing (bytes), `decode`/`str.encode`; the
//! methods shared with `str` are in `bytes_str`. A bytearray is a mutable bytes (item
//! assignment and deletion, `append`, `extend` and the mutators of `bytes_str`).

use runnel_core::value::{BinOp, Object, Value};
use runnel_core::{Error, Result};
use std::any::Any;
use std::cell::RefCell;

/// An immutable byte string.
pub(crate) struct Bytes(pub Vec<u8>);
/// A mutable byte string.
pub(crate) struct ByteArray(pub RefCell<Vec<u8>>);

/// The bytes of a `bytes` or `bytearray` value.
pub(crate) fn bytes_of(v: &Value) -> Option<Vec<u8>> {
    if let Some(b) = v.downcast::<Bytes>() {
        return Some(b.0.clone());
    }
    v.downcast::<ByteArray>().map(|b| b.0.borrow().clone())
}

pub(crate) fn bytes_value(b: Vec<u8>) -> Value {
    Value::object(Bytes(b))
}

/// CPython's `repr` of a byte string: `b'...'`, double quotes only when it holds `'`
/// and no `"`.
pub(crate) fn bytes_repr(b: &[u8]) -> String {
    let quote = if b.contains(&b'\'') && !b.contains(&b'"') {
        '"'
    } else {
        '\''
    };
    let mut s = String::with_capacity(b.len() + 3);
    s.push('b');
    s.push(quote);
    for &c in b {
        match c {
            b'\\' => s.push_str("\\\\"),
            b'\t' => s.push_str("\\t"),
            b'\n' => s.push_str("\\n"),
            b'\r' => s.push_str("\\r"),
            c if c as char == quote => {
                s.push('\\');
                s.push(quote);
            }
            0x20..=0x7e => s.push(c as char),
            c => s.push_str(&format!("\\x{c:02x}")),
        }
    }
    s.push(quote);
    s
}

impl Object for Bytes {
    fn type_name(&self) -> &str {
        "bytes"
    }
    fn repr(&self) -> String {
        bytes_repr(&self.0)
    }
    fn hash(&self) -> Option<i64> {
        Some(runnel_core::value::bytes_hash(&self.0))
    }
    fn eq(&self, other: &dyn Object) -> Option<bool> {
        Some(other_bytes(other).is_some_and(|o| o == self.0))
    }
    fn compare(&self, op: runnel_core::value::CmpOp, other: &Value) -> Option<Result<bool>> {
        if matches!(
            op,
            runnel_core::value::CmpOp::Eq | runnel_core::value::CmpOp::Ne
        ) {
            return None;
        }
        let o = bytes_of(other)?;
        Some(Ok(op.test(self.0.cmp(&o))))
    }
    fn binop(&self, op: BinOp, other: &Value, reflected: bool) -> Option<Result<Value>> {
        bytes_binop(&self.0, op, other, reflected).map(|r| r.map(bytes_value))
    }
    fn truthy(&self) -> bool {
        !self.0.is_empty()
    }
    fn len(&self) -> Option<usize> {
        Some(self.0.len())
    }
    fn iterate(&self) -> Option<Result<Vec<Value>>> {
        Some(Ok(self.0.iter().map(|&c| Value::Int(c as i64)).collect()))
    }
    fn freeze(
        &self,
        _f: &mut runnel_core::value::Freezer,
    ) -> Option<Result<Box<dyn runnel_core::value::PortableObject>>> {
        Some(Ok(Box::new(PortableBytes(self.0.clone(), false))))
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
}

impl Object for ByteArray {
    fn type_name(&self) -> &str {
        "bytearray"
    }
    fn repr(&self) -> String {
        format!("bytearray({})", bytes_repr(&self.0.borrow()))
    }
    fn eq(&self, other: &dyn Object) -> Option<bool> {
        Some(other_bytes(other).is_some_and(|o| o == *self.0.borrow()))
    }
    fn binop(&self, op: BinOp, other: &Value, reflected: bool) -> Option<Result<Value>> {
        let mine = self.0.borrow().clone();
        bytes_binop(&mine, op, other, reflected)
            .map(|r| r.map(|b| Value::object(ByteArray(RefCell::new(b)))))
    }
    fn truthy(&self) -> bool {
        !self.0.borrow().is_empty()
    }
    fn len(&self) -> Option<usize> {
        Some(self.0.borrow().len())
    }
    fn iterate(&self) -> Option<Result<Vec<Value>>> {
        Some(Ok(self
            .0
            .borrow()
            .iter()
            .map(|&c| Value::Int(c as i64))
            .collect()))
    }
    fn freeze(
        &self,
        _f: &mut runnel_core::value::Freezer,
    ) -> Option<Result<Box<dyn runnel_core::value::PortableObject>>> {
        Some(Ok(Box::new(PortableBytes(self.0.borrow().clone(), true))))
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
}

fn other_bytes(o: &dyn Object) -> Option<Vec<u8>> {
    if let Some(b) = o.as_any().downcast_ref::<Bytes>() {
        return Some(b.0.clone());
    }
    o.as_any()
        .downcast_ref::<ByteArray>()
        .map(|b| b.0.borrow().clone())
}

/// `a + b` and `a * n` for byte strings.
fn bytes_binop(mine: &[u8], op: BinOp, other: &Value, reflected: bool) -> Option<Result<Vec<u8>>> {
    match (op, other) {
        (BinOp::Add, _) => {
            let Some(o) = bytes_of(other) else {
                return (!reflected && !matches!(other, Value::Object(_))).then(|| {
                    Err(runnel_core::Error::type_error(format!(
                        "can't concat {} to bytes",
                        other.type_name()
                    )))
                });
            };
            Some(Ok(if reflected {
                [o.as_slice(), mine].concat()
            } else {
                [mine, o.as_slice()].concat()
            }))
        }
        (BinOp::Mod, args) if !reflected => Some(super::bytes_str::percent(mine, args)),
        (BinOp::Mul, Value::Int(n)) => {
            let n = usize::try_from(*n).unwrap_or(0);
            if mine.len().saturating_mul(n) > 1 << 28 {
                return Some(Err(crate::exceptions::memory_error()));
            }
            Some(Ok(mine.repeat(n)))
        }
        // printf-style formatting of bytes (PEP 461) is not here: refused by name.
        (BinOp::Mod, _) if !reflected => Some(Err(Error::unsupported(
            "bytes %-formatting (b\"%d\" % x) is not supported in Runnel; format a str and encode it",
        ))),
        _ => None,
    }
}

/// A byte string between interpreters.
#[derive(Debug)]
struct PortableBytes(Vec<u8>, bool);

impl runnel_core::value::PortableObject for PortableBytes {
    fn revive(&self, _r: &mut runnel_core::value::Reviver, _id: u32) -> Result<Value> {
        Ok(if self.1 {
            Value::object(ByteArray(RefCell::new(self.0.clone())))
        } else {
            bytes_value(self.0.clone())
        })
    }
}

/// `b[i]` (an int) or `b[a:b]` (a byte string of the same type), given the bytes.
pub(crate) fn index(b: &[u8], i: i64) -> Result<Value> {
    let n = b.len() as i64;
    let j = if i < 0 { i + n } else { i };
    if j < 0 || j >= n {
        return Err(Error::index_error("index out of range"));
    }
    Ok(Value::Int(b[j as usize] as i64))
}

/// `b.name(args)` for a `bytes` or `bytearray`; `None` when it has no such method.
pub(crate) fn call_method(obj: &Value, name: &str, mut args: crate::Args) -> Option<Result<Value>> {
    let b = bytes_of(obj)?;
    let same_type = |out: Vec<u8>| match obj.downcast::<ByteArray>() {
        Some(_) => Value::object(ByteArray(RefCell::new(out))),
        None => bytes_value(out),
    };
    let text_arg = |args: &mut crate::Args, i: usize, key: &str, default: &str| -> Result<String> {
        match args.take(i, key) {
            None => Ok(default.to_string()),
            Some(Value::Str(s)) => Ok(s.to_string()),
            Some(other) => Err(Error::type_error(format!(
                "{key}() argument must be str, not {}",
                other.type_name()
            ))),
        }
    };
    let r = (|| -> Result<Value> {
        Ok(match name {
            "decode" => {
                let enc = text_arg(&mut args, 0, "encoding", "utf-8")?;
                let errors = text_arg(&mut args, 1, "errors", "strict")?;
                args.finish("decode")?;
                super::codecs::decode(&b, &enc, &errors)?
            }
            "hex" => crate::methods::int_bytes::hex(&b, std::mem::take(&mut args))?,
            // A class method, also reached through an instance; a bytearray's builds one.
            "fromhex" => {
                let made = crate::methods::int_bytes::fromhex(std::mem::take(&mut args))?;
                same_type(bytes_of(&made).unwrap_or_default())
            }
            "upper" => same_type(b.to_ascii_uppercase()),
            "lower" => same_type(b.to_ascii_lowercase()),
            "strip" => {
                let start = b
                    .iter()
                    .position(|c| !c.is_ascii_whitespace())
                    .unwrap_or(b.len());
                let end = b
                    .iter()
                    .rposition(|c| !c.is_ascii_whitespace())
                    .map_or(start, |e| e + 1);
                same_type(b[start..end.max(start)].to_vec())
            }
            "startswith" | "endswith" => {
                let p = args
                    .take(0, "prefix")
                    .and_then(|v| bytes_of(&v))
                    .ok_or_else(|| Error::type_error(format!("{name} first arg must be bytes")))?;
                Value::Bool(if name == "startswith" {
                    b.starts_with(&p)
                } else {
                    b.ends_with(&p)
                })
            }
            "split" => {
                let parts: Vec<Value> = match args.take(0, "sep").and_then(|v| bytes_of(&v)) {
                    Some(sep) if !sep.is_empty() => {
                        split_on(&b, &sep).into_iter().map(&same_type).collect()
                    }
                    _ => b
                        .split(|c| c.is_ascii_whitespace())
                        .filter(|p| !p.is_empty())
                        .map(|p| same_type(p.to_vec()))
                        .collect(),
                };
                Value::list(parts)
            }
            "count" | "find" => {
                let sub = args
                    .take(0, "sub")
                    .and_then(|v| {
                        bytes_of(&v).or_else(|| match v {
                            Value::Int(i) => u8::try_from(i).ok().map(|c| vec![c]),
                            _ => None,
                        })
                    })
                    .ok_or_else(|| {
                        Error::type_error("argument should be integer or bytes-like object")
                    })?;
                let hits = find_all(&b, &sub);
                if name == "count" {
                    Value::Int(hits.len() as i64)
                } else {
                    Value::Int(hits.first().map_or(-1, |&i| i as i64))
                }
            }
            "append" | "extend" => {
                let arr = obj
                    .downcast::<ByteArray>()
                    .ok_or_else(|| no_method(obj, name))?;
                let v = args.take(0, "item").unwrap_or(Value::None);
                let add: Vec<u8> = match (&v, name) {
                    (Value::Int(i), "append") => vec![u8::try_from(*i)
                        .map_err(|_| Error::value_error("byte must be in range(0, 256)"))?],
                    _ => match bytes_of(&v) {
                        Some(more) => more,
                        None => match v.downcast::<ByteArray>() {
                            Some(_) => Vec::new(),
                            None => {
                                return Err(Error::type_error(format!(
                                    "can't extend bytearray with {}",
                                    v.type_name()
                                )))
                            }
                        },
                    },
                };
                arr.0.borrow_mut().extend(add);
                Value::None
            }
            _ => return Err(no_method(obj, name)),
        })
    })();
    Some(r)
}

fn no_method(obj: &Value, name: &str) -> Error {
    Error::new(
        "AttributeError",
        format!("'{}' object has no attribute '{name}'", obj.type_name()),
    )
}

fn find_all(b: &[u8], sub: &[u8]) -> Vec<usize> {
    let mut out = Vec::new();
    let mut i = 0;
    while i + sub.len() <= b.len() {
        if b[i..].starts_with(sub) {
            out.push(i);
            i += sub.len().max(1);
        } else {
            i += 1;
        }
    }
    out
}

fn split_on(b: &[u8], sep: &[u8]) -> Vec<Vec<u8>> {
    let mut out = Vec::new();
    let mut start = 0;
    for i in find_all(b, sep) {
        out.push(b[start..i].to_vec());
        start = i + sep.len();
    }
    out.push(b[start..].to_vec());
    out
}

/// `bytes(x)` / `bytearray(x)`: empty, `n` zero bytes, the ints of an iterable, or a
/// string encoded with the given encoding.
pub(crate) fn construct(
    interp: &crate::Interpreter,
    mut args: crate::Args,
    mutable: bool,
) -> Result<Value> {
    let name = if mutable { "bytearray" } else { "bytes" };
    let source = args.take(0, "source");
    let encoding = args.take(1, "encoding");
    let errors = args.take(2, "errors");
    args.finish(name)?;
    let data: Vec<u8> =
        match (source, encoding) {
            (None, _) => Vec::new(),
            (Some(Value::Str(s)), Some(Value::Str(enc))) => {
                let errors = errors
                    .map(|e| e.to_str())
                    .unwrap_or_else(|| "strict".into());
                bytes_of(&super::codecs::encode(&s, &enc, &errors)?).unwrap_or_default()
            }
            (Some(Value::Str(_)), _) => {
                return Err(Error::type_error("string argument without an encoding"))
            }
            (Some(Value::Int(n)), _) => {
                let n = usize::try_from(n).map_err(|_| Error::value_error("negative count"))?;
                crate::runtime::ops::check_len(n, interp.config.max_collection_len)?;
                vec![0; n]
            }
            (Some(v), _) => match bytes_of(&v) {
                Some(b) => b,
                None => {
                    let mut out = Vec::new();
                    for item in interp.collect(&v)? {
                        match item {
                            Value::Int(i) => out.push(u8::try_from(i).map_err(|_| {
                                Error::value_error("bytes must be in range(0, 256)")
                            })?),
                            other => {
                                return Err(Error::type_error(format!(
                                    "'{}' object cannot be interpreted as an integer",
                                    other.type_name()
                                )))
                            }
                        }
                    }
                    out
                }
            },
        };
    Ok(if mutable {
        Value::object(ByteArray(RefCell::new(data)))
    } else {
        bytes_value(data)
    })
}
