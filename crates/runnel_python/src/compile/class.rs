//! `class` statements: the body runs once in a frame of its own, whose variables become
//! the class's attributes. Functions nested in the body do not see those variables (as in
//! CPython), except the hidden `__class__` cell that a zero-argument `super()` reads.

use super::scope::analyze;
use super::{Binding, CResult, Compiler, FuncCtx};
use crate::runtime::class::{ClassFields, PyClass};
use crate::runtime::frame::{Cell, ExprFn, Flow, Frame};
use ruff_python_ast as ast;
use runnel_core::{Error, Result, Value};
use std::rc::Rc;

impl Compiler<'_> {
    /// Compiles a class statement; the closure makes the class value (decorated).
    pub(super) fn class_def(&mut self, c: &ast::StmtClassDef) -> CResult<ExprFn> {
        if let Some(tp) = &c.type_params {
            return Err(self.unsupported(tp.range, "generic class parameters"));
        }
        let decorators = self.decorators(&c.decorator_list)?;
        let mut bases = Vec::new();
        let mut class_kwargs: Vec<(String, ExprFn)> = Vec::new();
        if let Some(args) = &c.arguments {
            for k in args.keywords.iter() {
                // `metaclass=ABCMeta` marks the class as `ABC` does (see `modules::abc`).
                let abc_meta = match &k.value {
                    ast::Expr::Name(n) => n.id.as_str() == "ABCMeta",
                    ast::Expr::Attribute(a) => a.attr.as_str() == "ABCMeta",
                    _ => false,
                };
                match k.arg.as_ref().map(|a| a.as_str()) {
                    Some("metaclass") if abc_meta => bases.push(metaclass(self.expr(&k.value)?)),
                    // Other keywords go to the parent's `__init_subclass__`.
                    Some(name) if name != "metaclass" => {
                        class_kwargs.push((name.to_string(), self.expr(&k.value)?))
                    }
                    _ => {
                        return Err(
                            self.unsupported(k.range, "class keyword arguments (metaclass=...)")
                        );
                    }
                }
            }
            for a in args.args.iter() {
                if let ast::Expr::Starred(s) = a {
                    return Err(self.unsupported(s.range, "starred class bases"));
                }
                bases.push(self.expr(a)?);
            }
        }
        let name: Rc<str> = Rc::from(c.name.id.as_str());
        let doc = match c.body.first() {
            Some(ast::Stmt::Expr(e)) => match &*e.value {
                ast::Expr::StringLiteral(s) => Value::str(s.value.to_str()),
                _ => Value::None,
            },
            _ => Value::None,
        };
        let annotations: Vec<(Value, Value)> = c
            .body
            .iter()
            .filter_map(|s| match s {
                ast::Stmt::AnnAssign(a) => match &*a.target {
                    ast::Expr::Name(n) => {
                        let r = ruff_text_size::Ranged::range(&*a.annotation);
                        let text = self.text.get(r.start().to_usize()..r.end().to_usize());
                        Some((Value::str(n.id.as_str()), Value::str(text.unwrap_or(""))))
                    }
                    _ => None,
                },
                _ => None,
            })
            .collect();
        let analysis = analyze(None, &c.body, None);
        let mut ctx = FuncCtx::new(false);
        ctx.is_class = true;
        let parent = &self.ctxs[self.ctxs.len() - 1];
        ctx.qualname = if parent.is_module {
            name.to_string()
        } else if parent.is_class {
            format!("{}.{name}", parent.qualname)
        } else {
            format!("{}.<locals>.{name}", parent.qualname)
        };
        ctx.globals_decl = analysis.globals.clone();
        let class_cell = ctx.new_cell();
        ctx.names
            .insert("__class__".to_string(), Binding::Cell(class_cell));
        let mut attrs: Vec<(Rc<str>, usize)> = Vec::new();
        for n in analysis.true_locals() {
            let slot = ctx.new_local();
            ctx.names.insert(n.clone(), Binding::Local(slot));
            attrs.push((Rc::from(n.as_str()), slot));
        }
        self.ctxs.push(ctx);
        let body = self.block(&c.body);
        let ctx = self.ctxs.pop().unwrap_or_else(|| FuncCtx::new(false));
        let body = body?;
        let def_id = self.n_classes;
        self.n_classes += 1;
        let captures: Box<[Binding]> = ctx.free.iter().map(|(_, b)| *b).collect();
        let (n_locals, n_cells) = (ctx.n_locals, ctx.n_cells);
        let bases = bases.into_boxed_slice();
        let qualname = Value::str(&ctx.qualname);
        Ok(Box::new(move |f| {
            let mut base_values = Vec::with_capacity(bases.len());
            for b in bases.iter() {
                base_values.push(b(f)?);
            }
            let free = capture_cells(f, &captures)?;
            let mut frame = Frame::new(f.interp, n_locals, n_cells, Rc::from(free));
            frame.line = f.line;
            if let Flow::Return(_) = body(&mut frame)? {
                return Err(Error::new("SyntaxError", "'return' outside function"));
            }
            let mut dict = indexmap::IndexMap::new();
            dict.insert(Rc::from("__doc__"), doc.clone());
            dict.insert(Rc::from("__qualname__"), qualname.clone());
            if !annotations.is_empty() {
                // Annotations are kept as their source text (as with
                // `from __future__ import annotations`), for `@dataclass`.
                let mut ann = runnel_core::value::PyDict::new();
                for (k, v) in &annotations {
                    ann.insert(k.clone(), v.clone())?;
                }
                dict.insert(Rc::from("__annotations__"), Value::dict(ann));
            }
            for (n, slot) in &attrs {
                if let Some(Some(v)) = frame.locals.get(*slot) {
                    dict.insert(n.clone(), v.clone());
                }
            }
            let fields = ClassFields {
                name: name.clone(),
                def_id,
                bases: base_values,
                dict,
            };
            let class = PyClass::create(f.interp, fields)?;
            if let Some(cell) = frame.cells.get(class_cell) {
                *cell.borrow_mut() = Some(class.clone());
            }
            let mut kwargs = Vec::with_capacity(class_kwargs.len());
            for (k, e) in class_kwargs.iter() {
                kwargs.push((k.clone(), e(f)?));
            }
            crate::runtime::class::init_subclass(f.interp, &class, kwargs)?;
            apply_decorators(f, &decorators, class)
        }))
    }

    /// Compiles a decorator list (evaluated top to bottom, applied bottom to top).
    pub(super) fn decorators(&mut self, list: &[ast::Decorator]) -> CResult<Box<[ExprFn]>> {
        let mut out = Vec::with_capacity(list.len());
        for d in list {
            out.push(self.expr(&d.expression)?);
        }
        Ok(out.into_boxed_slice())
    }
}

/// The cells a nested body captures from the frame that defines it.
pub(super) fn capture_cells(f: &Frame, captures: &[Binding]) -> Result<Vec<Cell>> {
    let mut free: Vec<Cell> = Vec::with_capacity(captures.len());
    for b in captures.iter() {
        let cell = match b {
            Binding::Cell(i) => f.cells.get(*i).cloned(),
            Binding::Free(i) => f.free.get(*i).cloned(),
            _ => None,
        };
        free.push(cell.ok_or_else(|| Error::new("SystemError", "bad closure"))?);
    }
    Ok(free)
}

/// Calls each decorator on the value, innermost (last written) first.
pub(super) fn apply_decorators(
    f: &mut Frame,
    decorators: &[ExprFn],
    value: Value,
) -> Result<Value> {
    if decorators.is_empty() {
        return Ok(value);
    }
    let mut funcs = Vec::with_capacity(decorators.len());
    for d in decorators {
        funcs.push(d(f)?);
    }
    let mut v = value;
    for d in funcs.iter().rev() {
        v = f.interp.call_value(d, crate::Args::new(vec![v]))?;
    }
    Ok(v)
}

/// A `metaclass=ABCMeta` value, checked when the class is made (a name may be rebound).
fn metaclass(value: ExprFn) -> ExprFn {
    Box::new(move |f| {
        let v = value(f)?;
        if crate::modules::abc::is_marker(&v) {
            return Ok(v);
        }
        Err(Error::new(
            "NotImplementedError",
            format!(
                "metaclass={}: Runnel supports only abc.ABCMeta as a metaclass",
                v.repr()
            ),
        ))
    })
}
