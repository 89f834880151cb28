//! One instruction of a lazy generator (see `runtime::generator`).

use super::frame::{Flow, Frame};
use super::generator::{BlockKind, GenCode, GenOut, GenState, Instr, JumpTo, Resume, Step, Unwind};
use super::iter::PyIter;
use runnel_core::{Error, Result, Value};

impl GenState {
    pub(super) fn step(&mut self, gen: &GenCode, f: &mut Frame) -> Result<Step> {
        let Some(instr) = gen.instrs.get(self.pc) else {
            return Ok(Step::Return(Value::None));
        };
        match instr {
            Instr::Stmt(s, lp) => match s(f)? {
                Flow::Normal => self.pc += 1,
                Flow::Return(v) => return Ok(Step::Return(v)),
                flow @ (Flow::Break | Flow::Continue) => {
                    let Some(l) = lp.and_then(|l| gen.loops.get(l)) else {
                        self.pc = usize::MAX;
                        return Ok(Step::Next);
                    };
                    let brk = matches!(flow, Flow::Break);
                    let jump = JumpTo {
                        target: if brk { l.brk } else { l.cont },
                        blocks: l.blocks,
                        handling: l.handling,
                        finally: l.finally,
                        iters: if brk { l.iters_brk } else { l.iters_cont },
                    };
                    if let Some(v) = self.unwind(Unwind::Jump(jump), f)? {
                        return Ok(Step::Return(v));
                    }
                }
            },
            Instr::Yield(value, line, _) => {
                f.line = *line;
                f.interp.tick()?;
                let v = match value {
                    Some(e) => e(f)?,
                    None => Value::None,
                };
                self.pc += 1;
                return Ok(Step::Yield(v));
            }
            Instr::YieldFrom(depth, store, line) => {
                f.line = *line;
                f.interp.tick()?;
                let input = self.input.take().unwrap_or(Resume::Send(Value::None));
                match self.delegate(*depth, input, f)? {
                    GenOut::Yield(v) => {
                        self.delegating = true;
                        return Ok(Step::Yield(v));
                    }
                    GenOut::Return(v) => {
                        self.delegating = false;
                        self.iters.truncate(*depth);
                        if let Some(l) = store.and_then(|s| f.locals.get_mut(s)) {
                            *l = Some(v);
                        }
                        self.pc += 1;
                    }
                }
            }
            Instr::JumpUnless(test, target, line) => {
                f.line = *line;
                f.interp.tick()?;
                self.pc = if super::truth::test(f, test)? {
                    self.pc + 1
                } else {
                    *target
                };
            }
            Instr::Jump(target) => self.pc = *target,
            Instr::GetIter(iter, depth, line) => {
                f.line = *line;
                let v = iter(f)?;
                let it = f.interp.make_iter(&v)?;
                self.iters.truncate(*depth);
                self.iters.push(it);
                self.pc += 1;
            }
            Instr::ForIter(depth, store, exit, line) => {
                f.line = *line;
                f.interp.tick()?;
                let next = match self.iters.get_mut(*depth) {
                    Some(it) => it.next(f.interp)?,
                    None => None,
                };
                match next {
                    Some(v) => {
                        store(f, v)?;
                        self.pc += 1;
                    }
                    None => {
                        self.iters.truncate(*depth);
                        self.pc = *exit;
                    }
                }
            }
            Instr::SetupExcept(target) => {
                self.push_block(BlockKind::Except, *target);
                self.pc += 1;
            }
            Instr::SetupFinally(target) => {
                self.push_block(BlockKind::Finally, *target);
                self.pc += 1;
            }
            Instr::SetupWith(manager, store, slot, after, line) => {
                f.line = *line;
                self.setup_with(f, manager, store.as_ref(), *slot, *after)?;
                self.pc += 1;
            }
            Instr::PopBlock => {
                self.blocks.pop();
                self.pc += 1;
            }
            Instr::ExitWith(line) => {
                f.line = *line;
                let block = self.blocks.pop();
                self.pc += 1;
                if let Some(BlockKind::With(slot)) = block.map(|b| b.kind) {
                    let exit = f
                        .locals
                        .get_mut(slot)
                        .and_then(Option::take)
                        .unwrap_or(Value::None);
                    let none = vec![Value::None, Value::None, Value::None];
                    f.interp.call_value(&exit, crate::Args::new(none))?;
                }
            }
            Instr::ExceptMatch(ty, store, next, line) => {
                f.line = *line;
                let Some(e) = self.handling.last().cloned() else {
                    return Err(Error::new("SystemError", "no exception to match"));
                };
                if crate::compile::enter_handler(f, &e, ty.as_ref(), store.as_ref())? {
                    f.handling = Some(e);
                    self.pc += 1;
                } else {
                    self.pc = *next;
                }
            }
            Instr::EndExcept => {
                self.handling.pop();
                f.handling = self.handling.last().cloned();
                self.pc += 1;
            }
            Instr::Reraise => {
                let e = self.handling.pop();
                f.handling = self.handling.last().cloned();
                return Err(e.unwrap_or_else(|| {
                    Error::new("RuntimeError", "No active exception to reraise")
                }));
            }
            Instr::EnterFinally => {
                self.finally.push(None);
                self.pc += 1;
            }
            Instr::EndFinally => match self.finally.pop().flatten() {
                None => self.pc += 1,
                Some(Unwind::Exception(e)) => return Err(e),
                Some(Unwind::Return(v)) => return Ok(Step::Return(v)),
                Some(jump @ Unwind::Jump(_)) => {
                    if let Some(v) = self.unwind(jump, f)? {
                        return Ok(Step::Return(v));
                    }
                }
            },
        }
        Ok(Step::Next)
    }

    /// `with m as x:`: `__exit__` looked up first (CPython's order), kept in its slot,
    /// then `__enter__` called and its value stored.
    fn setup_with(
        &mut self,
        f: &mut Frame,
        manager: &super::frame::ExprFn,
        store: Option<&super::frame::StoreFn>,
        slot: usize,
        after: usize,
    ) -> Result<()> {
        let m = manager(f)?;
        let exit = crate::compile::context_special(f, &m, "__exit__")?;
        let enter = crate::compile::context_special(f, &m, "__enter__")?;
        let entered = f.interp.call_value(&enter, crate::Args::new(vec![]))?;
        if let Some(l) = f.locals.get_mut(slot) {
            *l = Some(exit);
        }
        self.push_block(BlockKind::With(slot), after);
        if let Some(store) = store {
            store(f, entered)?;
        }
        Ok(())
    }

    /// One step of `yield from`: the delegate's next value, or its return value when it
    /// ends. A generator delegate gets `send`/`throw`/`close` as they come; another
    /// iterator only `next` (a thrown exception is raised here; `GeneratorExit` closes a
    /// generator delegate first, as CPython does).
    fn delegate(&mut self, depth: usize, input: Resume, f: &mut Frame) -> Result<GenOut> {
        let gen = match self.iters.get(depth) {
            Some(PyIter::Obj(o)) if o.is_generator() => Some(o.clone()),
            _ => None,
        };
        match (gen, input) {
            (Some(g), Resume::Throw(e)) if e.exc_type == "GeneratorExit" => {
                g.close(f.interp)?;
                Err(e)
            }
            (Some(g), how) => g.resume(f.interp, how),
            (None, Resume::Throw(e)) => Err(e),
            (None, Resume::Send(v)) => {
                if !matches!(v, Value::None) {
                    return Err(Error::new(
                        "AttributeError",
                        "this iterator has no attribute 'send'",
                    ));
                }
                let next = match self.iters.get_mut(depth) {
                    Some(it) => it.next(f.interp)?,
                    None => None,
                };
                Ok(match next {
                    Some(v) => GenOut::Yield(v),
                    None => GenOut::Return(Value::None),
                })
            }
        }
    }
}
