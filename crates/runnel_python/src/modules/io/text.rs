//! `io.StringIO`: a text stream with CPython's `newline` modes.

use super::{busy, common, seek_args, size_arg, truncate_to, Buf, M};
use crate::native::{NativeClass, NativeInstance};
use crate::Args;
use runnel_core::{Error, Result, Value};
use std::cell::RefCell;
use std::rc::Rc;

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
            .write(&chars)?;
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

pub(super) fn string_io_class() -> Rc<NativeClass> {
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
