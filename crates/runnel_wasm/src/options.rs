//! The options objects JS passes: `runnel_protocol`'s types, turned into the session's.

use runnel_protocol::EngineOptions;
use runnel_pyspark::SessionOptions;
use wasm_bindgen::JsError;

/// The session options `options` ask for.
pub fn session_options(options: &EngineOptions) -> Result<SessionOptions, JsError> {
    let defaults = SessionOptions::default();
    Ok(SessionOptions {
        filename: options
            .filename
            .clone()
            .unwrap_or(defaults.filename.clone()),
        batch_ms: options
            .batch_ms(defaults.batch_ms)
            .map_err(|e| JsError::new(&e))?,
        default_parallelism: options
            .parallelism
            .unwrap_or(defaults.default_parallelism)
            .max(1),
        step_budget: options.step_budget.unwrap_or(defaults.step_budget),
        tz_offset_ms: options.tz_offset_minutes.unwrap_or(0) * 60_000,
        record: options.record.clone(),
        record_all: options.record_all,
        globals: crate::jsfn::js_globals(&options.js_functions)?,
        // Results carry each Structured Streaming micro-batch (`queries`), as --json's.
        record_queries: true,
        ..defaults
    })
}
