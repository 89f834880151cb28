//! Displays (`[a, *b]`, `{k: v, **d}`), comparison chains, subscripts and slices.

use super::expr::{cmp_of, constant};
use super::{CResult, Compiler};
use crate::runtime::compare::{compare, Cmp};
use crate::runtime::frame::{ExprFn, Frame, ItemsFn};
use crate::runtime::slice_obj::{wants_object, SliceObj};
use crate::runtime::subscript;
use ruff_python_ast::{self as ast, Expr};
use runnel_core::{Error, Result, Value};

impl Compiler<'_> {
    /// The items of a tuple/list/set display, expanding `*x`.
    pub fn sequence(&mut self, elts: &[Expr]) -> CResult<ItemsFn> {
        let mut parts: Vec<(bool, ExprFn)> = Vec::with_capacity(elts.len());
        for e in elts {
            match e {
                Expr::Starred(s) => parts.push((true, self.expr(&s.value)?)),
                other => parts.push((false, self.expr(other)?)),
            }
        }
        let parts = parts.into_boxed_slice();
        if parts.iter().all(|(star, _)| !star) {
            return Ok(Box::new(move |f| {
                let mut out = Vec::with_capacity(parts.len());
                for (_, p) in parts.iter() {
                    out.push(p(f)?);
                }
                Ok(out)
            }));
        }
        Ok(Box::new(move |f| {
            let mut out = Vec::new();
            for (star, p) in parts.iter() {
                let v = p(f)?;
                if *star {
                    out.extend(f.interp.collect(&v)?);
                } else {
                    out.push(v);
                }
            }
            Ok(out)
        }))
    }

    pub(super) fn dict_display(&mut self, d: &ast::ExprDict) -> CResult<ExprFn> {
        let mut items: Vec<(Option<ExprFn>, ExprFn)> = Vec::new();
        for item in &d.items {
            let key = match &item.key {
                Some(k) => Some(self.expr(k)?),
                None => None,
            };
            items.push((key, self.expr(&item.value)?));
        }
        Ok(Box::new(move |f| {
            let mut dict = runnel_core::value::PyDict::new();
            for (k, v) in items.iter() {
                match k {
                    Some(k) => {
                        let key = k(f)?;
                        dict.insert(key, v(f)?)?;
                    }
                    None => match v(f)
                        .map(|v| crate::runtime::instance_dict::as_plain_dict(&v).unwrap_or(v))?
                    {
                        Value::Dict(other) => {
                            for (k, v) in other.borrow()?.iter() {
                                dict.insert(k.clone(), v.clone())?;
                            }
                        }
                        other => {
                            return Err(Error::type_error(format!(
                                "'{}' object is not a mapping",
                                other.type_name()
                            )))
                        }
                    },
                }
            }
            Ok(Value::dict(dict))
        }))
    }

    pub(super) fn compare(&mut self, c: &ast::ExprCompare) -> CResult<ExprFn> {
        let left = self.expr(&c.left)?;
        let ops: Vec<Cmp> = c.ops.iter().map(|o| cmp_of(*o)).collect();
        let rights = self.exprs(&c.comparators)?;
        if ops.len() == 1 {
            let (op, right) = (ops[0], rights.into_iter().next());
            let Some(right) = right else {
                return Ok(constant(Value::None));
            };
            return Ok(Box::new(move |f| {
                let a = left(f)?;
                let b = right(f)?;
                if matches!(a, Value::Object(_)) || matches!(b, Value::Object(_)) {
                    if let Some(r) = crate::runtime::dunder::compare(f.interp, op, &a, &b) {
                        return r;
                    }
                }
                Ok(Value::Bool(compare(f.interp, op, &a, &b)?))
            }));
        }
        let pairs: Box<[(Cmp, ExprFn)]> = ops.into_iter().zip(rights).collect();
        Ok(Box::new(move |f| {
            let mut a = left(f)?;
            for (op, r) in pairs.iter() {
                let b = r(f)?;
                if !compare(f.interp, *op, &a, &b)? {
                    return Ok(Value::Bool(false));
                }
                a = b;
            }
            Ok(Value::Bool(true))
        }))
    }

    pub(super) fn subscript(&mut self, s: &ast::ExprSubscript) -> CResult<ExprFn> {
        let obj = self.expr(&s.value)?;
        if let Expr::Slice(sl) = &*s.slice {
            let slice = self.slice(sl)?;
            return Ok(Box::new(move |f| {
                let o = obj(f)?;
                let s = slice(f)?;
                if wants_object(&o) {
                    return subscript::get_item_in(f.interp, &o, &Value::object(s));
                }
                subscript::get_slice(&o, &s.to_slice()?)
            }));
        }
        let key = self.expr(&s.slice)?;
        Ok(Box::new(move |f| {
            let o = obj(f)?;
            let k = key(f)?;
            subscript::get_item_in(f.interp, &o, &k)
        }))
    }

    /// `a:b:c` as a slice object's three values (`None` where left out).
    #[allow(clippy::type_complexity)]
    pub fn slice(
        &mut self,
        s: &ast::ExprSlice,
    ) -> CResult<Box<dyn Fn(&mut Frame) -> Result<SliceObj>>> {
        let mut part = |e: &Option<Box<Expr>>| -> CResult<Option<ExprFn>> {
            e.as_ref().map(|e| self.expr(e)).transpose()
        };
        let (lo, hi, st) = (part(&s.lower)?, part(&s.upper)?, part(&s.step)?);
        Ok(Box::new(move |f| {
            let mut eval = |e: &Option<ExprFn>| -> Result<Value> {
                match e {
                    Some(e) => e(f),
                    None => Ok(Value::None),
                }
            };
            Ok(SliceObj {
                start: eval(&lo)?,
                stop: eval(&hi)?,
                step: eval(&st)?,
            })
        }))
    }
}
