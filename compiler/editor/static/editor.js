// regel rediger: the page. Talks to compiler/editor/web.py (same answers as `regel lsp`).
// Positions to and from the server are (line, column) from 1, counted in characters
// (code points); CodeMirror counts UTF-16 units from the start of the document.
"use strict";

const sprog = JSON.parse(document.getElementById("sprog").textContent);
const KEYWORDS = new Set(sprog["nøgleord"]);
const MONTHS = new Set(sprog["måneder"]);
const state = { file: null, version: null, saved: "", view: null, checks: 0, previewPage: null, rules: "", failing: [],
                notice: "" };

// ---- the server ---------------------------------------------------------------
async function ask(name, body) {
  const response = await fetch(`api/${name}`, {
    method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify(body),
  });
  const answer = await response.json();
  if (!response.ok) throw new Error(answer.fejl || response.statusText);
  return answer;
}

// What the last action did ("gemt: …"), shown before the rules' state until the text is edited
// (a check that comes back after a save does not wipe out that it was saved).
function status(text) { state.notice = text; showStatus(); }

// The rules' state: their errors (from the latest check) and, when they have none, the examples
// that fail anywhere in the project, as a button to the first (in this file if one fails here).
function showStatus() {
  const box = document.getElementById("status");
  box.replaceChildren(...[state.notice, state.rules].filter(Boolean).flatMap((text, i) => i ? [" · ", text] : [text]));
  if (!state.failing.length) return;
  const n = state.failing.length, button = document.createElement("button");
  button.type = "button"; button.className = "eksempelfejl";
  button.textContent = `${n} ${n === 1 ? "eksempel fejler" : "eksempler fejler"}`;
  button.title = "Gå til det første eksempel, der fejler";
  button.addEventListener("click", () => {
    exclusively.goToExample(state.failing.find((e) => e.fil === state.file) || state.failing[0]);
  });
  box.append(" · ", button);
}

// Put the cursor on an example's line (the verdict that failed), opening its file first if needed.
async function goToExample(example) {
  if (example.fil !== state.file) {
    await openFile(example.fil);
    if (state.file !== example.fil) return;  // the open file could not be saved: it stays open
  }
  const pos = fromServer(state.view.state.doc, example.linje, 1);
  state.view.dispatch({ selection: { anchor: pos }, scrollIntoView: true });
  state.view.focus();
}

// ---- positions -------------------------------------------------------------------
function toServer(doc, pos) {
  const line = doc.lineAt(pos);
  return { linje: line.number, kolonne: [...line.text.slice(0, pos - line.from)].length + 1 };
}
function fromServer(doc, line, column) {
  if (line < 1) return 0;
  if (line > doc.lines) return doc.length;
  const text = doc.line(line);
  const chars = [...text.text].slice(0, Math.max(0, column - 1)).join("");
  return Math.min(text.to, text.from + chars.length);
}

// ---- highlighting (the keywords come from grammar/regelsprog.lark via the server) -----
const ruleLanguage = CM.StreamLanguage.define({
  name: "regelsprog",
  token(stream) {
    if (stream.eatSpace()) return null;
    if (stream.match(/^#.*/)) return "comment";
    if (stream.match(/^"[^"\n]*"?/)) return "string";
    if (stream.match(/^P\d\d[a-z]?(?![\p{L}\p{N}_])/u)) return "labelName";
    if (stream.match(/^\d+(,\d+)?/)) return "number";
    const word = stream.match(/^\p{L}[\p{L}\p{N}_]*/u);
    if (word) {
      if (MONTHS.has(word[0])) return "atom";
      if (KEYWORDS.has(word[0])) return "keyword";
      return "variableName";
    }
    stream.next();
    return "punctuation";
  },
  languageData: { commentTokens: { line: "#" } },
});
const ruleHighlight = CM.HighlightStyle.define([
  { tag: CM.tags.keyword, color: "#7a1fa2", fontWeight: "600" },
  { tag: CM.tags.comment, color: "#6a737d", fontStyle: "italic" },
  { tag: CM.tags.string, color: "#0a6b2d" },
  { tag: CM.tags.number, color: "#b35900" },
  { tag: CM.tags.atom, color: "#b35900" },
  { tag: CM.tags.labelName, color: "#005cc5", fontWeight: "600" },
]);

// ---- diagnostics, completion, hover -----------------------------------------------
function currentText() { return state.view.state.doc.toString(); }

const lint = CM.linter(async (view) => {
  if (!state.file) return [];
  const file = state.file, text = view.state.doc.toString();
  let answer;
  try { answer = await ask("tjek", { fil: file, tekst: text }); } catch (e) { status(e.message); return []; }
  if (file !== state.file || text !== currentText()) return [];  // the text moved on meanwhile
  state.checks += 1;
  showProblems(answer, view);
  refreshPreview();
  const doc = view.state.doc;
  return answer.diagnostik.map((d) => {
    const from = fromServer(doc, ...d.fra);
    let to = fromServer(doc, ...d.til);
    if (to <= from) to = Math.min(doc.length, from + 1);
    return {
      from, to, severity: d.alvor === "fejl" ? "error" : "warning",
      message: d.besked + (d.kode ? ` [${d.kode}]` : "") + (d.tip ? `\ntip: ${d.tip}` : ""),
      actions: d.rettelser.map((fix) => ({
        name: fix.titel,
        apply(v) { applyFix(v, fix); },
      })),
    };
  });
}, { delay: 120 });

function applyFix(view, fix) {
  const doc = view.state.doc;
  view.dispatch({ changes: { from: fromServer(doc, ...fix.fra), to: fromServer(doc, ...fix.til), insert: fix.tekst } });
  view.focus();
}

function showProblems(answer, view) {
  const box = document.getElementById("fejl");
  box.replaceChildren();
  for (const d of answer.diagnostik) {
    const p = document.createElement("p");
    p.className = d.alvor;
    p.dataset.linje = d.fra[0];
    p.append(`linje ${d.fra[0]}, kolonne ${d.fra[1]}: ${d.besked}${d.kode ? ` [${d.kode}]` : ""}`);
    if (d.tip) { const tip = document.createElement("span"); tip.className = "tip"; tip.textContent = `tip: ${d.tip}`; p.append(tip); }
    for (const fix of d.rettelser) {
      const button = document.createElement("button");
      button.type = "button"; button.className = "ret"; button.textContent = fix.titel;
      button.addEventListener("click", (event) => { event.stopPropagation(); applyFix(view, fix); });
      p.append(button);
    }
    p.addEventListener("click", () => {
      const pos = fromServer(view.state.doc, ...d.fra);
      view.dispatch({ selection: { anchor: pos }, scrollIntoView: true }); view.focus();
    });
    box.append(p);
  }
  const others = Object.entries(answer.andre_filer);
  if (others.length) {
    const p = document.createElement("p");
    p.textContent = "Andre filer med fejl eller advarsler: " + others.map(([f, n]) => `${f} (${n})`).join(", ");
    box.append(p);
  }
  const errors = answer.diagnostik.filter((d) => d.alvor === "fejl").length;
  state.rules = answer.fejlfri ? "Ingen fejl i reglerne" : `${errors} fejl i filen`;
  if (!answer.fejlfri) state.failing = [];  // the examples run only on rules without errors
  showStatus();
}

async function complete(context) {
  const word = context.matchBefore(/[\p{L}\p{N}_.]*/u);
  if (!context.explicit && word.from === word.to && !/[ ,]$/.test(context.state.sliceDoc(context.pos - 1, context.pos))) return null;
  const where = toServer(context.state.doc, context.pos);
  const answer = await ask("fuldfoer", { fil: state.file, tekst: context.state.doc.toString(), ...where });
  const start = word.text.includes(".") ? word.from + word.text.lastIndexOf(".") + 1 : word.from;
  return {
    from: start,
    options: answer.forslag.map((f) => ({ label: f.tekst, detail: f.detalje || f.slags })),
    validFor: /^[\p{L}\p{N}_]*$/u,
  };
}

// a little Markdown: paragraphs, **bold**, `code`, "- " lists; text only through textContent
function markdown(text) {
  const box = document.createElement("div");
  for (const block of text.split("\n\n")) {
    const p = document.createElement("p");
    block.split("\n").forEach((line, i) => {
      if (i) p.append(document.createElement("br"));
      for (const part of line.split(/(\*\*[^*]+\*\*|`[^`]+`)/)) {
        if (part.startsWith("**") && part.endsWith("**") && part.length > 4) {
          const b = document.createElement("strong"); b.textContent = part.slice(2, -2); p.append(b);
        } else if (part.startsWith("`") && part.endsWith("`") && part.length > 2) {
          const c = document.createElement("code"); c.textContent = part.slice(1, -1); p.append(c);
        } else p.append(part.replace(/^\*(.*)\*$/, "$1"));
      }
    });
    box.append(p);
  }
  return box;
}

const hover = CM.hoverTooltip(async (view, pos) => {
  const answer = await ask("hover", { fil: state.file, tekst: view.state.doc.toString(), ...toServer(view.state.doc, pos) });
  if (!answer.tekst) return null;
  return {
    pos: fromServer(view.state.doc, ...answer.fra), end: fromServer(view.state.doc, ...answer.til),
    create() { const dom = markdown(answer.tekst); dom.className = "regel-hover"; return { dom }; },
  };
}, { hoverTime: 250 });

// ---- preview and examples ------------------------------------------------------------
let previewTimer = null;
function refreshPreview() {
  clearTimeout(previewTimer);
  previewTimer = setTimeout(async () => {
    const where = toServer(state.view.state.doc, state.view.state.selection.main.head);
    try {
      const target = await ask("forhaandsvisning", { fil: state.file, linje: where.linje });
      document.getElementById("forhaand-status").textContent = target["forældet"]
        ? "Reglerne har fejl: forhåndsvisningen viser den seneste udgave uden fejl." : "";
      if (target.side) {
        const frame = document.getElementById("forhaand");
        frame.src = `dok/${target.side}?v=${state.checks}`;
        state.previewPage = target.side;
      }
      const found = await ask("eksempler", { fil: state.file });
      const list = document.getElementById("eksempler");
      list.replaceChildren();
      if (!found.fejlfri) { const li = document.createElement("li"); li.textContent = "Eksemplerne køres, når reglerne er uden fejl."; list.append(li); }
      for (const e of found.eksempler) {
        const li = document.createElement("li");
        li.className = e.ok ? "ok" : "fejlet";
        li.textContent = `${e.titel} (${e.regel}): ` + (e.ok ? e.forventet : `forventet ${e.forventet}, faktisk ${e.faktisk}`);
        li.addEventListener("click", () => exclusively.goToExample({ fil: state.file, linje: e.linje }));
        list.append(li);
      }
      state.failing = found.fejlede;
      showStatus();
    } catch (e) { status(e.message); }
  }, 150);
}

// ---- files: open, never lose an edit, save ----------------------------------------------
function backupKey(file) { return `regel-rediger:${document.getElementById("mappe").textContent}:${file}`; }

function markDirty() {
  const dirty = state.view && currentText() !== state.saved;
  document.getElementById("gem").disabled = !dirty || busy;
  for (const a of document.querySelectorAll("#filer a")) {
    a.querySelector(".rettet").textContent = (a.dataset.fil === state.file && dirty) ? " ●" : "";
  }
  if (state.file) {
    if (dirty) localStorage.setItem(backupKey(state.file), JSON.stringify({ version: state.version, tekst: currentText() }));
    else localStorage.removeItem(backupKey(state.file));
  }
}

// One file operation at a time (open, save, new file, rename): while one runs its buttons are
// disabled and a second one is ignored, so a click cannot act on the file the first is leaving
// (a rename clicked while a new file was still opening renamed the file before it).
let busy = false;
function exclusive(operation) {
  return async (...args) => {
    if (busy) return false;
    busy = true;
    document.body.setAttribute("aria-busy", "true");
    for (const id of ["ny", "omdoeb", "gem"]) document.getElementById(id).disabled = true;
    try { return await operation(...args); } finally {
      busy = false;
      document.body.removeAttribute("aria-busy");
      for (const id of ["ny", "omdoeb"]) document.getElementById(id).disabled = false;
      markDirty();
    }
  };
}

async function openFile(file) {
  if (state.view && currentText() !== state.saved && !(await save())) return;
  const answer = await ask("aabn", { fil: file });
  if (state.file && state.file !== file) ask("luk", { fil: state.file }).catch(() => {});
  state.file = file; state.version = answer.version; state.saved = answer.tekst;
  let text = answer.tekst, notice = "";
  const backup = JSON.parse(localStorage.getItem(backupKey(file)) || "null");
  if (backup && backup.tekst !== text) {
    text = backup.tekst;
    notice = backup.version === answer.version ? "ugemte ændringer er gendannet"
      : "ugemte ændringer er gendannet, men filen er ændret på disken siden; gem for at overskrive";
    if (backup.version !== answer.version) state.version = backup.version;
  }
  document.getElementById("fil").textContent = file + (notice ? ` · ${notice}` : "");
  markCurrent();
  state.view.setState(editorState(text));
  markDirty();
  history.replaceState(null, "", `#${encodeURIComponent(file)}`);
}

async function save() {
  if (!state.file) return true;
  const text = currentText();
  try {
    const answer = await ask("gem", { fil: state.file, tekst: text, version: state.version });
    state.version = answer.version; state.saved = text;
    markDirty();
    status(`gemt: ${answer.gemt}`);
    document.getElementById("fil").textContent = state.file;
    return true;
  } catch (e) {
    status(`ikke gemt: ${e.message}`);
    return false;
  }
}

function editorState(text) {
  return CM.EditorState.create({
    doc: text,
    extensions: [
      CM.lineNumbers(), CM.EditorView.lineWrapping, CM.highlightActiveLineGutter(), CM.history(), CM.drawSelection(),
      CM.highlightActiveLine(), CM.bracketMatching(), CM.highlightSelectionMatches(),
      CM.indentUnit.of("  "), ruleLanguage, CM.syntaxHighlighting(ruleHighlight),
      // no icons: CodeMirror draws them as glyphs (🔑, 𝑥) that many machines lack (an empty box);
      // the detail says the kind in Danish (nøgleord, felt, værdi, …)
      CM.autocompletion({ override: [complete], activateOnTyping: true, icons: false }),
      CM.lintGutter(), lint, hover,
      CM.keymap.of([
        { key: "Mod-s", preventDefault: true, run: () => { exclusively.save(); return true; } },
        ...CM.completionKeymap, ...CM.defaultKeymap, ...CM.historyKeymap, ...CM.searchKeymap, CM.indentWithTab,
      ]),
      CM.EditorView.updateListener.of((update) => {
        if (update.docChanged) { markDirty(); if (state.notice) { state.notice = ""; showStatus(); } }
        if (update.selectionSet && !update.docChanged) refreshPreview();
      }),
    ],
  });
}

// Leaving with unsaved changes: the browser asks first (in its own words; a page cannot set them).
// Once the tab is gone its text is dropped on the server, so it shows in no other tab as errors;
// the page's own copy (localStorage) is offered again when the file is opened.
window.addEventListener("beforeunload", (event) => {
  if (state.view && currentText() !== state.saved) { event.preventDefault(); event.returnValue = ""; }
});
window.addEventListener("pagehide", () => {
  if (state.file) {
    fetch("api/luk", { method: "POST", keepalive: true, headers: { "Content-Type": "application/json" },
                       body: JSON.stringify({ fil: state.file }) });
  }
});

function markCurrent() {
  for (const a of document.querySelectorAll("#filer a")) a.setAttribute("aria-current", String(a.dataset.fil === state.file));
}

async function listFiles() {
  const response = await fetch("api/filer");
  const listing = await response.json();
  document.getElementById("mappe").textContent = listing.mappe;
  const list = document.getElementById("filer");
  list.replaceChildren();
  for (const file of listing.filer) {
    const li = document.createElement("li"), a = document.createElement("a");
    a.href = `#${encodeURIComponent(file)}`; a.dataset.fil = file; a.textContent = file;
    const mark = document.createElement("span"); mark.className = "rettet"; a.append(mark);
    a.addEventListener("click", (event) => { event.preventDefault(); exclusively.openFile(file); });
    li.append(a); list.append(li);
  }
  markCurrent();
  markDirty();
  return listing;
}

// A new file or a new name: the server checks the name and never overwrites a file.
async function newFile() {
  const name = prompt("Navnet på den nye regelfil (fx ny_regel.regel):", "ny_regel.regel");
  if (!name) return;
  if (state.view && currentText() !== state.saved && !(await save())) return;
  try {
    const answer = await ask("opret", { fil: name });
    await listFiles();
    state.saved = currentText();  // saved above: nothing to keep before opening the new file
    await openFile(answer.gemt);
    status(`oprettet: ${answer.gemt}`);
  } catch (e) { status(`ikke oprettet: ${e.message}`); }
}

async function renameFile() {
  const file = state.file;
  if (!file) return;
  const name = prompt(`Nyt navn for ${file}:`, file);
  if (!name || name === file) return;
  if (currentText() !== state.saved && !(await save())) return;
  try {
    const answer = await ask("omdoeb", { fil: file, nyt_navn: name });
    await listFiles();
    state.saved = currentText();
    await openFile(answer.gemt);
    status(`omdøbt til ${answer.gemt}`);
  } catch (e) { status(`ikke omdøbt: ${e.message}`); }
}

const exclusively = { save: exclusive(save), openFile: exclusive(openFile), newFile: exclusive(newFile), renameFile: exclusive(renameFile),
                      goToExample: exclusive(goToExample) };

async function start() {
  state.view = new CM.EditorView({ parent: document.getElementById("editor"), state: editorState("") });
  document.getElementById("gem").addEventListener("click", exclusively.save);
  document.getElementById("ny").addEventListener("click", exclusively.newFile);
  document.getElementById("omdoeb").addEventListener("click", exclusively.renameFile);
  const listing = await listFiles();
  const wanted = decodeURIComponent(location.hash.slice(1));
  const first = listing.filer.includes(wanted) ? wanted : listing.filer[0];
  if (first) await exclusively.openFile(first);
  document.body.dataset.klar = "ja";
}

window.regelRediger = { state, ...exclusively, toServer, fromServer };
start().catch((e) => status(`fejl: ${e.message}`));
