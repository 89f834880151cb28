// Batch events trimmed in the worker (see worker.js): each partition's first records and
// every partition's size.

const RECORDS_SENT = 12;

/** A batch event whose partitions hold at most RECORDS_SENT records, with `streamSizes`. */
export function trimBatch(data) {
  if (!data?.streams) return data;
  const streams = {};
  const streamSizes = {};
  for (const [key, parts] of Object.entries(data.streams)) {
    streams[key] = parts.map((p) => (p.length > RECORDS_SENT ? p.slice(0, RECORDS_SENT) : p));
    streamSizes[key] = parts.map((p) => p.length);
  }
  return { ...data, streams, streamSizes };
}
