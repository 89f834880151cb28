// One run of the program at a time: starts the engine's live session with the page's
// settings, routes its events to the views, and keeps <body data-run-state> true:
// loading → idle → running ⇄ paused → finished | error.
import { ownWorkers } from "./engine.js";
import { fileStreamDirs, readsStreams, socketKeys, textFilePaths } from "./program-info.js";

export class Runner {
  /**
   * getProgram(): the source; getSettings(): {clock, batchSeconds, batches, socketUrl};
   * getInputs(): {files: [{name, text}], lines: [text]} given at start;
   * sink: {reset(info, options), batch(e), error(data), end(reason)}; onState(state);
   * watch: record the streams' records for the timeline (the embeds need only the output);
   * engine: where sessions start (engine.js: a worker each, or one shared worker).
   */
  constructor({ getProgram, getSettings, getInputs, sink, onState, watch = true, engine = ownWorkers() }) {
    Object.assign(this, { getProgram, getSettings, getInputs, sink, onState, watch, engine });
    this.session = null;
    this.generation = 0;
    this.state = "loading";
    this.sockets = [];
  }

  setState(state) {
    this.state = state;
    this.onState(state);
  }

  get active() {
    return this.session !== null && (this.state === "running" || this.state === "paused");
  }

  /** The session's options from the page's settings and the program's sources. */
  options(source, paused) {
    const s = this.getSettings();
    this.sockets = socketKeys(source);
    const target = s.socketUrl || "push";
    const inputs = this.getInputs();
    const files = {};
    const paths = textFilePaths(source);
    // Structured Streaming file sources list their directory: files named `dir/name`.
    const streams = readsStreams(source);
    for (const f of inputs.files) if (paths.includes(f.name) || (streams && f.name.includes("/"))) files[f.name] = f.text;
    const options = {
      clock: s.clock,
      batchSeconds: s.batchSeconds,
      paused,
      sockets: Object.fromEntries(this.sockets.map((k) => [k, target])),
      files,
      filename: "program.py",
    };
    if (s.batches) options.batches = s.batches;
    // The timeline draws every stream of the graph, keyed by node id.
    if (this.watch) options.recordAll = true;
    return options;
  }

  /** Starts a session (paused for Step); events of older sessions are ignored. */
  async start(paused) {
    await this.stopSession();
    const gen = ++this.generation;
    const source = this.getProgram();
    const options = this.options(source, paused);
    this.setState("running");
    let session;
    try {
      session = await this.engine.startSession(source, options);
    } catch (e) {
      if (gen !== this.generation) return null;
      this.sink.reset(null, options);
      this.sink.error(e);
      this.setState("error");
      return null;
    }
    if (gen !== this.generation) {
      session.stop();
      return null;
    }
    this.session = session;
    this.sink.reset(session.info, options);
    session.on("batch", (e) => gen === this.generation && this.sink.batch(e));
    session.on("error", (e) => gen === this.generation && this.sink.error(e));
    session.on("end", ({ reason }) => gen === this.generation && this.ended(reason));
    await this.feedStartInputs(source);
    if (!session.ended) this.setState(paused ? "paused" : "running");
    return session;
  }

  /** Lines typed and files added before Run reach the first batch. */
  async feedStartInputs(source) {
    const inputs = this.getInputs();
    const dirs = fileStreamDirs(source);
    if (inputs.lines.length && this.sockets.length) await this.push(inputs.lines.join("\n"));
    for (const f of inputs.files) if (dirs.length) await this.push(f.text, dirs.includes(f.name) ? f.name : dirs[0]);
  }

  ended(reason) {
    this.session = null;
    this.sink.end(reason);
    this.setState(reason === "error" || reason === "crash" ? "error" : "finished");
  }

  /**
   * A control request to the session. One that ends the session (the last batch of a
   * Step) has its reply cut off by the end: that is no error; anything else is shown.
   */
  async control(session, op) {
    try {
      await session[op]();
      return true;
    } catch (e) {
      if (!session.ended) this.sink.error(e);
      return false;
    }
  }

  async run() {
    if (this.state === "paused" && this.session) {
      if (await this.control(this.session, "resume")) this.setState("running");
      return;
    }
    await this.start(false);
  }

  async pause() {
    if (this.state !== "running" || !this.session) return;
    if (await this.control(this.session, "pause")) this.setState("paused");
  }

  /** One batch: starts a paused session when none runs. */
  async step() {
    if (!this.active) {
      const s = await this.start(true);
      if (!s || s.ended) return;
    } else if (this.state === "running") {
      await this.pause();
    }
    if (this.session) await this.control(this.session, "step");
  }

  async stop() {
    if (!this.session) return;
    await this.stopSession();
  }

  async stopSession() {
    const s = this.session;
    this.session = null;
    if (s && !s.ended) await s.stop();
  }

  /** A file `dir/name` for the running program's Structured Streaming file sources. */
  async addFile(name, text) {
    if (!this.session || this.session.ended) return null;
    return this.session.addFile(name, text).catch((e) => this.sink.error(e));
  }

  /** Text for a socket ("host:port") or a textFileStream directory; the first socket by default. */
  async push(text, key) {
    if (!this.session || this.session.ended) return null;
    const target = key ?? this.sockets[0];
    if (target === undefined) return null;
    return this.session.push(text, target).catch((e) => this.sink.error(e));
  }
}
