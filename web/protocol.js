// The worker protocol's version: the messages between the page side and the worker are
// the Rust types of crates/runnel_protocol, whose TS declarations are web/protocol.d.ts
// (generated; a Rust test fails on drift and checks this number against the Rust one).
export const PROTOCOL_VERSION = 2;
