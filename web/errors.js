// Errors of the engine, rebuilt on the main thread from the data the worker sends.

/** An error of Runnel. `message` is the text the CLI prints for the same problem. */
export class RunnelError extends Error {
  constructor(message, { name = "RunnelError", output, cause } = {}) {
    super(message, cause ? { cause } : undefined);
    this.name = name;
    if (output !== undefined) this.output = output;
  }
}

/** A RunnelError from `{name, message, stack}` data. */
export function fromData(data) {
  const e = new RunnelError(data?.message ?? "unknown error", { name: data?.name ?? "RunnelError" });
  if (data?.stack) e.workerStack = data.stack;
  return e;
}
