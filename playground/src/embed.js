// <runnel-playground>: a compact playground for course pages. One module script, the
// program inline as the element's text; attributes: height (CSS length), readonly,
// autorun, batches, clock ("logical" | "system"), batch-seconds. Every element on a page
// shares one engine worker when the package offers createEngine().
import { setup, sharedEngine } from "./engine.js";
import { createEditor } from "./editor.js";
import { Runner } from "./runner.js";
import { ConsoleView } from "./console-view.js";
import { headerValue } from "./gallery-headers.js";
import { lang, t as translate } from "./i18n.js";

// An embed speaks its host page's language (`<html lang="es">` on a Spanish course page)
// unless the address asks for one with ?lang=.
const pageLang = typeof document === "undefined" ? "" : document.documentElement.lang;
const embedLang = new URLSearchParams(globalThis.location?.search ?? "").has("lang") || !["es", "en"].includes(pageLang) ? lang : pageLang;
const t = (key) => translate(key, embedLang);
import css from "./embed.css";

setup(new URL(".", import.meta.url));
let count = 0;

/** A program written inside HTML, without the indentation its lines share. */
export function dedent(text) {
  const lines = text.replace(/^\s*\n/, "").replace(/\s+$/, "").split("\n");
  const indent = Math.min(...lines.filter((l) => l.trim()).map((l) => l.match(/^\s*/)[0].length));
  return `${lines.map((l) => l.slice(Number.isFinite(indent) ? indent : 0)).join("\n")}\n`;
}

class RunnelPlayground extends HTMLElement {
  connectedCallback() {
    if (this.runner) return;
    const id = ++count;
    const source = dedent(this.textContent);
    const shadow = this.attachShadow({ mode: "open" });
    const style = el("style");
    style.textContent = css;
    const bar = el("div", { class: "bar", role: "group" });
    const edit = el("div", { class: "editor" });
    const out = el("pre", { class: "out", role: "region", tabindex: "0" });
    shadow.append(style, el("div", { class: "wrap" }, [bar, edit, out]));
    bar.setAttribute("aria-label", this.getAttribute("title") ?? `Runnel ${id}`);
    out.setAttribute("aria-label", `${t("output")} ${this.getAttribute("title") ?? id}`);
    if (this.hasAttribute("height")) edit.style.height = this.getAttribute("height");
    const editor = createEditor(edit, { doc: source, readOnly: this.hasAttribute("readonly"), label: this.getAttribute("title") ?? t("editor"), root: shadow });
    const view = new ConsoleView(out);
    const state = document.createElement("output");
    this.runner = new Runner({
      getProgram: () => editor.getText(),
      getSettings: () => this.settings(source),
      getInputs: () => ({ files: [], lines: [] }),
      watch: false,
      engine: sharedEngine(),
      sink: {
        reset: (info) => (view.clear(), view.append(info?.stdout ?? "")),
        batch: (e) => view.append(e.stdout),
        error: (e) => view.append(`\n${e?.diagnostic ? `${e.diagnostic.excType}: ${e.diagnostic.message}` : (e?.message ?? e)}\n`),
        end: () => {},
      },
      onState: (s) => {
        this.dataset.runState = s;
        state.textContent = t("states")[s] ?? s;
      },
    });
    bar.append(button("run", () => this.runner.run()), button("step", () => this.runner.step()), button("stop", () => this.runner.stop()), state);
    this.runner.setState("idle");
    if (this.hasAttribute("autorun")) this.runner.run();
  }

  settings(source) {
    const batches = Number(this.getAttribute("batches") ?? headerValue(source, "batches"));
    return {
      clock: this.getAttribute("clock") === "system" ? "system" : "logical",
      batchSeconds: Number(this.getAttribute("batch-seconds") ?? headerValue(source, "batch")) || 1,
      batches: batches > 0 ? batches : 10,
      socketUrl: "",
    };
  }

  disconnectedCallback() {
    this.runner?.stop();
  }
}

function el(tag, attrs = {}, children = []) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, v);
  e.append(...children);
  return e;
}

function button(key, onClick) {
  const b = document.createElement("button");
  b.type = "button";
  b.textContent = t(key);
  b.addEventListener("click", onClick);
  return b;
}

if (!customElements.get("runnel-playground")) customElements.define("runnel-playground", RunnelPlayground);
