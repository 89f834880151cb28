//! Runnel's Python interpreter: runs the PySpark Streaming programs of the course.
//!
//! The program is parsed once with ruff's parser and compiled into Rust closures; every
//! name is resolved at compile time (local slot, closure cell, module global or builtin),
//! so calling a UDF per record does no name lookups and no string allocation.
//!
//! The host embeds it through [`Interpreter`]: it registers modules and globals (the
//! PySpark bindings are [`NativeClass`]es and [`NativeFunction`]s), runs the program with
//! [`Interpreter::run_module`], and calls Python functions back with [`Interpreter::call`]
//! while streaming batches run.
//!
//! ```
//! use runnel_core::Value;
//! use runnel_python::{Args, Config, Host, Interpreter, NativeFunction};
//! use std::rc::Rc;
//!
//! struct Stdout;
//! impl Host for Stdout {
//!     fn stdout(&self, text: &str) { print!("{text}") }
//!     fn stderr(&self, text: &str) { eprint!("{text}") }
//!     fn now_millis(&self) -> i64 { 0 }
//! }
//!
//! let interp = Interpreter::new(Config::default(), Rc::new(Stdout));
//! interp.register_module("pyspark", vec![("VERSION", Value::str("3.5"))]);
//! interp.set_global("twice", NativeFunction::new("twice", |interp, args: Args| {
//!     // Native code may call Python back while the module runs.
//!     let f = &args.positional[0];
//!     let once = interp.call(f, Args::new(vec![args.positional[1].clone()]))?;
//!     interp.call(f, Args::new(vec![once]))
//! }));
//! interp.run_module("from pyspark import VERSION\nr = twice(lambda x: x * 3, 2)\n").unwrap();
//! assert_eq!(interp.get_global("r").unwrap().repr(), "18");
//! let f = interp.get_global("twice").unwrap();
//! assert_eq!(interp.param_count(&f), None); // only Python functions have a code object
//! ```
//!
//! Value semantics (operators, comparisons, `repr`, hashing, format specs, `%`,
//! `int()`/`float()`, `round`) are `runnel_core`'s, shared with the engine.
//!
//! Simplifications (documented where they live): ints beyond 64 bits are big ints
//! (`runnel_core::value::BigInt`) up to about 3 million digits (`str()` of one over 4300
//! digits raises, as in CPython 3.11); generator functions are lazy, with `send`/`throw`/
//! `close` and CPython's closing of a suspended generator when its last reference goes,
//! except when a `yield` sits after `and`/`or` or in a branch of `x if c else y` (then
//! the body runs to completion on first use), and so are
//! generator expressions (eager only when they contain a walrus); dict views are
//! snapshots; a list
//! that contains itself raises `RecursionError` when printed; `globals()` is a copy and
//! `sys.exc_info()` has no traceback object; classes have no metaclasses
//! or deleting class attributes; no async. A program class's
//! `__eq__`/`__hash__` failing inside a dict or set lookup counts as unequal/unhashable.
//!
//! Limits: [`Config::step_budget`] per entry from native code, [`Config::max_collection_len`]
//! for what a program builds, a recursion depth of 1000 within the Rust stack allowed by
//! [`Interpreter::set_stack_limit`].
//!
//! Tracebacks: `runnel_core::Error::trace` holds frames innermost first
//! (`File "prog.py", line 7, in miFuncion` plus the source line);
//! [`Diagnostic`]'s `Display` prints them in Python's order (most recent call last).

#![warn(missing_docs)]

mod api;
mod builtins;
mod compile;
mod diagnostic;
mod exceptions;
mod format;
mod interp;
mod methods;
mod modules;
mod native;
mod os_error;
mod portable;
mod portable_class;
mod runtime;
mod shape;

pub use api::{Args, Config, Host};
pub use diagnostic::{CompileError, Diagnostic, DiagnosticData, Severity};
pub use exceptions::{host_exception_class, HOST_EXCEPTIONS, STEP_BUDGET};
pub use interp::Interpreter;
/// CPython's Mersenne Twister with CPython's seeding (`random.Random`), for PySpark's samplers.
pub use modules::random::mt::PyRandom;
pub use modules::{needs_full_engine, FULL_ENGINE_MARKER};
pub use native::{
    GetItemSlot, InstanceRepr, Module, NativeClass, NativeFn, NativeFreeze, NativeFunction,
    NativeGetAttr, NativeInstance, NativeMethod, NativeProperty, NativeSetAttr, Slots,
};
pub use shape::Shape;

/// A Python `bytes` holding `b` (the records of `binaryRecordsStream`).
pub fn bytes_value(b: Vec<u8>) -> runnel_core::Value {
    runtime::bytes::bytes_value(b)
}

/// The contents of a Python `bytes` or `bytearray`.
pub fn bytes_of(v: &runnel_core::Value) -> Option<Vec<u8>> {
    runtime::bytes::bytes_of(v)
}
