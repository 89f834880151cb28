//! Running lazy generators: a suspended frame (locals, cells, open iterators, the next
//! instruction) resumed by each `next()`, `send()` or `throw()` until it yields, returns
//! or fails. The instructions themselves run in `runtime::gen_step`.
//!
//! A generator dropped while suspended inside a `try`/`with` is closed as CPython's
//! refcounting closes it: the drop queues it on its interpreter, which closes it at the
//! next safe point (right after the call or statement that let go of it), running its
//! `finally` clauses and `__exit__`s with `GeneratorExit` raised at the `yield`.

use super::frame::{new_cell, Cell, Frame};
use super::function::{add_frame, Code};
use super::iter::PyIter;
use crate::Interpreter;
use runnel_core::{Error, Result, Value};
use std::rc::{Rc, Weak};

pub(crate) use super::gen_code::{GenCode, Instr, LoopInfo};

#[derive(Clone, Copy, PartialEq)]
pub(super) enum BlockKind {
    Except,
    Finally,
    /// A `with` whose `__exit__` is in the local slot.
    With(usize),
}

/// A `try` or `with` the generator is inside: where an exception goes, and the iterator
/// and handled-exception depths to go back to.
pub(super) struct Block {
    pub kind: BlockKind,
    pub target: usize,
    pub iters: usize,
    pub handling: usize,
}

/// A jump out of blocks (`break`/`continue` through a `finally` or `with`).
#[derive(Clone, Copy)]
pub(super) struct JumpTo {
    pub target: usize,
    pub blocks: usize,
    pub handling: usize,
    pub finally: usize,
    pub iters: usize,
}

/// What a `finally` clause interrupted.
pub(super) enum Unwind {
    Exception(Error),
    Return(Value),
    Jump(JumpTo),
}

/// What one instruction did.
pub(super) enum Step {
    Next,
    Yield(Value),
    Return(Value),
}

/// How a suspended generator is resumed.
pub(crate) enum Resume {
    Send(Value),
    Throw(Error),
}

/// What a resumed generator did: yielded a value, or ended returning one.
pub(crate) enum GenOut {
    Yield(Value),
    Return(Value),
}

/// A suspended generator.
pub(crate) struct GenState {
    pub(super) code: Rc<Code>,
    pub(super) pc: usize,
    locals: Vec<Option<Value>>,
    cells: Vec<Cell>,
    free: Rc<[Cell]>,
    pub(super) iters: Vec<PyIter>,
    line: u32,
    /// The `try`/`with` blocks the body is inside, innermost last.
    pub(super) blocks: Vec<Block>,
    /// Exceptions being handled by `except` clauses, innermost last (a bare `raise`).
    pub(super) handling: Vec<Error>,
    /// Per `finally` clause running: what it interrupted (`None`: nothing).
    pub(super) finally: Vec<Option<Unwind>>,
    started: bool,
    /// Where a value sent in goes (the local of `x = yield`), while suspended.
    sent_slot: Option<usize>,
    /// Suspended in a `yield from`: what the delegate gets when resumed.
    pub(super) delegating: bool,
    pub(super) input: Option<Resume>,
    /// The interpreter that closes this generator if it is dropped while suspended.
    interp: Weak<Interpreter>,
}

impl GenState {
    /// A generator about to start, with its arguments bound.
    pub fn new(
        interp: &Interpreter,
        code: Rc<Code>,
        mut locals: Vec<Option<Value>>,
        free: Rc<[Cell]>,
    ) -> GenState {
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
            started: false,
            sent_slot: None,
            delegating: false,
            input: None,
            interp: interp.self_weak(),
        }
    }

    /// Runs until the next `yield` or the end. After a return or an error the generator
    /// is finished; the caller drops the state.
    pub fn resume(&mut self, interp: &Interpreter, how: Resume) -> Result<GenOut> {
        if !self.started {
            if matches!(&how, Resume::Send(v) if !matches!(v, Value::None)) {
                return Err(Error::type_error(
                    "can't send non-None value to a just-started generator",
                ));
            }
            self.started = true;
            if let Resume::Throw(e) = how {
                self.pc = usize::MAX;
                return Err(e);
            }
        }
        let _guard = interp.enter_call()?;
        let code = self.code.clone();
        let Some(gen) = code.lazy.as_ref() else {
            return Ok(GenOut::Return(Value::None));
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
        let result = self.enter(gen, &mut frame, how);
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

    /// Hands what the generator is resumed with to the suspended `yield`, then runs.
    fn enter(&mut self, gen: &GenCode, f: &mut Frame, how: Resume) -> Result<GenOut> {
        if self.delegating {
            self.input = Some(how);
        } else {
            let slot = self.sent_slot.take();
            match how {
                Resume::Send(v) => {
                    if let Some(l) = slot.and_then(|s| f.locals.get_mut(s)) {
                        *l = Some(v);
                    }
                }
                Resume::Throw(e) => {
                    self.unwind(Unwind::Exception(e), f)?;
                }
            }
        }
        self.run(gen, f)
    }

    fn run(&mut self, gen: &GenCode, f: &mut Frame) -> Result<GenOut> {
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
                Step::Yield(v) => {
                    if !self.delegating {
                        self.sent_slot = match gen.instrs.get(self.pc.wrapping_sub(1)) {
                            Some(Instr::Yield(_, _, slot)) => *slot,
                            _ => None,
                        };
                    }
                    return Ok(GenOut::Yield(v));
                }
                Step::Return(v) => {
                    if let Some(v) = self.unwind(Unwind::Return(v), f)? {
                        return Ok(GenOut::Return(v));
                    }
                }
            }
        }
    }

    /// `close()`: `GeneratorExit` at the `yield`; the generator must not yield again.
    pub fn close(&mut self, interp: &Interpreter) -> Result<()> {
        if !self.started || self.pc == usize::MAX {
            self.started = true;
            self.pc = usize::MAX;
            return Ok(());
        }
        let exit = Error::new("GeneratorExit", "");
        match self.resume(interp, Resume::Throw(exit)) {
            Ok(GenOut::Yield(_)) => {
                self.pc = usize::MAX;
                Err(Error::new(
                    "RuntimeError",
                    "generator ignored GeneratorExit",
                ))
            }
            Ok(GenOut::Return(_)) => Ok(()),
            Err(e) if e.exc_type == "GeneratorExit" || e.exc_type == "StopIteration" => Ok(()),
            Err(e) => Err(e),
        }
    }

    /// Whether closing this generator would run code: suspended inside a `try`/`with`.
    pub fn needs_close(&self) -> bool {
        self.started
            && self.pc != usize::MAX
            && (!self.blocks.is_empty() || (self.delegating && self.delegate_needs_close()))
    }

    /// Whether the generator a `yield from` is suspended in needs closing (closing this
    /// one closes it, as CPython's `gen_close` does).
    fn delegate_needs_close(&self) -> bool {
        self.iters.iter().rev().any(|it| match it {
            PyIter::Obj(o) => super::gen_close::suspended_iter(o),
            _ => false,
        })
    }

    /// Hands a generator dropped while suspended to its interpreter, to be closed at the
    /// next safe point (running Python code inside a Rust `drop` is not safe).
    pub fn queue_close(self: Box<Self>) {
        if let Some(interp) = self.interp.upgrade() {
            interp.queue_close(self);
        }
    }

    /// `<generator object NAME at 0x...>`, for "Exception ignored in".
    pub fn describe(&self) -> String {
        format!(
            "<generator object {} at {:#x}>",
            self.code.qualname, self as *const GenState as usize
        )
    }
}
