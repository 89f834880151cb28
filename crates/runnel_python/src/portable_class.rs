//! Program classes and their instances travelling between interpreters, as cloudpickle
//! carries them: a class by its definition (its index among the program's class
//! statements, with its name, bases and attributes as data for an interpreter that has
//! not made it yet), an instance as its class plus its `__dict__`.
//!
//! The receiving interpreter keeps one class per definition: the first copy it revives
//! (or the one its own class statement made) stands for every later one, so instances
//! from different records compare, hash and `isinstance`-check as the same class.

use crate::portable::target;
use crate::runtime::class::{class_rc, instance_rc, ClassFields, Instance, PyClass};
use runnel_core::value::{Freezer, Object, Portable, PortableObject, Reviver};
use runnel_core::{Result, Value};
use std::rc::Rc;

/// The portable form of a program class or instance; `None` for other values.
pub(crate) fn freeze(v: &Value, f: &mut Freezer) -> Option<Result<Box<dyn PortableObject>>> {
    if let Some(c) = class_rc(v) {
        return Some(freeze_class(&c, f).map(|c| Box::new(c) as Box<dyn PortableObject>));
    }
    if let Some(w) = freeze_wrapper(v, f) {
        return Some(w);
    }
    if let Some(m) = crate::modules::enum_portable::freeze_member(v, f) {
        return Some(m);
    }
    let inst = instance_rc(v)?;
    Some((|| {
        // Its class's ancestors first, root first, as pickle makes a base before the
        // classes that name it: a base's methods may refer to this very class (a
        // factory reading `{"circle": Circle}`), which must then be made after its base.
        let ancestors = inst
            .class
            .mro
            .iter()
            .rev()
            .map(|a| f.freeze(&Value::Object(a.clone() as Rc<dyn Object>)))
            .collect::<Result<_>>()?;
        let class = f.freeze(&Value::Object(inst.class.clone() as Rc<dyn Object>))?;
        let dict = freeze_entries(inst.dict.borrow().iter(), f)?;
        let exc_args = inst
            .exc_args
            .borrow()
            .iter()
            .map(|a| f.freeze(a))
            .collect::<Result<_>>()?;
        let base = inst
            .base
            .borrow()
            .as_ref()
            .map(|b| f.freeze(b))
            .transpose()?;
        Ok(Box::new(PortableInstance {
            ancestors,
            class,
            dict,
            exc_args,
            base,
        }) as Box<dyn PortableObject>)
    })())
}

fn freeze_entries<'a>(
    entries: impl Iterator<Item = (&'a Rc<str>, &'a Value)>,
    f: &mut Freezer,
) -> Result<Vec<(Box<str>, Portable)>> {
    entries
        .map(|(k, v)| Ok((Box::from(&**k), f.freeze(v)?)))
        .collect()
}

fn freeze_class(c: &PyClass, f: &mut Freezer) -> Result<PortableClass> {
    let bases = c.bases.iter().map(|b| f.freeze(b)).collect::<Result<_>>()?;
    // Methods `@dataclass` made are made again where the class is revived.
    let dict = freeze_entries(
        c.dict.borrow().iter().filter(|(k, v)| {
            v.downcast::<crate::runtime::dataclass::NativeMethodFn>()
                .is_none()
                && crate::modules::enum_portable::travels(c, k)
        }),
        f,
    )?;
    Ok(PortableClass {
        def_id: c.def_id,
        name: Box::from(&*c.name),
        bases,
        dict,
    })
}

#[derive(Debug)]
struct PortableClass {
    def_id: usize,
    name: Box<str>,
    bases: Vec<Portable>,
    dict: Vec<(Box<str>, Portable)>,
}

impl PortableObject for PortableClass {
    fn revive(&self, r: &mut Reviver, id: u32) -> Result<Value> {
        let interp = target(r)?;
        let known = interp.classes.borrow().get(&self.def_id).cloned();
        if let Some(c) = known.filter(|c| class_rc(c).is_some_and(|c| *c.name == *self.name)) {
            r.remember(id, c.clone());
            // Revived and dropped all the same: later records of this freeze refer to the
            // objects inside by their memo ids.
            for b in &self.bases {
                r.revive(b)?;
            }
            for (_, p) in &self.dict {
                r.revive(p)?;
            }
            return Ok(c);
        }
        let bases = self
            .bases
            .iter()
            .map(|b| r.revive(b))
            .collect::<Result<_>>()?;
        let class = PyClass::create(
            interp,
            ClassFields {
                name: Rc::from(&*self.name),
                def_id: self.def_id,
                bases,
                dict: Default::default(),
            },
        )?;
        // Remembered before its attributes, which may refer back to the class.
        r.remember(id, class.clone());
        if let Some(c) = class_rc(&class) {
            for (k, p) in &self.dict {
                let v = r.revive(p)?;
                c.dict.borrow_mut().insert(Rc::from(&**k), v);
            }
            crate::runtime::dataclass::reinstall(&c)?;
            crate::runtime::total_ordering::reinstall(&c);
            crate::modules::enums::reinstall(&c)?;
            crate::modules::collections::abc_mixins::install(&c);
        }
        Ok(class)
    }
}

#[derive(Debug)]
struct PortableInstance {
    /// The class's program ancestors, root first, revived before it.
    ancestors: Vec<Portable>,
    class: Portable,
    dict: Vec<(Box<str>, Portable)>,
    exc_args: Vec<Portable>,
    /// The built-in value of a class deriving from a built-in type.
    base: Option<Portable>,
}

impl PortableObject for PortableInstance {
    fn revive(&self, r: &mut Reviver, id: u32) -> Result<Value> {
        for a in &self.ancestors {
            r.revive(a)?;
        }
        let class = r.revive(&self.class)?;
        let class = class_rc(&class).ok_or_else(|| {
            runnel_core::Error::new("UnpicklingError", "an instance's class is not a class")
        })?;
        let inst = Instance::new(class);
        let value = Value::Object(inst.clone() as Rc<dyn Object>);
        r.remember(id, value.clone());
        for (k, p) in &self.dict {
            let v = r.revive(p)?;
            inst.dict.borrow_mut().insert(Rc::from(&**k), v);
        }
        let mut args = Vec::with_capacity(self.exc_args.len());
        for p in &self.exc_args {
            args.push(r.revive(p)?);
        }
        *inst.exc_args.borrow_mut() = args;
        if let Some(b) = &self.base {
            *inst.base.borrow_mut() = Some(r.revive(b)?);
        }
        Ok(value)
    }
}

/// `@staticmethod`, `@classmethod` and `@property` objects: the functions they wrap.
fn freeze_wrapper(v: &Value, f: &mut Freezer) -> Option<Result<Box<dyn PortableObject>>> {
    use crate::runtime::members::{ClassMethod, Property, StaticMethod};
    let none = Value::None;
    let (kind, parts): (u8, Vec<&Value>) = if let Some(s) = v.downcast::<StaticMethod>() {
        (0, vec![&s.0])
    } else if let Some(c) = v.downcast::<ClassMethod>() {
        (1, vec![&c.0])
    } else if let Some(p) = v.downcast::<Property>() {
        (
            2,
            vec![
                &p.fget,
                p.fset.as_ref().unwrap_or(&none),
                p.fdel.as_ref().unwrap_or(&none),
            ],
        )
    } else {
        return None;
    };
    Some((|| {
        let parts = parts
            .into_iter()
            .map(|p| f.freeze(p))
            .collect::<Result<_>>()?;
        Ok(Box::new(PortableWrapper(kind, parts)) as Box<dyn PortableObject>)
    })())
}

#[derive(Debug)]
struct PortableWrapper(u8, Vec<Portable>);

impl PortableObject for PortableWrapper {
    fn revive(&self, r: &mut Reviver, _id: u32) -> Result<Value> {
        use crate::runtime::members::{ClassMethod, Property, StaticMethod};
        let mut parts = Vec::with_capacity(self.1.len());
        for p in &self.1 {
            parts.push(r.revive(p)?);
        }
        let mut parts = parts.into_iter();
        let first = parts.next().unwrap_or(Value::None);
        Ok(match self.0 {
            0 => Value::object(StaticMethod(first)),
            1 => Value::object(ClassMethod(first)),
            _ => {
                let mut next = || parts.next().filter(|v| !matches!(v, Value::None));
                Value::object(Property {
                    fget: first,
                    fset: next(),
                    fdel: next(),
                })
            }
        })
    }
}
