// The program's DStream graph, drawn from the engine's own description (info.graph):
// layers by longest path from the sources, one SVG box per node, edges to parents.
// Clicking (or Enter on) a node selects it.
import { t } from "./i18n.js";

const SVG = "http://www.w3.org/2000/svg";
const W = 176;
const H = 44;
const GAP_X = 40;
const GAP_Y = 26;

/** Each node's layer: 0 for sources, else one past its deepest parent. */
export function layers(nodes) {
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const depth = new Map();
  const visit = (n, seen = new Set()) => {
    if (depth.has(n.id)) return depth.get(n.id);
    if (seen.has(n.id)) return 0;
    seen.add(n.id);
    const d = Math.max(-1, ...n.parents.map((p) => (byId.has(p) ? visit(byId.get(p), seen) : -1))) + 1;
    depth.set(n.id, d);
    return d;
  };
  nodes.forEach((n) => visit(n));
  return depth;
}

export class GraphView {
  constructor(root, onSelect) {
    this.root = root;
    this.onSelect = onSelect;
    this.reset(null);
  }

  reset(graph) {
    this.root.replaceChildren();
    if (!graph?.nodes?.length) {
      const p = document.createElement("p");
      p.textContent = t("noGraph");
      this.root.append(p);
      return;
    }
    this.root.append(this.draw(graph.nodes));
  }

  draw(nodes) {
    const depth = layers(nodes);
    const rows = [];
    for (const n of nodes) (rows[depth.get(n.id)] ??= []).push(n);
    const pos = new Map();
    rows.forEach((row, y) => row.forEach((n, x) => pos.set(n.id, { x: x * (W + GAP_X) + 10, y: y * (H + GAP_Y) + 10 })));
    const width = Math.max(...rows.map((r) => r.length)) * (W + GAP_X) + 20;
    const height = rows.length * (H + GAP_Y) + 10;
    const svg = document.createElementNS(SVG, "svg");
    svg.setAttribute("viewBox", `0 0 ${width} ${height}`);
    svg.setAttribute("width", String(width));
    svg.setAttribute("height", String(height));
    svg.setAttribute("role", "group");
    svg.setAttribute("aria-label", t("graph"));
    for (const n of nodes) for (const p of n.parents) if (pos.has(p)) svg.append(edge(pos.get(p), pos.get(n.id)));
    for (const n of nodes) svg.append(this.box(n, pos.get(n.id)));
    return svg;
  }

  box(n, { x, y }) {
    const g = document.createElementNS(SVG, "g");
    g.setAttribute("class", `node${n.stateful ? " stateful" : ""}${n.output ? " output" : ""}${n.windowSeconds ? " windowed" : ""}`);
    g.setAttribute("transform", `translate(${x},${y})`);
    g.setAttribute("tabindex", "0");
    g.setAttribute("role", "button");
    g.dataset.node = n.id;
    const win = n.windowSeconds ? `${n.windowSeconds}s/${n.slideSeconds ?? n.windowSeconds}s` : "";
    const rect = document.createElementNS(SVG, "rect");
    Object.entries({ width: W, height: H, rx: 6 }).forEach(([k, v]) => rect.setAttribute(k, String(v)));
    // One text with spaced parts, so the accessible name is the text as shown.
    const label = document.createElementNS(SVG, "text");
    label.append(tspan(n.op, 8, 18, "op"), " ", tspan(n.name ?? n.id, 8, 34, "name"));
    if (win) label.append(" ", tspan(win, W - 8, 34, "win"));
    g.append(rect, label);
    g.setAttribute("aria-label", label.textContent);
    const select = () => this.onSelect({ kind: "node", id: n.id });
    g.addEventListener("click", select);
    g.addEventListener("keydown", (e) => (e.key === "Enter" || e.key === " ") && (e.preventDefault(), select()));
    return g;
  }
}

function tspan(value, x, y, cls) {
  const el = document.createElementNS(SVG, "tspan");
  el.setAttribute("x", String(x));
  el.setAttribute("y", String(y));
  el.setAttribute("class", cls);
  el.textContent = value.length > 22 ? `${value.slice(0, 21)}…` : value;
  return el;
}

function edge(from, to) {
  const path = document.createElementNS(SVG, "path");
  const x1 = from.x + W / 2;
  const y1 = from.y + H;
  const x2 = to.x + W / 2;
  const y2 = to.y;
  path.setAttribute("d", `M${x1},${y1} C${x1},${y1 + GAP_Y / 2} ${x2},${y2 - GAP_Y / 2} ${x2},${y2}`);
  path.setAttribute("class", "edge");
  return path;
}
