//! `csv.reader`: CPython 3.11's parser (`_csv.c`'s state machine), pulling one line at a
//! time from any iterable of strings; a quoted field may span lines.

use super::dialect::{csv_error, Dialect, Registry, QUOTE_NONE, QUOTE_NONNUMERIC};
use crate::native::{NativeClass, NativeInstance};
use crate::runtime::iter::PyIter;
use crate::{Args, Interpreter};
use runnel_core::{Error, Result, Value};
use std::cell::{Cell, RefCell};
use std::rc::Rc;

#[derive(Clone, Copy, PartialEq)]
enum State {
    StartRecord,
    StartField,
    EscapedChar,
    InField,
    InQuotedField,
    EscapeInQuotedField,
    QuoteInQuotedField,
    EatCrnl,
    AfterEscapedCrnl,
}

/// One character of a line, or the end of the line (CPython's `EOL`).
#[derive(Clone, Copy, PartialEq)]
enum Ch {
    C(char),
    Eol,
}

struct Parser<'a> {
    d: &'a Dialect,
    limit: i64,
    state: State,
    field: String,
    field_len: i64,
    numeric: bool,
    fields: Vec<Value>,
}

impl Parser<'_> {
    fn save_field(&mut self) -> Result<()> {
        let text = std::mem::take(&mut self.field);
        self.field_len = 0;
        let v = if std::mem::take(&mut self.numeric) {
            Value::Float(runnel_core::value::to_float(&Value::str(&text))?)
        } else {
            Value::str(&text)
        };
        self.fields.push(v);
        Ok(())
    }

    fn add_char(&mut self, c: char) -> Result<()> {
        if self.field_len >= self.limit {
            return Err(csv_error(format!(
                "field larger than field limit ({})",
                self.limit
            )));
        }
        self.field.push(c);
        self.field_len += 1;
        Ok(())
    }

    /// The end of a field at a line end (`\n`, `\r` or the line's end).
    fn end_line(&mut self, ch: Ch) -> Result<()> {
        self.save_field()?;
        self.state = if ch == Ch::Eol {
            State::StartRecord
        } else {
            State::EatCrnl
        };
        Ok(())
    }

    fn process(&mut self, ch: Ch) -> Result<()> {
        let d = self.d;
        let is = |x: Option<char>| matches!(ch, Ch::C(c) if Some(c) == x);
        let crlf = matches!(ch, Ch::C('\n' | '\r'));
        let quote = is(d.quotechar) && d.quoting != QUOTE_NONE;
        match self.state {
            State::StartRecord if ch == Ch::Eol => return Ok(()),
            State::StartRecord if crlf => {
                self.state = State::EatCrnl;
                return Ok(());
            }
            State::StartRecord => {
                self.state = State::StartField;
                return self.process(ch);
            }
            State::StartField => {
                if crlf || ch == Ch::Eol {
                    self.end_line(ch)?;
                } else if quote {
                    self.state = State::InQuotedField;
                } else if is(d.escapechar) {
                    self.state = State::EscapedChar;
                } else if ch == Ch::C(' ') && d.skipinitialspace {
                } else if is(Some(d.delimiter)) {
                    self.save_field()?;
                } else if let Ch::C(c) = ch {
                    self.numeric = d.quoting == QUOTE_NONNUMERIC;
                    self.add_char(c)?;
                    self.state = State::InField;
                }
            }
            State::EscapedChar => {
                if let Ch::C(c @ ('\n' | '\r')) = ch {
                    self.add_char(c)?;
                    self.state = State::AfterEscapedCrnl;
                } else {
                    self.add_char(if let Ch::C(c) = ch { c } else { '\n' })?;
                    self.state = State::InField;
                }
            }
            State::AfterEscapedCrnl if ch == Ch::Eol => {}
            State::AfterEscapedCrnl | State::InField => {
                if crlf || ch == Ch::Eol {
                    self.end_line(ch)?;
                } else if is(d.escapechar) {
                    self.state = State::EscapedChar;
                } else if is(Some(d.delimiter)) {
                    self.save_field()?;
                    self.state = State::StartField;
                } else if let Ch::C(c) = ch {
                    self.add_char(c)?;
                    self.state = State::InField;
                }
            }
            State::InQuotedField => {
                if ch == Ch::Eol {
                } else if is(d.escapechar) {
                    self.state = State::EscapeInQuotedField;
                } else if quote {
                    self.state = if d.doublequote {
                        State::QuoteInQuotedField
                    } else {
                        State::InField
                    };
                } else if let Ch::C(c) = ch {
                    self.add_char(c)?;
                }
            }
            State::EscapeInQuotedField => {
                self.add_char(if let Ch::C(c) = ch { c } else { '\n' })?;
                self.state = State::InQuotedField;
            }
            State::QuoteInQuotedField => {
                if quote {
                    self.add_char(d.quotechar.unwrap_or('"'))?;
                    self.state = State::InQuotedField;
                } else if is(Some(d.delimiter)) {
                    self.save_field()?;
                    self.state = State::StartField;
                } else if crlf || ch == Ch::Eol {
                    self.end_line(ch)?;
                } else if !d.strict {
                    if let Ch::C(c) = ch {
                        self.add_char(c)?;
                    }
                    self.state = State::InField;
                } else {
                    return Err(csv_error(format!(
                        "'{}' expected after '{}'",
                        d.delimiter,
                        d.quotechar.unwrap_or('"')
                    )));
                }
            }
            State::EatCrnl => {
                if crlf {
                } else if ch == Ch::Eol {
                    self.state = State::StartRecord;
                } else {
                    return Err(csv_error("new-line character seen in unquoted field - do you need to open the file in universal-newline mode?"));
                }
            }
        }
        Ok(())
    }
}

pub(crate) struct Reader {
    src: RefCell<Option<PyIter>>,
    pub dialect: Dialect,
    reg: Rc<Registry>,
    line_num: Cell<i64>,
}

impl Reader {
    pub(crate) fn new(src: PyIter, dialect: Dialect, reg: Rc<Registry>) -> Reader {
        Reader {
            src: RefCell::new(Some(src)),
            dialect,
            reg,
            line_num: Cell::new(0),
        }
    }

    /// How many lines the reader has read from its source.
    pub(crate) fn line_num(&self) -> i64 {
        self.line_num.get()
    }

    /// The next record, or `None` at the end of the input.
    pub(crate) fn next_row(&self, interp: &Interpreter) -> Result<Option<Vec<Value>>> {
        // Taken out while Python code may run (a generator feeding the reader).
        let mut src = self
            .src
            .try_borrow_mut()
            .ok()
            .and_then(|mut s| s.take())
            .ok_or_else(|| Error::value_error("csv reader already executing"))?;
        let r = self.parse_record(interp, &mut src);
        *self.src.borrow_mut() = Some(src);
        r
    }

    fn parse_record(&self, interp: &Interpreter, src: &mut PyIter) -> Result<Option<Vec<Value>>> {
        let mut p = Parser {
            d: &self.dialect,
            limit: self.reg.field_limit.get(),
            state: State::StartRecord,
            field: String::new(),
            field_len: 0,
            numeric: false,
            fields: Vec::new(),
        };
        loop {
            let Some(line) = src.next(interp)? else {
                if p.field_len != 0 || p.state == State::InQuotedField {
                    if self.dialect.strict {
                        return Err(csv_error("unexpected end of data"));
                    }
                    p.save_field()?;
                    return Ok(Some(p.fields));
                }
                return Ok(None);
            };
            let Value::Str(line) = crate::runtime::builtin_base::plain(&line) else {
                return Err(csv_error(format!(
                    "iterator should return strings, not {} (the file should be opened in text mode)",
                    line.type_name()
                )));
            };
            self.line_num.set(self.line_num.get() + 1);
            for c in line.chars() {
                interp.tick()?;
                p.process(Ch::C(c))?;
            }
            p.process(Ch::Eol)?;
            if p.state == State::StartRecord {
                return Ok(Some(p.fields));
            }
        }
    }
}

fn this(v: &Value) -> Result<Rc<Reader>> {
    NativeInstance::data_of::<Reader>(v)
        .ok_or_else(|| Error::type_error("descriptor requires a '_csv.reader' object"))
}

pub(crate) fn reader_class(dialect_class: Rc<NativeClass>) -> Rc<NativeClass> {
    let class = NativeClass::new("_csv.reader")
        .method("__iter__", |_, s, _| Ok(s.clone()))
        .method("__next__", |interp, s, a: Args| {
            a.check_count("__next__", 0, 0)?;
            match this(s)?.next_row(interp)? {
                Some(row) => Ok(Value::list(row)),
                None => Err(Error::new("StopIteration", "")),
            }
        })
        .property("line_num", |_, s| Ok(Value::Int(this(s)?.line_num.get())))
        .property("dialect", move |_, s| {
            let d = this(s)?.dialect.clone();
            Ok(NativeInstance::new(dialect_class.clone(), Rc::new(d)))
        });
    Rc::new(class)
}
