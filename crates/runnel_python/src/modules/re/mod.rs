//! The `re` module on `fancy-regex` (a backtracking engine over the `regex` crate, for
//! backreferences and lookaround): Python's syntax is rewritten (see [`translate`]),
//! positions are converted between characters (Python) and bytes (Rust), and searches
//! step over empty matches as CPython 3.7+ does.

mod compiled;
mod matchobj;
mod ops;
mod template;
mod translate;

use crate::exceptions::ExcClass;
use crate::native::{NativeClass, NativeFunction, NativeInstance};
use crate::{Args, Interpreter};
use compiled::Compiled;
use runnel_core::{Error, Result, Value};
use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::{Rc, Weak};
use translate::*;

/// CPython's `re._MAXCACHE`: compiled patterns kept for the module functions.
const MAX_CACHE: usize = 512;

pub(crate) struct State {
    cache: RefCell<HashMap<(String, i64), Value>>,
    pattern_class: RefCell<Weak<NativeClass>>,
    match_class: Rc<NativeClass>,
}

/// The data of a `re.Pattern` instance.
pub(crate) struct PatternData(pub Rc<Compiled>);

fn flags_repr(flags: i64) -> String {
    let names = [
        (IGNORECASE, "re.IGNORECASE"),
        (LOCALE, "re.LOCALE"),
        (MULTILINE, "re.MULTILINE"),
        (DOTALL, "re.DOTALL"),
        (VERBOSE, "re.VERBOSE"),
        (ASCII, "re.ASCII"),
    ];
    let parts: Vec<&str> = names
        .iter()
        .filter(|(bit, _)| flags & bit != 0)
        .map(|(_, n)| *n)
        .collect();
    parts.join("|")
}

fn pattern_repr(inst: &NativeInstance) -> String {
    let Ok(p) = inst.data.clone().downcast::<PatternData>() else {
        return "re.compile(?)".into();
    };
    let src = Value::str(&p.0.source).repr();
    match flags_repr(p.0.flags & !UNICODE) {
        f if f.is_empty() => format!("re.compile({src})"),
        f => format!("re.compile({src}, {f})"),
    }
}

impl State {
    /// `re.compile(pattern, flags)`, cached as CPython caches it.
    fn compile(&self, pattern: &Value, flags: i64) -> Result<Value> {
        if NativeInstance::data_of::<PatternData>(pattern).is_some() {
            if flags != 0 {
                return Err(Error::value_error(
                    "cannot process flags argument with a compiled pattern",
                ));
            }
            return Ok(pattern.clone());
        }
        let plain = crate::runtime::builtin_base::plain(pattern);
        let Value::Str(src) = &plain else {
            return Err(Error::type_error(format!(
                "first argument must be string or compiled pattern, not {}",
                pattern.type_name()
            )));
        };
        let key = (src.to_string(), flags);
        if let Some(v) = self.cache.borrow().get(&key) {
            return Ok(v.clone());
        }
        let compiled = Compiled::new(src, flags)?;
        let class = self
            .pattern_class
            .borrow()
            .upgrade()
            .ok_or_else(|| Error::new("RuntimeError", "re module unloaded"))?;
        let v = NativeInstance::new(class, Rc::new(PatternData(Rc::new(compiled))));
        let mut cache = self.cache.borrow_mut();
        if cache.len() >= MAX_CACHE {
            cache.clear();
        }
        cache.insert(key, v.clone());
        Ok(v)
    }
}

/// The pattern methods, also the module functions (which first compile their pattern).
const OPS: &[(&str, ops::Op, usize)] = &[
    ("search", ops::search, 2),
    ("match", ops::match_, 2),
    ("fullmatch", ops::fullmatch, 2),
    ("findall", ops::findall, 2),
    ("finditer", ops::finditer, 2),
    ("sub", ops::sub, 4),
    ("subn", ops::subn, 4),
    ("split", ops::split, 3),
];

/// A compiled pattern on its way to a worker thread: recompiled there, as pickle does.
#[derive(Debug)]
struct PortablePattern {
    source: String,
    flags: i64,
}

impl runnel_core::value::PortableObject for PortablePattern {
    fn revive(&self, r: &mut runnel_core::value::Reviver, id: u32) -> Result<Value> {
        let interp = crate::portable::target(r)?;
        let re = interp.find_module("re")?;
        let compile = interp.module_attr(&re, "re", "compile")?;
        let flags = Value::Int(self.flags & !UNICODE);
        let v = interp.call_value(&compile, Args::new(vec![Value::str(&self.source), flags]))?;
        r.remember(id, v.clone());
        Ok(v)
    }
}

fn pattern_class(st: &Rc<State>) -> Rc<NativeClass> {
    let mut class = NativeClass::new("re.Pattern").with_repr(pattern_repr);
    class.set_freeze(|inst, _| {
        let p = inst.data.clone().downcast::<PatternData>().ok()?;
        Some(Ok(Box::new(PortablePattern {
            source: p.0.source.clone(),
            flags: p.0.flags,
        })
            as Box<dyn runnel_core::value::PortableObject>))
    });
    for &(name, op, _) in OPS {
        let st = Rc::downgrade(st);
        class = class.method(name, move |interp, this, args| {
            let st = st
                .upgrade()
                .ok_or_else(|| Error::new("RuntimeError", "re unloaded"))?;
            let p = pattern_of(this)?;
            op(interp, &st, this, &p, args)
        });
    }
    let class = class
        .property("pattern", |_, this| {
            Ok(Value::str(&pattern_of(this)?.source))
        })
        .property("flags", |_, this| Ok(Value::Int(pattern_of(this)?.flags)))
        .property("groups", |_, this| {
            Ok(Value::Int(pattern_of(this)?.groups as i64))
        })
        .property("groupindex", |_, this| {
            let mut d = runnel_core::value::PyDict::new();
            for (n, i) in &pattern_of(this)?.names {
                d.insert(Value::str(n), Value::Int(*i as i64))?;
            }
            Ok(Value::dict(d))
        });
    Rc::new(class)
}

fn pattern_of(v: &Value) -> Result<Rc<Compiled>> {
    NativeInstance::data_of::<PatternData>(v)
        .map(|p| p.0.clone())
        .ok_or_else(|| Error::type_error("descriptor requires a 're.Pattern' object"))
}

/// Takes the `flags` argument (position `idx` or keyword).
fn take_flags(args: &mut Args, idx: usize) -> Result<i64> {
    let v = args
        .take_keyword("flags")
        .or_else(|| (args.positional.len() > idx).then(|| args.positional.remove(idx)));
    match v {
        None => Ok(0),
        Some(v) => crate::modules::args::index(&v),
    }
}

fn module_op(st: &Rc<State>, name: &'static str, op: ops::Op, flags_at: usize) -> Value {
    let st = st.clone();
    NativeFunction::new(name, move |interp: &Interpreter, mut args: Args| {
        let flags = take_flags(&mut args, flags_at)?;
        let pattern = args
            .take_keyword("pattern")
            .or_else(|| (!args.positional.is_empty()).then(|| args.positional.remove(0)));
        let pattern = pattern.ok_or_else(|| {
            Error::type_error(format!(
                "{name}() missing required argument: 'pattern' (pos 1)"
            ))
        })?;
        let compiled = st.compile(&pattern, flags)?;
        let p = pattern_of(&compiled)?;
        op(interp, &st, &compiled, &p, args)
    })
}

/// `re.escape(pattern)`: CPython escapes every ASCII character that is special.
fn escape(_: &Interpreter, args: Args) -> Result<Value> {
    args.check_count("escape", 1, 1)?;
    let Value::Str(s) = &crate::runtime::builtin_base::plain(&args.positional[0]) else {
        return Err(Error::type_error(format!(
            "expected str, got {}",
            args.positional[0].type_name()
        )));
    };
    let mut out = String::with_capacity(s.len() * 2);
    for c in s.chars() {
        if "()[]{}?*+-|^$\\.&~# \t\n\r\x0b\x0c".contains(c) {
            out.push('\\');
        }
        out.push(c);
    }
    Ok(Value::str(&out))
}

pub(super) fn attrs() -> Vec<(&'static str, Value)> {
    let st = Rc::new(State {
        cache: RefCell::new(HashMap::new()),
        pattern_class: RefCell::new(Weak::new()),
        match_class: matchobj::class(),
    });
    let pclass = pattern_class(&st);
    *st.pattern_class.borrow_mut() = Rc::downgrade(&pclass);
    let compile_st = st.clone();
    let purge_st = st.clone();
    let mut out = vec![
        (
            "compile",
            NativeFunction::new("compile", move |_, mut args: Args| {
                let flags = take_flags(&mut args, 1)?;
                let p = args.require(0, "pattern", "compile")?;
                args.finish("compile")?;
                compile_st.compile(&p, flags)
            }),
        ),
        ("escape", NativeFunction::new("escape", escape)),
        (
            "purge",
            NativeFunction::new("purge", move |_, _| {
                purge_st.cache.borrow_mut().clear();
                Ok(Value::None)
            }),
        ),
        ("error", Value::object(ExcClass { name: "re.error" })),
        ("Pattern", Value::Object(pclass.clone())),
        ("Match", Value::Object(st.match_class.clone())),
        ("I", Value::Int(IGNORECASE)),
        ("IGNORECASE", Value::Int(IGNORECASE)),
        ("L", Value::Int(LOCALE)),
        ("LOCALE", Value::Int(LOCALE)),
        ("M", Value::Int(MULTILINE)),
        ("MULTILINE", Value::Int(MULTILINE)),
        ("S", Value::Int(DOTALL)),
        ("DOTALL", Value::Int(DOTALL)),
        ("U", Value::Int(UNICODE)),
        ("UNICODE", Value::Int(UNICODE)),
        ("X", Value::Int(VERBOSE)),
        ("VERBOSE", Value::Int(VERBOSE)),
        ("A", Value::Int(ASCII)),
        ("ASCII", Value::Int(ASCII)),
        ("NOFLAG", Value::Int(0)),
    ];
    // The pattern class must outlive this function: the module keeps it as `re.Pattern`.
    for &(name, op, flags_at) in OPS {
        out.push((name, module_op(&st, name, op, flags_at)));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::compiled::Compiled;
    use super::template;

    /// Random patterns and templates from Python's metacharacters never panic: they
    /// compile and search, or fail with an error.
    #[test]
    fn odd_patterns_are_errors_not_panics() {
        let alphabet: Vec<char> = r"ab\()[]{}?*+|^$.-,:=!<>P#0129dwsZAbgxu é"
            .chars()
            .collect();
        let mut seed: u64 = 0x2545_f491_4f6c_dd1d;
        let mut next = move || {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            seed
        };
        for _ in 0..20_000 {
            let len = (next() % 12) as usize;
            let p: String = (0..len)
                .map(|_| alphabet[(next() % alphabet.len() as u64) as usize])
                .collect();
            let flags = [0, 2, 8, 16, 64, 256][(next() % 6) as usize];
            if let Ok(c) = Compiled::new(&p, flags) {
                let text = "ab(a)b é\n{1}";
                let _ = c.search(text, 0, text.len());
                let _ = c.full_match(text, 1, text.len());
                let _ = template::parse(&p, &c);
            }
        }
    }
}
