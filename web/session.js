// A live session: an event emitter ("batch", "error", "end") and an async iterable of batch
// events. On a worker of its own, stop() terminates the worker, so it ends at once even in
// the middle of a batch; on a shared engine's worker (createEngine), stop() ends it between
// batches (the step budget ends a runaway function) and the worker goes on.

const DEFAULT_QUEUE = 256;

export class Session {
  constructor(client, options = {}, { id = 0, shared = false } = {}) {
    this.client = client;
    this.id = id;
    this.shared = shared;
    this.info = null;
    this.ended = false;
    this.endReason = null;
    this.listeners = { batch: new Set(), error: new Set(), end: new Set() };
    this.queue = [];
    this.queueLimit = options.queueLimit ?? DEFAULT_QUEUE;
    this.waiters = [];
    this.iterating = 0;
    this.autoPaused = false;
    this.done = new Promise((resolve) => (this.resolveDone = resolve));
    // A crash has no session: it ends every session of the worker.
    this.unlisten = client.onEvent((name, data, session) => {
      if (session === undefined || session === this.id) this.dispatch(name, data);
    });
    client.hold(); // a running session keeps Node alive until it ends
  }

  dispatch(name, data) {
    if (name === "crash") {
      if (!this.ended && data?.name !== "AbortError") this.emit("error", data);
      return this.finish(data?.name === "AbortError" ? "stopped" : "crash");
    }
    if (name === "end") {
      this.files = data.files;
      return this.finish(data.reason);
    }
    this.emit(name, data);
    if (name === "batch") this.enqueue(data);
  }

  emit(name, data) {
    for (const fn of this.listeners[name] ?? []) fn(data);
  }

  /** Listens to "batch", "error" or "end". Returns a function that stops listening. */
  on(name, fn) {
    if (!this.listeners[name]) throw new TypeError(`unknown event ${JSON.stringify(name)}`);
    this.listeners[name].add(fn);
    if (name === "end" && this.ended) fn({ reason: this.endReason });
    return () => this.off(name, fn);
  }

  off(name, fn) {
    this.listeners[name]?.delete(fn);
  }

  enqueue(event) {
    const w = this.waiters.shift();
    if (w) return w.resolve({ value: event, done: false });
    this.queue.push(event);
    if (!this.iterating) {
      // Nobody iterates (yet): keep the latest events only.
      if (this.queue.length > this.queueLimit) this.queue.shift();
      return;
    }
    if (this.queue.length >= this.queueLimit && !this.autoPaused) {
      // The consumer's pace sets the flow: pause until it catches up.
      this.autoPaused = true;
      this.request("pause").catch(() => {});
    }
  }

  finish(reason) {
    if (this.ended) return;
    this.ended = true;
    this.endReason = reason;
    this.emit("end", { reason, files: this.files });
    for (const w of this.waiters.splice(0)) w.resolve({ value: undefined, done: true });
    this.client.release();
    this.unlisten();
    if (!this.shared) this.client.terminate();
    this.resolveDone({ reason });
  }

  request(op, fields) {
    if (this.ended) return Promise.resolve(undefined);
    return this.client.request(op, { ...fields, session: this.id });
  }

  pause() {
    return this.request("pause");
  }

  resume() {
    this.autoPaused = false;
    return this.request("resume");
  }

  /** Runs one batch now. */
  step() {
    return this.request("step");
  }

  /** Lines for a receiver (netcat-like input): a string (split at newlines) or an array. */
  push(lines, source) {
    return this.request("push", { lines, source });
  }

  /** A file `dir/name` for the program's Structured Streaming file sources (`readStream...json(dir)`). */
  addFile(path, text) {
    return this.request("addFile", { path, text });
  }

  /** Ends the session: at once on its own worker (terminated), between batches on a shared one. */
  async stop() {
    if (this.shared) {
      await this.request("stop").catch(() => {});
    } else {
      this.client.terminate();
    }
    this.finish("stopped");
    return this.done;
  }

  close() {
    return this.stop();
  }

  [Symbol.asyncDispose ?? Symbol.for("Symbol.asyncDispose")]() {
    return this.stop();
  }

  [Symbol.asyncIterator]() {
    this.iterating += 1;
    return {
      next: () => {
        if (this.queue.length) {
          const value = this.queue.shift();
          if (this.autoPaused && this.queue.length < this.queueLimit / 2) this.resume().catch(() => {});
          return Promise.resolve({ value, done: false });
        }
        if (this.ended) return Promise.resolve({ value: undefined, done: true });
        return new Promise((resolve) => this.waiters.push({ resolve }));
      },
      return: async () => {
        this.iterating -= 1;
        await this.stop();
        return { value: undefined, done: true };
      },
      [Symbol.asyncIterator]() {
        return this;
      },
    };
  }
}
