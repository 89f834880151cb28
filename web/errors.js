// Errors of the engine, rebuilt on the main thread from the data the worker sends.

/** An error of Runnel. `message` is the text the CLI prints for the same problem. */
export class RunnelError extends Error {
  constructor(message, { name = "RunnelError", output, cause, diagnostic } = {}) {
    super(message, cause ? { cause } : undefined);
    this.name = name;
    if (output !== undefined) this.output = output;
    // The problem as data (type, message, line/column, batch time): the engine's, or a
    // plain one for errors of the package itself (a crash, an abort, bad options).
    this.diagnostic = diagnostic ?? output?.diagnostic ?? plainDiagnostic(name, message);
  }
}

/** A diagnostic for an error that carries none: its type and message only. */
function plainDiagnostic(name, message) {
  return { severity: "error", excType: name, message: String(message) };
}

/** A RunnelError from `{name, message, stack, diagnostic}` data. */
export function fromData(data) {
  const e = new RunnelError(data?.message ?? "unknown error", { name: data?.name ?? "RunnelError", diagnostic: data?.diagnostic });
  if (data?.stack) e.workerStack = data.stack;
  return e;
}
