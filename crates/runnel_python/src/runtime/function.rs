//! Python functions (`def` and `lambda`): compiled code plus defaults and captured cells.

use super::frame::{new_cell, Cell, ExprFn, Flow, Frame, StmtFn};
use super::iter::IterObj;
use crate::{Args, Interpreter};
use indexmap::IndexMap;
use runnel_core::value::Object;
use runnel_core::{Error, Result, Value};
use std::any::Any;
use std::cell::RefCell;
use std::rc::Rc;

/// The source a piece of code came from, for traceback lines.
pub(crate) struct Source {
    pub filename: String,
    pub lines: Vec<String>,
}

impl Source {
    pub fn new(filename: &str, text: &str) -> Source {
        Source {
            filename: filename.to_string(),
            lines: text.lines().map(str::to_string).collect(),
        }
    }

    /// A traceback frame: `File "prog.py", line 3, in f` and the stripped source line.
    pub fn frame(&self, line: u32, name: &str) -> String {
        let mut s = format!("File \"{}\", line {}, in {}", self.filename, line, name);
        if let Some(text) = (line as usize)
            .checked_sub(1)
            .and_then(|i| self.lines.get(i))
        {
            let t = text.trim();
            if !t.is_empty() {
                s.push_str("\n    ");
                s.push_str(t);
            }
        }
        s
    }
}

/// A function body: statements (`def`) or one expression (`lambda`).
pub(crate) enum Body {
    Block(StmtFn),
    Expr(ExprFn),
}

/// Everything about a function known at compile time.
pub(crate) struct Code {
    /// Its index among the program's compiled functions (see `crate::portable`).
    pub id: usize,
    /// Its docstring (`__doc__`), when the body starts with a string.
    pub doc: Option<Rc<str>>,
    /// Module globals its body (or a nested function's) refers to.
    pub globals: Vec<Rc<str>>,
    pub name: Rc<str>,
    /// `outer.<locals>.inner`, as CPython's argument errors name functions.
    pub qualname: Rc<str>,
    /// `__code__.co_varnames`: the parameters (`*args` and `**kwargs` after the
    /// keyword-only ones), then the locals no nested function captures.
    pub varnames: Vec<Rc<str>>,
    /// Parameter names: positional ones, then keyword-only ones; parameter `i` is local slot `i`.
    pub params: Vec<Rc<str>>,
    pub n_positional: usize,
    /// How many of the positional parameters are positional-only (before `/`).
    pub n_posonly: usize,
    /// Local slot of `*args` / `**kwargs`.
    pub vararg: Option<usize>,
    pub kwarg: Option<usize>,
    /// Parameters captured by nested functions: (parameter slot, cell index).
    pub param_cells: Vec<(usize, usize)>,
    pub n_locals: usize,
    pub n_cells: usize,
    pub body: Body,
    pub line: u32,
    pub is_generator: bool,
    /// The body compiled for lazy execution, when the generator's shape allows it.
    pub lazy: Option<super::generator::GenCode>,
    pub source: Rc<Source>,
    /// A trivial lambda's shape, which hosts may run natively.
    pub shape: Option<crate::shape::Shape>,
}

/// A function value: its code, its default values (one per parameter), its closure.
pub(crate) struct Function {
    pub code: Rc<Code>,
    pub defaults: Vec<Option<Value>>,
    pub free: Rc<[Cell]>,
    /// What the program set on it (`wrapper.calls = 0`, `functools.wraps`'s names): its
    /// `__dict__`. Kept on the driver; a copy sent to worker tasks starts without them.
    pub attrs: RefCell<IndexMap<Rc<str>, Value>>,
}

impl Object for Function {
    fn type_name(&self) -> &str {
        "function"
    }
    fn repr(&self) -> String {
        format!(
            "<function {} at {:#x}>",
            self.code.name, self as *const Function as usize
        )
    }
    fn hash(&self) -> Option<i64> {
        Some((self as *const Function as usize >> 4) as i64)
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
}

impl Function {
    /// Binds `args` to parameters like CPython does, with its error messages.
    fn bind(&self, args: Args) -> Result<Vec<Option<Value>>> {
        let code = &*self.code;
        let given = args.positional.len();
        if given > code.n_positional && code.vararg.is_none() {
            return Err(self.too_many(given));
        }
        let mut locals: Vec<Option<Value>>;
        if given <= code.n_positional {
            // Reuses the argument vector's allocation (same layout) for the locals.
            locals = args.positional.into_iter().map(Some).collect();
            locals.resize(code.n_locals, None);
        } else {
            locals = Vec::with_capacity(code.n_locals);
            let mut pos = args.positional.into_iter();
            locals.extend(pos.by_ref().take(code.n_positional).map(Some));
            locals.resize(code.n_locals, None);
            if let Some(slot) = code.vararg {
                locals[slot] = Some(Value::tuple(pos.collect()));
            }
        }
        if let (Some(slot), true) = (code.vararg, given <= code.n_positional) {
            locals[slot] = Some(Value::tuple(Vec::new()));
        }
        // `f(**d, x=1)` with `x` in `d`: CPython refuses it at the call.
        for (i, (k, _)) in args.keywords.iter().enumerate().skip(1) {
            if args.keywords[..i].iter().any(|(k2, _)| k2 == k) {
                return Err(Error::type_error(format!(
                    "__main__.{}() got multiple values for keyword argument '{k}'",
                    code.qualname
                )));
            }
        }
        let mut kwargs = runnel_core::value::PyDict::new();
        let mut posonly_named: Vec<String> = Vec::new();
        for (k, v) in args.keywords {
            match code.params.iter().position(|p| **p == *k) {
                // A positional-only name given by keyword goes to `**kwargs`, if any.
                Some(i) if i < code.n_posonly => match code.kwarg {
                    Some(_) => {
                        kwargs.insert(Value::str(&k), v)?;
                    }
                    None => posonly_named.push(k),
                },
                Some(i) if locals[i].is_some() => {
                    return Err(Error::type_error(format!(
                        "{}() got multiple values for argument '{k}'",
                        code.qualname
                    )))
                }
                Some(i) => locals[i] = Some(v),
                None if code.kwarg.is_some() => {
                    kwargs.insert(Value::str(&k), v)?;
                }
                None => {
                    return Err(Error::type_error(format!(
                        "{}() got an unexpected keyword argument '{k}'",
                        code.qualname
                    )))
                }
            }
        }
        if !posonly_named.is_empty() {
            return Err(Error::type_error(format!(
                "{}() got some positional-only arguments passed as keyword arguments: '{}'",
                code.qualname,
                posonly_named.join(", ")
            )));
        }
        if let Some(slot) = code.kwarg {
            locals[slot] = Some(Value::dict(kwargs));
        }
        let mut missing = Vec::new();
        for (i, local) in locals.iter_mut().enumerate().take(code.params.len()) {
            if local.is_none() {
                match self.defaults.get(i).and_then(|d| d.clone()) {
                    Some(d) => *local = Some(d),
                    None => missing.push(i),
                }
            }
        }
        if !missing.is_empty() {
            return Err(self.missing(&missing));
        }
        Ok(locals)
    }

    fn too_many(&self, given: usize) -> Error {
        let code = &*self.code;
        let n_defaults = self
            .defaults
            .iter()
            .take(code.n_positional)
            .filter(|d| d.is_some())
            .count();
        let takes = if n_defaults > 0 {
            format!(
                "from {} to {}",
                code.n_positional - n_defaults,
                code.n_positional
            )
        } else {
            code.n_positional.to_string()
        };
        let s = if code.n_positional == 1 && n_defaults == 0 {
            ""
        } else {
            "s"
        };
        let were = if given == 1 { "was" } else { "were" };
        Error::type_error(format!(
            "{}() takes {takes} positional argument{s} but {given} {were} given",
            code.qualname
        ))
    }

    fn missing(&self, missing: &[usize]) -> Error {
        let code = &*self.code;
        let kind = if missing.iter().all(|&i| i < code.n_positional) {
            "positional"
        } else {
            "keyword-only"
        };
        let names: Vec<String> = missing
            .iter()
            .map(|&i| format!("'{}'", code.params[i]))
            .collect();
        let list = match names.len() {
            1 => names[0].clone(),
            n => format!("{} and {}", names[..n - 1].join(", "), names[n - 1]),
        };
        let s = if names.len() == 1 { "" } else { "s" };
        Error::type_error(format!(
            "{}() missing {} required {kind} argument{s}: {list}",
            code.qualname,
            names.len()
        ))
    }
}

/// Calls a Python function.
pub(crate) fn call_function(interp: &Interpreter, func: &Function, args: Args) -> Result<Value> {
    let locals = func.bind(args)?;
    if func.code.lazy.is_some() {
        let state =
            super::generator::GenState::new(interp, func.code.clone(), locals, func.free.clone());
        return Ok(IterObj::lazy(state));
    }
    if func.code.is_generator {
        return Ok(IterObj::generator(
            func.code.clone(),
            locals,
            func.free.clone(),
        ));
    }
    run_code(interp, &func.code, locals, func.free.clone(), None).map(|(v, _)| v)
}

/// Runs a function's body in a fresh frame; returns its value and (for generators) the
/// values it yielded.
pub(crate) fn run_code(
    interp: &Interpreter,
    code: &Code,
    mut locals: Vec<Option<Value>>,
    free: Rc<[Cell]>,
    yields: Option<Vec<Value>>,
) -> Result<(Value, Option<Vec<Value>>)> {
    let _guard = interp.enter_call()?;
    let mut cells: Vec<Cell> = Vec::with_capacity(code.n_cells);
    cells.resize_with(code.n_cells, || new_cell(None));
    for &(p, c) in &code.param_cells {
        if let (Some(cell), Some(local)) = (cells.get(c), locals.get_mut(p)) {
            *cell.borrow_mut() = local.take();
        }
    }
    let mut frame = Frame {
        interp,
        locals,
        cells,
        free,
        line: code.line,
        yields,
        handling: None,
        err_line: None,
    };
    let result = match &code.body {
        Body::Expr(e) => e(&mut frame),
        Body::Block(s) => match s(&mut frame) {
            Ok(Flow::Return(v)) => Ok(v),
            Ok(_) => Ok(Value::None),
            Err(e) => Err(e),
        },
    };
    match result {
        Ok(v) => Ok((v, frame.yields.take())),
        Err(e) => Err(add_frame(
            e,
            &code.source,
            frame.err_line.unwrap_or(frame.line),
            &code.name,
        )),
    }
}

/// Adds a traceback frame, except to the budget error (its message says it all).
pub(crate) fn add_frame(e: Error, source: &Source, line: u32, name: &str) -> Error {
    if e.exc_type == crate::exceptions::STEP_BUDGET || e.trace.len() > 60 {
        // No frame (the message says it all), but an editor still points at the line.
        let mut e = e;
        if e.lines().is_empty() {
            e.add_line(line);
        }
        return e;
    }
    e.at_line(line, source.frame(line, name))
}
