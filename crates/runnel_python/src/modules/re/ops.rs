//! The searching operations of `re.Pattern` (and the module functions): `search`,
//! `match`, `fullmatch`, `findall`, `finditer`, `sub`, `subn`, `split`.

use super::compiled::{byte_at, next_char, Compiled, Spans};
use super::matchobj::{new_match, MatchData};
use super::State;
use crate::runtime::iter::IterObj;
use crate::{Args, Interpreter};
use runnel_core::value::Shared;
use runnel_core::{Error, Result, Value};
use std::rc::Rc;

pub(crate) type Op = fn(&Interpreter, &State, &Value, &Rc<Compiled>, Args) -> Result<Value>;

fn text_arg(v: Option<Value>, func: &str, name: &str) -> Result<Shared<str>> {
    match v.map(|v| crate::runtime::builtin_base::plain(&v)) {
        Some(Value::Str(s)) => Ok(s),
        Some(other) => Err(Error::type_error(format!(
            "expected string or bytes-like object, got '{}'",
            other.type_name()
        ))),
        None => Err(Error::type_error(format!(
            "{func}() missing required argument '{name}' (pos 1)"
        ))),
    }
}

/// The string and the `pos`/`endpos` window (characters, clamped as CPython clamps them).
struct Window {
    text: Shared<str>,
    pos: usize,
    endpos: usize,
    /// The window in bytes.
    start: usize,
    end: usize,
}

fn window(mut a: Args, func: &str) -> Result<Window> {
    let text = text_arg(a.take(0, "string"), func, "string")?;
    let n = text.chars().count() as i64;
    let pos = match a.take(1, "pos") {
        Some(v) => crate::modules::args::index(&v)?.clamp(0, n),
        None => 0,
    };
    let endpos = match a.take(2, "endpos") {
        Some(v) => crate::modules::args::index(&v)?.clamp(0, n),
        None => n,
    };
    crate::modules::args::done(&a, func, 3)?;
    let (pos, endpos) = (pos as usize, endpos as usize);
    Ok(Window {
        start: byte_at(&text, pos),
        end: byte_at(&text, endpos),
        text,
        pos,
        endpos,
    })
}

fn make(st: &State, pat: &Value, c: &Rc<Compiled>, w: &Window, spans: Spans) -> Result<Value> {
    new_match(
        &Rc::downgrade(&st.match_class),
        MatchData {
            re: c.clone(),
            pattern: pat.clone(),
            text: w.text.clone(),
            spans,
            pos: w.pos,
            endpos: w.endpos,
        },
    )
}

type Finder = fn(&Compiled, &str, usize, usize) -> Result<Option<Spans>>;

fn one(st: &State, pat: &Value, c: &Rc<Compiled>, a: Args, func: &str, f: Finder) -> Result<Value> {
    let w = window(a, func)?;
    if w.pos > w.endpos {
        return Ok(Value::None);
    }
    match f(c, &w.text, w.start, w.end)? {
        Some(spans) => make(st, pat, c, &w, spans),
        None => Ok(Value::None),
    }
}

pub(super) fn search(
    _: &Interpreter,
    st: &State,
    pat: &Value,
    c: &Rc<Compiled>,
    a: Args,
) -> Result<Value> {
    one(st, pat, c, a, "search", Compiled::search)
}

pub(super) fn match_(
    _: &Interpreter,
    st: &State,
    pat: &Value,
    c: &Rc<Compiled>,
    a: Args,
) -> Result<Value> {
    one(st, pat, c, a, "match", Compiled::match_at)
}

pub(super) fn fullmatch(
    _: &Interpreter,
    st: &State,
    pat: &Value,
    c: &Rc<Compiled>,
    a: Args,
) -> Result<Value> {
    one(st, pat, c, a, "fullmatch", Compiled::full_match)
}

/// Every match in `text[start..end]`, left to right; after an empty match the next
/// search starts one character on. Stops after `limit` matches when it is not 0.
fn each(
    interp: &Interpreter,
    c: &Compiled,
    text: &str,
    start: usize,
    end: usize,
    limit: usize,
    mut f: impl FnMut(Spans) -> Result<()>,
) -> Result<()> {
    let mut p = start;
    let mut n = 0;
    while p <= end {
        let Some(spans) = c.search(text, p, end)? else {
            break;
        };
        let (s, e) = spans[0].unwrap_or((p, p));
        f(spans)?;
        n += 1;
        if limit != 0 && n >= limit {
            break;
        }
        interp.tick()?;
        p = if e == s { next_char(text, e) } else { e };
    }
    Ok(())
}

fn group_text(text: &str, span: Option<(usize, usize)>, missing: Value) -> Value {
    match span {
        Some((a, b)) => Value::str(text.get(a..b).unwrap_or("")),
        None => missing,
    }
}

pub(super) fn findall(
    interp: &Interpreter,
    _: &State,
    _: &Value,
    c: &Rc<Compiled>,
    a: Args,
) -> Result<Value> {
    let w = window(a, "findall")?;
    let mut out = Vec::new();
    let empty = || Value::str("");
    each(interp, c, &w.text, w.start, w.end, 0, |spans| {
        out.push(match c.groups {
            0 => group_text(&w.text, spans[0], empty()),
            1 => group_text(&w.text, spans[1], empty()),
            _ => Value::tuple(
                spans[1..]
                    .iter()
                    .map(|s| group_text(&w.text, *s, empty()))
                    .collect(),
            ),
        });
        crate::runtime::ops::check_len(out.len(), interp.config.max_collection_len)
    })?;
    Ok(Value::list(out))
}

pub(super) fn finditer(
    interp: &Interpreter,
    st: &State,
    pat: &Value,
    c: &Rc<Compiled>,
    a: Args,
) -> Result<Value> {
    let w = window(a, "finditer")?;
    let mut out = Vec::new();
    each(interp, c, &w.text, w.start, w.end, 0, |spans| {
        out.push(make(st, pat, c, &w, spans)?);
        crate::runtime::ops::check_len(out.len(), interp.config.max_collection_len)
    })?;
    Ok(IterObj::from_items("callable_iterator", out))
}

fn count_arg(v: Option<Value>) -> Result<usize> {
    Ok(match v {
        Some(v) => crate::modules::args::index(&v)?.max(0) as usize,
        None => 0,
    })
}

/// `sub`/`subn`: the new string and the number of replacements.
fn substitute(
    interp: &Interpreter,
    st: &State,
    pat: &Value,
    c: &Rc<Compiled>,
    mut a: Args,
    func: &str,
) -> Result<(String, usize)> {
    let repl = a.require(0, "repl", func)?;
    let repl = match crate::runtime::builtin_base::base_of(&repl) {
        Some(s @ Value::Str(_)) => s,
        _ => repl,
    };
    let text = text_arg(a.take(1, "string"), func, "string")?;
    let count = count_arg(a.take(2, "count"))?;
    crate::modules::args::done(&a, func, 3)?;
    let template = match &repl {
        Value::Str(t) => Some(super::template::parse(t, c)?),
        _ => None,
    };
    let w = Window {
        end: text.len(),
        endpos: text.chars().count(),
        text,
        pos: 0,
        start: 0,
    };
    let mut out = String::with_capacity(w.text.len());
    let mut last = 0;
    let mut n = 0;
    each(interp, c, &w.text, 0, w.end, count, |spans| {
        let (s, e) = spans[0].unwrap_or((last, last));
        out.push_str(w.text.get(last..s).unwrap_or(""));
        let m = MatchData {
            re: c.clone(),
            pattern: pat.clone(),
            text: w.text.clone(),
            spans,
            pos: 0,
            endpos: w.endpos,
        };
        match &template {
            Some(t) => out.push_str(&super::template::expand(t, &m)),
            None => {
                let mv = super::matchobj::new_match(&Rc::downgrade(&st.match_class), m)?;
                match interp.call_value(&repl, Args::new(vec![mv]))? {
                    Value::Str(r) => out.push_str(&r),
                    other => {
                        return Err(Error::type_error(format!(
                            "sequence item {n}: expected str instance, {} found",
                            other.type_name()
                        )))
                    }
                }
            }
        }
        crate::runtime::ops::check_len(out.len(), interp.config.max_collection_len)?;
        last = e;
        n += 1;
        Ok(())
    })?;
    out.push_str(w.text.get(last..).unwrap_or(""));
    Ok((out, n))
}

pub(super) fn sub(
    interp: &Interpreter,
    st: &State,
    pat: &Value,
    c: &Rc<Compiled>,
    a: Args,
) -> Result<Value> {
    Ok(Value::str(&substitute(interp, st, pat, c, a, "sub")?.0))
}

pub(super) fn subn(
    interp: &Interpreter,
    st: &State,
    pat: &Value,
    c: &Rc<Compiled>,
    a: Args,
) -> Result<Value> {
    let (s, n) = substitute(interp, st, pat, c, a, "subn")?;
    Ok(Value::pair(Value::str(&s), Value::Int(n as i64)))
}

pub(super) fn split(
    interp: &Interpreter,
    _: &State,
    _: &Value,
    c: &Rc<Compiled>,
    mut a: Args,
) -> Result<Value> {
    let text = text_arg(a.take(0, "string"), "split", "string")?;
    let maxsplit = count_arg(a.take(1, "maxsplit"))?;
    crate::modules::args::done(&a, "split", 2)?;
    let mut out = Vec::new();
    let mut last = 0;
    each(interp, c, &text, 0, text.len(), maxsplit, |spans| {
        let (s, e) = spans[0].unwrap_or((last, last));
        out.push(Value::str(text.get(last..s).unwrap_or("")));
        for g in &spans[1..] {
            out.push(group_text(&text, *g, Value::None));
        }
        last = e;
        crate::runtime::ops::check_len(out.len(), interp.config.max_collection_len)
    })?;
    out.push(Value::str(text.get(last..).unwrap_or("")));
    Ok(Value::list(out))
}
