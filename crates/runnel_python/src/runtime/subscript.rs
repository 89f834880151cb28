//! `x[i]`, `x[a:b:c]`, and their assignment and deletion.

use super::iter::RangeObj;
use runnel_core::{Error, Result, Value};

/// A slice object `a:b:c` (only ever used as a subscript).
#[derive(Clone)]
pub(crate) struct Slice {
    pub lower: Option<i64>,
    pub upper: Option<i64>,
    pub step: Option<i64>,
}

impl Slice {
    /// Start, stop, step and length for a sequence of `len` items (CPython's
    /// `PySlice_AdjustIndices`).
    pub fn indices(&self, len: usize) -> Result<(i64, i64, i64, usize)> {
        let len = len as i64;
        // i64::MIN as a step cannot be negated; any step beyond the length acts the same.
        let step = self.step.unwrap_or(1).max(-i64::MAX);
        if step == 0 {
            return Err(Error::value_error("slice step cannot be zero"));
        }
        let adjust = |v: Option<i64>, default: i64, lo: i64, hi: i64| match v {
            None => default,
            Some(v) if v < 0 => v.saturating_add(len).max(lo),
            Some(v) => v.min(hi),
        };
        let (start, stop) = if step > 0 {
            (
                adjust(self.lower, 0, 0, len),
                adjust(self.upper, len, 0, len),
            )
        } else {
            (
                adjust(self.lower, len - 1, -1, len - 1),
                adjust(self.upper, -1, -1, len - 1),
            )
        };
        let n = if step > 0 {
            if stop > start {
                (stop - start - 1) / step + 1
            } else {
                0
            }
        } else if start > stop {
            (start - stop - 1) / -step + 1
        } else {
            0
        };
        Ok((start, stop, step, n as usize))
    }

    fn positions(&self, len: usize) -> Result<impl Iterator<Item = usize>> {
        let (start, _, step, n) = self.indices(len)?;
        Ok((0..n).map(move |i| (start + step * i as i64) as usize))
    }
}

/// A slice object used as the key of a built-in sequence (`xs[slice(1, 3)]`); program
/// classes get the object itself.
fn slice_key(container: &Value, key: &Value) -> Option<Result<Slice>> {
    // A dict takes a slice as a key (unhashable in 3.11: `TypeError`).
    if super::slice_obj::wants_object(container) || matches!(container, Value::Dict(_)) {
        return None;
    }
    super::slice_obj::as_slice(key)
}

/// `Cls[key]` by the class's `__class_getitem__` (an implicit classmethod).
fn class_getitem(container: &Value, key: &Value) -> Option<Result<Value>> {
    let class = super::class::class_rc(container)?;
    let hook = class.lookup("__class_getitem__")?;
    let func = match hook.downcast::<super::members::ClassMethod>() {
        Some(m) => m.0.clone(),
        None => hook,
    };
    let interp = class.interp.upgrade()?;
    Some(interp.call_value(
        &func,
        crate::Args::new(vec![container.clone(), key.clone()]),
    ))
}

/// `d[a:b]` of a dict: the slice is its key, and slices are unhashable in 3.11.
fn dict_slice(container: &Value) -> Result<()> {
    match container {
        Value::Dict(_) => Err(Error::type_error("unhashable type: 'slice'")),
        _ => Ok(()),
    }
}

/// Converts a slice bound value (`None` or an int).
pub(crate) fn slice_bound(v: &Value) -> Result<Option<i64>> {
    match v {
        Value::None => Ok(None),
        Value::Int(i) => Ok(Some(*i)),
        Value::Bool(b) => Ok(Some(*b as i64)),
        _ if crate::runtime::builtin_base::base_of(v).is_some() => {
            slice_bound(&crate::runtime::builtin_base::plain(v))
        }
        _ => Err(Error::type_error(
            "slice indices must be integers or None or have an __index__ method",
        )),
    }
}

fn index(v: &Value, len: usize, what: &str) -> Result<usize> {
    let i = match v {
        Value::Int(i) => *i,
        Value::Bool(b) => *b as i64,
        _ if runnel_core::value::is_big(v) => {
            return Err(Error::index_error(
                "cannot fit 'int' into an index-sized integer",
            ))
        }
        _ => {
            // An instance of an int subclass indexes as its number.
            if let Some(b) = crate::runtime::builtin_base::base_of(v) {
                return index(&b, len, what);
            }
            // A class with `__index__` indexes as the int it gives.
            if let Some(r) = v
                .downcast::<super::class::Instance>()
                .and_then(|inst| inst.call_special("__index__", vec![]))
            {
                return match r? {
                    n @ (Value::Int(_) | Value::Bool(_)) => index(&n, len, what),
                    other => Err(Error::type_error(format!(
                        "__index__ returned non-int (type {})",
                        other.type_name()
                    ))),
                };
            }
            // CPython words str's message its own way.
            return Err(Error::type_error(match what {
                "string" | "str" => {
                    format!("string indices must be integers, not '{}'", v.type_name())
                }
                _ => format!(
                    "{what} indices must be integers or slices, not {}",
                    v.type_name()
                ),
            }));
        }
    };
    let j = if i < 0 { i + len as i64 } else { i };
    if j < 0 || j >= len as i64 {
        return Err(Error::index_error(format!("{what} index out of range")));
    }
    Ok(j as usize)
}

/// `container[key]` where a `defaultdict` may call its factory for a missing key.
pub(crate) fn get_item_in(
    interp: &crate::Interpreter,
    container: &Value,
    key: &Value,
) -> Result<Value> {
    match get_item(container, key) {
        Err(e) if e.exc_type == "KeyError" => {
            crate::modules::collections::missing(interp, container, key).unwrap_or(Err(e))
        }
        r => r,
    }
}

/// `container[key]`.
pub(crate) fn get_item(container: &Value, key: &Value) -> Result<Value> {
    if let Some(r) = class_getitem(container, key) {
        return r;
    }
    if let Some(s) = slice_key(container, key) {
        return get_slice(container, &s?);
    }
    match container {
        Value::List(l) => {
            let l = l.borrow()?;
            Ok(l[index(key, l.len(), "list")?].clone())
        }
        Value::Tuple(t) => Ok(t[index(key, t.len(), "tuple")?].clone()),
        Value::Str(s) => {
            if s.is_ascii() {
                let i = index(key, s.len(), "string")?;
                return Ok(Value::str(s.get(i..i + 1).unwrap_or("")));
            }
            let n = s.chars().count();
            let i = index(key, n, "string")?;
            let c = s.chars().nth(i).unwrap_or(' ');
            Ok(Value::str(c.encode_utf8(&mut [0u8; 4])))
        }
        Value::Dict(d) => match d.borrow()?.get(key)? {
            Some(v) => Ok(v.clone()),
            // A Counter counts a missing key 0 (without storing it).
            None if matches!(d.borrow()?.kind, runnel_core::value::DictKind::Counter) => {
                Ok(Value::Int(0))
            }
            None => Err(crate::exceptions::key_error(key)),
        },
        Value::Object(o) => {
            if let Some(r) = o.as_any().downcast_ref::<RangeObj>() {
                let i = index(key, r.len(), "range object")?;
                return Ok(Value::Int(r.get(i)));
            }
            if let Some(inst) = o.as_any().downcast_ref::<crate::native::NativeInstance>() {
                if let Some(f) = &inst.class.slots.getitem {
                    return f(container, key);
                }
            }
            if let Some(inst) = o.as_any().downcast_ref::<crate::runtime::class::Instance>() {
                if let Some(r) = inst.call_special("__getitem__", vec![key.clone()]) {
                    return r;
                }
            }
            if let Some(c) = o.as_any().downcast_ref::<crate::runtime::class::PyClass>() {
                if let Some(r) = crate::modules::enums::by_name(c, key) {
                    return r;
                }
            }
            if let Some(b) = crate::runtime::bytes::bytes_of(container) {
                let i = match key {
                    Value::Int(i) => *i,
                    Value::Bool(b) => *b as i64,
                    _ => index(key, 0, container.type_name()).map(|_| 0)?,
                };
                return crate::runtime::bytes::index(&b, i);
            }
            if let Some(g) = o
                .as_any()
                .downcast_ref::<crate::builtins::globals::GlobalsView>()
            {
                return g.get(key);
            }
            if let Some(d) = o
                .as_any()
                .downcast_ref::<super::instance_dict::InstanceDict>()
            {
                return d.get(key);
            }
            Err(not_subscriptable(container))
        }
        _ => Err(not_subscriptable(container)),
    }
}

fn not_subscriptable(v: &Value) -> Error {
    Error::type_error(format!("'{}' object is not subscriptable", v.type_name()))
}

/// `container[a:b:c]`.
pub(crate) fn get_slice(container: &Value, s: &Slice) -> Result<Value> {
    dict_slice(container)?;
    match container {
        Value::List(l) => {
            let l = l.borrow()?;
            Ok(Value::list(
                s.positions(l.len())?.map(|i| l[i].clone()).collect(),
            ))
        }
        Value::Tuple(t) => Ok(Value::tuple(
            s.positions(t.len())?.map(|i| t[i].clone()).collect(),
        )),
        Value::Str(text) => {
            if text.is_ascii() {
                let bytes = text.as_bytes();
                let out: Vec<u8> = s.positions(bytes.len())?.map(|i| bytes[i]).collect();
                return Ok(Value::str(&String::from_utf8(out).unwrap_or_default()));
            }
            let chars: Vec<char> = text.chars().collect();
            Ok(Value::str(
                &s.positions(chars.len())?
                    .map(|i| chars[i])
                    .collect::<String>(),
            ))
        }
        Value::Object(o) => {
            if let Some(b) = crate::runtime::bytes::bytes_of(container) {
                let out: Vec<u8> = s.positions(b.len())?.map(|i| b[i]).collect();
                return Ok(match o.as_any().is::<crate::runtime::bytes::ByteArray>() {
                    true => Value::object(crate::runtime::bytes::ByteArray(
                        std::cell::RefCell::new(out),
                    )),
                    false => crate::runtime::bytes::bytes_value(out),
                });
            }
            if let Some(r) = o.as_any().downcast_ref::<RangeObj>() {
                let (start, _, step, n) = s.indices(r.len())?;
                let a = r.start as i128 + start as i128 * r.step as i128;
                let st = r.step as i128 * step as i128;
                let end = a + n as i128 * st;
                let fits =
                    |v: i128| i64::try_from(v).map_err(|_| Error::overflow("range too large"));
                return Ok(Value::object(RangeObj {
                    start: fits(a)?,
                    stop: fits(end)?,
                    step: fits(st)?,
                }));
            }
            // A namedtuple slices as its tuple (`p[:2]` is a plain tuple).
            if let Some(items) = crate::modules::collections::namedtuple_items(container) {
                return Ok(Value::tuple(
                    s.positions(items.len())?
                        .map(|i| items[i].clone())
                        .collect(),
                ));
            }
            Err(not_subscriptable(container))
        }
        _ => Err(not_subscriptable(container)),
    }
}

/// `container[key] = value`.
pub(crate) fn set_item(container: &Value, key: &Value, value: Value, max_len: usize) -> Result<()> {
    if let Some(s) = slice_key(container, key) {
        let items = match &value {
            Value::List(l) => l.borrow()?.clone(),
            Value::Tuple(t) => t.to_vec(),
            other => {
                return Err(Error::type_error(format!(
                    "can only assign an iterable, not {}",
                    other.type_name()
                )))
            }
        };
        return set_slice(container, &s?, items, max_len);
    }
    match container {
        Value::List(l) => {
            let mut l = l.borrow_mut()?;
            let i = index(key, l.len(), "list").map_err(|e| {
                if e.exc_type == "IndexError" {
                    Error::index_error("list assignment index out of range")
                } else {
                    e
                }
            })?;
            l[i] = value;
            Ok(())
        }
        Value::Dict(d) => {
            let mut d = d.borrow_mut()?;
            d.insert(key.clone(), value)?;
            if d.len() > max_len {
                return Err(crate::exceptions::memory_error());
            }
            Ok(())
        }
        Value::Object(o) => {
            if let Some(g) = o
                .as_any()
                .downcast_ref::<crate::builtins::globals::GlobalsView>()
            {
                return g.set(key, value.clone());
            }
            if let Some(d) = o
                .as_any()
                .downcast_ref::<super::instance_dict::InstanceDict>()
            {
                return d.set(key, value.clone());
            }
            if let Some(inst) = o.as_any().downcast_ref::<crate::runtime::class::Instance>() {
                if let Some(r) = inst.call_special("__setitem__", vec![key.clone(), value.clone()])
                {
                    return r.map(|_| ());
                }
            }
            if let Some(f) = crate::native::NativeInstance::class_of(container)
                .and_then(|c| c.slots.setitem.clone())
            {
                return f(container, key, Some(value.clone()));
            }
            if let Some(arr) = o
                .as_any()
                .downcast_ref::<crate::runtime::bytes::ByteArray>()
            {
                let mut data = arr.0.borrow_mut();
                let i = index(key, data.len(), "bytearray")?;
                data[i] = match value {
                    Value::Int(v) => u8::try_from(v)
                        .map_err(|_| Error::value_error("byte must be in range(0, 256)"))?,
                    other => {
                        return Err(Error::type_error(format!(
                            "'{}' object cannot be interpreted as an integer",
                            other.type_name()
                        )))
                    }
                };
                return Ok(());
            }
            Err(Error::type_error(format!(
                "'{}' object does not support item assignment",
                container.type_name()
            )))
        }
        _ => Err(Error::type_error(format!(
            "'{}' object does not support item assignment",
            container.type_name()
        ))),
    }
}

/// `lst[a:b:c] = items`.
pub(crate) fn set_slice(
    container: &Value,
    s: &Slice,
    items: Vec<Value>,
    max_len: usize,
) -> Result<()> {
    dict_slice(container)?;
    let Value::List(l) = container else {
        return Err(Error::type_error(format!(
            "'{}' object does not support item assignment",
            container.type_name()
        )));
    };
    let mut l = l.borrow_mut()?;
    let (start, stop, step, n) = s.indices(l.len())?;
    if l.len() + items.len() > max_len {
        return Err(crate::exceptions::memory_error());
    }
    if step == 1 {
        let start = start as usize;
        let stop = (stop as usize).max(start);
        l.splice(start..stop, items);
        return Ok(());
    }
    if items.len() != n {
        return Err(Error::value_error(format!(
            "attempt to assign sequence of size {} to extended slice of size {n}",
            items.len()
        )));
    }
    for (k, item) in items.into_iter().enumerate() {
        l[(start + step * k as i64) as usize] = item;
    }
    Ok(())
}

/// `del container[key]` / `del container[a:b]`.
pub(crate) fn del_item(container: &Value, key: &Value, slice: Option<&Slice>) -> Result<()> {
    if slice.is_some() {
        dict_slice(container)?;
    }
    if let Some(s) = slice_key(container, key) {
        return del_item(container, &Value::None, Some(&s?));
    }
    match (container, slice) {
        (Value::List(l), Some(s)) => {
            let mut l = l.borrow_mut()?;
            let mut drop: Vec<usize> = s.positions(l.len())?.collect();
            drop.sort_unstable();
            for i in drop.into_iter().rev() {
                l.remove(i);
            }
            Ok(())
        }
        (Value::List(l), None) => {
            let mut l = l.borrow_mut()?;
            let i = index(key, l.len(), "list")
                .map_err(|_| Error::index_error("list assignment index out of range"))?;
            l.remove(i);
            Ok(())
        }
        (Value::Object(o), _) if o.as_any().is::<crate::runtime::bytes::ByteArray>() => {
            let arr = o
                .as_any()
                .downcast_ref::<crate::runtime::bytes::ByteArray>();
            let Some(arr) = arr else { return Ok(()) };
            let mut b = arr.0.borrow_mut();
            let mut drop: Vec<usize> = match slice {
                Some(s) => s.positions(b.len())?.collect(),
                None => vec![index(key, b.len(), "bytearray")
                    .map_err(|_| Error::index_error("bytearray index out of range"))?],
            };
            drop.sort_unstable();
            for i in drop.into_iter().rev() {
                b.remove(i);
            }
            Ok(())
        }
        (Value::Dict(d), None) => match d.borrow_mut()?.remove(key)? {
            Some(_) => Ok(()),
            None => Err(crate::exceptions::key_error(key)),
        },
        (Value::Object(o), None) if o.as_any().is::<super::instance_dict::InstanceDict>() => o
            .as_any()
            .downcast_ref::<super::instance_dict::InstanceDict>()
            .map_or(Ok(()), |d| d.delete(key)),
        (Value::Object(o), None)
            if o.as_any()
                .downcast_ref::<crate::runtime::class::Instance>()
                .is_some_and(|i| i.class.lookup("__delitem__").is_some()) =>
        {
            let inst = o.as_any().downcast_ref::<crate::runtime::class::Instance>();
            match inst.and_then(|i| i.call_special("__delitem__", vec![key.clone()])) {
                Some(r) => r.map(|_| ()),
                None => Ok(()),
            }
        }
        (Value::Object(_), None)
            if crate::native::NativeInstance::class_of(container)
                .is_some_and(|c| c.slots.setitem.is_some()) =>
        {
            match crate::native::NativeInstance::class_of(container)
                .and_then(|c| c.slots.setitem.clone())
            {
                Some(f) => f(container, key, None),
                None => Ok(()),
            }
        }
        _ => Err(Error::type_error(format!(
            "'{}' object doesn't support item deletion",
            container.type_name()
        ))),
    }
}
