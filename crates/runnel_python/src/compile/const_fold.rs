//! CPython 3.11's AST optimizer (`Python/ast_opt.c`) on constant operands: `2**64`,
//! `'x' * 5`, `-(2**63)`, `(1, 'a')[0]` become constants before the compiler sees them,
//! within its size limits (a fold that would build too big a value, or that raises,
//! is left to run). Set displays need it: three or more constants are a frozenset
//! constant, whose layout is the order `print` shows.

use crate::runtime::bytes::{bytes_of, Bytes};
use crate::runtime::ops::{binop, Op};
use runnel_core::value::{as_big, Value};

/// `MAX_INT_SIZE`: the bits of the largest int a fold may build.
const MAX_INT_SIZE: u64 = 128;
/// `MAX_COLLECTION_SIZE`: items of the largest tuple a fold may build.
const MAX_COLLECTION_SIZE: i64 = 256;
/// `MAX_STR_SIZE`: characters (or bytes) of the longest string a fold may build.
const MAX_STR_SIZE: i64 = 4096;
/// `MAX_TOTAL_ITEMS`: items of a repeated tuple, nested collections counted.
const MAX_TOTAL_ITEMS: i64 = 1024;

/// `fold_binop`: `a OP b` of two constants, or `None` where CPython leaves it to run.
pub(super) fn fold_binop(op: Op, a: &Value, b: &Value) -> Option<Value> {
    let allowed = match op {
        Op::Mul => safe_multiply(a, b),
        Op::Pow => safe_power(a, b),
        Op::LShift => safe_lshift(a, b),
        // `safe_mod`: `%` of a string or bytes is formatting, never folded.
        Op::Mod => !matches!(a, Value::Str(_)) && bytes_of(a).is_none(),
        _ => true,
    };
    if !allowed {
        return None;
    }
    binop(op, a, b, usize::MAX).ok()
}

/// `fold_unaryop` on a constant (`not` included).
pub(super) fn fold_unary(op: ruff_python_ast::UnaryOp, v: &Value) -> Option<Value> {
    use ruff_python_ast::UnaryOp as U;
    match op {
        U::USub => v.neg().ok(),
        U::UAdd => v.pos().ok(),
        U::Invert => v.invert().ok(),
        U::Not => Some(Value::Bool(!v.truthy())),
    }
}

fn bits(v: &Value) -> Option<u64> {
    as_big(v).map(|b| b.bits())
}

fn is_int(v: &Value) -> bool {
    matches!(v, Value::Int(_) | Value::Bool(_)) || as_big(v).is_some()
}

fn small(v: &Value) -> Option<i64> {
    match v {
        Value::Int(i) => Some(*i),
        Value::Bool(b) => Some(*b as i64),
        _ => None,
    }
}

/// `safe_multiply`: ints of at most 128 bits together, a tuple of at most 256 items
/// (1024 nested), a string of at most 4096 characters.
fn safe_multiply(v: &Value, w: &Value) -> bool {
    if is_int(v) && is_int(w) {
        let (vb, wb) = (bits(v).unwrap_or(0), bits(w).unwrap_or(0));
        return vb == 0 || wb == 0 || vb + wb <= MAX_INT_SIZE;
    }
    if is_int(v) {
        let size = match w {
            Value::Tuple(t) => Some((t.len() as i64, true)),
            Value::FrozenSet(s) => Some((s.len() as i64, true)),
            Value::Str(s) => Some((s.chars().count() as i64, false)),
            _ => bytes_of(w)
                .filter(|_| w.downcast::<Bytes>().is_some())
                .map(|b| (b.len() as i64, false)),
        };
        let Some((size, collection)) = size else {
            return true;
        };
        if size == 0 {
            return true;
        }
        let Some(n) = small(v) else {
            return false;
        };
        let limit = if collection {
            MAX_COLLECTION_SIZE
        } else {
            MAX_STR_SIZE
        };
        if n < 0 || n > limit / size {
            return false;
        }
        return !collection || n == 0 || complexity(w, MAX_TOTAL_ITEMS / n).is_some();
    }
    if is_int(w) {
        return safe_multiply(w, v);
    }
    true
}

/// `check_complexity`: what is left of `limit` after counting the nested items.
fn complexity(v: &Value, mut limit: i64) -> Option<i64> {
    let items: Vec<&Value> = match v {
        Value::Tuple(t) => t.iter().collect(),
        Value::FrozenSet(s) => s.iter().collect(),
        _ => return Some(limit),
    };
    limit -= items.len() as i64;
    for item in items {
        if limit < 0 {
            break;
        }
        limit = complexity(item, limit)?;
    }
    (limit >= 0).then_some(limit)
}

/// `safe_power`: an int power of at most 128 bits (`vbits > MAX_INT_SIZE / w` is left).
fn safe_power(v: &Value, w: &Value) -> bool {
    if !(is_int(v) && is_int(w)) {
        return true;
    }
    let vb = bits(v).unwrap_or(0);
    match small(w) {
        _ if vb == 0 => true,
        Some(e) if e <= 0 => true,
        Some(e) => vb <= MAX_INT_SIZE / e as u64,
        None => as_big(w).is_some_and(|b| b.sign() == num_bigint::Sign::Minus),
    }
}

/// `safe_lshift`: a shift whose result has at most 128 bits (a negative count raises
/// and is left to run).
fn safe_lshift(v: &Value, w: &Value) -> bool {
    if !(is_int(v) && is_int(w)) {
        return true;
    }
    let vb = bits(v).unwrap_or(0);
    match small(w) {
        _ if vb == 0 => true,
        Some(0) => true,
        Some(s) if s < 0 => false,
        Some(s) => (s as u64) <= MAX_INT_SIZE && vb <= MAX_INT_SIZE - s as u64,
        None => false,
    }
}

/// `fold_subscr`: a constant indexed by a constant int (`'abc'[1]`, `(1, 2)[-1]`,
/// `b'ab'[0]`); slices are not constants in 3.11's AST, and a bad index is left to raise.
pub(super) fn fold_subscript(v: &Value, index: &Value) -> Option<Value> {
    let i = small(index)?;
    let pick = |len: usize| {
        let j = if i < 0 { i + len as i64 } else { i };
        (0..len as i64).contains(&j).then_some(j as usize)
    };
    match v {
        Value::Str(s) => {
            let n = s.chars().count();
            s.chars()
                .nth(pick(n)?)
                .map(|c| Value::str(c.encode_utf8(&mut [0; 4])))
        }
        Value::Tuple(t) => Some(t[pick(t.len())?].clone()),
        _ => {
            let b = v.downcast::<Bytes>()?;
            Some(Value::Int(b.0[pick(b.0.len())?] as i64))
        }
    }
}
