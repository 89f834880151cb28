// One worker, seen from the main thread: requests with ids, replies matched to promises,
// events to listeners. A crash (a wasm trap, the worker's error or exit) rejects every
// pending promise and marks the client dead; nothing is left pending.

import { RunnelError, fromData } from "./errors.js";

export class WorkerClient {
  /** @param {{post(m): void, onMessage(fn): void, onError(fn): void, terminate(): void}} port */
  constructor(port) {
    this.port = port;
    this.nextId = 1;
    this.pending = new Map();
    this.listeners = new Set();
    this.dead = null;
    this.holds = 0;
    port.unref?.();
    port.onMessage((msg) => this.receive(msg));
    port.onError((e) => this.fail(new RunnelError(`the engine's worker failed: ${e?.message ?? e}`, { name: "RunnelCrash" })));
  }

  receive(msg) {
    if (msg.type === "event") {
      for (const fn of this.listeners) fn(msg.name, msg.data, msg.session);
      return;
    }
    if (msg.type === "fatal") {
      this.fail(fromData(msg.error));
      return;
    }
    const p = this.pending.get(msg.id);
    if (!p) return;
    this.pending.delete(msg.id);
    this.release();
    if (msg.ok) p.resolve(msg.value);
    else p.reject(fromData(msg.error));
  }

  /** Sends a request; rejects when the worker dies or `signal` aborts (killing the worker). */
  request(op, fields = {}, { signal, transfer } = {}) {
    if (this.dead) return Promise.reject(this.dead);
    if (signal?.aborted) return Promise.reject(abortError(signal));
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      const onAbort = () => this.fail(abortError(signal));
      signal?.addEventListener("abort", onAbort, { once: true });
      const done = (fn) => (v) => {
        signal?.removeEventListener("abort", onAbort);
        fn(v);
      };
      this.pending.set(id, { resolve: done(resolve), reject: done(reject) });
      this.hold();
      this.port.post({ id, op, ...fields }, transfer);
    });
  }

  /** Keeps the process alive (Node) while a request or a session needs the worker. */
  hold() {
    if (this.holds++ === 0) this.port.ref?.();
  }

  release() {
    if (--this.holds === 0) this.port.unref?.();
  }

  onEvent(fn) {
    this.listeners.add(fn);
    return () => this.listeners.delete(fn);
  }

  /** Ends the worker now; pending requests reject with `error`. */
  fail(error) {
    if (this.dead) return;
    this.dead = error;
    this.port.terminate();
    for (const p of this.pending.values()) p.reject(error);
    this.pending.clear();
    for (const fn of this.listeners) fn("crash", error);
  }

  terminate() {
    this.fail(new RunnelError("the session was stopped", { name: "AbortError" }));
  }
}

function abortError(signal) {
  const reason = signal?.reason;
  if (reason instanceof Error && reason.name === "AbortError") return reason;
  return new RunnelError(reason instanceof Error ? reason.message : "the operation was aborted", { name: "AbortError" });
}
