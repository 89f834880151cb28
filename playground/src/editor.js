// The code editor: CodeMirror 6 with Python highlighting, and the engine's diagnostics
// (line/column as data) underlined in place. Tab is left to the page's focus order
// (CodeMirror's default), so keyboard users can leave the editor. A small setup (no
// autocompletion or search panel): the engine's wasm already takes most of the page's
// first-load budget.
import { EditorView, drawSelection, highlightActiveLine, highlightActiveLineGutter, keymap, lineNumbers } from "@codemirror/view";
import { EditorState } from "@codemirror/state";
import { defaultKeymap, history, historyKeymap } from "@codemirror/commands";
import { LanguageSupport, bracketMatching, indentOnInput } from "@codemirror/language";
import { pythonLanguage } from "@codemirror/lang-python";
import { setDiagnostics, lintGutter } from "@codemirror/lint";
import { pythonHighlight } from "./highlight.js";

/**
 * An editor in `parent`. options: doc, onChange(text), readOnly, label (accessible name),
 * root (a ShadowRoot when inside one).
 */
export function createEditor(parent, { doc = "", onChange, readOnly = false, label = "Program", root } = {}) {
  const extensions = [
    lineNumbers(),
    highlightActiveLineGutter(),
    highlightActiveLine(),
    history(),
    drawSelection(),
    indentOnInput(),
    bracketMatching(),
    keymap.of([...defaultKeymap, ...historyKeymap]),
    new LanguageSupport(pythonLanguage),
    pythonHighlight,
    lintGutter(),
    EditorView.contentAttributes.of({ "aria-label": label }),
    EditorView.updateListener.of((u) => u.docChanged && onChange?.(u.state.doc.toString())),
  ];
  // Read-only code stays focusable, so keyboard users can scroll it.
  if (readOnly) extensions.push(EditorState.readOnly.of(true), EditorView.editable.of(false), EditorView.contentAttributes.of({ tabindex: "0" }));
  const view = new EditorView({ doc, extensions, parent, root });
  return {
    view,
    getText: () => view.state.doc.toString(),
    setText(text) {
      view.dispatch({ changes: { from: 0, to: view.state.doc.length, insert: text } });
    },
    /** Underlines the engine's diagnostic (1-based line/column); returns the range used. */
    showDiagnostic(d) {
      const range = diagnosticRange(view.state.doc, d);
      if (!range) return null;
      const message = `${d.excType ?? "Error"}: ${d.message ?? ""}${d.batchTime ? ` (batch ${d.batchTime})` : ""}`;
      view.dispatch(setDiagnostics(view.state, [{ ...range, severity: "error", message }]));
      return range;
    },
    clearDiagnostics() {
      view.dispatch(setDiagnostics(view.state, []));
    },
  };
}

/** The document range of a diagnostic: its span, else from its column to the line's end. */
export function diagnosticRange(doc, d) {
  if (!d || !Number.isInteger(d.line) || d.line < 1 || d.line > doc.lines) return null;
  const line = doc.line(d.line);
  // Without a column (a frame's line), underline the line's code, not its indentation.
  const col = Math.max(1, d.column ?? line.text.length - line.text.trimStart().length + 1);
  const from = Math.min(line.to, line.from + col - 1);
  let to = line.to;
  if (Number.isInteger(d.endLine) && d.endLine >= d.line && d.endLine <= doc.lines) {
    const end = doc.line(d.endLine);
    to = Math.min(end.to, end.from + Math.max(0, (d.endColumn ?? 1) - 1));
  }
  if (to <= from) to = Math.min(line.to, from + 1) > from ? Math.min(line.to, from + 1) : line.to;
  // An empty line still needs something to underline.
  if (to <= from && from > line.from) return { from: from - 1, to: from };
  return { from, to: Math.max(to, from) };
}
