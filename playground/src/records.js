// Batch events trimmed for the page: the views draw only the first records of each
// partition, so the page keeps only those (and the counts), bounding its memory.

export const RECORDS_KEPT = 12;

/**
 * A copy of a batch event whose partitions hold at most RECORDS_KEPT records each, with
 * their sizes (from `streamSizes` when the playground's worker trimmed them already).
 */
export function compactEvent(e) {
  const streams = {};
  for (const [key, parts] of Object.entries(e.streams ?? {})) {
    const sizes = e.streamSizes?.[key];
    streams[key] = parts.map((p, i) => ({ total: sizes?.[i] ?? p.length, records: p.length > RECORDS_KEPT ? p.slice(0, RECORDS_KEPT) : p }));
  }
  return { ...e, streams, state: normaliseState(e.state) };
}

/** State snapshots as the contract's {node, op, entries}; the older {stream, operator, partitions} too. */
export function normaliseState(state) {
  return (state ?? []).map((s) =>
    s.entries ? s : { node: `n${s.stream}`, op: s.operator, entries: (s.partitions ?? []).flat().map(pairOf) },
  );
}

/** A (key, value) pair from its repr "(k, v)": split at the top-level comma. */
export function pairOf(repr) {
  if (!repr.startsWith("(") || !repr.endsWith(")")) return [repr, ""];
  const inner = repr.slice(1, -1);
  let depth = 0;
  let quote = null;
  for (let i = 0; i < inner.length; i++) {
    const c = inner[i];
    if (quote) {
      if (c === "\\") i++;
      else if (c === quote) quote = null;
    } else if (c === "'" || c === '"') quote = c;
    else if ("([{".includes(c)) depth++;
    else if (")]}".includes(c)) depth--;
    else if (c === "," && depth === 0) return [inner.slice(0, i), inner.slice(i + 1).trim()];
  }
  return [repr, ""];
}

/** "name · op" for a stream key (a graph node id, or a variable name). */
export function streamLabel(key, graph) {
  const node = graph?.nodes?.find((n) => n.id === key);
  if (!node) return key;
  return node.name ? `${node.name} · ${node.op}` : `${node.id} · ${node.op}`;
}
