"""JavaScript back end: the rule IR -> the computation behind the page «Hvad gælder for mig?».

For a case as a reader enters it (benefit, visitation, dates), the page shows which rules
apply and computes their deadlines and windows as dates. Everything it decides comes from
the IR, translated here node by node (`ExprWriter`, one method per node class, as every
back end); the hand-written `runtime.js` only does what the IR names: calendar arithmetic
with the month-end rule (`datoer.plus_maaneder`), reading a case, version lookup, item
queries, the first item, gaps between periods, a limit under missing data, and each outcome's
message (`resultater._BESKEDER`). What is translated: whom each rule applies to
(`applies_when`, the benefit table), its versions and deciding date, its instance (the case,
each item, the first item or each gap) and for each instance the lets, exceptions and decision
table, as `Interpreter.judge` with explanations; for a rule without a duty (a right, information)
whom it applies to and its version in force, as for the others.

Rule text is untrusted: it reaches the JavaScript only as JSON values (`literal`), never as
code or identifiers (definitions, fields, parameters and locals are looked up by their
JSON-encoded names), and the page writes every text with `textContent`.
"""

from __future__ import annotations

import dataclasses
import datetime
import json
from functools import singledispatchmethod
from pathlib import Path
from typing import Optional

from ... import runtime
from ...ir import nodes as ir

HERE = Path(__file__).resolve().parent
RUNTIME = HERE / "runtime.js"
PAGE_SCRIPT = HERE / "side.js"
PAGE_STYLE = HERE / "side.css"
HEADER = "// Genereret af Regelsprog ud fra regelfilerne. Ret ikke i filen: ret reglerne og kør `regel byg`.\n"


def literal(value) -> str:
    """A JSON value as a JavaScript literal, safe anywhere in a script (also inline in HTML):
    `<`, `>`, `&` and the line separators are escaped."""
    text = json.dumps(value, ensure_ascii=False, sort_keys=False, separators=(",", ":"))
    for char, escaped in (("<", "\\u003c"), (">", "\\u003e"), ("&", "\\u0026"),
                          ("\u2028", "\\u2028"), ("\u2029", "\\u2029")):
        text = text.replace(char, escaped)
    return text


def reads_item(node) -> bool:
    """Does a piece of the IR read an item, a local or a version value (so it cannot be computed
    for the case alone)?"""
    return any(isinstance(n, (ir.Item, ir.Local, ir.Param, ir.JudgingDay)) for n in walk(node))


def walk(node):
    """Every node in a piece of the IR (definitions are not followed)."""
    yield node
    if isinstance(node, (list, tuple)):
        for item in node:
            yield from walk(item)
    elif dataclasses.is_dataclass(node) and not isinstance(node, type):
        for member in dataclasses.fields(node):
            if member.name not in ("span", "type"):
                yield from walk(getattr(node, member.name))


def function(body: str) -> str:
    return f"function(m){{return {body};}}"


class ExprWriter:
    """IR expressions -> JavaScript expressions over the environment `m` (see runtime.js:
    `m.sag`, `m.idag`, `m.element`, `m.indeks`, `m.param`, `m.lokal`, `m.dommedag`)."""

    @singledispatchmethod
    def expr(self, e: ir.Expr) -> str:
        raise AssertionError(f"no JavaScript for {type(e).__name__}")  # only item duties use the others

    def fn(self, e: Optional[ir.Expr]) -> str:
        return "null" if e is None else function(self.expr(e))

    @expr.register
    def _(self, e: ir.Const) -> str:
        value = e.value
        if isinstance(value, ir.Duration):
            return f"R.varighed({value.months},{value.days})"
        if isinstance(value, datetime.date):
            return f"R.dato({literal(value.isoformat())})"
        return literal(value)

    @expr.register
    def _(self, e: ir.EvaluationDate) -> str:
        return "m.idag"

    @expr.register
    def _(self, e: ir.Case) -> str:
        return "m.sag"

    @expr.register
    def _(self, e: ir.Item) -> str:
        return "m.element"

    @expr.register
    def _(self, e: ir.FieldOf) -> str:
        return f"{self.expr(e.record)}[{literal(e.field)}]"

    @expr.register
    def _(self, e: ir.MaybeFieldOf) -> str:
        return f"R.maaske({self.expr(e.record)},{literal(e.field)})"

    @expr.register
    def _(self, e: ir.Require) -> str:
        return f"R.kraev(m,{self.expr(e.value)},{literal(e.label)},{literal(e.item_list)})"

    @expr.register
    def _(self, e: ir.InOrder) -> str:
        return f"R.iOrden(m,{self.expr(e.start)},{self.expr(e.end)},{literal(e.label)},{literal(e.item_list)})"

    @expr.register
    def _(self, e: ir.WithinPeriod) -> str:
        return f"R.iPerioden({self.expr(e.day)},{self.expr(e.start)},{self.expr(e.end)},{literal(e.label)})"

    @expr.register
    def _(self, e: ir.WithinAnyPeriod) -> str:
        return (f"R.iEnAfPerioderne({self.expr(e.day)},{self.expr(e.items)},{literal(e.list_field)},"
                f"{literal(e.start)},{literal(e.end)})")

    @expr.register
    def _(self, e: ir.Param) -> str:
        return f"m.param[{literal(e.name)}]"

    @expr.register
    def _(self, e: ir.Local) -> str:
        return f"m.lokal[{literal(e.name)}]"

    @expr.register
    def _(self, e: ir.JudgingDay) -> str:
        return "m.dommedag"

    @expr.register
    def _(self, e: ir.DefinitionRef) -> str:
        return f"D[{literal(e.name)}](m)"

    @expr.register
    def _(self, e: ir.Not) -> str:
        return f"!({self.expr(e.operand)})"

    @expr.register
    def _(self, e: ir.And) -> str:
        return f"(!!({self.expr(e.left)})&&!!({self.expr(e.right)}))"

    @expr.register
    def _(self, e: ir.Or) -> str:
        return f"(!!({self.expr(e.left)})||!!({self.expr(e.right)}))"

    @expr.register
    def _(self, e: ir.Compare) -> str:
        op = {"==": "===", "!=": "!=="}.get(e.op, e.op)
        left, right = self.expr(e.left), self.expr(e.right)
        if e.left.type.kind == "duration":
            return f"(R.sammenlign({left},{right}){op}0)"
        return f"(({left}){op}({right}))"

    @expr.register
    def _(self, e: ir.InSet) -> str:
        values = ",".join(self.expr(v) for v in e.values)
        test = f"R.blandt({self.expr(e.subject)},[{values}])"
        return f"!{test}" if e.negated else test

    @expr.register
    def _(self, e: ir.IsPresent) -> str:
        return f"R.angivet({self.expr(e.value)},{literal(e.blank_is_absent)})"

    @expr.register
    def _(self, e: ir.Coalesce) -> str:
        return f"R.ellers({self.expr(e.value)},{self.fn(e.otherwise)},m)"

    @expr.register
    def _(self, e: ir.IfElse) -> str:
        return f"(({self.expr(e.condition)})?({self.expr(e.then)}):({self.expr(e.otherwise)}))"

    @expr.register
    def _(self, e: ir.ShiftDate) -> str:
        return f"R.flyt({self.expr(e.date)},{self.expr(e.duration)},{e.sign})"

    @expr.register
    def _(self, e: ir.Arithmetic) -> str:
        return f"(({self.expr(e.left)}){e.op}({self.expr(e.right)}))"

    @expr.register
    def _(self, e: ir.CountItems) -> str:
        return f"R.antal(m,{self.query(e.query)})"

    @expr.register
    def _(self, e: ir.FirstMoment) -> str:
        return f"R.foersteTidspunkt(m,{self.query(e.query)})"

    @expr.register
    def _(self, e: ir.EffectiveEnd) -> str:
        return f"R.effektivSlut(m,{{{self.kind(e.item.list_field, e.kind)}}})"

    @expr.register
    def _(self, e: ir.LimitIfDecidable) -> str:
        choices = ",".join(self.fn(choice) for choice in e.choices)
        return f"R.graenseUdenData(m,{self.fn(e.limit)},[{choices}],{self.fn(e.start)},{self.fn(e.end)})"

    @expr.register
    def _(self, e: ir.CourseRunsOn) -> str:
        end = self.expr(e.course_end) if e.course_end is not None else "null"
        return f"R.koerer({end},{self.expr(e.day)})"

    @staticmethod
    def kind(list_field: str, kind: Optional[ir.ItemKind]) -> str:
        return (f"liste:{literal(list_field)},tidspunkt:{literal(kind.moment if kind else None)},"
                f"periodeslut:{literal(kind.period_end if kind else None)}")

    def query(self, q: ir.ItemQuery) -> str:
        window = "null" if q.window is None else \
            f"{{start:{self.fn(q.window.start)},slut:{self.fn(q.window.end)}}}"
        return f"{{{self.kind(q.list_field, q.kind)},sket:{literal(q.happened)},vindue:{window},filter:{self.fn(q.filter)}}}"

    def instance(self, instance: ir.Instance) -> str:
        """What one judgement is about: the case, each item, the first item or each gap."""
        if isinstance(instance, ir.PerCase):
            return '{slags:"sag"}'
        if isinstance(instance, ir.PerItem):
            return f'{{slags:"hvert",q:{self.query(instance.query)},filter:{self.fn(instance.filter)}}}'
        if isinstance(instance, ir.FirstItem):
            return f'{{slags:"første",q:{self.query(instance.query)},foretraek:{self.fn(instance.prefer)}}}'
        return f'{{slags:"pause",q:{self.query(instance.query)}}}'


class RulesWriter:
    """The rule set as one JavaScript file: the runtime, then the data model, the definitions,
    the rules and exceptions as tables of functions, registered with `R.regelsaet`."""

    def __init__(self, rule_set: ir.RuleSet, texts: dict):
        self.rs = rule_set
        self.texts = texts
        self.x = ExprWriter()

    def write(self) -> str:
        lines = [HEADER, RUNTIME.read_text(encoding="utf-8"), "(function(R){", '"use strict";',
                 "var D=Object.create(null);"]
        for definition in self.rs.definitions:
            lines.append(f"D[{literal(definition.name)}]={function('!!(' + self.x.expr(definition.body) + ')')};")
        rules = ",\n".join(self.rule(rule) for rule in self.rs.rules if isinstance(rule.duty, ir.Duty))
        rights = ",\n".join(self.right(rule) for rule in self.rs.rules if rule.duty is None)
        exceptions = ",\n".join(self.exception(e) for e in self.rs.exceptions)
        lines += [f"R.regelsaet({{maanedsnavne:{literal(list(runtime.MAANEDSNAVNE))},",
                  f"model:{literal(self.model())},",
                  f"ydelsesfelt:{literal(self.rs.benefit_field)},",
                  f"regler:[\n{rules}],", f"rettigheder:[\n{rights}],", f"undtagelser:[\n{exceptions}],",
                  f"tekster:{literal(self.texts)}}});", "})(Regelsprog);", ""]
        return "\n".join(lines)

    def model(self) -> dict:
        """The records and their fields, as the reader of a case needs them."""
        def field(f: ir.Field) -> dict:
            kind = "dato" if f.type.kind == "date" else f.type.kind
            return {"navn": f.name, "slags": kind, "post": f.type.name if f.type.kind in ("record", "list") else None,
                    "standard": f.default}
        kinds = {f.name: self.rs.record(f.type.name).kind for f in self.rs.case.fields if f.type.kind == "list"}
        return {"sag": self.rs.case_record,
                "poster": {r.name: [field(f) for f in r.fields] for r in self.rs.records},
                # when each list's items happen (the page says which lie after the evaluation date)
                "lister": {name: {"tidspunkt": kind.moment, "periodeslut": kind.period_end} if kind else None
                           for name, kind in kinds.items()}}

    def versions(self, versions: tuple[ir.Version, ...]) -> str:
        written = []
        for v in versions:
            values = ",".join(f"[{literal(name)},{self.x.fn(value)}]" for name, value in v.values)
            start = f"R.dato({literal(v.start.isoformat())})" if v.start else "null"
            end = f"R.dato({literal(v.end.isoformat())})" if v.end else "null"
            written.append(f"{{fra:{start},til:{end},vaerdier:[{values}]}}")
        return "[" + ",".join(written) + "]"

    def rule(self, rule: ir.Rule) -> str:
        duty = rule.duty
        limit = duty.terms.limit if not isinstance(duty.instance, ir.PerCase) else None
        parts = [f"navn:{literal(rule.name)}", f"ydelser:{literal(list(rule.benefits) if rule.benefits is not None else None)}",
                 f"gaelder:{self.x.fn(rule.applies_when)}", f"versioner:{self.versions(rule.versions)}",
                 f"afgoerende:{self.x.fn(rule.deciding_date)}",
                 f"afgoerendeVedElement:{literal(rule.deciding_date is not None and reads_item(rule.deciding_date))}",
                 f"undtagelser:{literal(list(rule.exceptions))}", f"slags:{literal(duty.kind)}",
                 f"besked:{literal(rule.message)}", f"instans:{self.x.instance(duty.instance)}",
                 f"elementnavn:{literal(duty.item_label)}",
                 # an item rule's limit for the case, where the case alone decides it (shown before any item is entered)
                 f"graense:{self.x.fn(limit if limit is not None and not reads_item(limit) else None)}",
                 f"lets:[{','.join(self.let(let) for let in duty.lets)}]",
                 f"dommedag:{self.x.fn(duty.judging_day)}",
                 f"fakta:[{','.join(self.let(let) for let in duty.facts)}]",
                 f"afgoerelse:[{','.join(self.row(c, o) for c, o in duty.decision.rows)}]"]
        return "{" + ",".join(parts) + "}"

    def right(self, rule: ir.Rule) -> str:
        """A rule without a duty (a right, information): only whom it applies to and when."""
        return (f"{{navn:{literal(rule.name)},ydelser:{literal(list(rule.benefits) if rule.benefits is not None else None)},"
                f"gaelder:{self.x.fn(rule.applies_when)},versioner:{self.versions(rule.versions)},"
                f"afgoerende:{self.x.fn(rule.deciding_date)}}}")

    def let(self, let: ir.Let) -> str:
        return f"[{literal(let.name)},{self.x.fn(let.value)}]"

    def row(self, condition: Optional[ir.Expr], outcome: ir.Outcome) -> str:
        facts = ",".join(f"[{literal(name)},{self.x.fn(value)}]" for name, value in outcome.facts)
        return (f"{{naar:{self.x.fn(condition)},udfald:{literal(outcome.kind)},besked:{literal(outcome.message)},fakta:[{facts}],"
                f"frist:{self.x.fn(outcome.frist)},antal:{self.x.fn(outcome.count)}}}")

    def exception(self, e: ir.ExceptionIR) -> str:
        return (f"{{navn:{literal(e.name)},naar:{self.x.fn(e.condition)},versioner:{self.versions(e.versions)},"
                f"afgoerende:{self.x.fn(e.deciding_date)},omfatter:{self.x.fn(e.covers)}}}")


def generate(rule_set: ir.RuleSet, texts: dict) -> dict[str, str]:
    """The page's scripts, by path relative to generated/docs/: the rules with the page's texts
    (`texts`, JSON data; the computation is also run by the tests in node) and the page that
    asks for the case and shows the answer."""
    return {"hvadgaelder-regler.js": RulesWriter(rule_set, texts).write(),
            "hvadgaelder.js": HEADER + PAGE_SCRIPT.read_text(encoding="utf-8")}
