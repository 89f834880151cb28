// The engine's side of the worker protocol, shared by the Web Worker (worker.js) and the
// Node worker thread (worker-node.js). Requests are {id, op, ...}; every request gets one
// reply {id, ok, value} or {id, ok: false, error}; a live session also posts
// {type: "event", name, data, session} messages. Errors cross as plain data. The messages'
// types are Rust's (crates/runnel_protocol), declared in protocol.d.ts.

import * as lite from "../pkg/runnel_wasm.js";
import { Receiver, splitLines } from "./receiver.js";

/** An error as data (Errors do not structured-clone everywhere). */
function errorData(e, extra = {}) {
  const trap = typeof WebAssembly !== "undefined" && e instanceof WebAssembly.RuntimeError;
  return {
    name: trap ? "RunnelCrash" : "RunnelError",
    message: String(e && e.message !== undefined ? e.message : e),
    stack: e && e.stack ? String(e.stack) : undefined,
    // The engine's errors carry the problem as data (see errors.js).
    diagnostic: e && e.diagnostic ? e.diagnostic : undefined,
    ...extra,
  };
}

// Two builds of the engine: the lite one (pkg/) that every worker loads, without Python's
// `re` and Structured Streaming (`pyspark.sql`), about a quarter of the wasm; and the full
// one (pkg-full/), loaded once, only for a program that needs it. A cheap scan of the
// source decides first; a lite engine that still meets one of them (an import it could not
// see) raises ModuleNotFoundError with `diagnostic.needsFullEngine`, and the program runs
// again on the full engine before anything of it reached the page.
// The standard modules only the full engine has (the Rust `extra` feature: `re`,
// `unicodedata`, `decimal`, `fractions`, `struct`, `textwrap`, `uuid`).
const FULL_MODULES = "(?:re|unicodedata|decimal|fractions|struct|textwrap|uuid)";
const FULL_ENGINE_SOURCE = new RegExp(
  `^[ \\t]*(?:import[ \\t][^\\n#]*\\b${FULL_MODULES}\\b|from[ \\t]+${FULL_MODULES}[ \\t]+import\\b)|pyspark\\.sql|pyspark\\.errors|\\.toDF\\s*\\(`,
  "m",
);

/** Whether `source` (by a cheap look at its text) needs the full engine. */
export function needsFullEngine(source) {
  return FULL_ENGINE_SOURCE.test(String(source ?? ""));
}

/**
 * Whether a lite engine's error (thrown or in runProgram's output) asks for the full one:
 * its marker, or any missing module (the full engine's message lists every module it has,
 * so the program gets the full engine's error, word for word).
 */
const askedForFull = (e) => {
  const d = e && e.diagnostic;
  return !!d && (d.needsFullEngine === true || d.excType === "ModuleNotFoundError");
};

/**
 * Serves the protocol. `port` has post(msg) and onMessage(fn); `loadWasm()` and
 * `loadFullWasm()` give what wasm-bindgen's init accepts (URL, Response, bytes or
 * WebAssembly.Module) for the lite and the full engine; `importFull()` imports the full
 * engine's glue (pkg-full/runnel_wasm.js); `WebSocket` is the socket class receivers use.
 */
export function serve(port, { loadWasm, loadFullWasm, importFull, WebSocket }) {
  let ready = null;
  let fullReady = null;
  let fullWasm = null;
  // Live sessions by the id the page gave them (0 for a worker of its own): a shared
  // engine runs several, each ending between batches on its own.
  const lives = new Map();
  const ensureReady = (wasm) => {
    ready ??= Promise.resolve(wasm ?? loadWasm())
      .then((m) => lite.default({ module_or_path: m }))
      .then(() => lite);
    return ready;
  };
  // The full engine, once per worker.
  const ensureFull = () => {
    if (!importFull || !(fullWasm || loadFullWasm)) {
      return Promise.reject(new Error("this program needs Runnel's full engine (Python's re, pyspark.sql), and this worker has none: serve() needs importFull and loadFullWasm"));
    }
    fullReady ??= Promise.all([importFull(), fullWasm ?? loadFullWasm()]).then(async ([full, m]) => {
      await full.default({ module_or_path: m });
      return full;
    });
    fullReady.catch(() => (fullReady = null));
    return fullReady;
  };
  // The engine for `source`: the full one when the scan says so.
  const engineFor = (source) => (needsFullEngine(source) ? ensureFull() : ensureReady());
  const live = (msg) => lives.get(msg.session ?? 0);
  /** Starts session `key` of `msg` on `engine` (a wasm-bindgen module). */
  const startLive = (engine, msg, key) => {
    const emit = (name, data) => port.post({ type: "event", name, data, session: key });
    const session = new Live(engine.LiveSession, msg.options, emit, WebSocket, () => lives.delete(key));
    lives.set(key, session);
    try {
      return session.start(msg.source);
    } catch (e) {
      lives.delete(key);
      session.session.free();
      throw e;
    }
  };
  const handlers = {
    async init(msg) {
      if (msg.fullWasm) fullWasm = msg.fullWasm;
      const engine = await ensureReady(msg.wasm);
      return { version: engine.version(), protocol: engine.protocolVersion() };
    },
    async run(msg) {
      const engine = await engineFor(msg.source);
      const out = engine.runProgram(msg.source, msg.options);
      if (engine === lite && askedForFull(out)) return (await ensureFull()).runProgram(msg.source, msg.options);
      return out;
    },
    async start(msg) {
      const key = msg.session ?? 0;
      if (lives.has(key)) throw new Error(`this worker already runs session ${key}`);
      const engine = await engineFor(msg.source);
      try {
        return startLive(engine, msg, key);
      } catch (e) {
        if (engine !== lite || !askedForFull(e)) throw e;
        // Nothing of the lite start reached the page: its events were held back.
        return startLive(await ensureFull(), msg, key);
      }
    },
    pause: (msg) => live(msg)?.pause(),
    resume: (msg) => live(msg)?.resume(),
    step: (msg) => live(msg)?.step(),
    stop: (msg) => live(msg)?.stop("stopped"),
    push: (msg) => live(msg)?.push(msg.lines, msg.source),
    addFile: (msg) => live(msg)?.addFile(msg.path, msg.text),
  };
  port.onMessage(async (msg) => {
    const handler = handlers[msg.op];
    try {
      if (!handler) throw new Error(`unknown request ${JSON.stringify(msg.op)}`);
      const value = await handler(msg);
      port.post({ id: msg.id, ok: true, value });
    } catch (e) {
      port.post({ id: msg.id, ok: false, error: errorData(e) });
      if (e instanceof WebAssembly.RuntimeError) port.post({ type: "fatal", error: errorData(e) });
    }
  });
}

// How long an idle Structured Streaming trigger on the logical clock waits (wall time)
// for socket input before the next one, instead of spinning.
const IDLE_LOGICAL_MS = 100;

/** A live session: the batch timer, receivers, pause/step/resume/stop. */
class Live {
  constructor(LiveSession, options, emit, WebSocket, onEnd = () => {}) {
    this.onEnd = onEnd;
    const { sockets = {}, batches, ...engine } = options || {};
    this.engine = engine;
    this.logical = engine.clock === "logical";
    this.sockets = sockets;
    this.WebSocket = WebSocket;
    // The receivers' clock: the wall clock, or on the logical clock the last batch's time
    // (lines arriving between two batches form one block of the next).
    this.logicalNow = 0;
    this.maxBatches = batches ?? Infinity;
    this.emit = emit;
    this.session = new LiveSession({ ...engine, maxRate: options?.maxRate, maxBuffered: options?.maxBuffered });
    this.receivers = new Map();
    this.paused = !!options?.paused;
    this.ended = false;
    this.timer = null;
    this.batchesRun = 0;
    this.stopAt = Infinity;
  }

  start(source) {
    const started = this.session.start(source);
    this.batchMs = started.batchMs ?? 1000;
    this.logicalNow = started.zeroTimeMs ?? 0;
    for (const s of started.sources) this.openReceiver(s);
    if (started.awaitTimeoutSeconds != null) {
      const base = this.logical ? started.zeroTimeMs : Date.now();
      this.stopAt = base + started.awaitTimeoutSeconds * 1000;
    }
    if (!started.started || started.stopped) {
      // After the start's reply: a page must get the module's output before the end.
      const reason = started.stopped ? "stopped" : "no-context";
      setTimeout(() => this.end(reason), 0);
    } else this.schedule();
    return started;
  }

  openReceiver(s) {
    if (s.kind !== "socket") {
      this.receivers.set(s.key, { source: s, files: [] });
      return;
    }
    const mapped = this.sockets[s.key];
    const push = mapped === "push";
    const url = push ? null : mapped || `ws://${s.host}:${s.port}`;
    const deliver = (lines) => {
      if (!this.ended) this.session.receive(s.stream, this.logical ? this.logicalNow : Date.now(), lines);
    };
    this.receivers.set(s.key, new Receiver(s, { url, connect: !push, WebSocket: this.WebSocket, deliver }));
  }

  /** Lines the page pushed to a source (the key "host:port" or a directory; the only one when omitted). */
  push(lines, key) {
    const r = key != null ? this.receivers.get(key) : this.receivers.values().next().value;
    if (!r) throw new Error(key != null ? `the program opened no source ${JSON.stringify(key)}` : "the program opened no source");
    const list = Array.isArray(lines) ? lines.map(String) : splitLines(lines);
    if (r instanceof Receiver) r.pushLines(list);
    else this.session.pushLines(r.source.stream, list);
    return { source: r.source.key, lines: list.length };
  }

  /** A file for the program's Structured Streaming file sources (`dir/name`), seen at the next trigger. */
  addFile(path, text) {
    this.session.addFile(String(path), String(text));
    return { path: String(path) };
  }

  /** Arms the timer for the next batch; `minDelay` (ms) paces idle logical triggers. */
  schedule(minDelay = 0) {
    clearTimeout(this.timer);
    if (this.ended || this.paused) return;
    const next = this.session.nextBatchTimeMs();
    if (next == null) return this.end(this.session.isStopped() ? "stopped" : "no-context");
    if (next > this.stopAt) return this.end("timeout");
    const delay = this.logical ? minDelay : Math.max(minDelay, Number(next) - Date.now());
    this.timer = setTimeout(() => this.runOne(), delay);
  }

  runOne() {
    if (this.ended) return;
    const began = Date.now();
    const t0 = performance.now();
    let done;
    try {
      done = this.session.runBatch();
    } catch (e) {
      this.emit("error", errorData(e));
      if (e instanceof WebAssembly.RuntimeError) throw e;
      return this.end("error");
    }
    if (done === undefined) return this.end("stopped");
    // A Structured Streaming trigger with nothing to run posts nothing. On the logical
    // clock, with no socket to bring more, the queries have processed all there was.
    if (done.idle) {
      if (done.stopped) return this.end("stopped");
      if (this.logical && !this.hasSockets()) return this.end("idle");
      return this.paused ? undefined : this.schedule(this.logical ? IDLE_LOGICAL_MS : 0);
    }
    this.batchesRun += 1;
    this.logicalNow = Number(done.timeMs);
    const inputs = [];
    for (const r of this.receivers.values()) {
      if (r instanceof Receiver) inputs.push(r.metrics(this.session.receiverStats(r.source.stream)));
    }
    const { timeMs, recordsIn, ...rest } = done;
    const metrics = {
      recordsIn,
      processingMs: performance.now() - t0,
      schedulingDelayMs: this.logical ? 0 : Math.max(0, began - Number(timeMs)),
      inputs,
    };
    this.emit("batch", { ...rest, timeMs: Number(timeMs), batch: this.batchesRun, metrics });
    if (done.stopped) return this.end("stopped");
    if (this.batchesRun >= this.maxBatches) return this.end("batches");
    this.schedule();
  }

  hasSockets() {
    for (const r of this.receivers.values()) if (r instanceof Receiver) return true;
    return false;
  }

  pause() {
    this.paused = true;
    clearTimeout(this.timer);
  }

  resume() {
    this.paused = false;
    this.schedule();
  }

  /** Runs the next batch now (paused or not). */
  step() {
    clearTimeout(this.timer);
    const wasPaused = this.paused;
    this.paused = true;
    this.runOne();
    this.paused = wasPaused;
    if (!wasPaused) this.schedule();
  }

  stop(reason) {
    this.end(reason);
  }

  end(reason) {
    if (this.ended) return;
    this.ended = true;
    clearTimeout(this.timer);
    for (const r of this.receivers.values()) if (r instanceof Receiver) r.close();
    this.emit("end", { reason, batches: this.batchesRun, files: this.session.files() });
    this.onEnd();
    this.session.free();
  }
}
