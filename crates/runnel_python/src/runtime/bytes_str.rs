//! The methods `bytes` and `bytearray` share with `str` (`split`, `find`, `center`,
//! `title`, `isdigit`...), run by `str`'s own code on a stand-in string: ASCII bytes as
//! themselves, every other byte (and the separators `\x1c`-`\x1f`, which `str` counts
//! as whitespace and `bytes` does not) as a private-use character that is not cased,
//! not a letter, digit or space. That gives bytes' ASCII-only semantics exactly; the
//! results map back to bytes of the receiver's type. Also the bytearray mutators.

use super::bytes::{bytes_of, bytes_value, ByteArray};
use crate::{Args, Interpreter};
use runnel_core::{Error, Result, Value};
use std::cell::RefCell;

/// The methods run through `str`'s.
pub(crate) const ROUTED: &[&str] = &[
    "split",
    "rsplit",
    "partition",
    "rpartition",
    "replace",
    "find",
    "rfind",
    "index",
    "rindex",
    "count",
    "startswith",
    "endswith",
    "center",
    "ljust",
    "rjust",
    "zfill",
    "expandtabs",
    "join",
    "removeprefix",
    "removesuffix",
    "strip",
    "lstrip",
    "rstrip",
    "splitlines",
    "upper",
    "lower",
    "swapcase",
    "title",
    "capitalize",
    "isalpha",
    "isdigit",
    "isalnum",
    "isspace",
    "islower",
    "isupper",
    "istitle",
    "isascii",
];

const PRIVATE: u32 = 0xE000;

pub(crate) fn to_text(b: &[u8], lines: bool) -> String {
    b.iter()
        .map(|&c| {
            let own =
                c < 0x80 && !(0x1c..=0x1f).contains(&c) && !(lines && (c == 0x0b || c == 0x0c));
            match own {
                true => c as char,
                false => char::from_u32(PRIVATE + c as u32).unwrap_or('\u{e000}'),
            }
        })
        .collect()
}

pub(crate) fn from_text(s: &str) -> Vec<u8> {
    s.chars()
        .map(|c| match c as u32 {
            n if (PRIVATE..PRIVATE + 0x100).contains(&n) => (n - PRIVATE) as u8,
            n => n as u8,
        })
        .collect()
}

/// `b.name(args)` for one of [`ROUTED`] or a bytearray mutator; `None` for other names.
pub(crate) fn call(
    interp: &Interpreter,
    obj: &Value,
    name: &str,
    args: Args,
) -> Option<Result<Value>> {
    if let Some(r) = mutate(obj, name, &args) {
        return Some(r);
    }
    if name == "translate" {
        return Some(translate(obj, args));
    }
    if !ROUTED.contains(&name) {
        return None;
    }
    // bytes' own wording for a missing needle (`b"x".index(b"y")`).
    Some(routed(interp, obj, name, args).map_err(|mut e| {
        if e.message == "substring not found" {
            e.message = "subsection not found".into();
        }
        e
    }))
}

fn routed(interp: &Interpreter, obj: &Value, name: &str, args: Args) -> Result<Value> {
    let b = bytes_of(obj).unwrap_or_default();
    let lines = name == "splitlines";
    // `first`: the needle, which `find`/`count`... take as a byte value too (not the
    // start and end after it).
    let text = |v: &Value, first: bool| -> Result<Value> {
        match bytes_of(v) {
            Some(b) => Ok(Value::str(&to_text(&b, lines))),
            None => match v {
                Value::Int(i)
                    if first && matches!(name, "find" | "rfind" | "index" | "rindex" | "count") =>
                {
                    let c = u8::try_from(*i)
                        .map_err(|_| Error::value_error("byte must be in range(0, 256)"))?;
                    Ok(Value::str(&to_text(&[c], lines)))
                }
                Value::Str(_) | Value::List(_) => Err(Error::type_error(format!(
                    "a bytes-like object is required, not '{}'",
                    v.type_name()
                ))),
                Value::Tuple(items) => Ok(Value::tuple(
                    items
                        .iter()
                        .map(|i| match bytes_of(i) {
                            Some(b) => Ok(Value::str(&to_text(&b, lines))),
                            None => Err(Error::type_error(format!(
                                "a bytes-like object is required, not '{}'",
                                i.type_name()
                            ))),
                        })
                        .collect::<Result<Vec<_>>>()?,
                )),
                other => Ok(other.clone()),
            },
        }
    };
    let mut args = args;
    if name == "join" {
        let items = interp.collect(&args.require(0, "iterable", "join")?)?;
        let mut parts = Vec::with_capacity(items.len());
        for (i, item) in items.iter().enumerate() {
            let Some(p) = bytes_of(item) else {
                return Err(Error::type_error(format!(
                    "sequence item {i}: expected a bytes-like object, {} found",
                    item.type_name()
                )));
            };
            parts.push(Value::str(&to_text(&p, false)));
        }
        args.positional = vec![Value::list(parts)];
    } else {
        for (i, a) in args.positional.iter_mut().enumerate() {
            *a = text(a, i == 0)?;
        }
        for (_, a) in args.keywords.iter_mut() {
            *a = text(a, false)?;
        }
    }
    let me = Value::str(&to_text(&b, lines));
    let r = crate::methods::call_method(interp, &me, name, args)?;
    Ok(back(obj, r))
}

/// A `str` result as bytes of the receiver's type (inside lists and tuples too).
fn back(obj: &Value, r: Value) -> Value {
    match r {
        Value::Str(s) => {
            let out = from_text(&s);
            match obj.downcast::<ByteArray>() {
                Some(_) => Value::object(ByteArray(RefCell::new(out))),
                None => bytes_value(out),
            }
        }
        Value::List(l) => {
            let items = l.borrow().map(|v| v.clone()).unwrap_or_default();
            Value::list(items.into_iter().map(|v| back(obj, v)).collect())
        }
        Value::Tuple(t) => Value::tuple(t.iter().map(|v| back(obj, v.clone())).collect()),
        other => other,
    }
}

/// `b % args`: `str`'s `%` on the stand-in text, bytes arguments as stand-ins too.
pub(crate) fn percent(mine: &[u8], args: &Value) -> Result<Vec<u8>> {
    let arg = |v: &Value| -> Result<Value> {
        match (bytes_of(v), v) {
            (Some(b), _) => Ok(Value::str(&to_text(&b, false))),
            (None, Value::Str(_)) => Err(Error::type_error(
                "%b requires a bytes-like object, or an object that implements __bytes__, not 'str'",
            )),
            (None, other) => Ok(other.clone()),
        }
    };
    let args = match args {
        Value::Tuple(t) => Value::tuple(t.iter().map(arg).collect::<Result<Vec<_>>>()?),
        Value::Dict(d) => {
            let mut out = runnel_core::value::PyDict::new();
            for (k, v) in d.borrow()?.iter() {
                out.insert(k.clone(), arg(v)?)?;
            }
            Value::dict(out)
        }
        other => arg(other)?,
    };
    match Value::str(&to_text(mine, false)).binop(runnel_core::value::BinOp::Mod, &args)? {
        Value::Str(s) => Ok(from_text(&s)),
        _ => Ok(Vec::new()),
    }
}

/// `b.translate(table, delete=b"")`: `table` is `None` or 256 bytes.
fn translate(obj: &Value, mut args: Args) -> Result<Value> {
    let table = args.take(0, "table").unwrap_or(Value::None);
    let delete = match args.take(1, "delete") {
        Some(d) => bytes_of(&d).ok_or_else(|| {
            Error::type_error(format!(
                "a bytes-like object is required, not '{}'",
                d.type_name()
            ))
        })?,
        None => Vec::new(),
    };
    args.finish("translate")?;
    let table = match table {
        Value::None => None,
        t => match bytes_of(&t) {
            Some(t) if t.len() == 256 => Some(t),
            Some(_) => {
                return Err(Error::value_error(
                    "translation table must be 256 characters long",
                ))
            }
            None => {
                return Err(Error::type_error(format!(
                    "a bytes-like object is required, not '{}'",
                    t.type_name()
                )))
            }
        },
    };
    let out: Vec<u8> = bytes_of(obj)
        .unwrap_or_default()
        .into_iter()
        .filter(|c| !delete.contains(c))
        .map(|c| table.as_ref().map_or(c, |t| t[c as usize]))
        .collect();
    Ok(back(obj, Value::str(&to_text(&out, false))))
}

/// `bytes.maketrans(from, to)`: the 256-byte table mapping each byte of `from` to `to`'s.
pub(crate) fn maketrans(args: Args) -> Result<Value> {
    args.check_count("maketrans", 2, 2)?;
    let from = bytes_of(&args.positional[0]);
    let to = bytes_of(&args.positional[1]);
    let (Some(from), Some(to)) = (from, to) else {
        return Err(Error::type_error("a bytes-like object is required"));
    };
    if from.len() != to.len() {
        return Err(Error::value_error(
            "maketrans arguments must have same length",
        ));
    }
    let mut table: Vec<u8> = (0..=255).collect();
    for (f, t) in from.iter().zip(&to) {
        table[*f as usize] = *t;
    }
    Ok(bytes_value(table))
}

/// The bytearray mutators and `copy`: `insert`, `pop`, `remove`, `reverse`, `clear`.
fn mutate(obj: &Value, name: &str, args: &Args) -> Option<Result<Value>> {
    let arr = obj.downcast::<ByteArray>()?;
    let byte = |v: Option<&Value>| -> Result<u8> {
        match v {
            Some(Value::Int(i)) => {
                u8::try_from(*i).map_err(|_| Error::value_error("byte must be in range(0, 256)"))
            }
            Some(other) => Err(Error::type_error(format!(
                "'{}' object cannot be interpreted as an integer",
                other.type_name()
            ))),
            None => Err(Error::type_error(format!(
                "{name}() takes exactly one argument (0 given)"
            ))),
        }
    };
    let r = (|| -> Result<Value> {
        let mut v = arr.0.borrow_mut();
        Ok(match name {
            "insert" => {
                args.check_count("insert", 2, 2)?;
                let at = crate::modules::args::index(&args.positional[0])?;
                let c = byte(args.positional.get(1))?;
                let n = v.len() as i64;
                let at = if at < 0 { (at + n).max(0) } else { at.min(n) };
                v.insert(at as usize, c);
                Value::None
            }
            "pop" => {
                args.check_count("pop", 0, 1)?;
                if v.is_empty() {
                    return Err(Error::new("IndexError", "pop from empty bytearray"));
                }
                let n = v.len() as i64;
                let at = match args.positional.first() {
                    Some(i) => crate::modules::args::index(i)?,
                    None => -1,
                };
                let at = if at < 0 { at + n } else { at };
                if !(0..n).contains(&at) {
                    return Err(Error::new("IndexError", "pop index out of range"));
                }
                Value::Int(v.remove(at as usize) as i64)
            }
            "remove" => {
                args.check_count("remove", 1, 1)?;
                let c = byte(args.positional.first())?;
                let at = v
                    .iter()
                    .position(|&x| x == c)
                    .ok_or_else(|| Error::value_error("value not found in bytearray"))?;
                v.remove(at);
                Value::None
            }
            "reverse" => {
                v.reverse();
                Value::None
            }
            "clear" => {
                v.clear();
                Value::None
            }
            "copy" => Value::object(ByteArray(RefCell::new(v.clone()))),
            _ => return Err(Error::new("AttributeError", name)),
        })
    })();
    match r {
        Err(e) if e.exc_type == "AttributeError" && e.message == name => None,
        r => Some(r),
    }
}
