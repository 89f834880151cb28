// Spark's Streaming tab in small: input records, processing time and scheduling delay per
// batch, each as its own line in plain SVG (no chart library), the last MAX_POINTS batches.
import { t } from "./i18n.js";

const MAX_POINTS = 120;
const SVG = "http://www.w3.org/2000/svg";
const SERIES = [
  ["recordsIn", "inputRate"],
  ["processingMs", "processing"],
  ["schedulingDelayMs", "delay"],
];

export class Chart {
  constructor(root) {
    this.root = root;
    this.points = [];
    this.rows = SERIES.map(([key, label]) => this.row(key, label));
  }

  row(key, label) {
    const fig = document.createElement("figure");
    fig.className = `series ${key}`;
    const cap = document.createElement("figcaption");
    const svg = document.createElementNS(SVG, "svg");
    svg.setAttribute("viewBox", "0 0 300 40");
    svg.setAttribute("preserveAspectRatio", "none");
    svg.setAttribute("role", "img");
    const line = document.createElementNS(SVG, "polyline");
    svg.append(line);
    fig.append(cap, svg);
    this.root.append(fig);
    return { key, label, cap, svg, line };
  }

  reset() {
    this.points = [];
    this.draw();
  }

  /** Adds a batch's metrics; draw() shows them. */
  push(metrics) {
    this.points.push(metrics);
    if (this.points.length > MAX_POINTS) this.points.shift();
  }

  draw() {
    for (const r of this.rows) {
      const values = this.points.map((p) => Number(p?.[r.key] ?? 0));
      const max = Math.max(1, ...values);
      // The x scale grows with the run up to MAX_POINTS batches, then slides.
      const step = 300 / Math.max(9, Math.min(MAX_POINTS, this.points.length) - 1);
      r.line.setAttribute("points", values.map((v, i) => `${(i * step).toFixed(1)},${(38 - (v / max) * 36).toFixed(1)}`).join(" "));
      const last = values.at(-1);
      const fmt = (v) => (Number.isInteger(v) ? String(v) : v.toFixed(1));
      r.cap.textContent = `${t(r.label)}: ${last === undefined ? "–" : fmt(last)} (max ${fmt(max)})`;
      r.svg.setAttribute("aria-label", r.cap.textContent);
    }
  }
}
