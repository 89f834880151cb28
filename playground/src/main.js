// The playground page: wires the editor, gallery, run controls, input panels and views.
import { applyI18n, lang, t } from "./i18n.js";
import { setup, warmUp } from "./engine.js";
import { createEditor } from "./editor.js";
import { DEFAULT_EXAMPLE, findExample, renderGallery } from "./gallery.js";
import { Runner } from "./runner.js";
import { Settings } from "./settings.js";
import { Views } from "./views.js";
import { Terminal } from "./terminal.js";
import { FilesPanel } from "./files-panel.js";
import { wireGenerator } from "./generator-panel.js";
import { decodeHash, encodeShare } from "./share.js";
import { download, exportScript } from "./export.js";
import { fileStreamDirs, readsStreams, socketKeys, textFilePaths } from "./program-info.js";
import { mountBlocks } from "./blocks-panel.js";

const SAVED = "runnel.playground.program";
const $ = (id) => document.getElementById(id);

setup(new URL(".", import.meta.url));
// The worker compiles the engine while the page builds its editor and views.
const engineReady = warmUp();
applyI18n();

const params = new URLSearchParams(location.search);
const settings = new Settings();
const initial = await initialProgram();
const editor = createEditor($("editor"), { doc: initial.program, label: t("editor"), onChange: autosave });
const views = new Views(document, editor);
const terminal = new Terminal($("terminal"), (line) => runner.active && runner.sockets.length > 0 && runner.push(line).then(() => true));
const files = new FilesPanel($("files"), deliverFile);
const runner = new Runner({
  getProgram: () => editor.getText(),
  getSettings: () => settings.read(),
  getInputs: () => ({ files: files.files, lines: terminal.takePending() }),
  sink: {
    reset: (info) => views.reset(info),
    batch: (e) => views.batch(e),
    error: (e) => views.error(e),
    end: (r) => views.end(r),
  },
  onState: showState,
});

if (initial.settings) settings.apply(initial.settings);
settings.fromUrl(params);
if (initial.files) files.set(initial.files);
if (initial.lines) terminal.pending.push(...initial.lines);
updateFileTargets(true);
renderGallery($("gallery"), initial.example, openExample);
wireControls();
wireGenerator(document, (lines) => runner.push(lines));
mountBlocks($("blocks-root"), { getText: () => editor.getText(), setText: (s) => editor.setText(s) });
showState("loading");
engineReady.then(
  () => showState("idle"),
  (e) => (views.error(e), showState("error")),
);

/** The program to open: a link's hash, ?example=, the autosaved one, or the default example. */
async function initialProgram() {
  try {
    const shared = await decodeHash(location.hash);
    if (shared) return shared;
  } catch (e) {
    console.warn("the link's program could not be read:", e);
  }
  const ex = findExample(params.get("example") ?? "");
  if (ex) return withDefaults({ program: ex.source, example: ex.name, files: ex.files });
  const saved = localStorage.getItem(SAVED);
  if (saved) return { program: saved };
  return withDefaults({ program: findExample(DEFAULT_EXAMPLE).source, example: DEFAULT_EXAMPLE });
}

function withDefaults(p) {
  settings.fromProgram(p.program);
  return p;
}

let saveTimer = null;
function autosave(text) {
  clearTimeout(saveTimer);
  saveTimer = setTimeout(() => {
    try {
      localStorage.setItem(SAVED, text);
    } catch {
      /* storage full or blocked: the editor still holds the code */
    }
    updateFileTargets();
  }, 300);
}

/** Offers the program's directories and paths as file names; shows the input panels when it reads any input. */
function updateFileTargets(openInputs = false) {
  const text = editor.getText();
  const names = [...fileStreamDirs(text), ...textFilePaths(text)];
  files.setTargets(names);
  if (openInputs) $("input-details").open = names.length > 0 || socketKeys(text).length > 0 || files.files.length > 0;
}

async function deliverFile(file) {
  if (runner.active && readsStreams(editor.getText()) && file.name.includes("/")) {
    await runner.addFile(file.name, file.text);
    return true;
  }
  const dirs = fileStreamDirs(editor.getText());
  if (!runner.active || !dirs.includes(file.name)) return false;
  await runner.push(file.text, file.name);
  return true;
}

async function openExample(name) {
  const ex = findExample(name);
  if (!ex) return;
  await runner.stop();
  editor.setText(ex.source);
  settings.fromProgram(ex.source);
  // A Structured Streaming example's input files (the Files panel keeps others' files).
  if (ex.files) files.set(ex.files);
  history.replaceState(null, "", `?example=${name}${params.has("lang") ? `&lang=${lang}` : ""}`);
  updateFileTargets(true);
  if (runner.state !== "loading") showState("idle");
  $("editor").querySelector(".cm-content")?.focus();
}

function wireControls() {
  $("run").addEventListener("click", () => runner.run());
  $("pause").addEventListener("click", () => runner.pause());
  $("step").addEventListener("click", () => runner.step());
  $("stop").addEventListener("click", () => runner.stop());
  // Ctrl+Enter (⌘+Enter) runs from anywhere, the editor included.
  $("run").setAttribute("aria-keyshortcuts", "Control+Enter");
  $("run").title = "Ctrl+Enter";
  document.addEventListener("keydown", (e) => {
    if (e.key === "Enter" && (e.ctrlKey || e.metaKey) && !$("run").disabled) {
      e.preventDefault();
      runner.run();
    }
  });
  $("lang").value = lang;
  $("lang").addEventListener("change", (e) => {
    const next = new URLSearchParams(location.search);
    next.set("lang", e.target.value);
    location.search = next.toString();
  });
  $("share").addEventListener("click", share);
  $("export").addEventListener("click", () => download("program.py", exportScript(editor.getText(), settings.read(), files.files)));
}

async function share() {
  const s = settings.read();
  const hash = await encodeShare({ program: editor.getText(), files: files.files, lines: terminal.history, settings: s });
  history.replaceState(null, "", `${location.pathname}${location.search}${hash}`);
  let said = t("shareReady");
  try {
    await navigator.clipboard.writeText(location.href);
    said = t("copied");
  } catch {
    /* no clipboard permission: the address bar holds the link */
  }
  $("share-status").textContent = said;
}

function showState(state) {
  views.flush(); // what the run printed is on the page before its state says so
  if (runner) runner.state = state;
  document.body.dataset.runState = state;
  $("run-state").textContent = t("states")[state] ?? state;
  const live = state === "running" || state === "paused";
  $("run").disabled = state === "loading" || state === "running";
  $("pause").disabled = state !== "running";
  $("step").disabled = state === "loading";
  $("stop").disabled = !live;
}
