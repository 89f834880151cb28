//! `web/protocol.d.ts` is what the Rust types generate: this fails when either changed
//! alone. `UPDATE_PROTOCOL=1 cargo test -p runnel_protocol` rewrites the file.

use std::path::Path;

#[test]
fn web_protocol_d_ts_is_generated_from_the_rust_types() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../web/protocol.d.ts");
    let generated = runnel_protocol::typescript();
    if std::env::var_os("UPDATE_PROTOCOL").is_some() {
        std::fs::write(&path, &generated).expect("write web/protocol.d.ts");
    }
    let committed = std::fs::read_to_string(&path).unwrap_or_default();
    assert!(
        committed == generated,
        "web/protocol.d.ts is stale: run `UPDATE_PROTOCOL=1 cargo test -p runnel_protocol`"
    );
}

/// The messages the worker's JS sends parse as the Rust types say.
#[test]
fn the_worker_messages_parse_as_the_types() {
    use runnel_protocol::{Request, WorkerMessage};
    let requests = [
        r#"{"id":1,"op":"init"}"#,
        r#"{"id":2,"op":"run","source":"x","options":{"batches":2,"recordAll":true}}"#,
        r#"{"id":3,"op":"start","source":"x","options":{"clock":"logical","sockets":{"localhost:9999":"push"},"maxRate":10},"session":2}"#,
        r#"{"id":4,"op":"push","lines":"a\nb","session":2}"#,
        r#"{"id":5,"op":"push","lines":["a","b"],"source":"inbox","session":0}"#,
        r#"{"id":6,"op":"stop","session":2}"#,
    ];
    for r in requests {
        serde_json::from_str::<Request>(r).unwrap_or_else(|e| panic!("{r}: {e}"));
    }
    let messages = [
        r#"{"id":1,"ok":true,"value":{"version":"0.1.0","protocol":1}}"#,
        r#"{"id":2,"ok":false,"error":{"name":"RunnelError","message":"boom","diagnostic":{"severity":"error","excType":"SyntaxError","message":"m","line":1,"column":2}}}"#,
        r#"{"type":"event","name":"end","data":{"reason":"no-context","batches":0,"files":{}},"session":1}"#,
        r#"{"type":"fatal","error":{"name":"RunnelCrash","message":"unreachable"}}"#,
    ];
    for m in messages {
        serde_json::from_str::<WorkerMessage>(m).unwrap_or_else(|e| panic!("{m}: {e}"));
    }
}

/// The package's `PROTOCOL_VERSION` (web/protocol.js) is the Rust constant.
#[test]
fn the_package_exports_the_same_protocol_version() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../web/protocol.js");
    let js = std::fs::read_to_string(path).expect("web/protocol.js");
    let line = format!(
        "export const PROTOCOL_VERSION = {};",
        runnel_protocol::PROTOCOL_VERSION
    );
    assert!(js.contains(&line), "web/protocol.js must say `{line}`");
}
