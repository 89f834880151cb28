//! Set displays, built as CPython 3.11's bytecode builds them, since the table's layout
//! is the iteration order `print` shows: `{a, b}` adds each item; `{*xs, y}` merges each
//! starred iterable as `set.update` does (`SET_UPDATE`); and three or more constants
//! (`{'a', 'b', 'c'}`) are a frozenset constant merged into a new set.

use super::{CResult, Compiler};
use crate::methods::set::Source;
use crate::runtime::frame::ExprFn;
use ruff_python_ast::{self as ast, Expr, Number};
use runnel_core::value::PySet;
use runnel_core::{Result, Value};

impl Compiler<'_> {
    pub(super) fn set_display(&mut self, s: &ast::ExprSet) -> CResult<ExprFn> {
        if s.elts.len() > 2 {
            if let Some(items) = s.elts.iter().map(|e| self.const_value(e)).collect() {
                if let Ok(constant) = self.set_constant(items) {
                    return Ok(Box::new(move |_| Ok(Value::set(constant.copy()))));
                }
            }
        }
        let mut parts: Vec<(bool, ExprFn)> = Vec::with_capacity(s.elts.len());
        for e in &s.elts {
            match e {
                Expr::Starred(st) => parts.push((true, self.expr(&st.value)?)),
                other => parts.push((false, self.expr(other)?)),
            }
        }
        Ok(Box::new(move |f| {
            let mut set = PySet::new();
            for (star, p) in &parts {
                let v = p(f)?;
                if *star {
                    Source::of(f.interp, &v)?.add_to(&mut set)?;
                } else {
                    set.insert(v)?;
                }
            }
            Ok(Value::set(set))
        }))
    }

    /// The frozenset constant CPython's compiler makes of `items`: built in their order,
    /// then rebuilt from its own iteration order when the compiler merges constants
    /// (`merge_consts_recursive`), or the earlier equal constant (same items, same types).
    /// The code object rebuilds it once more when interning replaced one of its strings
    /// by an equal string interned before (`intern_string_constants`): that depends on
    /// what the process interned, guessed here as a word the program also uses as a name
    /// or a built-in's name.
    fn set_constant(&mut self, items: Vec<Value>) -> Result<PySet> {
        let replaced = items.iter().any(|v| match v {
            Value::Str(s) => self.interned_before(s),
            _ => false,
        });
        let mut first = PySet::new();
        for v in items {
            first.insert(v)?;
        }
        let mut constant = rebuilt(&first)?;
        match self.set_consts.iter().find(|e| same_constant(e, &constant)) {
            Some(earlier) => constant = earlier.clone(),
            None => self.set_consts.push(constant.clone()),
        }
        if replaced {
            constant = rebuilt(&constant)?;
        }
        Ok(constant)
    }

    /// Whether CPython has likely interned `s` before this constant: a name-like word
    /// that the program writes as an identifier (the parser interns those), a built-in's
    /// name, or a single letter (names the standard library loaded at startup uses).
    fn interned_before(&self, s: &str) -> bool {
        let name_like = !s.is_empty() && s.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'_');
        name_like
            && (s.len() == 1
                || self.interp.builtins.contains_key(s)
                || self
                    .source_names
                    .get_or_init(|| identifiers(self.text))
                    .contains(s))
    }

    /// The value of a constant after CPython's AST optimizer (a literal, a tuple of
    /// constants, an operator on constants: `const_fold`); `None` for anything else.
    fn const_value(&self, e: &Expr) -> Option<Value> {
        Some(match e {
            Expr::StringLiteral(s) => Value::str(s.value.to_str()),
            Expr::BooleanLiteral(b) => Value::Bool(b.value),
            Expr::NoneLiteral(_) => Value::None,
            Expr::NumberLiteral(n) => match &n.value {
                Number::Int(i) => match i.as_i64() {
                    Some(i) => Value::Int(i),
                    None => {
                        let text = self
                            .text
                            .get(n.range.start().to_usize()..n.range.end().to_usize())?;
                        runnel_core::value::to_int_base_value(text, 0).ok()?
                    }
                },
                Number::Float(f) => Value::Float(*f),
                Number::Complex { .. } => return None,
            },
            Expr::Tuple(t) => Value::tuple(
                t.elts
                    .iter()
                    .map(|e| self.const_value(e))
                    .collect::<Option<Vec<_>>>()?,
            ),
            Expr::UnaryOp(ast::ExprUnaryOp { op, operand, .. }) => {
                super::const_fold::fold_unary(*op, &self.const_value(operand)?)?
            }
            Expr::BytesLiteral(b) => crate::runtime::bytes::bytes_value(b.value.bytes().collect()),
            Expr::Subscript(s) => super::const_fold::fold_subscript(
                &self.const_value(&s.value)?,
                &self.const_value(&s.slice)?,
            )?,
            Expr::BinOp(b) => super::const_fold::fold_binop(
                super::expr::op_of(b.op)?,
                &self.const_value(&b.left)?,
                &self.const_value(&b.right)?,
            )?,
            _ => return None,
        })
    }
}

/// The identifiers a program's text writes outside strings and comments.
fn identifiers(text: &str) -> std::collections::HashSet<String> {
    let mut out = std::collections::HashSet::new();
    let b = text.as_bytes();
    let mut i = 0;
    while i < b.len() {
        let c = b[i];
        if c == b'#' {
            while i < b.len() && b[i] != b'\n' {
                i += 1;
            }
        } else if c == b'\'' || c == b'"' {
            i = skip_string(b, i);
        } else if c.is_ascii_alphabetic() || c == b'_' {
            let start = i;
            while i < b.len() && (b[i].is_ascii_alphanumeric() || b[i] == b'_') {
                i += 1;
            }
            // A string prefix (`f'...'`, `rb"..."`) is not a name.
            if i < b.len() && (b[i] == b'\'' || b[i] == b'"') && i - start <= 2 {
                continue;
            }
            out.insert(text[start..i].to_string());
        } else {
            i += 1;
        }
    }
    out
}

/// The index just past the string literal starting at `i` (single or triple quoted).
fn skip_string(b: &[u8], i: usize) -> usize {
    let q = b[i];
    let triple = b.len() >= i + 3 && b[i + 1] == q && b[i + 2] == q;
    let mut j = if triple { i + 3 } else { i + 1 };
    while j < b.len() {
        if b[j] == b'\\' {
            j += 2;
            continue;
        }
        if b[j] == q && (!triple || (j + 2 < b.len() && b[j + 1] == q && b[j + 2] == q)) {
            return j + if triple { 3 } else { 1 };
        }
        if !triple && b[j] == b'\n' {
            return j;
        }
        j += 1;
    }
    j
}

/// A set rebuilt by adding its items in its own iteration order.
fn rebuilt(s: &PySet) -> Result<PySet> {
    let mut out = PySet::new();
    for v in s.iter() {
        out.insert(v.clone())?;
    }
    Ok(out)
}

/// Whether two constants are the same to CPython's constant cache: equal, with each item
/// of the same type as its equal (`{1, 2}` and `{True, 2}` are two constants).
fn same_constant(a: &PySet, b: &PySet) -> bool {
    a.len() == b.len()
        && a.iter().all(|x| {
            b.iter()
                .any(|y| x.type_name() == y.type_name() && y.py_eq(x))
        })
}
