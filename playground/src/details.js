// The details panel: what a clicked graph node or batch holds, as text.
import { t } from "./i18n.js";
import { streamLabel } from "./records.js";

export function showDetails(root, selection, { graph, events }) {
  const lines = selection.kind === "node" ? nodeLines(selection.id, graph, events) : batchLines(selection.timeMs, graph, events);
  const pre = document.createElement("pre");
  pre.textContent = lines.join("\n");
  root.replaceChildren(pre);
}

function nodeLines(id, graph, events) {
  const n = graph?.nodes?.find((x) => x.id === id);
  if (!n) return [id];
  const lines = [`${n.op}${n.name ? ` → ${n.name}` : ""} (${n.id})`];
  if (n.line) lines.push(`${t("line")} ${n.line}`);
  if (n.parents.length) lines.push(`${t("parents")}: ${n.parents.map((p) => streamLabel(p, graph)).join(", ")}`);
  if (n.windowSeconds) lines.push(`${t("window")}: ${n.windowSeconds}s, ${t("slide")}: ${n.slideSeconds ?? n.windowSeconds}s`);
  if (n.stateful) lines.push(t("stateful"));
  if (n.output) lines.push(t("output"));
  const last = [...events].reverse().find((e) => e.streams[id]);
  if (last) lines.push("", `${last.time}:`, ...partitionLines(last.streams[id]));
  return lines;
}

function batchLines(timeMs, graph, events) {
  const e = events.find((x) => x.timeMs === timeMs);
  if (!e) return [String(timeMs)];
  const m = e.metrics ?? {};
  const lines = [`${t("batch")} ${e.batch}: ${e.time}`, `${t("inputRate")}: ${m.recordsIn ?? 0}`, `${t("processing")}: ${(m.processingMs ?? 0).toFixed(1)}`, `${t("delay")}: ${m.schedulingDelayMs ?? 0}`];
  for (const [key, parts] of Object.entries(e.streams)) lines.push("", `${streamLabel(key, graph)}:`, ...partitionLines(parts));
  if (e.stdout) lines.push("", e.stdout);
  return lines;
}

function partitionLines(parts) {
  return parts.map((p, i) => `  ${t("partition")} ${i} (${p.total}): ${p.records.join(", ")}${p.total > p.records.length ? ", …" : ""}`);
}
