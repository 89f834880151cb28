// The state of every stateful operator (updateStateByKey, the windowed reductions) after
// a batch, as a table per operator; values that changed since the batch before are marked.
import { t } from "./i18n.js";
import { streamLabel } from "./records.js";

const MAX_ROWS = 200;

export class StateView {
  constructor(root) {
    this.root = root;
    this.graph = null;
  }

  reset(graph) {
    this.graph = graph;
    this.root.replaceChildren();
  }

  /** Shows `state` (after a batch) against `previous` (the batch before, or null). */
  show(state, previous, time) {
    this.root.replaceChildren();
    if (!state?.length) {
      const p = document.createElement("p");
      p.textContent = t("noState");
      this.root.append(p);
      return;
    }
    for (const s of state) this.root.append(this.table(s, previous?.find((o) => o.node === s.node), time));
  }

  table(s, before, time) {
    const old = new Map(before?.entries ?? []);
    const table = document.createElement("table");
    const caption = document.createElement("caption");
    const label = streamLabel(s.node, this.graph);
    caption.textContent = `${label.includes(s.op) ? label : `${label} (${s.op})`}${time ? ` · ${time}` : ""}`;
    const head = document.createElement("tr");
    for (const h of [t("key"), t("value")]) {
      const th = document.createElement("th");
      th.scope = "col";
      th.textContent = h;
      head.append(th);
    }
    const thead = document.createElement("thead");
    thead.append(head);
    const body = document.createElement("tbody");
    for (const [k, v] of s.entries.slice(0, MAX_ROWS)) {
      const tr = document.createElement("tr");
      if (old.get(k) !== v) tr.className = "changed";
      for (const text of [k, v]) {
        const td = document.createElement("td");
        td.textContent = text;
        tr.append(td);
      }
      body.append(tr);
    }
    table.append(caption, thead, body);
    return table;
  }
}
