"""The syntax tree of a rule file: plain dataclasses, each node with its source span.

The builder (`builder.py`) creates these nodes from Lark's parse tree. The checker
(`checker.py`) fills in the fields marked "set by the checker" (types and name
resolutions); the back ends read a checked tree and never look at Lark objects.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass, field, fields, is_dataclass
from decimal import Decimal
from typing import Literal, Optional, Union

NEGATION_MARK = "[ikke]"  # in a condition's `læses "…"`: where »ikke« goes when it does not hold


@dataclass(frozen=True, slots=True)
class Span:
    """Where a node stands in its file (lines and columns count from 1)."""

    path: str
    line: int
    column: int
    end_line: int
    end_column: int


# ---------------------------------------------------------------------------
# Expressions
# ---------------------------------------------------------------------------

@dataclass(eq=False)
class Expr:
    span: Span


@dataclass(eq=False)
class Name(Expr):
    parts: tuple[str, ...] = ()

    @property
    def text(self) -> str:
        return ".".join(self.parts)


@dataclass(eq=False)
class EvaluationDate(Expr):
    pass


@dataclass(eq=False)
class DateLit(Expr):
    day: int | Decimal = 1   # a Decimal only when written with decimals (the checker refuses it)
    month: int = 1
    year: int | Decimal = 1

    @property
    def value(self) -> Optional[datetime.date]:
        """The date, or None for an impossible date (the checker reports those)."""
        try:
            return datetime.date(self.year, self.month, self.day)
        except (ValueError, TypeError, OverflowError):  # OverflowError: a year of 20 digits
            return None


DurationUnit = Literal["dage", "uger", "måneder", "år"]


@dataclass(eq=False)
class DurationLit(Expr):
    amount: Decimal = Decimal(0)
    unit: DurationUnit = "dage"


QuantityUnit = Literal["pct", "timer", "kr"]


@dataclass(eq=False)
class QuantityLit(Expr):
    amount: Decimal = Decimal(0)
    unit: QuantityUnit = "pct"


@dataclass(eq=False)
class NumberLit(Expr):
    value: Decimal = Decimal(0)


@dataclass(eq=False)
class BoolLit(Expr):
    value: bool = False


@dataclass(eq=False)
class TextLit(Expr):
    value: str = ""


@dataclass(eq=False)
class Not(Expr):
    operand: Expr = None  # type: ignore[assignment]


@dataclass(eq=False)
class BoolOp(Expr):
    op: Literal["og", "eller"] = "og"
    left: Expr = None  # type: ignore[assignment]
    right: Expr = None  # type: ignore[assignment]


CompareOp = Literal[
    "er", "er ikke", "mindst", "højst", "over", "under", "før", "efter", "senest", "tidligst",
]


@dataclass(eq=False)
class Compare(Expr):
    op: CompareOp = "er"
    left: Expr = None  # type: ignore[assignment]
    right: Expr = None  # type: ignore[assignment]


@dataclass(eq=False)
class OneOf(Expr):
    subject: Expr = None  # type: ignore[assignment]
    values: list[Expr] = field(default_factory=list)
    negated: bool = False


@dataclass(eq=False)
class Present(Expr):
    """`x er angivet` (negated=False) or `x mangler` (negated=True)."""

    subject: Expr = None  # type: ignore[assignment]
    negated: bool = False


@dataclass(eq=False)
class Arith(Expr):
    op: Literal["+", "-"] = "+"
    left: Expr = None  # type: ignore[assignment]
    right: Expr = None  # type: ignore[assignment]


@dataclass(eq=False)
class IfElse(Expr):
    """`then hvis condition, ellers otherwise`."""

    then: Expr = None  # type: ignore[assignment]
    condition: Expr = None  # type: ignore[assignment]
    otherwise: Expr = None  # type: ignore[assignment]


@dataclass(eq=False)
class IfPresent(Expr):
    """`value hvis angivet, ellers otherwise`."""

    value: Expr = None  # type: ignore[assignment]
    otherwise: Expr = None  # type: ignore[assignment]


# ---------------------------------------------------------------------------
# Windows, selectors and obligations
# ---------------------------------------------------------------------------

@dataclass(eq=False)
class WindowFirst:
    """`de første D efter X`: the half-open interval [X, X + D)."""

    span: Span
    duration: Expr
    anchor: Expr


@dataclass(eq=False)
class WindowBetween:
    """`perioden fra D1 til [og med] D2 efter X`: [X + D1, X + D2) or [X + D1, X + D2]."""

    span: Span
    start: Expr
    end: Expr
    inclusive: bool
    anchor: Expr


@dataclass(eq=False)
class WindowLast:
    """`de seneste D`: the interval (E - D, E] up to the evaluation date E."""

    span: Span
    duration: Expr


Window = Union[WindowFirst, WindowBetween, WindowLast]


@dataclass(eq=False)
class ListRef:
    """A list of the case named in a rule, by its field (`samtaler`) or its record (`samtale`)."""

    span: Span
    name: str


@dataclass(eq=False)
class Count(Expr):
    items: ListRef = None  # type: ignore[assignment]
    filter: Optional[Expr] = None
    window: Optional[Window] = None


@dataclass(eq=False)
class Selector:
    """`hver samtale [hvor C]` (each) or `den første samtale [hvor C]` (first)."""

    span: Span
    kind: Literal["each", "first"]
    items: ListRef
    filter: Optional[Expr]


@dataclass(eq=False)
class LimitAfter:
    """`senest D efter X`: the deadline is X + D."""

    span: Span
    duration: Expr
    anchor: Expr


@dataclass(eq=False)
class LimitWithin:
    """`inden for <vindue>`: the deadline is the window's last day."""

    span: Span
    window: Window


@dataclass(eq=False)
class Deadline:
    span: Span
    selector: Selector
    limit: Union[LimitAfter, LimitWithin]


@dataclass(eq=False)
class CountRequired:
    span: Span
    minimum: Decimal
    items: ListRef
    filter: Optional[Expr]
    window: Window


@dataclass(eq=False)
class EachRequired:
    span: Span
    selector: Selector
    requirement: Expr


@dataclass(eq=False)
class Prohibition:
    span: Span
    items: ListRef
    filter: Optional[Expr]


@dataclass(eq=False)
class DurationLimit:
    span: Span
    selector: Selector
    limit: Expr


@dataclass(eq=False)
class IntervalLimit:
    span: Span
    limit: Expr
    items: ListRef
    filter: Optional[Expr]


@dataclass(eq=False)
class PopulationShare:
    span: Span
    condition: Expr
    minimum: Expr


Obligation = Union[
    Deadline, CountRequired, EachRequired, Prohibition, DurationLimit, IntervalLimit,
    PopulationShare,
]


# ---------------------------------------------------------------------------
# Examples
# ---------------------------------------------------------------------------

@dataclass(eq=False)
class EnumValue:
    span: Span
    name: str


@dataclass(eq=False)
class RecordValue:
    span: Span
    pairs: list[tuple[str, Span, "ExampleValue"]]


ExampleValue = Union[Expr, EnumValue, RecordValue]


@dataclass(eq=False)
class FieldValue:
    span: Span
    name: str
    values: list[ExampleValue]


@dataclass(eq=False)
class ExampleCase:
    span: Span
    name: Optional[str]
    fields: list[FieldValue]


VerdictKind = Literal[
    "no_violation", "violation", "pending", "data_error", "exempted", "fulfilled", "not_fulfilled",
]


@dataclass(eq=False)
class Verdict:
    span: Span
    kind: VerdictKind
    rule: Optional[str] = None          # `af <regel>`; None means the enclosing rule
    count: int | Decimal | None = None  # `2 overtrædelser`; a Decimal is refused by the checker
    date: Optional[DateLit] = None      # `frist 9. januar 2023`
    share: Optional[QuantityLit] = None  # `opfyldt med andel 75 pct.`


@dataclass(eq=False)
class Expectation:
    span: Span
    date: DateLit
    verdicts: list[Verdict]


@dataclass(eq=False)
class Example:
    span: Span
    title: str
    cases: list[ExampleCase]
    expectations: list[Expectation]


# ---------------------------------------------------------------------------
# Declarations
# ---------------------------------------------------------------------------

@dataclass(eq=False)
class Citation:
    span: Span
    source: str
    locator: Optional[str]


@dataclass(eq=False)
class Period:
    """`gælder fra A til B` (both days included); either end may be open."""

    span: Span
    start: Optional[DateLit]
    end: Optional[DateLit]


@dataclass(eq=False)
class Binding:
    span: Span
    name: str
    value: Expr


@dataclass(eq=False)
class Version:
    span: Span
    period: Period
    bindings: list[Binding]


@dataclass(eq=False)
class Note:
    span: Span
    text: str
    citations: list[Citation]


@dataclass(eq=False)
class BoundarySource:
    """`ændring 1. januar 2024 kilde anden_delaftale "…"`: the source that makes a rule start,
    change or stop on that day (or makes its condition change there)."""
    span: Span
    date: DateLit
    citations: list[Citation]


@dataclass(eq=False)
class ProvisionRef:
    span: Span
    id: str


@dataclass(eq=False)
class RuleSetDecl:
    """`regelsæt "titel" udgave "2026.1"`: what the jurists call this edition of the rules."""
    span: Span
    title: str
    edition: str
    edition_span: Span


@dataclass(eq=False)
class ProvisionDecl:
    span: Span
    id: str
    kind: Literal["krav", "population", "undtagelse", "ret", "info"]
    title: str


@dataclass(eq=False)
class SourceDecl:
    span: Span
    name: str
    title: str
    date: Optional[DateLit] = None
    url: Optional[str] = None
    document: Optional[str] = None
    name_span: Optional[Span] = None
    url_span: Optional[Span] = None
    weight_span: Optional[Span] = None
    kind: Optional[tuple[str, Span]] = None   # `art politisk_aftale`: what kind of document (sourcekinds.py)
    weight: Optional[str] = None      # `vægt "…"`: its legal weight in the author's words
    draft: Optional[str] = None       # `udkast "…"`: not settled yet (the reason, "" when none is given)


@dataclass(eq=False)
class EnumDecl:
    span: Span
    name: str
    title: Optional[str]
    values: list[tuple[str, Span]]
    name_span: Optional[Span] = None


@dataclass(eq=False)
class TypeRef:
    span: Span
    kind: Literal["basic", "list", "named"]
    name: str  # a basic type word (tekst, dato, ...) or an enum/record name


@dataclass(eq=False)
class FieldDecl:
    span: Span
    name: str
    type: TypeRef
    optional: bool = False
    default: Optional[Expr] = None
    minimum: Optional[Expr] = None
    title: Optional[str] = None   # what the field means, in Danish (`forløbsstart "Forløbets første dag": dato`)
    phrase: Optional[str] = None      # `læses "…"`: how the documentation says it; a yes/no field with `[ikke]`


@dataclass(eq=False)
class RecordDecl:
    span: Span
    name: str
    title: Optional[str]
    fields: list[FieldDecl]
    moment: Optional[str] = None                      # `tidspunkt dato`: when an item happens
    period: Optional[tuple[str, str]] = None          # `periode start til slut`: how long it lasts
    name_span: Optional[Span] = None

    def field(self, name: str) -> Optional[FieldDecl]:
        return next((f for f in self.fields if f.name == name), None)


@dataclass(eq=False)
class Definition:
    span: Span
    name: str
    title: Optional[str]
    subject: str  # the record the definition speaks about; "Sag" unless `om <Post>`
    subject_span: Optional[Span]
    body: Expr
    name_span: Optional[Span] = None
    phrase: Optional[str] = None      # `læses "… [ikke] …"`: the condition as a statement


@dataclass(eq=False)
class RuleBase:
    """What rules and exceptions share. Repeatable parts are lists; the checker
    reports a part given more than once where only one is allowed."""

    span: Span
    name: str
    name_span: Span
    title: Optional[str]
    provisions: list[ProvisionRef] = field(default_factory=list)
    citations: list[Citation] = field(default_factory=list)
    periods: list[Period] = field(default_factory=list)
    deciding_dates: list[Expr] = field(default_factory=list)
    notes: list[Note] = field(default_factory=list)
    descriptions: list[str] = field(default_factory=list)
    reader_summaries: list[tuple[Span, str]] = field(default_factory=list)   # `kort fortalt "…"`
    boundary_sources: list["BoundarySource"] = field(default_factory=list)  # `ændring <dato> kilde …`
    examples: list[Example] = field(default_factory=list)
    # Parts that only belong to one of the two; the builder collects them so that
    # the checker can say in Danish where they do not belong.
    applies_when: list[Expr] = field(default_factory=list)
    exception_when: list[Expr] = field(default_factory=list)
    exception_from: list[Expr] = field(default_factory=list)
    exception_during: list[Expr] = field(default_factory=list)   # `omfatter frister mens X varer`
    versions: list[Version] = field(default_factory=list)
    messages: list[tuple[Span, str]] = field(default_factory=list)
    obligations: list[Obligation] = field(default_factory=list)
    drafts: list[tuple[Span, str]] = field(default_factory=list)   # `udkast "…"` (the reason, "" when none)

    @property
    def period(self) -> Optional[Period]:
        return self.periods[0] if self.periods else None

    @property
    def deciding_date(self) -> Optional[Expr]:
        return self.deciding_dates[0] if self.deciding_dates else None

    @property
    def description(self) -> Optional[str]:
        return self.descriptions[0] if self.descriptions else None

    @property
    def draft(self) -> Optional[str]:
        return self.drafts[0][1] if self.drafts else None


@dataclass(eq=False)
class Rule(RuleBase):

    @property
    def obligation(self) -> Optional[Obligation]:
        return self.obligations[0] if self.obligations else None

    @property
    def condition(self) -> Optional[Expr]:
        return self.applies_when[0] if self.applies_when else None

    @property
    def message(self) -> Optional[str]:
        return self.messages[0][1] if self.messages else None


@dataclass(eq=False)
class Exception_(RuleBase):
    """`undtagelse <navn> til <regel>, …` (named with an underscore: `Exception` is Python's)."""

    targets: list[tuple[str, Span]] = field(default_factory=list)

    @property
    def condition(self) -> Optional[Expr]:
        return self.exception_when[0] if self.exception_when else None

    @property
    def effective_from(self) -> Optional[Expr]:
        return self.exception_from[0] if self.exception_from else None

    @property
    def covered_period(self) -> Optional[Expr]:
        """`omfatter frister mens X varer`: the record whose period the exception covers."""
        return self.exception_during[0] if self.exception_during else None


Item = Union[RuleSetDecl, ProvisionDecl, SourceDecl, EnumDecl, RecordDecl, Definition, Rule, Exception_]


@dataclass(eq=False)
class Module:
    """One rule file."""

    path: str
    text: str
    items: list[Item]
    unparsed: list[str] = field(default_factory=list)  # names declared by blocks with a syntax error


def nodes_of(node, kind: type):
    """Every node of a kind in a piece of the tree (lists and nested nodes; not spans)."""
    if isinstance(node, kind):
        yield node
    if isinstance(node, (list, tuple)):
        for item in node:
            yield from nodes_of(item, kind)
    elif is_dataclass(node) and not isinstance(node, (type, Span)):
        for member in fields(node):
            yield from nodes_of(getattr(node, member.name), kind)
