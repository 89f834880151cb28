// Structured Streaming's queries, micro-batch by micro-batch (loaded only for programs
// that start one): each query's plan, a picker of its micro-batches, and for the picked
// one (the newest by default) the event-time view, the rows the sink got (as show()
// lists them) and the state after it. Everything is set as text, never as HTML.
import { t } from "./i18n.js";
import { eventTimeView, timeText } from "./event-time.js";

/** Micro-batches kept per query (the picker lists them). */
const KEPT = 100;
const MAX_ROWS = 200;

export class QueriesView {
  constructor(root) {
    this.root = root;
    this.body = root.querySelector("[data-queries]");
    this.plans = new Map();
    this.batches = new Map();
    this.picked = new Map();
  }

  /** A new run: `info` is the session's start (queryPlans, queries the module code ran). */
  reset(info) {
    this.plans = new Map((info?.queryPlans ?? []).map((p) => [p.name, p]));
    this.batches = new Map();
    this.picked = new Map();
    this.add(info?.queries);
  }

  /** A batch event's micro-batches, by query name. */
  add(queries) {
    for (const [name, records] of Object.entries(queries ?? {})) {
      if (!records.length) continue;
      const list = this.batches.get(name) ?? [];
      list.push(...records);
      if (list.length > KEPT) list.splice(0, list.length - KEPT);
      this.batches.set(name, list);
    }
  }

  draw() {
    const names = [...new Set([...this.plans.keys(), ...this.batches.keys()])];
    this.root.hidden = names.length === 0;
    this.body.replaceChildren(...names.map((n) => this.query(n)));
  }

  query(name) {
    const article = document.createElement("article");
    article.className = "query";
    article.dataset.query = name;
    const plan = this.plans.get(name);
    const h = document.createElement("h3");
    h.textContent = plan ? `${name} · ${plan.mode} · ${plan.sink}` : name;
    article.append(h);
    if (plan) article.append(planList(plan));
    const list = this.batches.get(name) ?? [];
    if (!list.length) {
      article.append(para(t("ssNoBatch")));
      return article;
    }
    const picked = this.picked.get(name);
    const index = picked === undefined ? list.length - 1 : Math.max(0, list.findIndex((r) => r.batch_id === picked));
    article.append(this.picker(name, list, index));
    const record = list[index];
    article.append(summary(record), eventTimeView(record, list[index - 1] ?? null));
    article.append(table(`${t("ssRows")} · Batch: ${record.batch_id}`, record.columns, record.rows, "rows"));
    article.append(table(t("ssState"), stateColumns(record), record.state, "state"));
    return article;
  }

  picker(name, list, index) {
    const group = document.createElement("div");
    group.className = "ss-picker";
    group.setAttribute("role", "group");
    group.setAttribute("aria-label", `${t("ssBatches")} ${name}`);
    for (const [i, r] of list.entries()) {
      const b = document.createElement("button");
      b.type = "button";
      b.textContent = String(r.batch_id);
      b.setAttribute("aria-pressed", String(i === index));
      b.title = `Batch: ${r.batch_id}`;
      b.addEventListener("click", () => {
        this.picked.set(name, i === list.length - 1 ? undefined : r.batch_id);
        this.draw();
        this.body.querySelector(`[data-query="${CSS.escape(name)}"] .ss-picker [aria-pressed="true"]`)?.focus();
      });
      group.append(b);
    }
    return group;
  }
}

function planList(plan) {
  const details = document.createElement("details");
  details.className = "ss-plan";
  details.open = true;
  const s = document.createElement("summary");
  s.textContent = `${t("ssPlan")} (trigger: ${plan.trigger})`;
  const ol = document.createElement("ol");
  for (const line of plan.plan) {
    const li = document.createElement("li");
    li.style.paddingLeft = `${line.depth * 1.2}rem`;
    const op = document.createElement("strong");
    op.textContent = `${line.depth ? "└ " : ""}${line.op}`;
    li.append(op, line.detail ? ` ${line.detail}` : "");
    ol.append(li);
  }
  details.append(s, ol);
  return details;
}

function summary(r) {
  const parts = [`Batch: ${r.batch_id}`, `${r.input_rows} ${t("ssInputRows")}`, `${r.rows_total ?? r.rows.length} ${t("ssOutputRows")}`];
  if (r.watermark_ms != null) parts.push(`${t("ssWatermark")} ${timeText(r.watermark_ms)} → ${timeText(r.next_watermark_ms ?? r.watermark_ms)}`);
  if (r.late?.length) parts.push(`${r.late.length} ${t("ssLate")}`);
  const p = para(parts.join(" · "));
  p.className = "ss-summary";
  return p;
}

/** The state's columns: the query's when they line up (keys then aggregates), else numbers. */
function stateColumns(r) {
  const width = r.state[0]?.length ?? 0;
  return width === r.columns.length ? r.columns : Array.from({ length: width }, (_, i) => String(i + 1));
}

function table(caption, columns, rows, kind) {
  const wrap = document.createElement("div");
  wrap.className = `ss-table ss-${kind}`;
  // It scrolls: reachable by keyboard, named by its caption.
  wrap.tabIndex = 0;
  wrap.setAttribute("role", "region");
  wrap.setAttribute("aria-label", caption);
  const tbl = document.createElement("table");
  const cap = document.createElement("caption");
  cap.textContent = caption;
  const head = document.createElement("tr");
  for (const c of columns) {
    const th = document.createElement("th");
    th.scope = "col";
    th.textContent = c;
    head.append(th);
  }
  const thead = document.createElement("thead");
  thead.append(head);
  const body = document.createElement("tbody");
  for (const row of rows.slice(0, MAX_ROWS)) {
    const tr = document.createElement("tr");
    for (const cell of row) {
      const td = document.createElement("td");
      td.textContent = cell;
      tr.append(td);
    }
    body.append(tr);
  }
  tbl.append(cap, thead, body);
  wrap.append(tbl);
  if (!rows.length) wrap.append(para(t("ssEmpty")));
  return wrap;
}

function para(text) {
  const p = document.createElement("p");
  p.textContent = text;
  return p;
}
