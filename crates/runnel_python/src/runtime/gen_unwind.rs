//! Leaving blocks in a lazy generator: an exception, a `return` or a `break`/`continue`
//! goes through the `try` and `with` blocks it leaves (their `except`, `finally` and
//! `__exit__`), innermost first.

use super::frame::Frame;
use super::generator::{Block, BlockKind, GenState, Unwind};
use runnel_core::{Result, Value};

impl GenState {
    /// Takes an exception, a `return` or a jump out of blocks to the innermost block that
    /// has a say in it (an `except` for an exception, any `finally` or `with`), running on
    /// from there. With none left the generator ends: the exception is its error, a return
    /// `Ok(Some(value))`; a jump lands at its target (`Ok(None)` to run on).
    pub(super) fn unwind(&mut self, mut what: Unwind, f: &mut Frame) -> Result<Option<Value>> {
        loop {
            if let Unwind::Jump(j) = &what {
                if self.blocks.len() <= j.blocks {
                    self.handling.truncate(j.handling);
                    self.finally.truncate(j.finally);
                    self.drop_iters(j.iters, f);
                    self.pc = j.target;
                    return Ok(None);
                }
            }
            let Some(block) = self.blocks.pop() else {
                break;
            };
            if block.kind == BlockKind::Except && !matches!(what, Unwind::Exception(_)) {
                continue;
            }
            self.handling.truncate(block.handling);
            f.handling = self.handling.last().cloned();
            self.drop_iters(block.iters, f);
            match block.kind {
                BlockKind::Finally => {
                    self.finally.push(Some(what));
                    self.pc = block.target + 1;
                    return Ok(None);
                }
                BlockKind::Except => {
                    if let Unwind::Exception(e) = what {
                        self.handling.push(e);
                        self.pc = block.target;
                    }
                    return Ok(None);
                }
                BlockKind::With(exit) => match self.exit_with(f, exit, &what) {
                    Ok(true) => {
                        self.pc = block.target;
                        return Ok(None);
                    }
                    Ok(false) => {}
                    Err(e) if e.exc_type == crate::exceptions::STEP_BUDGET => return Err(e),
                    Err(e) => what = Unwind::Exception(e),
                },
            }
        }
        self.pc = usize::MAX;
        match what {
            Unwind::Exception(e) => Err(e),
            Unwind::Return(v) => Ok(Some(v)),
            Unwind::Jump(_) => Ok(Some(Value::None)),
        }
    }

    /// Drops the iterators above a depth, closing the generators among them first (as
    /// CPython's unwinding does before the handler runs).
    fn drop_iters(&mut self, depth: usize, f: &mut Frame) {
        if self.iters.len() > depth {
            self.iters.truncate(depth);
            f.interp.drain_closes();
        }
    }

    /// Calls the `with` block's `__exit__` for what leaves it: `Ok(true)` when it swallows
    /// the exception.
    fn exit_with(&mut self, f: &mut Frame, slot: usize, what: &Unwind) -> Result<bool> {
        let exit = f
            .locals
            .get_mut(slot)
            .and_then(Option::take)
            .unwrap_or(Value::None);
        let args = match what {
            Unwind::Exception(e) => {
                let (ty, value) = crate::compile::exception_pair(f, e);
                vec![ty, value, Value::None]
            }
            _ => vec![Value::None, Value::None, Value::None],
        };
        let r = f.interp.call_value(&exit, crate::Args::new(args))?;
        Ok(matches!(what, Unwind::Exception(_)) && r.truthy())
    }

    pub(super) fn push_block(&mut self, kind: BlockKind, target: usize) {
        self.blocks.push(Block {
            kind,
            target,
            iters: self.iters.len(),
            handling: self.handling.len(),
        });
    }
}
