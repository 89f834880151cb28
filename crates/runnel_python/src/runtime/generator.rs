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
            handling: None,
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
            let Some(instr) = gen.instrs.get(self.pc) else {
                return Ok(None);
            };
            match instr {
                Instr::Stmt(s, lp) => match s(f)? {
                    Flow::Normal => self.pc += 1,
                    Flow::Return(_) => return Ok(None),
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
                    return Ok(Some(v));
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
            }
        }
    }
}
