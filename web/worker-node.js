// The Node worker thread: the same protocol over worker_threads, the wasm read from disk
// (Node's fetch cannot read file: URLs), and the `ws` package where Node has no WebSocket.
import { parentPort } from "node:worker_threads";
import { readFile } from "node:fs/promises";
import { serve } from "./worker-core.js";

const WebSocket = globalThis.WebSocket ?? (await import("ws")).WebSocket;

serve(
  {
    post: (msg) => parentPort.postMessage(msg),
    onMessage: (fn) => parentPort.on("message", fn),
  },
  {
    loadWasm: () => readFile(new URL("../pkg/runnel_wasm_bg.wasm", import.meta.url)),
    // The full engine (re, pyspark.sql), read only for a program that needs it.
    loadFullWasm: () => readFile(new URL("../pkg-full/runnel_wasm_bg.wasm", import.meta.url)),
    importFull: () => import("../pkg-full/runnel_wasm.js"),
    WebSocket,
  },
);
