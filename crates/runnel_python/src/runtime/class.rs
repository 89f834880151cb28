//! Classes a program defines (`class Point:`) and their instances.
//!
//! A class is its attribute dict plus the classes it inherits from (its method resolution
//! order, without itself). An instance is its class plus its own `__dict__`. Both keep a
//! weak handle on the interpreter that made them, so the core's `repr`, `==`, `<` and
//! `hash` (which run without an interpreter at hand: dict keys, `sorted`, PySpark's
//! partitioner) can call the class's `__repr__`, `__eq__`, `__lt__` and `__hash__`.

use crate::runtime::iter::rc_any;
use crate::{Args, Interpreter};
use indexmap::IndexMap;
use runnel_core::value::Object;
use runnel_core::{Error, Result, Value};
use std::any::Any;
use std::cell::RefCell;
use std::rc::{Rc, Weak};

/// A class defined by the program.
pub(crate) struct PyClass {
    pub name: Rc<str>,
    /// Its index among the program's class statements: how it travels (see `portable`).
    pub def_id: usize,
    /// The bases as written (`class B(A, Exception)`), for `__bases__` and pickling.
    pub bases: Vec<Value>,
    /// Every ancestor that is itself a program class, nearest first (the MRO minus self).
    pub mro: Vec<Rc<PyClass>>,
    /// The built-in exception it derives from, if any (`ValueError` for
    /// `class BadRecord(ValueError)`): its instances can be raised.
    pub exc_base: Option<&'static str>,
    /// Every built-in exception class in its MRO, in order (`KeyError`, `LookupError`,
    /// `ValueError`, `Exception`, `BaseException` for `class Both(KeyError, ValueError)`).
    pub exc_mro: Vec<&'static str>,
    /// The built-in type it derives from (`tuple` for `class Point(tuple)`), whose value
    /// each instance holds (see `builtin_base`).
    pub builtin: Option<crate::builtins::types::Kind>,
    pub dict: RefCell<IndexMap<Rc<str>, Value>>,
    pub interp: Weak<Interpreter>,
}

/// An instance of a [`PyClass`].
pub(crate) struct Instance {
    pub class: Rc<PyClass>,
    pub dict: RefCell<IndexMap<Rc<str>, Value>>,
    /// `args` of an exception instance (`BaseException.__new__` sets them).
    pub exc_args: RefCell<Vec<Value>>,
    /// `__cause__`/`__context__` of an exception instance.
    pub exc_chain: RefCell<super::exc_chain::ExcChain>,
    /// The built-in value an instance of a class deriving from a built-in type holds.
    pub base: RefCell<Option<Value>>,
    /// Itself, so the core's hooks (`repr`, `hash`) can pass `self` to Python methods.
    me: Weak<Instance>,
}

impl PyClass {
    /// Whether it derives from the built-in exception class `name`.
    pub fn derives_exc(&self, name: &str) -> bool {
        self.exc_mro.contains(&name)
    }

    /// The attribute `name` found on the class or its ancestors.
    pub fn lookup(&self, name: &str) -> Option<Value> {
        if let Some(v) = self.dict.borrow().get(name) {
            return Some(v.clone());
        }
        let inherited = self
            .mro
            .iter()
            .find_map(|c| c.dict.borrow().get(name).cloned());
        match self.builtin {
            Some(_) if inherited.is_none() => super::builtin_base::dunder(name),
            _ => inherited,
        }
    }

    /// Whether `self` is `other` or derives from it.
    pub fn is_subclass_of(&self, other: &PyClass) -> bool {
        std::ptr::eq(self, other) || self.mro.iter().any(|c| std::ptr::eq(&**c, other))
    }

    /// `<class '__main__.Point'>`.
    pub fn repr(&self) -> String {
        if crate::modules::enums::is_enum(self) {
            let what = match crate::modules::enums::kind_of(self).is_flag() {
                true => "flag",
                false => "enum",
            };
            return format!("<{what} '{}'>", self.name);
        }
        format!("<class '{}.{}'>", self.module(), self.qualname())
    }

    /// `__main__`, or the module a class of Runnel's own modules names in its dict
    /// (`json.encoder` for `JSONEncoder`).
    pub fn module(&self) -> String {
        match self.dict.borrow().get("__module__") {
            Some(Value::Str(m)) => m.to_string(),
            _ => "__main__".to_string(),
        }
    }

    /// `Outer.Inner` for a class defined in a class body, as its class statement set
    /// `__qualname__`; else the name.
    pub fn qualname(&self) -> String {
        match self.dict.borrow().get("__qualname__") {
            Some(Value::Str(q)) => q.to_string(),
            _ => self.name.to_string(),
        }
    }
}

impl Object for PyClass {
    fn type_name(&self) -> &str {
        "type"
    }
    fn repr(&self) -> String {
        PyClass::repr(self)
    }
    fn hash(&self) -> Option<i64> {
        Some((self as *const PyClass as usize >> 4) as i64)
    }
    fn iterate(&self) -> Option<Result<Vec<Value>>> {
        crate::modules::enums::members(self)
    }
    fn len(&self) -> Option<usize> {
        crate::modules::enums::members(self)?.ok().map(|m| m.len())
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
}

impl Instance {
    pub fn new(class: Rc<PyClass>) -> Rc<Instance> {
        Rc::new_cyclic(|me| Instance {
            class,
            dict: RefCell::new(IndexMap::new()),
            exc_args: RefCell::new(Vec::new()),
            exc_chain: RefCell::default(),
            base: RefCell::new(None),
            me: me.clone(),
        })
    }

    /// This instance as a value.
    pub fn value(&self) -> Option<Value> {
        self.me
            .upgrade()
            .map(|rc| Value::Object(rc as Rc<dyn Object>))
    }

    /// Calls the special method `name` with `args` after `self`; `None` when the class
    /// does not define it (or the interpreter is gone).
    pub fn call_special(&self, name: &str, args: Vec<Value>) -> Option<Result<Value>> {
        let f = self.class.lookup(name)?;
        if matches!(f, Value::None) {
            return None;
        }
        let interp = self.class.interp.upgrade()?;
        let me = self.value()?;
        let mut all = Vec::with_capacity(args.len() + 1);
        all.push(me);
        all.extend(args);
        Some(interp.call_nested(&f, Args::new(all)))
    }

    /// `str(e)` of an exception instance without `__str__`: as `BaseException` does.
    pub fn exc_text(&self) -> String {
        if self.is_os_error() {
            if let Some(text) = crate::os_error::text(&self.exc_args.borrow()) {
                return text;
            }
        }
        match self.exc_args.borrow().as_slice() {
            [] => String::new(),
            [one] if self.class.derives_exc("KeyError") => one.repr(),
            [one] => one.to_str(),
            many => Value::tuple(many.to_vec()).repr(),
        }
    }

    /// Whether it is an `OSError` (its arguments read as errno, strerror, filename).
    pub fn is_os_error(&self) -> bool {
        self.class.derives_exc("OSError")
    }

    /// `e.args` of an exception instance.
    pub fn exc_visible_args(&self) -> Vec<Value> {
        let args = self.exc_args.borrow();
        match self.is_os_error() {
            true => crate::os_error::visible_args(&args).to_vec(),
            false => args.clone(),
        }
    }

    pub fn default_repr(&self) -> String {
        if self.class.exc_base.is_some() {
            let args: Vec<String> = self.exc_visible_args().iter().map(|a| a.repr()).collect();
            let inner = args.join(", ");
            return format!("{}({})", self.class.name, inner);
        }
        format!(
            "<__main__.{} object at {:#x}>",
            self.class.qualname(),
            self as *const Instance as usize
        )
    }
}

/// A method's text result, or the error's text in its place (the core's `repr` cannot fail).
fn text_of(r: Result<Value>, method: &str) -> String {
    match r {
        Ok(Value::Str(s)) => s.to_string(),
        Ok(other) => format!(
            "<{method} returned non-string (type {})>",
            other.type_name()
        ),
        Err(e) => format!("<{method} failed: {}: {}>", e.exc_type, e.message),
    }
}

/// The special method for `op` (`__add__`, or `__radd__` when reflected).
fn arith_method(op: runnel_core::value::BinOp, reflected: bool) -> &'static str {
    use runnel_core::value::BinOp::*;
    let (plain, refl) = match op {
        Add => ("__add__", "__radd__"),
        Sub => ("__sub__", "__rsub__"),
        Mul => ("__mul__", "__rmul__"),
        Div => ("__truediv__", "__rtruediv__"),
        FloorDiv => ("__floordiv__", "__rfloordiv__"),
        Mod => ("__mod__", "__rmod__"),
        Pow => ("__pow__", "__rpow__"),
        BitAnd => ("__and__", "__rand__"),
        BitOr => ("__or__", "__ror__"),
        BitXor => ("__xor__", "__rxor__"),
        LShift => ("__lshift__", "__rlshift__"),
        RShift => ("__rshift__", "__rrshift__"),
    };
    if reflected {
        refl
    } else {
        plain
    }
}

/// The special method comparing with `op`.
fn compare_method(op: runnel_core::value::CmpOp) -> &'static str {
    use runnel_core::value::CmpOp::*;
    match op {
        Lt => "__lt__",
        Le => "__le__",
        Gt => "__gt__",
        Ge => "__ge__",
        Eq => "__eq__",
        Ne => "__ne__",
    }
}

impl Object for Instance {
    fn type_name(&self) -> &str {
        &self.class.name
    }
    /// An instance of a tuple subclass is a tuple to PySpark's `portable_hash`.
    fn tuple_items(&self) -> Option<Vec<Value>> {
        match &*self.base.try_borrow().ok()? {
            Some(Value::Tuple(t)) => Some(t.to_vec()),
            _ => None,
        }
    }
    fn repr(&self) -> String {
        match self.call_special("__repr__", vec![]) {
            Some(r) => text_of(r, "__repr__"),
            None => self.default_repr(),
        }
    }
    fn to_str(&self) -> String {
        if let Some(r) = self.call_special("__str__", vec![]) {
            return text_of(r, "__str__");
        }
        if self.class.exc_base.is_some() {
            return self.exc_text();
        }
        self.repr()
    }
    fn hash(&self) -> Option<i64> {
        match self.class.lookup("__hash__") {
            Some(Value::None) => None,
            Some(_) => match self.call_special("__hash__", vec![])? {
                Ok(Value::Int(-1)) => Some(-2),
                Ok(Value::Int(h)) => Some(h),
                Ok(Value::Bool(b)) => Some(b as i64),
                Ok(other) => runnel_core::value::python_hash(&other)
                    .ok()
                    .filter(|_| other.type_name() == "int"),
                Err(_) => None,
            },
            None => Some((self as *const Instance as usize >> 4) as i64),
        }
    }
    fn compare(&self, op: runnel_core::value::CmpOp, other: &Value) -> Option<Result<bool>> {
        use runnel_core::value::CmpOp;
        let r = match self.call_special(compare_method(op), vec![other.clone()]) {
            Some(r) => r,
            // `!=` without `__ne__` is the negation of `__eq__`, as object.__ne__ does.
            None if op == CmpOp::Ne => {
                return self.compare(CmpOp::Eq, other).map(|r| r.map(|b| !b))
            }
            None => return None,
        };
        match r {
            Ok(v) if is_not_implemented(&v) => None,
            Ok(v) => Some(Ok(v.truthy())),
            Err(e) => Some(Err(e)),
        }
    }
    fn binop(
        &self,
        op: runnel_core::value::BinOp,
        other: &Value,
        reflected: bool,
    ) -> Option<Result<Value>> {
        let name = arith_method(op, reflected);
        match self.call_special(name, vec![other.clone()])? {
            Ok(v) if is_not_implemented(&v) => None,
            r => Some(r),
        }
    }
    fn unary(&self, symbol: &str) -> Option<Result<Value>> {
        let name = match symbol {
            "-" => "__neg__",
            "+" => "__pos__",
            "~" => "__invert__",
            "abs" => "__abs__",
            _ => return None,
        };
        self.call_special(name, vec![])
    }
    fn truthy(&self) -> bool {
        if let Some(r) = self.call_special("__bool__", vec![]) {
            return r.map(|v| v.truthy()).unwrap_or(true);
        }
        match self.call_special("__len__", vec![]) {
            Some(Ok(Value::Int(n))) => n != 0,
            _ => true,
        }
    }
    fn len(&self) -> Option<usize> {
        match self.call_special("__len__", vec![])? {
            Ok(Value::Int(n)) => usize::try_from(n).ok(),
            _ => None,
        }
    }
    fn iterate(&self) -> Option<Result<Vec<Value>>> {
        let interp = self.class.interp.upgrade()?;
        self.class.lookup("__iter__")?;
        let me = self.value()?;
        Some(interp.collect(&me))
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
}

/// The `NotImplemented` singleton a comparison or arithmetic method returns to decline.
pub(crate) struct NotImplementedType;

impl Object for NotImplementedType {
    fn type_name(&self) -> &str {
        "NotImplementedType"
    }
    fn repr(&self) -> String {
        "NotImplemented".into()
    }
    fn hash(&self) -> Option<i64> {
        Some(0x4e49)
    }
    fn eq(&self, other: &dyn Object) -> Option<bool> {
        Some(other.as_any().is::<NotImplementedType>())
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
}

/// The `...` (`Ellipsis`) singleton: a stub body (`def f(self): ...`) or a placeholder.
pub(crate) struct EllipsisType;

impl Object for EllipsisType {
    fn type_name(&self) -> &str {
        "ellipsis"
    }
    fn repr(&self) -> String {
        "Ellipsis".into()
    }
    fn hash(&self) -> Option<i64> {
        Some(0x2e2e2e)
    }
    fn eq(&self, other: &dyn Object) -> Option<bool> {
        Some(other.as_any().is::<EllipsisType>())
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
}

pub(crate) fn is_not_implemented(v: &Value) -> bool {
    v.downcast::<NotImplementedType>().is_some()
}

/// The class behind a class value, shared.
pub(crate) fn class_rc(v: &Value) -> Option<Rc<PyClass>> {
    let Value::Object(o) = v else { return None };
    if !o.as_any().is::<PyClass>() {
        return None;
    }
    rc_any(o.clone()).downcast::<PyClass>().ok()
}

/// The instance behind a value, shared.
pub(crate) fn instance_rc(v: &Value) -> Option<Rc<Instance>> {
    let Value::Object(o) = v else { return None };
    if !o.as_any().is::<Instance>() {
        return None;
    }
    rc_any(o.clone()).downcast::<Instance>().ok()
}

impl Interpreter {
    /// Calls `f` from a hook the core runs (a `__hash__` for a dict key): inside a running
    /// program it shares the program's budget, outside it is a fresh entry.
    pub(crate) fn call_nested(&self, f: &Value, args: Args) -> Result<Value> {
        if self.is_running() {
            self.call_value(f, args)
        } else {
            self.call(f, args)
        }
    }
}

pub(crate) use super::construct::instantiate;

/// What a class statement produced, before it becomes a class.
pub(crate) struct ClassFields {
    pub name: Rc<str>,
    pub def_id: usize,
    pub bases: Vec<Value>,
    pub dict: IndexMap<Rc<str>, Value>,
}

impl PyClass {
    /// Makes the class: resolves its bases into its ancestors and exception base, and, as
    /// `type.__new__` does, makes it unhashable when it defines `__eq__` without `__hash__`.
    pub fn create(interp: &Interpreter, fields: ClassFields) -> Result<Value> {
        if let [base] = fields.bases.as_slice() {
            if crate::modules::typing::is_named_tuple_base(base) {
                return crate::modules::typing::named_tuple_class(
                    interp,
                    &fields.name,
                    &fields.dict,
                );
            }
        }
        let mut exc_base = None;
        let mut builtin = None;
        let mut fields = fields;
        let abc_bases = crate::modules::collections::abc::take_bases(&mut fields.bases);
        let marked =
            !abc_bases.is_empty() || fields.bases.iter().any(crate::modules::abc::is_marker);
        let mut enum_kind = fields
            .bases
            .iter()
            .find_map(crate::modules::enums::base_kind);
        fields.bases.retain(|b| !crate::modules::abc::is_marker(b));
        crate::modules::enums::replace_bases(&mut fields.bases);
        let class_bases: Vec<Rc<PyClass>> = fields.bases.iter().filter_map(class_rc).collect();
        let mro = super::mro::linearize(&class_bases)?;
        for b in &fields.bases {
            if let Some(c) = class_rc(b) {
                exc_base = derived_exc(exc_base, c.exc_base);
                builtin = builtin.or(c.builtin);
            } else if let Some(e) = b.downcast::<crate::exceptions::ExcClass>() {
                exc_base = derived_exc(exc_base, Some(e.name));
            } else if let Some(kind) = derivable_kind(b) {
                super::builtin_base::available()?;
                builtin = builtin.or(Some(kind));
            } else if !is_object_type(b) {
                return Err(Error::new(
                    "NotImplementedError",
                    format!(
                        "class {} derives from {}: Runnel's classes derive only from the program's classes, object, int, float, str, tuple, list, dict, set and the built-in exceptions",
                        fields.name,
                        b.repr()
                    ),
                ));
            }
        }
        let exc_mro = super::mro::exc_lineage(&fields.bases);
        if enum_kind.is_none() {
            enum_kind = mro
                .iter()
                .find(|c| crate::modules::enums::is_enum(c))
                .map(|c| crate::modules::enums::kind_of(c));
        }
        let mut dict = fields.dict;
        if dict.contains_key("__eq__") && !dict.contains_key("__hash__") {
            dict.insert(Rc::from("__hash__"), Value::None);
        }
        if !abc_bases.is_empty() {
            let names = abc_bases.iter().map(|n| Value::str(n)).collect();
            dict.insert(Rc::from("__abc_bases__"), Value::tuple(names));
        }
        if let Some(names) =
            crate::modules::abc::abstract_methods(interp, marked, &mro, &dict, &abc_bases)
        {
            dict.insert(Rc::from("__abstractmethods__"), names?);
        }
        let class = Rc::new(PyClass {
            name: fields.name,
            def_id: fields.def_id,
            bases: fields.bases,
            mro,
            exc_base,
            exc_mro,
            builtin,
            dict: RefCell::new(dict),
            interp: interp.self_weak(),
        });
        if let Some(kind) = enum_kind {
            crate::modules::enums::populate(interp, &class, kind)?;
        }
        crate::modules::collections::abc_mixins::install(&class);
        super::descriptor::set_names(&class)?;
        let value = Value::Object(class as Rc<dyn Object>);
        interp
            .classes
            .borrow_mut()
            .insert(fields.def_id, value.clone());
        Ok(value)
    }
}

/// The built-in exception a class with bases `(A, B)` derives from: `B`'s when it is
/// more derived than `A`'s (`class Bad(MyError, ValueError)` with `MyError(Exception)`
/// is a `ValueError`, as CPython's MRO makes it); otherwise the first one.
fn derived_exc(cur: Option<&'static str>, new: Option<&'static str>) -> Option<&'static str> {
    match (cur, new) {
        (Some(c), Some(n)) if n != c && crate::exceptions::is_subclass(n, c) => Some(n),
        (Some(c), _) => Some(c),
        (None, n) => n,
    }
}

/// The built-in type `v` is, when a program class may derive from it.
fn derivable_kind(v: &Value) -> Option<crate::builtins::types::Kind> {
    let t = v.downcast::<crate::builtins::types::TypeObj>()?;
    super::builtin_base::derivable(t.kind).then_some(t.kind)
}

fn is_object_type(v: &Value) -> bool {
    v.downcast::<crate::builtins::types::TypeObj>()
        .is_some_and(|t| t.kind == crate::builtins::types::Kind::Object)
}

/// How many raised instances the interpreter remembers for `except` to find.
const RAISED_MEMORY: usize = 32;

/// The error that `raise v` propagates for a program exception (an instance, or a class
/// called with no arguments); `None` when `v` is neither.
pub(crate) fn raise_error(v: &Value) -> Option<Result<Error>> {
    let (inst, value) = match (instance_rc(v), class_rc(v)) {
        (Some(i), _) => (i, v.clone()),
        (None, Some(c)) => {
            let interp = c.interp.upgrade()?;
            let made = instantiate(&interp, &c, Args::new(vec![]));
            match made {
                Ok(value) => (instance_rc(&value)?, value),
                Err(e) => return Some(Err(e)),
            }
        }
        _ => return None,
    };
    if inst.class.exc_base.is_none() {
        return Some(Err(Error::type_error(
            "exceptions must derive from BaseException",
        )));
    }
    let message = inst.to_str();
    let error = Error::new(&inst.class.name, message.clone());
    if let Some(interp) = inst.class.interp.upgrade() {
        interp.remember_raised(&error, value);
    }
    Some(Ok(error))
}

impl Interpreter {
    /// Remembers the exception instance an error carries, for `except ... as e`.
    pub(crate) fn remember_raised(&self, e: &Error, value: Value) {
        let mut raised = self.raised.borrow_mut();
        if raised.len() >= RAISED_MEMORY {
            raised.remove(0);
        }
        raised.push((e.exc_type.clone(), e.message.clone(), value));
    }

    /// The program exception instance an error was raised with, if it is remembered.
    pub(crate) fn raised_instance(&self, e: &Error) -> Option<Value> {
        self.raised
            .borrow()
            .iter()
            .rev()
            .find(|(t, m, _)| *t == e.exc_type && *m == e.message)
            .map(|(_, _, v)| v.clone())
    }
}

/// `a OP= b` by `a`'s in-place method (`__iadd__`...); `None` when it has none or it
/// returns `NotImplemented` (then `a = a OP b`).
pub(crate) fn in_place(
    op: runnel_core::value::BinOp,
    a: &Value,
    b: &Value,
) -> Option<Result<Value>> {
    let inst = a.downcast::<Instance>()?;
    let name = format!("__i{}", &arith_method(op, false)[2..]);
    match inst.call_special(&name, vec![b.clone()])? {
        Ok(v) if is_not_implemented(&v) => None,
        r => Some(r),
    }
}

/// `type.__new__`'s call of the parent's `__init_subclass__` (an implicit classmethod)
/// with the class statement's keywords; `object`'s takes none.
pub(crate) fn init_subclass(
    interp: &Interpreter,
    class: &Value,
    kwargs: Vec<(String, Value)>,
) -> Result<()> {
    let Some(c) = class_rc(class) else {
        return Ok(());
    };
    let hook = c
        .mro
        .iter()
        .find_map(|a| a.dict.borrow().get("__init_subclass__").cloned());
    let Some(hook) = hook else {
        if kwargs.is_empty() {
            return Ok(());
        }
        return Err(Error::type_error(format!(
            "{}.__init_subclass__() takes no keyword arguments",
            c.name
        )));
    };
    let func = match hook.downcast::<super::members::ClassMethod>() {
        Some(m) => m.0.clone(),
        None => hook,
    };
    let args = Args {
        positional: vec![class.clone()],
        keywords: kwargs,
    };
    interp.call_value(&func, args).map(|_| ())
}
