//! The `io` module's in-memory streams: `StringIO` (text, with its `newline` modes) and
//! `BytesIO`, as CPython's: read/readline/readlines, iteration by lines, write, seek/tell,
//! truncate, getvalue, close and `with`. Both share one buffer type ([`Buf`]) over chars
//! or bytes.

use crate::native::{NativeClass, NativeInstance};
use crate::runtime::bytes::{bytes_of, bytes_value};
use crate::{Args, Interpreter};
use runnel_core::{Error, Result, Value};
use std::cell::RefCell;
use std::rc::Rc;

/// A stream's contents and position (in chars for text, bytes for binary).
struct Buf<T> {
    data: Vec<T>,
    pos: usize,
    closed: bool,
    /// A text stream (its closed error differs).
    text: bool,
}

/// How a `StringIO` treats line endings (its `newline` argument).
#[derive(Clone, Copy, PartialEq)]
enum Newline {
    /// `None`: `\r\n` and `\r` written become `\n`.
    Universal,
    /// `''`: kept as written; lines end at `\n`, `\r` or `\r\n`.
    Untranslated,
    /// `'\n'`, `'\r'` or `'\r\n'`: `\n` written becomes it; lines end at it.
    Fixed(&'static str),
}

struct Text {
    buf: RefCell<Buf<char>>,
    newline: Newline,
}

struct Binary {
    buf: RefCell<Buf<u8>>,
}

/// The error of an operation on a closed stream (CPython's `StringIO` says it without
/// the final period `BytesIO` has).
fn closed_error(text: bool) -> Error {
    Error::value_error(if text {
        "I/O operation on closed file"
    } else {
        "I/O operation on closed file."
    })
}

fn busy() -> Error {
    Error::new("RuntimeError", "stream used while it is busy")
}

impl<T: Copy + Default> Buf<T> {
    fn new(data: Vec<T>, text: bool) -> Buf<T> {
        Buf {
            data,
            pos: 0,
            closed: false,
            text,
        }
    }

    fn open(&mut self) -> Result<&mut Self> {
        if self.closed {
            return Err(closed_error(self.text));
        }
        Ok(self)
    }

    /// Up to `n` items from the position (`None`: to the end).
    fn read(&mut self, n: Option<usize>) -> Vec<T> {
        let start = self.pos.min(self.data.len());
        let end = n.map_or(self.data.len(), |n| (start + n).min(self.data.len()));
        self.pos = end.max(self.pos);
        self.data[start..end].to_vec()
    }

    /// One line: up to and including the end found by `line_end` (its index past the
    /// line's end within the rest), at most `limit` items.
    fn readline(
        &mut self,
        limit: Option<usize>,
        line_end: impl Fn(&[T]) -> Option<usize>,
    ) -> Vec<T> {
        let start = self.pos.min(self.data.len());
        let rest = &self.data[start..];
        let mut n = line_end(rest).unwrap_or(rest.len());
        if let Some(l) = limit {
            n = n.min(l);
        }
        self.pos = start + n;
        rest[..n].to_vec()
    }

    /// Writes at the position, padding a gap past the end with zeros.
    fn write(&mut self, items: &[T]) {
        if self.pos > self.data.len() {
            self.data.resize(self.pos, T::default());
        }
        let end = self.pos + items.len();
        let overlap = end.min(self.data.len()) - self.pos;
        self.data[self.pos..self.pos + overlap].copy_from_slice(&items[..overlap]);
        self.data.extend_from_slice(&items[overlap..]);
        self.pos = end;
    }

    fn seek(&mut self, pos: i64, whence: i64) -> Result<usize> {
        self.open()?;
        if !self.text {
            return self.seek_binary(pos, whence);
        }
        match whence {
            0 if pos < 0 => {
                return Err(Error::value_error(format!("Negative seek position {pos}")))
            }
            0 => self.pos = pos as usize,
            1 if pos != 0 => {
                return Err(Error::new("OSError", "Can't do nonzero cur-relative seeks"))
            }
            1 => {}
            2 if pos != 0 => {
                return Err(Error::new("OSError", "Can't do nonzero cur-relative seeks"))
            }
            2 => self.pos = self.data.len(),
            _ => {
                return Err(Error::value_error(format!(
                    "Invalid whence ({whence}, should be 0, 1 or 2)"
                )))
            }
        }
        Ok(self.pos)
    }
}

impl<T> Buf<T> {
    /// `BytesIO.seek`: relative seeks are allowed, clamped at the start.
    fn seek_binary(&mut self, pos: i64, whence: i64) -> Result<usize> {
        let base = match whence {
            0 if pos < 0 => return Err(Error::value_error(format!("negative seek value {pos}"))),
            0 => 0,
            1 => self.pos as i64,
            2 => self.data.len() as i64,
            _ => {
                return Err(Error::value_error(format!(
                    "invalid whence ({whence}, should be 0, 1 or 2)"
                )))
            }
        };
        self.pos = base.saturating_add(pos).max(0) as usize;
        Ok(self.pos)
    }
}

/// `size` of `read(size)`/`readline(size)`: `None` or negative is "all".
fn size_arg(a: &mut Args, func: &str) -> Result<Option<usize>> {
    let v = a.take(0, "size");
    crate::modules::args::done(a, func, 1)?;
    match v {
        None | Some(Value::None) => Ok(None),
        Some(v) => {
            let n = crate::modules::args::index(&v)?;
            Ok((n >= 0).then_some(n as usize))
        }
    }
}

fn seek_args(a: &Args) -> Result<(i64, i64)> {
    a.check_count("seek", 1, 2)?;
    a.finish("seek")?;
    let pos = crate::modules::args::index(&a.positional[0])?;
    let whence = match a.positional.get(1) {
        Some(w) => crate::modules::args::index(w)?,
        None => 0,
    };
    Ok((pos, whence))
}

fn truncate_to<T: Copy + Default>(b: &mut Buf<T>, a: &Args) -> Result<Value> {
    a.check_count("truncate", 0, 1)?;
    let size = match a.positional.first() {
        None | Some(Value::None) => b.pos,
        Some(v) => {
            let n = crate::modules::args::index(v)?;
            if n < 0 {
                return Err(Error::value_error(format!("Negative size value {n}")));
            }
            n as usize
        }
    };
    b.open()?.data.truncate(size);
    Ok(Value::Int(size as i64))
}

impl Text {
    fn get(v: &Value) -> Result<Rc<Text>> {
        NativeInstance::data_of::<Text>(v)
            .ok_or_else(|| Error::type_error("descriptor requires a '_io.StringIO' object"))
    }

    /// Text as written, after the `newline` mode's translation.
    fn translate(&self, s: &str) -> Vec<char> {
        match self.newline {
            Newline::Universal => s
                .replace("\r\n", "\n")
                .replace('\r', "\n")
                .chars()
                .collect(),
            Newline::Untranslated | Newline::Fixed("\n") => s.chars().collect(),
            Newline::Fixed(nl) => s.replace('\n', nl).chars().collect(),
        }
    }

    fn readline(&self, limit: Option<usize>) -> Result<String> {
        let mut b = self.buf.try_borrow_mut().map_err(|_| busy())?;
        let newline = self.newline;
        let line = b.open()?.readline(limit, |rest| line_end(rest, newline));
        Ok(line.into_iter().collect())
    }

    fn write(&self, v: &Value) -> Result<Value> {
        let Value::Str(s) = crate::runtime::builtin_base::plain(v) else {
            return Err(Error::type_error(format!(
                "string argument expected, got '{}'",
                v.type_name()
            )));
        };
        let chars = self.translate(&s);
        self.buf
            .try_borrow_mut()
            .map_err(|_| busy())?
            .open()?
            .write(&chars);
        Ok(Value::Int(s.chars().count() as i64))
    }
}

/// Where the first line of `rest` ends (past its terminator), by the `newline` mode.
fn line_end(rest: &[char], newline: Newline) -> Option<usize> {
    match newline {
        Newline::Universal | Newline::Fixed("\n") => {
            rest.iter().position(|&c| c == '\n').map(|i| i + 1)
        }
        Newline::Fixed(nl) => {
            let nl: Vec<char> = nl.chars().collect();
            rest.windows(nl.len())
                .position(|w| w == nl)
                .map(|i| i + nl.len())
        }
        Newline::Untranslated => {
            let i = rest.iter().position(|&c| c == '\n' || c == '\r')?;
            Some(if rest[i] == '\r' && rest.get(i + 1) == Some(&'\n') {
                i + 2
            } else {
                i + 1
            })
        }
    }
}

fn newline_arg(v: Option<Value>) -> Result<Newline> {
    Ok(match v {
        None => Newline::Fixed("\n"),
        Some(Value::None) => Newline::Universal,
        Some(Value::Str(s)) => match &*s {
            "" => Newline::Untranslated,
            "\n" => Newline::Fixed("\n"),
            "\r" => Newline::Fixed("\r"),
            "\r\n" => Newline::Fixed("\r\n"),
            _ => {
                return Err(Error::value_error(format!(
                    "illegal newline value: {}",
                    Value::Str(s.clone()).repr()
                )))
            }
        },
        Some(other) => {
            return Err(Error::type_error(format!(
                "newline must be str or None, not {}",
                other.type_name()
            )))
        }
    })
}

fn new_string_io(class: &Rc<NativeClass>, mut a: Args) -> Result<Value> {
    let initial = a.take(0, "initial_value");
    let newline = newline_arg(a.take(1, "newline"))?;
    crate::modules::args::done(&a, "StringIO", 2)?;
    let text = Text {
        buf: RefCell::new(Buf::new(Vec::new(), true)),
        newline,
    };
    match initial {
        None | Some(Value::None) => {}
        Some(v @ Value::Str(_)) => {
            text.write(&v)?;
            text.buf.borrow_mut().pos = 0;
        }
        Some(other) => {
            return Err(Error::type_error(format!(
                "initial_value must be str or None, not {}",
                other.type_name()
            )))
        }
    }
    Ok(NativeInstance::new(class.clone(), Rc::new(text)))
}

type M = fn(&Interpreter, &Value, Args) -> Result<Value>;

/// What both streams have: the context manager, closing, and the capability queries.
fn common(class: NativeClass) -> NativeClass {
    let yes: M = |_, _, a| {
        a.check_count("readable", 0, 0)?;
        Ok(Value::Bool(true))
    };
    class
        .method("__enter__", |_, s, _| Ok(s.clone()))
        .method("__iter__", |_, s, _| Ok(s.clone()))
        .method("__exit__", |i, s, _| {
            crate::methods::call_method(i, s, "close", Args::new(vec![])).map(|_| Value::None)
        })
        .method("readable", yes)
        .method("writable", yes)
        .method("seekable", yes)
        .method("flush", |_, _, _| Ok(Value::None))
}

const TEXT_METHODS: &[(&str, M)] = &[
    ("read", |_, s, mut a| {
        let n = size_arg(&mut a, "read")?;
        let t = Text::get(s)?;
        let mut b = t.buf.try_borrow_mut().map_err(|_| busy())?;
        Ok(Value::str(
            &b.open()?.read(n).into_iter().collect::<String>(),
        ))
    }),
    ("readline", |_, s, mut a| {
        let n = size_arg(&mut a, "readline")?;
        Ok(Value::str(&Text::get(s)?.readline(n)?))
    }),
    ("readlines", |_, s, a| {
        a.check_count("readlines", 0, 1)?;
        let t = Text::get(s)?;
        let mut lines = Vec::new();
        loop {
            let line = t.readline(None)?;
            if line.is_empty() {
                return Ok(Value::list(lines));
            }
            lines.push(Value::str(&line));
        }
    }),
    ("__next__", |_, s, a| {
        a.check_count("__next__", 0, 0)?;
        let line = Text::get(s)?.readline(None)?;
        if line.is_empty() {
            return Err(Error::new("StopIteration", ""));
        }
        Ok(Value::str(&line))
    }),
    ("write", |_, s, a| {
        a.check_count("write", 1, 1)?;
        Text::get(s)?.write(&a.positional[0])
    }),
    ("writelines", |i, s, a| {
        a.check_count("writelines", 1, 1)?;
        let t = Text::get(s)?;
        for line in i.collect(&a.positional[0])? {
            t.write(&line)?;
        }
        Ok(Value::None)
    }),
    ("getvalue", |_, s, a| {
        a.check_count("getvalue", 0, 0)?;
        let t = Text::get(s)?;
        let mut b = t.buf.try_borrow_mut().map_err(|_| busy())?;
        Ok(Value::str(&b.open()?.data.iter().collect::<String>()))
    }),
    ("seek", |_, s, a| {
        let (pos, whence) = seek_args(&a)?;
        let t = Text::get(s)?;
        let mut b = t.buf.try_borrow_mut().map_err(|_| busy())?;
        Ok(Value::Int(b.seek(pos, whence)? as i64))
    }),
    ("tell", |_, s, a| {
        a.check_count("tell", 0, 0)?;
        let t = Text::get(s)?;
        let mut b = t.buf.try_borrow_mut().map_err(|_| busy())?;
        Ok(Value::Int(b.open()?.pos as i64))
    }),
    ("truncate", |_, s, a| {
        let t = Text::get(s)?;
        let mut b = t.buf.try_borrow_mut().map_err(|_| busy())?;
        truncate_to(&mut b, &a)
    }),
    ("close", |_, s, _| {
        Text::get(s)?
            .buf
            .try_borrow_mut()
            .map_err(|_| busy())?
            .closed = true;
        Ok(Value::None)
    }),
];

fn string_io_class() -> Rc<NativeClass> {
    let mut class = common(NativeClass::new("_io.StringIO"));
    for (name, m) in TEXT_METHODS {
        class = class.method(name, *m);
    }
    class
        .property("closed", |_, s| {
            let t = Text::get(s)?;
            let closed = t.buf.try_borrow().map_err(|_| busy())?.closed;
            Ok(Value::Bool(closed))
        })
        .with_self_constructor(|_, class, a| new_string_io(class, a))
}

impl Binary {
    fn get(v: &Value) -> Result<Rc<Binary>> {
        NativeInstance::data_of::<Binary>(v)
            .ok_or_else(|| Error::type_error("descriptor requires a '_io.BytesIO' object"))
    }

    fn with<R>(v: &Value, f: impl FnOnce(&mut Buf<u8>) -> Result<R>) -> Result<R> {
        let b = Binary::get(v)?;
        let mut buf = b.buf.try_borrow_mut().map_err(|_| busy())?;
        f(&mut buf)
    }

    fn readline(v: &Value, limit: Option<usize>) -> Result<Vec<u8>> {
        Binary::with(v, |b| {
            let end = |rest: &[u8]| rest.iter().position(|&c| c == b'\n').map(|i| i + 1);
            Ok(b.open()?.readline(limit, end))
        })
    }
}

fn bytes_arg(v: &Value) -> Result<Vec<u8>> {
    bytes_of(v).ok_or_else(|| {
        Error::type_error(format!(
            "a bytes-like object is required, not '{}'",
            v.type_name()
        ))
    })
}

const BINARY_METHODS: &[(&str, M)] = &[
    ("read", |_, s, mut a| {
        let n = size_arg(&mut a, "read")?;
        Binary::with(s, |b| Ok(bytes_value(b.open()?.read(n))))
    }),
    ("readline", |_, s, mut a| {
        let n = size_arg(&mut a, "readline")?;
        Ok(bytes_value(Binary::readline(s, n)?))
    }),
    ("readlines", |_, s, a| {
        a.check_count("readlines", 0, 1)?;
        let mut lines = Vec::new();
        loop {
            let line = Binary::readline(s, None)?;
            if line.is_empty() {
                return Ok(Value::list(lines));
            }
            lines.push(bytes_value(line));
        }
    }),
    ("__next__", |_, s, a| {
        a.check_count("__next__", 0, 0)?;
        let line = Binary::readline(s, None)?;
        if line.is_empty() {
            return Err(Error::new("StopIteration", ""));
        }
        Ok(bytes_value(line))
    }),
    ("write", |_, s, a| {
        a.check_count("write", 1, 1)?;
        let data = bytes_arg(&a.positional[0])?;
        Binary::with(s, |b| {
            b.open()?.write(&data);
            Ok(Value::Int(data.len() as i64))
        })
    }),
    ("writelines", |i, s, a| {
        a.check_count("writelines", 1, 1)?;
        for line in i.collect(&a.positional[0])? {
            let data = bytes_arg(&line)?;
            Binary::with(s, |b| {
                b.open()?.write(&data);
                Ok(())
            })?;
        }
        Ok(Value::None)
    }),
    ("getvalue", |_, s, a| {
        a.check_count("getvalue", 0, 0)?;
        Binary::with(s, |b| Ok(bytes_value(b.open()?.data.clone())))
    }),
    ("seek", |_, s, a| {
        let (pos, whence) = seek_args(&a)?;
        Binary::with(s, |b| Ok(Value::Int(b.seek(pos, whence)? as i64)))
    }),
    ("tell", |_, s, a| {
        a.check_count("tell", 0, 0)?;
        Binary::with(s, |b| Ok(Value::Int(b.open()?.pos as i64)))
    }),
    ("truncate", |_, s, a| {
        Binary::with(s, |b| truncate_to(b, &a))
    }),
    ("close", |_, s, _| {
        Binary::with(s, |b| {
            b.closed = true;
            Ok(Value::None)
        })
    }),
];

fn bytes_io_class() -> Rc<NativeClass> {
    let mut class = common(NativeClass::new("_io.BytesIO"));
    for (name, m) in BINARY_METHODS {
        class = class.method(name, *m);
    }
    class
        .property("closed", |_, s| {
            Binary::with(s, |b| Ok(Value::Bool(b.closed)))
        })
        .with_self_constructor(|_, class, mut a| {
            let initial = a.take(0, "initial_bytes");
            crate::modules::args::done(&a, "BytesIO", 1)?;
            let data = match initial {
                None | Some(Value::None) => Vec::new(),
                Some(v) => bytes_arg(&v)?,
            };
            let b = Binary {
                buf: RefCell::new(Buf::new(data, false)),
            };
            Ok(NativeInstance::new(class.clone(), Rc::new(b)))
        })
}

pub(super) fn attrs() -> Vec<(&'static str, Value)> {
    vec![
        ("StringIO", Value::Object(string_io_class())),
        ("BytesIO", Value::Object(bytes_io_class())),
        ("SEEK_SET", Value::Int(0)),
        ("SEEK_CUR", Value::Int(1)),
        ("SEEK_END", Value::Int(2)),
        (
            "UnsupportedOperation",
            Value::object(crate::exceptions::ExcClass {
                name: "io.UnsupportedOperation",
            }),
        ),
    ]
}
