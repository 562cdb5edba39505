"""Every name in a checked project, where it is declared and where it is used.

Read from the syntax trees and the checker's semantic model (`semantics.Semantics`: which
field, definition, value or parameter a name refers to, which list a rule counts): the
editor decides nothing about names that the checker has not decided.
"""

from __future__ import annotations

import dataclasses
import re
from collections import defaultdict
from dataclasses import dataclass
from typing import Iterator, Optional

from .. import syntax as s
from ..program import CASE_RECORD, Program

# A symbol: ("provision", id), ("source", name), ("type", name) for records and enumerations,
# ("field", record, name), ("value", enum, name), ("definition", name), ("rule", name) for
# rules and exceptions, ("parameter", rule, name) for a rule's version values.
Symbol = tuple[str, ...]


@dataclass(frozen=True)
class Occurrence:
    symbol: Symbol
    span: s.Span
    declaration: bool = False


class Index:
    def __init__(self, program: Program, texts: dict[str, str]):
        self.program = program
        self.lines = {path: text.split("\n") for path, text in texts.items()}
        self.occurrences: list[Occurrence] = []
        for module in program.modules:
            for item in module.items:
                self._item(item)
        self.by_file: dict[str, list[Occurrence]] = defaultdict(list)
        self.by_symbol: dict[Symbol, list[Occurrence]] = defaultdict(list)
        for occurrence in self.occurrences:
            self.by_file[occurrence.span.path].append(occurrence)
            self.by_symbol[occurrence.symbol].append(occurrence)

    # -- questions ---------------------------------------------------------------
    def at(self, path: str, line: int, column: int) -> Optional[Occurrence]:
        """The name at a position (lines and columns from 1, as in spans)."""
        for occurrence in self.by_file.get(path, ()):
            span = occurrence.span
            if span.line == line and span.column <= column <= span.end_column:
                return occurrence
        return None

    def declaration(self, symbol: Symbol) -> Optional[Occurrence]:
        return next((o for o in self.by_symbol.get(symbol, ()) if o.declaration), None)

    def references(self, symbol: Symbol, with_declaration: bool = True) -> list[Occurrence]:
        return [o for o in self.by_symbol.get(symbol, ()) if with_declaration or not o.declaration]

    # -- collecting -----------------------------------------------------------------
    def _add(self, symbol: Symbol, span: Optional[s.Span], declaration: bool = False) -> None:
        if span is not None and span.line > 0:
            self.occurrences.append(Occurrence(symbol, span, declaration))

    def _word(self, span: s.Span, word: str, after: int = 0) -> Optional[s.Span]:
        """Where `word` stands as a whole word inside `span` (from its start, skipping `after`
        characters): for the parts of a node that have no span of their own."""
        lines = self.lines.get(span.path)
        if lines is None:
            return None
        pattern = re.compile(rf"(?<![\w.]){re.escape(word)}(?!\w)")
        for number in range(span.line, min(span.end_line, len(lines)) + 1):
            line = lines[number - 1]
            start = span.column - 1 + after if number == span.line else 0
            end = span.end_column - 1 if number == span.end_line else len(line)
            found = pattern.search(line, start, max(start, end))
            if found:
                return s.Span(span.path, number, found.start() + 1, number, found.end() + 1)
        return None

    def _item(self, item: s.Item) -> None:
        if isinstance(item, s.ProvisionDecl):
            self._add(("provision", item.id), self._word(item.span, item.id), True)
        elif isinstance(item, s.SourceDecl):
            self._add(("source", item.name), item.name_span, True)
        elif isinstance(item, s.EnumDecl):
            self._add(("type", item.name), item.name_span, True)
            for value, span in item.values:
                self._add(("value", item.name, value), span, True)
        elif isinstance(item, s.RecordDecl):
            self._record(item)
        elif isinstance(item, s.Definition):
            self._add(("definition", item.name), item.name_span, True)
            if item.subject_span is not None:
                self._add(("type", item.subject), item.subject_span)
            self._walk(item.body, None)
        elif isinstance(item, s.RuleBase):
            self._rule(item)

    def _record(self, record: s.RecordDecl) -> None:
        self._add(("type", record.name), record.name_span, True)
        for declared in record.fields:
            span = declared.span
            self._add(("field", record.name, declared.name),
                      s.Span(span.path, span.line, span.column, span.line, span.column + len(declared.name)), True)
            if declared.type.kind != "basic":
                self._add(("type", declared.type.name), self._word(declared.type.span, declared.type.name))
            for value in (declared.default, declared.minimum):
                if value is not None:
                    self._walk(value, None)
        for clause in (record.moment, *(record.period or ())):
            if clause and record.field(clause):
                self._add(("field", record.name, clause), self._word(record.span, clause))

    def _rule(self, rule: s.RuleBase) -> None:
        self._add(("rule", rule.name), rule.name_span, True)
        for provision in rule.provisions:
            self._add(("provision", provision.id), provision.span)
        citations = [*rule.citations, *(c for part in (*rule.notes, *rule.boundary_sources) for c in part.citations)]
        for citation in citations:
            self._add(("source", citation.source), self._word(citation.span, citation.source))
        if isinstance(rule, s.Exception_):
            for target, span in rule.targets:
                self._add(("rule", target), span)
        seen_parameters: set[str] = set()
        for version in rule.versions:
            for binding in version.bindings:
                first = binding.name not in seen_parameters
                seen_parameters.add(binding.name)
                self._add(("parameter", rule.name, binding.name), self._word(binding.span, binding.name), first)
                self._walk(binding.value, rule.name)
        for part in (rule.deciding_dates, rule.applies_when, rule.exception_when, rule.exception_from,
                     rule.obligations):
            self._walk(part, rule.name)
        for example in rule.examples:
            self._example(rule, example)

    def _example(self, rule: s.RuleBase, example: s.Example) -> None:
        case = self.program.records.get(CASE_RECORD)
        for case_value in example.cases:
            for given in case_value.fields:
                self._add(("field", CASE_RECORD, given.name), self._word(given.span, given.name))
                declared = case.field(given.name) if case is not None else None
                for value in given.values:
                    self._example_value(value, declared)
        for expectation in example.expectations:
            for verdict in expectation.verdicts:
                if verdict.rule:
                    self._add(("rule", verdict.rule), self._word(verdict.span, verdict.rule))

    def _example_value(self, value, declared: Optional[s.FieldDecl]) -> None:
        type_name = declared.type.name if declared is not None else None
        if isinstance(value, s.EnumValue) and type_name in self.program.enums:
            self._add(("value", type_name, value.name), value.span)
        elif isinstance(value, s.RecordValue) and type_name in self.program.records:
            record = self.program.records[type_name]
            for name, span, inner in value.pairs:
                self._add(("field", record.name, name), span)
                self._example_value(inner, record.field(name))

    def _walk(self, node, rule: Optional[str]) -> None:
        for found in _names(node):
            if isinstance(found, s.ListRef):
                listed = self.program.semantics.lists.get(found)
                if listed is not None:
                    self._add(("field", CASE_RECORD, listed[0]), found.span)
                continue
            ref = self.program.semantics.ref_or_none(found)
            if ref is None:
                continue
            if ref.kind in ("case_field", "item_field"):
                self._path(found, ref.record or CASE_RECORD, ref.path)
            elif ref.kind == "definition":
                self._add(("definition", ref.target), found.span)
            elif ref.kind == "enum_value":
                self._add(("value", ref.record, ref.target), found.span)
            elif ref.kind == "parameter" and rule is not None:
                self._add(("parameter", rule, ref.target), found.span)

    def _path(self, name: s.Name, record_name: str, path: tuple[str, ...]) -> None:
        """`fritagelse.fra`: each part is a field of the record the part before it holds."""
        after = 0
        for part in path:
            record = self.program.records.get(record_name)
            if record is None:
                return
            span = self._word(name.span, part, after)
            if span is None:
                return
            self._add(("field", record_name, part), span)
            after = span.end_column - name.span.column if span.line == name.span.line else after
            declared = record.field(part)
            if declared is None:
                return
            record_name = declared.type.name


def _names(node) -> Iterator[s.Name | s.ListRef]:
    """Every name and list reference in a piece of the syntax tree."""
    if isinstance(node, (s.Name, s.ListRef)):
        yield node
        return
    if isinstance(node, (list, tuple)):
        for item in node:
            yield from _names(item)
    elif dataclasses.is_dataclass(node) and not isinstance(node, type) and not isinstance(node, s.Span):
        for member in dataclasses.fields(node):
            yield from _names(getattr(node, member.name))
