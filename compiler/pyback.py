"""Python back end: a checked Program -> the validator package (standard library only).

Text from rule files reaches the generated code only through `repr()` of strings,
numbers and dates; identifiers come from `pynames`. The output is deterministic:
everything is emitted in declaration order.
"""

from __future__ import annotations

import dataclasses
import datetime
import re
import textwrap
from pathlib import Path
from typing import Optional

from . import pynames
from . import syntax as s
from .program import CASE_RECORD, Program

PACKAGE = "beskaeftigelsesregler"
RUNTIME = Path(__file__).with_name("runtime.py")
HEADER = "# Genereret af Regelsprog ud fra rules/. Ret ikke i filen: ret reglerne og kør `regel byg`.\n"
# The version of the package's public API (`__all__`); raised when it changes incompatibly,
# so that `regel valider` can tell a package built by an older compiler from a broken one.
API_VERSION = 3
COURSE_END = "forløbsslut"  # the case field that ends a course (semantics: "a course that ended …")

COMPARE = {
    "er": "==", "er ikke": "!=", "mindst": ">=", "højst": "<=", "over": ">", "under": "<",
    "før": "<", "efter": ">", "senest": "<=", "tidligst": ">=",
}


OPPOSITE = {"==": "!=", "!=": "==", ">=": "<", "<=": ">", ">": "<=", "<": ">="}


def generate(program: Program) -> dict[str, str]:
    """The files of the generated package, by path relative to generated/python/."""
    return {
        f"{PACKAGE}/__init__.py": HEADER + INIT.replace("API_VERSION", str(API_VERSION)),
        f"{PACKAGE}/_runtime.py": HEADER + RUNTIME.read_text(encoding="utf-8"),
        f"{PACKAGE}/model.py": ModelWriter(program).write(),
        f"{PACKAGE}/regler.py": RuleWriter(program).write(),
        f"{PACKAGE}/py.typed": "",
    }


def number_value(expr: s.Expr) -> int | float:
    """A number literal as a case's JSON and the validators hold it: a whole number as int,
    a percentage as a fraction (70 pct. -> 0.7)."""
    if isinstance(expr, s.QuantityLit):
        amount = expr.amount / 100 if expr.unit == "pct" else expr.amount
    elif isinstance(expr, s.NumberLit):
        amount = expr.value
    else:
        raise TypeError(f"not a number literal: {type(expr).__name__}")
    return int(amount) if amount == int(amount) else float(amount)


def py_date(value: datetime.date) -> str:
    return f"date({value.year}, {value.month}, {value.day})"


def duration_name(months: int, days: int) -> str:
    """A constant name for a duration, e.g. `6_MAANEDER`, `1_UGE`, `1_AAR` (one name per value)."""
    def part(amount: int, one: str, many: str) -> str:
        return f"{amount}_{one if amount == 1 else many}"
    parts = []
    if months:
        parts.append(part(months // 12, "AAR", "AAR") if months % 12 == 0 else part(months, "MAANED", "MAANEDER"))
    if days:
        parts.append(part(days // 7, "UGE", "UGER") if days % 7 == 0 else part(days, "DAG", "DAGE"))
    return "_".join(parts) or "0_DAGE"


def duration_parts(d: s.DurationLit) -> tuple[int, int]:
    amount = int(d.amount)
    return {
        "dage": (0, amount), "uger": (0, 7 * amount), "måneder": (amount, 0), "år": (12 * amount, 0),
    }[d.unit]


def comment_text(text: str) -> str:
    """Rule text for a `#` comment: characters that could end the line are shown escaped."""
    return "".join(ch if ch.isprintable() else repr(ch)[1:-1] for ch in text)


def docstring(text: str, indent: str) -> str:
    """A docstring holding rule text safely (repr never lets the text close the string)."""
    return f"{indent}{text!r}\n"


# ----------------------------------------------------------------------------
# model.py
# ----------------------------------------------------------------------------

class ModelWriter:
    def __init__(self, program: Program):
        self.program = program

    def write(self) -> str:
        out = [HEADER, '"""Sagens datamodel: opremsninger, poster og indlæsning fra JSON."""\n\n',
               "from __future__ import annotations\n\n",
               "from dataclasses import dataclass\nfrom datetime import date\nfrom typing import Any, Literal, get_args\n\n",
               "from . import _runtime as rt\n\n"]
        for enum in self.program.enums.values():
            values = [v for v, _ in enum.values]
            title = f": {comment_text(enum.title)}" if enum.title and enum.title != enum.name else ""
            out.append(f"\n# Opremsningen {comment_text(enum.name)}{title}\n")
            out.append(f"{pynames.data_type(enum.name)} = Literal[{', '.join(map(repr, values))}]\n")
            out.append(f"{pynames.enum_values(enum.name)}: frozenset[str] = "
                       f"frozenset(get_args({pynames.data_type(enum.name)}))\n")
        records = [r for r in self.program.records.values() if r.name != CASE_RECORD] + [self.program.case]
        for record in records:
            out.append(self.record_class(record))
        for record in records:
            out.append(self.record_parser(record))
        return "".join(out)

    def annotation(self, declared: s.FieldDecl) -> str:
        ref = declared.type
        if ref.kind == "list":
            return f"list[{pynames.data_type(ref.name)}]"
        if ref.kind == "basic":
            base = {"tekst": "str", "sandhedsværdi": "bool", "tal": "float", "timer": "float",
                    "beløb": "float", "procent": "float", "dato": "date"}[ref.name]
        else:
            base = pynames.data_type(ref.name)
        return f"{base} | None" if declared.optional else base

    def record_class(self, record: s.RecordDecl) -> str:
        out = ["\n\n@dataclass(slots=True)\n", f"class {pynames.data_type(record.name)}:\n",
               docstring(record.title or record.name, "    ")]
        for declared in record.fields:
            identifier = pynames.attribute(declared.name)
            key = f"  # JSON: {declared.name!r}" if identifier != declared.name else ""
            out.append(f"    {identifier}: {self.annotation(declared)}{key}\n")
        keys = textwrap.fill(", ".join(repr(f.name) for f in sorted(record.fields, key=lambda f: f.name)),
                             width=104, initial_indent="    ", subsequent_indent="    ", break_long_words=False)
        out.append(f"\n\n# JSON-nøglerne i {comment_text(record.name)} (til at finde stavefejl i nøgler)\n"
                   f"{self.keys_name(record)}: frozenset[str] = frozenset({{\n{keys},\n}})\n")
        return "".join(out)

    def keys_name(self, record: s.RecordDecl) -> str:
        return pynames.record_keys(record.name)

    def record_parser(self, record: s.RecordDecl) -> str:
        cls = pynames.data_type(record.name)
        keys = self.keys_name(record)
        # The case's own period must be in order, or no rule can judge it; an item's period is
        # checked by the rules that use the item (a data error for those rules only).
        course = record.period if record.name == CASE_RECORD else None
        out = [f"\n\ndef {pynames.parser(record.name)}(data: Any) -> {cls}:\n",
               docstring(f"Byg {record.name} ud fra et JSON-objekt; rejser UgyldigSag ved fejl. Ukendte "
                         "nøgler ignoreres, men ikke en, der ligner et kendt felt (en stavefejl).", "    "),
               "    data = rt.objekt(data)\n",
               f"    if not {keys}.issuperset(data):\n", f"        rt.stavefejl(data, {keys})\n",
               "    felt = data.get\n", f"    {'post = ' if course else 'return '}{cls}(\n"]
        for declared in record.fields:  # positional: keywords cost ~7 % per case
            out.append(f"        {self.field_parser(declared, record.name == CASE_RECORD)},\n")
        out.append("    )\n")
        if course:
            start, end = (pynames.attribute(name) for name in course)
            out += [f"    rt.periode_i_orden(post.{start}, post.{end}, {course[0]!r}, {course[1]!r})\n",
                    "    return post\n"]
        return "".join(out)

    def field_parser(self, declared: s.FieldDecl, of_case: bool = False) -> str:
        ref, key = declared.type, repr(declared.name)
        value = f"felt({key}), {key}"
        required = not declared.optional and declared.default is None
        if of_case and declared.name == "id" and ref.name == "tekst" and required:
            return f"rt.sags_id({value})"  # the case's id must tell it apart: not empty or blank
        if ref.kind == "list":
            return f"rt.liste({value}, {pynames.parser(ref.name)})"
        if ref.kind == "named" and ref.name in self.program.records:
            return f"rt.post({value}, {required}, {pynames.parser(ref.name)})"
        if ref.kind == "named":
            return f"rt.vaerdi_af({value}, {required}, {pynames.enum_values(ref.name)}, {ref.name!r})"
        if ref.name == "dato":
            return f"rt.dato({value}, {required})"
        if ref.name == "tekst":
            return f"rt.tekst({value}, {required})"
        if ref.name == "sandhedsværdi":
            default = declared.default.value if isinstance(declared.default, s.BoolLit) else None
            return f"rt.sandhedsvaerdi({value}, {required}, {default!r})"
        default = literal_number(declared.default)
        minimum = literal_number(declared.minimum)
        return f"rt.tal({value}, {required}, {default}, {minimum})"


def literal_number(expr: Optional[s.Expr]) -> str:
    return "None" if expr is None else repr(number_value(expr))


# ----------------------------------------------------------------------------
# regler.py
# ----------------------------------------------------------------------------

class Context:
    """Where an expression is evaluated in generated code."""

    def __init__(self, item: Optional[s.ListRef] = None, params: bool = False):
        self.item = item          # the list an item comes from (variables `element`, `indeks`)
        self.params = params      # the rule's version values are in `v`


class RuleWriter:
    def __init__(self, program: Program):
        self.program = program
        self.constants: dict[str, str] = {}  # source text -> constant name, in first-use order
        self.deciding: Optional[str] = None

    # -- module ------------------------------------------------------------
    def write(self) -> str:
        body: list[str] = []
        for definition in self.program.definitions.values():
            body.append(self.definition(definition))
        for exception in self.program.exceptions.values():
            body.append(self.exception(exception))
        case_rules, population_rules = [], []
        for rule in self.program.rules.values():
            if rule.obligation is None:
                continue  # a right or information: documented, never checked
            if isinstance(rule.obligation, s.PopulationShare):
                population_rules.append(rule)
                body.append(self.population_rule(rule))
            else:
                case_rules.append(rule)
                body.append(self.case_rule(rule))
        constants = "".join(f"{name} = {text}\n" for text, name in self.constants.items())
        rules_of_case = (f"REGLER_PR_YDELSE.get(sag.{pynames.attribute('ydelse')}, SAGSREGLER)"
                         if self.program.benefit_values() else "SAGSREGLER")
        code = ("".join(body) + "".join(self.rule_tables(case_rules, population_rules))
                + VALIDATE_CASE.replace("RULES_OF_CASE", rules_of_case))
        used = set(re.findall(r"\w+", constants + code))
        out = [HEADER, '"""Reglerne: én funktion pr. regel, undtagelse og definition."""\n\n',
               "from __future__ import annotations\n\n", "from datetime import date\n",
               "from typing import NamedTuple\n" if "NamedTuple" in used else "",
               "\nfrom . import _runtime as rt\nfrom . import model\n"]
        helpers = [name for name in ("DAG", "Varighed", "laeg_til", "traek_fra") if name in used]
        if helpers:
            out.append(f"from ._runtime import {', '.join(helpers)}\n")
        if constants:
            out.append("\n# Konstanter fra reglerne\n" + constants)
        out.append(code)
        return "".join(out)

    def rule_tables(self, case_rules: list[s.Rule], population_rules: list[s.Rule]) -> list[str]:
        out = ["\n\n# Reglerne, der vurderes for hver sag, i regelfilernes rækkefølge.\n",
               self.table("SAGSREGLER", case_rules)]
        out.extend(self.dispatch_table(case_rules))
        out += ["\n# Reglerne, der vurderes over en hel sagsbestand.\n", self.table("POPULATIONSREGLER", population_rules)]
        return out

    def table(self, name: str, rules: list[s.Rule]) -> str:
        rows = "".join(f"    ({self.function_name(rule)}, {self.info_name(rule)}),\n" for rule in rules)
        return f"{name} = (\n{rows})\n" if rows else f"{name} = ()\n"

    def dispatch_table(self, rules: list[s.Rule]) -> list[str]:
        """Per benefit, only the rules whose condition can hold for it (each rule still checks
        its own condition; this only saves calls)."""
        values = self.program.benefit_values()
        if not values:
            return []
        out = ["\n# For hver ydelse: de regler, hvis betingelse kan være opfyldt for den.\nREGLER_PR_YDELSE = {\n"]
        for value in values:
            names = [f"{self.function_name(r)}, {self.info_name(r)}" for r in rules
                     if value in (self.program.benefits_of(r.condition) or {value})]
            out.append(f"    {value!r}: (\n" + "".join(f"        ({n}),\n" for n in names) + "    ),\n")
        out.append("}\n")
        return out

    @staticmethod
    def record_type(record: str) -> str:
        """The class of a record, read from model.py: no name from the rules stands bare in
        regler.py, so none can clash with a function or an import there."""
        return f"model.{pynames.data_type(record)}"

    def constant(self, text: str, name: str) -> str:
        """A module constant for a literal; `name` is derived from the value, so it is unique."""
        return self.constants.setdefault(text, f"_{name}")

    @staticmethod
    def function_name(rule: s.RuleBase) -> str:
        return pynames.rule_function(rule.name, exception=isinstance(rule, s.Exception_))

    @staticmethod
    def info_name(rule: s.RuleBase) -> str:
        return pynames.rule_info(rule.name)

    @staticmethod
    def versions_name(rule: s.RuleBase) -> str:
        return pynames.versions(rule.name)

    # -- rule metadata -----------------------------------------------------
    def citation(self, rule: s.RuleBase) -> str:
        parts = []
        for citation in rule.citations:
            source = self.program.sources[citation.source]
            parts.append(source.title + (f", {citation.locator}" if citation.locator else ""))
        return "; ".join(parts)

    def citation_comment(self, rule: s.RuleBase) -> str:
        parts = []
        for citation in rule.citations:
            source = self.program.sources[citation.source]
            parts.append(comment_text(source.title) + (f", \"{comment_text(citation.locator)}\"" if citation.locator else ""))
        return "; ".join(parts)

    def header(self, rule: s.RuleBase, signature: str) -> list[str]:
        self.deciding = None  # code of the deciding date, once a function has read it
        provisions = tuple(p.id for p in rule.provisions)
        out = [f"\n\n# {comment_text(', '.join(provisions))} – {self.citation_comment(rule)}\n"]
        out.append(f"{self.info_name(rule)} = rt.Regel({rule.name!r}, {provisions[0]!r}, "
                   f"{(rule.title or rule.name)!r}, {self.citation(rule)!r}, "
                   f"{(rule.message if isinstance(rule, s.Rule) else None)!r}, {provisions!r})\n")
        out.extend(self.versions(rule))
        out.append(f"\n\ndef {self.function_name(rule)}{signature}:\n")
        out.append(docstring(rule.title or rule.name, "    "))
        return out

    def versions(self, rule: s.RuleBase) -> list[str]:
        """Versions as constants: each with its period, clipped to the rule's own period."""
        if not rule.versions:
            return []
        period = rule.period
        outer_from = period.start.value if period and period.start else None
        outer_to = period.end.value if period and period.end else None
        out = []
        values_class = None
        versions = rule.versions if isinstance(rule, s.Rule) else []
        if versions:
            values_class = pynames.version_values(rule.name)
            out.append(f"\n\nclass {values_class}(NamedTuple):\n")
            for binding in versions[0].bindings:
                out.append(f"    {pynames.attribute(binding.name)}: {self.param_annotation(binding.value)}\n")
        out.append(f"\n\n{self.versions_name(rule)} = (\n")
        for version in versions or [None]:
            start, end = outer_from, outer_to
            values = "None"
            if version is not None:
                if version.period.start:
                    start = max(filter(None, [start, version.period.start.value]))
                if version.period.end:
                    end = min(filter(None, [end, version.period.end.value]))
                by_name = {b.name: b.value for b in version.bindings}
                values = f"{values_class}(" + ", ".join(
                    self.expr(by_name[b.name], Context()) for b in versions[0].bindings) + ")"
            out.append(f"    rt.Version({py_date(start) if start else None}, {py_date(end) if end else None}, {values}),\n")
        out.append(")\n")
        return out

    def param_annotation(self, value: s.Expr) -> str:
        kind = value.type.kind if value.type else "number"
        return {"duration": "Varighed", "bool": "bool", "date": "date", "text": "str"}.get(kind, "float")

    def version_lookup(self, rule: s.RuleBase, context: Context, indent: str, leave: str) -> list[str]:
        if not (rule.periods or rule.versions):
            return []
        # Only an exception may leave the deciding date out: then the day being judged decides.
        self.deciding = "dag" if rule.deciding_date is None else self.expr(rule.deciding_date, context)
        out = [f"{indent}afgoerende = {self.deciding}\n"]
        if not rule.versions:  # one period and no values: compare inline (hot path)
            period = rule.period
            tests = []
            if period.start:
                tests.append(f"afgoerende < {self.expr(period.start, context)}")
            if period.end:
                tests.append(f"afgoerende > {self.expr(period.end, context)}")
            return out + [f"{indent}if {' or '.join(tests)}:\n", f"{indent}    {leave}\n"]
        out += [f"{indent}gaeldende = rt.version({self.versions_name(rule)}, afgoerende)\n",
                f"{indent}if gaeldende is None:\n", f"{indent}    {leave}\n"]
        if isinstance(rule, s.Rule) and rule.versions:
            out.append(f"{indent}v = gaeldende.vaerdier\n")
        return out

    def anchor(self, e: s.Expr, context: Context) -> str:
        """An anchor date. When it is the deciding date computed by a call or a condition
        (`rt.kraev(…)`, `x if … else y`), the value already in `afgoerende` is reused;
        a plain field reads better as itself."""
        code = self.expr(e, context)
        return "afgoerende" if code == self.deciding and "(" in code else code

    def applies(self, rule: s.Rule, indent: str, leave: str) -> list[str]:
        if rule.condition is None:
            return []
        return [f"{indent}if {self.negated(rule.condition, Context(params=bool(rule.versions)))}:\n",
                f"{indent}    {leave}\n"]

    # -- definitions and exceptions ------------------------------------------
    def definition(self, definition: s.Definition) -> str:
        name = pynames.definition_function(definition.name)
        if definition.subject == CASE_RECORD:
            signature = f"(sag: {self.record_type(CASE_RECORD)}, skaeringsdato: date) -> bool"
            context = Context()
        else:
            signature = (f"(element: {self.record_type(definition.subject)}, indeks: int, "
                         f"sag: {self.record_type(CASE_RECORD)}, skaeringsdato: date) -> bool")
            context = Context(item=_ItemOf(definition.subject, self.list_field_of(definition.subject)))
        return (f"\n\ndef {name}{signature}:\n" + docstring(definition.title or definition.name, "    ")
                + f"    return {self.bare(definition.body, context)}\n")

    def list_field_of(self, record: str) -> str:
        for declared in self.program.case.fields:
            if declared.type.kind == "list" and declared.type.name == record:
                return declared.name
        return record.lower()

    def exception(self, exception: s.Exception_) -> str:
        out = self.header(exception, f"(sag: {self.record_type(CASE_RECORD)}, skaeringsdato: date, dag: date) -> bool")
        out.append(f"    if {self.negated(exception.condition, Context())}:\n        return False\n")
        out.extend(self.version_lookup(exception, Context(), "    ", "return False"))
        if exception.effective_from is not None:
            out.append(f"    return dag >= {self.expr(exception.effective_from, Context())}\n")
        else:
            out.append("    return True\n")
        return "".join(out)

    def exception_checks(self, rule: s.Rule, day: str, indent: str, leave: str, element: str = "None") -> list[str]:
        out = []
        for exception in rule.exceptions:
            out.append(f"{indent}if {self.function_name(exception)}(sag, skaeringsdato, {day}):\n")
            out.append(f"{indent}    ud.undtaget({self.info_name(rule)}, {self.info_name(exception)}, {element})\n")
            out.append(f"{indent}    {leave}\n")
        return out

    # -- rules ---------------------------------------------------------------
    def case_rule(self, rule: s.Rule) -> str:
        case = self.record_type(CASE_RECORD)
        out = self.header(rule, f"(sag: {case}, skaeringsdato: date, ud: rt.Sagsresultat) -> None")
        obligation = rule.obligation
        writer = {
            s.Deadline: self.deadline, s.CountRequired: self.count_required, s.EachRequired: self.each_required,
            s.Prohibition: self.each_required, s.DurationLimit: self.each_required,
            s.IntervalLimit: self.interval_limit,
        }[type(obligation)]
        out.extend(writer(rule, obligation))
        return "".join(out)

    def course_end(self) -> str:
        declared = self.program.case.field(COURSE_END)
        return f"sag.{pynames.attribute(COURSE_END)}" if declared else "None"

    def moment(self, items: s.ListRef, var: str = "element") -> str:
        record = self.program.records[items.record]
        field_name = record.moment or record.period[0]
        return f"{var}.{pynames.attribute(field_name)}"

    def items(self, items: s.ListRef) -> str:
        return f"sag.{pynames.attribute(items.case_field)}"

    def deadline(self, rule: s.Rule, obligation: s.Deadline) -> list[str]:
        context = Context(params=bool(rule.versions))
        out = self.applies(rule, "    ", "return")
        out += self.version_lookup(rule, context, "    ", "return")
        limit = obligation.limit
        if isinstance(limit, s.LimitAfter):
            out.append(f"    frist = laeg_til({self.anchor(limit.anchor, context)}, {self.expr(limit.duration, context)})\n")
        else:
            out += self.window_lines(limit.window, context)
            out.append("    frist = slut - DAG\n")
        out += self.exception_checks(rule, "frist", "    ", "return")
        selector = obligation.selector
        item_context = Context(item=selector.items, params=bool(rule.versions))
        moment = self.moment(selector.items)
        condition = f"{moment} <= skaeringsdato and (haendelse is None or {moment} < haendelse)"
        if selector.filter is not None:
            condition += f" and {self.expr(selector.filter, item_context)}"
        out += ["    haendelse = None\n", f"    for indeks, element in enumerate({self.items(selector.items)}):\n",
                f"        if {condition}:\n", f"            haendelse = {moment}\n",
                f"    rt.vurder_frist(ud, {self.info_name(rule)}, {self.course_end()}, skaeringsdato, frist, "
                f"haendelse, {('første ' + selector.items.record.lower())!r}"
                f"{', begynder=True' if self.program.records[selector.items.record].period else ''})\n"]
        return out

    def window_lines(self, window: s.Window, context: Context) -> list[str]:
        """Set `start` and `slut` (exclusive) for a window."""
        if isinstance(window, s.WindowFirst):
            anchor = self.anchor(window.anchor, context)
            return [f"    start = {anchor}\n", f"    slut = laeg_til(start, {self.expr(window.duration, context)})\n"]
        if isinstance(window, s.WindowBetween):
            anchor = self.anchor(window.anchor, context)
            end = f"laeg_til({anchor}, {self.expr(window.end, context)})" + (" + DAG" if window.inclusive else "")
            return [f"    start = laeg_til({anchor}, {self.expr(window.start, context)})\n", f"    slut = {end}\n"]
        return [f"    start = traek_fra(skaeringsdato, {self.expr(window.duration, context)}) + DAG\n",
                "    slut = skaeringsdato + DAG\n"]

    def period_fields(self, items: s.ListRef) -> tuple[str, str]:
        """The Python names of the start and end fields of a record with a period."""
        first, last = self.program.records[items.record].period
        return pynames.attribute(first), pynames.attribute(last)

    def effective_end(self, items: s.ListRef) -> str:
        """The item's end as of the evaluation date (None: still running); an end before the
        start is a data error for the rule."""
        first, last = self.period_fields(items)
        return f"rt.effektiv_slut(element.{first}, element.{last}, skaeringsdato, {items.case_field!r}, indeks)"

    def in_window(self, items: s.ListRef, start: str, end: str) -> str:
        record = self.program.records[items.record]
        if record.period:
            first, last = self.period_fields(items)
            return (f"rt.overlapper(element.{first}, element.{last}, skaeringsdato, {start}, {end}, "
                    f"{items.case_field!r}, indeks)")
        moment = self.moment(items)
        return f"{moment} <= skaeringsdato and {start} <= {moment} < {end}"

    def count_required(self, rule: s.Rule, obligation: s.CountRequired) -> list[str]:
        context = Context(params=bool(rule.versions))
        out = self.applies(rule, "    ", "return")
        out += self.version_lookup(rule, context, "    ", "return")
        out += self.window_lines(obligation.window, context)
        # The window's end (semantics.md): the day after a half-open window, the last day of one
        # that includes its end. The course must still run then, and an exception covers a
        # window that ends on or after its start.
        end = "sidste" if getattr(obligation.window, "inclusive", False) else "slut"
        out += ["    sidste = slut - DAG\n", f"    if not rt.koerer({self.course_end()}, {end}):\n", "        return\n"]
        out += self.exception_checks(rule, end, "    ", "return")
        condition = self.in_window(obligation.items, "start", "slut")
        if obligation.filter is not None:
            condition += f" and {self.expr(obligation.filter, Context(item=obligation.items, params=bool(rule.versions)))}"
        out += ["    antal = 0\n", f"    for indeks, element in enumerate({self.items(obligation.items)}):\n",
                f"        if {condition}:\n", "            antal += 1\n",
                f"    rt.vurder_antal(ud, {self.info_name(rule)}, skaeringsdato, start, sidste, antal, "
                f"{int(obligation.minimum)}, {obligation.items.record.lower()!r}, {obligation.items.case_field!r})\n"]
        return out

    def each_required(self, rule: s.Rule, obligation) -> list[str]:
        """Item rules: a requirement, a prohibition or a duration limit for each (or the first) item."""
        if isinstance(obligation, s.Prohibition):
            items, kind, item_filter = obligation.items, "each", None
        else:
            items, kind, item_filter = obligation.selector.items, obligation.selector.kind, obligation.selector.filter
        context = Context(item=items, params=bool(rule.versions))
        moment = self.moment(items)
        label = element_label(items)
        noun = items.record.lower()
        out = self.applies(rule, "    ", "return")
        if kind == "first":
            first_moment = self.moment(items, "foerste[1]")
            earlier = f"{moment} < {first_moment}"
            if isinstance(obligation, s.EachRequired) and not rule.versions:
                # Of two items on the same day, which came first is unknown: one that meets the
                # requirement is taken, so the order of the list never makes a violation.
                meets = self.expr(obligation.requirement, context)
                earlier = f"{earlier} or ({moment} == {first_moment} and {meets})"
            condition = f"{moment} <= skaeringsdato and (foerste is None or {earlier})"
            if item_filter is not None:
                condition += f" and {self.expr(item_filter, context)}"
            out += ["    foerste = None\n", f"    for indeks, element in enumerate({self.items(items)}):\n",
                    f"        if {condition}:\n", "            foerste = (indeks, element)\n",
                    "    if foerste is None:\n        return\n", "    indeks, element = foerste\n"]
            body_indent, leave = "    ", "return"
            out += self.version_lookup(rule, context, body_indent, leave)
        else:
            out += [f"    for indeks, element in enumerate({self.items(items)}):\n",
                    f"        if {moment} > skaeringsdato:\n", "            continue\n", "        try:\n"]
            body_indent, leave = "            ", "continue"
            out += self.version_lookup(rule, context, body_indent, leave)
            if item_filter is not None:
                out += [f"{body_indent}if {self.negated(item_filter, context)}:\n", f"{body_indent}    continue\n"]
        if isinstance(obligation, s.DurationLimit):
            first = self.period_fields(items)[0]
            out.append(f"{body_indent}ende = {self.effective_end(items)}\n")
            out += self.limit_lines(obligation.limit, context, body_indent, f"element.{first}", "ende")
            out.append(f"{body_indent}sidste = rt.sidste_tilladte_dag(element.{first}, graense)\n")
            out += self.exception_checks(rule, "sidste", body_indent, leave, label)
            out.append(f"{body_indent}rt.vurder_varighed(ud, {self.info_name(rule)}, skaeringsdato, element.{first}, "
                       f"ende, sidste, graense, {label}, {noun!r})\n")
        else:
            out += self.exception_checks(rule, moment, body_indent, leave, label)
            if isinstance(obligation, s.Prohibition):
                test, wording = self.bare(obligation.filter, context), "er ikke tilladt"
            else:
                test, wording = self.negated(obligation.requirement, context), "opfylder ikke kravet"
            prefix = f"{rule.title or rule.name}: {noun} den "
            message = f"{prefix!r} + rt.dansk_dato({moment}) + {' ' + wording + '.'!r}"
            out += [f"{body_indent}if {test}:\n",
                    f"{body_indent}    ud.overtraedelse({self.info_name(rule)}, {message}, None, {label}, dato={moment})\n"]
        if kind != "first":
            out += ["        except rt.ManglendeData as fejl:\n", f"            ud.mangler({self.info_name(rule)}, fejl)\n"]
        return out

    def limit_lines(self, limit: s.Expr, context: Context, indent: str, start: str, end: str) -> list[str]:
        """`graense = …`; a limit chosen by a condition whose data is missing still decides the
        item when every possible limit gives the same verdict."""
        choices = limit_choices(limit)
        if len(choices) < 2:
            return [f"{indent}graense = {self.expr(limit, context)}\n"]
        options = ", ".join(self.expr(choice, context) for choice in choices)
        return [f"{indent}try:\n", f"{indent}    graense = {self.expr(limit, context)}\n",
                f"{indent}except rt.ManglendeData as fejl:\n",
                f"{indent}    graense = rt.graense_uden_data(fejl, {start}, {end}, skaeringsdato, ({options}))\n"]

    def interval_limit(self, rule: s.Rule, obligation: s.IntervalLimit) -> list[str]:
        items = obligation.items
        record = self.program.records[items.record]
        first = self.period_fields(items)[0]
        context = Context(item=items, params=bool(rule.versions))
        condition = f"element.{first} <= skaeringsdato"
        if obligation.filter is not None:
            condition += f" and {self.expr(obligation.filter, context)}"
        label = element_label(items)
        first, last = self.period_fields(items)
        info = self.info_name(rule)
        out = self.applies(rule, "    ", "return")
        out += ["    try:\n",
                f"        pauser = rt.pauser([(element.{first}, element.{last}, indeks) for indeks, element in "
                f"enumerate({self.items(items)})\n", f"                           if {condition}], "
                f"skaeringsdato, {items.case_field!r})\n",
                "    except rt.ManglendeData as fejl:\n", f"        ud.mangler({info}, fejl)\n", "        return\n",
                "    for indeks, ende, naeste in pauser:\n", f"        element = {self.items(items)}[indeks]\n",
                "        try:\n"]
        indent = "            "
        out += self.version_lookup(rule, context, indent, "continue")
        out += [f"{indent}graense = {self.expr(obligation.limit, context)}\n",
                f"{indent}seneste = laeg_til(ende, graense)\n"]
        out += self.exception_checks(rule, "seneste", indent, "continue", label)
        out += [f"{indent}rt.vurder_pause(ud, {info}, {self.course_end()}, skaeringsdato, ende, "
                f"seneste, naeste, graense, {label}, {record.name.lower()!r})\n",
                "        except rt.ManglendeData as fejl:\n", f"            ud.mangler({info}, fejl)\n"]
        return out

    def population_rule(self, rule: s.Rule) -> str:
        case = self.record_type(CASE_RECORD)
        obligation = rule.obligation
        out = self.header(rule, f"(sag: {case}, skaeringsdato: date) -> tuple[bool, float] | None")
        out[-1] = docstring((rule.title or rule.name) + " (None: sagen hører ikke til populationen; ellers: "
                            "om sagen tæller med, og den krævede andel)", "    ")
        context = Context(params=bool(rule.versions))
        out += self.applies(rule, "    ", "return None")
        out += self.version_lookup(rule, context, "    ", "return None")
        out.append(f"    return {self.expr(obligation.condition, context)}, {self.expr(obligation.minimum, context)}\n")
        return "".join(out)

    # -- expressions ---------------------------------------------------------
    def expr(self, e: s.Expr, c: Context) -> str:
        method = getattr(self, "expr_" + type(e).__name__)
        return method(e, c)

    def expr_Name(self, e: s.Name, c: Context) -> str:
        ref = e.ref
        if ref.kind == "enum_value":
            return repr(ref.target)
        if ref.kind == "parameter":
            return f"v.{pynames.attribute(ref.target)}"
        if ref.kind == "definition":
            name = pynames.definition_function(ref.target)
            if ref.record == CASE_RECORD:
                return f"{name}(sag, skaeringsdato)"
            return f"{name}(element, indeks, sag, skaeringsdato)"
        return self.field_path(ref, c, safe=False)

    def field_path(self, ref: s.Ref, c: Context, safe: bool) -> str:
        """Read a field path; optional steps raise ManglendeData unless `safe` (then None)."""
        if ref.kind == "item_field":
            code, record = "element", self.program.records[ref.record]
        else:
            code, record = "sag", self.program.case
        for index, part in enumerate(ref.path):
            declared = record.field(part)
            code = f"{code}.{pynames.attribute(part)}"
            if declared.optional:
                if safe:
                    if index < len(ref.path) - 1:
                        code = f"(None if {code} is None else {code}"
                        record = self.program.records[declared.type.name]
                        rest = "".join(f".{pynames.attribute(p)}" for p in ref.path[index + 1:])
                        return f"{code}{rest})"
                elif ref.kind == "item_field":
                    code = (f"rt.kraev_element({code}, {c.item.case_field!r}, indeks, "
                            f"{'.'.join(ref.path[:index + 1])!r})")
                else:
                    code = f"rt.kraev({code}, {'.'.join(ref.path[:index + 1])!r})"
            if declared.type.kind == "named" and declared.type.name in self.program.records:
                record = self.program.records[declared.type.name]
        return code

    def raw(self, e: s.Expr, c: Context) -> str:
        """An expression that may be absent, read without raising (None when absent)."""
        if isinstance(e, s.Name) and e.ref.kind in ("case_field", "item_field"):
            return self.field_path(e.ref, c, safe=True)
        return self.expr(e, c)

    def expr_EvaluationDate(self, e, c) -> str:
        return "skaeringsdato"

    def expr_DateLit(self, e: s.DateLit, c) -> str:
        return self.constant(py_date(e.value), f"DATO_{e.value:%Y_%m_%d}")

    def expr_DurationLit(self, e: s.DurationLit, c) -> str:
        months, days = duration_parts(e)
        return self.constant(f"Varighed({months}, {days})", duration_name(months, days))

    def expr_QuantityLit(self, e: s.QuantityLit, c) -> str:
        return repr(number_value(e))

    def expr_NumberLit(self, e: s.NumberLit, c) -> str:
        return repr(number_value(e))

    def expr_BoolLit(self, e: s.BoolLit, c) -> str:
        return repr(e.value)

    def expr_TextLit(self, e: s.TextLit, c) -> str:
        return repr(e.value)

    def expr_Not(self, e: s.Not, c) -> str:
        return f"(not {self.expr(e.operand, c)})" if self_contained(e.operand) else f"(not ({self.expr(e.operand, c)}))"

    def bare(self, e: s.Expr, c: Context) -> str:
        """An expression on its own line (`if …:`, `return …`), without the outer parentheses
        that the expr_ methods put around a comparison, a one-of or a presence test."""
        code = self.expr(e, c)
        wrapped = isinstance(e, (s.Compare, s.OneOf)) or (isinstance(e, s.Present) and code.startswith("("))
        return code[1:-1] if wrapped else code

    def negated(self, e: s.Expr, c: Context) -> str:
        """`not e` for an `if` line, written as the opposite test where there is one
        (`x != y`, `x is None`); both sides of a comparison are never None here."""
        if isinstance(e, s.Not):
            return self.expr(e.operand, c)
        if isinstance(e, s.Compare):
            return f"{self.expr(e.left, c)} {OPPOSITE[COMPARE[e.op]]} {self.expr(e.right, c)}"
        if isinstance(e, (s.OneOf, s.Present)):
            return self.bare(dataclasses.replace(e, negated=not e.negated), c)
        return f"not {self.expr(e, c)}" if self_contained(e) else f"not ({self.expr(e, c)})"

    def expr_BoolOp(self, e: s.BoolOp, c) -> str:
        op = "and" if e.op == "og" else "or"
        return f"({self.expr(e.left, c)} {op} {self.expr(e.right, c)})"

    def expr_Compare(self, e: s.Compare, c) -> str:
        return f"({self.expr(e.left, c)} {COMPARE[e.op]} {self.expr(e.right, c)})"

    def expr_OneOf(self, e: s.OneOf, c) -> str:
        values = ", ".join(self.expr(v, c) for v in e.values)
        op = "not in" if e.negated else "in"
        return f"({self.expr(e.subject, c)} {op} {{{values}}})"

    def expr_Present(self, e: s.Present, c) -> str:
        value = self.raw(e.subject, c)
        if e.subject.type and e.subject.type.kind == "text":
            test = f"rt.udfyldt({value})"
            return f"not {test}" if e.negated else test
        return f"({value} is {'' if e.negated else 'not '}None)"

    def expr_Arith(self, e: s.Arith, c) -> str:
        left, right = self.expr(e.left, c), self.expr(e.right, c)
        if e.left.type.kind == "date":
            return f"{'laeg_til' if e.op == '+' else 'traek_fra'}({left}, {right})"
        return f"({left} {e.op} {right})"

    def expr_IfElse(self, e: s.IfElse, c) -> str:
        return f"({self.expr(e.then, c)} if {self.expr(e.condition, c)} else {self.expr(e.otherwise, c)})"

    def expr_IfPresent(self, e: s.IfPresent, c) -> str:
        value = self.raw(e.value, c)
        return f"({value} if {value} is not None else {self.expr(e.otherwise, c)})"

    def expr_Count(self, e: s.Count, c: Context) -> str:
        inner = Context(item=e.items, params=c.params)
        conditions = []
        if e.window is not None:
            start, end = self.window_bounds(e.window, c)
            conditions.append(self.in_window(e.items, start, end))
        else:
            conditions.append(f"{self.moment(e.items)} <= skaeringsdato" if self.has_moment(e.items) else "True")
        if e.filter is not None:
            conditions.append(self.expr(e.filter, inner))
        # `element`/`indeks` shadow nothing: a count in an item scope names its own list's items
        return (f"sum(1 for indeks, element in enumerate({self.items(e.items)}) "
                f"if {' and '.join(conditions)})")

    def has_moment(self, items: s.ListRef) -> bool:
        record = self.program.records[items.record]
        return bool(record.moment or record.period)

    def window_bounds(self, window: s.Window, c: Context) -> tuple[str, str]:
        if isinstance(window, s.WindowLast):
            return (f"traek_fra(skaeringsdato, {self.expr(window.duration, c)}) + DAG", "skaeringsdato + DAG")
        if isinstance(window, s.WindowFirst):
            anchor = self.expr(window.anchor, c)
            return anchor, f"laeg_til({anchor}, {self.expr(window.duration, c)})"
        anchor = self.expr(window.anchor, c)
        end = f"laeg_til({anchor}, {self.expr(window.end, c)})" + (" + DAG" if window.inclusive else "")
        return f"laeg_til({anchor}, {self.expr(window.start, c)})", end


def self_contained(e: s.Expr) -> bool:
    """Is the generated code for `e` one call, name or parenthesised group (safe after `not`)?"""
    if isinstance(e, s.Present):
        return not (e.negated and e.subject.type and e.subject.type.kind == "text")
    return isinstance(e, (s.Compare, s.BoolOp, s.OneOf, s.Name, s.BoolLit, s.IfElse, s.IfPresent, s.Not))


def element_label(items: s.ListRef) -> str:
    """Generated code for an item's path, e.g. f"samtaler[{indeks}]" (list names are plain words)."""
    return "f" + repr(items.case_field + "[{indeks}]")


def limit_choices(limit: s.Expr) -> list[s.Expr]:
    """The possible values of a limit written as `a hvis …, ellers b` (one value otherwise)."""
    if isinstance(limit, s.IfElse):
        return [*limit_choices(limit.then), *limit_choices(limit.otherwise)]
    return [limit]


class _ItemOf:
    """A stand-in ListRef for a definition about an item record."""

    def __init__(self, record: str, case_field: str):
        self.record = record
        self.case_field = case_field


VALIDATE_CASE = '''

def valider_sag(sag: model.Sag, skaeringsdato: date) -> rt.Sagsresultat:
    """Vurder alle regler for én sag; manglende data giver en datafejl for den regel."""
    ud = rt.Sagsresultat(sag.id)
    for regel, info in RULES_OF_CASE:
        try:
            regel(sag, skaeringsdato, ud)
        except rt.ManglendeData as fejl:
            ud.mangler(info, fejl)
    return ud
'''

INIT = '''"""Validatorer for beskæftigelsesindsatsen, genereret af Regelsprog.

Pakken bruger kun Pythons standardbibliotek.

    >>> from datetime import date
    >>> from beskaeftigelsesregler import valider
    >>> resultat = valider({"id": "S1", "ydelse": "kontanthjælp", "forløbsstart": "2024-01-02",
    ...                     "første_henvendelse": "2024-01-02"}, date(2024, 1, 5))
    >>> resultat["frister"][0]["bestemmelse"]
    'P01'

En hel sagsbestand valideres dovent i ét gennemløb med `Sagsbestand.valider_alle`, og
`laes_sager` læser JSON Lines linje for linje (eller ét JSON-objekt eller en JSON-liste):

    bestand = Sagsbestand(date(2024, 5, 1))
    with open("sager.jsonl", "rb") as fil:
        for resultat in bestand.valider_alle(laes_sager(fil)):
            ...
    bestand.population()
"""

from __future__ import annotations

from collections import Counter
from datetime import date
from typing import Any, Callable, Iterable, Iterator, Mapping, NamedTuple

from . import _runtime as rt
from ._runtime import UgyldigPost, UgyldigSag, laes_sager
from .model import sag_fra_json
from .regler import POPULATIONSREGLER, SAGSREGLER, valider_sag

__all__ = ["valider", "Sagsbestand", "laes_sager", "UgyldigSag", "UgyldigPost", "REGLER", "Regelbeskrivelse",
           "KONTRAKTVERSION"]

# Versionen af pakkens offentlige grænseflade (navnene ovenfor); den hæves, når en ændring
# kræver, at kode der bruger pakken, tilpasses.
KONTRAKTVERSION = API_VERSION


class Regelbeskrivelse(NamedTuple):
    """En regel, der vurderes: navn, de bestemmelser den udtrykker, og titel."""

    navn: str
    bestemmelser: tuple[str, ...]
    titel: str


#: De regler, der vurderes (først reglerne for hver sag, så populationsreglerne).
REGLER: tuple[Regelbeskrivelse, ...] = tuple(
    Regelbeskrivelse(info.navn, info.bestemmelser, info.titel) for _funktion, info in (*SAGSREGLER, *POPULATIONSREGLER)
)


def valider(sag: Mapping[str, Any], skaeringsdato: date) -> dict:
    """Vurder én sag pr. skæringsdatoen.

    Giver {"id", "overtrædelser", "frister", "datafejl", "undtagelser"}. Rejser
    `UgyldigSag` (med `.felt` og `.besked`), hvis posten ikke er en gyldig sag, og
    TypeError/ValueError, hvis skæringsdatoen ikke er en dato i årene 1900-2199.
    """
    return valider_sag(sag_fra_json(sag), rt.skaeringsdato(skaeringsdato)).som_json()


class Sagsbestand:
    """Validerer en sagsbestand sag for sag og opgør populationsreglerne i samme gennemløb.

    Hukommelsen vokser ikke med antallet af sager; listerne over hvilke sager der tæller
    med i populationsreglerne har en øvre grænse.

    `antal_sager` er antallet af gyldige sager, `antal_ugyldige` antallet af ugyldige poster
    og `ugyldige` beskrivelserne af dem ({"linje", "id" (når det kendes), "felt", "besked"}).
    Gives `ved_ugyldig`, får den i stedet hver beskrivelse, så snart posten er læst, og
    `ugyldige` forbliver tom: så vokser hukommelsen heller ikke med antallet af ugyldige
    poster. `overtraedelser_pr_bestemmelse` tæller overtrædelserne pr. bestemmelse.
    """

    def __init__(self, skaeringsdato: date, ved_ugyldig: Callable[[dict], None] | None = None):
        self.skaeringsdato = rt.skaeringsdato(skaeringsdato)
        self.antal_sager = 0
        self.antal_ugyldige = 0
        self.ugyldige: list[dict] = []
        self._ved_ugyldig = ved_ugyldig or self.ugyldige.append
        self.overtraedelser_pr_bestemmelse: Counter[str] = Counter()
        self._andele = [(regel, rt.Andel(info)) for regel, info in POPULATIONSREGLER]

    def valider(self, data: Any, linje: int | None = None) -> dict | None:
        """Vurder én post; en ugyldig post tælles, noteres (se klassen) og giver None."""
        if isinstance(data, UgyldigPost):
            self.antal_ugyldige += 1
            self._ved_ugyldig({"linje": data.linje, "besked": data.besked})
            return None
        try:
            sag = sag_fra_json(data)
        except UgyldigSag as fejl:
            self.antal_ugyldige += 1
            self._ved_ugyldig(rt.ugyldig_sag(data, linje, fejl))
            return None
        self.antal_sager += 1
        resultat = valider_sag(sag, self.skaeringsdato)
        for fund in resultat.overtraedelser:
            self.overtraedelser_pr_bestemmelse[fund["bestemmelse"]] += 1
        svar = resultat.som_json()
        for regel, andel in self._andele:
            try:
                udfald = regel(sag, self.skaeringsdato)
            except rt.ManglendeData as fejl:
                andel.tilfoej("datafejl", sag.id)
                resultat.mangler(andel.regel, fejl)
                continue
            if udfald is not None:
                taeller, andel.krav = udfald
                andel.tilfoej("tæller" if taeller else "tæller_ikke", sag.id)
                svar.setdefault("population", []).append(
                    {"regel": andel.regel.navn, "bestemmelse": andel.regel.bestemmelse, "tæller_med": taeller})
        return svar

    def valider_alle(self, poster: Iterable[Any]) -> Iterator[dict]:
        """Vurder posterne én ad gangen, først når resultatet hentes (dovent).

        `poster` er sager eller (linjenummer, post)-par fra `laes_sager`. Giver resultatet
        for hver gyldig sag; ugyldige poster tælles og noteres (se klassen). Når alle resultater er
        hentet, giver `population()` populationsreglerne for hele sagsbestanden.
        """
        for nummer, post in enumerate(poster, start=1):
            if isinstance(post, tuple) and len(post) == 2 and isinstance(post[0], int):
                nummer, post = post
            svar = self.valider(post, nummer)
            if svar is not None:
                yield svar

    def population(self) -> list[dict]:
        """Resultatet af hver populationsregel for de sager, der er set indtil nu."""
        return [andel.som_json() for _regel, andel in self._andele]

'''
