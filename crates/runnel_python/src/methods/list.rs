//! Methods of `list`, and the sort shared with `sorted()`.

use crate::exceptions::memory_error;
use crate::runtime::compare::{count, less, position};
use crate::{Args, Interpreter};
use runnel_core::value::{PyCell, Shared};
use runnel_core::{Error, Result, Value};
use std::cmp::Ordering;

pub(crate) const NAMES: &[&str] = &[
    "append", "extend", "insert", "pop", "remove", "index", "count", "sort", "reverse", "copy",
    "clear",
];

type List = Shared<PyCell<Vec<Value>>>;

/// Calls `list.name(args)`; `None` when list has no such method.
pub(crate) fn call(
    interp: &Interpreter,
    _obj: &Value,
    l: &List,
    name: &str,
    mut args: Args,
) -> Option<Result<Value>> {
    let max = interp.config.max_collection_len;
    let r = (|| -> Result<Value> {
        match name {
            "append" => {
                args.check_count("list.append", 1, 1)?;
                let v = args.positional.pop().unwrap_or(Value::None);
                let mut items = l.borrow_mut()?;
                if items.len() >= max {
                    return Err(memory_error());
                }
                items.push(v);
            }
            "extend" => {
                args.check_count("list.extend", 1, 1)?;
                // Collect first: the argument may be the list itself.
                let new = interp.collect(&args.positional[0])?;
                let mut items = l.borrow_mut()?;
                if items.len() + new.len() > max {
                    return Err(memory_error());
                }
                items.extend(new);
            }
            "insert" => {
                args.check_count("insert", 2, 2)?;
                let i = crate::modules::args::index(&args.positional[0])?;
                let v = args.positional.pop().unwrap_or(Value::None);
                let mut items = l.borrow_mut()?;
                if items.len() >= max {
                    return Err(memory_error());
                }
                let n = items.len() as i64;
                let at = if i < 0 { (i + n).max(0) } else { i.min(n) };
                items.insert(at as usize, v);
            }
            "pop" => {
                args.check_count("pop", 0, 1)?;
                let mut items = l.borrow_mut()?;
                if items.is_empty() {
                    return Err(Error::index_error("pop from empty list"));
                }
                let n = items.len() as i64;
                let i = match args.positional.first() {
                    Some(v) => crate::modules::args::index(v)?,
                    None => -1,
                };
                let at = if i < 0 { i + n } else { i };
                if at < 0 || at >= n {
                    return Err(Error::index_error("pop index out of range"));
                }
                return Ok(items.remove(at as usize));
            }
            "remove" => {
                args.check_count("list.remove", 1, 1)?;
                let mut items = l.borrow_mut()?;
                match position(&items, &args.positional[0])? {
                    Some(i) => {
                        items.remove(i);
                    }
                    None => return Err(Error::value_error("list.remove(x): x not in list")),
                }
            }
            "index" => {
                args.check_count("index", 1, 3)?;
                let items = l.borrow()?;
                let n = items.len() as i64;
                let bound = |v: Option<&Value>, default: i64| -> Result<usize> {
                    let i = match v {
                        None => default,
                        // CPython reads these bounds as a slice's.
                        Some(v) => crate::modules::args::index(v).map_err(|_| {
                            Error::type_error(
                                "slice indices must be integers or have an __index__ method",
                            )
                        })?,
                    };
                    Ok((if i < 0 { (i + n).max(0) } else { i.min(n) }) as usize)
                };
                let (lo, hi) = (
                    bound(args.positional.get(1), 0)?,
                    bound(args.positional.get(2), n)?,
                );
                let window = items.get(lo..hi.max(lo)).unwrap_or(&[]);
                return match position(window, &args.positional[0])? {
                    Some(i) => Ok(Value::Int((lo + i) as i64)),
                    None => Err(Error::value_error(format!(
                        "{} is not in list",
                        args.positional[0].repr()
                    ))),
                };
            }
            "count" => {
                args.check_count("list.count", 1, 1)?;
                let items = l.borrow()?;
                return Ok(Value::Int(count(&items, &args.positional[0])?));
            }
            "sort" => {
                args.check_count("sort", 0, 0)?;
                let key = args.take_keyword("key");
                let reverse = args
                    .take_keyword("reverse")
                    .map(|v| v.truthy())
                    .unwrap_or(false);
                args.finish("sort")?;
                // The list is empty while it is being sorted, as in CPython.
                let mut items = std::mem::take(&mut *l.borrow_mut()?);
                let r = sort_values(interp, &mut items, key, reverse);
                *l.borrow_mut()? = items;
                r?;
            }
            "reverse" => l.borrow_mut()?.reverse(),
            "copy" => return Ok(Value::list(l.borrow()?.clone())),
            "clear" => l.borrow_mut()?.clear(),
            _ => return Err(Error::new("__none__", "")),
        }
        Ok(Value::None)
    })();
    match r {
        Err(e) if e.exc_type == "__none__" => None,
        other => Some(other),
    }
}

/// Sorts like Python's `list.sort` (stable; `reverse` keeps equal items in order).
pub(crate) fn sort_values(
    interp: &Interpreter,
    items: &mut Vec<Value>,
    key: Option<Value>,
    reverse: bool,
) -> Result<()> {
    let keys: Option<Vec<Value>> = match key {
        Some(Value::None) | None => None,
        Some(k) => {
            let mut ks = Vec::with_capacity(items.len());
            for it in items.iter() {
                ks.push(interp.call_value(&k, Args::new(vec![it.clone()]))?);
            }
            Some(ks)
        }
    };
    if items.len() < super::list_sort::SMALL {
        return sort_small(items, keys, reverse);
    }
    let mut error: Option<Error> = None;
    let mut cmp = |a: &Value, b: &Value| -> Ordering {
        if error.is_some() {
            return Ordering::Equal;
        }
        let (a, b) = if reverse { (b, a) } else { (a, b) };
        match less(a, b) {
            Ok(true) => Ordering::Less,
            Ok(false) => match less(b, a) {
                Ok(true) => Ordering::Greater,
                Ok(false) => Ordering::Equal,
                Err(e) => {
                    error = Some(e);
                    Ordering::Equal
                }
            },
            Err(e) => {
                error = Some(e);
                Ordering::Equal
            }
        }
    };
    match keys {
        None => items.sort_by(|a, b| cmp(a, b)),
        Some(keys) => {
            let mut pairs: Vec<(Value, Value)> = keys.into_iter().zip(items.drain(..)).collect();
            pairs.sort_by(|a, b| cmp(&a.0, &b.0));
            items.extend(pairs.into_iter().map(|(_, v)| v));
        }
    }
    match error {
        Some(e) => Err(e),
        None => Ok(()),
    }
}

/// A short list sorted by CPython's own steps (`list_sort`): `reverse` reverses before and
/// after an ascending sort, as `list.sort` does, which keeps equal items in order.
fn sort_small(items: &mut Vec<Value>, keys: Option<Vec<Value>>, reverse: bool) -> Result<()> {
    let keys = keys.unwrap_or_else(|| items.clone());
    let mut pairs: Vec<(Value, Value)> = keys.into_iter().zip(items.drain(..)).collect();
    if reverse {
        pairs.reverse();
    }
    let r = super::list_sort::sort_small(&mut pairs, |a, b| less(&a.0, &b.0));
    if reverse {
        pairs.reverse();
    }
    items.extend(pairs.into_iter().map(|(_, v)| v));
    r
}
