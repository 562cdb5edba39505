"""Lowering: a checked Program -> the rule IR (`nodes.py`).

This is the one place where the rule language's phrases get their legal meaning: window
bounds and last days, the deadline of `senest … efter` and of `inden for`, the day each duty
is judged on (what an exception covers), which items have happened, which item is the
first and how ties are broken, where optional data is read, which version applies and by
which date, the decision of every kind of duty. DESIGN.md lists each decision with the
function that makes it.
"""

from __future__ import annotations

import datetime
from dataclasses import replace
from decimal import Decimal
from functools import singledispatchmethod
from typing import Optional

from .. import semantics as sm
from .. import syntax as s
from ..program import CASE_RECORD, Program
from ..semantics import Semantics
from . import nodes as ir

COMPARE_OPS: dict[str, ir.CompareOp] = {
    "er": "==", "er ikke": "!=", "mindst": ">=", "højst": "<=", "over": ">", "under": "<",
    "før": "<", "efter": ">", "senest": "<=", "tidligst": ">=",
}

ONE_DAY = ir.Duration(0, 1)


def lower(program: Program, semantics: Semantics) -> ir.RuleSet:
    return Lowering(program, semantics).rule_set()


def number_value(amount: Decimal, percent: bool = False) -> int | float:
    """A number as a case's JSON and the validators hold it: a whole number as int, a
    percentage as a fraction (70 pct. -> 0.7)."""
    if percent:
        amount = amount / 100
    return int(amount) if amount == int(amount) else float(amount)


SINGULAR = {"dage": "dag", "uger": "uge", "måneder": "måned", "år": "år"}


def duration_of(literal: s.DurationLit) -> ir.Duration:
    amount = int(literal.amount)
    months, days = {"dage": (0, amount), "uger": (0, 7 * amount), "måneder": (amount, 0),
                    "år": (12 * amount, 0)}[literal.unit]
    return ir.Duration(months, days, f"{amount} {SINGULAR[literal.unit] if amount == 1 else literal.unit}")


class Scope:
    """Where an expression is lowered: the case, or an item of a list (`item` is then the Item
    node, `record` its record)."""

    def __init__(self, item: Optional[ir.Item] = None, record: Optional[str] = None):
        self.item = item
        self.record = record


CASE_SCOPE = Scope()


class Lowering:
    def __init__(self, program: Program, semantics: Semantics):
        self.program = program
        self.sem = semantics
        self.case_record = program.case
        period = self.case_record.period
        self.course_end_field = period[1] if period else None

    # ------------------------------------------------------------------ whole
    def rule_set(self) -> ir.RuleSet:
        records = [r for r in self.program.records.values() if r.name != CASE_RECORD] + [self.case_record]
        rules = [self.rule(rule) for rule in self.program.rules.values()]
        benefit = self.benefit_field()
        return ir.RuleSet(
            enums=tuple(self.enum(e) for e in self.program.enums.values()),
            records=tuple(self.record(r) for r in records),
            case_record=CASE_RECORD,
            course_end=self.course_end_field,
            definitions=tuple(self.definition(d) for d in self.program.definitions.values()),
            rules=tuple(rules),
            exceptions=tuple(self.exception(e) for e in self.program.exceptions.values()),
            sources=tuple(ir.Source(span=x.span, name=x.name, title=x.title, date=x.date.value if x.date else None,
                                    url=x.url, document=x.document, draft=x.draft,
                                    kind=x.kind[0] if x.kind else None, weight=x.weight)
                          for x in self.program.sources.values()),
            provisions=tuple(ir.Provision(span=p.span, id=p.id, kind=p.kind, title=p.title)
                             for p in self.program.provisions.values()),
            benefit_field=benefit,
            benefit_values=tuple(self.program.benefit_values()),
            title=self.program.ruleset.title if self.program.ruleset else None,
            edition=self.program.ruleset.edition if self.program.ruleset else None,
        )

    def benefit_field(self) -> Optional[str]:
        return "ydelse" if self.program.benefit_values() else None

    def benefits(self, condition: Optional[s.Expr]) -> Optional[tuple[str, ...]]:
        """The benefits for which a rule's condition can hold, in the enumeration's order (derived
        from `ydelse er …`/`er en af …` through definitions, `og` and `eller`); None: any. See RuleSet."""
        found = self.benefits_of(condition) if self.program.benefit_values() else None
        return None if found is None else tuple(v for v in self.program.benefit_values() if v in found)

    def benefits_of(self, condition: Optional[s.Expr]) -> Optional[set[str]]:
        """The benefits for which a case condition can be true; None when any can."""
        if condition is None:
            return None
        if isinstance(condition, s.Compare) and condition.op == "er" and self.is_benefit(condition.left) \
                and self.is_enum_value(condition.right):
            return {self.sem.ref(condition.right).target}
        if isinstance(condition, s.OneOf) and not condition.negated and self.is_benefit(condition.subject) \
                and all(self.is_enum_value(v) for v in condition.values):
            return {self.sem.ref(v).target for v in condition.values}
        if isinstance(condition, s.BoolOp):
            left, right = self.benefits_of(condition.left), self.benefits_of(condition.right)
            if condition.op == "og":
                return left & right if left is not None and right is not None else left if left is not None else right
            return left | right if left is not None and right is not None else None
        if isinstance(condition, s.Name):
            ref = self.sem.ref(condition)
            if ref.kind == "definition" and ref.record == CASE_RECORD:
                return self.benefits_of(self.program.definitions[ref.target].body)
        return None

    def is_benefit(self, expr: s.Expr) -> bool:
        return isinstance(expr, s.Name) and self.sem.ref(expr).kind == "case_field" \
            and self.sem.ref(expr).path == ("ydelse",)

    def is_enum_value(self, expr: s.Expr) -> bool:
        return isinstance(expr, s.Name) and self.sem.ref(expr).kind == "enum_value"

    # ------------------------------------------------------------ data model
    def enum(self, enum: s.EnumDecl) -> ir.Enum:
        return ir.Enum(span=enum.span, name=enum.name, title=enum.title or enum.name,
                       values=tuple(v for v, _ in enum.values))

    def record(self, record: s.RecordDecl) -> ir.Record:
        fields = tuple(self.field(record, declared) for declared in record.fields)
        # The case's own period must be in order, or no rule could judge the case: such a
        # record is invalid. Any other record's period (an item's, or a record field's) is
        # checked where a rule reads its end (EffectiveEnd, InOrder, WithinPeriod): an end
        # before the start is a datafejl for that rule, as for Tilbud.
        in_order = record.period if record.name == CASE_RECORD and record.period else None
        return ir.Record(span=record.span, name=record.name, title=record.title or record.name, fields=fields,
                         kind=self.item_kind(record), period_in_order=in_order)

    def item_kind(self, record: s.RecordDecl) -> Optional[ir.ItemKind]:
        if record.period:
            return ir.ItemKind(record=record.name, moment=record.period[0], period_end=record.period[1])
        if record.moment:
            return ir.ItemKind(record=record.name, moment=record.moment, period_end=None)
        return None

    def field(self, record: s.RecordDecl, declared: s.FieldDecl) -> ir.Field:
        ref = declared.type
        type_ = self.sem.field_type(declared)
        default = minimum = None
        if isinstance(declared.default, s.BoolLit):
            default = declared.default.value
        elif isinstance(declared.default, (s.NumberLit, s.QuantityLit)):
            default = self.literal_number(declared.default)
        if declared.minimum is not None:
            minimum = self.literal_number(declared.minimum)
        return ir.Field(span=declared.span, name=declared.name, type=type_,
                        basic=ref.name if ref.kind == "basic" else None,
                        required=not declared.optional and declared.default is None and ref.kind != "list",
                        default=default, minimum=minimum, title=declared.title, phrase=declared.phrase)

    @staticmethod
    def literal_number(expr: s.Expr) -> int | float:
        if isinstance(expr, s.QuantityLit):
            return number_value(expr.amount, percent=expr.unit == "pct")
        return number_value(expr.value)

    # ----------------------------------------------------------- definitions
    def definition(self, definition: s.Definition) -> ir.Definition:
        scope = CASE_SCOPE
        list_field = None
        if definition.subject != CASE_RECORD:
            list_field = self.list_field_of(definition.subject)
            scope = self.item_scope(definition.subject, list_field, definition.span)
        return ir.Definition(span=definition.span, name=definition.name, title=definition.title or definition.name,
                             subject=definition.subject, list_field=list_field, body=self.expr(definition.body, scope),
                             phrase=definition.phrase)

    def list_field_of(self, record: str) -> str:
        for declared in self.case_record.fields:
            if declared.type.kind == "list" and declared.type.name == record:
                return declared.name
        return record.lower()

    def item_scope(self, record: str, list_field: str, span: s.Span) -> Scope:
        return Scope(ir.Item(span=span, type=sm.Type("record", record), list_field=list_field), record)

    # ------------------------------------------------------------------ rules
    def common(self, rule: s.RuleBase) -> dict:
        return dict(span=rule.span, name=rule.name, title=rule.title or rule.name,
                    provisions=tuple(p.id for p in rule.provisions),
                    citations=tuple(ir.Citation(source=c.source, locator=c.locator) for c in rule.citations),
                    draft=self.draft(rule),
                    reader_summary=rule.reader_summaries[0][1] if rule.reader_summaries else None,
                    boundary_sources=tuple(sorted(
                        (ir.BoundarySource(date=b.date.value, citations=tuple(
                            ir.Citation(source=c.source, locator=c.locator) for c in b.citations))
                         for b in rule.boundary_sources), key=lambda b: b.date)))

    def draft(self, rule: s.RuleBase) -> Optional[str]:
        """Why a rule is not settled law: its own `udkast`, else the first draft source it cites."""
        if rule.draft is not None:
            return rule.draft.strip() or "markeret som udkast"
        for citation in rule.citations:
            source = self.program.sources.get(citation.source)
            if source is not None and source.draft is not None:
                return f"bygger på kilden «{source.title}», som er et udkast"
        return None

    def versions(self, rule: s.RuleBase) -> tuple[ir.Version, ...]:
        """The rule's versions, each clipped to the rule's own period; a rule without versions
        has one version: its period of force (unlimited when it has none)."""
        period = rule.period
        outer_start = period.start.value if period and period.start else None
        outer_end = period.end.value if period and period.end else None
        written = rule.versions if isinstance(rule, s.Rule) else []
        if not written:
            return (ir.Version(span=(period or rule).span, start=outer_start, end=outer_end,
                               citations=self.introduced_by(rule, outer_start)),)
        result = []
        for version in sorted(written, key=lambda v: (v.period.start is not None,
                                                      v.period.start.value if v.period.start else None)):
            start, end = outer_start, outer_end
            if version.period.start:
                start = max(filter(None, [start, version.period.start.value]))
            if version.period.end:
                end = min(filter(None, [end, version.period.end.value]))
            values = tuple((b.name, self.expr(b.value, CASE_SCOPE)) for b in version.bindings)
            result.append(ir.Version(span=version.span, start=start, end=end, values=values,
                                     citations=self.introduced_by(rule, start)))
        return tuple(result)

    def introduced_by(self, rule: s.RuleBase, start: Optional[datetime.date]) -> tuple[ir.Citation, ...]:
        """What a finding judged by the version from `start` cites besides the rule's own sources:
        the rule's `ændring` on that day (the source that made the rule start or change then),
        less the sources the rule cites itself. An exception's versions cite nothing (its entry
        under `undtagelser` names no source), nor does a version without a first day."""
        if not isinstance(rule, s.Rule) or start is None:
            return ()
        own = {(c.source, c.locator) for c in rule.citations}
        return tuple(ir.Citation(source=c.source, locator=c.locator)
                     for b in rule.boundary_sources if b.date.value == start
                     for c in b.citations if (c.source, c.locator) not in own)

    def rule(self, rule: s.Rule) -> ir.Rule:
        obligation = rule.obligation
        versions = self.versions(rule)
        item = self.item_of(obligation)
        scope = item if item is not None else CASE_SCOPE
        deciding = rule.deciding_date
        # A rule in force without limit needs no deciding date (one it names is not read); a dated
        # rule with a duty always names one (the checker sees to it), a right or information needs none.
        unlimited = len(versions) == 1 and versions[0].start is None and versions[0].end is None
        deciding_date = None if unlimited or deciding is None else self.expr(deciding, scope)
        duty: ir.Duty | ir.Share | None = None
        if isinstance(obligation, s.PopulationShare):
            duty = ir.Share(condition=self.expr(obligation.condition, CASE_SCOPE),
                            minimum=self.expr(obligation.minimum, CASE_SCOPE))
        elif obligation is not None:
            duty = self.duty(rule, obligation, scope, bool(rule.versions))
        return ir.Rule(
            **self.common(rule),
            message=rule.message,
            applies_when=self.expr(rule.condition, CASE_SCOPE) if rule.condition is not None else None,
            versions=versions,
            deciding_date=deciding_date,
            duty=duty,
            exceptions=tuple(e.name for e in self.sem.exceptions_of(rule.name)),
            benefits=self.benefits(rule.condition),
            **self.texts(rule),
        )

    def texts(self, rule: s.RuleBase) -> dict:
        """What a rule says besides its meaning: description, notes, examples."""
        return dict(description=rule.description,
                    notes=tuple(ir.Note(text=n.text, citations=tuple(ir.Citation(source=c.source, locator=c.locator)
                                                                    for c in n.citations)) for n in rule.notes),
                    examples=tuple(self.example(rule, e) for e in rule.examples))

    def item_of(self, obligation: Optional[s.Obligation]) -> Optional[Scope]:
        """The item scope of an item rule (the deciding date and the requirement read the item)."""
        items = None
        if isinstance(obligation, (s.EachRequired, s.DurationLimit)):
            items = obligation.selector.items
        elif isinstance(obligation, (s.Prohibition, s.IntervalLimit)):
            items = obligation.items
        if items is None:
            return None
        case_field, record = self.sem.list_of(items)
        return self.item_scope(record, case_field, items.span)

    # ----------------------------------------------------------------- duties
    def duty(self, rule: s.Rule, o: s.Obligation, item: Scope, versioned: bool) -> ir.Duty:
        if isinstance(o, s.Deadline):
            return self.deadline(rule, o)
        if isinstance(o, s.CountRequired):
            return self.count(o)
        if isinstance(o, s.EachRequired):
            return self.each(o, item, versioned)
        if isinstance(o, s.Prohibition):
            return self.prohibition(o, item)
        if isinstance(o, s.DurationLimit):
            return self.duration_limit(o, item)
        return self.interval(o, item)

    def query(self, items: s.ListRef, filter_: Optional[s.Expr], window: Optional[s.Window] = None,
              window_scope: Scope = CASE_SCOPE) -> ir.ItemQuery:
        case_field, record = self.sem.list_of(items)
        scope = self.item_scope(record, case_field, items.span)
        kind = self.item_kind(self.program.records[record])
        return ir.ItemQuery(
            span=items.span, list_field=case_field, kind=kind, happened=kind is not None,
            window=self.window(window, window_scope) if window is not None else None,
            filter=self.expr(filter_, scope) if filter_ is not None else None)

    def local(self, name: str, type_: sm.Type, span: s.Span) -> ir.Local:
        return ir.Local(span=span, type=type_, name=name)

    def course_runs_on(self, day: ir.Expr) -> ir.CourseRunsOn:
        end = None
        if self.course_end_field is not None:
            end = ir.FieldOf(span=day.span, type=ir.OPTIONAL_DATE, record=ir.Case(span=day.span, type=sm.Type(
                "record", CASE_RECORD)), field=self.course_end_field)
        return ir.CourseRunsOn(span=day.span, type=ir.BOOL, day=day, course_end=end)

    def present(self, expr: ir.Expr) -> ir.IsPresent:
        return ir.IsPresent(span=expr.span, type=ir.BOOL, value=expr)

    def compare(self, op: ir.CompareOp, left: ir.Expr, right: ir.Expr) -> ir.Compare:
        return ir.Compare(span=left.span, type=ir.BOOL, op=op, left=left, right=right)

    def both(self, left: ir.Expr, right: ir.Expr) -> ir.And:
        return ir.And(span=left.span, type=ir.BOOL, left=left, right=right)

    def evaluation_date(self, span: s.Span) -> ir.EvaluationDate:
        return ir.EvaluationDate(span=span, type=ir.DATE)

    def text(self, value: str, span: s.Span) -> ir.Const:
        return ir.Const(span=span, type=ir.TEXT, value=value)

    def deadline(self, rule: s.Rule, o: s.Deadline) -> ir.Duty:
        """`senest D efter A`: the deadline is A + D; `inden for <vindue>`: the window's last day.
        The event is the first happened item that meets the filter. Judged on the deadline."""
        span = o.span
        window = None
        if isinstance(o.limit, s.LimitAfter):
            due = self.shift(self.expr(o.limit.anchor, CASE_SCOPE), self.expr(o.limit.duration, CASE_SCOPE), 1)
        else:
            window = self.window(o.limit.window, CASE_SCOPE)
            due = window.last_day
        query = self.query(o.selector.items, o.selector.filter)
        terms = ir.Terms(items=query, first=True, filter=query.filter, due=due, window=window)
        frist = self.local("frist", ir.DATE, span)
        event = self.local("dato", ir.OPTIONAL_DATE, span)
        begins = query.kind is not None and query.kind.period_end is not None
        what = self.text(f"første {query.kind.record.lower() if query.kind else o.selector.items.name}", span)
        facts = (("hvad", what), ("begynder", ir.Const(span=span, type=ir.BOOL, value=begins)),
                 ("frist", frist))
        happened = self.present(event)
        rows = (
            (self.both(happened, self.compare(">", event, frist)),
             ir.Outcome(kind="overtrådt", message="frist_for_sent", facts=facts + (("dato", event),), frist=frist)),
            (happened, ir.Outcome(kind="opfyldt", message="frist_rettidig", facts=facts + (("dato", event),))),
            (ir.Not(span=span, type=ir.BOOL, operand=self.course_runs_on(frist)),
             ir.Outcome(kind="ikke_omfattet", message="forloeb_sluttet", facts=facts)),
            (self.compare("<", frist, self.evaluation_date(span)),
             ir.Outcome(kind="overtrådt", message="frist_udeblevet", facts=facts, frist=frist)),
            (None, ir.Outcome(kind="frist", message="frist_kommende", facts=facts, frist=frist)),
        )
        return ir.Duty(span=span, kind="frist", instance=ir.PerCase(),
                       lets=(ir.Let(name="frist", value=due, meaning="fristen"),),
                       judging_day=frist,
                       facts=(ir.Let(name="dato", value=ir.FirstMoment(span=span, type=ir.OPTIONAL_DATE, query=query),
                                     meaning=f"datoen for {what.value}"),),
                       decision=ir.Decision(rows=rows), item_noun=what.value, item_label=False, terms=terms)

    def count(self, o: s.CountRequired) -> ir.Duty:
        """At least N items in a window, judged on the window's last day: owed only when the
        course ran on that day; until the day has passed, a pending deadline with the count so far."""
        span = o.span
        window = self.window(o.window, CASE_SCOPE)
        last = self.local("sidste_dag", ir.DATE, span)
        in_window = replace(window, start=self.local("start", ir.DATE, span), end=self.local("slut", ir.DATE, span),
                            last_day=last)
        query = self.query(o.items, o.filter)
        query = ir.ItemQuery(span=query.span, list_field=query.list_field, kind=query.kind, happened=query.happened,
                             window=in_window, filter=query.filter)
        count = self.local("antal", ir.NUMBER, span)
        minimum = ir.Const(span=span, type=ir.NUMBER, value=int(o.minimum))
        case_field, record = self.sem.list_of(o.items)
        facts = (("start", self.local("start", ir.DATE, span)), ("frist", last), ("antal", count),
                 ("krav", minimum), ("ental", self.text(record.lower(), span)),
                 ("flertal", self.text(case_field, span)))
        passed = self.compare("<", last, self.evaluation_date(span))
        rows = (
            (ir.Not(span=span, type=ir.BOOL, operand=self.course_runs_on(last)),
             ir.Outcome(kind="ikke_omfattet", message="forloeb_sluttet", facts=facts)),
            (self.both(passed, self.compare("<", count, minimum)),
             ir.Outcome(kind="overtrådt", message="antal_for_faa", facts=facts, frist=last)),
            (passed, ir.Outcome(kind="opfyldt", message="antal_naaet", facts=facts)),
            (None, ir.Outcome(kind="frist", message="antal_kommende", facts=facts, frist=last, count=count)),
        )
        return ir.Duty(span=span, kind="antal", instance=ir.PerCase(),
                       lets=(ir.Let(name="start", value=window.start, meaning="periodens første dag"),
                             ir.Let(name="slut", value=window.end, meaning="dagen efter periodens sidste dag"),
                             ir.Let(name="sidste_dag", value=self.shift(in_window.end, ir.Const(span=span, type=ir.DURATION, value=ONE_DAY), -1),
                                    meaning="periodens sidste dag")),
                       judging_day=last,
                       facts=(ir.Let(name="antal", value=ir.CountItems(span=span, type=ir.NUMBER, query=query),
                                     meaning=f"antallet af {case_field}"),),
                       decision=ir.Decision(rows=rows), item_noun=record.lower(), item_label=False,
                       terms=ir.Terms(items=query, filter=query.filter, window=window, minimum=int(o.minimum)))

    def item_moment(self, item: Scope, span: s.Span) -> ir.FieldOf:
        kind = self.item_kind(self.program.records[item.record])
        return ir.FieldOf(span=span, type=ir.DATE, record=item.item, field=kind.moment)

    def each(self, o: s.EachRequired, item: Scope, versioned: bool) -> ir.Duty:
        """A requirement for each (or the first) happened item, judged on the item's date. The
        first is the earliest; of several on one day, one meeting the requirement when the rule
        has no versions (the order in the list must not make a violation), else the first listed."""
        span = o.span
        requirement = self.expr(o.requirement, item)
        if o.selector.kind == "first":
            prefer = requirement if not versioned else None
            instance: ir.Instance = ir.FirstItem(query=self.query(o.selector.items, o.selector.filter), prefer=prefer)
        else:
            instance = ir.PerItem(query=self.query(o.selector.items, None),
                                  filter=self.expr(o.selector.filter, item) if o.selector.filter is not None else None)
        terms = ir.Terms(items=instance.query, first=o.selector.kind == "first",
                         filter=instance.query.filter if o.selector.kind == "first" else instance.filter,
                         requirement=requirement)
        return self.item_duty("hver", instance, requirement, item, span, negate=True, terms=terms)

    def prohibition(self, o: s.Prohibition, item: Scope) -> ir.Duty:
        """No happened item may meet the condition; judged on each item's date."""
        forbidden = self.expr(o.filter, item)
        query = self.query(o.items, None)
        return self.item_duty("forbud", ir.PerItem(query=query), forbidden, item, o.span, negate=False,
                              terms=ir.Terms(items=query, requirement=forbidden))

    def item_duty(self, kind, instance: ir.Instance, test: ir.Expr, item: Scope, span: s.Span,
                  negate: bool, terms: ir.Terms) -> ir.Duty:
        day = self.local("dato", ir.DATE, span)
        noun = item.record.lower()
        facts = (("hvad", self.text(noun, span)), ("dato", day))
        violated = ir.Not(span=test.span, type=ir.BOOL, operand=test) if negate else test
        message = "hver_opfylder_ikke" if negate else "forbud_overtraadt"
        rows = ((violated, ir.Outcome(kind="overtrådt", message=message, facts=facts)),
                (None, ir.Outcome(kind="opfyldt", message="hver_opfylder" if negate else "forbud_overholdt",
                                  facts=facts)))
        return ir.Duty(span=span, kind=kind, instance=instance,
                       lets=(ir.Let(name="dato", value=self.item_moment(item, span), meaning=f"{noun}ens dato"),),
                       judging_day=day, facts=(), decision=ir.Decision(rows=rows), item_noun=noun, item_label=True,
                       terms=terms)

    def duration_limit(self, o: s.DurationLimit, item: Scope) -> ir.Duty:
        """Each period item may last at most the limit: the last allowed day is start + limit - 1
        day; a running item violates once E is past it. Judged on the last allowed day."""
        span = o.span
        kind = self.item_kind(self.program.records[item.record])
        start = ir.FieldOf(span=span, type=ir.DATE, record=item.item, field=kind.moment)
        end = self.local("slut", ir.OPTIONAL_DATE, span)
        limit = self.expr(o.limit, item)
        choices = limit_choices(o.limit)
        if len(choices) > 1:
            limit = ir.LimitIfDecidable(span=limit.span, type=ir.DURATION, limit=limit,
                                        choices=tuple(self.expr(c, item) for c in choices),
                                        start=self.local("start", ir.DATE, span), end=end)
        last = self.local("sidste_dag", ir.DATE, span)
        noun = item.record.lower()
        facts = (("hvad", self.text(noun, span)), ("start", self.local("start", ir.DATE, span)),
                 ("graense", self.local("graense", ir.DURATION, span)), ("frist", last))
        ended = self.present(end)
        rows = (
            (self.both(ended, self.compare(">", end, last)),
             ir.Outcome(kind="overtrådt", message="varighed_for_lang", facts=facts + (("dato", end),), frist=last)),
            (ended, ir.Outcome(kind="opfyldt", message="varighed_overholdt", facts=facts + (("dato", end),))),
            (self.compare(">", self.evaluation_date(span), last),
             ir.Outcome(kind="overtrådt", message="varighed_loebende", facts=facts, frist=last)),
            (None, ir.Outcome(kind="frist", message="varighed_kommende", facts=facts, frist=last)),
        )
        one_day = ir.Const(span=span, type=ir.DURATION, value=ONE_DAY)
        lets = (
            ir.Let(name="start", value=start, meaning=f"{noun}ets start"),
            ir.Let(name="slut", value=ir.EffectiveEnd(span=span, type=ir.OPTIONAL_DATE, item=item.item, kind=kind),
                   meaning=f"{noun}ets slut (tom, mens det varer)"),
            ir.Let(name="graense", value=limit, meaning="den længste tilladte varighed"),
            ir.Let(name="sidste_dag", value=self.shift(self.shift(self.local("start", ir.DATE, span),
                                                                  self.local("graense", ir.DURATION, span), 1),
                                                       one_day, -1), meaning="den sidste tilladte dag"),
        )
        filter_ = self.expr(o.selector.filter, item) if o.selector.filter is not None else None
        query = self.query(o.selector.items, None)
        return ir.Duty(span=span, kind="varighed", instance=ir.PerItem(query=query, filter=filter_),
                       lets=lets, judging_day=last, facts=(), decision=ir.Decision(rows=rows), item_noun=noun,
                       item_label=True, terms=ir.Terms(items=query, filter=filter_, limit=self.expr(o.limit, item)))

    def interval(self, o: s.IntervalLimit, item: Scope) -> ir.Duty:
        """At most the limit from the end of one period to the start of the next (overlapping
        items are one period, see PerGap). Judged on the latest allowed start of the next item."""
        span = o.span
        end = self.local("ende", ir.DATE, span)
        following = self.local("naeste", ir.OPTIONAL_DATE, span)
        latest = self.local("seneste", ir.DATE, span)
        noun = item.record.lower()
        facts = (("hvad", self.text(noun, span)), ("ende", end), ("graense", self.local("graense", ir.DURATION, span)),
                 ("frist", latest))
        started = self.present(following)
        rows = (
            (self.both(started, self.compare(">", following, latest)),
             ir.Outcome(kind="overtrådt", message="pause_for_lang", facts=facts + (("dato", following),),
                        frist=latest)),
            (started, ir.Outcome(kind="opfyldt", message="pause_overholdt", facts=facts + (("dato", following),))),
            (ir.Not(span=span, type=ir.BOOL, operand=self.course_runs_on(latest)),
             ir.Outcome(kind="ikke_omfattet", message="forloeb_sluttet", facts=facts)),
            (self.compare("<", latest, self.evaluation_date(span)),
             ir.Outcome(kind="overtrådt", message="pause_intet_nyt", facts=facts, frist=latest)),
            (None, ir.Outcome(kind="frist", message="pause_kommende", facts=facts, frist=latest)),
        )
        limit = self.expr(o.limit, item)
        query = self.query(o.items, o.filter)
        lets = (ir.Let(name="graense", value=limit, meaning="den længste tilladte pause"),
                ir.Let(name="seneste", value=self.shift(end, self.local("graense", ir.DURATION, span), 1),
                       meaning="den seneste dag, det næste kan begynde"))
        return ir.Duty(span=span, kind="pause", instance=ir.PerGap(query=query),
                       lets=lets, judging_day=latest, facts=(), decision=ir.Decision(rows=rows), item_noun=noun,
                       item_label=True, terms=ir.Terms(items=query, filter=query.filter, limit=limit))

    # -------------------------------------------------------------- windows
    def shift(self, date: ir.Expr, duration: ir.Expr, sign: int) -> ir.Expr:
        return ir.ShiftDate(span=date.span, type=ir.DATE, date=date, duration=duration, sign=sign)

    def window(self, window: s.Window, scope: Scope) -> ir.Window:
        """`de første D efter A` = [A, A + D); `perioden fra D1 til D2 efter A` = [A + D1, A + D2),
        `til og med D2` includes A + D2; `de seneste D` = (E - D, E]. The last day is end - 1 day."""
        one_day = ir.Const(span=window.span, type=ir.DURATION, value=ONE_DAY)
        if isinstance(window, s.WindowLast):
            today = self.evaluation_date(window.span)
            length = self.expr(window.duration, scope)
            start = self.shift(self.shift(today, length, -1), one_day, 1)
            return ir.Window(span=window.span, start=start, end=self.shift(today, one_day, 1), last_day=today,
                             form="last", lengths=(length,))
        anchor = self.expr(window.anchor, scope)
        if isinstance(window, s.WindowFirst):
            length = self.expr(window.duration, scope)
            end = self.shift(anchor, length, 1)
            return ir.Window(span=window.span, start=anchor, end=end, last_day=self.shift(end, one_day, -1),
                             form="first", anchor=anchor, lengths=(length,))
        lengths = (self.expr(window.start, scope), self.expr(window.end, scope))
        closing = self.shift(anchor, lengths[1], 1)
        end, last = (self.shift(closing, one_day, 1), closing) if window.inclusive \
            else (closing, self.shift(closing, one_day, -1))
        return ir.Window(span=window.span, start=self.shift(anchor, lengths[0], 1), end=end, last_day=last,
                         form="between", anchor=anchor, lengths=lengths, inclusive=window.inclusive)

    # ------------------------------------------------------------ exceptions
    def exception(self, exception: s.Exception_) -> ir.ExceptionIR:
        """An exception without a deciding date is decided by the day the duty is judged on; with
        `omfatter frister fra og med X` it covers the duties whose judging day is X or later."""
        span = exception.span
        day = ir.JudgingDay(span=span, type=ir.DATE)
        deciding = self.expr(exception.deciding_date, CASE_SCOPE) if exception.deciding_date is not None else day
        covers = None
        if exception.effective_from is not None:
            covers = self.compare(">=", day, self.expr(exception.effective_from, CASE_SCOPE))
        elif exception.covered_period is not None:
            covers = self.within_period(day, exception.covered_period)
        return ir.ExceptionIR(**self.common(exception), targets=tuple(t for t, _ in exception.targets),
                              condition=self.expr(exception.condition, CASE_SCOPE),
                              versions=self.versions(exception), deciding_date=deciding, covers=covers,
                              benefits=self.benefits(exception.condition), **self.texts(exception))

    def within_period(self, day: ir.Expr, period: s.Name) -> ir.WithinPeriod | ir.WithinAnyPeriod:
        """`mens X varer`: the judging day lies in X's registered period, both days included; no
        end yet: X still lasts; no X: nothing is covered (see WithinPeriod). X a list: in the
        period of any of its items (see WithinAnyPeriod)."""
        record = self.expr(period, CASE_SCOPE, safe=True)
        start, end = self.program.records[record.type.name].period
        if record.type.kind == "list":
            return ir.WithinAnyPeriod(span=period.span, type=ir.BOOL, day=day, items=record,
                                      list_field=self.sem.ref(period).path[-1], start=start, end=end)
        return ir.WithinPeriod(span=period.span, type=ir.BOOL, day=day,
                               start=ir.MaybeFieldOf(span=period.span, type=ir.OPTIONAL_DATE, record=record, field=start),
                               end=ir.MaybeFieldOf(span=period.span, type=ir.OPTIONAL_DATE, record=record, field=end),
                               label=".".join((*self.sem.ref(period).path, end)))

    # ------------------------------------------------------------- examples
    def example(self, rule: s.RuleBase, example: s.Example) -> ir.Example:
        """An example's cases as case JSON; a verdict without `af <regel>` is about the rule (in an
        exception: about the first rule it overrides)."""
        default = rule.targets[0][0] if isinstance(rule, s.Exception_) and rule.targets else rule.name
        cases = []
        for number, case in enumerate(example.cases, start=1):
            data: dict = {"id": case.name or f"eksempel-{number}"}
            self.fill(self.case_record, case.fields, data)
            cases.append(data)
        expectations = tuple(
            ir.Expectation(span=e.span, date=e.date.value, verdicts=tuple(
                ir.Verdict(kind=v.kind, rule=v.rule or default, count=v.count,
                           date=v.date.value if v.date is not None else None,
                           share=float(v.share.amount) if v.share is not None else None) for v in e.verdicts))
            for e in example.expectations)
        return ir.Example(span=example.span, title=example.title, cases=tuple(cases),
                          case_names=tuple(c.name for c in example.cases), expectations=expectations)

    def fill(self, record: s.RecordDecl, values, data: dict) -> None:
        for value in values:
            if isinstance(value, s.FieldValue):
                name, items = value.name, value.values
            else:  # (name, span, value) from a record literal
                name, _span, item = value
                items = [item]
            declared = record.field(name)
            if declared.type.kind == "list":
                target = self.program.records[declared.type.name]
                data.setdefault(name, []).extend(self.example_json(item, target) for item in items)
            else:
                data[name] = self.example_json(items[0], self.program.records.get(declared.type.name))

    def example_json(self, value, record: Optional[s.RecordDecl]):
        if isinstance(value, s.RecordValue):
            data: dict = {}
            self.fill(record, value.pairs, data)
            return data
        if isinstance(value, s.EnumValue):
            return value.name
        if isinstance(value, s.DateLit):
            return value.value.isoformat()
        if isinstance(value, (s.BoolLit, s.TextLit)):
            return value.value
        if isinstance(value, s.QuantityLit):
            return number_value(value.amount, percent=value.unit == "pct")
        return number_value(value.value)

    # ----------------------------------------------------------- expressions
    # One method per syntax node (functools.singledispatchmethod, the visitor style of every
    # pass); `safe` reads optional fields without requiring them (only names use it).
    @singledispatchmethod
    def expr(self, e: s.Expr, scope: Scope, safe: bool = False) -> ir.Expr:
        raise AssertionError(f"unknown expression {type(e).__name__}")  # the grammar has no other

    @expr.register
    def _(self, e: s.Name, scope: Scope, safe: bool = False) -> ir.Expr:
        return self.name(e, scope, safe)

    @expr.register
    def _(self, e: s.DateLit, scope: Scope, safe: bool = False) -> ir.Expr:
        return ir.Const(span=e.span, type=ir.DATE, value=e.value)

    @expr.register
    def _(self, e: s.DurationLit, scope: Scope, safe: bool = False) -> ir.Expr:
        return ir.Const(span=e.span, type=ir.DURATION, value=duration_of(e))

    @expr.register
    def _(self, e: s.QuantityLit, scope: Scope, safe: bool = False) -> ir.Expr:
        return ir.Const(span=e.span, type=self.sem.type_of(e), value=number_value(e.amount, percent=e.unit == "pct"))

    @expr.register
    def _(self, e: s.NumberLit, scope: Scope, safe: bool = False) -> ir.Expr:
        return ir.Const(span=e.span, type=self.sem.type_of(e), value=number_value(e.value))

    @expr.register
    def _(self, e: s.BoolLit, scope: Scope, safe: bool = False) -> ir.Expr:
        return ir.Const(span=e.span, type=ir.BOOL, value=e.value)

    @expr.register
    def _(self, e: s.TextLit, scope: Scope, safe: bool = False) -> ir.Expr:
        return ir.Const(span=e.span, type=ir.TEXT, value=e.value)

    @expr.register
    def _(self, e: s.EvaluationDate, scope: Scope, safe: bool = False) -> ir.Expr:
        return self.evaluation_date(e.span)

    @expr.register
    def _(self, e: s.Not, scope: Scope, safe: bool = False) -> ir.Expr:
        return ir.Not(span=e.span, type=ir.BOOL, operand=self.expr(e.operand, scope))

    @expr.register
    def _(self, e: s.BoolOp, scope: Scope, safe: bool = False) -> ir.Expr:
        node = ir.And if e.op == "og" else ir.Or
        return node(span=e.span, type=ir.BOOL, left=self.expr(e.left, scope), right=self.expr(e.right, scope))

    @expr.register
    def _(self, e: s.Compare, scope: Scope, safe: bool = False) -> ir.Expr:
        return ir.Compare(span=e.span, type=ir.BOOL, op=COMPARE_OPS[e.op], left=self.expr(e.left, scope),
                          right=self.expr(e.right, scope))

    @expr.register
    def _(self, e: s.OneOf, scope: Scope, safe: bool = False) -> ir.Expr:
        return ir.InSet(span=e.span, type=ir.BOOL, subject=self.expr(e.subject, scope),
                        values=tuple(self.expr(v, scope) for v in e.values), negated=e.negated)

    @expr.register
    def _(self, e: s.Present, scope: Scope, safe: bool = False) -> ir.Expr:
        subject_type = self.sem.type_of(e.subject)
        test = ir.IsPresent(span=e.span, type=ir.BOOL, value=self.expr(e.subject, scope, safe=True),
                            blank_is_absent=subject_type is not None and subject_type.kind == "text")
        return ir.Not(span=e.span, type=ir.BOOL, operand=test) if e.negated else test

    @expr.register
    def _(self, e: s.Arith, scope: Scope, safe: bool = False) -> ir.Expr:
        left, right = self.expr(e.left, scope), self.expr(e.right, scope)
        if left.type.kind == "date":
            return ir.ShiftDate(span=e.span, type=ir.DATE, date=left, duration=right, sign=1 if e.op == "+" else -1)
        return ir.Arithmetic(span=e.span, type=self.sem.type_of(e), op=e.op, left=left, right=right)

    @expr.register
    def _(self, e: s.IfElse, scope: Scope, safe: bool = False) -> ir.Expr:
        return ir.IfElse(span=e.span, type=self.sem.type_of(e), condition=self.expr(e.condition, scope),
                         then=self.expr(e.then, scope), otherwise=self.expr(e.otherwise, scope))

    @expr.register
    def _(self, e: s.IfPresent, scope: Scope, safe: bool = False) -> ir.Expr:
        return ir.Coalesce(span=e.span, type=self.sem.type_of(e), value=self.expr(e.value, scope, safe=True),
                           otherwise=self.expr(e.otherwise, scope))

    @expr.register
    def _(self, e: s.Count, scope: Scope, safe: bool = False) -> ir.Expr:
        return ir.CountItems(span=e.span, type=ir.NUMBER, query=self.query(e.items, e.filter, e.window, scope))

    def name(self, e: s.Name, scope: Scope, safe: bool) -> ir.Expr:
        ref = self.sem.ref(e)
        t = self.sem.type_of(e)
        span = e.span
        if ref.kind == "enum_value":
            return ir.Const(span=span, type=t, value=ref.target)
        if ref.kind == "parameter":
            return ir.Param(span=span, type=t, name=ref.target)
        if ref.kind == "definition":
            return ir.DefinitionRef(span=span, type=ir.BOOL, name=ref.target)
        if ref.kind == "item_field":
            value: ir.Expr = scope.item
            record = self.program.records[ref.record]
        else:
            value = ir.Case(span=span, type=sm.Type("record", CASE_RECORD))
            record = self.case_record
        absent_possible = False  # an optional step was passed: later steps read safely
        item_list = scope.item.list_field if ref.kind == "item_field" else None
        for index, part in enumerate(ref.path):
            declared = record.field(part)
            field_type = self.sem.field_type(declared)
            node = ir.MaybeFieldOf if absent_possible else ir.FieldOf
            owner = value
            value = node(span=span, type=field_type, record=owner, field=part)
            if record.period and part == record.period[1] and record.name != CASE_RECORD:
                # The end of an item's or a record's period is read only when it is not before the
                # start (the case's own period is checked when the case is read: Record.period_in_order).
                start, end = record.period
                value = ir.InOrder(span=span, type=field_type, start=node(span=span, type=ir.DATE, record=owner,
                                                                          field=start),
                                   end=value, label=".".join((*ref.path[:index], end)), item_list=item_list)
            if declared.optional:
                if safe:
                    absent_possible = True
                else:
                    label = ".".join(ref.path[:index + 1])
                    value = ir.Require(span=span, type=sm.Type(field_type.kind, field_type.name), value=value,
                                       label=label, item_list=item_list)
            if declared.type.kind == "named" and declared.type.name in self.program.records:
                record = self.program.records[declared.type.name]
        return value


def limit_choices(limit: s.Expr) -> list[s.Expr]:
    """The possible values of a limit written as `a hvis …, ellers b` (one value otherwise)."""
    if isinstance(limit, s.IfElse):
        return [*limit_choices(limit.then), *limit_choices(limit.otherwise)]
    return [limit]
