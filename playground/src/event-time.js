// The event-time view of one micro-batch: an axis of event time; the windows (tumbling,
// sliding, session) the batch's rows and state hold, as bands with their other columns
// (the key, the count); the watermark the batch ran with as a line and the next one
// dashed; the batch's input events as ticks; rows dropped as late as crosses on their
// window. Bands the sink got this batch are marked, and windows that left the state
// (evicted once the watermark passed their end) have a dashed outline.
import { t } from "./i18n.js";

const SVG = "http://www.w3.org/2000/svg";
const W = 640;
const LANE = 20;
const TOP = 36;
const PAD = 12;
const TIME = String.raw`(\d{4}-\d\d-\d\d \d\d:\d\d:\d\d(?:\.\d+)?)`;
const WINDOW = new RegExp(String.raw`^\{${TIME}, ${TIME}\}$`);
const STAMP = new RegExp(String.raw`^${TIME}$`);

/** ms since the epoch of a timestamp as show() prints it (UTC). */
export function parseTime(text) {
  const [date, time] = text.split(" ");
  const [y, mo, d] = date.split("-").map(Number);
  const [h, mi, s] = time.split(":").map(Number);
  return Date.UTC(y, mo - 1, d, h, mi, 0) + Math.round(s * 1000);
}

/** The windows of `rows`: {start, end, label, key} for each row with a `{start, end}` cell. */
export function windowsOf(rows) {
  const out = [];
  for (const row of rows ?? []) {
    const i = row.findIndex((c) => WINDOW.test(c));
    if (i < 0) continue;
    const [, a, b] = WINDOW.exec(row[i]);
    const rest = row.filter((_, j) => j !== i);
    out.push({ start: parseTime(a), end: parseTime(b), label: rest.join(" · "), key: row.join("\u0000") });
  }
  return out;
}

/**
 * The bands of a batch: output rows, state, and the windows that left the state since
 * `previous` because the watermark the batch ran with passed their end (evicted).
 */
export function bandsOf(record, previous) {
  const bands = new Map();
  const put = (w, kind) => bands.has(`${w.start}|${w.end}|${w.label}`) || bands.set(`${w.start}|${w.end}|${w.label}`, { ...w, kind });
  for (const w of windowsOf(record.rows)) put(w, "out");
  const state = windowsOf(record.state);
  for (const w of state) put(w, "state");
  const held = new Set(state.map((w) => `${w.start}|${w.end}`));
  const wm = record.watermark_ms;
  for (const w of windowsOf(previous?.state)) {
    if (wm != null && w.end <= wm && !held.has(`${w.start}|${w.end}`)) put(w, "evicted");
  }
  return [...bands.values()];
}

/** Late rows' event-time keys as points or windows, with how many rows fell on each. */
function lateMarks(late) {
  const marks = new Map();
  for (const k of late ?? []) {
    const w = WINDOW.exec(k);
    const s = STAMP.exec(k);
    const [start, end] = w ? [parseTime(w[1]), parseTime(w[2])] : s ? [parseTime(s[1]), parseTime(s[1])] : [];
    if (start === undefined) continue;
    const m = marks.get(k) ?? marks.set(k, { start, end, rows: 0 }).get(k);
    m.rows += 1;
  }
  return [...marks.values()];
}

/** Lanes for overlapping bands (sliding and session windows): the first that is free. */
function lanes(bands) {
  const ends = [];
  for (const b of [...bands].sort((x, y) => x.start - y.start || x.end - y.end)) {
    let lane = ends.findIndex((e) => e <= b.start);
    if (lane < 0) lane = ends.push(0) - 1;
    ends[lane] = b.end;
    b.lane = lane;
  }
  return ends.length;
}

function el(name, attrs, text) {
  const e = document.createElementNS(SVG, name);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, String(v));
  if (text !== undefined) e.textContent = text;
  return e;
}

/** The view of `record` (a BatchRecord) after `previous` (or null), as a <figure>. */
export function eventTimeView(record, previous) {
  const figure = document.createElement("figure");
  figure.className = "event-time";
  const bands = bandsOf(record, previous);
  const late = lateMarks(record.late);
  const events = record.event_times_ms ?? [];
  const wm = [record.watermark_ms, record.next_watermark_ms].filter((w) => w != null && w > 0);
  const times = [...bands.flatMap((b) => [b.start, b.end]), ...late.flatMap((l) => [l.start, l.end]), ...events, ...wm];
  const caption = document.createElement("figcaption");
  if (!times.length) {
    caption.textContent = t("ssNoEventTime");
    figure.append(caption);
    return figure;
  }
  let lo = Math.min(...times);
  let hi = Math.max(...times);
  if (hi === lo) (lo -= 1000), (hi += 1000);
  const x = (ms) => PAD + ((ms - lo) / (hi - lo)) * (W - 2 * PAD);
  const nLanes = Math.max(1, lanes(bands));
  const bandsBottom = TOP + nLanes * LANE;
  const eventsY = bandsBottom + 10;
  const lateY = eventsY + 16;
  const axisY = lateY + 14;
  const H = axisY + 22;
  const svg = el("svg", { viewBox: `0 0 ${W} ${H}`, role: "img", class: "event-time-svg" });
  for (const b of bands) {
    const y = TOP + b.lane * LANE;
    const g = el("g", { class: `band band-${b.kind}` });
    const width = Math.max(2, x(b.end) - x(b.start) - 1);
    g.append(el("rect", { x: x(b.start), y, width, height: LANE - 4, rx: 3 }));
    g.append(el("title", {}, `[${timeText(b.start)}, ${timeText(b.end)}) ${b.label} (${t(`ssBand_${b.kind}`)})`));
    if (width > 18) g.append(el("text", { x: x(b.start) + 3, y: y + LANE - 8 }, b.label));
    svg.append(g);
  }
  for (const e of events) svg.append(el("line", { class: "event", x1: x(e), x2: x(e), y1: eventsY - 5, y2: eventsY + 5 }));
  for (const l of late) {
    const cx = (x(l.start) + x(l.end)) / 2;
    const g = el("g", { class: "late" });
    g.append(el("path", { d: `M${cx - 4} ${lateY - 4}L${cx + 4} ${lateY + 4}M${cx + 4} ${lateY - 4}L${cx - 4} ${lateY + 4}` }));
    g.append(el("text", { class: "late-count", x: cx + 7, y: lateY + 4 }, `${l.rows} ${t("ssLate")}`));
    svg.append(g);
  }
  svg.append(el("line", { class: "axis", x1: PAD, x2: W - PAD, y1: axisY, y2: axisY }));
  for (const ms of [lo, (lo + hi) / 2, hi]) {
    const anchor = ms === lo ? "start" : ms === hi ? "end" : "middle";
    svg.append(el("text", { class: "tick", x: x(ms), y: axisY + 14, "text-anchor": anchor }, timeText(Math.round(ms)).slice(11)));
  }
  // The watermark's label above the bands, the next one's on the row above it.
  const drawWatermark = (ms, cls, label, row) => {
    svg.append(el("line", { class: cls, x1: x(ms), x2: x(ms), y1: TOP - 26 + row * 12, y2: axisY }));
    const anchor = x(ms) > W * 0.6 ? "end" : "start";
    svg.append(el("text", { class: `${cls}-label`, x: x(ms) + (anchor === "end" ? -3 : 3), y: TOP - 18 + row * 12, "text-anchor": anchor }, label));
  };
  if (record.watermark_ms > 0) drawWatermark(record.watermark_ms, "watermark", `${t("ssWatermark")} ${timeText(record.watermark_ms).slice(11)}`, 1);
  if (record.next_watermark_ms > 0 && record.next_watermark_ms !== record.watermark_ms) {
    drawWatermark(record.next_watermark_ms, "watermark-next", `${t("ssNext")} ${timeText(record.next_watermark_ms).slice(11)}`, 0);
  }
  const said = [
    `${bands.length} ${t("ssWindows")}`,
    `${events.length} ${t("ssEvents")}`,
    late.length ? `${late.reduce((n, l) => n + l.rows, 0)} ${t("ssLate")}` : null,
    record.watermark_ms != null ? `${t("ssWatermark")} ${timeText(record.watermark_ms)}` : null,
  ].filter(Boolean).join(", ");
  svg.setAttribute("aria-label", `${t("ssEventTime")}: ${said}`);
  caption.textContent = `${t("ssEventTime")} · ${t("ssLegend")}`;
  figure.append(svg, caption);
  return figure;
}

/** An epoch-ms time as Spark shows timestamps (UTC: the page runs with offset 0). */
export function timeText(ms) {
  return new Date(ms).toISOString().replace("T", " ").replace(/\.000Z$/, "").replace("Z", "");
}
