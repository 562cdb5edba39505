// The parts of CodeMirror 6 that `regel rediger` uses, bundled into one file
// (compiler/editor/static/codemirror.js, global `CM`) so the editor works offline.
// Rebuild: see README.md in this folder.
export { EditorState, StateEffect, StateField } from "@codemirror/state";
export {
  EditorView, keymap, lineNumbers, highlightActiveLine, highlightActiveLineGutter,
  drawSelection, hoverTooltip, Decoration, ViewPlugin,
} from "@codemirror/view";
export {
  StreamLanguage, syntaxHighlighting, HighlightStyle, indentUnit, bracketMatching,
} from "@codemirror/language";
export { tags } from "@lezer/highlight";
export { defaultKeymap, history, historyKeymap, indentWithTab } from "@codemirror/commands";
export { searchKeymap, highlightSelectionMatches } from "@codemirror/search";
export { autocompletion, completionKeymap, startCompletion } from "@codemirror/autocomplete";
export { linter, lintGutter, setDiagnostics, forceLinting, forEachDiagnostic } from "@codemirror/lint";
