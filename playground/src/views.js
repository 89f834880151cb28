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
  }

  reset(info) {
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
  }

  batch(e) {
    const ce = compactEvent(e);
    const previous = this.events.at(-1);
    this.events.push(ce);
    if (this.events.length > EVENTS_KEPT) this.events.shift();
    this.console.append(e.stdout);
    this.timeline.add(ce);
    this.chart.add(e.metrics);
    this.stateView.show(ce.state, previous?.state ?? null, e.time);
  }

  /** An error as data: the engine's diagnostic underlined in the editor, and said in words. */
  error(err) {
    const d = err?.diagnostic ?? err?.output?.diagnostic ?? null;
    const lines = [];
    if (d) {
      lines.push(`${d.excType}: ${d.message}`);
      const where = [d.line && `line ${d.line}`, d.column && `column ${d.column}`, d.batchTime && `batch ${d.batchTime}`].filter(Boolean);
      if (where.length) lines.push(where.join(", "));
      this.editor.showDiagnostic(d);
    } else {
      lines.push(String(err?.message ?? err));
    }
    const title = document.createElement("strong");
    title.textContent = t("error");
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

  end() {}

  select(selection) {
    showDetails(this.details, selection, { graph: this.graph, events: this.events });
    if (selection.kind === "batch") {
      const i = this.events.findIndex((e) => e.timeMs === selection.timeMs);
      if (i >= 0) this.stateView.show(this.events[i].state, this.events[i - 1]?.state ?? null, this.events[i].time);
    }
  }
}
