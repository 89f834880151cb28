//! The method resolution order: CPython's C3 linearization of a class's bases (so a
//! diamond `class D(B, C)` with `B(A)`, `C(A)` resolves D, B, C, A, and `super()` in B
//! reaches C), its refusals, and `__mro__`/`mro()` as values.

use super::class::PyClass;
use crate::builtins::types::{Kind, TypeObj};
use crate::exceptions::ExcClass;
use runnel_core::value::Object;
use runnel_core::{Error, Result, Value};
use std::rc::Rc;

/// The ancestors of a class with these program-class bases (itself excluded), by C3:
/// each base's MRO and the bases themselves, merged keeping every order they state.
pub(crate) fn linearize(bases: &[Rc<PyClass>]) -> Result<Vec<Rc<PyClass>>> {
    for (i, b) in bases.iter().enumerate() {
        if bases[..i].iter().any(|o| Rc::ptr_eq(o, b)) {
            return Err(Error::type_error(format!(
                "duplicate base class {}",
                b.name
            )));
        }
    }
    let mut seqs: Vec<Vec<Rc<PyClass>>> = bases
        .iter()
        .map(|b| {
            std::iter::once(b.clone())
                .chain(b.mro.iter().cloned())
                .collect()
        })
        .collect();
    seqs.push(bases.to_vec());
    let mut out: Vec<Rc<PyClass>> = Vec::new();
    loop {
        seqs.retain(|s| !s.is_empty());
        if seqs.is_empty() {
            return Ok(out);
        }
        let in_a_tail =
            |c: &Rc<PyClass>| seqs.iter().any(|s| s[1..].iter().any(|t| Rc::ptr_eq(t, c)));
        let Some(head) = seqs.iter().map(|s| s[0].clone()).find(|h| !in_a_tail(h)) else {
            return Err(inconsistent(&seqs));
        };
        for s in seqs.iter_mut() {
            if Rc::ptr_eq(&s[0], &head) {
                s.remove(0);
            }
        }
        out.push(head);
    }
}

/// CPython's `TypeError`, naming the heads left unmerged.
fn inconsistent(seqs: &[Vec<Rc<PyClass>>]) -> Error {
    let mut names: Vec<&str> = Vec::new();
    for s in seqs {
        if !names.contains(&&*s[0].name) {
            names.push(&s[0].name);
        }
    }
    Error::type_error(format!(
        "Cannot create a consistent method resolution\norder (MRO) for bases {}",
        names.join(", ")
    ))
}

/// The built-in exception classes a class with these bases derives from, in MRO order:
/// the C3 merge of each base's own (`class Both(KeyError, ValueError)`: `KeyError`,
/// `LookupError`, `ValueError`, `Exception`, `BaseException`).
pub(crate) fn exc_lineage(bases: &[Value]) -> Vec<&'static str> {
    let mut seqs: Vec<Vec<&'static str>> = bases
        .iter()
        .filter_map(|b| match super::class::class_rc(b) {
            Some(c) => Some(c.exc_mro.clone()),
            None => b
                .downcast::<ExcClass>()
                .map(|e| crate::exceptions::ancestry(e.name).collect()),
        })
        .filter(|s: &Vec<_>| !s.is_empty())
        .collect();
    let mut out = Vec::new();
    while seqs.iter().any(|s| !s.is_empty()) {
        let in_tail =
            |n: &str, seqs: &[Vec<&str>]| seqs.iter().any(|s| s.iter().skip(1).any(|m| *m == n));
        // The first head in no tail; an inconsistent order takes the first head.
        let pick = seqs
            .iter()
            .filter_map(|s| s.first().copied())
            .find(|h| !in_tail(h, &seqs))
            .or_else(|| seqs.iter().find_map(|s| s.first().copied()));
        let Some(next) = pick else { break };
        out.push(next);
        for s in seqs.iter_mut() {
            s.retain(|n| *n != next);
        }
    }
    out
}

/// `Cls.__mro__`: the class, its program ancestors, then the built-in classes they rest
/// on (an exception's hierarchy, a built-in base type), ending with `object`.
pub(crate) fn mro_items(class: &Rc<PyClass>) -> Vec<Value> {
    let mut items: Vec<Value> = std::iter::once(class.clone())
        .chain(class.mro.iter().cloned())
        .map(|c| Value::Object(c as Rc<dyn Object>))
        .collect();
    if class.exc_base.is_some() {
        items.extend(
            class
                .exc_mro
                .iter()
                .map(|n| Value::object(ExcClass { name: n })),
        );
    } else if let Some(kind) = class.builtin {
        items.push(TypeObj::value(kind));
    }
    items.push(TypeObj::value(Kind::Object));
    items
}

/// `int.__mro__`, `bool.__mro__`...: a built-in type's own chain.
pub(crate) fn type_mro(t: &TypeObj) -> Value {
    let mut items = vec![TypeObj::value(t.kind)];
    if t.kind == Kind::Bool {
        items.push(TypeObj::value(Kind::Int));
    }
    if t.kind != Kind::Object {
        items.push(TypeObj::value(Kind::Object));
    }
    Value::tuple(items)
}

/// `ValueError.__mro__`.
pub(crate) fn exc_mro(name: &'static str) -> Value {
    let mut items: Vec<Value> = crate::exceptions::ancestry(name)
        .map(|n| Value::object(ExcClass { name: n }))
        .collect();
    items.push(TypeObj::value(Kind::Object));
    Value::tuple(items)
}
