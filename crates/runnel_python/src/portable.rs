//! Functions that travel between interpreters: cloudpickle for this interpreter.
//!
//! A native host runs partitions on worker threads, each with its own interpreter that
//! loaded the same program ([`Interpreter::load_program`]). A Python function travels as
//! the index of its compiled code plus copies of what it captured: defaults, closure cells
//! and the module globals its code refers to, taken when the job is submitted, as
//! cloudpickle does for PySpark. Modules travel by name, builtins and module functions by
//! where they live. Anything else (the SparkContext, a DStream, a bound method) cannot
//! travel, and the host runs that job on the driver instead.

use crate::native::Module;
use crate::runtime::frame::new_cell;
use crate::runtime::function::{Code, Function, Source};
use crate::Interpreter;
use runnel_core::value::{FreezeHost, Freezer, Portable, PortableObject, Reviver};
use runnel_core::{Error, Result, Value};
use std::rc::Rc;

/// The compiled functions of the program an interpreter ran or loaded.
pub(crate) struct Program {
    source: Rc<Source>,
    codes: Vec<Rc<Code>>,
}

impl Program {
    /// The program's file name and its source line `n` (1-based), as tracebacks show them.
    pub(crate) fn line(&self, n: u32) -> Option<(String, String)> {
        let text = self.source.lines.get((n as usize).checked_sub(1)?)?;
        Some((self.source.filename.clone(), text.clone()))
    }

    pub(crate) fn new(source: &Rc<Source>, codes: &[Rc<Code>]) -> Program {
        Program {
            source: source.clone(),
            codes: codes.to_vec(),
        }
    }
}

impl Interpreter {
    /// A copy of `v` another interpreter that loaded the same program can revive,
    /// functions included; a `PicklingError` when something in it cannot travel.
    pub fn freeze(&self, v: &Value) -> Result<Portable> {
        Freezer::new(Some(self)).freeze(v)
    }

    /// Rebuilds a value frozen by [`Interpreter::freeze`] (here or in another interpreter
    /// that loaded the same program). Functions set the globals they carry.
    pub fn revive(&self, p: &Portable) -> Result<Value> {
        Reviver::new(Some(self)).revive(p)
    }

    /// Copies of a partition's records, frozen together (one memo, as one pickled batch).
    pub fn freeze_records(&self, records: &[Value]) -> Result<Vec<Portable>> {
        let mut f = Freezer::new(Some(self));
        records.iter().map(|r| f.freeze(r)).collect()
    }

    /// Records frozen by [`Interpreter::freeze_records`].
    pub fn revive_records(&self, records: &[Portable]) -> Result<Vec<Value>> {
        Reviver::new(Some(self)).revive_all(records)
    }

    /// What a function carries when it travels, in the order [`Interpreter::freeze`] takes
    /// it (cloudpickle's): its defaults, closure cells, the module globals its code names
    /// and its attributes; `None` when `v` is not a program function.
    pub fn captured(&self, v: &Value) -> Option<Vec<Value>> {
        let func = v.downcast::<Function>()?;
        let mut parts: Vec<Value> = func.defaults.iter().flatten().cloned().collect();
        parts.extend(func.free.iter().filter_map(|c| c.borrow().clone()));
        parts.extend(func.code.globals.iter().filter_map(|n| self.get_global(n)));
        parts.extend(func.attrs.borrow().values().cloned());
        Some(parts)
    }

    fn freeze_function(&self, func: &Function, f: &mut Freezer) -> Result<Box<dyn PortableObject>> {
        let code = &func.code;
        let known = self.program.borrow().as_ref().is_some_and(|p| {
            Rc::ptr_eq(&p.source, &code.source)
                && p.codes.get(code.id).is_some_and(|c| Rc::ptr_eq(c, code))
        });
        if !known {
            return Err(Error::new(
                "PicklingError",
                format!(
                    "Could not serialize object: function {} is not part of the program",
                    code.qualname
                ),
            ));
        }
        let defaults = func
            .defaults
            .iter()
            .map(|d| d.as_ref().map(|v| f.freeze(v)).transpose())
            .collect::<Result<_>>()?;
        let cells = func
            .free
            .iter()
            .map(|c| {
                let v = c.borrow().clone();
                v.map(|v| f.freeze(&v)).transpose()
            })
            .collect::<Result<_>>()?;
        let mut globals = Vec::new();
        for name in &code.globals {
            if let Some(v) = self.get_global(name) {
                globals.push((Box::from(&**name), f.freeze(&v)?));
            }
        }
        let attrs = func
            .attrs
            .borrow()
            .iter()
            .map(|(k, v)| Ok((Box::from(&**k), f.freeze(v)?)))
            .collect::<Result<_>>()?;
        Ok(Box::new(PortableFunction {
            code: code.id,
            qualname: Box::from(&*code.qualname),
            defaults,
            cells,
            globals,
            attrs,
        }))
    }

    /// Where a builtin or a module's member lives, found by identity.
    fn member_of(&self, v: &Value) -> Option<Box<dyn PortableObject>> {
        if let Some((name, _)) = self.builtins.iter().find(|(_, b)| same(b, v)) {
            return Some(Box::new(PortableMember(None, Box::from(*name))));
        }
        for (module_name, module) in self.modules.borrow().iter() {
            let Some(m) = module.downcast::<Module>() else {
                continue;
            };
            let attrs = m.attrs.try_borrow().ok()?;
            if let Some((attr, _)) = attrs.iter().find(|(_, x)| same(x, v)) {
                return Some(Box::new(PortableMember(
                    Some(Box::from(module_name.as_str())),
                    Box::from(attr.as_str()),
                )));
            }
        }
        None
    }
}

fn same(a: &Value, b: &Value) -> bool {
    match (a, b) {
        (Value::Object(a), Value::Object(b)) => std::ptr::addr_eq(Rc::as_ptr(a), Rc::as_ptr(b)),
        _ => false,
    }
}

impl FreezeHost for Interpreter {
    fn freeze_object(&self, v: &Value, f: &mut Freezer) -> Option<Result<Box<dyn PortableObject>>> {
        if let Some(func) = v.downcast::<Function>() {
            return Some(self.freeze_function(func, f));
        }
        if let Some(m) = v.downcast::<Module>() {
            return Some(Ok(Box::new(PortableModule(Box::from(m.name.as_str())))));
        }
        if let Some(r) = crate::portable_class::freeze(v, f) {
            return Some(r);
        }
        self.member_of(v).map(Ok)
    }
}

/// The interpreter a value is being revived in.
pub(crate) fn target<'a>(r: &Reviver<'a>) -> Result<&'a Interpreter> {
    r.context
        .and_then(|c| c.downcast_ref::<Interpreter>())
        .ok_or_else(|| Error::new("UnpicklingError", "no interpreter to revive a function in"))
}

#[derive(Debug)]
struct PortableFunction {
    code: usize,
    qualname: Box<str>,
    defaults: Vec<Option<Portable>>,
    cells: Vec<Option<Portable>>,
    globals: Vec<(Box<str>, Portable)>,
    /// The attributes set on it, which cloudpickle carries with a function.
    attrs: Vec<(Box<str>, Portable)>,
}

impl PortableObject for PortableFunction {
    fn revive(&self, r: &mut Reviver, id: u32) -> Result<Value> {
        let interp = target(r)?;
        let code = interp
            .program
            .borrow()
            .as_ref()
            .and_then(|p| p.codes.get(self.code).cloned())
            .filter(|c| *c.qualname == *self.qualname)
            .ok_or_else(|| {
                Error::new(
                    "UnpicklingError",
                    format!("function {} is not in this program", self.qualname),
                )
            })?;
        let defaults = self
            .defaults
            .iter()
            .map(|d| d.as_ref().map(|p| r.revive(p)).transpose())
            .collect::<Result<_>>()?;
        let cells: Vec<_> = self.cells.iter().map(|_| new_cell(None)).collect();
        let func = Value::object(Function {
            code,
            defaults,
            free: Rc::from(cells.clone()),
            attrs: Default::default(),
        });
        // Remembered before its cells and globals, which may be the function itself.
        r.remember(id, func.clone());
        for (cell, p) in cells.iter().zip(&self.cells) {
            if let Some(p) = p {
                let v = r.revive(p)?;
                *cell.borrow_mut() = Some(v);
            }
        }
        for (name, p) in &self.globals {
            let v = r.revive(p)?;
            interp.set_global(name, v);
        }
        if let Some(f) = func.downcast::<Function>() {
            for (name, p) in &self.attrs {
                let v = r.revive(p)?;
                f.attrs.borrow_mut().insert(Rc::from(&**name), v);
            }
        }
        Ok(func)
    }
}

#[derive(Debug)]
struct PortableModule(Box<str>);

impl PortableObject for PortableModule {
    fn revive(&self, r: &mut Reviver, _id: u32) -> Result<Value> {
        target(r)?
            .modules
            .borrow()
            .get(&*self.0)
            .cloned()
            .ok_or_else(|| {
                Error::new(
                    "ModuleNotFoundError",
                    format!("No module named '{}'", self.0),
                )
            })
    }
}

/// A builtin (`None` module) or a module's member, by name.
#[derive(Debug)]
struct PortableMember(Option<Box<str>>, Box<str>);

impl PortableObject for PortableMember {
    fn revive(&self, r: &mut Reviver, _id: u32) -> Result<Value> {
        let interp = target(r)?;
        let found = match &self.0 {
            None => interp.builtins.get(&*self.1).cloned(),
            Some(m) => interp
                .modules
                .borrow()
                .get(&**m)
                .and_then(|m| m.downcast::<Module>().and_then(|m| m.get(&self.1))),
        };
        found.ok_or_else(|| Error::new("AttributeError", format!("cannot find '{}'", self.1)))
    }
}
