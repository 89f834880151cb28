//! Running lazy generators: a suspended frame (locals, cells, open iterators, the next
//! instruction) resumed by each `next()`, `send()` or `throw()` until it yields, returns
//! or fails. The instructions themselves run in `runtime::gen_step`.
//!
//! A generator dropped while suspended inside a `try`/`with` is closed as CPython's
//! refcounting closes it: the drop queues it on its interpreter, which closes it at the
//! next safe point (right after the call or statement that let go of it), running its
//! `finally` clauses and `__exit__`s with `GeneratorExit` raised at the `yield`.

use super::frame::{new_cell, Cell, ExprFn, Frame, StmtFn, StoreFn};
use super::function::{add_frame, Code};
use super::iter::PyIter;
use crate::Interpreter;
use runnel_core::{Error, Result, Value};
use std::rc::{Rc, Weak};

/// One resumable step of a generator body.
pub(crate) enum Instr {
    /// A statement without `yield`; `Some(loop)` routes its break/continue to that loop.
    Stmt(StmtFn, Option<usize>),
    /// `yield value`, on a line; a value sent in goes to the local slot (`x = yield`).
    Yield(Option<ExprFn>, u32, Option<usize>),
    /// `yield from` the iterator at that depth: hands `next`/`send`/`throw` to it until it
    /// ends; its return value goes to the local slot (`r = yield from g()`).
    YieldFrom(usize, Option<usize>, u32),
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
    /// Enters a `with`: the manager's `__exit__` is kept in the local slot, `__enter__`'s
    /// value goes to the target; an exception `__exit__` swallows resumes at the index.
    SetupWith(ExprFn, Option<StoreFn>, usize, usize, u32),
    /// Leaves the innermost `try` block without an exception.
    PopBlock,
    /// Leaves the innermost `with` without an exception: `__exit__(None, None, None)`.
    ExitWith(u32),
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

/// A loop of the body: where `break` and `continue` go, and the depths of the block,
/// handled-exception, `finally` and iterator stacks there (a `break` out of a `try` runs
/// its `finally` on the way).
#[derive(Clone, Copy, Default)]
pub(crate) struct LoopInfo {
    pub brk: usize,
    pub cont: usize,
    pub blocks: usize,
    pub handling: usize,
    pub finally: usize,
    /// Iterators left on a `break` (the loop's own is dropped) and on a `continue`.
    pub iters_brk: usize,
    pub iters_cont: usize,
}

/// A generator body compiled for lazy execution.
pub(crate) struct GenCode {
    pub instrs: Vec<Instr>,
    pub loops: Vec<LoopInfo>,
}

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
        self.started && self.pc != usize::MAX && !self.blocks.is_empty()
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
