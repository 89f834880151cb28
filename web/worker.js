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
    WebSocket: globalThis.WebSocket,
  },
);
