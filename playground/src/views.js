// The views a run feeds: the Console, the timeline, the graph, the state tables, the
// chart, the details panel and the error box. Implements the runner's sink.
import { ConsoleView } from "./console-view.js";
import { Timeline } from "./timeline.js";
import { GraphView } from "./graph-view.js";
import { StateView } from "./state-view.js";
import { Chart } from "./chart.js";
import { showDetails } from "./details.js";
import { compactEvent } from "./records.js";
import { t } from "./i18n.js";

const EVENTS_KEPT = 60;
const FRAME_FALLBACK_MS = 100;

export class Views {
  constructor(doc, editor) {
    this.editor = editor;
    this.console = new ConsoleView(doc.getElementById("console"));
    this.timeline = new Timeline(doc.getElementById("timeline"), (s) => this.select(s));
    this.graphView = new GraphView(doc.getElementById("graph"), (s) => this.select(s));
    this.stateView = new StateView(doc.getElementById("state"));
    this.chart = new Chart(doc.getElementById("chart"));
    this.details = doc.getElementById("details");
    this.diagnostic = doc.getElementById("diagnostic");
    this.events = [];
    this.graph = null;
    this.pending = [];
    this.pendingText = [];
    this.scheduled = false;
    // Structured Streaming's view: its code loads with the first program that starts a query.
    this.queriesRoot = doc.getElementById("queries");
    this.queries = null;
    this.queriesLoading = null;
    this.pendingQueries = [];
  }

  /** Loads the Structured Streaming view (once) and hands it what came meanwhile. */
  loadQueries(info) {
    this.queriesLoading ??= import("./ss-view.js").then((m) => new m.QueriesView(this.queriesRoot));
    this.queriesLoading.then((view) => {
      if (this.queriesInfo !== info) return; // a newer run reset the view
      if (this.queries !== view) {
        this.queries = view;
        view.reset(info);
        view.draw();
      }
      this.schedule();
    });
  }

  reset(info) {
    this.pending = [];
    this.pendingText = [];
    this.events = [];
    this.graph = info?.graph ?? null;
    this.console.clear();
    this.console.append(info?.stdout ?? "");
    this.timeline.reset(this.graph, info);
    this.graphView.reset(this.graph);
    this.stateView.reset(this.graph);
    this.chart.reset();
    this.editor.clearDiagnostics();
    this.diagnostic.hidden = true;
    this.diagnostic.replaceChildren();
    this.resetQueries(info);
  }

  resetQueries(info) {
    this.queriesInfo = info;
    this.pendingQueries = [];
    this.queriesRoot.hidden = true;
    const has = info?.queryPlans?.length > 0 || Object.keys(info?.queries ?? {}).length > 0;
    // A program of queries alone has no DStreams to draw: their views step aside.
    document.body.dataset.dstreams = has && !info?.graph?.nodes?.length ? "none" : "some";
    if (this.queries) {
      this.queries.reset(info);
      if (has) this.queries.draw();
    } else if (has) this.loadQueries(info);
  }

  /**
   * A batch: kept now, drawn at the next frame. A logical-clock run makes hundreds of
   * batches a second; drawing each would starve the page, so a frame draws what came
   * since the last one (the timeline only the newest columns it keeps).
   */
  batch(e) {
    const ce = compactEvent(e);
    this.events.push(ce);
    if (this.events.length > EVENTS_KEPT) this.events.shift();
    this.pending.push(ce);
    if (this.pending.length > EVENTS_KEPT) this.timeline.skip(this.pending.shift());
    if (e.stdout) this.pendingText.push(e.stdout);
    // A failed output job: shown as an error while the stream goes on, as Spark's does.
    if (e.jobErrors?.length) this.error({ diagnostic: e.jobErrors[0] }, t("jobFailed"));
    if (e.queries && Object.keys(e.queries).length) {
      this.pendingQueries.push(e.queries);
      if (!this.queries) this.loadQueries(this.queriesInfo);
    }
    this.chart.push(e.metrics);
    this.schedule();
  }

  schedule() {
    if (this.scheduled) return;
    this.scheduled = true;
    const run = () => this.scheduled && this.flush();
    requestAnimationFrame(run);
    setTimeout(run, FRAME_FALLBACK_MS); // no frames in a background tab
  }

  /** Draws the batches that came since the last frame. */
  flush() {
    this.scheduled = false;
    if (this.pendingText.length) this.console.append(this.pendingText.splice(0).join(""));
    if (this.queries && this.pendingQueries.length) {
      for (const q of this.pendingQueries.splice(0)) this.queries.add(q);
      this.queries.draw();
    }
    const batches = this.pending.splice(0);
    if (!batches.length) return;
    this.timeline.addMany(batches);
    this.chart.draw();
    const last = this.events.at(-1);
    this.stateView.show(last.state, this.events.at(-2)?.state ?? null, last.time);
  }

  /** An error as data: the engine's diagnostic underlined in the editor, and said in words. */
  error(err, heading = t("error")) {
    this.flush();
    const d = err?.diagnostic ?? err?.output?.diagnostic ?? null;
    const lines = [];
    if (d) {
      lines.push(`${d.excType}: ${d.message}`);
      const where = [d.line && `${t("line")} ${d.line}`, d.column && `${t("column")} ${d.column}`, d.batchTime && `${t("batch").toLowerCase()} ${d.batchTime}`].filter(Boolean);
      if (where.length) lines.push(where.join(", "));
      this.editor.showDiagnostic(d);
    } else {
      lines.push(String(err?.message ?? err));
    }
    const title = document.createElement("strong");
    title.textContent = heading;
    const pre = document.createElement("pre");
    pre.textContent = lines.join("\n");
    this.diagnostic.replaceChildren(title, pre);
    if (d?.traceback) {
      const more = document.createElement("details");
      const summary = document.createElement("summary");
      summary.textContent = "Traceback";
      const tb = document.createElement("pre");
      tb.textContent = d.traceback;
      more.append(summary, tb);
      this.diagnostic.append(more);
    }
    this.diagnostic.hidden = false;
  }

  end() {
    this.flush();
  }

  select(selection) {
    showDetails(this.details, selection, { graph: this.graph, events: this.events });
    if (selection.kind === "batch") {
      const i = this.events.findIndex((e) => e.timeMs === selection.timeMs);
      if (i >= 0) this.stateView.show(this.events[i].state, this.events[i - 1]?.state ?? null, this.events[i].time);
    }
  }
}
