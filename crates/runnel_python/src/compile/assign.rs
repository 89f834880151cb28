//! `del` and augmented assignment (`+=` extends lists in place).

use super::{Binding, CResult, Compiler};
use crate::runtime::frame::{ActionFn, Flow, Frame, StmtFn};
use crate::runtime::ops::binop;
use ruff_python_ast::{self as ast, Expr};
use ruff_text_size::Ranged;
use runnel_core::{Error, Result, Value};

impl Compiler<'_> {
    pub(super) fn delete(&mut self, t: &Expr) -> CResult<ActionFn> {
        Ok(match t {
            Expr::Name(n) => {
                let load = self.load_name(&n.id);
                let store = self.unbind(&n.id);
                Box::new(move |f| {
                    load(f)?;
                    store(f);
                    Ok(())
                })
            }
            Expr::Subscript(s) => {
                let obj = self.expr(&s.value)?;
                if let Expr::Slice(sl) = &*s.slice {
                    let slice = self.slice(sl)?;
                    return Ok(Box::new(move |f| {
                        let o = obj(f)?;
                        let s = slice(f)?;
                        if crate::runtime::slice_obj::wants_object(&o) {
                            return crate::runtime::subscript::del_item(
                                &o,
                                &Value::object(s),
                                None,
                            );
                        }
                        crate::runtime::subscript::del_item(&o, &Value::None, Some(&s.to_slice()?))
                    }));
                }
                let key = self.expr(&s.slice)?;
                Box::new(move |f| {
                    let o = obj(f)?;
                    let k = key(f)?;
                    crate::runtime::subscript::del_item(&o, &k, None)
                })
            }
            Expr::Tuple(tu) => {
                let parts: Vec<_> = tu
                    .elts
                    .iter()
                    .map(|e| self.delete(e))
                    .collect::<CResult<_>>()?;
                Box::new(move |f| parts.iter().try_for_each(|p| p(f)))
            }
            Expr::Attribute(a) => {
                let obj = self.expr(&a.value)?;
                let name = a.attr.id.to_string();
                Box::new(move |f| {
                    let o = obj(f)?;
                    crate::runtime::members::del_member(&o, &name).unwrap_or_else(|| {
                        Err(Error::new(
                            "AttributeError",
                            format!("'{}' object has no attribute '{name}'", o.type_name()),
                        ))
                    })
                })
            }
            other => return Err(self.unsupported(other.range(), "deleting this kind of target")),
        })
    }

    fn unbind(&mut self, name: &str) -> Box<dyn Fn(&mut Frame)> {
        match self.resolve(name) {
            Binding::Local(s) => Box::new(move |f| {
                if let Some(l) = f.locals.get_mut(s) {
                    *l = None;
                }
            }),
            Binding::Cell(i) => Box::new(move |f| {
                if let Some(c) = f.cells.get(i) {
                    *c.borrow_mut() = None;
                }
            }),
            Binding::Free(i) => Box::new(move |f| {
                if let Some(c) = f.free.get(i) {
                    *c.borrow_mut() = None;
                }
            }),
            Binding::Global(s) => Box::new(move |f| {
                if let Some(g) = f.interp.globals.borrow_mut().get_mut(s) {
                    *g = None;
                }
            }),
        }
    }

    pub(super) fn aug_assign(&mut self, a: &ast::StmtAugAssign) -> CResult<StmtFn> {
        let op = super::expr::op_of(a.op)
            .ok_or_else(|| self.unsupported(a.range, "matrix multiplications (@)"))?;
        let value = self.expr(&a.value)?;
        let in_place = move |f: &mut Frame, cur: Value, rhs: Value| -> Result<Value> {
            // A class's own in-place method (`__iadd__`), else the plain operator.
            if let Some(r) = crate::runtime::class::in_place(op, &cur, &rhs) {
                return r;
            }
            // `s |= t` and the other set operators change the set itself.
            if let Some(r) = crate::methods::set::in_place(op, &cur, &rhs) {
                return r;
            }
            // `lst += iterable` extends the list itself (other names see the change).
            if let (crate::runtime::ops::Op::Add, Value::List(l)) = (op, &cur) {
                let items = f.interp.collect(&rhs)?;
                let mut l2 = l.borrow_mut()?;
                l2.extend(items);
                if l2.len() > f.interp.config.max_collection_len {
                    return Err(crate::exceptions::memory_error());
                }
                drop(l2);
                return Ok(cur);
            }
            // A native object's `__iadd__` (PySpark's `accumulator += x`).
            if let (crate::runtime::ops::Op::Add, Some(inst)) =
                (op, cur.downcast::<crate::native::NativeInstance>())
            {
                if let Some(m) = inst.class.find_method("__iadd__").cloned() {
                    return m(f.interp, &cur, crate::Args::new(vec![rhs]));
                }
            }
            binop(op, &cur, &rhs, f.interp.config.max_collection_len)
        };
        Ok(match &*a.target {
            Expr::Name(n) => {
                let load = self.load_name(&n.id);
                let store = self.store_name(&n.id);
                Box::new(move |f| {
                    let cur = load(f)?;
                    let rhs = value(f)?;
                    let v = in_place(f, cur, rhs)?;
                    store(f, v)?;
                    Ok(Flow::Normal)
                })
            }
            Expr::Subscript(s) if !matches!(&*s.slice, Expr::Slice(_)) => {
                let obj = self.expr(&s.value)?;
                let key = self.expr(&s.slice)?;
                Box::new(move |f| {
                    let o = obj(f)?;
                    let k = key(f)?;
                    let cur = crate::runtime::subscript::get_item_in(f.interp, &o, &k)?;
                    let rhs = value(f)?;
                    let v = in_place(f, cur, rhs)?;
                    crate::runtime::subscript::set_item(
                        &o,
                        &k,
                        v,
                        f.interp.config.max_collection_len,
                    )?;
                    Ok(Flow::Normal)
                })
            }
            Expr::Attribute(at) => {
                let obj = self.expr(&at.value)?;
                let name: std::rc::Rc<str> = std::rc::Rc::from(at.attr.id.as_str());
                Box::new(move |f| {
                    let o = obj(f)?;
                    let cur = crate::methods::get_attr(f.interp, &o, &name)?;
                    let rhs = value(f)?;
                    let v = in_place(f, cur, rhs)?;
                    crate::methods::set_attr(&o, &name, v)?;
                    Ok(Flow::Normal)
                })
            }
            other => {
                return Err(self.unsupported(other.range(), "this augmented assignment target"))
            }
        })
    }
}
