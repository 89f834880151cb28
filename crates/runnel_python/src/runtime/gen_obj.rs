//! A generator object's own operations: resuming it with `send`/`throw`, `close`, and
//! handing it to its interpreter for closing when it is dropped while suspended.

use super::generator::{GenOut, GenState, Resume};
use super::iter::{running, IterObj, IterState};
use crate::Interpreter;
use runnel_core::{Error, Result, Value};
use std::collections::VecDeque;

impl IterObj {
    /// Resumes a suspended lazy generator; no borrow is held while it runs (it may reach
    /// this object again). It stays suspended only after a yield.
    pub(super) fn run_lazy(
        &self,
        interp: &Interpreter,
        mut gen: Box<GenState>,
        how: Resume,
    ) -> Result<GenOut> {
        let r = gen.resume(interp, how);
        *self.state.borrow_mut() = match r {
            Ok(GenOut::Yield(_)) => IterState::Lazy(gen),
            _ => IterState::Items(VecDeque::new()),
        };
        r
    }

    /// Whether this is a generator (`send`, `throw` and `close` apply).
    pub fn is_generator(&self) -> bool {
        self.kind == "generator"
    }

    /// `gen.send(v)` / `gen.throw(e)` (and `next` as `send(None)`): what the generator did.
    /// An eager (fallback) generator takes only `next`; a finished one returns at once
    /// (a thrown exception is raised back).
    pub fn resume(&self, interp: &Interpreter, how: Resume) -> Result<GenOut> {
        let taken = {
            let mut state = self.state.try_borrow_mut().map_err(|_| running())?;
            match &mut *state {
                IterState::Lazy(_) => std::mem::replace(&mut *state, IterState::Running),
                IterState::Running => return Err(running()),
                _ => IterState::Running,
            }
        };
        if let IterState::Lazy(gen) = taken {
            return self.run_lazy(interp, gen, how);
        }
        match how {
            Resume::Throw(e) => {
                *self.state.borrow_mut() = IterState::Items(VecDeque::new());
                Err(e)
            }
            Resume::Send(v) if !matches!(v, Value::None) && self.is_pending() => Err(
                Error::type_error("can't send non-None value to a just-started generator"),
            ),
            Resume::Send(_) => Ok(match self.next(interp)? {
                Some(v) => GenOut::Yield(v),
                None => GenOut::Return(Value::None),
            }),
        }
    }

    fn is_pending(&self) -> bool {
        matches!(
            self.state.try_borrow().as_deref(),
            Ok(IterState::Pending(..))
        )
    }

    /// `gen.close()`.
    pub fn close(&self, interp: &Interpreter) -> Result<()> {
        let taken = {
            let mut state = self.state.try_borrow_mut().map_err(|_| running())?;
            if matches!(&*state, IterState::Running) {
                return Err(running());
            }
            std::mem::replace(&mut *state, IterState::Running)
        };
        let r = match taken {
            IterState::Lazy(mut gen) => gen.close(interp),
            _ => Ok(()),
        };
        *self.state.borrow_mut() = IterState::Items(VecDeque::new());
        r
    }
}

/// A generator dropped while suspended inside a `try` or `with` is closed by its
/// interpreter at the next safe point (CPython closes it when its last reference goes).
impl Drop for IterObj {
    fn drop(&mut self) {
        if let IterState::Lazy(g) = self.state.get_mut() {
            if g.needs_close() {
                if let IterState::Lazy(g) =
                    std::mem::replace(self.state.get_mut(), IterState::Running)
                {
                    g.queue_close();
                }
            }
        }
    }
}
