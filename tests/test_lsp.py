"""`regel lsp` as an editor uses it: started as a process, spoken to over stdio with the Language
Server Protocol (pygls's client), on a copy of the sample project. The expected answers are
computed from the same project by the compiler (`regel tjek`'s diagnostics, the documentation's
sentences, the checker's symbol tables), never written down from today's law."""

from __future__ import annotations

import asyncio
import re
import shutil
import sys
from pathlib import Path

import pytest
from lsprotocol import types as t
from pygls.lsp.client import LanguageClient
from pygls.uris import from_fs_path

from compiler import pipeline
from compiler.backends import docs

from .conftest import PROJECT_RULES, ROOT

TIMEOUT = 15


@pytest.fixture
def project(tmp_path) -> Path:
    shutil.copytree(PROJECT_RULES, tmp_path / "rules")
    return tmp_path


class Session:
    """A running server and what it has published."""

    def __init__(self, client: LanguageClient, root: Path):
        self.client, self.root = client, root
        self.diagnostics: dict[str, list[t.Diagnostic]] = {}
        self.changed = asyncio.Event()
        self.versions: dict[str, int] = {}

    def uri(self, name: str) -> str:
        return from_fs_path(str((self.root / "rules" / name).resolve()))

    def text(self, name: str) -> str:
        return (self.root / "rules" / name).read_text(encoding="utf-8")

    async def open(self, name: str, text: str | None = None) -> None:
        self.versions[name] = 1
        self.client.text_document_did_open(t.DidOpenTextDocumentParams(
            t.TextDocumentItem(uri=self.uri(name), language_id="regelsprog", version=1,
                                text=text if text is not None else self.text(name))))

    async def change(self, name: str, text: str) -> None:
        self.versions[name] += 1
        self.changed.clear()
        self.client.text_document_did_change(t.DidChangeTextDocumentParams(
            t.VersionedTextDocumentIdentifier(version=self.versions[name], uri=self.uri(name)),
            [t.TextDocumentContentChangeWholeDocument(text=text)]))

    async def wait_for(self, condition) -> None:
        async def poll():
            while not condition():
                self.changed.clear()
                await self.changed.wait()
        await asyncio.wait_for(poll(), TIMEOUT)


def run(project: Path, scenario) -> None:
    async def main():
        client = LanguageClient("test", "1")
        session = Session(client, project)

        @client.feature(t.TEXT_DOCUMENT_PUBLISH_DIAGNOSTICS)
        def published(params: t.PublishDiagnosticsParams):
            session.diagnostics[params.uri] = list(params.diagnostics)
            session.changed.set()

        await client.start_io(sys.executable, "-m", "compiler", "lsp", cwd=str(ROOT))
        try:
            await asyncio.wait_for(client.initialize_async(t.InitializeParams(
                capabilities=t.ClientCapabilities(), root_uri=from_fs_path(str(project)))), TIMEOUT)
            client.initialized(t.InitializedParams())
            await scenario(session)
            await asyncio.wait_for(client.shutdown_async(None), TIMEOUT)
            client.exit(None)
        except BaseException:
            server = client._server  # pygls's client keeps the process; end it, and show what it said
            if server.returncode is None:
                server.kill()
            said = await server.stderr.read()
            print(said.decode("utf-8", "replace")[-5000:], file=sys.stderr)
            raise
        finally:
            await client.stop()
    asyncio.run(main())


def position_of(text: str, word: str, occurrence: int = 0, offset: int = 1) -> t.Position:
    """The LSP position (from 0) of a character inside the n-th whole-word occurrence of `word`."""
    found = list(re.finditer(rf"(?<!\w){re.escape(word)}(?!\w)", text))[occurrence]
    line = text.count("\n", 0, found.start())
    return t.Position(line=line, character=found.start() - (text.rfind("\n", 0, found.start()) + 1) + offset)


def test_diagnostics_while_typing_are_those_of_regel_tjek_and_the_hint_is_a_quick_fix(project):
    broken_text = None

    async def scenario(session: Session):
        nonlocal broken_text
        text = session.text("samtaler.regel")
        await session.open("samtaler.regel")
        await session.wait_for(lambda: session.uri("samtaler.regel") in session.diagnostics)
        assert session.diagnostics[session.uri("samtaler.regel")] == []
        broken_text = text.replace("efter første_henvendelse", "efter første_henvendelsen", 1)
        await session.change("samtaler.regel", broken_text)
        await session.wait_for(lambda: session.diagnostics.get(session.uri("samtaler.regel")))
        found = session.diagnostics[session.uri("samtaler.regel")]
        # the same message, place and hint as `regel tjek` on the same text
        (project / "rules" / "samtaler.regel").write_text(broken_text, encoding="utf-8")
        expected = pipeline.load([project / "rules"]).diagnostics
        assert [(x.message, x.span.line - 1, x.span.column - 1) for x in expected] == \
               [(x.message.split("\ntip: ")[0], x.range.start.line, x.range.start.character) for x in found]
        assert all(x.hint in y.message for x, y in zip(expected, found) if x.hint)
        assert [x.code for x in found] == [x.code for x in expected] and all(x.code for x in found)
        typo = next(x for x in found if "første_henvendelsen" in x.message)
        actions = await session.client.text_document_code_action_async(t.CodeActionParams(
            text_document=t.TextDocumentIdentifier(uri=session.uri("samtaler.regel")), range=typo.range,
            context=t.CodeActionContext(diagnostics=[typo])))
        fix = next(a for a in actions if a.kind == t.CodeActionKind.QuickFix)
        (edit,) = fix.edit.changes[session.uri("samtaler.regel")]
        assert edit.new_text == "første_henvendelse" and edit.range == typo.range
        lines = broken_text.split("\n")
        line = lines[edit.range.start.line]
        lines[edit.range.start.line] = line[:edit.range.start.character] + edit.new_text + line[edit.range.end.character:]
        await session.change("samtaler.regel", "\n".join(lines))
        await session.wait_for(lambda: session.diagnostics.get(session.uri("samtaler.regel")) == [])

    run(project, scenario)


def test_a_change_in_the_data_model_rechecks_the_other_files(project):
    async def scenario(session: Session):
        model = session.text("datamodel.regel")
        await session.open("datamodel.regel")
        await session.wait_for(lambda: session.uri("datamodel.regel") in session.diagnostics)
        renamed = re.sub(r"(?m)^(\s+)første_henvendelse:", r"\1henvendelse:", model)
        assert renamed != model
        await session.change("datamodel.regel", renamed)
        users = session.uri("samtaler.regel")
        await session.wait_for(lambda: session.diagnostics.get(users))
        assert any("første_henvendelse" in x.message for x in session.diagnostics[users])
        await session.change("datamodel.regel", model)  # undone: the other file is clean again
        await session.wait_for(lambda: session.diagnostics.get(users) == [])

    run(project, scenario)


def test_hover_definition_references_completion_symbols_and_code_lens(project):
    loaded = pipeline.load([project / "rules"])
    site = docs.Site(loaded.rule_set, loaded.texts)

    async def scenario(session: Session):
        c = session.client
        name = "samtaler.regel"
        text = session.text(name)
        document = t.TextDocumentIdentifier(uri=session.uri(name))
        await session.open(name)
        rule = next(r for r in loaded.program.rules.values() if r.span.path.endswith(name) and r.examples)

        hover = await c.text_document_hover_async(t.HoverParams(text_document=document, position=position_of(text, rule.name)))
        view = site.by_name[rule.name]
        assert view.title in hover.contents.value
        assert all(requirement.text.flat in hover.contents.value for requirement in view.requirements)

        date = re.search(r"gælder fra (\d+)\. (\w+) (\d{4})", text)
        day = next(r.period.start.value for r in loaded.program.rules.values() if r.period and r.period.start
                   and r.span.path.endswith(name) and r.period.start.day == int(date.group(1)))
        at = t.Position(line=text.count("\n", 0, date.start(1)), character=date.start(1) - text.rfind("\n", 0, date.start(1)))
        hover = await c.text_document_hover_async(t.HoverParams(text_document=document, position=at))
        weekday = ("mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag", "søndag")[day.weekday()]
        assert hover.contents.value.startswith(weekday)

        field_use = position_of(text, "første_henvendelse")
        model = session.text("datamodel.regel")
        declared = position_of(model, "første_henvendelse", offset=0)
        location = await c.text_document_definition_async(t.DefinitionParams(text_document=document, position=field_use))
        assert location.uri == session.uri("datamodel.regel") and location.range.start == declared
        hover = await c.text_document_hover_async(t.HoverParams(text_document=document, position=field_use))
        assert "dato" in hover.contents.value

        refs = await c.text_document_references_async(t.ReferenceParams(
            text_document=document, position=field_use, context=t.ReferenceContext(include_declaration=True)))
        uses_here = {(p.line, p.character) for p in (position_of(text, "første_henvendelse", i, 0)
                                                     for i in range(text.count("første_henvendelse")))}
        found_here = {(r.range.start.line, r.range.start.character) for r in refs if r.uri == session.uri(name)}
        assert uses_here <= found_here
        assert any(r.uri == session.uri("datamodel.regel") and r.range.start == declared for r in refs)

        # a source named in an `ændring … kilde X` line answers as one named anywhere else
        change = next(b for r in loaded.program.rules.values() if r.span.path.endswith(name) for b in r.boundary_sources)
        cited = loaded.program.sources[change.citations[0].source]
        change_line = text.split("\n")[change.span.line - 1]
        use = t.Position(line=change.span.line - 1, character=change_line.index(f"kilde {cited.name}") + len("kilde "))
        hover = await c.text_document_hover_async(t.HoverParams(text_document=document, position=use))
        assert hover is not None and cited.title in hover.contents.value
        home = Path(cited.span.path).name
        location = await c.text_document_definition_async(t.DefinitionParams(text_document=document, position=use))
        assert location.uri == session.uri(home) and location.range.start == position_of(session.text(home), cited.name, offset=0)
        refs = await c.text_document_references_async(t.ReferenceParams(
            text_document=document, position=use, context=t.ReferenceContext(include_declaration=True)))
        assert {(r.uri, r.range.start.line) for r in refs} >= {(session.uri(name), use.line), (location.uri, location.range.start.line)}

        line = next(i for i, l in enumerate(text.split("\n")) if l.startswith("  for sager hvor ydelse er en af "))
        prefix = "  for sager hvor ydelse er en af "
        typed = text.split("\n")
        typed[line] = prefix
        await session.change(name, "\n".join(typed))
        items = await c.text_document_completion_async(t.CompletionParams(text_document=document, position=t.Position(line=line, character=len(prefix))))
        ydelse = loaded.program.case.field("ydelse").type.name
        assert {i.label for i in items.items} >= {v for v, _ in loaded.program.enums[ydelse].values}
        typed[line] = "  "
        await session.change(name, "\n".join(typed))
        items = await c.text_document_completion_async(t.CompletionParams(text_document=document, position=t.Position(line=line, character=2)))
        assert {"gælder", "krav", "eksempel", "bestemmelse"} <= {i.label for i in items.items}
        typed[line] = "  gælder fra 1. "
        await session.change(name, "\n".join(typed))
        items = await c.text_document_completion_async(t.CompletionParams(text_document=document, position=t.Position(line=line, character=len(typed[line]))))
        assert {"januar", "juli", "december"} <= {i.label for i in items.items}
        await session.change(name, text)

        symbols = await c.text_document_document_symbol_async(t.DocumentSymbolParams(text_document=document))
        in_file = [r.name for r in sorted([*loaded.program.rules.values(), *loaded.program.exceptions.values()],
                                          key=lambda r: r.span.line) if r.span.path.endswith(name)]
        assert [s.name for s in symbols] == in_file
        assert [child.name for child in symbols[0].children] == [e.title for e in rule.examples]

        lenses = await c.text_document_code_lens_async(t.CodeLensParams(text_document=document))
        assert any("Kør eksemplerne" in lens.command.title for lens in lenses)
        result = await c.workspace_execute_command_async(t.ExecuteCommandParams(
            command=lenses[0].command.command, arguments=lenses[0].command.arguments))
        assert result["fejlet"] == 0 and result["bestået"] > 0
        lenses = await c.text_document_code_lens_async(t.CodeLensParams(text_document=document))
        verdicts = [v for r in [*loaded.program.rules.values(), *loaded.program.exceptions.values()]
                    if r.span.path.endswith(name) for e in r.examples for x in e.expectations for v in x.verdicts]
        assert sum(lens.command.title.startswith("✓ ") for lens in lenses) == len(verdicts)

        first = rule.examples[0].expectations[0]
        verdict_line = text.split("\n")[first.span.line - 1]
        flipped = verdict_line.replace("ingen overtrædelse", "overtrædelse") if "ingen overtrædelse" in verdict_line \
            else re.sub(r": .*", ": ingen overtrædelse", verdict_line)
        edited = text.split("\n")
        edited[first.span.line - 1] = flipped
        await session.change(name, "\n".join(edited))
        await c.workspace_execute_command_async(t.ExecuteCommandParams(command=lenses[0].command.command, arguments=[]))
        lenses = await c.text_document_code_lens_async(t.CodeLensParams(text_document=document))
        failed = [lens.command.title for lens in lenses if lens.command.title.startswith("✗ ")]
        assert len(failed) == 1 and "forventet" in failed[0] and "faktisk" in failed[0]
        assert failed_line(lenses) == first.span.line - 1

    run(project, scenario)


def failed_line(lenses) -> int:
    return next(lens.range.start.line for lens in lenses if lens.command.title.startswith("✗ "))


def utf16(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


def test_columns_are_utf16_code_units_of_the_editors_text_after_soft_hyphens_and_emoji(project):
    """A soft hyphen (removed when the rule is read) and an emoji (two UTF-16 units) stand before
    a mistake on its line: the underline and a hover still meet the word the editor shows."""
    async def scenario(session: Session):
        text = session.text("samtaler.regel")
        lines = text.split("\n")
        number = next(i for i, line in enumerate(lines) if "efter første_henvendelse" in line)
        line = lines[number]
        head, tail = line.split("efter første_henvendelse", 1)
        lines[number] = head.replace("samtale", "sam\u00adtale", 1) + "efter første_hen\u00advendelsen" + tail
        lines.insert(number, "# en kommentar med 😀 og sam\u00adtale")
        edited = "\n".join(lines)
        await session.open("samtaler.regel", edited)
        await session.wait_for(lambda: session.diagnostics.get(session.uri("samtaler.regel")))
        (found,) = [x for x in session.diagnostics[session.uri("samtaler.regel")] if "første_henvendelsen" in x.message]
        raw = edited.split("\n")[number + 1]
        start = raw.index("første_hen\u00advendelsen")
        assert found.range.start == t.Position(line=number + 1, character=utf16(raw[:start]))
        assert found.range.end == t.Position(line=number + 1, character=utf16(raw[:start + len("første_hen\u00advendelsen")]))
        emoji_line = edited.split("\n")[number]
        assert utf16(emoji_line) == len(emoji_line) + 1  # the emoji is two code units
        hover = await session.client.text_document_hover_async(t.HoverParams(
            text_document=t.TextDocumentIdentifier(uri=session.uri("samtaler.regel")),
            position=t.Position(line=number + 1, character=utf16(raw[:raw.index("med_jobcentret")]) + 2)))
        assert hover is not None and "jobcentret" in str(hover.contents), hover

    run(project, scenario)


def test_completions_list_the_names_in_scope_before_keywords_and_months_last(project):
    """Ranking (sortText, and the order regel rediger shows): after `for sager hvor ` the case's
    fields and definitions come before the keywords the grammar accepts there."""
    from compiler.editor import answers
    from compiler.editor.project import Project

    editor = Project(project / "rules")
    path = str(project / "rules" / "samtaler.regel")
    text = (project / "rules" / "samtaler.regel").read_text(encoding="utf-8")
    lines = text.split("\n")
    number = next(i for i, line in enumerate(lines) if line.startswith("  for sager hvor "))
    lines[number] = "  for sager hvor "
    edited = "\n".join(lines)
    editor.set_text(path, edited)
    found = answers.completions(editor, editor.name_of(path), edited, number + 1, len(lines[number]) + 1)
    kinds = [c.kind for c in found]
    assert "felt" in kinds and "nøgleord" in kinds, kinds
    assert max(i for i, k in enumerate(kinds) if k == "felt") < min(i for i, k in enumerate(kinds) if k == "nøgleord")
    assert "ydelse" in [c.label for c in found if c.kind == "felt"]
    assert [c.sort_text for c in found] == sorted(c.sort_text for c in found)
    lines[number] = "  for sager hvor fo"
    editor.set_text(path, "\n".join(lines))
    typed = answers.completions(editor, editor.name_of(path), "\n".join(lines), number + 1, len(lines[number]) + 1)
    assert typed and typed[0].label.startswith("fo") and typed[0].kind == "felt", typed
