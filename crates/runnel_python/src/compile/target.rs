//! Assignment targets: names, `a, (b, *c)` unpacking, `x[i]`, `x[a:b]`, `obj.attr`.

use super::{Binding, CResult, Compiler};
use crate::runtime::frame::{Frame, StoreFn};
use crate::runtime::subscript;
use ruff_python_ast::Expr;
use ruff_text_size::Ranged;
use runnel_core::{Error, Result, Value};

impl Compiler<'_> {
    pub fn target(&mut self, t: &Expr) -> CResult<StoreFn> {
        Ok(match t {
            Expr::Name(n) => self.store_name(&n.id),
            Expr::Tuple(tu) => self.unpack(&tu.elts)?,
            Expr::List(l) => self.unpack(&l.elts)?,
            Expr::Subscript(s) => {
                let obj = self.expr(&s.value)?;
                if let Expr::Slice(sl) = &*s.slice {
                    let slice = self.slice(sl)?;
                    return Ok(Box::new(move |f, v| {
                        let o = obj(f)?;
                        let s = slice(f)?;
                        let max = f.interp.config.max_collection_len;
                        if crate::runtime::slice_obj::wants_object(&o) {
                            return subscript::set_item(&o, &Value::object(s), v, max);
                        }
                        let items = f.interp.collect(&v)?;
                        subscript::set_slice(&o, &s.to_slice()?, items, max)
                    }));
                }
                let key = self.expr(&s.slice)?;
                Box::new(move |f, v| {
                    let o = obj(f)?;
                    let k = key(f)?;
                    subscript::set_item(&o, &k, v, f.interp.config.max_collection_len)
                })
            }
            Expr::Attribute(a) => {
                let obj = self.expr(&a.value)?;
                let name = a.attr.id.to_string();
                Box::new(move |f, v| {
                    let o = obj(f)?;
                    crate::methods::set_attr(&o, &name, v)
                })
            }
            Expr::Starred(s) => {
                return Err(self.syntax_error(
                    s.range,
                    "starred assignment target must be in a list or tuple",
                ))
            }
            other => {
                return Err(self.syntax_error(other.range(), "cannot assign to this expression"))
            }
        })
    }

    pub fn store_name(&mut self, name: &str) -> StoreFn {
        match self.resolve(name) {
            Binding::Local(slot) => Box::new(move |f, v| {
                if let Some(l) = f.locals.get_mut(slot) {
                    *l = Some(v);
                }
                Ok(())
            }),
            Binding::Cell(i) => Box::new(move |f, v| {
                if let Some(c) = f.cells.get(i) {
                    *c.borrow_mut() = Some(v);
                }
                Ok(())
            }),
            Binding::Free(i) => Box::new(move |f, v| {
                if let Some(c) = f.free.get(i) {
                    *c.borrow_mut() = Some(v);
                }
                Ok(())
            }),
            Binding::Global(slot) => Box::new(move |f, v| {
                if let Some(g) = f.interp.globals.borrow_mut().get_mut(slot) {
                    *g = Some(v);
                }
                Ok(())
            }),
        }
    }

    /// `a, b = v` / `a, *rest, z = v`.
    fn unpack(&mut self, elts: &[Expr]) -> CResult<StoreFn> {
        let star = elts.iter().position(|e| matches!(e, Expr::Starred(_)));
        if let Some(second) = elts.iter().filter(|e| matches!(e, Expr::Starred(_))).nth(1) {
            return Err(
                self.syntax_error(second.range(), "multiple starred expressions in assignment")
            );
        }
        let mut stores = Vec::with_capacity(elts.len());
        for e in elts {
            match e {
                Expr::Starred(s) => stores.push(self.target(&s.value)?),
                other => stores.push(self.target(other)?),
            }
        }
        let stores = stores.into_boxed_slice();
        let n = stores.len();
        Ok(Box::new(move |f: &mut Frame, v: Value| {
            let items = unpack_items(f, &v, n, star)?;
            for (store, item) in stores.iter().zip(items) {
                store(f, item)?;
            }
            Ok(())
        }))
    }
}

/// The items to assign, with the starred target's share as a list.
fn unpack_items(f: &mut Frame, v: &Value, n: usize, star: Option<usize>) -> Result<Vec<Value>> {
    let items: Vec<Value> = match v {
        Value::Tuple(t) if star.is_none() && t.len() == n => return Ok(t.to_vec()),
        Value::Tuple(t) => t.to_vec(),
        Value::List(l) => l.borrow()?.clone(),
        Value::Str(_) | Value::Dict(_) | Value::Set(_) | Value::FrozenSet(_) | Value::Object(_) => {
            f.interp.collect(v).map_err(|e| {
                if e.message.ends_with("is not iterable") {
                    Error::type_error(format!(
                        "cannot unpack non-iterable {} object",
                        v.type_name()
                    ))
                } else {
                    e
                }
            })?
        }
        _ => {
            return Err(Error::type_error(format!(
                "cannot unpack non-iterable {} object",
                v.type_name()
            )))
        }
    };
    match star {
        None if items.len() == n => Ok(items),
        None if items.len() < n => Err(Error::value_error(format!(
            "not enough values to unpack (expected {n}, got {})",
            items.len()
        ))),
        None => Err(Error::value_error(format!(
            "too many values to unpack (expected {n})"
        ))),
        Some(s) => {
            let fixed = n - 1;
            if items.len() < fixed {
                return Err(Error::value_error(format!(
                    "not enough values to unpack (expected at least {fixed}, got {})",
                    items.len()
                )));
            }
            let tail = n - 1 - s;
            let mut items = items;
            let after = items.split_off(items.len() - tail);
            let middle = items.split_off(s);
            items.push(Value::list(middle));
            items.extend(after);
            Ok(items)
        }
    }
}
