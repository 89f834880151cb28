// The Web Worker: start it as a module worker,
// new Worker(new URL("./worker.js", import.meta.url), { type: "module" }).
import { serve } from "./worker-core.js";

serve(
  {
    post: (msg) => self.postMessage(msg),
    onMessage: (fn) => self.addEventListener("message", (e) => fn(e.data)),
  },
  {
    loadWasm: () => new URL("../pkg/runnel_wasm_bg.wasm", import.meta.url),
    // The full engine (re, pyspark.sql), fetched only for a program that needs it.
    loadFullWasm: () => new URL("../pkg-full/runnel_wasm_bg.wasm", import.meta.url),
    importFull: () => import("../pkg-full/runnel_wasm.js"),
    WebSocket: globalThis.WebSocket,
  },
);
