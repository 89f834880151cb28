// The timeline: one column per batch, each stream's RDD as boxes of partitions with their
// first records; brackets above show which batches each window covers (window(2, 2)
// tiles, window(2, 1) overlaps in two staggered rows). At most MAX_COLUMNS batches stay in
// the page; older ones are dropped and counted.
import { t } from "./i18n.js";
import { streamLabel } from "./records.js";

const MAX_COLUMNS = 40;
// Records drawn per partition box (the details panel lists more).
const RECORDS_DRAWN = 8;

export class Timeline {
  constructor(root, onSelect) {
    this.root = root;
    this.onSelect = onSelect;
    this.brackets = root.querySelector("[data-brackets]");
    this.columns = root.querySelector("[data-columns]");
    this.hidden = root.querySelector("[data-hidden]");
    this.reset(null, null);
  }

  reset(graph, info) {
    this.graph = graph;
    this.batchMs = info?.batchMs ?? 1000;
    this.zeroMs = info?.zeroTimeMs ?? null;
    this.dropped = 0;
    this.times = [];
    this.columns.replaceChildren();
    this.brackets.replaceChildren();
    this.hidden.textContent = "";
  }

  setGraph(graph) {
    this.graph = graph;
  }

  /** Counts a batch that came and went between two frames. */
  skip() {
    this.dropped += 1;
  }

  /** Adds batches (oldest first); only the newest MAX_COLUMNS are drawn. */
  addMany(events) {
    if (this.zeroMs === null && events.length) this.zeroMs = events[0].timeMs - this.batchMs;
    const drawn = events.slice(-MAX_COLUMNS);
    this.dropped += events.length - drawn.length;
    this.columns.append(...drawn.map((e) => this.column(e)));
    this.times.push(...drawn.map((e) => e.timeMs));
    while (this.columns.childElementCount > MAX_COLUMNS) {
      this.columns.firstElementChild.remove();
      this.times.shift();
      this.dropped += 1;
    }
    this.hidden.textContent = this.dropped ? `${this.dropped} ${t("hiddenBatches")}` : "";
    this.drawBrackets();
    // Follow the newest batch (reading scrollWidth lays out; off-screen columns are cheap).
    const scroll = this.root.querySelector("[data-scroll]");
    scroll.scrollTo({ left: scroll.scrollWidth });
  }

  column(e) {
    const col = document.createElement("article");
    col.className = "batch";
    col.dataset.time = String(e.timeMs);
    const head = document.createElement("button");
    head.type = "button";
    head.className = "batch-time";
    head.textContent = `${t("batch")} ${e.batch}: ${e.time}`;
    head.addEventListener("click", () => this.onSelect({ kind: "batch", timeMs: e.timeMs }));
    col.append(head);
    const keys = this.order(e.streams);
    for (const key of keys) col.append(rddBox(key, e.streams[key], this.graph));
    if (!keys.length) {
      const p = document.createElement("p");
      p.className = "hint";
      p.textContent = t("noRdd");
      col.append(p);
    }
    return col;
  }

  /** Stream keys in graph order (sources first), the rest as they come. */
  order(streams) {
    const keys = Object.keys(streams);
    const ids = this.graph?.nodes?.map((n) => n.id) ?? [];
    return [...ids.filter((k) => keys.includes(k)), ...keys.filter((k) => !ids.includes(k))];
  }

  /** Brackets for every windowed node, one row per overlapping window. */
  drawBrackets() {
    this.brackets.replaceChildren();
    const windowed = (this.graph?.nodes ?? []).filter((n) => n.windowSeconds);
    let row = 0;
    for (const node of windowed) {
      const span = Math.round((node.windowSeconds * 1000) / this.batchMs);
      const every = Math.round(((node.slideSeconds ?? node.windowSeconds) * 1000) / this.batchMs) || 1;
      const rows = Math.max(1, Math.ceil(span / every));
      let k = 0;
      this.times.forEach((time, i) => {
        const index = Math.round((time - this.zeroMs) / this.batchMs);
        if (index % every !== 0) return;
        const from = Math.max(0, i - span + 1);
        this.brackets.append(bracket(node, from, i, row + (k++ % rows), from > i - span + 1));
      });
      row += rows;
    }
    this.brackets.style.setProperty("--rows", String(row));
  }
}

function bracket(node, from, to, row, clipped) {
  const el = document.createElement("div");
  el.className = clipped ? "bracket clipped" : "bracket";
  el.style.setProperty("--from", String(from));
  el.style.setProperty("--span", String(to - from + 1));
  el.style.setProperty("--row", String(row));
  el.textContent = `${node.name ?? node.op} ${t("window")} ${node.windowSeconds}s / ${node.slideSeconds ?? node.windowSeconds}s`;
  return el;
}

function rddBox(key, partitions, graph) {
  const box = document.createElement("section");
  box.className = "rdd";
  const label = document.createElement("h4");
  label.textContent = streamLabel(key, graph);
  box.append(label);
  const parts = document.createElement("div");
  parts.className = "partitions";
  partitions.forEach((p, i) => parts.append(partitionBox(p, i)));
  box.append(parts);
  return box;
}

function partitionBox(p, i) {
  const ol = document.createElement("ol");
  ol.className = "partition";
  ol.setAttribute("aria-label", `${t("partition")} ${i}: ${p.total} ${t("records")}`);
  ol.title = `${t("partition")} ${i}`;
  const shown = p.records.slice(0, RECORDS_DRAWN);
  for (const r of shown) {
    const li = document.createElement("li");
    li.textContent = r;
    ol.append(li);
  }
  if (p.total > shown.length) {
    const li = document.createElement("li");
    li.className = "more";
    li.textContent = `+${p.total - shown.length} ${t("more")}`;
    ol.append(li);
  }
  return ol;
}
