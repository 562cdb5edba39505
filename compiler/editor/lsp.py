"""`regel lsp`: the language server (pygls + lsprotocol over stdio) for any LSP editor.

Only translation lives here: LSP positions (from 0, in the client's code units, UTF-16 by
default) to the project's (from 1, in characters of the normalised text: a soft hyphen or a
zero-width space the editor shows is not there) and back; the answers come from `answers.py` and the
check from `project.py`, as in the browser editor.
"""

from __future__ import annotations

from pathlib import Path
from typing import Optional

from lsprotocol import types as t
from pygls.lsp.server import LanguageServer
from pygls.uris import from_fs_path, to_fs_path

from .. import source
from .. import syntax as s
from . import answers
from .project import Project

RUN_EXAMPLES = "regel.koerEksempler"
SOURCE = "regel"

_COMPLETION_KINDS = {
    "nøgleord": t.CompletionItemKind.Keyword, "måned": t.CompletionItemKind.Constant,
    "felt": t.CompletionItemKind.Field, "værdi": t.CompletionItemKind.EnumMember,
    "definition": t.CompletionItemKind.Function, "bestemmelse": t.CompletionItemKind.Reference,
    "kilde": t.CompletionItemKind.Reference, "regel": t.CompletionItemKind.Class,
    "post": t.CompletionItemKind.Struct, "opremsning": t.CompletionItemKind.Enum,
}
_SYMBOL_KINDS = {
    "regel": t.SymbolKind.Class, "undtagelse": t.SymbolKind.Class, "eksempel": t.SymbolKind.Event,
    "definition": t.SymbolKind.Function, "post": t.SymbolKind.Struct, "felt": t.SymbolKind.Field,
    "opremsning": t.SymbolKind.Enum, "kilde": t.SymbolKind.Constant, "bestemmelse": t.SymbolKind.Key,
    "regelsæt": t.SymbolKind.Package,
}


class RuleServer(LanguageServer):
    def __init__(self) -> None:
        super().__init__("regel", "0.1.0")
        self.project: Optional[Project] = None
        self.published: set[str] = set()
        self.outcomes: dict[int, list] = {}  # snapshot generation -> example outcomes

    # -- paths and positions ------------------------------------------------------
    def path(self, uri: str) -> str:
        return self.project.name_of(to_fs_path(uri))

    def lines(self, path: str) -> list[str]:
        text = self.project.text_of(path)
        return (text or "").split("\n")

    def position(self, path: str, position: t.Position) -> tuple[int, int]:
        lines = self.lines(path)
        converted = self.workspace.position_codec.position_from_client_units(lines, position)
        line = lines[converted.line] if converted.line < len(lines) else ""
        return converted.line + 1, len(source.normalise(line[:converted.character])) + 1

    def range(self, span: s.Span) -> t.Range:
        lines = self.lines(span.path)
        plain = t.Range(start=self.raw(lines, span.line - 1, span.column - 1),
                        end=self.raw(lines, span.end_line - 1, span.end_column - 1))
        return self.workspace.position_codec.range_to_client_units(lines, plain)

    @staticmethod
    def raw(lines: list[str], line: int, column: int) -> t.Position:
        """A position in the normalised text (from 0) as one in the editor's own line: past the
        characters normalising removed (soft hyphen, zero-width space) or joined (a + ring)."""
        line = max(0, line)
        text = lines[line] if line < len(lines) else ""
        column = max(0, column)
        if source.normalise(text) != text:
            column = max(i for i in range(len(text) + 1) if len(source.normalise(text[:i])) <= column)
        return t.Position(line=line, character=column)

    def location(self, span: s.Span) -> t.Location:
        return t.Location(uri=from_fs_path(span.path), range=self.range(span))

    # -- diagnostics ----------------------------------------------------------------
    def publish(self) -> None:
        """The diagnostics of every file of the project (an edit in one file can change
        another's); an open file, and one whose diagnostics went away, gets a list too."""
        snapshot = self.project.check()
        by_file = {path: found for path, found in snapshot.diagnostics_by_file().items() if found}
        for path in sorted(set(by_file) | self.published | self.project.edited()):
            found = by_file.get(path, [])
            self.text_document_publish_diagnostics(t.PublishDiagnosticsParams(
                uri=from_fs_path(path), diagnostics=[self.diagnostic(x) for x in found]))
        self.published = {path for path, found in by_file.items() if found}

    def diagnostic(self, found) -> t.Diagnostic:
        message = found.message + (f"\ntip: {found.hint}" if found.hint else "")
        severity = t.DiagnosticSeverity.Error if found.is_error else t.DiagnosticSeverity.Warning
        return t.Diagnostic(range=self.range(found.span), message=message, severity=severity, source=SOURCE,
                            code=found.code, data={"hint": found.hint, "message": found.message})


server = RuleServer()


@server.feature(t.INITIALIZED)
def initialized(ls: RuleServer, params: t.InitializedParams) -> None:
    ls.publish()


@server.feature(t.INITIALIZE)
def initialize(ls: RuleServer, params: t.InitializeParams) -> None:
    root = Path(to_fs_path(params.root_uri)) if params.root_uri else Path.cwd()
    if params.workspace_folders:
        root = Path(to_fs_path(params.workspace_folders[0].uri))
    rules = root / "rules"
    ls.project = Project(rules if rules.is_dir() else root)


@server.feature(t.TEXT_DOCUMENT_DID_OPEN)
def did_open(ls: RuleServer, params: t.DidOpenTextDocumentParams) -> None:
    ls.project.set_text(ls.path(params.text_document.uri), params.text_document.text)
    ls.publish()


@server.feature(t.TEXT_DOCUMENT_DID_CHANGE)
def did_change(ls: RuleServer, params: t.DidChangeTextDocumentParams) -> None:
    document = ls.workspace.get_text_document(params.text_document.uri)
    ls.project.set_text(ls.path(params.text_document.uri), document.source)
    ls.publish()


@server.feature(t.TEXT_DOCUMENT_DID_CLOSE)
def did_close(ls: RuleServer, params: t.DidCloseTextDocumentParams) -> None:
    ls.project.forget_text(ls.path(params.text_document.uri))
    ls.publish()


@server.feature(t.TEXT_DOCUMENT_DID_SAVE)
@server.feature(t.WORKSPACE_DID_CHANGE_WATCHED_FILES)
def files_changed(ls: RuleServer, params) -> None:
    ls.project.files_changed()
    ls.publish()


@server.feature(t.TEXT_DOCUMENT_HOVER)
def hover(ls: RuleServer, params: t.HoverParams) -> Optional[t.Hover]:
    path = ls.path(params.text_document.uri)
    found = answers.hover(ls.project, path, *ls.position(path, params.position))
    if found is None:
        return None
    return t.Hover(contents=t.MarkupContent(kind=t.MarkupKind.Markdown, value=found.text), range=ls.range(found.span))


@server.feature(t.TEXT_DOCUMENT_DEFINITION)
def definition(ls: RuleServer, params: t.DefinitionParams) -> Optional[t.Location]:
    path = ls.path(params.text_document.uri)
    span = answers.definition(ls.project, path, *ls.position(path, params.position))
    return ls.location(span) if span is not None else None


@server.feature(t.TEXT_DOCUMENT_REFERENCES)
def references(ls: RuleServer, params: t.ReferenceParams) -> list[t.Location]:
    path = ls.path(params.text_document.uri)
    spans = answers.references(ls.project, path, *ls.position(path, params.position),
                               with_declaration=params.context.include_declaration)
    return [ls.location(span) for span in spans]


@server.feature(t.TEXT_DOCUMENT_COMPLETION, t.CompletionOptions(trigger_characters=[" ", ".", ","]))
def completion(ls: RuleServer, params: t.CompletionParams) -> t.CompletionList:
    path = ls.path(params.text_document.uri)
    text = ls.project.text_of(path) or ""
    found = answers.completions(ls.project, path, source.normalise(text), *ls.position(path, params.position))
    return t.CompletionList(is_incomplete=False, items=[
        t.CompletionItem(label=c.label, kind=_COMPLETION_KINDS.get(c.kind), detail=c.detail or c.kind,
                         sort_text=c.sort_text) for c in found])


@server.feature(t.TEXT_DOCUMENT_CODE_ACTION,
                t.CodeActionOptions(code_action_kinds=[t.CodeActionKind.QuickFix]))
def code_action(ls: RuleServer, params: t.CodeActionParams) -> list[t.CodeAction]:
    path = ls.path(params.text_document.uri)
    text = ls.project.text_of(path) or ""
    snapshot = ls.project.check()
    wanted = params.range
    actions = []
    for found in snapshot.diagnostics_by_file().get(path, []):
        sent = ls.diagnostic(found)
        if sent.range.end.line < wanted.start.line or sent.range.start.line > wanted.end.line:
            continue
        for fix in answers.quick_fixes(found, text):
            edit = t.TextEdit(range=ls.range(fix.span), new_text=fix.replacement)
            actions.append(t.CodeAction(title=fix.title, kind=t.CodeActionKind.QuickFix, diagnostics=[sent],
                                        is_preferred=True,
                                        edit=t.WorkspaceEdit(changes={params.text_document.uri: [edit]})))
    return actions


@server.feature(t.TEXT_DOCUMENT_DOCUMENT_SYMBOL)
def document_symbols(ls: RuleServer, params: t.DocumentSymbolParams) -> list[t.DocumentSymbol]:
    def symbol(entry: answers.Outline) -> t.DocumentSymbol:
        return t.DocumentSymbol(name=entry.name, kind=_SYMBOL_KINDS[entry.kind], range=ls.range(entry.span),
                                selection_range=ls.range(entry.selection),
                                detail=entry.detail or entry.kind, children=[symbol(c) for c in entry.children])
    return [symbol(entry) for entry in answers.outline(ls.project, ls.path(params.text_document.uri))]


@server.feature(t.TEXT_DOCUMENT_CODE_LENS)
def code_lens(ls: RuleServer, params: t.CodeLensParams) -> list[t.CodeLens]:
    """A lens per rule with examples, with the results (✓/✗ per example, what was expected and
    what came out): the examples are run for these very rules when they have no errors."""
    snapshot = ls.project.check()
    if snapshot.generation not in ls.outcomes and snapshot.loaded.ok:
        ls.outcomes = {snapshot.generation: answers.run_examples(snapshot)}
    outcomes = ls.outcomes.get(snapshot.generation)
    path = ls.path(params.text_document.uri)
    return [t.CodeLens(range=ls.range(lens.span),
                       command=t.Command(title=lens.title, command=RUN_EXAMPLES, arguments=[params.text_document.uri]))
            for lens in answers.example_lenses(ls.project, path, outcomes)]


@server.command(RUN_EXAMPLES)
def run_examples(ls: RuleServer, *arguments) -> dict:
    snapshot = ls.project.check()
    outcomes = answers.run_examples(snapshot)
    if outcomes is None:
        ls.window_show_message(t.ShowMessageParams(type=t.MessageType.Warning,
                                                   message="Eksemplerne kan først køres, når reglerne er uden fejl."))
        return {"bestået": 0, "fejlet": 0, "fejl": "reglerne har fejl"}
    ls.outcomes = {snapshot.generation: outcomes}
    workspace = ls.client_capabilities.workspace
    if workspace is not None and workspace.code_lens is not None and workspace.code_lens.refresh_support:
        ls.workspace_code_lens_refresh(None)
    failed = [o for o in outcomes if not o.ok]
    return {"bestået": len(outcomes) - len(failed), "fejlet": len(failed),
            "fejlede": [{"regel": o.rule, "eksempel": o.title, "forventet": o.expected, "faktisk": o.actual,
                         "linje": o.span.line, "fil": o.span.path} for o in failed]}


def serve() -> None:
    server.start_io()
