// The run settings (batch interval, batch count, clock, WebSocket URL) in the page's
// controls, set from the URL (?clock=logical&batches=N&batchSeconds=S&socket=ws://...)
// or from an example's `# batch:` / `# batches:` comments.
import { headerValue } from "./gallery.js";

export class Settings {
  constructor(doc = document) {
    this.batchSeconds = doc.getElementById("batch-seconds");
    this.batches = doc.getElementById("batches");
    this.clock = doc.getElementById("clock");
    this.socket = doc.getElementById("socket-url");
  }

  read() {
    const batchSeconds = Number(this.batchSeconds.value);
    const batches = Number.parseInt(this.batches.value, 10);
    return {
      batchSeconds: batchSeconds > 0 ? batchSeconds : 1,
      batches: batches > 0 ? batches : null,
      clock: this.clock.value === "logical" ? "logical" : "system",
      socketUrl: this.socket.value.trim(),
    };
  }

  apply({ batchSeconds, batches, clock, socketUrl }) {
    if (batchSeconds != null) this.batchSeconds.value = String(batchSeconds);
    if (batches !== undefined) this.batches.value = batches ? String(batches) : "";
    if (clock) this.clock.value = clock === "logical" ? "logical" : "system";
    if (socketUrl !== undefined) this.socket.value = socketUrl ?? "";
  }

  /** A program's own defaults: `# batch: S` and `# batches: N`. */
  fromProgram(source) {
    this.apply({ batchSeconds: Number(headerValue(source, "batch")) || 1, batches: Number(headerValue(source, "batches")) || null });
  }

  /** The URL's settings win over the program's. */
  fromUrl(params) {
    const n = (k) => (params.has(k) ? Number(params.get(k)) : undefined);
    this.apply({
      batchSeconds: n("batchSeconds"),
      batches: params.has("batches") ? n("batches") : undefined,
      clock: params.get("clock") ?? undefined,
      socketUrl: params.get("socket") ?? undefined,
    });
  }
}
