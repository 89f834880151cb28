//! The worker protocol: every message between the npm package's page side (`web/api.js`,
//! `web/session.js`) and its worker (`web/worker-core.js`), as serde types. The options
//! and replies are (de)serialized by `runnel_wasm` with these very types; the envelopes
//! the JS builds are declared here too, and `web/protocol.d.ts` is generated from all of
//! them (tests/drift.rs fails when it is stale: `UPDATE_PROTOCOL=1 cargo test -p
//! runnel_protocol` rewrites it).
//!
//! Bump [`PROTOCOL_VERSION`] when a message changes shape; the package exports it and the
//! worker's `init` reply carries it, so a page and a worker of different versions notice.

mod messages;
mod options;

pub use messages::*;
pub use options::*;

/// The protocol's version: the package's `PROTOCOL_VERSION`.
pub const PROTOCOL_VERSION: u32 = 2;

/// Every declaration of `web/protocol.d.ts`, in order.
pub fn typescript() -> String {
    use ts_rs::{Config, TS};
    // 64-bit integers cross as JS numbers (the worker serializes JSON-compatibly).
    let cfg = Config::new().with_large_int("number");
    let mut out = String::from(
        "// Generated from crates/runnel_protocol (Rust serde types) by its tests/drift.rs:\n\
         // do not edit; run `UPDATE_PROTOCOL=1 cargo test -p runnel_protocol`.\n\n",
    );
    out.push_str(&format!(
        "export declare const PROTOCOL_VERSION: {PROTOCOL_VERSION};\n\n"
    ));
    let decls = [
        runnel_core::stream::GraphDescription::decl(&cfg),
        runnel_core::stream::NodeDescription::decl(&cfg),
        runnel_python::Severity::decl(&cfg),
        runnel_python::DiagnosticData::decl(&cfg),
        runnel_pyspark::StateSnapshot::decl(&cfg),
        runnel_pyspark::RecordedBatch::decl(&cfg),
        runnel_sql::query::BatchRecord::decl(&cfg),
        runnel_sql::describe::PlanLine::decl(&cfg),
        runnel_sql::describe::QueryDescription::decl(&cfg),
        runnel_pyspark::RunOutput::decl(&cfg),
        EngineOptions::decl(&cfg),
        ProgramOptions::decl(&cfg),
        LiveOptions::decl(&cfg),
        OpenedSource::decl(&cfg),
        Started::decl(&cfg),
        BatchDone::decl(&cfg),
        ReceiverCounts::decl(&cfg),
        InputMetrics::decl(&cfg),
        BatchMetrics::decl(&cfg),
        BatchEvent::decl(&cfg),
        EndReason::decl(&cfg),
        EndEvent::decl(&cfg),
        ErrorData::decl(&cfg),
        Lines::decl(&cfg),
        Request::decl(&cfg),
        Reply::decl(&cfg),
        EventName::decl(&cfg),
        EventTag::decl(&cfg),
        FatalTag::decl(&cfg),
        EventData::decl(&cfg),
        EventMessage::decl(&cfg),
        FatalMessage::decl(&cfg),
        WorkerMessage::decl(&cfg),
    ];
    for d in decls {
        out.push_str("export ");
        out.push_str(&d);
        out.push_str("\n\n");
    }
    out.truncate(out.trim_end().len());
    out.push('\n');
    out
}
