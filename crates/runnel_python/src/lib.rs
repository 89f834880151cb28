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
//! Simplifications (documented where they live): ints are 64-bit; generators run to
//! completion on first use; `map`/`filter`/`zip`/`enumerate` and generator expressions
//! are eager; dict views are snapshots; no classes, `with`, `match`, decorators, async.
//!
//! Tracebacks: `runnel_core::Error::trace` holds frames innermost first
//! (`File "prog.py", line 7, in miFuncion` plus the source line);
//! [`Diagnostic`]'s `Display` prints them in Python's order (most recent call last).

mod api;
mod builtins;
mod compile;
mod convert;
mod diagnostic;
mod exceptions;
mod format;
mod interp;
mod methods;
mod modules;
mod native;
mod runtime;

pub use api::{Args, Config, Host};
pub use diagnostic::{CompileError, Diagnostic};
pub use exceptions::STEP_BUDGET;
pub use interp::Interpreter;
pub use native::{
    Module, NativeClass, NativeFn, NativeFunction, NativeInstance, NativeMethod, NativeProperty,
};
