"""Plain-Danish sentences from the rule IR (for the documentation, `regel diff` and hovers).

The text is generated from the IR, not copied from the rule file, so the documentation says
exactly what the validators check. Functions return plain text (`str`, or `Prose` for a sentence
that may hold a list); each output format escapes it.
"""

from __future__ import annotations

import dataclasses
import datetime
import re
from dataclasses import dataclass
from functools import singledispatchmethod
from typing import Optional

from ..ir import nodes as ir
from ..ir.specialize import specialize
from ..runtime import dansk_dato
from ..syntax import NEGATION_MARK

OPPOSITE = {"==": "!=", "!=": "==", "<": ">=", ">=": "<", ">": "<=", "<=": ">"}  # a comparison's negation
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


@dataclass(frozen=True)
class Prose:
    """Danish that may hold a list, as careful legal drafting writes a condition of nested
    groups: `text`, then (when there are `items`) the list it leads in to, each item Prose
    itself (so an item can end in a list of its own), then `rest`, the next paragraph (only
    after a list: a text cannot go on once a list has ended it). Every text carries its own
    punctuation: a lead-in ends in `:`, an item in `,` (the second last in ` og` or ` eller`),
    the last item in what ends the whole. Plain text: each output format escapes it
    (`docs.prose_html`, `docs.prose_markdown`, `whatapplies.prose_json`; `flat` on one line)."""

    text: str
    items: tuple["Prose", ...] = ()
    rest: Optional["Prose"] = None

    @property
    def lists(self) -> bool:
        return bool(self.items)

    @property
    def last(self) -> str:
        """The text that ends it."""
        return self.rest.last if self.rest else self.items[-1].last if self.items else self.text

    @property
    def flat(self) -> str:
        """On one line, as a law writes a short enumeration in running text: `… opfyldt: 1) a,
        2) b eller 3) c` (a list in an item with letters: `a) …, b) …`)."""
        return self._flat(0)

    def _flat(self, depth: int) -> str:
        marks = [f"{n}) " if depth % 2 == 0 else f"{chr(ord('a') + n - 1)}) " for n in range(1, len(self.items) + 1)]
        text = " ".join([self.text, *(mark + item._flat(depth + 1) for mark, item in zip(marks, self.items))])
        return text + (f" {self.rest._flat(depth)}" if self.rest else "")

    def ended(self, suffix: str) -> "Prose":
        """With `suffix` (punctuation) after its last word."""
        if self.rest:
            return dataclasses.replace(self, rest=self.rest.ended(suffix))
        if self.items:
            return dataclasses.replace(self, items=(*self.items[:-1], self.items[-1].ended(suffix)))
        return dataclasses.replace(self, text=self.text + suffix)

    def joined(self, glue: str, other: "Prose") -> "Prose":
        """This text going on with `glue` and `other` in the same sentence (it must not end in a list)."""
        if self.rest:
            return dataclasses.replace(self, rest=self.rest.joined(glue, other))
        assert not self.items, "a text that ends in a list cannot go on"
        return Prose(self.text + glue + other.text, other.items, other.rest)

    def then(self, other: "Prose") -> "Prose":
        """The next sentence: in the same paragraph, or a new one after a list."""
        if not self.lists:
            return self.joined(" ", other)
        return dataclasses.replace(self, rest=self.rest.then(other) if self.rest else other)

    def mapped(self, change) -> "Prose":
        """Every text changed by `change` (a function of a str)."""
        return Prose(change(self.text), tuple(item.mapped(change) for item in self.items),
                     self.rest.mapped(change) if self.rest else None)

    def capitalized(self) -> "Prose":
        return dataclasses.replace(self, text=capitalized(self.text))


def sentence(text: "str | Prose") -> Prose:
    prose = text if isinstance(text, Prose) else Prose(text)
    prose = prose.mapped(lambda part: part.replace(",,", ",").replace(", ,", ","))
    return prose.capitalized().ended("" if prose.last.endswith(".") else ".")


@dataclass(frozen=True)
class Group:
    """An `og` or `eller` chain of any length in the plain reading: its parts are conditions
    (IR expressions that read as one clause), other groups and negated groups."""

    word: str   # "og" or "eller"
    parts: tuple


@dataclass(frozen=True)
class Negated:
    """`ikke (…)` of a group whose negation does not (or not yet) read positively."""

    group: Group


def height(node) -> int:
    """0 for a clause, 1 for a chain of clauses, and one more for each group nested in it."""
    if isinstance(node, Negated):
        return height(node.group)
    if isinstance(node, Group):
        return 1 + max(height(part) for part in node.parts)
    return 0


LEADS = {  # a list's lead-in: (negated, word) -> what must hold of its items
    (False, "og"): "alle følgende betingelser er opfyldt",
    (False, "eller"): "mindst én af følgende betingelser er opfyldt",
    (True, "og"): "ikke alle følgende betingelser er opfyldt",
    (True, "eller"): "ingen af følgende betingelser er opfyldt",
}


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

    def negation(self, operand: ir.Expr) -> Optional[str]:
        """A condition that does not hold, in positive words (`borgeren ikke har en arbejdsgiver`,
        `forløbets start er før …`), or None when only `det gælder ikke, at …` says it."""
        phrase = self.phrase(operand)
        if phrase is not None and operand.type.kind == "bool":
            return statement(phrase, holds=False)
        if isinstance(operand, ir.DefinitionRef):
            return f"ikke {self.expr(operand)}"
        if isinstance(operand, ir.IsPresent):
            return f"{self.expr(operand.value)} mangler"
        if field_path(operand) is not None and operand.type.kind == "bool":
            return f"{path_text(field_path(operand))} er nej"
        if self.plain and isinstance(operand, ir.Compare) and operand.op in OPPOSITE:
            return self.expr(dataclasses.replace(operand, op=OPPOSITE[operand.op]))
        if self.plain and isinstance(operand, ir.InSet):
            return self.expr(dataclasses.replace(operand, negated=not operand.negated))
        return None

    @expr.register
    def _(self, e: ir.Not) -> str:
        text = self.negation(e.operand)
        if text is not None:
            return text
        if not self.plain:
            return f"det gælder ikke, at ({self.expr(e.operand)})"
        if isinstance(e.operand, (ir.And, ir.Or)):
            return self.condition(e).flat
        return f"det gælder ikke, at {self.expr(e.operand)}"

    @expr.register
    def _(self, e: ir.And) -> str:
        return self.condition(e).flat if self.plain else self.chain(e, ir.And, "og")

    @expr.register
    def _(self, e: ir.Or) -> str:
        return self.condition(e).flat if self.plain else self.chain(e, ir.Or, "eller")

    # -- conditions of nested groups (the plain reading) -----------------------
    def condition(self, e: ir.Expr, subordinator: str = "") -> Prose:
        """A condition as Danish prose. The formal reading is one line with brackets around a
        nested group. The plain one keeps a chain of clauses in running text and writes a group
        nested in another as a list with a lead-in that says whether all or one of its items must
        hold; a negated group reads positively where every clause has positive words for its
        negation (De Morgan), and a negated `og` group beside other conditions as `medmindre …`.
        `subordinator` (`hvor`, `når`, `at`) is the word the condition follows, repeated before a
        list that comes after clauses (`…, og hvor mindst én af følgende …`); `medmindre` is used
        only after `hvor` and `når`, where it subtracts, not after `at` (a requirement)."""
        if not self.plain:
            return Prose(self.expr(e))
        return self.node_prose(self.shape(e), subordinator)

    def shape(self, e: ir.Expr):
        """The condition as clauses, groups of any length (a chain flattened) and negated groups."""
        if isinstance(e, (ir.And, ir.Or)):
            word = "og" if isinstance(e, ir.And) else "eller"
            parts: list = []
            for side in (e.left, e.right):
                part = self.shape(side)
                parts += part.parts if isinstance(part, Group) and part.word == word else [part]
            return Group(word, tuple(parts))
        if isinstance(e, ir.Not) and isinstance(e.operand, (ir.And, ir.Or)):
            return Negated(self.shape(e.operand))
        return e

    def negated(self, node):
        """The negation of a clause, a group or a negated group: De Morgan for a group (None when
        a clause in it has no positive words for its negation)."""
        if isinstance(node, Negated):
            return node.group
        if isinstance(node, Group):
            parts = [self.negated(part) for part in node.parts]
            if any(part is None for part in parts):
                return Negated(node) if node.word == "og" else None
            return Group("eller" if node.word == "og" else "og", tuple(parts))
        if isinstance(node, ir.Not):
            return node.operand
        return ir.Not(span=node.span, type=node.type, operand=node) if self.negation(node) is not None else None

    def opened(self, group: Group) -> Group:
        """A group with each negated group in it turned positive where it reads so (De Morgan;
        an `og` group negated stays as it is inside `eller`), and parts of its own word merged in."""
        parts: list = []
        for part in group.parts:
            if isinstance(part, Negated):
                positive = self.negated(part.group)
                part = positive if isinstance(positive, Group) else part
            parts += part.parts if isinstance(part, Group) and part.word == group.word else [part]
        return Group(group.word, tuple(parts))

    def node_prose(self, node, subordinator: str) -> Prose:
        if isinstance(node, Negated):
            positive = self.negated(node.group)
            if isinstance(positive, Group):
                return self.node_prose(positive, subordinator)
            if height(node) == 1:
                return Prose("det gælder ikke, at " + self.chain_text(node.group))
            return self.listing(node)
        if isinstance(node, Group):
            return self.group_prose(node, subordinator)
        return Prose(self.expr(node))

    def chain_text(self, group: Group) -> str:
        return f" {group.word} ".join(self.expr(part) for part in group.parts)

    def group_prose(self, group: Group, subordinator: str) -> Prose:
        if group.word == "og" and subordinator in ("hvor", "når"):
            exceptions = [part for part in group.parts if isinstance(part, Negated) and part.group.word == "og"]
            others = [part for part in group.parts if not any(part is x for x in exceptions)]
            if exceptions and others:
                main = self.node_prose(others[0] if len(others) == 1 else Group("og", tuple(others)), subordinator)
                if not main.lists:
                    unless = exceptions[0].group if len(exceptions) == 1 else \
                        Group("eller", tuple(x.group for x in exceptions))
                    return main.joined(", medmindre ", Prose(self.chain_text(unless)) if height(unless) == 1
                                       else self.listing(unless))
        group = self.opened(group)
        nested = [part for part in group.parts if isinstance(part, (Group, Negated))]
        if not nested:
            return Prose(self.chain_text(group))
        if len(nested) == 1:  # the clauses in running text, then the one group as a list
            clauses = f" {group.word} ".join(self.expr(part) for part in group.parts if part is not nested[0])
            return Prose(f"{clauses}, {group.word} {subordinator} ".replace("  ", " ")).joined("", self.listing(nested[0]))
        return self.listing(group)

    def listing(self, node) -> Prose:
        """A group as a list: its lead-in, then an item per part, punctuated as a law's enumeration."""
        negated = isinstance(node, Negated)
        group = self.opened(node.group if negated else node)
        items = [self.node_prose(part, "") for part in group.parts]
        items = [item.ended("," if n < len(items) - 2 else f" {group.word}" if n == len(items) - 2 else "")
                 for n, item in enumerate(items)]
        return Prose(f"{LEADS[negated, group.word]}:", tuple(items))

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

    def coverage(self, covers: Optional[ir.Expr]) -> Optional[Prose]:
        """Which deadlines and windows an exception covers, after "de frister og perioder, der
        udløber …" (None: all of them)."""
        if covers is None:
            return None
        if isinstance(covers, (ir.WithinPeriod, ir.WithinAnyPeriod)):
            return Prose(f"mens {self.lasting(covers)}")
        if isinstance(covers, ir.Compare) and isinstance(covers.left, ir.JudgingDay) and covers.op == ">=":
            return Prose(f"på eller efter {self.expr(covers.right)}")
        return Prose("på en dag, hvor ").joined("", self.condition(covers, "hvor"))

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

    def items(self, query: ir.ItemQuery, filter_: Optional[ir.Expr], first: bool = False,
              each: bool = False) -> tuple[str, Optional[Prose]]:
        """The items a duty is about (`den første samtale, hvor …,`) and, when the filter holds a
        list (which cannot stand inside a sentence), the sentence after it that says which items
        count (`Her tæller kun samtaler, hvor …:`)."""
        noun = self.noun(query)
        article = ""
        if first:
            article = gendered(noun, "den første ", "det første ")
        elif each:
            article = gendered(noun, "hver ", "hvert ")
        if isinstance(filter_, ir.DefinitionRef):
            title = self.definition_title(filter_.name)
            if title.startswith(noun + " "):
                return article + title, None  # "den første samtale med jobcentret (…)"
        where = self.where(filter_)
        if where is not None and where.lists:
            return article + noun, self.counted(query, where)
        return article + noun + (where.text + "," if where is not None else ""), None

    def counted(self, query: ir.ItemQuery, where: Prose) -> Prose:
        return sentence(Prose(f"her tæller kun {words(query.list_field)}").joined("", where))

    def cases(self, condition: Optional[ir.Expr]) -> Prose:
        """Whom a rule applies to: `alle sager`, `sager, der er «…»` or `sager, hvor …`."""
        return Prose("alle sager") if condition is None else Prose("sager").joined("", self.where(condition))

    def where(self, filter_: Optional[ir.Expr]) -> Optional[Prose]:
        """`, hvor …` after a noun (a definition: `, der er «…»`); None without a filter."""
        if filter_ is None or (isinstance(filter_, ir.Const) and filter_.value is True):
            return None
        if isinstance(filter_, ir.DefinitionRef) and self.phrase(filter_) is None:
            return Prose(f", der er {self.expr(filter_)}")
        return Prose(", hvor ").joined("", self.condition(filter_, "hvor"))

    def filter(self, filter_: Optional[ir.Expr]) -> str:
        """`, hvor …,` after a noun inside a clause (a count), on one line."""
        where = self.where(filter_)
        return "" if where is None else where.flat + ","

    def deadline(self, duty, values: Optional[dict] = None) -> Optional[str]:
        """When a deadline falls, as a phrase (`fristen er 1 uge efter første henvendelse`), for
        a duty with a deadline; None for other duties."""
        if not isinstance(duty, ir.Duty) or duty.kind != "frist":
            return None
        terms = specialize(duty.terms, values) if values else duty.terms
        if terms.window is not None:
            return f"fristen er den sidste dag {self.window(terms.window)}"
        return f"fristen er {self.expr(terms.due.duration)} efter {self.expr(terms.due.date)}"

    def duty(self, duty, values: Optional[dict] = None) -> Prose:
        """The duty of a rule in Danish (in one version: with its values): one sentence, or, when
        a condition in it holds a list, the sentence and then the condition."""
        if isinstance(duty, ir.Share):
            duty = specialize(duty, values) if values else duty
            minimum = self.expr(duty.minimum)
            condition = self.condition(duty.condition, "hvor")
            if condition.lists:
                return sentence(f"andelen af sager, der opfylder betingelsen nedenfor, skal være mindst {minimum}").then(
                    sentence(Prose("en sag opfylder betingelsen, når ").joined("", self.condition(duty.condition, "når"))))
            return sentence(Prose("andelen af sager, hvor ").joined("", condition).ended(f", skal være mindst {minimum}"))
        terms = specialize(duty.terms, values) if values else duty.terms
        query, noun = terms.items, self.noun(terms.items)
        counted: Optional[Prose] = None
        if duty.kind == "frist":
            subject, counted = self.items(query, terms.filter, first=True)
            verb = "begynde" if query.kind and query.kind.period_end else "finde sted"
            if terms.window is not None:
                when = self.window(terms.window)
            else:
                when = f"senest {self.expr(terms.due.duration)} efter {self.expr(terms.due.date)}"
            text = sentence(f"{subject} skal {verb} {when}")
        elif duty.kind == "antal":
            number = words(query.list_field) if terms.minimum != 1 else noun
            where, which = self.where(terms.filter), ""
            if where is not None and where.lists:
                counted = self.counted(query, where)
            elif where is not None:
                which = where.text + ","
            if self.plain and isinstance(terms.filter, ir.DefinitionRef):
                title = self.definition_title(terms.filter.name)
                if title.startswith(noun + " "):  # "4 samtaler med jobcentret (…)"
                    which = title[len(noun):]
            text = sentence(f"der skal være mindst {terms.minimum} {number}{which} {self.window(terms.window)}")
        elif duty.kind == "hver":
            subject, counted = self.items(query, terms.filter, first=terms.first, each=not terms.first)
            text = sentence(Prose(f"for {subject} gælder, at ").joined("", self.condition(terms.requirement, "at")))
        elif duty.kind == "forbud":
            text = sentence(Prose(f"der må ikke være {gendered(noun, 'nogen', 'noget')} {noun}, hvor ").joined(
                "", self.condition(terms.requirement, "hvor")))
        elif duty.kind == "varighed":
            subject, counted = self.items(query, terms.filter, each=True)
            text = sentence(f"{subject} må højst vare {self.expr(terms.limit)}")
        else:
            gap = (f"der må højst gå {self.expr(terms.limit)} fra {gendered(noun, 'en', 'et')} {noun} slutter, "
                   f"til {gendered(noun, 'den', 'det')} næste begynder")
            where = self.where(terms.filter)
            if where is not None and where.lists:
                counted = self.counted(query, where)
            elif where is not None:
                gap += f" (kun {noun}, hvor {self.expr(terms.filter)})"
            text = sentence(gap)
        return text.then(counted) if counted is not None else text


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
