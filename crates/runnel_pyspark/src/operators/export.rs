//! The registry for the npm package: `web/operators.js` (the data) and the TypeScript
//! declarations of the builder's methods in `web/index.d.ts`, both generated here. The
//! test `crates/runnel_pyspark/tests/registry.rs` compares the files with these texts (and
//! rewrites them with `RUNNEL_REGENERATE=1`).

use super::{OpKind, Operator, Param, ParamKind, Receiver, OPERATORS};

/// Marks the generated part of `web/index.d.ts`.
pub const DTS_BEGIN: &str = "// BEGIN GENERATED from the operator registry (crates/runnel_pyspark/src/operators): do not edit";
pub const DTS_END: &str = "// END GENERATED";

/// DStream methods the builder leaves out: they do not build a pipeline (`context()`
/// returns the StreamingContext, `slice()` RDDs of a running context).
pub const NOT_IN_BUILDER: &[&str] = &["context", "slice"];

/// The text of `web/operators.js`.
pub fn operators_js() -> String {
    let json = serde_json::to_string_pretty(OPERATORS).expect("the registry serializes");
    format!(
        "// Generated from the Rust operator registry (crates/runnel_pyspark/src/operators) by\n\
         // `RUNNEL_REGENERATE=1 cargo test -p runnel_pyspark --test registry`: do not edit.\n\
         // One entry per PySpark Streaming operator: the builder, its TypeScript types and the\n\
         // playground's palette follow it.\n\n\
         /** The registry as data (frozen). */\n\
         export const OPERATORS = deepFreeze({json});\n\n\
         /** The operator registry: a fresh copy the caller may change. */\n\
         export function operators() {{\n  return JSON.parse(JSON.stringify(OPERATORS));\n}}\n\n\
         function deepFreeze(v) {{\n  if (v && typeof v === \"object\") {{\n    Object.values(v).forEach(deepFreeze);\n    Object.freeze(v);\n  }}\n  return v;\n}}\n"
    )
}

/// The generated declarations of `web/index.d.ts` (between [`DTS_BEGIN`] and [`DTS_END`]).
pub fn index_dts_section() -> String {
    let mut out = String::new();
    out.push_str(DTS_BEGIN);
    out.push_str(
        "\n\n/** The builder's DStream: PySpark's DStream methods, writing the program. */\n",
    );
    out.push_str("export class DStream {\n  readonly name: string;\n");
    for op in builder_ops(Receiver::DStream) {
        out.push_str(&method_dts(op, "DStream"));
    }
    out.push_str("}\n\n/** The builder's sources and operators over several DStreams (beside the StreamingContext's own methods). */\n");
    out.push_str("export interface StreamingContextOperators {\n");
    for op in builder_ops(Receiver::StreamingContext) {
        out.push_str(&method_dts(op, "DStream"));
    }
    out.push_str("}\n");
    out.push_str(DTS_END);
    out.push('\n');
    out
}

/// The operators the builder has methods for.
pub fn builder_ops(receiver: Receiver) -> impl Iterator<Item = &'static Operator> {
    OPERATORS
        .iter()
        .filter(move |o| o.receiver == receiver && !NOT_IN_BUILDER.contains(&o.name))
}

fn method_dts(op: &Operator, returns: &str) -> String {
    let params: Vec<String> = op.params.iter().map(param_dts).collect();
    let ret = if op.kind == OpKind::Output {
        "this"
    } else {
        returns
    };
    format!(
        "  /** {} `{}` */\n  {}({}): {ret};\n",
        op.doc,
        op.example,
        op.name,
        params.join(", ")
    )
}

fn param_dts(p: &Param) -> String {
    let ty = match p.kind {
        ParamKind::Function => "PyFn | null",
        ParamKind::Int | ParamKind::Duration => "number",
        ParamKind::Bool => "boolean",
        ParamKind::Str => "string",
        ParamKind::Time => "number",
        ParamKind::Dstream => "DStream",
        ParamKind::Dstreams => "DStream[]",
        ParamKind::Rdds => "unknown[][]",
        ParamKind::Rdd => "unknown[] | null",
        // Python text, e.g. "StorageLevel.MEMORY_ONLY".
        ParamKind::StorageLevel => "string",
        ParamKind::Any => "unknown",
    };
    // `default` is a reserved word in TypeScript.
    let name = if p.name == "default" {
        "defaultRdd"
    } else {
        p.name
    };
    if p.variadic {
        format!("...{name}: {ty}[]")
    } else if p.default.is_some() {
        format!("{name}?: {ty}")
    } else {
        format!("{name}: {ty}")
    }
}
