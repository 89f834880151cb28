// The public API over a worker factory; index.js (browsers, bundlers) and node.js (Node)
// bind it to their kind of worker.

import { WorkerClient } from "./client.js";
import { RunnelError } from "./errors.js";
import { PROTOCOL_VERSION } from "./protocol.js";
import { Session } from "./session.js";

const RUN_KEYS = ["batches", "batchSeconds", "clock", "record", "recordAll", "parallelism", "stepBudget", "filename", "tzOffsetMinutes", "files", "input", "jsFunctions"];
const LIVE_KEYS = [...RUN_KEYS.filter((k) => k !== "input"), "sockets", "maxRate", "maxBuffered", "paused"];

function pick(options, keys) {
  const out = {};
  for (const k of keys) if (options?.[k] !== undefined) out[k] = options[k];
  // JS functions cross to the worker as their text; the worker rebuilds them.
  if (out.jsFunctions !== undefined) out.jsFunctions = [...out.jsFunctions].map((f) => (typeof f === "function" ? f.toString() : String(f)));
  return out;
}

/** The API for workers made by `spawn(settings)`, which returns a worker port. */
export function makeApi(spawn) {
  let settings = {};
  let shared = null;

  function newClient() {
    const client = new WorkerClient(spawn(settings));
    const wasms = { ...(settings.wasm ? { wasm: settings.wasm } : {}), ...(settings.fullWasm ? { fullWasm: settings.fullWasm } : {}) };
    client.ready = client.request("init", wasms).then((reply) => {
      // A page and an engine built from different sources would misread each other.
      if (reply?.protocol !== PROTOCOL_VERSION) {
        const error = new RunnelError(`the engine speaks protocol ${reply?.protocol}, this package ${PROTOCOL_VERSION}: rebuild pkg/ (scripts/build-wasm)`);
        client.fail(error);
        throw error;
      }
      return reply;
    });
    client.ready.catch(() => {});
    return client;
  }

  /** The worker of deterministic runs, replaced when it died. */
  function sharedClient() {
    if (!shared || shared.dead) shared = newClient();
    return shared;
  }

  /** Where the worker script and the wasm come from (for CSPs, CDNs, custom bundling). */
  function configure(next = {}) {
    settings = { ...settings, ...next };
    if (shared) shared.terminate();
    shared = null;
  }

  /** Loads the engine now (otherwise the first call does); resolves to {version}. */
  function init() {
    return sharedClient().ready;
  }

  /**
   * Runs a program for `batches` batches on the logical clock. Resolves to exactly what
   * `runnel run --clock logical --json` prints; rejects with a RunnelError carrying the
   * CLI's message (and `output`, the partial result) when the program fails.
   */
  function runProgram(source, options = {}) {
    return runOn(sharedClient(), source, options);
  }

  /** Starts a live session in its own worker; resolves once the module code has run. */
  async function startSession(source, options = {}) {
    const client = newClient();
    try {
      return await startOn(client, source, options, { id: 0, shared: false });
    } catch (e) {
      client.terminate();
      throw e;
    }
  }

  /**
   * An engine whose sessions and runs share one worker (a course page's several
   * playgrounds): `{ startSession, runProgram, close }`.
   */
  function createEngine() {
    const client = newClient();
    let nextId = 1;
    return {
      runProgram: (source, options = {}) => runOn(client, source, options),
      startSession: (source, options = {}) => startOn(client, source, options, { id: nextId++, shared: true }),
      /** Ends the worker and every session on it. */
      close: () => client.terminate(),
    };
  }

  return { configure, init, runProgram, startSession, createEngine };
}

async function runOn(client, source, options) {
  await client.ready;
  const output = await client.request("run", { source: String(source), options: pick(options, RUN_KEYS) }, { signal: options.signal });
  if (output.error !== undefined) throw new RunnelError(output.error, { output });
  return output;
}

async function startOn(client, source, options, ids) {
  const session = new Session(client, options, ids);
  try {
    await client.ready;
    session.info = await client.request("start", { source: String(source), options: pick(options, LIVE_KEYS), session: ids.id }, { signal: options.signal });
  } catch (e) {
    session.finish("error");
    throw e;
  }
  if (options.signal) options.signal.addEventListener("abort", () => session.stop(), { once: true });
  return session;
}
