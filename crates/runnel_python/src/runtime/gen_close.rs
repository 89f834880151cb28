//! Closing generators that were dropped while suspended inside a `try` or `with`.
//!
//! CPython closes such a generator the moment its last reference goes (its `finally`
//! clauses and `__exit__`s run with `GeneratorExit` raised at the `yield`). Here the drop
//! queues it on its interpreter, and the interpreter closes it at the next safe point:
//! right after the call expression or loop that let go of it, or before the next
//! statement. Running Python code inside a Rust `drop` would not be safe (the dropping
//! code may hold borrows the generator's code needs). An error while closing is printed
//! to stderr and ignored, as CPython's "Exception ignored in" does.

use super::generator::GenState;
use super::iter::{IterObj, IterState};
use crate::Interpreter;
use runnel_core::Value;
use std::cell::{Cell, RefCell};
use std::collections::VecDeque;

/// The queue of generators to close.
#[derive(Default)]
pub(crate) struct Closing {
    queue: RefCell<VecDeque<Box<GenState>>>,
    pending: Cell<bool>,
}

impl Interpreter {
    /// Queues a dropped generator for closing.
    pub(crate) fn queue_close(&self, gen: Box<GenState>) {
        if let Ok(mut q) = self.closing.queue.try_borrow_mut() {
            q.push_back(gen);
            self.closing.pending.set(true);
        }
    }

    /// Closes the queued generators, oldest first (a generator closed may drop more).
    #[inline]
    pub(crate) fn drain_closes(&self) {
        if self.closing.pending.get() {
            self.drain_slow();
        }
    }

    #[cold]
    fn drain_slow(&self) {
        loop {
            let next = match self.closing.queue.try_borrow_mut() {
                Ok(mut q) => q.pop_front(),
                Err(_) => return,
            };
            let Some(mut gen) = next else {
                self.closing.pending.set(false);
                return;
            };
            if let Err(e) = gen.close(self) {
                let report = crate::Diagnostic::Runtime(e);
                self.host.stderr(&format!(
                    "Exception ignored in: {}\n{report}\n",
                    gen.describe()
                ));
            }
        }
    }
}

/// Whether `v` is a generator suspended inside a `try`/`with`.
fn suspended(v: &Value) -> bool {
    v.downcast::<IterObj>().is_some_and(suspended_iter)
}

/// Whether a generator object is suspended inside a `try`/`with` (or in a `yield from`
/// of one that is).
pub(super) fn suspended_iter(it: &IterObj) -> bool {
    it.state
        .try_borrow()
        .is_ok_and(|s| matches!(&*s, IterState::Lazy(g) if g.needs_close()))
}

/// The suspended generators inside `v` (containers, instances, closures), depth first.
fn nested(v: &Value, out: &mut Vec<Value>, depth: usize) {
    if depth > 32 {
        return;
    }
    let mut walk = |x: &Value| {
        if suspended(x) {
            out.push(x.clone());
        } else {
            nested(x, out, depth + 1);
        }
    };
    match v {
        Value::List(l) => l
            .borrow()
            .map(|l| l.iter().for_each(&mut walk))
            .unwrap_or(()),
        Value::Tuple(t) => t.iter().for_each(walk),
        Value::Dict(d) => d
            .borrow()
            .map(|d| d.values().for_each(&mut walk))
            .unwrap_or(()),
        Value::Object(_) => {
            if let Some(i) = v.downcast::<super::class::Instance>() {
                let vals: Vec<Value> = i.dict.borrow().values().cloned().collect();
                vals.iter().for_each(walk);
            } else if let Some(f) = v.downcast::<super::function::Function>() {
                let cells: Vec<Value> = f.free.iter().filter_map(|c| c.borrow().clone()).collect();
                cells.iter().for_each(walk);
            }
        }
        _ => {}
    }
}

impl Interpreter {
    /// At the end of the program, closes the generators still suspended inside a
    /// `try`/`with`, as CPython's shutdown does when it clears `__main__`: those a global
    /// names (or a global instance's attribute), in the globals' order, then those held
    /// deeper (in lists, dicts, closures).
    pub(crate) fn close_at_exit(&self) {
        let globals = self.globals();
        let (mut direct, mut deep) = (Vec::new(), Vec::new());
        for (_, v) in &globals {
            if suspended(v) {
                direct.push(v.clone());
            } else if let Some(i) = v.downcast::<super::class::Instance>() {
                let vals: Vec<Value> = i.dict.borrow().values().cloned().collect();
                for x in vals {
                    match suspended(&x) {
                        true => direct.push(x),
                        false => nested(&x, &mut deep, 1),
                    }
                }
            } else {
                nested(v, &mut deep, 0);
            }
        }
        let mut done: Vec<Value> = Vec::new();
        for g in direct.into_iter().chain(deep) {
            if done.iter().any(|d| super::compare::is(d, &g)) || !suspended(&g) {
                continue;
            }
            if let Err(e) = self.call_method(&g, "close", crate::Args::new(vec![])) {
                let report = crate::Diagnostic::Runtime(e);
                self.host
                    .stderr(&format!("Exception ignored in: {}\n{report}\n", g.repr()));
            }
            done.push(g);
        }
        self.drain_closes();
    }
}
