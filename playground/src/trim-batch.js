// Batch events trimmed in the worker (see worker.js): each partition's first records and
// every partition's size.

const RECORDS_SENT = 12;

// The Structured Streaming view lists at most this many rows of a micro-batch.
const ROWS_SENT = 200;

/** A micro-batch record with at most ROWS_SENT rows (and `rows_total` when it had more). */
function trimRecord(r) {
  return r.rows.length > ROWS_SENT ? { ...r, rows: r.rows.slice(0, ROWS_SENT), rows_total: r.rows.length } : r;
}

/**
 * A batch event whose partitions hold at most RECORDS_SENT records, with `streamSizes`,
 * and whose micro-batches hold at most ROWS_SENT rows.
 */
export function trimBatch(data) {
  if (data?.queries) {
    const queries = Object.fromEntries(Object.entries(data.queries).map(([k, list]) => [k, list.map(trimRecord)]));
    data = { ...data, queries };
  }
  if (!data?.streams) return data;
  const streams = {};
  const streamSizes = {};
  for (const [key, parts] of Object.entries(data.streams)) {
    streams[key] = parts.map((p) => (p.length > RECORDS_SENT ? p.slice(0, RECORDS_SENT) : p));
    streamSizes[key] = parts.map((p) => p.length);
  }
  return { ...data, streams, streamSizes };
}
