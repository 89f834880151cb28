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
use crate::Interpreter;
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
