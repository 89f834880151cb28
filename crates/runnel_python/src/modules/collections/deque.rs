//! `collections.deque`: a double-ended queue with an optional `maxlen`.

use crate::native::{NativeClass, NativeInstance};
use crate::{Args, Interpreter};
use runnel_core::{Error, Result, Value};
use std::cell::RefCell;
use std::collections::VecDeque;
use std::rc::Rc;

pub(crate) struct Deque {
    items: RefCell<VecDeque<Value>>,
    maxlen: Option<usize>,
}

impl Deque {
    fn push(&self, v: Value, left: bool) -> Result<()> {
        let mut q = self.items.try_borrow_mut().map_err(|_| busy())?;
        if self.maxlen == Some(0) {
            return Ok(());
        }
        if self.maxlen.is_some_and(|m| q.len() >= m) {
            if left {
                q.pop_back();
            } else {
                q.pop_front();
            }
        }
        if left {
            q.push_front(v);
        } else {
            q.push_back(v);
        }
        Ok(())
    }
}

fn busy() -> Error {
    Error::new("RuntimeError", "deque mutated during iteration")
}

fn this(v: &Value) -> Result<Rc<Deque>> {
    NativeInstance::data_of::<Deque>(v)
        .ok_or_else(|| Error::type_error("descriptor requires a 'collections.deque' object"))
}

fn one(a: &Args, name: &str) -> Result<Value> {
    a.check_count(name, 1, 1)?;
    a.finish(name)?;
    Ok(a.positional[0].clone())
}

fn items(inst: &NativeInstance) -> Vec<Value> {
    inst.data
        .clone()
        .downcast::<Deque>()
        .ok()
        .and_then(|d| {
            d.items
                .try_borrow()
                .ok()
                .map(|q| q.iter().cloned().collect())
        })
        .unwrap_or_default()
}

fn repr(inst: &NativeInstance) -> String {
    let body = Value::list(items(inst)).repr();
    match inst
        .data
        .clone()
        .downcast::<Deque>()
        .ok()
        .and_then(|d| d.maxlen)
    {
        Some(m) => format!("deque({body}, maxlen={m})"),
        None => format!("deque({body})"),
    }
}

type M = fn(&Interpreter, &Value, Args) -> Result<Value>;

const METHODS: &[(&str, M)] = &[
    ("append", |_, s, a| {
        this(s)?.push(one(&a, "append")?, false)?;
        Ok(Value::None)
    }),
    ("appendleft", |_, s, a| {
        this(s)?.push(one(&a, "appendleft")?, true)?;
        Ok(Value::None)
    }),
    ("extend", |i, s, a| {
        let d = this(s)?;
        for v in i.collect(&one(&a, "extend")?)? {
            d.push(v, false)?;
        }
        Ok(Value::None)
    }),
    ("extendleft", |i, s, a| {
        let d = this(s)?;
        for v in i.collect(&one(&a, "extendleft")?)? {
            d.push(v, true)?;
        }
        Ok(Value::None)
    }),
    ("pop", |_, s, a| {
        a.check_count("pop", 0, 0)?;
        this(s)?
            .items
            .try_borrow_mut()
            .map_err(|_| busy())?
            .pop_back()
            .ok_or_else(|| Error::index_error("pop from an empty deque"))
    }),
    ("popleft", |_, s, a| {
        a.check_count("popleft", 0, 0)?;
        this(s)?
            .items
            .try_borrow_mut()
            .map_err(|_| busy())?
            .pop_front()
            .ok_or_else(|| Error::index_error("pop from an empty deque"))
    }),
    ("rotate", |_, s, a| {
        a.check_count("rotate", 0, 1)?;
        let n = match a.positional.first() {
            Some(v) => crate::modules::args::index(v)?,
            None => 1,
        };
        let d = this(s)?;
        let mut q = d.items.try_borrow_mut().map_err(|_| busy())?;
        if !q.is_empty() {
            let len = q.len() as i64;
            let k = n.rem_euclid(len) as usize;
            q.rotate_right(k);
        }
        Ok(Value::None)
    }),
    ("clear", |_, s, _| {
        this(s)?.items.try_borrow_mut().map_err(|_| busy())?.clear();
        Ok(Value::None)
    }),
    ("reverse", |_, s, _| {
        let d = this(s)?;
        let mut q = d.items.try_borrow_mut().map_err(|_| busy())?;
        let v: VecDeque<Value> = q.drain(..).rev().collect();
        *q = v;
        Ok(Value::None)
    }),
    ("count", |_, s, a| {
        let x = one(&a, "count")?;
        let n = this(s)?
            .items
            .try_borrow()
            .map_err(|_| busy())?
            .iter()
            .filter(|y| y.py_eq(&x))
            .count();
        Ok(Value::Int(n as i64))
    }),
    ("index", |_, s, a| {
        let x = one(&a, "index")?;
        let d = this(s)?;
        let q = d.items.try_borrow().map_err(|_| busy())?;
        q.iter()
            .position(|y| y.py_eq(&x))
            .map(|i| Value::Int(i as i64))
            .ok_or_else(|| Error::value_error(format!("{} is not in deque", x.repr())))
    }),
    ("remove", |_, s, a| {
        let x = one(&a, "remove")?;
        let d = this(s)?;
        let mut q = d.items.try_borrow_mut().map_err(|_| busy())?;
        let i = q
            .iter()
            .position(|y| y.py_eq(&x))
            .ok_or_else(|| Error::value_error(format!("{} is not in deque", x.repr())))?;
        q.remove(i);
        Ok(Value::None)
    }),
    ("insert", |_, s, a| {
        a.check_count("insert", 2, 2)?;
        a.finish("insert")?;
        let at = crate::modules::args::index(&a.positional[0])?;
        let d = this(s)?;
        let mut q = d.items.try_borrow_mut().map_err(|_| busy())?;
        if d.maxlen.is_some_and(|m| q.len() >= m) {
            return Err(Error::index_error("deque already at its maximum size"));
        }
        // As list.insert: a negative index counts from the end, both ends clamp.
        let len = q.len() as i64;
        let i = if at < 0 {
            (at + len).max(0)
        } else {
            at.min(len)
        };
        q.insert(i as usize, a.positional[1].clone());
        Ok(Value::None)
    }),
    ("copy", |_, s, _| {
        let d = this(s)?;
        let class = NativeInstance::class_of(s).ok_or_else(|| Error::type_error("not a deque"))?;
        let items = d.items.try_borrow().map_err(|_| busy())?.clone();
        Ok(NativeInstance::new(
            class,
            Rc::new(Deque {
                items: RefCell::new(items),
                maxlen: d.maxlen,
            }),
        ))
    }),
];

fn get_item(s: &Value, key: &Value) -> Result<Value> {
    let d = this(s)?;
    let q = d.items.try_borrow().map_err(|_| busy())?;
    let i = crate::modules::args::index(key).map_err(|_| {
        Error::type_error(format!(
            "sequence index must be integer, not '{}'",
            key.type_name()
        ))
    })?;
    let j = if i < 0 { i + q.len() as i64 } else { i };
    usize::try_from(j)
        .ok()
        .and_then(|j| q.get(j).cloned())
        .ok_or_else(|| Error::index_error("deque index out of range"))
}

/// A deque on its way to a worker thread.
#[derive(Debug)]
struct PortableDeque {
    items: Vec<runnel_core::value::Portable>,
    maxlen: Option<usize>,
}

impl runnel_core::value::PortableObject for PortableDeque {
    fn revive(&self, r: &mut runnel_core::value::Reviver, id: u32) -> Result<Value> {
        let interp = crate::portable::target(r)?;
        let module = interp.find_module("collections")?;
        let class = interp.module_attr(&module, "collections", "deque")?;
        let class = match &class {
            Value::Object(o) => crate::runtime::iter::rc_any(o.clone())
                .downcast::<NativeClass>()
                .map_err(|_| Error::type_error("collections.deque is not a class"))?,
            _ => return Err(Error::type_error("collections.deque is not a class")),
        };
        let items = self
            .items
            .iter()
            .map(|p| r.revive(p))
            .collect::<Result<VecDeque<_>>>()?;
        let v = NativeInstance::new(
            class,
            Rc::new(Deque {
                items: RefCell::new(items),
                maxlen: self.maxlen,
            }),
        );
        r.remember(id, v.clone());
        Ok(v)
    }
}

/// The `deque` class: `deque(iterable=(), maxlen=None)`.
pub(super) fn class() -> Value {
    let mut class = NativeClass::new("collections.deque").with_repr(repr);
    for &(name, m) in METHODS {
        class = class.method(name, m);
    }
    class = class.property("maxlen", |_, s| {
        Ok(this(s)?
            .maxlen
            .map_or(Value::None, |m| Value::Int(m as i64)))
    });
    class.slots.len = Some(Rc::new(|inst| items(inst).len()));
    class.slots.iter = Some(Rc::new(|inst| Ok(items(inst))));
    class.slots.getitem = Some(Rc::new(get_item));
    class.slots.eq = Some(Rc::new(|a, b| {
        let (x, y) = (items(a), items(b));
        x.len() == y.len() && x.iter().zip(&y).all(|(p, q)| p.py_eq(q))
    }));
    class.slots.hash = Some(Rc::new(|_| None));
    class.set_freeze(|inst, f| {
        let d = inst.data.clone().downcast::<Deque>().ok()?;
        let items = items(inst)
            .iter()
            .map(|v| f.freeze(v))
            .collect::<Result<Vec<_>>>();
        Some(items.map(|items| {
            Box::new(PortableDeque {
                items,
                maxlen: d.maxlen,
            }) as Box<dyn runnel_core::value::PortableObject>
        }))
    });
    let rc = Rc::new_cyclic(|me: &std::rc::Weak<NativeClass>| {
        let me = me.clone();
        class.constructor(move |interp, mut args| {
            let src = args.take(0, "iterable");
            let maxlen = match args.take(1, "maxlen") {
                None | Some(Value::None) => None,
                Some(v) => {
                    let m = crate::modules::args::index(&v)?;
                    Some(
                        usize::try_from(m)
                            .map_err(|_| Error::value_error("maxlen must be non-negative"))?,
                    )
                }
            };
            crate::modules::args::done(&args, "deque", 2)?;
            let d = Deque {
                items: RefCell::new(VecDeque::new()),
                maxlen,
            };
            if let Some(src) = src {
                for v in interp.collect(&src)? {
                    d.push(v, false)?;
                }
            }
            let class = me
                .upgrade()
                .ok_or_else(|| Error::type_error("deque is gone"))?;
            Ok(NativeInstance::new(class, Rc::new(d)))
        })
    });
    Value::Object(rc)
}
