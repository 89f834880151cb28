// The blocks panel: a source block, operator blocks and an output block, each with its
// parameters as Python text. "Write to editor" generates the program; "Read from editor"
// (and opening a program) shows a single-chain program as blocks again.
import { t } from "./i18n.js";
import { blockFor, generate, palette, parse } from "./blocks-model.js";
import { operatorList } from "./engine.js";

export function mountBlocks(root, editor) {
  const ops = operatorList();
  const pal = palette(ops);
  const byName = new Map([...pal.sources, ...pal.steps, ...pal.outputs].map((o) => [o.name, o]));
  let pipeline = parse(editor.getText(), ops) ?? defaultPipeline(pal);
  const list = document.createElement("ol");
  list.className = "blocks";
  const status = document.createElement("p");
  status.setAttribute("role", "status");
  const bar = document.createElement("div");
  bar.className = "row";
  bar.append(
    button(t("addBlock"), "add-block", () => {
      pipeline.steps.push(blockFor(byName.get("map") ?? pal.steps[0]));
      render();
      list.querySelector("li:nth-last-child(2) select")?.focus();
    }),
    button(t("toEditor"), "blocks-to-editor", () => editor.setText(generate(pipeline, ops))),
    button(t("fromEditor"), "blocks-from-editor", () => {
      const parsed = parse(editor.getText(), ops);
      status.textContent = parsed ? "" : t("notLinear");
      if (parsed) (pipeline = parsed), render();
    }),
  );
  root.replaceChildren(list, bar, status);
  render();

  function render() {
    list.replaceChildren(
      blockItem(t("source"), pal.sources, pipeline.source, null),
      ...pipeline.steps.map((s, i) => blockItem(`${t("operator")} ${i + 1}`, pal.steps, s, () => (pipeline.steps.splice(i, 1), render()))),
      blockItem(t("output"), pal.outputs, pipeline.output, null),
    );
  }

  function blockItem(title, choices, block, onRemove) {
    const li = document.createElement("li");
    const fs = document.createElement("fieldset");
    const legend = document.createElement("legend");
    legend.textContent = title;
    const select = document.createElement("select");
    select.setAttribute("aria-label", `${title}: ${t("operator")}`);
    for (const o of choices) select.append(new Option(o.name, o.name, false, o.name === block.op));
    select.addEventListener("change", () => {
      Object.assign(block, blockFor(byName.get(select.value)));
      render();
    });
    fs.append(legend, select);
    const doc = byName.get(block.op)?.doc;
    if (doc) fs.title = doc;
    for (const p of byName.get(block.op)?.params ?? []) fs.append(paramField(title, block, p));
    if (onRemove) fs.append(button(t("remove"), null, onRemove, `${t("remove")} ${title}`));
    li.append(fs);
    return li;
  }
}

function paramField(title, block, p) {
  const label = document.createElement("label");
  const span = document.createElement("span");
  span.textContent = p.name;
  const input = document.createElement(p.name === "data" ? "textarea" : "input");
  input.spellcheck = false;
  input.value = block.args[p.name] ?? "";
  input.setAttribute("aria-label", `${title}: ${p.name}`);
  input.dataset.param = p.name;
  input.addEventListener("input", () => (block.args[p.name] = input.value));
  label.append(span, input);
  return label;
}

function defaultPipeline(pal) {
  return { source: blockFor(pal.sources[0]), steps: [], output: blockFor(pal.outputs[0] ?? { name: "pprint", params: [] }) };
}

function button(text, id, onClick, label) {
  const b = document.createElement("button");
  b.type = "button";
  b.textContent = text;
  if (id) b.id = id;
  if (label) b.setAttribute("aria-label", label);
  b.addEventListener("click", onClick);
  return b;
}
