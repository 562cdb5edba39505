"""Plain-Danish sentences from the structure of checked rules (for documentation and `regel diff`).

The text is generated from the syntax tree, not copied from the rule file, so the
documentation says exactly what the validators check. Functions return plain text;
the templates escape it.
"""

from __future__ import annotations

import datetime
import re
from decimal import Decimal
from typing import Optional

from . import syntax as s
from .checker import danish_date
from .program import Program

ORDER = {
    "mindst": "er mindst", "højst": "er højst", "over": "er over", "under": "er under",
    "før": "er før", "efter": "er efter", "senest": "er senest", "tidligst": "er tidligst",
    "er": "er", "er ikke": "er ikke",
}


NEUTER = {"tilbud"}  # record nouns that take "det"/"hvert"/"noget"
SINGULAR = {"dage": "dag", "uger": "uge", "måneder": "måned", "år": "år"}


def date_text(value: Optional[datetime.date]) -> str:
    return "" if value is None else danish_date(value)


def gendered(noun: str, common: str, neuter: str) -> str:
    """The article or pronoun that agrees with a record noun: `den`/`det`, `hver`/`hvert`."""
    return neuter if noun in NEUTER else common


def words(name: str) -> str:
    """A name from a rule file as words: `første_henvendelse` -> `første henvendelse`; a single
    letter is joined with a hyphen, as Danish writes it: `a_kasse` -> `a-kasse`."""
    return re.sub(r"(?<![^\W_])([^\W\d_i])_", r"\1-", name).replace("_", " ")  # but not `i_…` (the word i)


def number(value: Decimal) -> str:
    return str(int(value)) if value == int(value) else str(value).replace(".", ",")


def duration(d: s.DurationLit) -> str:
    amount = int(d.amount)
    return f"{amount} {SINGULAR[d.unit] if amount == 1 else d.unit}"


def path_text(parts: tuple[str, ...]) -> str:
    """A field path in words: `fritagelse.overgang` -> `fritagelsens overgang`; a field named
    by a preposition reads as a date (`fritagelse.fra` -> `fritagelsens fra-dato`)."""
    *owners, leaf = parts
    text = words(leaf) + ("-dato" if leaf in ("fra", "til") else "")
    for owner in reversed(owners):
        owner = words(owner)
        text = f"{owner}{'ns' if owner.endswith('e') else 'ens'} {text}"
    return text


def by_start(versions: list[s.Version]) -> list[s.Version]:
    """A rule's versions in order of their periods (an open start first)."""
    return sorted(versions, key=lambda v: v.period.start.value if v.period.start else datetime.date.min)


def period_text(period: Optional[s.Period]) -> str:
    if period is None:
        return "uden tidsbegrænsning"
    return dates_text(period.start and period.start.value, period.end and period.end.value)


def dates_text(start: Optional[datetime.date], end: Optional[datetime.date]) -> str:
    """A period of force, both days included."""
    if start and end:
        return f"fra {date_text(start)} til og med {date_text(end)}"
    if start:
        return f"fra {date_text(start)}"
    if end:
        return f"til og med {date_text(end)}"
    return "uden tidsbegrænsning"


class Renderer:
    """Renders expressions and obligations of one program as Danish text.

    With a rule version's bindings, its parameters read as their values and conditions
    that the values decide are left out (`ikke øvo eller nej` reads `ikke øvo`), so each
    version reads as the plain sentence that holds in its period."""

    def __init__(self, program: Program, bindings: Optional[dict[str, s.Expr]] = None):
        self.program = program
        self.bindings = bindings or {}

    def for_version(self, version: s.Version) -> "Renderer":
        return Renderer(self.program, {b.name: b.value for b in version.bindings})

    # -- expressions ---------------------------------------------------------
    def expr(self, e: s.Expr) -> str:
        known = self.constant(e) if isinstance(e, (s.BoolOp, s.Not, s.Compare)) else None
        if known is not None:
            return "ja" if known else "nej"
        return getattr(self, "_" + type(e).__name__)(e)

    def constant(self, e: s.Expr) -> Optional[bool]:
        """The truth value of a condition that the version's values alone decide, else None."""
        if isinstance(e, s.BoolLit):
            return e.value
        if isinstance(e, s.Name) and e.ref is not None and e.ref.kind == "parameter":
            bound = self.bindings.get(e.ref.target)
            return bound.value if isinstance(bound, s.BoolLit) else None
        if isinstance(e, s.Not):
            inner = self.constant(e.operand)
            return None if inner is None else not inner
        if isinstance(e, s.Compare) and e.op in ("er", "er ikke") and isinstance(e.right, s.BoolLit):
            left = self.constant(e.left)  # `øvo_tæller er ja` with øvo_tæller bound
            return None if left is None else (left == e.right.value) == (e.op == "er")
        if isinstance(e, s.BoolOp):
            sides = (self.constant(e.left), self.constant(e.right))
            decisive = e.op == "eller"  # `eller` is decided by a true side, `og` by a false one
            if decisive in sides:
                return decisive
            if sides == (not decisive, not decisive):
                return not decisive
        return None

    def _Name(self, e: s.Name) -> str:
        ref = e.ref
        if ref is not None and ref.kind == "definition":
            return f"«{self.definition_title(ref.target)}»"
        if ref is not None and ref.kind == "parameter":
            if ref.target in self.bindings:
                return self.expr(self.bindings[ref.target])
            flag = " er ja" if e.type is not None and e.type.kind == "bool" else ""
            return f"{words(ref.target)}{flag} (se versionerne)"
        if ref is not None and ref.kind == "enum_value":
            return words(ref.target)
        text = path_text(e.parts)
        return f"{text} er ja" if e.type is not None and e.type.kind == "bool" else text

    def definition_title(self, name: str) -> str:
        title = self.program.definitions[name].title or words(name)
        return title[:1].lower() + title[1:]

    def _EvaluationDate(self, e) -> str:
        return "skæringsdatoen"

    def _DateLit(self, e: s.DateLit) -> str:
        return date_text(e.value)

    def _DurationLit(self, e: s.DurationLit) -> str:
        return duration(e)

    def _QuantityLit(self, e: s.QuantityLit) -> str:
        return f"{number(e.amount)} {'pct.' if e.unit == 'pct' else e.unit if e.unit == 'timer' else 'kr.'}"

    def _NumberLit(self, e: s.NumberLit) -> str:
        return number(e.value)

    def _BoolLit(self, e: s.BoolLit) -> str:
        return "ja" if e.value else "nej"

    def _TextLit(self, e: s.TextLit) -> str:
        return f"«{e.value}»"

    def _Not(self, e: s.Not) -> str:
        if isinstance(e.operand, s.Name) and e.operand.ref is not None and e.operand.ref.kind == "definition":
            return f"ikke {self.expr(e.operand)}"
        if isinstance(e.operand, s.Name) and e.operand.ref is not None \
                and e.operand.ref.kind in ("case_field", "item_field"):
            return f"{path_text(e.operand.parts)} er nej"  # a yes/no field
        return f"det gælder ikke, at ({self.expr(e.operand)})"

    def _BoolOp(self, e: s.BoolOp) -> str:
        parts = []
        for side in self._live_sides(e):
            text = self.expr(side)
            if isinstance(side, s.BoolOp) and side.op != e.op and len(self._live_sides(side)) == 2:
                text = f"({text})"
            parts.append(text)
        return f" {e.op} ".join(parts)

    def _live_sides(self, e: s.BoolOp) -> list[s.Expr]:
        """The sides that matter: a side the version makes neutral (`og ja`, `eller nej`) is left out."""
        neutral = e.op == "og"
        return [side for side in (e.left, e.right) if self.constant(side) is not neutral]

    def _Compare(self, e: s.Compare) -> str:
        if isinstance(e.left, s.Count) and e.op == "mindst":
            one = isinstance(e.right, s.NumberLit) and e.right.value == 1
            return f"der er mindst {self.expr(e.right)} {self._Count(e.left, counted=False, one=one)}"
        left = self.expr(e.left)
        if e.left.type is not None and e.left.type.kind == "bool" and isinstance(e.right, s.BoolLit):
            return left if e.right.value == (e.op == "er") else f"det gælder ikke, at {left}"
        if e.op in ("før", "efter") and isinstance(e.right, s.Arith):  # not "er efter 6 måneder efter X"
            return f"{left} er {'tidligere' if e.op == 'før' else 'senere'} end {self.expr(e.right)}"
        return f"{left} {ORDER[e.op]} {self.expr(e.right)}"

    def _OneOf(self, e: s.OneOf) -> str:
        values = [self.expr(v) for v in e.values]
        listed = values[0] if len(values) == 1 else ", ".join(values[:-1]) + " eller " + values[-1]
        return f"{self.expr(e.subject)} {'ikke ' if e.negated else ''}er {listed}"

    def _Present(self, e: s.Present) -> str:
        return f"{self.expr(e.subject)} {'mangler' if e.negated else 'er angivet'}"

    def _Arith(self, e: s.Arith) -> str:
        if e.left.type is not None and e.left.type.kind == "date":
            return f"{self.expr(e.right)} {'efter' if e.op == '+' else 'før'} {self.expr(e.left)}"
        return f"{self.expr(e.left)} {e.op} {self.expr(e.right)}"

    def _IfElse(self, e: s.IfElse) -> str:
        return f"{self.expr(e.then)}, hvis {self.expr(e.condition)}, ellers {self.expr(e.otherwise)}"

    def _IfPresent(self, e: s.IfPresent) -> str:
        return f"{self.expr(e.value)} (eller {self.expr(e.otherwise)}, hvis den mangler)"

    def _Count(self, e: s.Count, counted: bool = True, one: bool = False) -> str:
        """`antallet af tilbud, hvor …,`; uncounted (after `mindst N`) the noun alone, singular for one."""
        noun = (e.items.record or e.items.name).lower() if one else words(e.items.case_field or e.items.name)
        text = f"{'antallet af ' if counted else ''}{noun}{self.filter(e.filter)}"
        if e.window is not None:
            text += f" {self.window(e.window, 'i')}"
        return text

    # -- windows and obligations ---------------------------------------------
    def window(self, window: s.Window, preposition: str = "inden for") -> str:
        if isinstance(window, s.WindowFirst):
            if isinstance(window.duration, s.DurationLit) and window.duration.amount == 1:
                singular = SINGULAR[window.duration.unit]
                return f"{preposition} den første {singular} efter {self.expr(window.anchor)}"
            return f"{preposition} de første {self.expr(window.duration)} efter {self.expr(window.anchor)}"
        if isinstance(window, s.WindowBetween):
            until = "til og med" if window.inclusive else "til"
            return (f"{preposition} perioden fra {self.expr(window.start)} {until} {self.expr(window.end)} "
                    f"efter {self.expr(window.anchor)}")
        return f"{preposition} de seneste {self.expr(window.duration)}"

    def items(self, ref: s.ListRef, filter_: Optional[s.Expr], first: bool = False, each: bool = False) -> str:
        noun = (ref.record or ref.name).lower()
        article = ""
        if first:
            article = gendered(noun, "den første ", "det første ")
        elif each:
            article = gendered(noun, "hver ", "hvert ")
        if isinstance(filter_, s.Name) and filter_.ref is not None and filter_.ref.kind == "definition":
            title = self.definition_title(filter_.ref.target)
            if title.startswith(noun + " "):
                return article + title  # "den første samtale med jobcentret (…)"
        return article + noun + self.filter(filter_)

    def cases(self, condition: Optional[s.Expr]) -> str:
        """Whom a rule applies to: `alle sager`, `sager, der er «…»` or `sager, hvor …`."""
        return "alle sager" if condition is None else "sager" + self.filter(condition).rstrip(",")

    def filter(self, filter_: Optional[s.Expr]) -> str:
        """`, hvor …,` after a noun; a definition reads `, der er «…»,`."""
        if filter_ is None or self.constant(filter_) is True:
            return ""
        if isinstance(filter_, s.Name) and filter_.ref is not None and filter_.ref.kind == "definition":
            return f", der er {self.expr(filter_)},"
        return f", hvor {self.expr(filter_)},"

    def obligation(self, o: s.Obligation) -> str:
        """The obligation as one Danish sentence."""
        if isinstance(o, s.Deadline):
            subject = self.items(o.selector.items, o.selector.filter, first=True)
            verb = "begynde" if self._has_period(o.selector.items) else "finde sted"
            if isinstance(o.limit, s.LimitAfter):
                when = f"senest {self.expr(o.limit.duration)} efter {self.expr(o.limit.anchor)}"
            else:
                when = self.window(o.limit.window)
            return _sentence(f"{subject} skal {verb} {when}")
        if isinstance(o, s.CountRequired):
            noun = words(o.items.case_field or o.items.name) if o.minimum != 1 else (o.items.record or "").lower()
            text = f"der skal være mindst {number(o.minimum)} {noun}{self.filter(o.filter)}"
            return _sentence(f"{text} {self.window(o.window)}")
        if isinstance(o, s.EachRequired):
            first = o.selector.kind == "first"
            subject = self.items(o.selector.items, o.selector.filter, first=first, each=not first)
            return _sentence(f"for {subject} gælder, at {self.expr(o.requirement)}")
        if isinstance(o, s.Prohibition):
            noun = (o.items.record or o.items.name).lower()
            return _sentence(f"der må ikke være {gendered(noun, 'nogen', 'noget')} {noun}, hvor {self.expr(o.filter)}")
        if isinstance(o, s.DurationLimit):
            subject = self.items(o.selector.items, o.selector.filter, each=True)
            return _sentence(f"{subject} må højst vare {self.expr(o.limit)}")
        if isinstance(o, s.IntervalLimit):
            noun = (o.items.record or o.items.name).lower()
            text = (f"der må højst gå {self.expr(o.limit)} fra {gendered(noun, 'en', 'et')} {noun} slutter, "
                    f"til {gendered(noun, 'den', 'det')} næste begynder")
            if o.filter is not None and self.constant(o.filter) is not True:
                text += f" (kun {noun}, hvor {self.expr(o.filter)})"
            return _sentence(text)
        return _sentence(f"andelen af sager, hvor {self.expr(o.condition)}, skal være mindst {self.expr(o.minimum)}")

    def _has_period(self, ref: s.ListRef) -> bool:
        record = self.program.records.get(ref.record or "")
        return bool(record and record.period)


def _sentence(text: str) -> str:
    text = text.replace(",,", ",").replace(", ,", ",")
    return capitalized(text) + ("" if text.endswith(".") else ".")


def capitalized(text: str) -> str:
    """The first letter in upper case, the rest untouched (unlike str.capitalize)."""
    return text[:1].upper() + text[1:]
