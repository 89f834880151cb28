//! Compiles the AST into Rust closures, once. Every name is resolved here to a local
//! slot, a cell, a module global or a builtin, so running code never looks names up.

mod assign;
mod call;
mod class;
mod comp;
mod displays;
mod expr;
mod fstring;
mod func;
mod gen_blocks;
mod gen_lower;
mod gen_shape;
mod generator;
mod genexpr;
mod handlers;
pub(crate) use handlers::enter_handler;
mod const_fold;
mod pattern;
pub(crate) mod scope;
mod set_display;
mod stmt;
mod syntax_msg;
mod target;
mod with;
pub(crate) use with::{exception_pair, special as context_special};

use crate::diagnostic::CompileError;
use crate::runtime::frame::{Flow, Frame, StmtFn};
use crate::runtime::function::Source;
use crate::Interpreter;
use ruff_text_size::{Ranged, TextRange};
use runnel_core::{Error, Value};
use std::collections::{HashMap, HashSet};
use std::rc::Rc;

pub(crate) type CResult<T> = std::result::Result<T, CompileError>;

/// Where a name lives at run time.
#[derive(Clone, Copy, Debug)]
pub(crate) enum Binding {
    Local(usize),
    /// A variable of this frame shared with nested functions.
    Cell(usize),
    /// A variable of an enclosing frame.
    Free(usize),
    Global(usize),
}

/// The compile-time state of one function (or of the module body).
pub(crate) struct FuncCtx {
    pub is_module: bool,
    /// A class body: functions nested in it do not see its variables.
    pub is_class: bool,
    /// The first positional parameter (`self`), which a zero-argument `super()` passes.
    pub first_param: Option<String>,
    pub names: HashMap<String, Binding>,
    pub globals_decl: HashSet<String>,
    /// Comprehension variables in scope, innermost last.
    pub comp_scopes: Vec<HashMap<String, Binding>>,
    pub n_locals: usize,
    pub n_cells: usize,
    /// Free variables: name and where the enclosing frame keeps it.
    pub free: Vec<(String, Binding)>,
    pub loop_depth: u32,
    /// The qualified name of the function (`""` for the module).
    pub qualname: String,
    /// Module globals the function (or a function nested in it) refers to: what
    /// cloudpickle ships with it.
    pub global_refs: Vec<String>,
}

impl FuncCtx {
    pub fn new(is_module: bool) -> FuncCtx {
        FuncCtx {
            is_module,
            is_class: false,
            first_param: None,
            names: HashMap::new(),
            globals_decl: HashSet::new(),
            comp_scopes: Vec::new(),
            n_locals: 0,
            n_cells: 0,
            free: Vec::new(),
            loop_depth: 0,
            qualname: String::new(),
            global_refs: Vec::new(),
        }
    }
    pub fn new_local(&mut self) -> usize {
        self.n_locals += 1;
        self.n_locals - 1
    }
    /// The module globals the function refers to, as its `Code` keeps them.
    pub fn global_names(&self) -> Vec<Rc<str>> {
        self.global_refs
            .iter()
            .map(|n| Rc::from(n.as_str()))
            .collect()
    }
    pub fn new_cell(&mut self) -> usize {
        self.n_cells += 1;
        self.n_cells - 1
    }
}

pub(crate) struct Compiler<'a> {
    pub interp: &'a Interpreter,
    pub text: &'a str,
    pub source: Rc<Source>,
    line_starts: Vec<usize>,
    pub ctxs: Vec<FuncCtx>,
    /// Line of the statement being compiled (expressions on other lines record theirs).
    pub stmt_line: u32,
    /// Every function body compiled, in order: a function's index here is its identity
    /// across interpreters that compiled the same program (see `crate::portable`).
    pub codes: Vec<Rc<crate::runtime::function::Code>>,
    /// Class statements compiled so far: a class's index is its identity across
    /// interpreters (see `crate::portable`).
    pub n_classes: usize,
    /// In a lazy generator: the local slot each hoisted `yield` (by source offset) left
    /// its sent value in (see `compile::generator`).
    pub yield_slots: std::collections::HashMap<u32, usize>,
    /// In a lazy generator: the local slot each operand evaluated before a `yield` of its
    /// expression was kept in (see `compile::gen_lower`).
    pub spilled: std::collections::HashMap<gen_lower::SpillKey, usize>,
    /// The frozenset constants of set displays compiled so far: an equal display later
    /// in the program shares the first one's table, as CPython's constant cache does.
    pub set_consts: Vec<runnel_core::value::PySet>,
    /// The identifiers the program's text writes (see `set_display`), made when needed.
    pub source_names: std::cell::OnceCell<std::collections::HashSet<String>>,
    /// The string constants compiled so far: an equal literal later in the program is
    /// the same object, as CPython's constant cache merges a module's constants (which
    /// pickle's memo, and so Spark's cached sizes, see).
    pub str_consts: HashMap<Rc<str>, Value>,
}

/// A compiled program, ready to run.
pub(crate) struct CompiledModule {
    body: StmtFn,
    n_locals: usize,
    n_cells: usize,
    pub codes: Vec<Rc<crate::runtime::function::Code>>,
}

impl CompiledModule {
    /// Runs the module body; on error also returns the line it was at.
    pub fn run(&self, interp: &Interpreter) -> Result<(), (Error, u32)> {
        let mut frame = Frame::new(interp, self.n_locals, self.n_cells, Rc::from(Vec::new()));
        match (self.body)(&mut frame) {
            Ok(_) => Ok(()),
            Err(e) => Err((e, frame.err_line.unwrap_or(frame.line))),
        }
    }
}

/// Parses and compiles a program.
pub(crate) fn compile_module(
    interp: &Interpreter,
    text: &str,
    source: Rc<Source>,
) -> CResult<CompiledModule> {
    let mut c = Compiler {
        interp,
        text,
        source,
        line_starts: std::iter::once(0)
            .chain(text.match_indices('\n').map(|(i, _)| i + 1))
            .collect(),
        ctxs: vec![FuncCtx::new(true)],
        stmt_line: 0,
        codes: Vec::new(),
        n_classes: 0,
        yield_slots: Default::default(),
        spilled: Default::default(),
        set_consts: Vec::new(),
        source_names: Default::default(),
        str_consts: HashMap::new(),
    };
    let parsed = ruff_python_parser::parse_module(text).map_err(|e| {
        #[cfg(not(feature = "extra"))]
        if let Some(e) = needs_name_tables(&c, text, &e) {
            return e;
        }
        let (exc_type, msg) = syntax_msg::cpython_syntax_error(&c, text, &e);
        let end = e.location.end().to_usize().min(text.len());
        let mut at = e.location.start().to_usize().min(text.len());
        // An error at the end of input (an unclosed bracket...) points just after the
        // last token, like CPython, instead of at an empty line past the end.
        if text.get(at..).is_some_and(|rest| rest.trim().is_empty()) {
            at = text
                .get(..at)
                .map(|before| before.trim_end().len())
                .unwrap_or(at);
        }
        c.error_in(&exc_type, at, end.max(at), msg)
    })?;
    let body = c.block(&parsed.syntax().body)?;
    let ctx = c.ctxs.pop().unwrap_or_else(|| FuncCtx::new(true));
    Ok(CompiledModule {
        body,
        n_locals: ctx.n_locals,
        n_cells: ctx.n_cells,
        codes: c.codes,
    })
}

/// A `\N{NAME}` escape the lite build cannot resolve (it leaves out the Unicode name
/// tables): the error that sends the program to the full engine.
#[cfg(not(feature = "extra"))]
fn needs_name_tables(
    c: &Compiler,
    text: &str,
    e: &ruff_python_parser::ParseError,
) -> Option<CompileError> {
    use ruff_python_parser::{LexicalErrorType, ParseErrorType};
    let at = e.location.start().to_usize().min(text.len());
    // The error's range starts at the name or at the escape's backslash.
    let from = at.saturating_sub(3);
    let window = &text.as_bytes()[from..(at + 3).min(text.len())];
    let escape = window.windows(3).any(|w| w == b"\\N{");
    let unicode = matches!(
        &e.error,
        ParseErrorType::Lexical(LexicalErrorType::UnicodeError)
    );
    (escape && unicode).then(|| {
        let err = crate::modules::feature_needs_full_engine("A \\N{...} escape");
        c.error_in(&err.exc_type, at, at, err.message)
    })
}

impl Compiler<'_> {
    /// 1-based line of a byte offset.
    pub fn line_of(&self, offset: usize) -> u32 {
        match self.line_starts.binary_search(&offset) {
            Ok(i) => i as u32 + 1,
            Err(i) => i as u32,
        }
    }

    pub fn line(&self, node: &impl Ranged) -> u32 {
        self.line_of(node.range().start().to_usize())
    }

    pub fn error_at(&self, exc_type: &str, offset: usize, message: String) -> CompileError {
        self.error_in(exc_type, offset, offset, message)
    }

    /// A compile error over the bytes `start..end` of the program (the parser's range).
    pub fn error_in(
        &self,
        exc_type: &str,
        start: usize,
        end: usize,
        message: String,
    ) -> CompileError {
        let (line, column) = self.line_column(start);
        let (end_line, end_column) = self.line_column(end.max(start));
        let line_start = self.line_starts.get(line - 1).copied().unwrap_or(0);
        let line_text = self
            .text
            .get(line_start..)
            .unwrap_or("")
            .lines()
            .next()
            .unwrap_or("");
        CompileError {
            exc_type: exc_type.to_string(),
            message,
            filename: self.source.filename.clone(),
            line,
            column,
            end_line: end_line as u32,
            end_column: end_column as u32,
            source_line: line_text.to_string(),
        }
    }

    /// 1-based line and column (in characters) of a byte offset.
    fn line_column(&self, offset: usize) -> (usize, usize) {
        let line = self.line_of(offset).max(1) as usize;
        let start = self.line_starts.get(line - 1).copied().unwrap_or(0);
        let column = self
            .text
            .get(start..offset.max(start))
            .map(|s| s.chars().count())
            .unwrap_or(0)
            + 1;
        (line, column)
    }

    /// A construct Runnel does not run: a compile error naming it.
    pub fn unsupported(&self, range: TextRange, what: &str) -> CompileError {
        self.error_in(
            "NotImplementedError",
            range.start().to_usize(),
            range.end().to_usize(),
            format!("{what} are not supported here"),
        )
    }

    pub fn syntax_error(&self, range: TextRange, msg: &str) -> CompileError {
        let (start, end) = (range.start().to_usize(), range.end().to_usize());
        self.error_in("SyntaxError", start, end, msg.to_string())
    }

    pub fn ctx(&mut self) -> &mut FuncCtx {
        let n = self.ctxs.len();
        &mut self.ctxs[n - 1]
    }

    /// Resolves a name in the current scope.
    pub fn resolve(&mut self, name: &str) -> Binding {
        let i = self.ctxs.len() - 1;
        let b = match self.lookup_in(i, name) {
            Some(b) => b,
            None => match self.lookup_enclosing(i, name) {
                Some(b) => b,
                None => Binding::Global(self.interp.global_slot(name)),
            },
        };
        if let Binding::Global(_) = b {
            // Every enclosing function ships this global too: it creates the nested one.
            for ctx in self.ctxs.iter_mut().filter(|c| !c.is_module) {
                if !ctx.global_refs.iter().any(|n| n == name) {
                    ctx.global_refs.push(name.to_string());
                }
            }
        }
        b
    }

    fn lookup_in(&self, i: usize, name: &str) -> Option<Binding> {
        let ctx = &self.ctxs[i];
        for scope in ctx.comp_scopes.iter().rev() {
            if let Some(b) = scope.get(name) {
                return Some(*b);
            }
        }
        if ctx.globals_decl.contains(name) {
            return Some(Binding::Global(self.interp.global_slot(name)));
        }
        ctx.names.get(name).copied()
    }

    /// Finds `name` in the functions enclosing ctx `i`, threading it through as a free
    /// variable of each function in between.
    fn lookup_enclosing(&mut self, i: usize, name: &str) -> Option<Binding> {
        if i == 0 || self.ctxs[i].is_module {
            return None;
        }
        if self.ctxs[i - 1].is_module {
            // Only comprehension variables of the module body are frame cells there.
            let scoped = self.ctxs[i - 1]
                .comp_scopes
                .iter()
                .rev()
                .find_map(|s| s.get(name).copied());
            let Some(b @ Binding::Cell(_)) = scoped else {
                return None;
            };
            let ctx = &mut self.ctxs[i];
            let idx = ctx.free.len();
            ctx.free.push((name.to_string(), b));
            ctx.names.insert(name.to_string(), Binding::Free(idx));
            return Some(Binding::Free(idx));
        }
        let parent = self.binding_for_nested(i - 1, name)?;
        let ctx = &mut self.ctxs[i];
        let idx = ctx.free.len();
        ctx.free.push((name.to_string(), parent));
        ctx.names.insert(name.to_string(), Binding::Free(idx));
        Some(Binding::Free(idx))
    }

    /// How the frame of ctx `j` reaches `name` for a function nested in it: one of its
    /// cells or free variables, or `None` for a global. A class body is looked through
    /// (its variables are not visible to its methods), except for `__class__`.
    fn binding_for_nested(&mut self, j: usize, name: &str) -> Option<Binding> {
        if self.ctxs[j].is_class && name != "__class__" {
            if let Some(idx) = self.ctxs[j].free.iter().position(|(n, _)| n == name) {
                return Some(Binding::Free(idx));
            }
            if j == 0 || self.ctxs[j - 1].is_module {
                return None;
            }
            let parent = self.binding_for_nested(j - 1, name)?;
            let ctx = &mut self.ctxs[j];
            ctx.free.push((name.to_string(), parent));
            return Some(Binding::Free(ctx.free.len() - 1));
        }
        match self.lookup_in(j, name) {
            Some(b @ (Binding::Cell(_) | Binding::Free(_))) => Some(b),
            Some(Binding::Global(_)) => None,
            // Analysis makes captured locals cells; a plain local here means a capture it
            // could not see. Reading it as global is wrong, so keep it visible.
            Some(Binding::Local(_)) => None,
            None => self.lookup_enclosing(j, name),
        }
    }

    /// Compiles a statement list into one closure.
    pub fn block(&mut self, stmts: &[ruff_python_ast::Stmt]) -> CResult<StmtFn> {
        let mut compiled: Vec<StmtFn> = Vec::with_capacity(stmts.len());
        for s in stmts {
            compiled.push(self.stmt(s)?);
        }
        Ok(match compiled.len() {
            0 => Box::new(|_| Ok(Flow::Normal)),
            1 => compiled
                .pop()
                .unwrap_or_else(|| Box::new(|_| Ok(Flow::Normal))),
            _ => {
                let stmts: Box<[StmtFn]> = compiled.into_boxed_slice();
                Box::new(move |f| {
                    for s in stmts.iter() {
                        match s(f)? {
                            Flow::Normal => {}
                            other => return Ok(other),
                        }
                    }
                    Ok(Flow::Normal)
                })
            }
        })
    }

    /// The builtin a global name falls back to.
    pub fn builtin(&self, name: &str) -> Option<Value> {
        self.interp.builtins.get(name).cloned()
    }
}
