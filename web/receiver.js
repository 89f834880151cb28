// A receiver for one socketTextStream: a WebSocket (or lines the page pushes). It hands
// each line to the engine as it arrives (`deliver`); the core's receiver tracker cuts
// them into 200 ms blocks (partitions), applies Spark's `spark.streaming.receiver.maxRate`
// (records beyond it wait for later blocks: `delayed`) and `maxBuffered` (records arriving
// while that many wait are `dropped`), exactly as for the CLI's receivers. A socket that
// closes or fails reconnects with exponential backoff.

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
   * @param {object} settings {url, connect, WebSocket, deliver(lines)}
   */
  constructor(source, settings) {
    this.source = source;
    this.url = settings.url;
    this.WebSocket = settings.WebSocket;
    this.deliver = settings.deliver;
    this.stats = { reconnects: 0, connected: false, lastError: null };
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
    if (lines.length) this.deliver(lines.map(String));
  }

  /** This receiver's metrics after a batch: the engine's counts and the connection's. */
  metrics(counts) {
    return { source: this.source.key, url: this.url || null, ...counts, ...this.stats };
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
