// A receiver for one socketTextStream: a WebSocket (or lines the page pushes), with a
// bounded buffer and Spark's `spark.streaming.receiver.maxRate` (records per second per
// receiver). Each batch takes at most maxRate * batchSeconds records; the rest wait for
// later batches (reported as `delayed`); records arriving while the buffer is full are
// dropped (reported as `dropped`). A socket that closes or fails reconnects with
// exponential backoff.

const MIN_BACKOFF_MS = 100;
const MAX_BACKOFF_MS = 5000;

/** Splits a message into lines, as a socket receiver reads them (no trailing empty line). */
export function splitLines(text) {
  const lines = String(text).split(/\r?\n/);
  if (lines.length > 0 && lines[lines.length - 1] === "") lines.pop();
  return lines;
}

export class Receiver {
  /**
   * @param {object} source what the program opened ({stream, kind, key, host, port})
   * @param {object} settings {url, connect, maxRate, maxBuffered, WebSocket}
   */
  constructor(source, settings) {
    this.source = source;
    this.url = settings.url;
    this.maxRate = settings.maxRate > 0 ? settings.maxRate : 0;
    this.maxBuffered = settings.maxBuffered > 0 ? settings.maxBuffered : 100000;
    this.WebSocket = settings.WebSocket;
    this.buffer = [];
    this.stats = { received: 0, dropped: 0, reconnects: 0, connected: false, lastError: null };
    this.backoff = MIN_BACKOFF_MS;
    this.closed = false;
    this.socket = null;
    this.timer = null;
    if (settings.connect && this.url && this.WebSocket) this.open();
  }

  open() {
    if (this.closed) return;
    let ws;
    try {
      ws = new this.WebSocket(this.url);
    } catch (e) {
      this.stats.lastError = String(e && e.message ? e.message : e);
      this.retry();
      return;
    }
    this.socket = ws;
    ws.onopen = () => {
      this.stats.connected = true;
      this.backoff = MIN_BACKOFF_MS;
    };
    ws.onmessage = (m) => this.pushText(typeof m.data === "string" ? m.data : new TextDecoder().decode(m.data));
    ws.onerror = (e) => {
      this.stats.lastError = (e && e.message) || "WebSocket error";
    };
    ws.onclose = () => {
      this.stats.connected = false;
      this.socket = null;
      this.retry();
    };
  }

  retry() {
    if (this.closed) return;
    this.stats.reconnects += 1;
    const wait = this.backoff;
    this.backoff = Math.min(this.backoff * 2, MAX_BACKOFF_MS);
    this.timer = setTimeout(() => this.open(), wait);
  }

  /** Text that arrived (a message, or what the page pushed): one record per line. */
  pushText(text) {
    this.pushLines(splitLines(text));
  }

  pushLines(lines) {
    for (const line of lines) {
      this.stats.received += 1;
      if (this.buffer.length >= this.maxBuffered) this.stats.dropped += 1;
      else this.buffer.push(String(line));
    }
  }

  /** The block for the next batch, at most maxRate * batchSeconds records. */
  takeBlock(batchMs) {
    const limit = this.maxRate ? Math.max(1, Math.floor((this.maxRate * batchMs) / 1000)) : this.buffer.length;
    return this.buffer.splice(0, limit);
  }

  /** This receiver's metrics after a batch took its block. */
  metrics() {
    return { source: this.source.key, url: this.url || null, ...this.stats, delayed: this.buffer.length };
  }

  close() {
    this.closed = true;
    clearTimeout(this.timer);
    if (this.socket) {
      this.socket.onclose = null;
      try {
        this.socket.close();
      } catch {
        // already closed
      }
    }
  }
}
