"""Turn Lark's parse tree of one top-level block into syntax-tree nodes.

Purely structural: no checks happen here (they live in the checker, which collects
all diagnostics instead of stopping at the first), so nothing in this module raises
on well-parsed input.
"""

from __future__ import annotations

from decimal import Decimal

from lark import Token, Tree

from . import syntax as s
from .runtime import MAANEDSNAVNE

MONTHS = {name: number for number, name in enumerate(MAANEDSNAVNE, start=1)}

UNITS: dict[str, s.DurationUnit] = {
    "dag": "dage", "dage": "dage", "uge": "uger", "uger": "uger",
    "måned": "måneder", "måneder": "måneder", "år": "år",
}

QUANTITIES: dict[str, s.QuantityUnit] = {
    "pct.": "pct", "%": "pct", "time": "timer", "timer": "timer", "kr.": "kr",
}


def _decimal(token: Token) -> Decimal:
    return Decimal(str(token).replace(",", "."))


def _whole_or_decimal(token: Token) -> int | Decimal:
    """A day, year or count: an int, or the Decimal as written so the checker can refuse it."""
    value = _decimal(token)
    return int(value) if value == int(value) else value


def _string(token: Token) -> str:
    return str(token)[1:-1]


class Builder:
    """Builds nodes for one block; `path` is the file the block came from. There is a method
    for each rule (or alias) of the grammar, called with the subtree's position (`meta`, for
    its span) and its children: tokens as they are, subtrees already built."""

    def __init__(self, path: str, line_offset: int = 0):
        self.path = path
        self.line_offset = line_offset  # the tree's lines count from 1; the file's from offset + 1

    def node(self, tree: Tree):
        """The node for a subtree, built from the bottom up (the parser limits the depth: MAX_DEPTH)."""
        children = [self.node(child) if isinstance(child, Tree) else child for child in tree.children]
        return getattr(self, tree.data)(tree.meta, children)

    def _span(self, meta) -> s.Span:
        if getattr(meta, "empty", True):
            return s.Span(self.path, 0, 0, 0, 0)
        offset = self.line_offset
        return s.Span(self.path, meta.line + offset, meta.column, meta.end_line + offset, meta.end_column)

    def _token_span(self, token: Token) -> s.Span:
        offset = self.line_offset
        return s.Span(self.path, token.line + offset, token.column, token.end_line + offset, token.end_column)

    # -- top level ---------------------------------------------------------
    def ruleset_decl(self, meta, children):
        title, edition = children
        return s.RuleSetDecl(self._span(meta), _string(title), _string(edition), self._token_span(edition))

    def provision_decl(self, meta, children):
        ident, kind, title = children
        return s.ProvisionDecl(self._span(meta), str(ident), kind, _string(title))

    def provision_kind(self, _meta, children):
        return str(children[0])

    def source_decl(self, meta, children):
        name, title, *attributes = children
        source = s.SourceDecl(self._span(meta), str(name), _string(title), name_span=self._token_span(name))
        for key, value, *span in attributes:
            setattr(source, key, value)
            if span:
                setattr(source, f"{key}_span", span[0])
        return source

    def source_date(self, _meta, children):
        return ("date", children[0])

    def source_kind(self, _meta, children):
        return ("kind", (str(children[0]), self._token_span(children[0])))

    def source_weight(self, meta, children):
        return ("weight", _string(children[0]), self._span(meta))

    def source_url(self, _meta, children):
        return ("url", _string(children[0]), self._token_span(children[0]))

    def source_document(self, _meta, children):
        return ("document", _string(children[0]))

    def source_draft(self, _meta, children):
        return ("draft", _string(children[0]) if children else "")

    # -- data model --------------------------------------------------------
    def enum_decl(self, meta, children):
        name = children[0]
        title = None
        values = children[1:]
        if values and values[0].type == "STRING":
            title, values = _string(values[0]), values[1:]
        return s.EnumDecl(
            self._span(meta), str(name), title, [(str(v), self._token_span(v)) for v in values],
            name_span=self._token_span(name),
        )

    def record_decl(self, meta, children):
        name, *rest = children
        title = None
        if rest and isinstance(rest[0], Token):
            title, rest = _string(rest[0]), rest[1:]
        record = s.RecordDecl(self._span(meta), str(name), title, [], name_span=self._token_span(name))
        for part in rest:
            if isinstance(part, s.FieldDecl):
                record.fields.append(part)
            elif part[0] == "moment":
                record.moment = part[1]
            else:
                record.period = part[1]
        return record

    def record_moment(self, _meta, children):
        return ("moment", str(children[0]))

    def record_period(self, _meta, children):
        return ("period", (str(children[0]), str(children[1])))

    def field_decl(self, meta, children):
        name, *rest = children
        title = None
        if isinstance(rest[0], Token):  # `forløbsstart "Forløbets første dag": dato`
            title, rest = _string(rest[0]), rest[1:]
        type_ref, *options = rest
        declared = s.FieldDecl(self._span(meta), str(name), type_ref, title=title)
        for key, value in options:
            setattr(declared, key, value)
        return declared

    def optional(self, _meta, children):
        return ("optional", True)

    def default(self, _meta, children):
        return ("default", children[0])

    def minimum(self, _meta, children):
        return ("minimum", children[0])

    def phrase(self, _meta, children):
        return ("phrase", _string(children[0]))

    def type_ref(self, meta, children):
        return s.TypeRef(self._span(meta), "basic", children[0])

    def basic_type(self, _meta, children):
        return str(children[0])

    def list_type(self, meta, children):
        return s.TypeRef(self._span(meta), "list", str(children[0]))

    def named_type(self, meta, children):
        return s.TypeRef(self._span(meta), "named", str(children[0]))

    def definition(self, meta, children):
        name, *rest = children
        body = rest[-1]
        title = None
        subject, subject_span = "Sag", None
        phrase = None
        for part in rest[:-1]:
            if isinstance(part, tuple):
                phrase = part[1]
            elif part.type == "STRING":
                title = _string(part)
            else:
                subject, subject_span = str(part), self._token_span(part)
        return s.Definition(self._span(meta), str(name), title, subject, subject_span, body, self._token_span(name),
                            phrase=phrase)

    def definition_phrase(self, _meta, children):
        return ("phrase", _string(children[0]))

    # -- rules -------------------------------------------------------------
    def rule(self, meta, children):
        name, title, *parts = children
        rule = s.Rule(self._span(meta), str(name), self._token_span(name), _string(title))
        self._add_parts(rule, parts)
        return rule

    def exception(self, meta, children):
        name, *rest = children
        title = None
        if rest and isinstance(rest[0], Token) and rest[0].type == "STRING":
            title, rest = _string(rest[0]), rest[1:]
        targets = []
        while rest and isinstance(rest[0], Token):
            targets.append((str(rest[0]), self._token_span(rest[0])))
            rest = rest[1:]
        exception = s.Exception_(self._span(meta), str(name), self._token_span(name), title)
        exception.targets = targets
        self._add_parts(exception, rest)
        return exception

    def _add_parts(self, rule: s.RuleBase, parts) -> None:
        for part in parts:
            if isinstance(part, s.Citation):
                rule.citations.append(part)
            elif isinstance(part, s.Period):
                rule.periods.append(part)
            elif isinstance(part, s.Version):
                rule.versions.append(part)
            elif isinstance(part, s.Note):
                rule.notes.append(part)
            elif isinstance(part, s.Example):
                rule.examples.append(part)
            elif isinstance(part, tuple):
                key, value = part
                if key == "provisions":
                    rule.provisions.extend(value)
                else:
                    getattr(rule, key).append(value)
            else:  # an obligation
                rule.obligations.append(part)

    def rule_part(self, _meta, children):
        return children[0]

    def provisions(self, _meta, children):
        return ("provisions", [s.ProvisionRef(self._token_span(t), str(t)) for t in children])

    def citation(self, meta, children):
        locator = _string(children[1]) if len(children) > 1 else None
        return s.Citation(self._span(meta), str(children[0]), locator)

    citation_ref = citation

    def period_from(self, meta, children):
        return s.Period(self._span(meta), children[0], children[1] if len(children) > 1 else None)

    def period_until(self, meta, children):
        return s.Period(self._span(meta), None, children[0])

    def deciding_date(self, _meta, children):
        return ("deciding_dates", children[0])

    def applies_when(self, _meta, children):
        return ("applies_when", children[0])

    def exception_when(self, _meta, children):
        return ("exception_when", children[0])

    def exception_from(self, _meta, children):
        return ("exception_from", children[0])

    def exception_during(self, _meta, children):
        return ("exception_during", children[0])

    def version(self, meta, children):
        return s.Version(self._span(meta), children[0], list(children[1:]))

    def binding(self, meta, children):
        return s.Binding(self._span(meta), str(children[0]), children[1])

    def note(self, meta, children):
        return s.Note(self._span(meta), _string(children[0]), list(children[1:]))

    def draft(self, meta, children):
        return ("drafts", (self._span(meta), _string(children[0]) if children else ""))

    def description(self, _meta, children):
        return ("descriptions", _string(children[0]))

    def reader_summary(self, meta, children):
        return ("reader_summaries", (self._span(meta), _string(children[0])))

    def boundary_source(self, meta, children):
        return ("boundary_sources", s.BoundarySource(self._span(meta), children[0], list(children[1:])))

    def message(self, meta, children):
        return ("messages", (self._span(meta), _string(children[0])))

    # -- obligations -------------------------------------------------------
    def _list(self, token: Token) -> s.ListRef:
        return s.ListRef(self._token_span(token), str(token))

    def deadline(self, meta, children):
        return s.Deadline(self._span(meta), children[0], children[1])

    def limit_after(self, meta, children):
        return s.LimitAfter(self._span(meta), children[0], children[1])

    def limit_within(self, meta, children):
        return s.LimitWithin(self._span(meta), children[0])

    def count_required(self, meta, children):
        minimum, items, *rest = children
        condition = rest[0] if len(rest) == 2 else None
        return s.CountRequired(
            self._span(meta), _decimal(minimum), self._list(items), condition, rest[-1]
        )

    def each_required(self, meta, children):
        return s.EachRequired(self._span(meta), children[0], children[1])

    def prohibition(self, meta, children):
        tokens = [c for c in children if isinstance(c, Token) and c.type == "NAME"]
        condition = children[-1] if not isinstance(children[-1], Token) else None
        return s.Prohibition(self._span(meta), self._list(tokens[0]), condition)

    def duration_limit(self, meta, children):
        return s.DurationLimit(self._span(meta), children[0], children[1])

    def interval_limit(self, meta, children):
        limit, items, *rest = children
        return s.IntervalLimit(self._span(meta), limit, self._list(items), rest[0] if rest else None)

    def population_share(self, meta, children):
        return s.PopulationShare(self._span(meta), children[0], children[1])

    def _selector(self, meta, kind, children):
        names = [c for c in children if isinstance(c, Token) and c.type == "NAME"]
        condition = children[-1] if not isinstance(children[-1], Token) else None
        return s.Selector(self._span(meta), kind, self._list(names[0]), condition)

    def select_each(self, meta, children):
        return self._selector(meta, "each", children)

    def select_first(self, meta, children):
        return self._selector(meta, "first", children)

    def window_first(self, meta, children):
        return s.WindowFirst(self._span(meta), children[0], children[1])

    def window_first_unit(self, meta, children):
        """`den første måned efter X`: one unit."""
        unit, anchor = children
        span = self._span(meta)
        return s.WindowFirst(span, s.DurationLit(span, amount=Decimal(1), unit=unit), anchor)

    def window_between(self, meta, children):
        inclusive = len(children) == 4
        start, end, anchor = children[0], children[-2], children[-1]
        return s.WindowBetween(self._span(meta), start, end, inclusive, anchor)

    def inclusive(self, _meta, children):
        return True

    def window_last(self, meta, children):
        return s.WindowLast(self._span(meta), children[0])

    # -- expressions -------------------------------------------------------
    def if_else(self, meta, children):
        then, condition, _ellers, otherwise = children
        return s.IfElse(self._span(meta), then=then, condition=condition, otherwise=otherwise)

    def if_present(self, meta, children):
        value, _ellers, otherwise = children
        return s.IfPresent(self._span(meta), value=value, otherwise=otherwise)

    def or_(self, meta, children):
        return s.BoolOp(self._span(meta), op="eller", left=children[0], right=children[1])

    def and_(self, meta, children):
        return s.BoolOp(self._span(meta), op="og", left=children[0], right=children[1])

    def not_(self, meta, children):
        return s.Not(self._span(meta), operand=children[0])

    def is_(self, meta, children):
        return s.Compare(self._span(meta), op="er", left=children[0], right=children[1])

    def is_not(self, meta, children):
        return s.Compare(self._span(meta), op="er ikke", left=children[0], right=children[1])

    def is_one_of(self, meta, children):
        return s.OneOf(self._span(meta), subject=children[0], values=children[1])

    def is_not_one_of(self, meta, children):
        return s.OneOf(self._span(meta), subject=children[0], values=children[1], negated=True)

    def value_list(self, _meta, children):
        return list(children)

    def compare(self, meta, children):
        left, op, right = children
        return s.Compare(self._span(meta), op=op, left=left, right=right)

    def order(self, _meta, children):
        return str(children[0])

    def is_present(self, meta, children):
        return s.Present(self._span(meta), subject=children[0])

    def is_missing(self, meta, children):
        return s.Present(self._span(meta), subject=children[0], negated=True)

    def add(self, meta, children):
        return s.Arith(self._span(meta), op="+", left=children[0], right=children[1])

    def subtract(self, meta, children):
        return s.Arith(self._span(meta), op="-", left=children[0], right=children[1])

    def name(self, meta, children):
        return s.Name(self._span(meta), parts=tuple(str(c) for c in children))

    def evaluation_date(self, meta, children):
        return s.EvaluationDate(self._span(meta))

    def count(self, meta, children):
        items, *rest = children
        condition = window = None
        for part in rest:
            if isinstance(part, s.Expr):
                condition = part
            else:
                window = part
        return s.Count(self._span(meta), items=self._list(items), filter=condition, window=window)

    # -- literals ----------------------------------------------------------
    def date(self, meta, children):
        day, month, year = children
        return s.DateLit(self._span(meta), day=_whole_or_decimal(day), month=month,
                         year=_whole_or_decimal(year))

    def month(self, _meta, children):
        return MONTHS[str(children[0])]

    def duration(self, meta, children):
        return s.DurationLit(self._span(meta), amount=_decimal(children[0]), unit=children[1])

    def unit(self, _meta, children):
        return UNITS[str(children[0])]

    def quantity(self, meta, children):
        return s.QuantityLit(self._span(meta), amount=_decimal(children[0]), unit=children[1])

    def quantity_word(self, _meta, children):
        return QUANTITIES["".join(str(c) for c in children)]

    def number(self, meta, children):
        return s.NumberLit(self._span(meta), value=_decimal(children[0]))

    def boolean(self, meta, children):
        return s.BoolLit(self._span(meta), value=str(children[0]) == "ja")

    def text(self, meta, children):
        return s.TextLit(self._span(meta), value=_string(children[0]))

    # -- examples ----------------------------------------------------------
    def example(self, meta, children):
        title, *rest = children
        cases = [c for c in rest if isinstance(c, s.ExampleCase)]
        expectations = [c for c in rest if isinstance(c, s.Expectation)]
        return s.Example(self._span(meta), _string(title), cases, expectations)

    def example_case(self, meta, children):
        name = None
        if children and isinstance(children[0], Token):
            name, children = str(children[0]), children[1:]
        return s.ExampleCase(self._span(meta), name, list(children))

    def field_value(self, meta, children):
        return s.FieldValue(self._span(meta), str(children[0]), list(children[1:]))

    def enum_value(self, meta, children):
        return s.EnumValue(self._span(meta), str(children[0]))

    def record_value(self, meta, children):
        return s.RecordValue(self._span(meta), list(children))

    def field_pair(self, _meta, children):
        name, value = children
        return (str(name), self._token_span(name), value)

    def expectation(self, meta, children):
        return s.Expectation(self._span(meta), children[0], list(children[1:]))

    def _rule_name(self, children):
        names = [c for c in children if isinstance(c, Token) and c.type == "NAME"]
        return str(names[0]) if names else None

    def no_violation(self, meta, children):
        return s.Verdict(self._span(meta), "no_violation", rule=self._rule_name(children))

    def violation(self, meta, children):
        count = next((_whole_or_decimal(c) for c in children if isinstance(c, Token) and c.type == "NUMBER"), None)
        return s.Verdict(self._span(meta), "violation", rule=self._rule_name(children), count=count)

    def violation_word(self, _meta, children):
        return None

    def pending(self, meta, children):
        return s.Verdict(self._span(meta), "pending", rule=self._rule_name(children), date=children[0])

    def data_error(self, meta, children):
        return s.Verdict(self._span(meta), "data_error", rule=self._rule_name(children))

    def exempted(self, meta, children):
        return s.Verdict(self._span(meta), "exempted", rule=self._rule_name(children))

    def fulfilled(self, meta, children):
        share = children[0] if children else None
        return s.Verdict(self._span(meta), "fulfilled", share=share)

    def not_fulfilled(self, meta, children):
        share = children[0] if children else None
        return s.Verdict(self._span(meta), "not_fulfilled", share=share)

    def share(self, meta, children):
        return s.QuantityLit(self._span(meta), amount=_decimal(children[0]), unit=children[1])


def build(tree: Tree, path: str, line_offset: int = 0) -> s.Item:
    """The node for the tree of one block (the item under `start`), whose line 1 is line
    `line_offset + 1` of the file."""
    return Builder(path, line_offset).node(tree)
