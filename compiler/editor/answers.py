"""What the editor asks about a position in a rule file, answered from the latest check.

Positions are (line, column) counted from 1 in characters, as in `syntax.Span`; the language
server (`lsp.py`) and the browser editor (`web.py`) translate to and from their own.
Every text a user reads is Danish and comes from the same places as the documentation
(`backends/danish.py`, `backends/docs.py`) and `regel tjek` (the checker's diagnostics).
"""

from __future__ import annotations

import dataclasses
import re
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterator, Optional

from lark.exceptions import UnexpectedInput

from .. import checker
from .. import diagnostics as d
from .. import examples, parser
from .. import syntax as s
from ..backends import docs
from ..backends.danish import Renderer, date_text, dates_text, words
from ..program import CASE_RECORD
from .symbols import Symbol

WEEKDAYS = ("mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag", "søndag")
PROVISION_KINDS = {"krav": "et krav", "population": "et fokusmål for hele sagsbestanden",
                   "undtagelse": "en undtagelse", "ret": "en rettighed", "info": "en oplysning"}


# ----------------------------------------------------------------------------
# Positions
# ----------------------------------------------------------------------------

def contains(span: s.Span, line: int, column: int) -> bool:
    return (span.line, span.column) <= (line, column) <= (span.end_line, span.end_column)


def item_at(snapshot, path: str, line: int) -> Optional[s.Item]:
    module = next((m for m in snapshot.program.modules if m.path == path), None)
    if module is None:
        return None
    return next((i for i in module.items if i.span.line <= line <= i.span.end_line), None)


def nodes_at(node, line: int, column: int) -> Iterator:
    """The syntax nodes whose span holds the position, outermost first."""
    span = getattr(node, "span", None)
    if isinstance(span, s.Span) and not contains(span, line, column):
        return
    if isinstance(span, s.Span):
        yield node
    children = node if isinstance(node, (list, tuple)) else (
        [getattr(node, f.name) for f in dataclasses.fields(node) if f.name != "span"]
        if dataclasses.is_dataclass(node) and not isinstance(node, type) else [])
    for child in children:
        if isinstance(child, (list, tuple)) or (dataclasses.is_dataclass(child) and not isinstance(child, (type, s.Span))):
            yield from nodes_at(child, line, column)


# ----------------------------------------------------------------------------
# Hover
# ----------------------------------------------------------------------------

@dataclass
class Hover:
    span: s.Span
    text: str  # Markdown


def hover(project, path: str, line: int, column: int) -> Optional[Hover]:
    snapshot = project.check()
    occurrence = snapshot.index.at(path, line, column)
    site, stale = project.documentation()
    note = "\n\n*(fra den seneste udgave af reglerne uden fejl)*" if stale else ""
    if occurrence is not None:
        text = describe_symbol(snapshot, site, occurrence.symbol)
        return Hover(occurrence.span, text + (note if site is not None else "")) if text else None
    item = item_at(snapshot, path, line)
    if item is None:
        return None
    inner = list(nodes_at(item, line, column))
    for node in reversed(inner):
        if isinstance(node, s.DateLit) and node.value is not None:
            return Hover(node.span, f"{WEEKDAYS[node.value.weekday()]} {date_text(node.value)}")
    if isinstance(item, s.Rule) and site is not None and any(isinstance(n, (s.LimitAfter, s.LimitWithin)) for n in inner):
        text = deadline_text(site, item.name)
        if text:
            span = next(n.span for n in inner if isinstance(n, (s.LimitAfter, s.LimitWithin)))
            return Hover(span, text + note)
    return None


def describe_symbol(snapshot, site: Optional[docs.Site], symbol: Symbol) -> Optional[str]:
    program = snapshot.program
    kind = symbol[0]
    if kind == "rule":
        if site is not None and symbol[1] in site.by_name:
            return rule_text(site.by_name[symbol[1]])
        rule = program.rules.get(symbol[1]) or program.exceptions.get(symbol[1])
        return f"**{rule.title or words(rule.name)}**" if rule else None
    if kind == "field":
        return field_text(program, symbol[1], symbol[2])
    if kind == "provision":
        return provision_text(program, symbol[1])
    if kind == "definition":
        definition = program.definitions.get(symbol[1])
        if definition is None:
            return None
        title = definition.title or words(definition.name)
        if site is not None and any(d_.name == definition.name for d_ in site.rs.definitions):
            return f"**{title}** (definition)\n\n{site.concept(definition.name).text.flat}"
        return f"**{title}** (definition om {definition.subject})"
    if kind == "source":
        source = program.sources.get(symbol[1])
        if source is None:
            return None
        lines = [f"**{source.title}** (kilde)"]
        if source.date is not None and source.date.value is not None:
            lines.append(f"dateret {date_text(source.date.value)}")
        if source.document:
            lines.append(f"dokument: {source.document}")
        if source.url:
            lines.append(f"adresse: {source.url}")
        return "\n\n".join(lines)
    if kind == "type":
        if symbol[1] in program.enums:
            enum = program.enums[symbol[1]]
            return f"**{enum.title or enum.name}** (opremsning): " + ", ".join(v for v, _ in enum.values)
        record = program.records.get(symbol[1])
        if record is None:
            return None
        return f"**{record.title or record.name}** (post) med felterne " + ", ".join(f.name for f in record.fields)
    if kind == "value":
        enum = program.enums.get(symbol[1])
        title = enum.title if enum is not None and enum.title else symbol[1]
        return f"`{symbol[2]}`: en værdi af {title}"
    if kind == "parameter":
        rule = program.rules.get(symbol[1])
        if rule is None:
            return None
        lines = [f"**{words(symbol[2])}**: versionsværdi i reglen {rule.title or rule.name}"]
        for version in rule.versions:
            for binding in version.bindings:
                if binding.name == symbol[2]:
                    lines.append(f"- {period_text(version.period)}: {source_excerpt(snapshot, binding.value.span)}")
        return "\n".join(lines)
    return None


def rule_text(view: docs.RuleView) -> str:
    kind = "undtagelse" if view.is_exception else "regel"
    provisions = ", ".join(p[0] for p in view.provisions)
    lines = [f"**{view.title}** ({kind}, {provisions})"]
    if view.applies_to:
        lines.append(f"Gælder for {view.applies_to.flat}.")
    if view.condition:
        lines.append(view.condition.flat)
    for requirement in view.requirements:
        lines.append(f"{requirement.period.capitalize()}: {requirement.text.flat}" if requirement.period
                     else requirement.text.flat)
    lines.append(f"Gælder {view.period}.")
    if view.deciding_date:
        lines.append(f"Afgørende dato: {view.deciding_date}.")
    if view.related:
        lines.append(("Undtagelse til: " if view.is_exception else "Undtagelser: ") + ", ".join(t for _, t in view.related))
    return "\n\n".join(lines)


def deadline_text(site: docs.Site, rule_name: str) -> Optional[str]:
    rule = next((r for r in site.rs.rules if r.name == rule_name), None)
    if rule is None:
        return None
    renderer: Renderer = site.text
    phrases = []
    for version in rule.versions:
        phrase = renderer.deadline(rule.duty, dict(version.values))
        if phrase and phrase not in [p for _, p in phrases]:
            phrases.append((version, phrase))
    if len(phrases) == 1:
        return phrases[0][1].capitalize() + "."
    return "\n".join(f"- {dates_text(v.start, v.end)}: {p}" for v, p in phrases) or None


def field_text(program, record_name: str, name: str) -> Optional[str]:
    record = program.records.get(record_name)
    declared = record.field(name) if record is not None else None
    if declared is None:
        return None
    found = program.semantics.field_types.get(declared)
    kind = checker.describe(found) if found is not None else declared.type.name
    facts = [kind]
    if declared.optional:
        facts.append("valgfri")
    if declared.default is not None:
        facts.append("med en standardværdi")
    owner = "sagen" if record.name == CASE_RECORD else f"{record.title or record.name} ({record.name})"
    lines = [f"**{words(name)}**: feltet `{name}` i {owner}", ", ".join(facts)]
    if declared.title:
        lines.append(f"«{declared.title}»")
    if record.moment == name:
        lines.append(f"tidspunktet for en {record.name.lower()}")
    if record.period and name in record.period:
        lines.append(("start" if name == record.period[0] else "slutning") + f" på perioden for {record.name.lower()}")
    target = program.records.get(declared.type.name) or program.enums.get(declared.type.name)
    if target is not None and target.title:
        lines.append(target.title)
    return "\n\n".join(lines)


def provision_text(program, ident: str) -> Optional[str]:
    provision = program.provisions.get(ident)
    if provision is None:
        return None
    lines = [f"**{ident}: {provision.title}**", f"bestemmelsen er {PROVISION_KINDS.get(provision.kind, provision.kind)}"]
    rules = program.rules_for(ident)
    sources = []
    for rule in rules:
        for citation in rule.citations:
            source = program.sources.get(citation.source)
            text = (source.title if source else citation.source) + (f", {citation.locator}" if citation.locator else "")
            if text not in sources:
                sources.append(text)
    if rules:
        lines.append("kodet i " + ", ".join(r.name for r in rules))
    if sources:
        lines.append("kilder: " + "; ".join(sources))
    return "\n\n".join(lines)


def period_text(period: s.Period) -> str:
    start = date_text(period.start.value) if period.start is not None else None
    end = date_text(period.end.value) if period.end is not None else None
    if start and end:
        return f"fra {start} til og med {end}"
    return f"fra {start}" if start else f"til og med {end}"


def source_excerpt(snapshot, span: s.Span) -> str:
    lines = snapshot.texts.get(span.path, "").split("\n")
    if span.line != span.end_line or span.line > len(lines):
        return "…"
    return lines[span.line - 1][span.column - 1:span.end_column - 1]


# ----------------------------------------------------------------------------
# Definition and references
# ----------------------------------------------------------------------------

def definition(project, path: str, line: int, column: int) -> Optional[s.Span]:
    snapshot = project.check()
    occurrence = snapshot.index.at(path, line, column)
    if occurrence is None:
        return None
    declared = snapshot.index.declaration(occurrence.symbol)
    return declared.span if declared is not None else None


def references(project, path: str, line: int, column: int, with_declaration: bool = True) -> list[s.Span]:
    snapshot = project.check()
    occurrence = snapshot.index.at(path, line, column)
    if occurrence is None:
        return []
    return [o.span for o in snapshot.index.references(occurrence.symbol, with_declaration)]


# ----------------------------------------------------------------------------
# Completion
# ----------------------------------------------------------------------------

@dataclass(frozen=True)
class Completion:
    label: str
    kind: str    # "nøgleord", "måned", "felt", "værdi", "definition", "bestemmelse", "kilde", "regel", "post"
    detail: str = ""

    @property
    def sort_text(self) -> str:
        """The order an editor lists it in: the names in scope at the cursor (fields, enum values)
        first, then other names that fit there, then the keywords the grammar accepts, month names last."""
        return f"{_RANK.get(self.kind, 2)}{self.label}"


_RANK = {"felt": 0, "værdi": 0, "definition": 1, "bestemmelse": 1, "kilde": 1, "regel": 1, "post": 1,
         "opremsning": 1, "nøgleord": 2, "måned": 3}


MONTHS = set(parser.MAANEDSNAVNE)
_SUBJECT = re.compile(r"([^\W\d][\w.]*)\s+er\s+(?:ikke\s+)?(?:en\s+af\s+(?:\w+\s*,\s*)*)?$")


def completions(project, path: str, text: str, line: int, column: int) -> list[Completion]:
    """What may be written at the position: the keywords the grammar accepts there (Lark's
    accepted tokens after the text before the cursor, in its block), and the names that fit."""
    snapshot = project.check()
    lines = text.split("\n")
    if not 1 <= line <= len(lines):
        return []
    before_cursor = "\n".join(lines[:line - 1] + [lines[line - 1][:column - 1]])
    block_start = max((start for start, _ in parser.split_blocks(text) if start <= line), default=1)
    prefix = "\n".join(before_cursor.split("\n")[block_start - 1:])
    typed = re.search(r"[\w.]*$", prefix).group()
    prefix = prefix[:len(prefix) - len(typed)]
    accepted = accepted_terminals(prefix)
    found: list[Completion] = []
    for terminal in sorted(accepted):
        keyword = parser.keyword_of(terminal)
        if keyword and (keyword[0].isalpha() or not prefix.strip()):
            found.append(Completion(keyword, "måned" if keyword in MONTHS else "nøgleord"))
    if "PROVISION_ID" in accepted:
        found += [Completion(p.id, "bestemmelse", p.title) for p in snapshot.program.provisions.values()]
    if "NAME" in accepted:
        found += names_for(snapshot, prefix)
    if not prefix.strip():  # the start of a block: every block keyword
        found += [Completion(k, "nøgleord") for k in parser.TOP_LEVEL_KEYWORDS
                  if Completion(k, "nøgleord") not in found]
    fitting = [c for c in dict.fromkeys(found) if c.label.startswith(typed.split(".")[-1]) or not typed]
    return sorted(fitting, key=lambda c: c.sort_text)


def accepted_terminals(prefix: str) -> set[str]:
    interactive = parser.get_parser().parse_interactive(prefix)
    try:
        interactive.exhaust_lexer()
    except (UnexpectedInput, parser.RunOnKeyword):
        return set()
    return set(interactive.accepts())


def names_for(snapshot, prefix: str) -> list[Completion]:
    program = snapshot.program
    words_before = re.findall(r"[\w.]+|:", prefix)
    last = words_before[-1] if words_before else ""
    second = words_before[-2] if len(words_before) > 1 else ""
    subject = _SUBJECT.search(prefix)
    if subject is not None:
        enum = enum_of(program, subject.group(1))
        if enum is not None:
            return [Completion(v, "værdi", f"værdi af {enum.name}") for v, _ in enum.values]
    line = prefix.split("\n")[-1]
    if last in ("kilde", "kilder") or re.search(r"\bmed\s+kilder\b.*,\s*$", line):
        return [Completion(n, "kilde", src.title) for n, src in program.sources.items()]
    if (last == "af" and second == "liste") or (last == ":" and prefix.startswith("post")
                                                and re.fullmatch(r"\s+\w+\s*:\s*", line)):
        return [Completion(n, "post", r.title or "") for n, r in program.records.items()] + \
               [Completion(n, "opremsning", e.title or "") for n, e in program.enums.items()]
    if last == "af" and second == "antallet":
        return [Completion(f.name, "felt", f"liste af {f.type.name}") for f in program.case.fields
                if f.type.kind == "list"] if CASE_RECORD in program.records else []
    if (last == "af" and second != "en") or (last in ("til", ",") and prefix.startswith("undtagelse")
                                           and "\n" not in prefix):
        return [Completion(n, "regel", r.title or "") for n, r in program.rules.items()]
    case = program.records.get(CASE_RECORD)
    found = []
    if case is not None:
        found += [Completion(f.name, "felt", checker.describe(program.semantics.field_types[f])
                             if f in program.semantics.field_types else "") for f in case.fields]
    found += [Completion(n, "definition", dfn.title or "") for n, dfn in program.definitions.items()]
    for record in program.records.values():
        if record.name != CASE_RECORD:
            found += [Completion(f.name, "felt", f"i {record.name}") for f in record.fields]
    return found


def enum_of(program, path: str):
    """The enumeration a field path holds (`ydelse`, `samtale.form`, `form`), if it holds one."""
    parts = path.split(".")
    candidates = [program.records.get(CASE_RECORD)] + [r for n, r in program.records.items() if n != CASE_RECORD]
    for record in candidates:
        current = record
        declared = None
        for part in parts:
            declared = current.field(part) if current is not None else None
            if declared is None:
                break
            current = program.records.get(declared.type.name)
        if declared is not None and declared.type.name in program.enums:
            return program.enums[declared.type.name]
    return None


# ----------------------------------------------------------------------------
# Quick fixes
# ----------------------------------------------------------------------------

_MEANT = re.compile(r"mente du `([^`]+)`\?")
_WORD = re.compile(r"`([^`]+)`")


@dataclass(frozen=True)
class QuickFix:
    title: str
    span: s.Span
    replacement: str


def quick_fixes(diagnostic: d.Diagnostic, text: str) -> list[QuickFix]:
    """A hint "mente du `X`?" becomes a fix that puts X in place of the word the message names."""
    meant = _MEANT.search(diagnostic.hint or "")
    if meant is None:
        return []
    span = diagnostic.span
    lines = text.split("\n")
    target = span
    wrong = _WORD.search(diagnostic.message)
    if wrong is not None and span.line <= len(lines):
        line = lines[span.line - 1]
        end = span.end_column - 1 if span.end_line == span.line else len(line)
        found = re.compile(rf"(?<!\w){re.escape(wrong.group(1))}(?!\w)").search(line, span.column - 1, max(end, span.column))
        if found:
            target = s.Span(span.path, span.line, found.start() + 1, span.line, found.end() + 1)
    return [QuickFix(f"Ret til `{meant.group(1)}`", target, meant.group(1))]


# ----------------------------------------------------------------------------
# Outline
# ----------------------------------------------------------------------------

@dataclass
class Outline:
    name: str
    kind: str            # "regel", "undtagelse", "eksempel", "definition", "post", "felt", "opremsning", "kilde", "bestemmelse"
    span: s.Span
    selection: s.Span
    detail: str = ""
    children: list["Outline"] = field(default_factory=list)


def outline(project, path: str) -> list[Outline]:
    snapshot = project.check()
    module = next((m for m in snapshot.program.modules if m.path == path), None)
    if module is None:
        return []
    found = []
    for item in module.items:
        if isinstance(item, s.RuleBase):
            kind = "undtagelse" if isinstance(item, s.Exception_) else "regel"
            found.append(Outline(item.name, kind, item.span, item.name_span, item.title or "",
                                 [Outline(e.title, "eksempel", e.span, e.span) for e in item.examples]))
        elif isinstance(item, s.Definition):
            found.append(Outline(item.name, "definition", item.span, item.name_span or item.span, item.title or ""))
        elif isinstance(item, s.RecordDecl):
            found.append(Outline(item.name, "post", item.span, item.name_span or item.span, item.title or "",
                                 [Outline(f.name, "felt", f.span, f.span) for f in item.fields]))
        elif isinstance(item, s.EnumDecl):
            found.append(Outline(item.name, "opremsning", item.span, item.name_span or item.span, item.title or ""))
        elif isinstance(item, s.SourceDecl):
            found.append(Outline(item.name, "kilde", item.span, item.name_span or item.span, item.title))
        elif isinstance(item, s.ProvisionDecl):
            found.append(Outline(item.id, "bestemmelse", item.span, item.span, item.title))
        elif isinstance(item, s.RuleSetDecl):
            found.append(Outline(item.title, "regelsæt", item.span, item.span, f"udgave {item.edition}"))
    return found


# ----------------------------------------------------------------------------
# Examples: "Kør eksemplerne"
# ----------------------------------------------------------------------------

def run_examples(snapshot) -> Optional[list[examples.ExampleOutcome]]:
    """Every example's outcome, through a package generated from these rules (as `regel test`);
    None when the rules have errors."""
    if snapshot.rule_set is None:
        return None
    with tempfile.TemporaryDirectory(prefix="regel-rediger-") as folder:
        package = examples.build_package(snapshot.rule_set, Path(folder))
        return examples.run_examples(snapshot.rule_set, package)


@dataclass
class Lens:
    span: s.Span
    title: str


def example_lenses(project, path: str, outcomes: Optional[list[examples.ExampleOutcome]]) -> list[Lens]:
    """A lens on each rule with examples ("Kør eksemplerne", or its results once run), and one
    on each example that was run: ✓, or ✗ with what was expected and what came out."""
    lenses = []
    by_rule: dict[str, list[examples.ExampleOutcome]] = {}
    for outcome in outcomes or ():
        by_rule.setdefault(outcome.rule, []).append(outcome)
    for item in outline_items(project, path):
        if not item.examples:
            continue
        ran = by_rule.get(item.name)
        if not ran:
            lenses.append(Lens(item.name_span, "▶ Kør eksemplerne"))
            continue
        failed = [o for o in ran if not o.ok]
        summary = f"✓ alle {len(ran)} eksempler bestået" if not failed else f"✗ {len(failed)} af {len(ran)} fejlede"
        lenses.append(Lens(item.name_span, f"▶ Kør eksemplerne · {summary}"))
        for example in item.examples:
            for outcome in (o for o in ran if contains(example.span, o.span.line, o.span.column)):
                title = f"✓ {outcome.expected}" if outcome.ok else \
                    f"✗ forventet {outcome.expected}; faktisk {outcome.actual}"
                lenses.append(Lens(outcome.span, title))
    return lenses


def outline_items(project, path: str) -> list[s.RuleBase]:
    module = next((m for m in project.check().program.modules if m.path == path), None)
    return [i for i in module.items if isinstance(i, s.RuleBase)] if module is not None else []
