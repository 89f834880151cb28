//! Dropping deeply nested containers without recursion.
//!
//! `x = [x]` repeated 10^5 times builds a chain that Rust would drop recursively, one stack
//! frame per level, until the stack overflows. Instead, a container being dropped hands its
//! children to a per-thread work list, and only the outermost drop empties that list: the
//! drop depth stays bounded whatever the nesting.

use super::{PyDict, PySet, Value};
use std::cell::{Cell, RefCell};

thread_local! {
    static PENDING: RefCell<Vec<Value>> = const { RefCell::new(Vec::new()) };
    static DRAINING: Cell<bool> = const { Cell::new(false) };
}

/// What a container gives up when it is dropped.
pub trait Teardown {
    /// Moves out the children that may own further containers.
    fn take_children(&mut self, out: &mut Vec<Value>);
}

impl Teardown for Vec<Value> {
    fn take_children(&mut self, out: &mut Vec<Value>) {
        out.extend(self.drain(..).filter(may_nest));
    }
}

impl Teardown for PyDict {
    fn take_children(&mut self, out: &mut Vec<Value>) {
        out.extend(self.drain_values().filter(may_nest));
        if let super::DictKind::DefaultDict(f) = std::mem::take(&mut self.kind) {
            out.push(f);
        }
    }
}

impl Teardown for PySet {
    /// Set elements are hashable: no list or dict can hang below them.
    fn take_children(&mut self, _: &mut Vec<Value>) {}
}

fn may_nest(v: &Value) -> bool {
    matches!(v, Value::List(_) | Value::Dict(_) | Value::Tuple(_))
}

/// Drops `children` breadth-first unless an outer drop is already doing so.
pub(super) fn release(children: Vec<Value>) {
    if children.is_empty() {
        return;
    }
    // At thread exit, once the queue itself is gone (another thread-local holding values
    // dropped after it), the children drop where they are.
    if PENDING
        .try_with(|p| p.borrow_mut().extend(children))
        .is_err()
    {
        return;
    }
    if DRAINING.try_with(|d| d.replace(true)).unwrap_or(true) {
        return;
    }
    while let Some(next) = PENDING.try_with(|p| p.borrow_mut().pop()).ok().flatten() {
        drop(next);
    }
    let _ = DRAINING.try_with(|d| d.set(false));
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A chain 10^5 lists deep (and one of dicts) drops on a test thread's small stack.
    #[test]
    fn deep_nesting_drops_without_recursion() {
        let mut x = Value::list(Vec::new());
        for _ in 0..100_000 {
            x = Value::list(vec![x, Value::tuple(vec![Value::Int(1)])]);
        }
        drop(x);
        let mut d = Value::None;
        for i in 0..100_000 {
            let mut m = PyDict::new();
            m.insert(Value::Int(i), d).unwrap();
            d = Value::dict(m);
        }
        drop(d);
        assert!(PENDING.with(|p| p.borrow().is_empty()));
    }
}
