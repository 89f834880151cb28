// A live session: an event emitter ("batch", "error", "end") and an async iterable of batch
// events, over its own worker. stop() terminates the worker, so it ends at once even in
// the middle of a batch.

const DEFAULT_QUEUE = 256;

export class Session {
  constructor(client, options = {}) {
    this.client = client;
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
    client.onEvent((name, data) => this.dispatch(name, data));
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
    this.client.terminate();
    this.resolveDone({ reason });
  }

  request(op, fields) {
    if (this.ended) return Promise.resolve(undefined);
    return this.client.request(op, fields);
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

  /** Ends the session at once (the worker is terminated). */
  async stop() {
    this.client.terminate();
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
