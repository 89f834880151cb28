// runnel for browsers and bundlers: the engine runs in a module Web Worker.
import { makeApi } from "./api.js";
import { StreamingContext as Builder, tuple } from "./builder.js";

export { RunnelError } from "./errors.js";
export { PROTOCOL_VERSION } from "./protocol.js";
export { operators } from "./operators.js";
export { tuple };

function spawn(settings) {
  const worker = settings.workerURL
    ? new Worker(settings.workerURL, { type: "module" })
    : new Worker(new URL("./worker.js", import.meta.url), { type: "module" });
  return {
    post: (msg, transfer) => worker.postMessage(msg, transfer ?? []),
    onMessage: (fn) => worker.addEventListener("message", (e) => fn(e.data)),
    onError: (fn) => {
      worker.addEventListener("error", (e) => fn(new Error(e.message || "the worker could not start (is worker.js served?)")));
      worker.addEventListener("messageerror", () => fn(new Error("a message could not be read")));
    },
    terminate: () => worker.terminate(),
  };
}

const api = makeApi(spawn);
export const { configure, init, runProgram, startSession, createEngine } = api;

/** The builder's StreamingContext (PySpark's API in camelCase). */
export class StreamingContext extends Builder {
  constructor(options) {
    super(api, options);
  }
}
