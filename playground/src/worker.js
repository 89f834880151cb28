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

// A session that ends while it starts (a program with no StreamingContext, or one that
// stops itself) posts its "end" event before the reply to "start"; the package then
// rejects the start ("the session was stopped") and the module code's output is lost.
// Events posted during a start wait for its reply here.
let starting = null;
let held = [];

function post(msg) {
  if (starting !== null && msg?.type === "event") return void held.push(msg);
  self.postMessage(trim(msg));
  if (starting !== null && msg?.id === starting) {
    starting = null;
    for (const m of held.splice(0)) self.postMessage(trim(m));
  }
}

serve(
  {
    post,
    onMessage: (fn) =>
      self.addEventListener("message", (e) => {
        if (e.data?.op === "start") starting = e.data.id;
        fn(e.data);
      }),
  },
  {
    loadWasm: () => new URL("../pkg/runnel_wasm_bg.wasm", import.meta.url),
    // The full engine (re, pyspark.sql): fetched at run time, only for a program that
    // needs it, from dist/pkg-full/ (a computed URL, so esbuild leaves it out of the bundle).
    loadFullWasm: () => new URL("../pkg-full/runnel_wasm_bg.wasm", import.meta.url),
    importFull: () => import(new URL("../pkg-full/runnel_wasm.js", import.meta.url).href),
    WebSocket: globalThis.WebSocket,
  },
);
