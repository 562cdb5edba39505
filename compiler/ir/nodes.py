"""The rule IR: the law's meaning, decided once (by `lower.py`) and read by every back end.

Every node is a frozen dataclass with the span of the rule text it comes from. Nothing
here is left to a back end's judgement: which version applies and which date picks it,
the bounds of every window and the day a duty is judged on, which items have happened,
which item is "the first" and how ties are broken, where optional data is read (and so
where missing data becomes a data error), and how each kind of duty is decided (a
decision table of outcomes). A back end translates these nodes; it decides nothing.

Primitives whose definition is fixed and documented here (date arithmetic with the
month-end rule, merging overlapping periods into gaps, counting) are implemented by each
engine and tested against the reference interpreter (`interpret.py`).
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass, field
from typing import Literal, Optional, Union

from ..semantics import Type
from ..syntax import Span

BOOL = Type("bool")
DATE = Type("date")
NUMBER = Type("number")
DURATION = Type("duration")
TEXT = Type("text")
OPTIONAL_DATE = Type("date", optional=True)


@dataclass(frozen=True)
class Duration:
    """Calendar months and days (weeks and years are converted: 1 uge = 7 days, 1 år = 12 months).
    `written` keeps the words of the rule file (`12 måneder`) for the documentation."""

    months: int
    days: int
    written: Optional[str] = field(default=None, compare=False)


# ----------------------------------------------------------------------------
# Expressions
# ----------------------------------------------------------------------------

@dataclass(frozen=True, kw_only=True)
class Expr:
    """An expression. Spans take no part in equality, so two expressions are equal when they
    mean the same (what `regel diff` compares and what back ends share as one computed value)."""

    span: Span = field(compare=False)
    type: Type


@dataclass(frozen=True, kw_only=True)
class Const(Expr):
    """A literal: bool, int, float (a percentage as a fraction: 70 pct. = 0.7), str (text or an
    enum value), datetime.date or Duration."""

    value: Union[bool, int, float, str, datetime.date, Duration]


@dataclass(frozen=True, kw_only=True)
class EvaluationDate(Expr):
    """The evaluation date (skæringsdatoen) E given by the caller."""


@dataclass(frozen=True, kw_only=True)
class Case(Expr):
    """The case being judged (a record of type Sag)."""


@dataclass(frozen=True, kw_only=True)
class Item(Expr):
    """The list item an item rule, a filter or an item definition is about."""

    list_field: str  # the case's list it comes from (for labels such as `samtaler[2].dato`)


@dataclass(frozen=True, kw_only=True)
class FieldOf(Expr):
    """A field of a record value that is present. The field's own value may be None only when
    the field is optional; a read that must have the value wraps this in `Require`."""

    record: Expr
    field: str


@dataclass(frozen=True, kw_only=True)
class MaybeFieldOf(Expr):
    """A field of a record value that may itself be absent: None when the record is absent
    (a safe read, used only under `IsPresent` and `Coalesce`)."""

    record: Expr
    field: str


@dataclass(frozen=True, kw_only=True)
class Require(Expr):
    """An optional value the rule needs: absent (None) is missing data, a data error (datafejl)
    for the rule instance, labelled `label` (`fritagelse`, `samtaler[2].form`)."""

    value: Expr
    label: str                      # the field path, relative to the item when `item_list` is set
    item_list: Optional[str] = None  # the list of the item read (the label gets `liste[i].` in front)


@dataclass(frozen=True, kw_only=True)
class InOrder(Expr):
    """The end date of a record with a period (`periode start til slut`), as a rule reads it: the
    `end`, once the period is known to be in order. An end before `start` is missing data (a
    datafejl labelled `label`, the end field's path, relative to the item when `item_list` is
    set), as for an item's EffectiveEnd: the record's dates contradict each other. The start read
    alone is not checked (as for `Tilbud`: `afgørende dato er start` of an item the rule then
    leaves out is no data error). `start`/`end` are read as the rule reads the record (None when
    it is absent on a safe read: no error)."""

    start: Expr
    end: Expr
    label: str
    item_list: Optional[str] = None


@dataclass(frozen=True, kw_only=True)
class WithinPeriod(Expr):
    """Does `day` fall within a record's period (`mens indlæggelse varer`): `start` ≤ day and, when
    the end is given, day ≤ `end` (both days included; an end not given means the period still
    lasts). The dates are the registered ones, also when they lie after E. No record (`start`
    None): the period does not exist, so false. An end before the start is missing data
    (labelled `label`, the end field's path). `start`/`end` are safe reads of the record's fields."""

    day: Expr
    start: Expr
    end: Expr
    label: str


@dataclass(frozen=True, kw_only=True)
class WithinAnyPeriod(Expr):
    """`mens kurser varer` over a list: does `day` fall within the registered period of any item
    of `items` (a case's list of records with a period), `start` ≤ day and, when the end is
    given, day ≤ `end`. Every item is looked at first: an item whose end is before its start is
    missing data (labelled `list_field[i].end`), whatever the order of the list."""

    day: Expr
    items: Expr
    list_field: str
    start: str
    end: str


@dataclass(frozen=True, kw_only=True)
class Param(Expr):
    """A value of the rule version in force (`version …: grænse er 4 måneder`)."""

    name: str


@dataclass(frozen=True, kw_only=True)
class Local(Expr):
    """A value the duty computed before (see `Let`): `frist`, `sidste_dag`, … ."""

    name: str


@dataclass(frozen=True, kw_only=True)
class JudgingDay(Expr):
    """In an exception: the day the overridden duty is judged on (its deadline, the last day of
    its window, the item's date, the last allowed day, the latest start of the next item)."""


@dataclass(frozen=True, kw_only=True)
class DefinitionRef(Expr):
    """A definition's truth value for the case (subject Sag) or for the item in scope."""

    name: str


@dataclass(frozen=True, kw_only=True)
class Not(Expr):
    operand: Expr


@dataclass(frozen=True, kw_only=True)
class And(Expr):
    """Left to right; the right side is not evaluated (so cannot be missing data) when the left is false."""

    left: Expr
    right: Expr


@dataclass(frozen=True, kw_only=True)
class Or(Expr):
    """Left to right; the right side is not evaluated when the left is true."""

    left: Expr
    right: Expr


CompareOp = Literal["==", "!=", "<", "<=", ">", ">="]


@dataclass(frozen=True, kw_only=True)
class Compare(Expr):
    op: CompareOp
    left: Expr
    right: Expr


@dataclass(frozen=True, kw_only=True)
class InSet(Expr):
    subject: Expr
    values: tuple[Expr, ...]
    negated: bool = False


@dataclass(frozen=True, kw_only=True)
class IsPresent(Expr):
    """Is a safe read not None? A text counts as present only when it is not blank."""

    value: Expr
    blank_is_absent: bool = False


@dataclass(frozen=True, kw_only=True)
class Coalesce(Expr):
    """`x hvis angivet, ellers y`: x when present, else y."""

    value: Expr
    otherwise: Expr


@dataclass(frozen=True, kw_only=True)
class IfElse(Expr):
    condition: Expr
    then: Expr
    otherwise: Expr


@dataclass(frozen=True, kw_only=True)
class ShiftDate(Expr):
    """A date moved by a duration: months first (calendar months; a day that does not exist in
    the target month becomes that month's last day: 31 January + 1 month = 28/29 February),
    then days. `sign` -1 moves back."""

    date: Expr
    duration: Expr
    sign: Literal[1, -1] = 1
    month_end: Literal["last_day_of_month"] = "last_day_of_month"


@dataclass(frozen=True, kw_only=True)
class Arithmetic(Expr):
    """Numbers, hours, amounts or percentages added or subtracted."""

    op: Literal["+", "-"]
    left: Expr
    right: Expr


@dataclass(frozen=True, kw_only=True)
class CountItems(Expr):
    """How many items of a query there are."""

    query: "ItemQuery"


# ----------------------------------------------------------------------------
# Items and windows
# ----------------------------------------------------------------------------

@dataclass(frozen=True, kw_only=True)
class Window:
    """The days from `start` up to, not including, `end`; `last_day` is end - 1 day. `form`,
    `anchor`, `lengths` and `inclusive` say how the window was written (for documentation):
    `de første D efter A` (first), `perioden fra D1 til [og med] D2 efter A` (between),
    `de seneste D` (last)."""

    span: Span = field(compare=False)
    start: Expr
    end: Expr
    last_day: Expr
    form: Literal["first", "between", "last"] = "first"
    anchor: Optional[Expr] = None
    lengths: tuple[Expr, ...] = ()
    inclusive: bool = False


@dataclass(frozen=True, kw_only=True)
class ItemKind:
    """When an item happens: at a moment (`tidspunkt dato`) or over a period (`periode start til
    slut`, the end optional: absent while the period runs)."""

    record: str
    moment: str                 # the field that says when the item happened (a period's start)
    period_end: Optional[str]   # the end field of a period item, None for a moment item


@dataclass(frozen=True, kw_only=True)
class ItemQuery:
    """Items of one of the case's lists, in input order, that satisfy every condition, tested in
    this order: `happened` (the item's moment ≤ E: later items have not happened yet), `window`
    (a moment item: start ≤ moment < end; a period item: its period overlaps the window, an end
    after E or absent meaning still running, an end before its start a data error), `filter`.
    Every item is tested (the tests of one item stop at the first that fails): missing data in
    any item's tests is missing data for the duty, whatever the order of the list."""

    span: Span = field(compare=False)
    list_field: str
    kind: Optional[ItemKind]      # None for a record without moment or period (counted as is)
    happened: bool
    window: Optional[Window] = None
    filter: Optional[Expr] = None


# ----------------------------------------------------------------------------
# Rules
# ----------------------------------------------------------------------------

@dataclass(frozen=True, kw_only=True)
class Version:
    """A version of a rule: in force from `start` to `end` (both days included, None open),
    already clipped to the rule's own period of force, with its values. `citations`: the
    sources that introduced it (a rule's `ændring` on its first day, less the rule's own
    sources; an exception's versions have none, as what it exempts cites no source): a
    finding judged by this version cites the rule's own sources and then these."""

    span: Span = field(compare=False)
    start: Optional[datetime.date]
    end: Optional[datetime.date]
    values: tuple[tuple[str, Expr], ...] = ()
    citations: tuple["Citation", ...] = ()


@dataclass(frozen=True, kw_only=True)
class Let:
    """A value computed once per duty instance and named, so that the decision, the message and
    the explanation all use the same value."""

    name: str
    value: Expr
    meaning: str  # what the value is, in Danish (for explanations and documentation): "fristen"


# Instances: what one judgement is about.

@dataclass(frozen=True, kw_only=True)
class PerCase:
    """One judgement for the case."""


@dataclass(frozen=True, kw_only=True)
class PerItem:
    """One judgement per item of `query`. `filter` is tested after the item's version is chosen
    (it may read the version's values): an item it leaves out is not judged. Missing data is a
    data error for that item only."""

    query: ItemQuery
    filter: Optional[Expr] = None


@dataclass(frozen=True, kw_only=True)
class FirstItem:
    """One judgement of the first item of `query`: the earliest by moment; of several on the same
    day, the first in input order that meets `prefer` when given (`prefer` is tested on each of
    them), else the first in input order. No item: nothing to judge."""

    query: ItemQuery
    prefer: Optional[Expr] = None


@dataclass(frozen=True, kw_only=True)
class PerGap:
    """One judgement per gap between the items of `query`, a query of period items. The items are
    taken by start (then input order); overlapping items are one period; a gap begins at the
    end s of such a period (only an end ≤ E counts; a running item leaves no gap from its start
    on) and lasts until the start of the first item that starts after s (`naeste`, None when
    there is none yet). The item in scope is the one whose end s is (the later one of equal
    ends). An item whose end is before its start makes the whole duty a data error (no gap can
    be known). Locals: `ende` (s) and `naeste`."""

    query: ItemQuery


Instance = Union[PerCase, PerItem, FirstItem, PerGap]


# Outcomes: how a judgement ends. `facts` name the values a message and an explanation use.

OutcomeKind = Literal["overtrådt", "opfyldt", "frist", "ikke_omfattet"]


@dataclass(frozen=True, kw_only=True)
class Outcome:
    """`kind` is the verdict; `message` names the Danish message (rendered by each engine's
    runtime from `message` and `facts`, the same text everywhere); `frist` is the deadline a
    violation or a pending duty is about; `count` the number found so far (a pending count)."""

    kind: OutcomeKind
    message: str
    facts: tuple[tuple[str, Expr], ...] = ()
    frist: Optional[Expr] = None
    count: Optional[Expr] = None


@dataclass(frozen=True, kw_only=True)
class Decision:
    """A decision table: the first row whose condition holds gives the outcome (None: always)."""

    rows: tuple[tuple[Optional[Expr], Outcome], ...]


@dataclass(frozen=True, kw_only=True)
class LimitIfDecidable(Expr):
    """A duration limit chosen by a condition (`4 måneder hvis …, ellers 6 måneder`). When the data
    to choose is missing, the item is still decided when every possible limit gives the same
    verdict: it lasted past the longest (`choices`' longest applies) or ended within the
    shortest (the shortest applies); otherwise it is missing data."""

    limit: Expr
    choices: tuple[Expr, ...]
    start: Expr
    end: Expr  # the item's effective end (None while it runs)


@dataclass(frozen=True, kw_only=True)
class EffectiveEnd(Expr):
    """A period item's end as of E: None when absent or after E (the item still runs); an end
    before the item's start is missing data (the item's dates contradict each other)."""

    item: Expr
    kind: ItemKind


@dataclass(frozen=True, kw_only=True)
class FirstMoment(Expr):
    """The moment (date) of the earliest item of a query, None when there is none."""

    query: ItemQuery


@dataclass(frozen=True, kw_only=True)
class ItemsOf(Expr):
    """The list positions of the items of a query (for explanations: which items were counted)."""

    query: ItemQuery


@dataclass(frozen=True, kw_only=True)
class CourseRunsOn(Expr):
    """Did the course still run on `day`: no end of the course, or an end on or after the day."""

    day: Expr
    course_end: Optional[Expr]  # None when the data model has no end of the course


@dataclass(frozen=True, kw_only=True)
class Citation:
    source: str
    locator: Optional[str]


@dataclass(frozen=True, kw_only=True)
class ExceptionIR:
    """An exception to one or more rules. It applies to a duty instance when `condition` holds,
    a version is in force on `deciding_date` (the exception's own date, or the judging day of
    the duty when it names none), and `covers` holds (about `JudgingDay`; None: every instance)."""

    span: Span = field(compare=False)
    name: str
    title: str
    provisions: tuple[str, ...]
    citations: tuple[Citation, ...]
    targets: tuple[str, ...]
    condition: Expr
    versions: tuple[Version, ...]
    deciding_date: Expr
    covers: Optional[Expr]
    benefits: Optional[tuple[str, ...]] = None  # the benefits its condition can hold for (None: any)
    description: Optional[str] = None
    notes: tuple["Note", ...] = ()
    examples: tuple["Example", ...] = ()
    draft: Optional[str] = None   # see Rule.draft
    reader_summary: Optional[str] = None   # see Rule.reader_summary
    boundary_sources: tuple["BoundarySource", ...] = ()   # see Rule.boundary_sources


@dataclass(frozen=True, kw_only=True)
class Terms:
    """A duty as it is written, for documentation and comparison: its items (`first`: only the
    first counts), their filter, and the deadline (`due`), window, minimum count, requirement or
    limit, as the kind of duty has them. What the terms mean is the duty's decision table."""

    items: ItemQuery
    first: bool = False
    filter: Optional[Expr] = None
    due: Optional[Expr] = None
    window: Optional[Window] = None
    minimum: Optional[int] = None
    requirement: Optional[Expr] = None
    limit: Optional[Expr] = None


@dataclass(frozen=True, kw_only=True)
class Duty:
    """What a rule requires of one instance, decided in this order: `lets` (values the judging
    day needs), the exceptions (on `judging_day`), `facts` (values found in the case), then
    `decision`."""

    span: Span = field(compare=False)
    kind: Literal["frist", "antal", "hver", "forbud", "varighed", "pause"]
    instance: Instance
    lets: tuple[Let, ...]
    judging_day: Expr
    facts: tuple[Let, ...]
    decision: Decision
    item_noun: str      # the item as a noun for messages: "samtale", "tilbud"
    item_label: bool    # whether a finding names its item (`element`: `tilbud[2]`)
    terms: Terms


@dataclass(frozen=True, kw_only=True)
class Share:
    """A caseload target: of the cases the rule applies to, the share where `condition` holds
    must be at least `minimum` (compared in whole hundredths of a per cent)."""

    condition: Expr
    minimum: Expr


@dataclass(frozen=True, kw_only=True)
class Rule:
    """A rule. A case is judged when `applies_when` holds (tested first, in case scope); then each
    instance of the duty (the case, or the item or gap of a `PerItem`/`FirstItem`/`PerGap` duty,
    once it is selected) is judged by the version in force on `deciding_date` evaluated for that
    instance; no version in force: the rule does not apply to it (`gælder ikke`). `duty` is None
    for a right or an information rule (documented, never judged)."""

    span: Span = field(compare=False)
    name: str
    title: str
    provisions: tuple[str, ...]
    citations: tuple[Citation, ...]
    message: Optional[str]            # the rule's own violation message ({frist}, {dato}, {antal}, {krav})
    applies_when: Optional[Expr]
    versions: tuple[Version, ...]
    deciding_date: Optional[Expr]     # None only when the single version is unlimited
    duty: Union[Duty, Share, None]
    exceptions: tuple[str, ...]       # the exceptions to it, in file order
    benefits: Optional[tuple[str, ...]] = None  # the benefits it can apply to (None: any); see RuleSet
    description: Optional[str] = None
    notes: tuple["Note", ...] = ()
    examples: tuple["Example", ...] = ()
    # Not settled law (`udkast`, or it cites a source that is a draft): why, in Danish. A draft is
    # judged like any rule (so its examples and its effect on cases can be seen), but the
    # documentation shows it as not in force and a release refuses it. None: settled.
    draft: Optional[str] = None
    reader_summary: Optional[str] = None   # `kort fortalt "…"`: the rule told to the reader
    # `ændring <dato> kilde …`: the sources that make the rule start, change or stop on a day
    # (the first day of a version, the day after the last, or a date in its conditions)
    boundary_sources: tuple["BoundarySource", ...] = ()


@dataclass(frozen=True, kw_only=True)
class BoundarySource:
    date: datetime.date
    citations: tuple[Citation, ...]


@dataclass(frozen=True, kw_only=True)
class Note:
    text: str
    citations: tuple[Citation, ...] = ()


VerdictKind = Literal["no_violation", "violation", "pending", "data_error", "exempted", "fulfilled", "not_fulfilled"]


@dataclass(frozen=True, kw_only=True)
class Verdict:
    """An expected verdict of an example about `rule` (an exception's examples speak of the rule
    it overrides unless they name another)."""

    kind: VerdictKind
    rule: str
    count: Optional[int] = None              # `2 overtrædelser`
    date: Optional[datetime.date] = None     # `frist 9. januar 2023`
    share: Optional[float] = None            # `opfyldt med andel 75 pct.`, in per cent


@dataclass(frozen=True, kw_only=True)
class Expectation:
    span: Span = field(compare=False)
    date: datetime.date
    verdicts: tuple[Verdict, ...]


@dataclass(frozen=True, kw_only=True)
class Example:
    """An example: cases as their JSON (`id` given) and what the validators must say of them."""

    span: Span = field(compare=False)
    title: str
    cases: tuple[dict, ...]
    case_names: tuple[Optional[str], ...]
    expectations: tuple[Expectation, ...]


@dataclass(frozen=True, kw_only=True)
class Definition:
    span: Span = field(compare=False)
    name: str
    title: str
    subject: str                # the record it speaks about: "Sag" or an item record
    list_field: Optional[str]   # for an item record: the case list it belongs to
    body: Expr
    phrase: Optional[str] = None  # `læses "… [ikke] …"`: the condition as a statement


# ----------------------------------------------------------------------------
# The data model
# ----------------------------------------------------------------------------

@dataclass(frozen=True, kw_only=True)
class Field:
    """A field of a record. `required`: the key must be present (not optional, no default, not a
    list: a list left out is empty). `kind` is the basic type word, `enum`, `record` or `list`."""

    span: Span = field(compare=False)
    name: str
    type: Type
    basic: Optional[str]              # tekst, sandhedsværdi, tal, timer, beløb, procent, dato
    required: bool
    default: Optional[Union[bool, int, float]] = None
    minimum: Optional[Union[int, float]] = None
    title: Optional[str] = None       # its meaning in Danish, for the documentation (no effect on verdicts)
    phrase: Optional[str] = None      # `læses "…"`: the field in plain Danish (a yes/no field with `[ikke]`)


@dataclass(frozen=True, kw_only=True)
class Record:
    span: Span = field(compare=False)
    name: str
    title: str
    fields: tuple[Field, ...]
    kind: Optional[ItemKind]    # when its items happen (moment/period), None for neither
    period_in_order: Optional[tuple[str, str]] = None  # (start, end): an end before the start makes the record invalid

    def field(self, name: str) -> Optional[Field]:
        return next((f for f in self.fields if f.name == name), None)


@dataclass(frozen=True, kw_only=True)
class Enum:
    span: Span = field(compare=False)
    name: str
    title: str
    values: tuple[str, ...]


@dataclass(frozen=True, kw_only=True)
class Source:
    span: Span = field(compare=False)
    name: str
    title: str
    date: Optional[datetime.date] = None
    url: Optional[str] = None
    document: Optional[str] = None
    kind: Optional[str] = None    # `art …`: a key of sourcekinds.SOURCE_KINDS
    weight: Optional[str] = None  # `vægt "…"`: its legal weight in the author's words
    draft: Optional[str] = None   # `udkast "…"`: a placeholder, not (yet) law; the reason ("" if none given)


@dataclass(frozen=True, kw_only=True)
class Provision:
    span: Span = field(compare=False)
    id: str
    kind: Literal["krav", "population", "undtagelse", "ret", "info"]
    title: str


@dataclass(frozen=True, kw_only=True)
class RuleSet:
    """The whole lowered rule set; `rules` and `exceptions` in file order."""

    enums: tuple[Enum, ...]
    records: tuple[Record, ...]     # the item records first, the case record (`case_record`) last
    case_record: str
    course_end: Optional[str]       # the case field that ends the course (the end of its period)
    definitions: tuple[Definition, ...]
    rules: tuple[Rule, ...]
    exceptions: tuple[ExceptionIR, ...]
    sources: tuple[Source, ...] = ()
    provisions: tuple[Provision, ...] = ()
    # A case is judged only by the rules whose `benefits` include the case's benefit (when the
    # case has an enum `ydelse`): the rules whose condition can hold for it. So a rule's
    # condition is never tested (and cannot be missing data) for a case on another benefit.
    benefit_field: Optional[str] = None
    benefit_values: tuple[str, ...] = ()
    # Which rules these are (`regelsæt … udgave …`; None when the rules name no edition) and a
    # SHA-256 of the rule files' normalised text (pipeline.content_hash). Neither is meaning,
    # so two rule sets that mean the same still compare equal.
    title: Optional[str] = field(default=None, compare=False)
    edition: Optional[str] = field(default=None, compare=False)
    content_hash: str = field(default="", compare=False)
    _index: dict = field(default_factory=dict, compare=False, repr=False)

    def record(self, name: str) -> Record:
        return self._lookup("record", name, self.records)

    def rule(self, name: str) -> Rule:
        return self._lookup("rule", name, self.rules)

    def tests_benefit(self, rule: Rule) -> bool:
        """Whether the rule's benefits leave some out, so that a case's benefit must be tested (a
        valid case has one of them, or none)."""
        return rule.benefits is not None and self.benefit_field is not None \
            and set(rule.benefits) != set(self.benefit_values)

    def exception(self, name: str) -> ExceptionIR:
        return self._lookup("exception", name, self.exceptions)

    def definition(self, name: str) -> Definition:
        return self._lookup("definition", name, self.definitions)

    def enum(self, name: str) -> Enum:
        return self._lookup("enum", name, self.enums)

    def source(self, name: str) -> Source:
        return self._lookup("source", name, self.sources)

    def provision(self, id_: str) -> Provision:
        table = self._index.get("provision")
        if table is None:
            table = self._index["provision"] = {p.id: p for p in self.provisions}
        return table[id_]

    def _lookup(self, kind: str, name: str, items):
        table = self._index.get(kind)
        if table is None:
            table = self._index[kind] = {item.name: item for item in items}
        return table[name]

    @property
    def case(self) -> Record:
        return self.record(self.case_record)

    def rule_id(self, name: str) -> str:
        """The stable id of a rule or exception in results (`regel_id`): its first provision and
        what kind of rule it is, `P01.frist` (`frist`, `antal`, `hver`, `forbud`, `varighed`,
        `pause`; `andel` for a population rule, `undtagelse`, or `info` for a rule without a duty),
        with `.2`, `.3` … for the second and later rule of that provision and kind in file order.
        Renaming a rule, or rewording it, keeps its id; the provision registry is the jurists'
        stable reference."""
        table = self._index.get("rule_id")
        if table is None:
            table, seen = {}, {}
            for rule in (*self.rules, *self.exceptions):
                kind = ("undtagelse" if isinstance(rule, ExceptionIR) else "andel" if isinstance(rule.duty, Share)
                        else rule.duty.kind if rule.duty is not None else "info")
                base = f"{rule.provisions[0]}.{kind}"
                seen[base] = seen.get(base, 0) + 1
                table[rule.name] = base if seen[base] == 1 else f"{base}.{seen[base]}"
            self._index["rule_id"] = table
        return table[name]

    def rules_for_benefit(self, value: str) -> tuple["Rule", ...]:
        """The rules that can apply to a case on this benefit, in file order."""
        return tuple(r for r in self.rules if r.benefits is None or value in r.benefits)
