//! Frames and the closure types compiled code is made of.

use crate::Interpreter;
use runnel_core::{Error, Result, Value};
use std::cell::RefCell;
use std::rc::Rc;

/// A variable shared between a function and the functions nested in it.
pub(crate) type Cell = Rc<RefCell<Option<Value>>>;

pub(crate) fn new_cell(v: Option<Value>) -> Cell {
    Rc::new(RefCell::new(v))
}

/// How a statement ended.
pub(crate) enum Flow {
    Normal,
    Break,
    Continue,
    Return(Value),
}

/// A compiled expression.
pub(crate) type ExprFn = Box<dyn Fn(&mut Frame) -> Result<Value>>;
/// A compiled statement.
pub(crate) type StmtFn = Box<dyn Fn(&mut Frame) -> Result<Flow>>;
/// A compiled expression producing several values (a display with `*x`).
pub(crate) type ItemsFn = Box<dyn Fn(&mut Frame) -> Result<Vec<Value>>>;
/// A compiled statement part with no value (`del x`).
pub(crate) type ActionFn = Box<dyn Fn(&mut Frame) -> Result<()>>;
/// A compiled assignment target: stores the value it is given.
pub(crate) type StoreFn = Box<dyn Fn(&mut Frame, Value) -> Result<()>>;

/// One activation of a function (or of the module body).
pub(crate) struct Frame<'i> {
    pub interp: &'i Interpreter,
    /// Local variables by slot; `None` is "not yet assigned".
    pub locals: Vec<Option<Value>>,
    /// Variables of this frame captured by nested functions.
    pub cells: Vec<Cell>,
    /// Variables of enclosing frames this function uses.
    pub free: Rc<[Cell]>,
    /// The line being executed (1-based), for tracebacks.
    pub line: u32,
    /// Values yielded so far, in a generator.
    pub yields: Option<Vec<Value>>,
    /// The exception being handled (for a bare `raise`).
    pub handling: Option<Error>,
    /// The line of the innermost failing expression, when not the statement's own line.
    pub err_line: Option<u32>,
}

impl<'i> Frame<'i> {
    pub fn new(interp: &'i Interpreter, n_locals: usize, n_cells: usize, free: Rc<[Cell]>) -> Self {
        Frame {
            interp,
            locals: vec![None; n_locals],
            cells: (0..n_cells).map(|_| new_cell(None)).collect(),
            free,
            line: 0,
            yields: None,
            handling: None,
            err_line: None,
        }
    }
}
