// The playground's engine worker: the package's worker (web/worker-core.js), with batch
// events trimmed before they cross to the page. The timeline shows only the first records
// of each partition, so the page receives only those and each partition's size: a program
// ingesting 100 000 records/s then costs the page's main thread a few KB per batch instead
// of megabytes to deserialize.
import { serve } from "../../web/worker-core.js";
import { trimBatch } from "./trim-batch.js";

function trim(msg) {
  return msg?.type === "event" && msg.name === "batch" ? { ...msg, data: trimBatch(msg.data) } : msg;
}

serve(
  {
    post: (msg) => self.postMessage(trim(msg)),
    onMessage: (fn) => self.addEventListener("message", (e) => fn(e.data)),
  },
  {
    loadWasm: () => new URL("../pkg/runnel_wasm_bg.wasm", import.meta.url),
    WebSocket: globalThis.WebSocket,
  },
);
