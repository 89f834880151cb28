//! Runnel in WebAssembly: the binding the npm package's worker loads.
//!
//! A thin layer: each export deserializes one options object ([`options`]), calls
//! `runnel_pyspark`, and serializes the result for JS. Nothing here knows Spark; the
//! batch timer, receivers and pause/step/stop live in the worker (`web/worker.js`),
//! which calls [`LiveSession::run_batch`] when a batch is due.
//!
//! No Rust panic is meant to reach JS: every fallible path returns `Result`, and the
//! errors cross as `Error` objects carrying the text the CLI prints. (On
//! `wasm32-unknown-unknown` a panic aborts as a trap; the worker treats a trap as fatal
//! and is replaced, see `web/pool.js`.)

mod host;
mod io;
pub mod jsfn;
mod live;
pub mod options;

pub use live::LiveSession;

use runnel_protocol::ProgramOptions;
use runnel_pyspark::{run_program, RunOptions};
use serde::Serialize;
use std::rc::Rc;
use wasm_bindgen::prelude::*;

/// Runs a program for `options.batches` batches on the logical clock and returns what
/// `runnel run --clock logical --json` prints: `{stdout, streams, stderr?, error?}`.
///
/// A program that fails still resolves to that object, with `error` set (the JS API turns
/// it into a rejected promise carrying the object).
#[wasm_bindgen(js_name = runProgram)]
pub fn run_program_js(source: &str, options: JsValue) -> Result<JsValue, JsError> {
    let options: ProgramOptions = from_js(options)?;
    options.check_clock().map_err(|e| JsError::new(&e))?;
    let session = options::session_options(&options.engine)?;
    let io = Rc::new(io::PastedIo::new(options.files, options.input));
    let batches = options.batches.ok_or_else(|| {
        JsError::new("runProgram needs `batches` (how many batch intervals to run)")
    })?;
    let out = run_program(
        source,
        RunOptions {
            session,
            batches,
            io,
        },
    );
    to_js(&out)
}

/// The engine's version (the crate's), for the package to check it loaded the right wasm.
#[wasm_bindgen]
pub fn version() -> String {
    env!("CARGO_PKG_VERSION").to_string()
}

/// The worker protocol's version ([`runnel_protocol::PROTOCOL_VERSION`]).
#[wasm_bindgen(js_name = protocolVersion)]
pub fn protocol_version() -> u32 {
    runnel_protocol::PROTOCOL_VERSION
}

/// Reads an options object (`undefined` and `null` mean all defaults).
pub(crate) fn from_js<T: serde::de::DeserializeOwned + Default>(
    value: JsValue,
) -> Result<T, JsError> {
    if value.is_undefined() || value.is_null() {
        return Ok(T::default());
    }
    serde_wasm_bindgen::from_value(value)
        .map_err(|e| JsError::new(&format!("invalid options: {e}")))
}

/// Writes a result as plain JS objects (maps as objects, as `JSON.parse` would give).
pub(crate) fn to_js<T: Serialize>(value: &T) -> Result<JsValue, JsError> {
    value
        .serialize(&serde_wasm_bindgen::Serializer::json_compatible())
        .map_err(|e| JsError::new(&format!("cannot return the result: {e}")))
}

/// An engine error as a JS `Error` whose message is the CLI's text.
pub(crate) fn js_error(e: impl std::fmt::Display) -> JsError {
    JsError::new(&e.to_string())
}

/// A program's error as a JS `Error` whose message is `text` and whose `diagnostic`
/// property is the diagnostic as data (the contract's `diagnostic` object).
pub(crate) fn diagnostic_error(text: &str, diagnostic: &runnel_python::Diagnostic) -> JsValue {
    let error = js_sys::Error::new(text);
    if let Ok(data) = to_js(&diagnostic.data()) {
        // Setting a property on a fresh Error cannot fail.
        let _ = js_sys::Reflect::set(&error, &JsValue::from_str("diagnostic"), &data);
    }
    error.into()
}
