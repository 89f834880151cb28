// A program's leading `# key: value` comments (the course cases' `# batches: 3`).

export function headerValue(source, key) {
  const m = new RegExp(`^#\\s*${key}:\\s*(\\S+)`, "m").exec(source);
  return m ? m[1] : null;
}
