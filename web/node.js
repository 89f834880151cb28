// runnel for Node (>= 20): the engine runs in a worker thread.
import { Worker } from "node:worker_threads";
import { makeApi } from "./api.js";
import { StreamingContext as Builder, tuple } from "./builder.js";

export { RunnelError } from "./errors.js";
export { PROTOCOL_VERSION } from "./protocol.js";
export { operators } from "./operators.js";
export { tuple };

function spawn(settings) {
  const worker = new Worker(settings.workerURL ?? new URL("./worker-node.js", import.meta.url));
  let terminated = false;
  return {
    post: (msg, transfer) => worker.postMessage(msg, transfer ?? []),
    onMessage: (fn) => worker.on("message", fn),
    onError: (fn) => {
      worker.on("error", fn);
      worker.on("exit", (code) => terminated || fn(new Error(`the worker exited (code ${code})`)));
    },
    ref: () => worker.ref(),
    unref: () => worker.unref(),
    terminate: () => {
      terminated = true;
      worker.terminate();
    },
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
