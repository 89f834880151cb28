//! Python's built-in exception classes, their hierarchy, and exception values (`as e`).

use runnel_core::value::Object;
use runnel_core::{Error, Value};
use std::any::Any;
use std::cell::RefCell;
use std::collections::VecDeque;

thread_local! {
    /// The keys of the `KeyError`s raised lately with their messages (the keys' reprs),
    /// so that the caught value's `args` is `(key,)` as in CPython, not the repr.
    static MISSING_KEYS: RefCell<VecDeque<(String, Value)>> = const { RefCell::new(VecDeque::new()) };
}

/// How many missing keys [`key_error`] remembers.
const MISSING_KEYS_MEMORY: usize = 8;

/// The `KeyError` for a missing `key`: its message is the key's repr, and `except ... as
/// e` finds the key itself for `e.args`.
pub(crate) fn key_error(key: &Value) -> Error {
    let message = key.repr();
    MISSING_KEYS.with(|keys| {
        let mut keys = keys.borrow_mut();
        if keys.len() >= MISSING_KEYS_MEMORY {
            keys.pop_front();
        }
        keys.push_back((message.clone(), key.clone()));
    });
    Error::key_error(message)
}

/// The key a `KeyError` with this message was raised for, if [`key_error`] remembers it.
fn missing_key(message: &str) -> Option<Value> {
    MISSING_KEYS.with(|keys| {
        let keys = keys.borrow();
        let found = keys.iter().rev().find(|(m, _)| m == message);
        found.map(|(_, k)| k.clone())
    })
}

/// The exception type of a step-budget overrun. No `except` clause catches it.
pub const STEP_BUDGET: &str = "StepBudgetExceeded";

/// Every built-in exception class the interpreter knows by name.
pub(crate) const BUILTIN_EXCEPTIONS: &[&str] = &[
    "BaseException",
    "Exception",
    "ArithmeticError",
    "ZeroDivisionError",
    "OverflowError",
    "LookupError",
    "IndexError",
    "KeyError",
    "ValueError",
    "TypeError",
    "NameError",
    "UnboundLocalError",
    "AttributeError",
    "RuntimeError",
    "RecursionError",
    "NotImplementedError",
    "StopIteration",
    "AssertionError",
    "MemoryError",
    "ImportError",
    "ModuleNotFoundError",
    "KeyboardInterrupt",
    "SystemExit",
    "GeneratorExit",
    "OSError",
    "BlockingIOError",
    "ChildProcessError",
    "ConnectionError",
    "BrokenPipeError",
    "ConnectionAbortedError",
    "ConnectionRefusedError",
    "ConnectionResetError",
    "FileExistsError",
    "FileNotFoundError",
    "InterruptedError",
    "IsADirectoryError",
    "NotADirectoryError",
    "PermissionError",
    "ProcessLookupError",
    "TimeoutError",
    "UnicodeError",
    "UnicodeDecodeError",
    "UnicodeEncodeError",
    "Warning",
    "UserWarning",
    "DeprecationWarning",
    "PendingDeprecationWarning",
    "SyntaxWarning",
    "RuntimeWarning",
    "FutureWarning",
    "ImportWarning",
    "UnicodeWarning",
    "BytesWarning",
    "ResourceWarning",
    "EncodingWarning",
];

/// The exception classes of the standard modules, by the name tracebacks show.
pub(crate) const MODULE_EXCEPTIONS: &[&str] = &[
    "re.error",
    "json.decoder.JSONDecodeError",
    "statistics.StatisticsError",
    "calendar.IllegalMonthError",
    "dataclasses.FrozenInstanceError",
    "_csv.Error",
    "binascii.Error",
    "struct.error",
    "decimal.DecimalException",
    "decimal.InvalidOperation",
    "decimal.DivisionByZero",
    "io.UnsupportedOperation",
];

/// Exception classes of the bindings (PySpark's), importable from their modules
/// (`pyspark.errors`) rather than built in; they derive from `Exception`.
pub const HOST_EXCEPTIONS: &[&str] = &[
    "AnalysisException",
    "ParseException",
    "StreamingQueryException",
    "IllegalArgumentException",
    "NumberFormatException",
    "PySparkTypeError",
    "PySparkValueError",
    "UnsupportedOperation",
    // What py4j raises for an error the JVM reports (`py4j.protocol.Py4JJavaError`).
    "Py4JJavaError",
    // `pickle.PicklingError`: PySpark's for a task function it cannot pickle (SPARK-5063).
    "PicklingError",
];

/// The class value of one of [`HOST_EXCEPTIONS`], to register in a module.
pub fn host_exception_class(name: &str) -> Option<Value> {
    let name = HOST_EXCEPTIONS.iter().find(|n| **n == name)?;
    Some(Value::object(ExcClass { name }))
}

/// The parent class of a built-in exception; unknown (host-defined) types derive from
/// `Exception`.
fn parent(t: &str) -> Option<&'static str> {
    Some(match t {
        "BaseException" | STEP_BUDGET => return None,
        "Exception" | "KeyboardInterrupt" | "SystemExit" | "GeneratorExit" => "BaseException",
        "ZeroDivisionError" | "OverflowError" | "FloatingPointError" => "ArithmeticError",
        "IndexError" | "KeyError" => "LookupError",
        "UnboundLocalError" => "NameError",
        "NotImplementedError" | "RecursionError" => "RuntimeError",
        "ModuleNotFoundError" => "ImportError",
        "UnicodeError"
        | "json.decoder.JSONDecodeError"
        | "statistics.StatisticsError"
        | "calendar.IllegalMonthError" => "ValueError",
        "dataclasses.FrozenInstanceError" => "AttributeError",
        "io.UnsupportedOperation" => "OSError",
        "binascii.Error" => "ValueError",
        "decimal.DecimalException" => "ArithmeticError",
        "decimal.InvalidOperation" => "decimal.DecimalException",
        // CPython's derives from both DecimalException and ZeroDivisionError; this
        // hierarchy has one parent, and programs catch ZeroDivisionError.
        "decimal.DivisionByZero" => "ZeroDivisionError",
        "NumberFormatException" => "IllegalArgumentException",
        "UnicodeDecodeError" | "UnicodeEncodeError" => "UnicodeError",
        "UserWarning"
        | "DeprecationWarning"
        | "PendingDeprecationWarning"
        | "SyntaxWarning"
        | "RuntimeWarning"
        | "FutureWarning"
        | "ImportWarning"
        | "UnicodeWarning"
        | "BytesWarning"
        | "ResourceWarning"
        | "EncodingWarning" => "Warning",
        "BrokenPipeError"
        | "ConnectionAbortedError"
        | "ConnectionRefusedError"
        | "ConnectionResetError" => "ConnectionError",
        "BlockingIOError" | "ChildProcessError" | "ConnectionError" | "FileExistsError"
        | "FileNotFoundError" | "InterruptedError" | "IsADirectoryError" | "NotADirectoryError"
        | "PermissionError" | "ProcessLookupError" | "TimeoutError" => "OSError",
        _ => "Exception",
    })
}

/// `t` and the built-in exception classes above it, nearest first (`__mro__`).
pub(crate) fn ancestry(t: &'static str) -> impl Iterator<Item = &'static str> {
    std::iter::successors(Some(t), |c| parent(c)).take(8)
}

/// Whether an exception of type `t` is caught by `except base`.
pub(crate) fn is_subclass(t: &str, base: &str) -> bool {
    if t == STEP_BUDGET {
        return false;
    }
    let mut cur = Some(t);
    // Bounded walk: the hierarchy is shallow.
    for _ in 0..8 {
        match cur {
            Some(c) if c == base => return true,
            Some(c) => cur = parent(c),
            None => return false,
        }
    }
    false
}

pub(crate) fn memory_error() -> Error {
    Error::new(
        "MemoryError",
        "the program built a collection larger than Runnel's memory budget",
    )
}

/// An exception class such as `ValueError`: callable (makes an [`ExcValue`]) and usable
/// in `except` and `isinstance`.
pub(crate) struct ExcClass {
    pub name: &'static str,
}

impl Object for ExcClass {
    fn type_name(&self) -> &str {
        "type"
    }
    fn repr(&self) -> String {
        format!("<class '{}'>", self.name)
    }
    fn hash(&self) -> Option<i64> {
        Some(runnel_core::value::python_hash(&Value::str(self.name)).unwrap_or(0))
    }
    fn eq(&self, other: &dyn Object) -> Option<bool> {
        Some(
            other
                .as_any()
                .downcast_ref::<ExcClass>()
                .is_some_and(|o| o.name == self.name),
        )
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
}

/// An exception object, as bound by `except ... as e` or made by `ValueError("msg")`.
pub(crate) struct ExcValue {
    pub exc_type: String,
    pub args: Vec<Value>,
    /// `__cause__`/`__context__`, as `raise ... from` and handlers set them.
    pub chain: std::cell::RefCell<crate::runtime::exc_chain::ExcChain>,
}

impl ExcValue {
    pub fn new(exc_type: &str, args: Vec<Value>) -> ExcValue {
        ExcValue {
            exc_type: exc_type.to_string(),
            args,
            chain: Default::default(),
        }
    }

    /// `str(e)`: the message.
    pub fn message(&self) -> String {
        if let Some(text) = self.os_error().and_then(crate::os_error::text) {
            return text;
        }
        match self.args.as_slice() {
            [] => String::new(),
            [one] if self.exc_type == "KeyError" => one.repr(),
            [one] => one.to_str(),
            many => Value::tuple(many.to_vec()).repr(),
        }
    }

    /// The arguments of an `OSError` (or subclass) value.
    pub fn os_error(&self) -> Option<&[Value]> {
        is_subclass(&self.exc_type, "OSError").then_some(self.args.as_slice())
    }

    /// `e.args`.
    pub fn visible_args(&self) -> &[Value] {
        match self.os_error() {
            Some(args) => crate::os_error::visible_args(args),
            None => &self.args,
        }
    }

    /// The error to propagate when this value is raised.
    pub fn to_error(&self) -> Error {
        Error::new(&self.exc_type, self.message())
    }

    /// The value bound by `except ... as e` for a caught error.
    pub fn from_error(e: &Error) -> Value {
        let args = if e.message.is_empty() {
            vec![]
        } else {
            vec![Value::str(&e.message)]
        };
        // KeyError's message is the key's repr; keep `str(e)` identical, and `args` the
        // key where it is known.
        if e.exc_type == "KeyError" {
            let args = missing_key(&e.message).map_or(args, |k| vec![k]);
            return Value::object(KeyErrorText(
                ExcValue::new("KeyError", args),
                e.message.clone(),
            ));
        }
        let v = ExcValue::new(&e.exc_type, args);
        Value::object(v)
    }
}

impl Object for ExcValue {
    fn type_name(&self) -> &str {
        &self.exc_type
    }
    fn repr(&self) -> String {
        let inner: Vec<String> = self.visible_args().iter().map(|a| a.repr()).collect();
        format!("{}({})", self.exc_type, inner.join(", "))
    }
    fn to_str(&self) -> String {
        self.message()
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
}

/// A caught `KeyError`, whose message is already the key's repr.
pub(crate) struct KeyErrorText(pub ExcValue, pub String);

impl Object for KeyErrorText {
    fn type_name(&self) -> &str {
        "KeyError"
    }
    fn repr(&self) -> String {
        format!("KeyError({})", self.1)
    }
    fn to_str(&self) -> String {
        self.1.clone()
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
}

/// The error raised by `raise v`.
pub(crate) fn error_from_raised(v: &Value) -> Error {
    if let Some(r) = crate::runtime::class::raise_error(v) {
        return r.unwrap_or_else(|e| e);
    }
    if let Some(e) = v.downcast::<ExcValue>() {
        return e.to_error();
    }
    if let Some(e) = v.downcast::<KeyErrorText>() {
        return Error::new("KeyError", e.1.clone());
    }
    if let Some(c) = v.downcast::<ExcClass>() {
        return Error::new(c.name, "");
    }
    Error::type_error("exceptions must derive from BaseException")
}

/// The exception type name an `except` clause's value names, if it is an exception class.
pub(crate) fn class_name(v: &Value) -> Option<&str> {
    v.downcast::<ExcClass>().map(|c| c.name)
}

/// The exception type of an exception value (`isinstance(e, ValueError)`).
pub(crate) fn value_type(v: &Value) -> Option<&str> {
    if let Some(e) = v.downcast::<ExcValue>() {
        return Some(&e.exc_type);
    }
    if let Some(i) = v.downcast::<crate::runtime::class::Instance>() {
        return i.class.exc_base;
    }
    v.downcast::<KeyErrorText>().map(|_| "KeyError")
}
