"""Plain-Danish sentences from the structure of checked rules (for documentation and `regel diff`).

The text is generated from the syntax tree, not copied from the rule file, so the
documentation says exactly what the validators check. Functions return plain text;
the templates escape it.
"""

from __future__ import annotations

import datetime
from decimal import Decimal
from typing import Optional

from . import syntax as s
from .checker import MONTH_NAMES
from .program import Program

ORDER = {
    "mindst": "er mindst", "højst": "er højst", "over": "er over", "under": "er under",
    "før": "er før", "efter": "er efter", "senest": "er senest", "tidligst": "er tidligst",
    "er": "er", "er ikke": "er ikke",
}


def date_text(value: Optional[datetime.date]) -> str:
    return "" if value is None else f"{value.day}. {MONTH_NAMES[value.month - 1]} {value.year}"


def words(name: str) -> str:
    """A name from a rule file as words: `første_henvendelse` -> `første henvendelse`."""
    return name.replace("_", " ")


def number(value: Decimal) -> str:
    return str(int(value)) if value == int(value) else str(value).replace(".", ",")


def duration(d: s.DurationLit) -> str:
    amount = int(d.amount)
    singular = {"dage": "dag", "uger": "uge", "måneder": "måned", "år": "år"}[d.unit]
    return f"{amount} {singular if amount == 1 else d.unit}"


def period_text(period: Optional[s.Period]) -> str:
    if period is None:
        return "uden tidsbegrænsning"
    if period.start and period.end:
        return f"fra {date_text(period.start.value)} til og med {date_text(period.end.value)}"
    if period.start:
        return f"fra {date_text(period.start.value)}"
    return f"til og med {date_text(period.end.value)}"


class Renderer:
    """Renders expressions and obligations of one program as Danish text."""

    def __init__(self, program: Program):
        self.program = program

    # -- expressions ---------------------------------------------------------
    def expr(self, e: s.Expr) -> str:
        return getattr(self, "_" + type(e).__name__)(e)

    def _Name(self, e: s.Name) -> str:
        ref = e.ref
        if ref is not None and ref.kind == "definition":
            return f"«{self.definition_title(ref.target)}»"
        if ref is not None and ref.kind == "parameter":
            flag = " er ja" if e.type is not None and e.type.kind == "bool" else ""
            return f"{words(ref.target)}{flag} (se versionerne)"
        if ref is not None and ref.kind == "enum_value":
            return words(ref.target)
        text = " i ".join(words(part) for part in reversed(e.parts))
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
        return f"det gælder ikke, at ({self.expr(e.operand)})"

    def _BoolOp(self, e: s.BoolOp) -> str:
        parts = []
        for side in (e.left, e.right):
            text = self.expr(side)
            if isinstance(side, s.BoolOp) and side.op != e.op:
                text = f"({text})"
            parts.append(text)
        return f" {e.op} ".join(parts)

    def _Compare(self, e: s.Compare) -> str:
        left = self.expr(e.left)
        if e.left.type is not None and e.left.type.kind == "bool" and isinstance(e.right, s.BoolLit):
            return left if e.right.value == (e.op == "er") else f"det gælder ikke, at {left}"
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

    def _Count(self, e: s.Count) -> str:
        text = f"antallet af {words(e.items.case_field or e.items.name)}{self.filter(e.filter)}"
        if e.window is not None:
            text += f" {self.window(e.window, 'i')}"
        return text

    # -- windows and obligations ---------------------------------------------
    def window(self, window: s.Window, preposition: str = "inden for") -> str:
        if isinstance(window, s.WindowFirst):
            if isinstance(window.duration, s.DurationLit) and window.duration.amount == 1:
                singular = {"dage": "dag", "uger": "uge", "måneder": "måned", "år": "år"}[window.duration.unit]
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
            article = "det første " if noun == "tilbud" else "den første "
        elif each:
            article = "hvert " if noun == "tilbud" else "hver "
        if isinstance(filter_, s.Name) and filter_.ref is not None and filter_.ref.kind == "definition":
            title = self.definition_title(filter_.ref.target)
            if title.startswith(noun + " "):
                return article + title  # "den første samtale med jobcentret (…)"
        return article + noun + self.filter(filter_)

    def filter(self, filter_: Optional[s.Expr]) -> str:
        """`, hvor …,` after a noun; a definition reads `, der er «…»,`."""
        if filter_ is None:
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
            pronoun = "noget" if noun == "tilbud" else "nogen"
            return _sentence(f"der må ikke være {pronoun} {noun}, hvor {self.expr(o.filter)}")
        if isinstance(o, s.DurationLimit):
            subject = self.items(o.selector.items, o.selector.filter, each=True)
            return _sentence(f"{subject} må højst vare {self.expr(o.limit)}")
        if isinstance(o, s.IntervalLimit):
            noun = (o.items.record or o.items.name).lower()
            text = f"der må højst gå {self.expr(o.limit)} fra et {noun} slutter, til det næste begynder"
            if o.filter is not None:
                text += f" (kun {noun}, hvor {self.expr(o.filter)})"
            return _sentence(text)
        return _sentence(f"andelen af sager, hvor {self.expr(o.condition)}, skal være mindst {self.expr(o.minimum)}")

    def _has_period(self, ref: s.ListRef) -> bool:
        record = self.program.records.get(ref.record or "")
        return bool(record and record.period)


def _sentence(text: str) -> str:
    text = text.replace(",,", ",").replace(", ,", ",")
    return text[:1].upper() + text[1:] + "."
