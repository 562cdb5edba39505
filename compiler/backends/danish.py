"""Plain-Danish sentences from the rule IR (for the documentation, `regel diff` and hovers).

The text is generated from the IR, not copied from the rule file, so the documentation says
exactly what the validators check. Functions return plain text; templates escape it.
"""

from __future__ import annotations

import dataclasses
import datetime
import re
from functools import singledispatchmethod
from typing import Optional

from ..ir import nodes as ir
from ..ir.specialize import specialize
from ..runtime import dansk_dato
from ..syntax import NEGATION_MARK

NEUTER = {"tilbud"}  # record nouns that take "det"/"hvert"/"noget"
ORDER = {  # the comparison words, by the kind of the values compared
    "date": {"<": "er før", ">": "er efter", "<=": "er senest", ">=": "er tidligst"},
    "number": {"<": "er under", ">": "er over", "<=": "er højst", ">=": "er mindst"},
}


def date_text(value: Optional[datetime.date]) -> str:
    return "" if value is None else dansk_dato(value)


def gendered(noun: str, common: str, neuter: str) -> str:
    """The article or pronoun that agrees with a record noun: `den`/`det`, `hver`/`hvert`."""
    return neuter if noun in NEUTER else common


def words(name: str) -> str:
    """A name from a rule file as words: `første_henvendelse` -> `første henvendelse`; a single
    letter is joined with a hyphen, as Danish writes it: `a_kasse` -> `a-kasse`."""
    return re.sub(r"(?<![^\W_])([^\W\d_i])_", r"\1-", name).replace("_", " ")  # but not `i_…` (the word i)


def path_text(parts: tuple[str, ...]) -> str:
    """A field path in words: `fritagelse.overgang` -> `fritagelsens overgang`; a field named
    by a preposition reads as a date (`fritagelse.fra` -> `fritagelsens fra-dato`)."""
    *owners, leaf = parts
    text = words(leaf) + ("-dato" if leaf in ("fra", "til") else "")
    for owner in reversed(owners):
        owner = words(owner)
        text = f"{owner}{'ns' if owner.endswith('e') else 'ens'} {text}"
    return text


def number(value: float | int) -> str:
    return str(int(value)) if value == int(value) else f"{value:g}".replace(".", ",")


def duration(value: ir.Duration) -> str:
    if value.written:
        return value.written
    parts = []
    if value.months:
        if value.months % 12 == 0:
            parts.append(f"{value.months // 12} år")
        else:
            parts.append(f"{value.months} {'måned' if value.months == 1 else 'måneder'}")
    if value.days:
        if value.days % 7 == 0:
            weeks = value.days // 7
            parts.append(f"{weeks} {'uge' if weeks == 1 else 'uger'}")
        else:
            parts.append(f"{value.days} {'dag' if value.days == 1 else 'dage'}")
    return " og ".join(parts) or "0 dage"


def singular_unit(value: ir.Duration) -> Optional[str]:
    """`måned`, `uge`, `år` or `dag` when the duration is one of them, else None."""
    return {ir.Duration(1, 0): "måned", ir.Duration(0, 7): "uge", ir.Duration(12, 0): "år",
            ir.Duration(0, 1): "dag"}.get(value)


def dates_text(start: Optional[datetime.date], end: Optional[datetime.date]) -> str:
    """A period of force, both days included."""
    if start and end:
        return f"fra {date_text(start)} til og med {date_text(end)}"
    if start:
        return f"fra {date_text(start)}"
    if end:
        return f"til og med {date_text(end)}"
    return "uden tidsbegrænsning"


def listed(texts: list[str], last: str = "eller") -> str:
    """`a, b eller c` (or `og` before the last)."""
    return texts[0] if len(texts) == 1 else ", ".join(texts[:-1]) + f" {last} " + texts[-1]


def capitalized(text: str) -> str:
    """The first letter in upper case, the rest untouched (unlike str.capitalize)."""
    return text[:1].upper() + text[1:]


def sentence(text: str) -> str:
    text = text.replace(",,", ",").replace(", ,", ",")
    return capitalized(text) + ("" if text.endswith(".") else ".")


def field_path(e: ir.Expr) -> Optional[tuple[str, ...]]:
    """The field names of a read (`fritagelse.fra`), or None when `e` is not a field read."""
    parts: list[str] = []
    while True:
        if isinstance(e, ir.Require):
            e = e.value
        elif isinstance(e, ir.InOrder):
            e = e.end
        elif isinstance(e, (ir.FieldOf, ir.MaybeFieldOf)):
            parts.append(e.field)
            e = e.record
        elif isinstance(e, (ir.Case, ir.Item)):
            return tuple(reversed(parts)) if parts else None
        else:
            return None


def statement(phrase: str, holds: bool = True) -> str:
    """A condition's `læses` as it holds (`borgeren har en arbejdsgiver`) or not (`borgeren ikke
    har en arbejdsgiver`): the phrase is written as a subordinate clause, so »ikke« stands where
    its author put the mark."""
    text = phrase.replace(NEGATION_MARK, "ikke" if not holds else "")
    return " ".join(text.split())


def field_read(e: ir.Expr) -> Optional[tuple[str, str]]:
    """The record type and field name of a field read, or None."""
    while isinstance(e, (ir.Require, ir.InOrder)):
        e = e.value if isinstance(e, ir.Require) else e.end
    if isinstance(e, (ir.FieldOf, ir.MaybeFieldOf)) and e.record.type.name:
        return e.record.type.name, e.field
    return None


class Renderer:
    """Danish for the expressions and duties of one rule set. The formal reading (`plain=False`,
    for jurists, `regel diff` and hovers) names every field and concept as the rule file does;
    the plain reading uses the data model's `læses` phrases, reads yes/no fields and definitions
    as statements and puts no «…» around concepts."""

    def __init__(self, rule_set: ir.RuleSet, plain: bool = False):
        self.rs = rule_set
        self.plain = plain

    def definition_title(self, name: str) -> str:
        title = self.rs.definition(name).title or words(name)
        return title[:1].lower() + title[1:]

    @property
    def is_not(self) -> str:
        """»er ikke« in the formal reading; the plain one speaks in subordinate clauses (»hvor
        ydelsen ikke er dagpenge«)."""
        return "ikke er" if self.plain else "er ikke"

    def phrase(self, e: ir.Expr) -> Optional[str]:
        """The plain reading's `læses` phrase of a field read or a definition, if it has one."""
        if not self.plain:
            return None
        if isinstance(e, ir.DefinitionRef):
            return self.rs.definition(e.name).phrase
        read = field_read(e)
        if read is None:
            return None
        declared = self.rs.record(read[0]).field(read[1])
        return declared.phrase if declared is not None else None

    def concept(self, name: str) -> str:
        """A definition named in running text: «…» in the formal reading, bare in the plain one."""
        title = self.definition_title(name)
        return title if self.plain else f"«{title}»"

    # -- expressions ---------------------------------------------------------
    @singledispatchmethod
    def expr(self, e: ir.Expr) -> str:
        path = field_path(e)
        if path is None:
            raise AssertionError(f"no Danish for {type(e).__name__}")
        phrase = self.phrase(e)
        if phrase is not None:
            return statement(phrase) if e.type.kind == "bool" else phrase
        text = path_text(path)
        return f"{text} er ja" if e.type.kind == "bool" else text

    @expr.register
    def _(self, e: ir.Const) -> str:
        value, kind = e.value, e.type.kind
        if isinstance(value, bool):
            return "ja" if value else "nej"
        if isinstance(value, ir.Duration):
            return duration(value)
        if isinstance(value, datetime.date):
            return date_text(value)
        if kind == "enum":
            return words(value)
        if kind == "text":
            return f"\"{value}\"" if self.plain else f"«{value}»"
        if kind == "percent":
            return f"{number(round(value * 100, 6))} pct."
        if kind == "hours":
            return f"{number(value)} timer"
        if kind == "amount":
            return f"{number(value)} kr."
        return number(value)

    @expr.register
    def _(self, e: ir.EvaluationDate) -> str:
        return "skæringsdatoen"

    @expr.register
    def _(self, e: ir.Param) -> str:
        flag = " er ja" if e.type.kind == "bool" else ""
        return f"{words(e.name)}{flag} (se versionerne)"

    @expr.register
    def _(self, e: ir.DefinitionRef) -> str:
        phrase = self.phrase(e)
        return statement(phrase) if phrase is not None else self.concept(e.name)

    @expr.register
    def _(self, e: ir.Not) -> str:
        operand = e.operand
        phrase = self.phrase(operand)
        if phrase is not None and operand.type.kind == "bool":
            return statement(phrase, holds=False)
        if isinstance(operand, ir.DefinitionRef):
            return f"ikke {self.expr(operand)}"
        if isinstance(operand, ir.IsPresent):
            return f"{self.expr(operand.value)} mangler"
        if field_path(operand) is not None and operand.type.kind == "bool":
            return f"{path_text(field_path(operand))} er nej"
        if self.plain and isinstance(operand, ir.Compare) and operand.op in ("==", "!="):
            return self.expr(dataclasses.replace(operand, op="!=" if operand.op == "==" else "=="))
        if self.plain and isinstance(operand, ir.InSet):
            return self.expr(dataclasses.replace(operand, negated=not operand.negated))
        return f"det gælder ikke, at ({self.expr(operand)})"

    @expr.register
    def _(self, e: ir.And) -> str:
        return self.chain(e, ir.And, "og")

    @expr.register
    def _(self, e: ir.Or) -> str:
        return self.chain(e, ir.Or, "eller")

    def chain(self, e, node: type, word: str) -> str:
        parts = []
        for side in (e.left, e.right):
            text = self.expr(side)
            if isinstance(side, (ir.And, ir.Or)) and not isinstance(side, node):
                text = f"({text})"
            parts.append(text)
        return f" {word} ".join(parts)

    @expr.register
    def _(self, e: ir.Compare) -> str:
        if isinstance(e.left, ir.CountItems) and e.op == ">=":
            one = isinstance(e.right, ir.Const) and e.right.value == 1
            return f"der er mindst {self.expr(e.right)} {self.count(e.left, counted=False, one=one)}"
        left = self.expr(e.left)
        if e.left.type.kind == "bool" and isinstance(e.right, ir.Const) and isinstance(e.right.value, bool):
            holds = e.right.value == (e.op == "==")
            phrase = self.phrase(e.left)
            if phrase is not None:
                return statement(phrase, holds)
            return left if holds else f"det gælder ikke, at {left}"
        if e.op in ("==", "!="):
            return f"{left} {'er' if e.op == '==' else self.is_not} {self.expr(e.right)}"
        kind = "date" if e.left.type.kind == "date" else "number"
        if kind == "date" and e.op in ("<", ">") and isinstance(e.right, ir.ShiftDate):
            return f"{left} er {'tidligere' if e.op == '<' else 'senere'} end {self.expr(e.right)}"
        return f"{left} {ORDER[kind][e.op]} {self.expr(e.right)}"

    @expr.register
    def _(self, e: ir.InSet) -> str:
        return f"{self.expr(e.subject)} {'ikke er' if e.negated else 'er'} {listed([self.expr(v) for v in e.values])}"

    @expr.register
    def _(self, e: ir.IsPresent) -> str:
        return f"{self.expr(e.value)} er angivet"

    @expr.register
    def _(self, e: ir.ShiftDate) -> str:
        return f"{self.expr(e.duration)} {'efter' if e.sign == 1 else 'før'} {self.expr(e.date)}"

    @expr.register
    def _(self, e: ir.Arithmetic) -> str:
        return f"{self.expr(e.left)} {e.op} {self.expr(e.right)}"

    @expr.register
    def _(self, e: ir.IfElse) -> str:
        return f"{self.expr(e.then)}, hvis {self.expr(e.condition)}, ellers {self.expr(e.otherwise)}"

    @expr.register
    def _(self, e: ir.Coalesce) -> str:
        return f"{self.expr(e.value)} (eller {self.expr(e.otherwise)}, hvis den mangler)"

    @expr.register
    def _(self, e: ir.CountItems) -> str:
        return self.count(e)

    @expr.register
    def _(self, e: ir.WithinPeriod) -> str:
        return f"{self.expr(e.day)} ligger, mens {self.lasting(e)}"

    @expr.register
    def _(self, e: ir.WithinAnyPeriod) -> str:
        return f"{self.expr(e.day)} ligger, mens {self.lasting(e)}"

    @expr.register
    def _(self, e: ir.JudgingDay) -> str:
        return "den dag, kravet vurderes"

    def lasting(self, e: ir.WithinPeriod | ir.WithinAnyPeriod) -> str:
        """`indlæggelse varer (fra og med indlæggelsens indlagt til og med dens udskrevet …)`."""
        if isinstance(e, ir.WithinAnyPeriod):
            return (f"en af {words(e.list_field)} varer (fra og med dens {words(e.start)} til og med dens "
                    f"{words(e.end)}; er {words(e.end)} ikke angivet, varer den stadig)")
        start, end = field_path(e.start), field_path(e.end)
        return (f"{path_text(start[:-1])} varer (fra og med {path_text(start)} til og med {path_text(end)}; "
                f"er {words(end[-1])} ikke angivet, varer den stadig)")

    def coverage(self, covers: Optional[ir.Expr]) -> Optional[str]:
        """Which deadlines and windows an exception covers, after "de frister og perioder, der
        udløber …" (None: all of them)."""
        if covers is None:
            return None
        if isinstance(covers, (ir.WithinPeriod, ir.WithinAnyPeriod)):
            return f"mens {self.lasting(covers)}"
        if isinstance(covers, ir.Compare) and isinstance(covers.left, ir.JudgingDay) and covers.op == ">=":
            return f"på eller efter {self.expr(covers.right)}"
        return f"på en dag, hvor {self.expr(covers)}"

    def count(self, e: ir.CountItems, counted: bool = True, one: bool = False) -> str:
        """`antallet af tilbud, hvor …,`; uncounted (after `mindst N`) the noun alone, singular for one."""
        query = e.query
        noun = query.kind.record.lower() if one and query.kind else words(query.list_field)
        text = f"{'antallet af ' if counted else ''}{noun}{self.filter(query.filter)}"
        if query.window is not None:
            text += f" {self.window(query.window, 'i')}"
        return text

    # -- windows, items and duties -------------------------------------------
    def window(self, window: ir.Window, preposition: str = "inden for") -> str:
        if window.form == "last":
            return f"{preposition} de seneste {self.expr(window.lengths[0])}"
        anchor = self.expr(window.anchor)
        if window.form == "first":
            length = window.lengths[0]
            unit = singular_unit(length.value) if isinstance(length, ir.Const) else None
            if unit is not None:
                return f"{preposition} den første {unit} efter {anchor}"
            return f"{preposition} de første {self.expr(length)} efter {anchor}"
        until = "til og med" if window.inclusive else "til"
        first, last = window.lengths
        return f"{preposition} perioden fra {self.expr(first)} {until} {self.expr(last)} efter {anchor}"

    def noun(self, query: ir.ItemQuery) -> str:
        return (query.kind.record if query.kind else query.list_field).lower()

    def items(self, query: ir.ItemQuery, filter_: Optional[ir.Expr], first: bool = False, each: bool = False) -> str:
        noun = self.noun(query)
        article = ""
        if first:
            article = gendered(noun, "den første ", "det første ")
        elif each:
            article = gendered(noun, "hver ", "hvert ")
        if isinstance(filter_, ir.DefinitionRef):
            title = self.definition_title(filter_.name)
            if title.startswith(noun + " "):
                return article + title  # "den første samtale med jobcentret (…)"
        return article + noun + self.filter(filter_)

    def cases(self, condition: Optional[ir.Expr]) -> str:
        """Whom a rule applies to: `alle sager`, `sager, der er «…»` or `sager, hvor …`."""
        return "alle sager" if condition is None else "sager" + self.filter(condition).rstrip(",")

    def filter(self, filter_: Optional[ir.Expr]) -> str:
        """`, hvor …,` after a noun; a definition reads `, der er «…»,`."""
        if filter_ is None or (isinstance(filter_, ir.Const) and filter_.value is True):
            return ""
        if isinstance(filter_, ir.DefinitionRef) and self.phrase(filter_) is None:
            return f", der er {self.expr(filter_)},"
        return f", hvor {self.expr(filter_)},"

    def deadline(self, duty, values: Optional[dict] = None) -> Optional[str]:
        """When a deadline falls, as a phrase (`fristen er 1 uge efter første henvendelse`), for
        a duty with a deadline; None for other duties."""
        if not isinstance(duty, ir.Duty) or duty.kind != "frist":
            return None
        terms = specialize(duty.terms, values) if values else duty.terms
        if terms.window is not None:
            return f"fristen er den sidste dag {self.window(terms.window)}"
        return f"fristen er {self.expr(terms.due.duration)} efter {self.expr(terms.due.date)}"

    def duty(self, duty, values: Optional[dict] = None) -> str:
        """The duty of a rule as one Danish sentence (in one version: with its values)."""
        if isinstance(duty, ir.Share):
            duty = specialize(duty, values) if values else duty
            return sentence(f"andelen af sager, hvor {self.expr(duty.condition)}, skal være mindst "
                            f"{self.expr(duty.minimum)}")
        terms = specialize(duty.terms, values) if values else duty.terms
        query, noun = terms.items, self.noun(terms.items)
        if duty.kind == "frist":
            subject = self.items(query, terms.filter, first=True)
            verb = "begynde" if query.kind and query.kind.period_end else "finde sted"
            if terms.window is not None:
                when = self.window(terms.window)
            else:
                when = f"senest {self.expr(terms.due.duration)} efter {self.expr(terms.due.date)}"
            return sentence(f"{subject} skal {verb} {when}")
        if duty.kind == "antal":
            counted = words(query.list_field) if terms.minimum != 1 else noun
            which = self.filter(terms.filter)
            if self.plain and isinstance(terms.filter, ir.DefinitionRef):
                title = self.definition_title(terms.filter.name)
                if title.startswith(noun + " "):  # "4 samtaler med jobcentret (…)"
                    which = title[len(noun):]
            return sentence(f"der skal være mindst {terms.minimum} {counted}{which} "
                            f"{self.window(terms.window)}")
        if duty.kind == "hver":
            subject = self.items(query, terms.filter, first=terms.first, each=not terms.first)
            return sentence(f"for {subject} gælder, at {self.expr(terms.requirement)}")
        if duty.kind == "forbud":
            return sentence(f"der må ikke være {gendered(noun, 'nogen', 'noget')} {noun}, hvor "
                            f"{self.expr(terms.requirement)}")
        if duty.kind == "varighed":
            return sentence(f"{self.items(query, terms.filter, each=True)} må højst vare {self.expr(terms.limit)}")
        text = (f"der må højst gå {self.expr(terms.limit)} fra {gendered(noun, 'en', 'et')} {noun} slutter, "
                f"til {gendered(noun, 'den', 'det')} næste begynder")
        if terms.filter is not None and not (isinstance(terms.filter, ir.Const) and terms.filter.value is True):
            text += f" (kun {noun}, hvor {self.expr(terms.filter)})"
        return sentence(text)


def field_text(declared: ir.Field) -> str:
    """A field's type in words: `en dato (valgfrit)`, `ja/nej (påkrævet, standard nej)`."""
    t = declared.type
    kinds = {"text": "en tekst", "bool": "ja/nej", "number": "et tal", "hours": "timer", "amount": "et beløb",
             "percent": "en procentsats", "date": "en dato"}
    kind = {"enum": f"en værdi af {t.name}", "record": f"en post af typen {t.name}",
            "list": f"en liste af {t.name}"}.get(t.kind) or kinds[t.kind]
    extra = []
    if t.kind != "list":
        extra.append("påkrævet" if declared.required else "valgfrit")
    if declared.default is not None:
        extra.append(f"standard {('ja' if declared.default else 'nej') if isinstance(declared.default, bool) else declared.default}")
    if declared.minimum is not None:
        extra.append(f"mindst {declared.minimum}")
    return kind + (f" ({', '.join(extra)})" if extra else "")
