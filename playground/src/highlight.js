// Python highlighting in colours with at least 4.5:1 contrast on the editor's white
// (CodeMirror's default style has some lighter ones, which axe-core flags).
import { HighlightStyle, syntaxHighlighting } from "@codemirror/language";
import { tags } from "@lezer/highlight";

const style = HighlightStyle.define([
  { tag: [tags.keyword, tags.controlKeyword, tags.operatorKeyword, tags.definitionKeyword, tags.moduleKeyword], color: "#6f1e9c" },
  { tag: [tags.string, tags.special(tags.string)], color: "#0b6b18" },
  { tag: tags.escape, color: "#8a1c6a" },
  { tag: [tags.number, tags.bool, tags.null, tags.atom], color: "#8a3d00" },
  { tag: tags.comment, color: "#56606e", fontStyle: "italic" },
  { tag: [tags.function(tags.definition(tags.variableName)), tags.definition(tags.className)], color: "#0b4f9e", fontWeight: "600" },
  { tag: [tags.function(tags.variableName), tags.function(tags.propertyName)], color: "#0b4f9e" },
  { tag: [tags.propertyName], color: "#174a7c" },
  { tag: [tags.self, tags.className], color: "#7a3b00" },
  { tag: tags.invalid, color: "#a51d2d" },
]);

export const pythonHighlight = syntaxHighlighting(style);
