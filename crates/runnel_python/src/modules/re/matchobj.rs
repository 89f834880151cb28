//! `re.Match`: the result of a successful search, with CPython's methods and repr.

use super::compiled::{char_at, Compiled, Spans};
use crate::native::{NativeClass, NativeInstance};
use crate::Args;
use runnel_core::value::{PyDict, Shared};
use runnel_core::{Error, Result, Value};
use std::rc::{Rc, Weak};

pub(crate) struct MatchData {
    pub re: Rc<Compiled>,
    /// The `re.Pattern` object (`m.re`).
    pub pattern: Value,
    pub text: Shared<str>,
    /// Byte spans of every group (0 is the whole match).
    pub spans: Spans,
    /// `pos` and `endpos` of the search, in characters.
    pub pos: usize,
    pub endpos: usize,
}

impl MatchData {
    /// The text of group `i`, or `None` when it did not take part.
    pub fn text_of(&self, i: usize) -> Option<Value> {
        let (a, b) = self.spans.get(i).copied().flatten()?;
        Some(Value::str(self.text.get(a..b).unwrap_or("")))
    }

    /// The group number `g` names (an int or a group name).
    pub fn index(&self, g: &Value) -> Result<usize> {
        let i = match g {
            Value::Int(i) => usize::try_from(*i).ok(),
            Value::Bool(b) => Some(*b as usize),
            Value::Str(name) => self.re.group_index(name),
            _ => None,
        };
        i.filter(|i| *i <= self.re.groups)
            .ok_or_else(|| Error::index_error("no such group"))
    }

    fn group(&self, g: &Value) -> Result<Value> {
        Ok(self.text_of(self.index(g)?).unwrap_or(Value::None))
    }

    /// Character span of group `i`: `(-1, -1)` when it did not take part.
    fn span(&self, i: usize) -> (i64, i64) {
        match self.spans.get(i).copied().flatten() {
            Some((a, b)) => (char_at(&self.text, a) as i64, char_at(&self.text, b) as i64),
            None => (-1, -1),
        }
    }

    fn lastindex(&self) -> Option<usize> {
        // The group that closed last; among groups closing together, the outermost.
        let mut best: Option<(usize, usize)> = None;
        for i in 1..self.spans.len() {
            if let Some((_, end)) = self.spans[i] {
                if best.is_none_or(|(_, e)| end > e) {
                    best = Some((i, end));
                }
            }
        }
        best.map(|(i, _)| i)
    }
}

fn data(v: &Value) -> Result<Rc<MatchData>> {
    NativeInstance::data_of::<MatchData>(v)
        .ok_or_else(|| Error::type_error("descriptor requires a 're.Match' object"))
}

fn group_arg(a: &Args) -> Value {
    a.positional.first().cloned().unwrap_or(Value::Int(0))
}

fn repr(inst: &NativeInstance) -> String {
    let Ok(m) = inst.data.clone().downcast::<MatchData>() else {
        return "<re.Match object>".into();
    };
    let (a, b) = m.span(0);
    let text = m.text_of(0).unwrap_or(Value::None);
    format!("<re.Match object; span=({a}, {b}), match={}>", text.repr())
}

fn defaulted(m: &MatchData, i: usize, default: &Value) -> Value {
    m.text_of(i).unwrap_or_else(|| default.clone())
}

fn default_arg(mut a: Args, func: &str) -> Result<Value> {
    let d = a.take(0, "default").unwrap_or(Value::None);
    a.finish(func)?;
    Ok(d)
}

fn methods(class: NativeClass) -> NativeClass {
    class
        .method("group", |_, this, a: Args| {
            a.finish("group")?;
            let m = data(this)?;
            match a.positional.len() {
                0 => m.group(&Value::Int(0)),
                1 => m.group(&a.positional[0]),
                _ => a
                    .positional
                    .iter()
                    .map(|g| m.group(g))
                    .collect::<Result<Vec<_>>>()
                    .map(Value::tuple),
            }
        })
        .method("groups", |_, this, a: Args| {
            let m = data(this)?;
            let d = default_arg(a, "groups")?;
            Ok(Value::tuple(
                (1..=m.re.groups).map(|i| defaulted(&m, i, &d)).collect(),
            ))
        })
        .method("groupdict", |_, this, a: Args| {
            let m = data(this)?;
            let d = default_arg(a, "groupdict")?;
            let mut out = PyDict::new();
            for (name, i) in &m.re.names {
                out.insert(Value::str(name), defaulted(&m, *i, &d))?;
            }
            Ok(Value::dict(out))
        })
        .method("start", |_, this, a: Args| {
            let m = data(this)?;
            Ok(Value::Int(m.span(m.index(&group_arg(&a))?).0))
        })
        .method("end", |_, this, a: Args| {
            let m = data(this)?;
            Ok(Value::Int(m.span(m.index(&group_arg(&a))?).1))
        })
        .method("span", |_, this, a: Args| {
            let m = data(this)?;
            let (s, e) = m.span(m.index(&group_arg(&a))?);
            Ok(Value::pair(Value::Int(s), Value::Int(e)))
        })
        .method("expand", |_, this, a: Args| {
            a.check_count("expand", 1, 1)?;
            let m = data(this)?;
            let Value::Str(t) = &a.positional[0] else {
                return Err(Error::type_error("expected str instance"));
            };
            let template = super::template::parse(t, &m.re)?;
            Ok(Value::str(&super::template::expand(&template, &m)))
        })
        .property("string", |_, this| Ok(Value::Str(data(this)?.text.clone())))
        .property("re", |_, this| Ok(data(this)?.pattern.clone()))
        .property("pos", |_, this| Ok(Value::Int(data(this)?.pos as i64)))
        .property("endpos", |_, this| {
            Ok(Value::Int(data(this)?.endpos as i64))
        })
        .property("lastindex", |_, this| {
            Ok(data(this)?
                .lastindex()
                .map_or(Value::None, |i| Value::Int(i as i64)))
        })
        .property("lastgroup", |_, this| {
            let m = data(this)?;
            let name = m
                .lastindex()
                .and_then(|i| m.re.names.iter().find(|(_, j)| *j == i));
            Ok(name.map_or(Value::None, |(n, _)| Value::str(n)))
        })
}

/// The `re.Match` class; instances are made by [`new_match`].
pub(crate) fn class() -> Rc<NativeClass> {
    let mut class = methods(NativeClass::new("re.Match")).with_repr(repr);
    class.slots.getitem = Some(Rc::new(|this, key| data(this)?.group(key)));
    Rc::new(class)
}

pub(crate) fn new_match(class: &Weak<NativeClass>, m: MatchData) -> Result<Value> {
    let class = class
        .upgrade()
        .ok_or_else(|| Error::new("RuntimeError", "re module unloaded"))?;
    Ok(NativeInstance::new(class, Rc::new(m)))
}
