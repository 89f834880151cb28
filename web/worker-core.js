// The engine's side of the worker protocol, shared by the Web Worker (worker.js) and the
// Node worker thread (worker-node.js). Requests are {id, op, ...}; every request gets one
// reply {id, ok, value} or {id, ok: false, error}; a live session also posts
// {type: "event", name, data, session} messages. Errors cross as plain data. The messages'
// types are Rust's (crates/runnel_protocol), declared in protocol.d.ts.

import init, { runProgram, LiveSession, version, protocolVersion } from "../pkg/runnel_wasm.js";
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

/**
 * Serves the protocol. `port` has post(msg) and onMessage(fn); `loadWasm()` gives what
 * wasm-bindgen's init accepts (URL, Response, bytes or WebAssembly.Module);
 * `WebSocket` is the socket class receivers use.
 */
export function serve(port, { loadWasm, WebSocket }) {
  let ready = null;
  // Live sessions by the id the page gave them (0 for a worker of its own): a shared
  // engine runs several, each ending between batches on its own.
  const lives = new Map();
  const ensureReady = (wasm) => {
    ready ??= Promise.resolve(wasm ?? loadWasm()).then((m) => init({ module_or_path: m }));
    return ready;
  };
  const live = (msg) => lives.get(msg.session ?? 0);
  const handlers = {
    async init(msg) {
      await ensureReady(msg.wasm);
      return { version: version(), protocol: protocolVersion() };
    },
    async run(msg) {
      await ensureReady();
      return runProgram(msg.source, msg.options);
    },
    async start(msg) {
      await ensureReady();
      const key = msg.session ?? 0;
      if (lives.has(key)) throw new Error(`this worker already runs session ${key}`);
      const emit = (name, data) => port.post({ type: "event", name, data, session: key });
      const session = new Live(msg.options, emit, WebSocket, () => lives.delete(key));
      lives.set(key, session);
      try {
        return session.start(msg.source);
      } catch (e) {
        lives.delete(key);
        session.session.free();
        throw e;
      }
    },
    pause: (msg) => live(msg)?.pause(),
    resume: (msg) => live(msg)?.resume(),
    step: (msg) => live(msg)?.step(),
    stop: (msg) => live(msg)?.stop("stopped"),
    push: (msg) => live(msg)?.push(msg.lines, msg.source),
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

/** A live session: the batch timer, receivers, pause/step/resume/stop. */
class Live {
  constructor(options, emit, WebSocket, onEnd = () => {}) {
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

  schedule() {
    clearTimeout(this.timer);
    if (this.ended || this.paused) return;
    const next = this.session.nextBatchTimeMs();
    if (next == null) return this.end(this.session.isStopped() ? "stopped" : "no-context");
    if (next > this.stopAt) return this.end("timeout");
    const delay = this.logical ? 0 : Math.max(0, Number(next) - Date.now());
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
