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
// A starting session's events wait for its start's reply here (sessions by id, 0 for a
// worker of its own).
const starting = new Map(); // request id -> session id
const held = [];

function post(msg) {
  if (msg?.type === "event" && [...starting.values()].includes(msg.session ?? 0)) return void held.push(msg);
  self.postMessage(trim(msg));
  if (starting.delete(msg?.id)) {
    const waiting = new Set(starting.values());
    for (const m of held.splice(0)) {
      if (waiting.has(m.session ?? 0)) held.push(m);
      else self.postMessage(trim(m));
    }
  }
}

serve(
  {
    post,
    onMessage: (fn) =>
      self.addEventListener("message", (e) => {
        if (e.data?.op === "start") starting.set(e.data.id, e.data.session ?? 0);
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
