"""IR expressions -> Python expressions (a visitor, one method per node type).

A `Context` says where the code runs: which local variables hold the item and its index,
which values are already computed in a local (the deciding date in `afgoerende`, a let by
its name), and which optional values are known to be present on this path (after `x er
angivet og …`), so that a required read of them needs no `rt.kraev`. A value an earlier `rt.kraev`
checked is read through it again: type checkers narrow `x is not None`, not a call.
"""

from __future__ import annotations

import datetime
import re
from dataclasses import dataclass, field, replace
from functools import singledispatchmethod
from typing import Optional

from ...ir import nodes as ir
from .code import literal
from .names import Names

COMPARE = {"==": "==", "!=": "!=", "<": "<", "<=": "<=", ">": ">", ">=": ">="}
OPPOSITE = {"==": "!=", "!=": "==", ">=": "<", "<=": ">", ">": "<=", "<": ">="}


@dataclass(frozen=True)
class Context:
    item: str = "element"
    index: str = "indeks"
    known: dict = field(default_factory=dict)          # ir.Expr -> local variable holding its value
    present: frozenset = frozenset()                   # optional values known not to be None here
    params: str = "v"                                   # the version's values

    def knowing(self, values) -> "Context":
        return replace(self, present=self.present | frozenset(values)) if values else self


def presence(condition: ir.Expr, truth: bool) -> set:
    """Optional values that are present whenever `condition` evaluates to `truth`."""
    if isinstance(condition, ir.IsPresent) and truth:
        return {condition.value}
    if isinstance(condition, ir.Not):
        return presence(condition.operand, not truth)
    if isinstance(condition, ir.And) and truth:
        return presence(condition.left, True) | presence(condition.right, True)
    if isinstance(condition, ir.Or) and not truth:
        return presence(condition.left, False) | presence(condition.right, False)
    return set()


class ExprWriter:
    """Translates expressions; `constant` registers a module constant and gives its name."""

    def __init__(self, names: Names, constants: "Constants", rule_set: ir.RuleSet):
        self.names = names
        self.constants = constants
        self.rs = rule_set

    def __call__(self, e: ir.Expr, c: Context) -> str:
        known = c.known.get(e)
        if known is not None:
            return known
        return self.write(e, c)

    def bare(self, e: ir.Expr, c: Context) -> str:
        """For a line of its own (`if …:`, `return …`): without the outer parentheses."""
        code = self(e, c)
        if code.startswith("(") and code.endswith(")") and _balanced(code[1:-1]) and not code.endswith(",)"):
            return code[1:-1]
        return code

    def negated(self, e: ir.Expr, c: Context) -> str:
        """`not e` for an `if` line, written as the opposite test where there is one."""
        if isinstance(e, ir.Not):
            return self.bare(e.operand, c)
        if isinstance(e, ir.Compare):
            return f"{self(e.left, c)} {OPPOSITE[e.op]} {self(e.right, c)}"
        if isinstance(e, ir.InSet):
            return self.bare(replace(e, negated=not e.negated), c)
        if isinstance(e, ir.IsPresent) and not e.blank_is_absent:
            return f"{self(e.value, c)} is None"
        return f"not {self(e, c)}" if _self_contained(self(e, c)) else f"not ({self.bare(e, c)})"

    @singledispatchmethod
    def write(self, e: ir.Expr, c: Context) -> str:
        raise AssertionError(f"no Python for {type(e).__name__}")

    @write.register
    def _(self, e: ir.Const, c: Context) -> str:
        value = e.value
        if isinstance(value, ir.Duration):
            return self.constants.duration(value)
        if isinstance(value, datetime.date):
            return self.constants.date(value)
        return literal(value)

    @write.register
    def _(self, e: ir.EvaluationDate, c: Context) -> str:
        return "skaeringsdato"

    @write.register
    def _(self, e: ir.Case, c: Context) -> str:
        return "sag"

    @write.register
    def _(self, e: ir.Item, c: Context) -> str:
        return c.item

    @write.register
    def _(self, e: ir.FieldOf, c: Context) -> str:
        return f"{self(e.record, c)}.{self.names.field(e.record.type.name, e.field)}"

    @write.register
    def _(self, e: ir.MaybeFieldOf, c: Context) -> str:
        record = self(e.record, c)
        return f"(None if {record} is None else {record}.{self.names.field(e.record.type.name, e.field)})"

    @write.register
    def _(self, e: ir.Require, c: Context) -> str:
        value = self(e.value, c)
        if e.value in c.present:
            return value
        if e.item_list is not None:
            return f"rt.kraev_element({value}, {e.item_list!r}, {c.index}, {e.label!r})"
        return f"rt.kraev({value}, {e.label!r})"

    @write.register
    def _(self, e: ir.InOrder, c: Context) -> str:
        item = f", {e.item_list!r}, {c.index}" if e.item_list is not None else ""
        return f"rt.periodens_slut({self(e.start, c)}, {self(e.end, c)}, {e.label!r}{item})"

    @write.register
    def _(self, e: ir.WithinPeriod, c: Context) -> str:
        return f"rt.i_perioden({self(e.day, c)}, {self(e.start, c)}, {self(e.end, c)}, {e.label!r})"

    @write.register
    def _(self, e: ir.WithinAnyPeriod, c: Context) -> str:
        record = e.items.type.name
        start, end = self.names.field(record, e.start), self.names.field(record, e.end)
        return (f"rt.i_en_af_perioderne({self(e.day, c)}, [(p.{start}, p.{end}) for p in {self(e.items, c)}], "
                f"{e.list_field!r}, {e.end!r})")

    @write.register
    def _(self, e: ir.Param, c: Context) -> str:
        return f"{c.params}.{self.names.param(e.name)}"

    @write.register
    def _(self, e: ir.Local, c: Context) -> str:
        return e.name

    @write.register
    def _(self, e: ir.JudgingDay, c: Context) -> str:
        return "dag"

    @write.register
    def _(self, e: ir.DefinitionRef, c: Context) -> str:
        definition = self.rs.definition(e.name)
        name = self.names.definition(e.name)
        if definition.list_field is None:
            return f"{name}(sag, skaeringsdato)"
        return f"{name}({c.item}, {c.index}, sag, skaeringsdato)"

    @write.register
    def _(self, e: ir.Not, c: Context) -> str:
        if isinstance(e.operand, ir.IsPresent) and not e.operand.blank_is_absent:
            return f"({self(e.operand.value, c)} is None)"
        inner = self(e.operand, c)
        return f"(not {inner})" if _self_contained(inner) else f"(not ({self.bare(e.operand, c)}))"

    @write.register
    def _(self, e: ir.And, c: Context) -> str:
        return self.chain(e, ir.And, "and", True, c)

    @write.register
    def _(self, e: ir.Or, c: Context) -> str:
        return self.chain(e, ir.Or, "or", False, c)

    def chain(self, e, node: type, word: str, truth: bool, c: Context) -> str:
        """`(a and b and c)`: a chain of one operator without inner parentheses; each operand
        knows what the ones before it established (`x er angivet og x …`)."""
        operands = []
        pending = [e]
        while pending:
            current = pending.pop()
            if isinstance(current, node):
                pending += [current.right, current.left]
            else:
                operands.append(current)
        parts = []
        for operand in operands:
            parts.append(self(operand, c))
            c = c.knowing(presence(operand, truth))
        return f"({f' {word} '.join(parts)})"

    @write.register
    def _(self, e: ir.Compare, c: Context) -> str:
        return f"({self(e.left, c)} {COMPARE[e.op]} {self(e.right, c)})"

    @write.register
    def _(self, e: ir.InSet, c: Context) -> str:
        values = ", ".join(self(v, c) for v in e.values)
        return f"({self(e.subject, c)} {'not in' if e.negated else 'in'} {{{values}}})"

    @write.register
    def _(self, e: ir.IsPresent, c: Context) -> str:
        value = self(e.value, c)
        if e.blank_is_absent:
            return f"rt.udfyldt({value})"
        return f"({value} is not None)"

    @write.register
    def _(self, e: ir.Coalesce, c: Context) -> str:
        value = self(e.value, c)
        return f"({value} if {value} is not None else {self(e.otherwise, c)})"

    @write.register
    def _(self, e: ir.IfElse, c: Context) -> str:
        then = self(e.then, c.knowing(presence(e.condition, True)))
        otherwise = self(e.otherwise, c.knowing(presence(e.condition, False)))
        return f"({then} if {self(e.condition, c)} else {otherwise})"

    @write.register
    def _(self, e: ir.ShiftDate, c: Context) -> str:
        date = self(e.date, c)
        if isinstance(e.duration, ir.Const) and e.duration.value == ir.Duration(0, 1):
            return f"{date} {'+' if e.sign == 1 else '-'} DAG"
        function = "laeg_til" if e.sign == 1 else "traek_fra"
        return f"{function}({date}, {self(e.duration, c)})"

    @write.register
    def _(self, e: ir.Arithmetic, c: Context) -> str:
        return f"({self(e.left, c)} {e.op} {self(e.right, c)})"

    @write.register
    def _(self, e: ir.CountItems, c: Context) -> str:
        return f"sum(1 for {self.loop(e.query, c, with_index=False)})"

    @write.register
    def _(self, e: ir.CourseRunsOn, c: Context) -> str:
        if e.course_end is None:
            return "True"
        return f"rt.koerer({self(e.course_end, c)}, {self(e.day, c)})"

    @write.register
    def _(self, e: ir.EffectiveEnd, c: Context) -> str:
        start, end = (self.names.field(e.kind.record, f) for f in (e.kind.moment, e.kind.period_end))
        return (f"rt.effektiv_slut({c.item}.{start}, {c.item}.{end}, skaeringsdato, "
                f"{e.item.list_field!r}, {c.index}{end_field(e.kind)})")

    # -- item queries ----------------------------------------------------------
    def loop(self, query: ir.ItemQuery, c: Context, item: str = "element", index: str = "indeks",
             with_index: bool = True) -> str:
        """`indeks, element in enumerate(sag.x) if …`: the items of a query (a comprehension's tail);
        `element in sag.x if …` when neither the caller (`with_index`) nor a test reads the index."""
        tests = self.item_tests(query, c, item, index)
        items = f"sag.{self.names.field(self.rs.case_record, query.list_field)}"
        needed = with_index or any(re.search(rf"\b{index}\b", test) for test in tests)
        head = f"{index}, {item} in enumerate({items})" if needed else f"{item} in {items}"
        return f"{head} if {' and '.join(tests)}" if tests else head

    def item_tests(self, query: ir.ItemQuery, c: Context, item: str = "element", index: str = "indeks") -> list[str]:
        """The tests of an item of a query, in the order ItemQuery gives."""
        inner = replace(c, item=item, index=index)
        kind = query.kind
        tests = []
        moment = f"{item}.{self.names.field(kind.record, kind.moment)}" if kind else None
        if query.happened:
            tests.append(f"{moment} <= skaeringsdato")
        if query.window is not None:
            start, end = self(query.window.start, c), self(query.window.end, c)
            if kind.period_end is None:
                tests.append(f"{start} <= {moment} < {end}")
            else:
                last = self.names.field(kind.record, kind.period_end)
                tests.append(f"rt.overlapper({moment}, {item}.{last}, skaeringsdato, {start}, {end}, "
                             f"{query.list_field!r}, {index}{end_field(kind)})")
        if query.filter is not None:
            tests.append(self(query.filter, inner))
        return tests


def end_field(kind: ir.ItemKind) -> str:
    """The end field's name as the runtime's last argument, where it is not `slut` (the default)."""
    return "" if kind.period_end == "slut" else f", {kind.period_end!r}"


class Constants:
    """Module constants for literal dates and durations, each defined once, in first-use order."""

    def __init__(self):
        self.defined: dict[str, str] = {}   # name -> code

    def _define(self, name: str, code: str) -> str:
        self.defined.setdefault(name, code)
        return name

    def date(self, value: datetime.date) -> str:
        return self._define(f"_DATO_{value:%Y_%m_%d}", literal(value))

    def duration(self, value: ir.Duration) -> str:
        return self._define(f"_{duration_name(value)}", f"Varighed(maaneder={value.months}, dage={value.days})")

    def lines(self) -> list[str]:
        return [f"{name} = {code}" for name, code in self.defined.items()]


def duration_name(value: ir.Duration) -> str:
    """A constant name for a duration: `6_MAANEDER`, `1_UGE`, `1_AAR`, `10_DAGE`."""
    def part(amount: int, one: str, many: str) -> str:
        return f"{amount}_{one if amount == 1 else many}"
    parts = []
    if value.months:
        parts.append(part(value.months // 12, "AAR", "AAR") if value.months % 12 == 0
                     else part(value.months, "MAANED", "MAANEDER"))
    if value.days:
        parts.append(part(value.days // 7, "UGE", "UGER") if value.days % 7 == 0
                     else part(value.days, "DAG", "DAGE"))
    return "_".join(parts) or "0_DAGE"


def _self_contained(code: str) -> bool:
    """Is `code` one call, name or parenthesised group (safe after `not` without parentheses)?"""
    if code.startswith("(") and code.endswith(")") and _balanced(code[1:-1]):
        return True
    head = code.split("(", 1)[0]
    return head.replace(".", "").replace("_", "").isalnum() and code.endswith(")") and _balanced(code[len(head) + 1:-1]) \
        or code.replace(".", "").replace("_", "").isalnum()


def _balanced(code: str) -> bool:
    """Are the brackets in `code` balanced (ignoring those in string literals)?"""
    depth, quote, i = 0, None, 0
    while i < len(code):
        ch = code[i]
        if quote:
            if ch == "\\":
                i += 1
            elif ch == quote:
                quote = None
        elif ch in "'\"":
            quote = ch
        elif ch in "([{":
            depth += 1
        elif ch in ")]}":
            depth -= 1
            if depth < 0:
                return False
        i += 1
    return depth == 0


def optional_none(value: Optional[object]) -> str:
    return "None" if value is None else literal(value)
