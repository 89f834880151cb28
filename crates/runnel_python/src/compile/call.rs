//! Calls: `f(a, *b, k=v, **d)` and method calls `obj.m(...)` (dispatched without making a
//! bound method object).

use super::{CResult, Compiler};
use crate::runtime::frame::{ExprFn, Frame};
use crate::Args;
use ruff_python_ast::{self as ast, Expr};
use runnel_core::{Error, Result, Value};
use std::rc::Rc;

type ArgsFn = Box<dyn Fn(&mut Frame) -> Result<Args>>;

impl Compiler<'_> {
    pub fn call(&mut self, c: &ast::ExprCall) -> CResult<ExprFn> {
        let args = self.arguments(&c.arguments)?;
        if let Expr::Attribute(a) = &*c.func {
            let obj = self.expr(&a.value)?;
            let name: Rc<str> = Rc::from(a.attr.id.as_str());
            return Ok(Box::new(move |f| {
                let o = obj(f)?;
                let args = args(f)?;
                let r = crate::methods::call_method(f.interp, &o, &name, args);
                drop(o);
                // A generator the call let go of is closed now, as CPython's refcount does.
                f.interp.drain_closes();
                r
            }));
        }
        if let Some(zero_arg_super) = self.zero_arg_super(c) {
            return zero_arg_super;
        }
        let func = self.expr(&c.func)?;
        Ok(Box::new(move |f| {
            let callee = func(f)?;
            let args = args(f)?;
            let r = f.interp.call_value(&callee, args);
            f.interp.drain_closes();
            r
        }))
    }

    /// `super()` in a method: `super(__class__, self)`, as CPython compiles it.
    fn zero_arg_super(&mut self, c: &ast::ExprCall) -> Option<CResult<ExprFn>> {
        let Expr::Name(n) = &*c.func else { return None };
        if n.id.as_str() != "super" || !c.arguments.is_empty() {
            return None;
        }
        let first = self.ctx().first_param.clone();
        let in_class = self.ctxs.iter().any(|x| x.is_class);
        let (Some(first), true) = (first, in_class) else {
            return Some(Err(self.error_at(
                "RuntimeError",
                ruff_text_size::Ranged::range(c).start().to_usize(),
                "super(): no arguments".to_string(),
            )));
        };
        let class = self.load_name("__class__");
        let obj = self.load_name(&first);
        Some(Ok(Box::new(move |f| {
            let class = class(f)?;
            let obj = obj(f)?;
            crate::runtime::members::make_super(&class, obj)
        })))
    }

    fn arguments(&mut self, a: &ast::Arguments) -> CResult<ArgsFn> {
        let simple = a.args.iter().all(|e| !matches!(e, Expr::Starred(_)));
        let mut keywords: Vec<(Option<String>, ExprFn)> = Vec::new();
        for k in a.keywords.iter() {
            keywords.push((
                k.arg.as_ref().map(|n| n.id.to_string()),
                self.expr(&k.value)?,
            ));
        }
        let keywords = keywords.into_boxed_slice();
        if simple {
            let pos = self.exprs(&a.args)?.into_boxed_slice();
            if keywords.is_empty() {
                return Ok(Box::new(move |f| {
                    let mut positional = Vec::with_capacity(pos.len());
                    for p in pos.iter() {
                        positional.push(p(f)?);
                    }
                    Ok(Args {
                        positional,
                        keywords: Vec::new(),
                    })
                }));
            }
            return Ok(Box::new(move |f| {
                let mut positional = Vec::with_capacity(pos.len());
                for p in pos.iter() {
                    positional.push(p(f)?);
                }
                Ok(Args {
                    positional,
                    keywords: eval_keywords(f, &keywords)?,
                })
            }));
        }
        let pos = self.sequence(&a.args)?;
        Ok(Box::new(move |f| {
            Ok(Args {
                positional: pos(f)?,
                keywords: eval_keywords(f, &keywords)?,
            })
        }))
    }
}

fn eval_keywords(
    f: &mut Frame,
    keywords: &[(Option<String>, ExprFn)],
) -> Result<Vec<(String, Value)>> {
    let mut out = Vec::with_capacity(keywords.len());
    for (name, e) in keywords {
        let v = e(f)?;
        let v = crate::runtime::instance_dict::as_plain_dict(&v).unwrap_or(v);
        match name {
            Some(n) => out.push((n.clone(), v)),
            None => match v {
                Value::Dict(d) => {
                    for (k, v) in d.borrow()?.iter() {
                        match k {
                            Value::Str(s) => out.push((s.to_string(), v.clone())),
                            _ => return Err(Error::type_error("keywords must be strings")),
                        }
                    }
                }
                other => {
                    return Err(Error::type_error(format!(
                        "argument after ** must be a mapping, not {}",
                        other.type_name()
                    )))
                }
            },
        }
    }
    Ok(out)
}
