//! Running lazy generators: a suspended frame (locals, cells, open iterators, the next
//! instruction) resumed by each `next()` until it yields, returns or fails.

use super::frame::{new_cell, Cell, ExprFn, Flow, Frame, StmtFn, StoreFn};
use super::function::{add_frame, Code};
use super::iter::PyIter;
use crate::Interpreter;
use runnel_core::{Result, Value};
use std::rc::Rc;

/// One resumable step of a generator body.
pub(crate) enum Instr {
    /// A statement without `yield`; `Some(loop)` routes its break/continue to that loop.
    Stmt(StmtFn, Option<usize>),
    /// `yield value`, on a line.
    Yield(Option<ExprFn>, u32),
    /// Jumps to the target unless the test is true.
    JumpUnless(ExprFn, usize, u32),
    Jump(usize),
    /// Starts a `for`: the iterator goes to the given depth of the iterator stack.
    GetIter(ExprFn, usize, u32),
    /// Stores the next item of the iterator at that depth, or jumps to the target.
    ForIter(usize, StoreFn, usize, u32),
    /// Enters a `try` with `except` clauses at the target.
    SetupExcept(usize),
    /// Enters a `try` whose `finally` clause is at the target (its `EnterFinally`).
    SetupFinally(usize),
    /// Leaves the innermost `try` block without an exception.
    PopBlock,
    /// `except TYPE as NAME:` for the exception being handled: enters the clause when it
    /// matches, else jumps to the target (the next clause).
    ExceptMatch(Option<ExprFn>, Option<StoreFn>, usize, u32),
    /// The end of an `except` clause: the exception is handled.
    EndExcept,
    /// No `except` clause matched: the exception goes on.
    Reraise,
    /// The start of a `finally` clause reached without an exception or a `return`.
    EnterFinally,
    /// The end of a `finally` clause: what was under way (an exception, a `return`) goes on.
    EndFinally,
}

/// A `try` the generator is inside: where an exception goes, and the iterator and
/// handled-exception depths to go back to.
struct Block {
    finally: bool,
    target: usize,
    iters: usize,
    handling: usize,
}

/// What a `finally` clause interrupted.
enum Unwind {
    Exception(runnel_core::Error),
    Return,
}

/// What one instruction did.
enum Step {
    Next,
    Yield(Value),
    Return,
}

/// A generator body compiled for lazy execution.
pub(crate) struct GenCode {
    pub instrs: Vec<Instr>,
    /// Per loop: (break target, continue target).
    pub loops: Vec<(usize, usize)>,
}

/// A suspended generator.
pub(crate) struct GenState {
    code: Rc<Code>,
    pc: usize,
    locals: Vec<Option<Value>>,
    cells: Vec<Cell>,
    free: Rc<[Cell]>,
    iters: Vec<PyIter>,
    line: u32,
    /// The `try` blocks the body is inside, innermost last.
    blocks: Vec<Block>,
    /// Exceptions being handled by `except` clauses, innermost last (a bare `raise`).
    handling: Vec<runnel_core::Error>,
    /// Per `finally` clause running: what it interrupted (`None`: nothing).
    finally: Vec<Option<Unwind>>,
}

impl GenState {
    /// A generator about to start, with its arguments bound.
    pub fn new(code: Rc<Code>, mut locals: Vec<Option<Value>>, free: Rc<[Cell]>) -> GenState {
        locals.resize(code.n_locals.max(locals.len()), None);
        let mut cells: Vec<Cell> = Vec::with_capacity(code.n_cells);
        cells.resize_with(code.n_cells, || new_cell(None));
        for &(p, c) in &code.param_cells {
            if let (Some(cell), Some(local)) = (cells.get(c), locals.get_mut(p)) {
                *cell.borrow_mut() = local.take();
            }
        }
        let line = code.line;
        GenState {
            code,
            pc: 0,
            locals,
            cells,
            free,
            iters: Vec::new(),
            line,
            blocks: Vec::new(),
            handling: Vec::new(),
            finally: Vec::new(),
        }
    }

    /// Runs until the next `yield` (`Some(value)`) or the end (`None`). After `None` or
    /// an error the generator is finished; the caller drops the state.
    pub fn resume(&mut self, interp: &Interpreter) -> Result<Option<Value>> {
        let _guard = interp.enter_call()?;
        let code = self.code.clone();
        let Some(gen) = code.lazy.as_ref() else {
            return Ok(None);
        };
        let mut frame = Frame {
            interp,
            locals: std::mem::take(&mut self.locals),
            cells: std::mem::take(&mut self.cells),
            free: self.free.clone(),
            line: self.line,
            yields: None,
            handling: self.handling.last().cloned(),
            err_line: None,
        };
        let result = self.run(gen, &mut frame);
        self.line = frame.line;
        self.locals = std::mem::take(&mut frame.locals);
        self.cells = std::mem::take(&mut frame.cells);
        result.map_err(|e| {
            add_frame(
                e,
                &code.source,
                frame.err_line.unwrap_or(frame.line),
                &code.name,
            )
        })
    }

    fn run(&mut self, gen: &GenCode, f: &mut Frame) -> Result<Option<Value>> {
        loop {
            let step = match self.step(gen, f) {
                Ok(step) => step,
                Err(e) if e.exc_type == crate::exceptions::STEP_BUDGET => return Err(e),
                Err(e) => {
                    self.unwind(Unwind::Exception(e), f)?;
                    continue;
                }
            };
            match step {
                Step::Next => {}
                Step::Yield(v) => return Ok(Some(v)),
                Step::Return => {
                    if !self.unwind(Unwind::Return, f)? {
                        return Ok(None);
                    }
                }
            }
        }
    }

    /// Takes an exception or a `return` to the innermost `try` that has a say in it (an
    /// `except` for an exception, any `finally`): `Ok(true)`, running on from there. With
    /// none left the generator ends: the exception is its error, a return `Ok(false)`.
    fn unwind(&mut self, what: Unwind, f: &mut Frame) -> Result<bool> {
        while let Some(block) = self.blocks.pop() {
            if !block.finally && matches!(what, Unwind::Return) {
                continue;
            }
            self.iters.truncate(block.iters);
            self.handling.truncate(block.handling);
            f.handling = self.handling.last().cloned();
            if block.finally {
                self.finally.push(Some(what));
                self.pc = block.target + 1;
            } else if let Unwind::Exception(e) = what {
                self.handling.push(e);
                self.pc = block.target;
            }
            return Ok(true);
        }
        self.pc = usize::MAX;
        match what {
            Unwind::Exception(e) => Err(e),
            Unwind::Return => Ok(false),
        }
    }

    fn push_block(&mut self, finally: bool, target: usize) {
        self.blocks.push(Block {
            finally,
            target,
            iters: self.iters.len(),
            handling: self.handling.len(),
        });
    }

    fn step(&mut self, gen: &GenCode, f: &mut Frame) -> Result<Step> {
        let Some(instr) = gen.instrs.get(self.pc) else {
            return Ok(Step::Return);
        };
        match instr {
            Instr::Stmt(s, lp) => match s(f)? {
                Flow::Normal => self.pc += 1,
                Flow::Return(_) => return Ok(Step::Return),
                Flow::Break => {
                    self.pc = lp
                        .and_then(|l| gen.loops.get(l))
                        .map_or(usize::MAX, |l| l.0)
                }
                Flow::Continue => {
                    self.pc = lp
                        .and_then(|l| gen.loops.get(l))
                        .map_or(usize::MAX, |l| l.1)
                }
            },
            Instr::Yield(value, line) => {
                f.line = *line;
                f.interp.tick()?;
                let v = match value {
                    Some(e) => e(f)?,
                    None => Value::None,
                };
                self.pc += 1;
                return Ok(Step::Yield(v));
            }
            Instr::JumpUnless(test, target, line) => {
                f.line = *line;
                f.interp.tick()?;
                self.pc = if test(f)?.truthy() {
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
                self.push_block(false, *target);
                self.pc += 1;
            }
            Instr::SetupFinally(target) => {
                self.push_block(true, *target);
                self.pc += 1;
            }
            Instr::PopBlock => {
                self.blocks.pop();
                self.pc += 1;
            }
            Instr::ExceptMatch(ty, store, next, line) => {
                f.line = *line;
                let Some(e) = self.handling.last().cloned() else {
                    return Err(runnel_core::Error::new(
                        "SystemError",
                        "no exception to match",
                    ));
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
                    runnel_core::Error::new("RuntimeError", "No active exception to reraise")
                }));
            }
            Instr::EnterFinally => {
                self.finally.push(None);
                self.pc += 1;
            }
            Instr::EndFinally => match self.finally.pop().flatten() {
                None => self.pc += 1,
                Some(Unwind::Exception(e)) => return Err(e),
                Some(Unwind::Return) => return Ok(Step::Return),
            },
        }
        Ok(Step::Next)
    }
}
