//! Values defined in Rust: functions, classes and their instances, modules.
//! This is the extension API the PySpark bindings are written against.

use crate::{Args, Interpreter};
use indexmap::IndexMap;
use runnel_core::value::Object;
use runnel_core::{Error, Result, Value};
use std::any::Any;
use std::cell::RefCell;
use std::rc::Rc;

/// A native function or constructor: `f(interp, args)`.
pub type NativeFn = Rc<dyn Fn(&Interpreter, Args) -> Result<Value>>;
/// A native method: `f(interp, self, args)`; `self` is the instance value.
pub type NativeMethod = Rc<dyn Fn(&Interpreter, &Value, Args) -> Result<Value>>;
/// A native property getter: `f(interp, self)`.
pub type NativeProperty = Rc<dyn Fn(&Interpreter, &Value) -> Result<Value>>;

/// A function implemented in Rust, callable from Python.
pub struct NativeFunction {
    /// Shown by `repr` and in errors.
    pub name: String,
    /// The implementation.
    pub func: NativeFn,
}

impl NativeFunction {
    /// A function value named `name` (shown by `repr` and in errors).
    #[allow(clippy::new_ret_no_self)]
    pub fn new(name: &str, f: impl Fn(&Interpreter, Args) -> Result<Value> + 'static) -> Value {
        Value::object(NativeFunction {
            name: name.to_string(),
            func: Rc::new(f),
        })
    }
}

impl Object for NativeFunction {
    fn type_name(&self) -> &str {
        "builtin_function_or_method"
    }
    fn repr(&self) -> String {
        format!("<built-in function {}>", self.name)
    }
    fn hash(&self) -> Option<i64> {
        Some((self as *const Self as usize >> 4) as i64)
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
}

/// A class implemented in Rust (`DStream`, `RDD`, `SparkContext`...).
pub struct NativeClass {
    /// The class name (`type(x).__name__`, error messages).
    pub name: String,
    /// Methods, found by `obj.name` and bound to the instance.
    pub methods: Vec<(&'static str, NativeMethod)>,
    /// Properties, computed on `obj.name` (checked before methods).
    pub properties: Vec<(&'static str, NativeProperty)>,
    /// What calling the class does (`SparkContext(appName="x")`); `None`: not constructible.
    pub new: Option<NativeFn>,
    /// Attributes of the class itself (`StreamingContext.getOrCreate`, constants).
    pub statics: Vec<(&'static str, Value)>,
    /// `repr()` (and `str()`) of instances; default `<Name object at 0x...>`.
    pub repr: Option<InstanceRepr>,
    /// Python's `__getattr__`: any other attribute of an instance (`None`: AttributeError).
    pub getattr: Option<NativeGetAttr>,
    /// `obj.name = v` (a property's setter): `None` from it for names it does not take.
    pub setattr: Option<NativeSetAttr>,
    /// What instances do as containers (`obj[key]`, `len`, `for x in obj`).
    pub slots: Slots,
    /// How an instance travels to another thread's interpreter (pickling); `None`: it
    /// cannot.
    pub freeze: Option<NativeFreeze>,
    /// The class it derives from (`PipelinedRDD` from `RDD`): its instances are
    /// instances of the base too.
    pub base: Option<Rc<NativeClass>>,
}

/// Freezes an instance: `f(instance, freezer)`.
pub type NativeFreeze = Rc<
    dyn Fn(
        &NativeInstance,
        &mut runnel_core::value::Freezer,
    ) -> Result<Box<dyn runnel_core::value::PortableObject>>,
>;

/// `obj.name = v` on an instance: `None` when the class has no such settable attribute.
pub type NativeSetAttr = Rc<dyn Fn(&Value, &str, Value) -> Option<Result<()>>>;

/// A class's `__getattr__`: the instance and the attribute's name.
pub type NativeGetAttr = Rc<dyn Fn(&Interpreter, &Value, &str) -> Result<Value>>;

/// Container behaviour of a native class's instances; each `None` is Python's default
/// (not subscriptable, no `len()`, not iterable).
#[derive(Default, Clone)]
pub struct Slots {
    /// `obj[key]`: `f(obj, key)`.
    pub getitem: Option<GetItemSlot>,
    /// `len(obj)`.
    pub len: Option<LenSlot>,
    /// `obj[key] = value` (`Some`) and `del obj[key]` (`None`).
    pub setitem: Option<SetItemSlot>,
    /// The items `for x in obj` visits, in order.
    pub iter: Option<IterSlot>,
    /// `a == b` between two instances (identity when `None`).
    pub eq: Option<EqSlot>,
    /// `hash(obj)`: `None` from the function means unhashable (identity when no slot).
    pub hash: Option<HashSlot>,
    /// `obj OP other` for the comparison operators (`None` from it: not supported).
    pub compare: Option<CompareSlot>,
    /// The class itself on its way to another thread (a namedtuple type).
    pub freeze_class: Option<FreezeClassSlot>,
    /// `str(obj)` when it differs from `repr(obj)` (a `uuid.UUID`, a `datetime.time`).
    pub str: Option<InstanceRepr>,
    /// Instances are tuples (a namedtuple): `isinstance(x, tuple)`, and PySpark's
    /// `portable_hash` mixes their items (`iter`) as a tuple's.
    pub tuple: bool,
    /// Pickle rebuilds instances as plain tuples of their items (`iter`), as
    /// `datetime.IsoCalendarDate.__reduce__` says: what PySpark's driver receives.
    pub unpickled_as_tuple: bool,
}

/// How a native class travels to a worker thread.
pub type FreezeClassSlot = Rc<
    dyn Fn(
        &mut runnel_core::value::Freezer,
    ) -> Option<Result<Box<dyn runnel_core::value::PortableObject>>>,
>;

/// `obj OP other` of a native instance against any value.
pub type CompareSlot =
    Rc<dyn Fn(&NativeInstance, runnel_core::value::CmpOp, &Value) -> Option<Result<bool>>>;

/// `obj[key]` of a native instance: `f(obj, key)`.
pub type GetItemSlot = Rc<dyn Fn(&Value, &Value) -> Result<Value>>;
/// `obj[key] = value` / `del obj[key]` of a native instance.
pub type SetItemSlot = Rc<dyn Fn(&Value, &Value, Option<Value>) -> Result<()>>;
/// `len(obj)` of a native instance.
pub type LenSlot = Rc<dyn Fn(&NativeInstance) -> usize>;
/// `a == b` between instances of one native class.
pub type EqSlot = Rc<dyn Fn(&NativeInstance, &NativeInstance) -> bool>;
/// `hash(obj)`; `None` means unhashable.
pub type HashSlot = Rc<dyn Fn(&NativeInstance) -> Option<i64>>;
/// The items `for x in obj` visits.
pub type IterSlot = Rc<dyn Fn(&NativeInstance) -> Result<Vec<Value>>>;

/// Renders an instance for `repr()`/`str()`/`print()`.
pub type InstanceRepr = Rc<dyn Fn(&NativeInstance) -> String>;

impl NativeClass {
    /// A class with no methods yet; fill the public fields or use the builder methods.
    pub fn new(name: &str) -> NativeClass {
        NativeClass {
            name: name.to_string(),
            methods: Vec::new(),
            properties: Vec::new(),
            new: None,
            statics: Vec::new(),
            repr: None,
            getattr: None,
            setattr: None,
            slots: Slots::default(),
            freeze: None,
            base: None,
        }
    }

    /// A subclass of `base` named `name` that adds nothing: PySpark's `PipelinedRDD` and
    /// `TransformedDStream`, which name the objects most methods return.
    pub fn subclass(base: &Rc<NativeClass>, name: &str) -> NativeClass {
        NativeClass {
            name: name.to_string(),
            methods: base.methods.clone(),
            properties: base.properties.clone(),
            new: None,
            statics: base.statics.clone(),
            repr: base.repr.clone(),
            getattr: base.getattr.clone(),
            setattr: base.setattr.clone(),
            slots: base.slots.clone(),
            freeze: base.freeze.clone(),
            base: Some(base.clone()),
        }
    }

    /// Whether it is `other` or derives from it.
    pub fn is_subclass_of(&self, other: &NativeClass) -> bool {
        std::ptr::eq(self, other) || self.base.as_ref().is_some_and(|b| b.is_subclass_of(other))
    }

    /// Sets how instances are frozen, from a function that may find it cannot (then a
    /// `PicklingError` naming the class).
    pub(crate) fn set_freeze(
        &mut self,
        f: impl Fn(
                &NativeInstance,
                &mut runnel_core::value::Freezer,
            ) -> Option<Result<Box<dyn runnel_core::value::PortableObject>>>
            + 'static,
    ) {
        self.freeze = Some(Rc::new(move |inst, fr| {
            f(inst, fr).unwrap_or_else(|| {
                Err(Error::new(
                    "PicklingError",
                    format!("Could not serialize object: {}", inst.class.name),
                ))
            })
        }));
    }

    /// Sets how instances are frozen for other threads (builder style).
    pub fn with_freeze(
        mut self,
        f: impl Fn(
                &NativeInstance,
                &mut runnel_core::value::Freezer,
            ) -> Result<Box<dyn runnel_core::value::PortableObject>>
            + 'static,
    ) -> Self {
        self.freeze = Some(Rc::new(f));
        self
    }

    /// Sets `__getitem__` (builder style).
    pub fn with_getitem(mut self, f: impl Fn(&Value, &Value) -> Result<Value> + 'static) -> Self {
        self.slots.getitem = Some(Rc::new(f));
        self
    }

    /// Adds a method (builder style).
    pub fn method(
        mut self,
        name: &'static str,
        f: impl Fn(&Interpreter, &Value, Args) -> Result<Value> + 'static,
    ) -> Self {
        self.methods.push((name, Rc::new(f)));
        self
    }

    /// Sets `__getattr__`, asked for attributes that are neither properties nor methods
    /// (builder style).
    pub fn getattr(
        mut self,
        f: impl Fn(&Interpreter, &Value, &str) -> Result<Value> + 'static,
    ) -> Self {
        self.getattr = Some(Rc::new(f));
        self
    }

    /// Adds a property (builder style).
    pub fn property(
        mut self,
        name: &'static str,
        f: impl Fn(&Interpreter, &Value) -> Result<Value> + 'static,
    ) -> Self {
        self.properties.push((name, Rc::new(f)));
        self
    }

    /// Sets the constructor (builder style).
    pub fn constructor(
        mut self,
        f: impl Fn(&Interpreter, Args) -> Result<Value> + 'static,
    ) -> Self {
        self.new = Some(Rc::new(f));
        self
    }

    /// Adds a class attribute (builder style), e.g. a static method as a
    /// [`NativeFunction`] value.
    pub fn static_attr(mut self, name: &'static str, value: Value) -> Self {
        self.statics.push((name, value));
        self
    }

    /// Sets how instances print (builder style).
    pub fn with_repr(mut self, f: impl Fn(&NativeInstance) -> String + 'static) -> Self {
        self.repr = Some(Rc::new(f));
        self
    }

    /// The class as a Python value (to register in a module or as a global).
    pub fn into_value(self) -> (Rc<NativeClass>, Value) {
        let rc = Rc::new(self);
        let v = Value::Object(rc.clone());
        (rc, v)
    }

    /// The class as a value whose constructor `f` receives the class itself (to make
    /// instances of it), linked weakly so the class does not keep itself alive.
    pub(crate) fn with_self_constructor(
        self,
        f: impl Fn(&Interpreter, &Rc<NativeClass>, Args) -> Result<Value> + 'static,
    ) -> Rc<NativeClass> {
        Rc::new_cyclic(|me: &std::rc::Weak<NativeClass>| {
            let me = me.clone();
            let name = self.name.clone();
            self.constructor(move |interp, args| match me.upgrade() {
                Some(class) => f(interp, &class, args),
                None => Err(Error::type_error(format!("class {name} is gone"))),
            })
        })
    }

    pub(crate) fn find_method(&self, name: &str) -> Option<&NativeMethod> {
        self.methods
            .iter()
            .find(|(n, _)| *n == name)
            .map(|(_, m)| m)
    }

    pub(crate) fn find_property(&self, name: &str) -> Option<&NativeProperty> {
        self.properties
            .iter()
            .find(|(n, _)| *n == name)
            .map(|(_, p)| p)
    }
}

impl Object for NativeClass {
    fn type_name(&self) -> &str {
        "type"
    }
    fn freeze(
        &self,
        f: &mut runnel_core::value::Freezer,
    ) -> Option<Result<Box<dyn runnel_core::value::PortableObject>>> {
        self.slots.freeze_class.as_ref().and_then(|g| g(f))
    }
    fn repr(&self) -> String {
        // A namedtuple type the program made lives in `__main__`.
        match self.slots.tuple && !self.name.contains('.') {
            true => format!("<class '__main__.{}'>", self.name),
            false => format!(
                "<class '{}'>",
                crate::builtins::other_type::qualified(&self.name)
            ),
        }
    }
    fn hash(&self) -> Option<i64> {
        Some((self as *const Self as usize >> 4) as i64)
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
}

/// An instance of a [`NativeClass`], holding whatever data the class needs.
pub struct NativeInstance {
    /// The instance's class.
    pub class: Rc<NativeClass>,
    /// The state, downcast with [`NativeInstance::data_of`].
    pub data: Rc<dyn Any>,
}

impl NativeInstance {
    /// An instance value of `class`.
    #[allow(clippy::new_ret_no_self)]
    pub fn new(class: Rc<NativeClass>, data: Rc<dyn Any>) -> Value {
        Value::object(NativeInstance { class, data })
    }

    /// The data of `v` if it is a native instance holding a `T`.
    pub fn data_of<T: 'static>(v: &Value) -> Option<Rc<T>> {
        let inst = v.downcast::<NativeInstance>()?;
        inst.data.clone().downcast::<T>().ok()
    }

    /// The class of `v` if it is a native instance.
    pub fn class_of(v: &Value) -> Option<Rc<NativeClass>> {
        v.downcast::<NativeInstance>().map(|i| i.class.clone())
    }
}

impl Object for NativeInstance {
    fn type_name(&self) -> &str {
        &self.class.name
    }
    fn freeze(
        &self,
        f: &mut runnel_core::value::Freezer,
    ) -> Option<Result<Box<dyn runnel_core::value::PortableObject>>> {
        let freeze = self.class.freeze.clone()?;
        Some(freeze(self, f))
    }
    fn repr(&self) -> String {
        match &self.class.repr {
            Some(f) => f(self),
            None => format!(
                "<{} object at {:#x}>",
                self.class.name, self as *const Self as usize
            ),
        }
    }
    fn to_str(&self) -> String {
        match &self.class.slots.str {
            Some(f) => f(self),
            None => self.repr(),
        }
    }
    fn hash(&self) -> Option<i64> {
        match &self.class.slots.hash {
            Some(f) => f(self),
            None => Some((self as *const Self as usize >> 4) as i64),
        }
    }
    fn len(&self) -> Option<usize> {
        self.class.slots.len.as_ref().map(|f| f(self))
    }
    /// Empty containers are false.
    fn truthy(&self) -> bool {
        self.len() != Some(0)
    }
    fn eq(&self, other: &dyn Object) -> Option<bool> {
        let other = other.as_any().downcast_ref::<NativeInstance>()?;
        self.class.slots.eq.as_ref().map(|f| f(self, other))
    }
    fn compare(&self, op: runnel_core::value::CmpOp, other: &Value) -> Option<Result<bool>> {
        self.class
            .slots
            .compare
            .as_ref()
            .and_then(|f| f(self, op, other))
    }
    fn iterate(&self) -> Option<Result<Vec<Value>>> {
        self.class.slots.iter.as_ref().map(|f| f(self))
    }
    fn tuple_items(&self) -> Option<Vec<Value>> {
        if !self.class.slots.tuple {
            return None;
        }
        self.iterate()?.ok()
    }
    fn unpickled(&self) -> Option<Value> {
        if !self.class.slots.unpickled_as_tuple {
            return None;
        }
        Some(Value::tuple(self.iterate()?.ok()?))
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
}

/// A method bound to its receiver: `obj.method` without calling it yet.
pub(crate) enum BoundMethod {
    Native(Value, NativeMethod, String),
    /// A method of a built-in type (`"a b".split`), dispatched by name when called.
    Builtin(Value, Rc<str>),
}

impl Object for BoundMethod {
    fn type_name(&self) -> &str {
        match self {
            BoundMethod::Native(..) => "method",
            BoundMethod::Builtin(..) => "builtin_function_or_method",
        }
    }
    fn repr(&self) -> String {
        match self {
            BoundMethod::Native(recv, _, name) => {
                format!(
                    "<bound method {}.{} of {}>",
                    recv.type_name(),
                    name,
                    recv.repr()
                )
            }
            BoundMethod::Builtin(recv, name) => {
                format!(
                    "<built-in method {} of {} object at {:#x}>",
                    name,
                    recv.type_name(),
                    self as *const Self as usize
                )
            }
        }
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
}

/// A module: a named bag of attributes.
pub struct Module {
    /// The dotted name it was registered under.
    pub name: String,
    /// Its attributes (`from module import name`).
    pub attrs: RefCell<IndexMap<String, Value>>,
}

impl Module {
    pub(crate) fn new(name: &str, attrs: Vec<(&str, Value)>) -> Module {
        Module {
            name: name.to_string(),
            attrs: RefCell::new(attrs.into_iter().map(|(k, v)| (k.to_string(), v)).collect()),
        }
    }

    pub(crate) fn get(&self, name: &str) -> Option<Value> {
        self.attrs.try_borrow().ok()?.get(name).cloned()
    }

    pub(crate) fn set(&self, name: &str, v: Value) -> Result<()> {
        let mut attrs = self
            .attrs
            .try_borrow_mut()
            .map_err(|_| Error::new("RuntimeError", "module busy"))?;
        attrs.insert(name.to_string(), v);
        Ok(())
    }
}

impl Object for Module {
    fn type_name(&self) -> &str {
        "module"
    }
    fn repr(&self) -> String {
        format!("<module '{}'>", self.name)
    }
    fn hash(&self) -> Option<i64> {
        Some((self as *const Self as usize >> 4) as i64)
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
}
