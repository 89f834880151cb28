//! `match` statements: each pattern compiles to a test that binds its captures as it
//! goes (as CPython's does), then the guard, then the body of the first case that holds.

use super::{CResult, Compiler};
use crate::runtime::compare::{eq, is};
use crate::runtime::frame::{ExprFn, Flow, Frame, StmtFn, StoreFn};
use ruff_python_ast::{self as ast, Pattern};
use runnel_core::{Result, Value};
use std::rc::Rc;

/// A compiled pattern: whether the subject matches (binding names when it does).
pub(super) type Matcher = Box<dyn Fn(&mut Frame, &Value) -> Result<bool>>;

/// Builtin classes whose single positional sub-pattern matches the subject itself.
const SELF_MATCHING: &[&str] = &[
    "bool",
    "bytearray",
    "bytes",
    "dict",
    "float",
    "frozenset",
    "int",
    "list",
    "set",
    "str",
    "tuple",
];

impl Compiler<'_> {
    pub(super) fn match_stmt(&mut self, m: &ast::StmtMatch) -> CResult<StmtFn> {
        let subject = self.expr(&m.subject)?;
        let mut cases: Vec<(Matcher, Option<ExprFn>, StmtFn)> = Vec::new();
        for c in &m.cases {
            let pattern = self.pattern(&c.pattern)?;
            let guard = c.guard.as_ref().map(|g| self.expr(g)).transpose()?;
            cases.push((pattern, guard, self.block(&c.body)?));
        }
        Ok(Box::new(move |f| {
            let v = subject(f)?;
            for (pattern, guard, body) in &cases {
                if !pattern(f, &v)? {
                    continue;
                }
                if let Some(g) = guard {
                    if !crate::runtime::truth::test(f, g)? {
                        continue;
                    }
                }
                return body(f);
            }
            Ok(Flow::Normal)
        }))
    }

    pub(super) fn pattern(&mut self, p: &Pattern) -> CResult<Matcher> {
        Ok(match p {
            Pattern::MatchValue(v) => {
                let value = self.expr(&v.value)?;
                Box::new(move |f, s| Ok(eq(s, &value(f)?)))
            }
            Pattern::MatchSingleton(s) => {
                let v = match s.value {
                    ast::Singleton::None => Value::None,
                    ast::Singleton::True => Value::Bool(true),
                    ast::Singleton::False => Value::Bool(false),
                };
                Box::new(move |_, s| Ok(is(s, &v)))
            }
            Pattern::MatchAs(a) => {
                let sub = a.pattern.as_ref().map(|p| self.pattern(p)).transpose()?;
                let store = a.name.as_ref().map(|n| self.store_name(&n.id));
                Box::new(move |f, s| {
                    if let Some(sub) = &sub {
                        if !sub(f, s)? {
                            return Ok(false);
                        }
                    }
                    if let Some(store) = &store {
                        store(f, s.clone())?;
                    }
                    Ok(true)
                })
            }
            Pattern::MatchOr(o) => {
                let alts = o
                    .patterns
                    .iter()
                    .map(|p| self.pattern(p))
                    .collect::<CResult<Vec<_>>>()?;
                Box::new(move |f, s| {
                    for alt in &alts {
                        if alt(f, s)? {
                            return Ok(true);
                        }
                    }
                    Ok(false)
                })
            }
            Pattern::MatchSequence(seq) => self.sequence_pattern(&seq.patterns)?,
            Pattern::MatchMapping(m) => self.mapping_pattern(m)?,
            Pattern::MatchClass(c) => self.class_pattern(c)?,
            Pattern::MatchStar(s) => {
                return Err(self.syntax_error(s.range, "can't use starred pattern here"))
            }
        })
    }

    fn sequence_pattern(&mut self, patterns: &[Pattern]) -> CResult<Matcher> {
        let star = patterns
            .iter()
            .position(|p| matches!(p, Pattern::MatchStar(_)));
        let mut before = Vec::new();
        let mut after = Vec::new();
        let mut star_store: Option<StoreFn> = None;
        for (i, p) in patterns.iter().enumerate() {
            match (p, star) {
                (Pattern::MatchStar(s), _) => {
                    star_store = s.name.as_ref().map(|n| self.store_name(&n.id));
                }
                (_, Some(at)) if i > at => after.push(self.pattern(p)?),
                _ => before.push(self.pattern(p)?),
            }
        }
        let has_star = star.is_some();
        Ok(Box::new(move |f, s| {
            let items: Vec<Value> = match s {
                Value::List(l) => l.borrow()?.clone(),
                Value::Tuple(t) => t.to_vec(),
                _ => return Ok(false),
            };
            let fixed = before.len() + after.len();
            if items.len() < fixed || (!has_star && items.len() != fixed) {
                return Ok(false);
            }
            for (p, item) in before.iter().zip(&items) {
                if !p(f, item)? {
                    return Ok(false);
                }
            }
            let tail = items.len() - after.len();
            for (p, item) in after.iter().zip(&items[tail..]) {
                if !p(f, item)? {
                    return Ok(false);
                }
            }
            if let Some(store) = &star_store {
                store(f, Value::list(items[before.len()..tail].to_vec()))?;
            }
            Ok(true)
        }))
    }

    fn mapping_pattern(&mut self, m: &ast::PatternMatchMapping) -> CResult<Matcher> {
        let keys = self.exprs(&m.keys)?;
        let subs = m
            .patterns
            .iter()
            .map(|p| self.pattern(p))
            .collect::<CResult<Vec<_>>>()?;
        let rest = m.rest.as_ref().map(|n| self.store_name(&n.id));
        Ok(Box::new(move |f, s| {
            let Value::Dict(d) = s else {
                return Ok(false);
            };
            let mut used = Vec::with_capacity(keys.len());
            for (k, p) in keys.iter().zip(&subs) {
                let k = k(f)?;
                let v = d.borrow()?.get(&k)?.cloned();
                match v {
                    Some(v) if p(f, &v)? => used.push(k),
                    _ => return Ok(false),
                }
            }
            if let Some(store) = &rest {
                let mut others = runnel_core::value::PyDict::new();
                for (k, v) in d.borrow()?.iter() {
                    if !used.iter().any(|u| eq(u, k)) {
                        others.insert(k.clone(), v.clone())?;
                    }
                }
                store(f, Value::dict(others))?;
            }
            Ok(true)
        }))
    }

    fn class_pattern(&mut self, c: &ast::PatternMatchClass) -> CResult<Matcher> {
        let cls = self.expr(&c.cls)?;
        let positional = c
            .arguments
            .patterns
            .iter()
            .map(|p| self.pattern(p))
            .collect::<CResult<Vec<_>>>()?;
        let mut keywords: Vec<(Rc<str>, Matcher)> = Vec::new();
        for k in &c.arguments.keywords {
            keywords.push((Rc::from(k.attr.id.as_str()), self.pattern(&k.pattern)?));
        }
        Ok(Box::new(move |f, s| {
            let class = cls(f)?;
            if !crate::builtins::instance_of(s, &class)? {
                return Ok(false);
            }
            let names = positional_names(f, &class, positional.len())?;
            for (i, p) in positional.iter().enumerate() {
                let v = match &names {
                    None => s.clone(),
                    Some(names) => match attr(f, s, &names[i])? {
                        Some(v) => v,
                        None => return Ok(false),
                    },
                };
                if !p(f, &v)? {
                    return Ok(false);
                }
            }
            for (name, p) in &keywords {
                match attr(f, s, name)? {
                    Some(v) if p(f, &v)? => {}
                    _ => return Ok(false),
                }
            }
            Ok(true)
        }))
    }
}

/// The attributes positional sub-patterns match (`__match_args__`), or `None` when the
/// one positional sub-pattern matches the subject itself (`case int(x)`).
fn positional_names(f: &Frame, class: &Value, n: usize) -> Result<Option<Vec<String>>> {
    if n == 0 {
        return Ok(Some(Vec::new()));
    }
    let name = class
        .downcast::<crate::builtins::types::TypeObj>()
        .map(|t| t.name());
    if name.is_some_and(|n| SELF_MATCHING.contains(&n)) {
        if n > 1 {
            return Err(runnel_core::Error::type_error(format!(
                "{}() accepts 1 positional sub-pattern ({n} given)",
                name.unwrap_or("")
            )));
        }
        return Ok(None);
    }
    let args = crate::methods::get_attr(f.interp, class, "__match_args__").ok();
    let names: Vec<String> = match &args {
        Some(Value::Tuple(t)) => t.iter().map(|v| v.to_str()).collect(),
        _ => Vec::new(),
    };
    if names.len() < n {
        let cls = match class {
            Value::Object(o) => o.repr(),
            _ => class.repr(),
        };
        let cls = cls
            .trim_start_matches("<class '__main__.")
            .trim_start_matches("<class '")
            .trim_end_matches("'>")
            .to_string();
        return Err(runnel_core::Error::type_error(format!(
            "{cls}() accepts {} positional sub-pattern{} ({n} given)",
            names.len(),
            if names.len() == 1 { "" } else { "s" }
        )));
    }
    Ok(Some(names))
}

/// `getattr(s, name)`, or `None` when it has no such attribute.
fn attr(f: &Frame, s: &Value, name: &str) -> Result<Option<Value>> {
    match crate::methods::get_attr(f.interp, s, name) {
        Ok(v) => Ok(Some(v)),
        Err(e) if e.exc_type == "AttributeError" => Ok(None),
        Err(e) => Err(e),
    }
}
