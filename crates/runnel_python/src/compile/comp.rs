//! Comprehensions and generator expressions, inlined into the enclosing frame: their
//! variables get fresh slots there (invisible to the enclosing code), as CPython 3.12 does.
//! Generator expressions are evaluated eagerly into a list-backed iterator.

use super::scope::{analyze, collect_target_names};
use super::{Binding, CResult, Compiler};
use crate::exceptions::memory_error;
use crate::runtime::frame::{ExprFn, Frame, StoreFn};
use crate::runtime::iter::IterObj;
use ruff_python_ast::{self as ast, Expr};
use runnel_core::value::{PyDict, PySet};
use runnel_core::{Result, Value};
use std::collections::{HashMap, HashSet};

enum Acc {
    List(Vec<Value>),
    Set(PySet),
    Dict(PyDict),
}

impl Acc {
    fn len(&self) -> usize {
        match self {
            Acc::List(v) => v.len(),
            Acc::Set(s) => s.len(),
            Acc::Dict(d) => d.len(),
        }
    }
}

type Emit = Box<dyn Fn(&mut Frame, &mut Acc) -> Result<()>>;

impl Compiler<'_> {
    pub fn comprehension(&mut self, e: &Expr) -> CResult<ExprFn> {
        if let Expr::Generator(g) = e {
            if super::scope::genexp_is_lazy(g) {
                return self.lazy_genexp(g);
            }
        }
        let (generators, elt, value, kind): (&[ast::Comprehension], &Expr, Option<&Expr>, u8) =
            match e {
                Expr::ListComp(c) => (&c.generators, &c.elt, None, 0),
                Expr::SetComp(c) => (&c.generators, &c.elt, None, 1),
                Expr::Generator(c) => (&c.generators, &c.elt, None, 3),
                Expr::DictComp(c) => match &c.key {
                    Some(k) => (&c.generators, k, Some(&c.value), 2),
                    None => {
                        return Err(self.unsupported(c.range, "dict unpacking in comprehensions"))
                    }
                },
                _ => {
                    return Err(
                        self.syntax_error(ruff_text_size::Ranged::range(e), "not a comprehension")
                    )
                }
            };
        if let Some(g) = generators.iter().find(|g| g.is_async) {
            return Err(self.unsupported(g.range, "async comprehensions"));
        }
        let Some(first) = generators.first() else {
            return Err(self.syntax_error(ruff_text_size::Ranged::range(e), "empty comprehension"));
        };
        // The first iterable is evaluated in the enclosing scope.
        let first_iter = self.expr(&first.iter)?;

        // Comprehension variables; those captured by lambdas inside become cells.
        let mut targets = HashSet::new();
        for g in generators {
            collect_target_names(&g.target, &mut targets);
        }
        let mut captured = HashSet::new();
        let mut inner_exprs: Vec<&Expr> = vec![elt];
        inner_exprs.extend(value);
        for g in generators {
            inner_exprs.extend(g.ifs.iter());
            inner_exprs.push(&g.iter);
        }
        for x in &inner_exprs {
            captured.extend(analyze(None, &[], Some(x)).captured);
        }
        let mut scope = HashMap::new();
        for t in targets {
            let b = if captured.contains(&t) {
                Binding::Cell(self.ctx().new_cell())
            } else {
                Binding::Local(self.ctx().new_local())
            };
            scope.insert(t, b);
        }
        self.ctx().comp_scopes.push(scope);
        let result = self.comp_body(generators, elt, value, first_iter);
        self.ctx().comp_scopes.pop();
        let emit = result?;
        Ok(Box::new(move |f| {
            let mut acc = match kind {
                1 => Acc::Set(PySet::new()),
                2 => Acc::Dict(PyDict::new()),
                _ => Acc::List(Vec::new()),
            };
            emit(f, &mut acc)?;
            Ok(match acc {
                Acc::List(v) if kind == 3 => IterObj::from_items("generator", v),
                Acc::List(v) => Value::list(v),
                Acc::Set(s) => Value::set(s),
                Acc::Dict(d) => Value::dict(d),
            })
        }))
    }

    fn comp_body(
        &mut self,
        generators: &[ast::Comprehension],
        elt: &Expr,
        value: Option<&Expr>,
        first_iter: ExprFn,
    ) -> CResult<Emit> {
        let elt = self.expr(elt)?;
        let value = value.map(|v| self.expr(v)).transpose()?;
        let mut emit: Emit = Box::new(move |f, acc| {
            let item = elt(f)?;
            match acc {
                Acc::List(v) => v.push(item),
                Acc::Set(s) => {
                    s.insert(item)?;
                }
                Acc::Dict(d) => {
                    let v = match &value {
                        Some(v) => v(f)?,
                        None => Value::None,
                    };
                    d.insert(item, v)?;
                }
            }
            if acc.len() > f.interp.config.max_collection_len {
                return Err(memory_error());
            }
            Ok(())
        });
        let mut first_iter = Some(first_iter);
        // Build from the innermost loop outwards.
        let mut levels: Vec<(ExprFn, StoreFn, Box<[ExprFn]>)> = Vec::new();
        for (i, g) in generators.iter().enumerate() {
            let iter = if i == 0 {
                first_iter
                    .take()
                    .unwrap_or_else(|| Box::new(|_| Ok(Value::None)))
            } else {
                self.expr(&g.iter)?
            };
            let store = self.target(&g.target)?;
            let ifs = self.exprs(&g.ifs)?.into_boxed_slice();
            levels.push((iter, store, ifs));
        }
        for (iter, store, ifs) in levels.into_iter().rev() {
            let inner = emit;
            emit = Box::new(move |f, acc| {
                let it = iter(f)?;
                let mut it = f.interp.make_iter(&it)?;
                'items: while let Some(v) = it.next(f.interp)? {
                    f.interp.tick()?;
                    store(f, v)?;
                    for c in ifs.iter() {
                        if !crate::runtime::truth::test(f, c)? {
                            continue 'items;
                        }
                    }
                    inner(f, acc)?;
                }
                Ok(())
            });
        }
        Ok(emit)
    }
}
