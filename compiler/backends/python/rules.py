"""The rule IR -> regler.py: one function per rule, exception and definition.

The code follows the IR node by node (see `ir/nodes.py` for what each means): a rule's
function tests its condition, chooses the version by the deciding date, computes the
duty's values, asks the exceptions, finds the facts and walks the decision table. With
`ud.forklar` (an explanation was asked for) it also reports what it found when nothing is
wrong; without, that costs one attribute test per outcome.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Optional

from ...ir import nodes as ir
from .code import Lines, comment_text, literal
from .expressions import Constants, Context, ExprWriter, end_field, presence
from .names import Names

REPORTED = ("overtrådt", "frist")  # outcomes in the result; the others only in an explanation


class RulesWriter:
    def __init__(self, rule_set: ir.RuleSet, names: Names):
        self.rs = rule_set
        self.names = names
        self.constants = Constants()
        self.expr = ExprWriter(names, self.constants, rule_set)
        self.uses_values_class = False

    # -- the module ---------------------------------------------------------------
    def write(self) -> str:
        body = Lines()
        for definition in self.rs.definitions:
            self.definition(body, definition)
        for exception in self.rs.exceptions:
            self.exception(body, exception)
        case_rules = [r for r in self.rs.rules if isinstance(r.duty, ir.Duty)]
        population_rules = [r for r in self.rs.rules if isinstance(r.duty, ir.Share)]
        for rule in self.rs.rules:
            if isinstance(rule.duty, ir.Duty):
                self.case_rule(body, rule)
            elif isinstance(rule.duty, ir.Share):
                self.population_rule(body, rule)
        self.tables(body, case_rules, population_rules)
        self.validate_case(body)
        code = body.text()
        head = Lines()
        head('"""Reglerne: én funktion pr. regel, undtagelse og definition."""')
        head()
        head("from __future__ import annotations")
        head()
        head("from datetime import date")
        if self.uses_values_class:
            head("from typing import NamedTuple")
        head()
        head("from . import _runtime as rt")
        helpers = [name for name in ("DAG", "Varighed", "laeg_til", "traek_fra") if _uses(code, name)
                   or (name == "Varighed" and self.constants.defined)]
        if helpers:
            head(f"from ._runtime import {', '.join(helpers)}")
        head("from . import model")
        head()
        head("# Reglerne, resultaterne kommer fra: udgaven (`regelsæt … udgave …`) og SHA-256 af regelfilerne.")
        head(f"REGELSAET: rt.Regelsaet = {{'udgave': {self.rs.edition!r}, 'sha256': {self.rs.content_hash!r}}}")
        if self.constants.defined:
            head()
            head("# Datoer og varigheder fra reglerne")
            for line in self.constants.lines():
                head(line)
        return head.text() + code

    def tables(self, out: Lines, case_rules: list[ir.Rule], population_rules: list[ir.Rule]) -> None:
        out()
        out()
        out("# Reglerne, der vurderes for hver sag, i regelfilernes rækkefølge.")
        self.table(out, "SAGSREGLER: tuple[rt.Sagsregel, ...]", case_rules)
        if self.rs.benefit_field is not None:
            out()
            out("# For hver ydelse: de regler, hvis betingelse kan være opfyldt for den (de andre vurderes ikke).")
            with out.block("REGLER_PR_YDELSE: dict[str, tuple[rt.Sagsregel, ...]] = {"):
                for value in self.rs.benefit_values:
                    with out.block(f"{value!r}: ("):
                        for rule in self.rs.rules_for_benefit(value):
                            if rule in case_rules:
                                out(f"({self.names.rule(rule.name)}, {self.names.info(rule.name)}),")
                    out("),")
            out("}")
        out()
        out("# Reglerne, der vurderes over en hel sagsbestand.")
        self.table(out, "POPULATIONSREGLER", population_rules)

    def table(self, out: Lines, name: str, rules: list[ir.Rule]) -> None:
        if not rules:
            out(f"{name} = ()")
            return
        with out.block(f"{name} = ("):
            for rule in rules:
                out(f"({self.names.rule(rule.name)}, {self.names.info(rule.name)}),")
        out(")")

    def validate_case(self, out: Lines) -> None:
        case = self.names.record_ref(self.rs.case_record)
        rules = (f"REGLER_PR_YDELSE.get(sag.{self.names.field(self.rs.case_record, self.rs.benefit_field)}, "
                 "SAGSREGLER)" if self.rs.benefit_field else "SAGSREGLER")
        out()
        out()
        with out.block(f"def valider_sag(sag: {case}, skaeringsdato: date, forklar: bool = False) -> rt.Sagsresultat:"):
            out('"""Vurder alle regler for én sag; manglende data giver en datafejl for den regel."""')
            out("ud = rt.Sagsresultat(sag.id, REGELSAET, forklar)")
            out(f"regler = {rules}")
            with out.block("for regel, info in regler:"):
                with out.block("try:"):
                    out("regel(sag, skaeringsdato, ud)")
                with out.block("except rt.ManglendeData as fejl:"):
                    out("ud.mangler(info, fejl)")
            if self.rs.benefit_field:
                with out.block("if forklar:"):
                    with out.block("for regel, info in SAGSREGLER:"):
                        with out.block("if (regel, info) not in regler:"):
                            out("ud.gaelder_ikke(info, 'ydelse')")
            out("return ud")

    # -- rule metadata -----------------------------------------------------------
    def citation(self, citations: tuple[ir.Citation, ...]) -> str:
        return "; ".join(self.rs.source(c.source).title + (f", {c.locator}" if c.locator else "")
                         for c in citations)

    def header(self, out: Lines, rule, signature: str, doc: str = "") -> None:
        out()
        out()
        sources = "; ".join(comment_text(self.rs.source(c.source).title)
                            + (f', "{comment_text(c.locator)}"' if c.locator else "") for c in rule.citations)
        out(f"# {comment_text(', '.join(rule.provisions))} – {sources}")
        self.versions(out, rule)
        message = getattr(rule, "message", None)
        arguments = [f"navn={rule.name!r}", f"bestemmelse={rule.provisions[0]!r}", f"titel={rule.title!r}",
                     f"kilde={self.citation(rule.citations)!r}", f"id={self.rs.rule_id(rule.name)!r}",
                     f"bestemmelser={rule.provisions!r}",
                     f"versioner={self.names.versions(rule.name)}"]
        if isinstance(rule, ir.Rule) and any(v.values for v in rule.versions):
            arguments.append(f"vaerdinavne={tuple(name for name, _ in rule.versions[0].values)!r}")
        if message is not None:
            arguments.append(f"besked={message!r}")
        out()
        out(f"{self.names.info(rule.name)} = rt.Regel({', '.join(arguments)})")
        out()
        out()
        out(f"def {signature}:")
        out.level += 1
        out(repr(rule.title + (f" ({doc})" if doc else "")))

    def versions(self, out: Lines, rule) -> None:
        """The versions of a rule (with a class for their values, when they have any)."""
        values = isinstance(rule, ir.Rule) and any(v.values for v in rule.versions)
        if values:
            self.uses_values_class = True
            out()
            out()
            with out.block(f"class {self.names.values_class(rule.name)}(NamedTuple):"):
                for name, value in rule.versions[0].values:
                    out(f"{self.names.param(name)}: {annotation(value.type)}")
        out()
        with out.block(f"{self.names.versions(rule.name)} = ("):
            for version in rule.versions:
                content = "None"
                if values:
                    content = f"{self.names.values_class(rule.name)}(" + ", ".join(
                        self.expr(value, Context()) for _name, value in version.values) + ")"
                sources = f", kilde={self.citation(version.citations)!r}" if version.citations else ""
                out(f"rt.Version(fra={literal(version.start) if version.start else None}, "
                    f"til={literal(version.end) if version.end else None}, vaerdier={content}{sources}),")
        out(")")

    def choose_version(self, out: Lines, rule, deciding: Optional[ir.Expr], c: Context, leave: str,
                       element: str = "", explain: bool = True) -> Context:
        """`afgoerende = …` and the version in force on it; returns the context that knows them."""
        if deciding is None:
            return c
        code = self.expr(deciding, c)
        out(f"afgoerende = {code}")
        if "(" in code:  # a computed date: later uses read the local
            c = replace(c, known={**c.known, deciding: "afgoerende"})
        if not looks_up_version(rule):
            version = rule.versions[0]
            tests = []
            if version.start:
                tests.append(f"afgoerende < {self.constants.date(version.start)}")
            if version.end:
                tests.append(f"afgoerende > {self.constants.date(version.end)}")
            with out.block(f"if {' or '.join(tests)}:"):
                self.not_applicable(out, rule, "periode", leave, element, explain, "afgoerende")
            return c
        out(f"gaeldende = rt.version({self.names.versions(rule.name)}, afgoerende)")
        with out.block("if gaeldende is None:"):
            self.not_applicable(out, rule, "periode", leave, element, explain, "afgoerende")
        if any(v.values for v in rule.versions):
            out("v = gaeldende.vaerdier")
        return c

    def not_applicable(self, out: Lines, rule, reason: str, leave: str, element: str = "",
                       explain: bool = True, deciding: str = "") -> None:
        """Leave: the rule does not apply (to this item); an explanation says why."""
        if explain:
            arguments = [self.names.info(rule.name), repr(reason)]
            arguments += [f"element={element}"] if element else []
            arguments += [f"afgoerende={deciding}"] if deciding else []
            with out.block("if ud.forklar:"):
                out(f"ud.gaelder_ikke({', '.join(arguments)})")
        out(leave)

    @staticmethod
    def element_label(duty: ir.Duty) -> str:
        """The code of a finding's `element` (`f'tilbud[{indeks}]'`), or "" when it names none."""
        if not duty.item_label or isinstance(duty.instance, ir.PerCase):
            return ""
        return "f" + repr(duty.instance.query.list_field + "[{indeks}]")

    # -- definitions and exceptions -------------------------------------------------
    def definition(self, out: Lines, definition: ir.Definition) -> None:
        case = self.names.record_ref(self.rs.case_record)
        name = self.names.definition(definition.name)
        out()
        out()
        if definition.list_field is None:
            signature = f"{name}(sag: {case}, skaeringsdato: date) -> bool"
        else:
            item = self.names.record_ref(definition.subject)
            signature = f"{name}(element: {item}, indeks: int, sag: {case}, skaeringsdato: date) -> bool"
        with out.block(f"def {signature}:"):
            out(repr(definition.title))
            out(f"return {self.expr.bare(definition.body, Context())}")

    def exception(self, out: Lines, exception: ir.ExceptionIR) -> None:
        case = self.names.record_ref(self.rs.case_record)
        self.header(out, exception,
                    f"{self.names.exception(exception.name)}(sag: {case}, skaeringsdato: date, dag: date) -> str | None",
                    "None, når undtagelsen gælder for en pligt, der vurderes på `dag`; ellers hvorfor den ikke gør")
        c = Context()
        with out.block(f"if {self.expr.negated(exception.condition, c)}:"):
            out("return 'betingelse'")
        c = c.knowing(presence(exception.condition, True))
        deciding = None if isinstance(exception.deciding_date, ir.JudgingDay) else exception.deciding_date
        version = exception.versions[0]
        bounded = len(exception.versions) > 1 or version.start or version.end
        if bounded:
            day = self.expr(deciding, c) if deciding is not None else "dag"
            if len(exception.versions) == 1:
                tests = ([f"{day} < {self.constants.date(version.start)}"] if version.start else []) + \
                        ([f"{day} > {self.constants.date(version.end)}"] if version.end else [])
                with out.block(f"if {' or '.join(tests)}:"):
                    out("return 'periode'")
            else:
                with out.block(f"if rt.version({self.names.versions(exception.name)}, {day}) is None:"):
                    out("return 'periode'")
        if exception.covers is not None:
            with out.block(f"if {self.expr.negated(exception.covers, c)}:"):
                out("return 'omfatter_ikke'")
        out("return None")
        out.level -= 1

    def exception_checks(self, out: Lines, rule: ir.Rule, day: str, leave: str, element: str) -> None:
        at = f", element={element}" if element else ""
        for name in rule.exceptions:
            info, exception = self.names.info(rule.name), self.names.info(name)
            out(f"grund = {self.names.exception(name)}(sag, skaeringsdato, {day})")
            with out.block("if grund is None:"):
                out(f"ud.undtaget({info}, {exception}{at})")
                out(leave)
            with out.block("if ud.forklar:"):
                out(f"ud.ikke_undtaget({info}, {exception}, grund{at})")

    # -- case rules ------------------------------------------------------------------
    def case_rule(self, out: Lines, rule: ir.Rule) -> None:
        case = self.names.record_ref(self.rs.case_record)
        self.header(out, rule, f"{self.names.rule(rule.name)}(sag: {case}, skaeringsdato: date, "
                               "ud: rt.Sagsresultat) -> None")
        c = Context()
        if rule.applies_when is not None:
            with out.block(f"if {self.expr.negated(rule.applies_when, c)}:"):
                self.not_applicable(out, rule, "betingelse", "return")
            c = c.knowing(presence(rule.applies_when, True))
        instance = rule.duty.instance
        if isinstance(instance, ir.PerCase):
            self.instance_body(out, rule, c, "return")
        elif isinstance(instance, ir.FirstItem):
            self.first_item(out, rule, instance, c)
        elif isinstance(instance, ir.PerItem):
            self.per_item(out, rule, instance, c)
        else:
            self.per_gap(out, rule, instance, c)
        out.level -= 1

    def items_of(self, list_field: str) -> str:
        return f"sag.{self.names.field(self.rs.case_record, list_field)}"

    def moment(self, query: ir.ItemQuery, item: str = "element") -> str:
        return f"{item}.{self.names.field(query.kind.record, query.kind.moment)}"

    def first_item(self, out: Lines, rule: ir.Rule, instance: ir.FirstItem, c: Context) -> None:
        """The earliest item; its ties collected, the first meeting `prefer` taken (see FirstItem)."""
        query = instance.query
        moment = self.moment(query)
        tests = self.expr.item_tests(query, c)
        out("foerste = None")
        out("samme_dag = []")
        with out.block(f"for indeks, element in enumerate({self.items_of(query.list_field)}):"):
            if tests:
                with out.block(f"if not ({' and '.join(tests)}):"):
                    out("continue")
            with out.block(f"if foerste is None or {moment} < foerste:"):
                out(f"foerste, samme_dag = {moment}, [(indeks, element)]")
            with out.block(f"elif {moment} == foerste:"):
                out("samme_dag.append((indeks, element))")
        with out.block("if foerste is None:"):
            self.not_applicable(out, rule, "ingen", "return")
        if instance.prefer is None:
            out("indeks, element = samme_dag[0]")
        else:
            prefer = self.expr(instance.prefer, replace(c, item="kandidat", index="nummer"))
            out(f"indeks, element = next(((nummer, kandidat) for nummer, kandidat in samme_dag if {prefer}), "
                "samme_dag[0])")
        self.instance_body(out, rule, c, "return")

    def per_item(self, out: Lines, rule: ir.Rule, instance: ir.PerItem, c: Context) -> None:
        query = instance.query
        with out.block(f"for indeks, element in enumerate({self.items_of(query.list_field)}):"):
            if query.window is None and query.filter is None:  # only the happened test
                with out.block(f"if {self.moment(query)} > skaeringsdato:"):
                    out("continue")
            else:
                with out.block(f"if not ({' and '.join(self.expr.item_tests(query, c))}):"):
                    out("continue")
            with out.block("try:"):
                self.instance_body(out, rule, c, "continue", instance.filter)
            with out.block("except rt.ManglendeData as fejl:"):
                out(f"ud.mangler({self.names.info(rule.name)}, fejl)")

    def per_gap(self, out: Lines, rule: ir.Rule, instance: ir.PerGap, c: Context) -> None:
        query = instance.query
        kind = query.kind
        start, end = (self.names.field(kind.record, f) for f in (kind.moment, kind.period_end))
        info = self.names.info(rule.name)
        with out.block("try:"):
            out(f"pauser = rt.pauser([(element.{start}, element.{end}, indeks) for {self.expr.loop(query, c)}], "
                f"skaeringsdato, {query.list_field!r}{end_field(kind)})")
        with out.block("except rt.ManglendeData as fejl:"):
            out(f"ud.mangler({info}, fejl)")
            out("return")
        with out.block("for indeks, ende, naeste in pauser:"):
            out(f"element = {self.items_of(query.list_field)}[indeks]")
            with out.block("try:"):
                self.instance_body(out, rule, c, "continue")
            with out.block("except rt.ManglendeData as fejl:"):
                out(f"ud.mangler({info}, fejl)")

    def instance_body(self, out: Lines, rule: ir.Rule, c: Context, leave: str,
                      item_filter: Optional[ir.Expr] = None) -> None:
        duty: ir.Duty = rule.duty
        element = self.element_label(duty)
        c = self.choose_version(out, rule, rule.deciding_date, c, leave, element)
        if item_filter is not None:
            with out.block(f"if {self.expr.negated(item_filter, c)}:"):
                out(leave)
            c = c.knowing(presence(item_filter, True))
        if rule.deciding_date is not None:
            with out.block("if ud.forklar:"):
                out(f"ud.afgoerende_dato({self.names.info(rule.name)}, afgoerende)")
        for let in duty.lets:
            c = self.let(out, let, c)
        self.exception_checks(out, rule, self.expr(duty.judging_day, c), leave, element)
        for let in duty.facts:
            c = self.let(out, let, c)
            self.explain_items(out, let, c)
        self.decision(out, rule, duty, c, element)

    def explain_items(self, out: Lines, let: ir.Let, c: Context) -> None:
        """For an explanation: the positions of the items counted, or of the event found."""
        query = getattr(let.value, "query", None)
        if query is None:
            return
        tail = self.expr.loop(query, c)
        if isinstance(let.value, ir.FirstMoment):
            tail += f"{' and' if ' if ' in tail else ' if'} {self.moment(query)} == {let.name}"
        with out.block("if ud.forklar:"):
            out(f"ud.elementer({query.list_field!r}, [indeks for {tail}])")

    def let(self, out: Lines, let: ir.Let, c: Context) -> Context:
        value = let.value
        if isinstance(value, ir.FirstMoment):
            query = value.query
            moment = self.moment(query)
            out(f"{let.name} = min(({moment} for {self.expr.loop(query, c, with_index=False)}), default=None)")
        elif isinstance(value, ir.LimitIfDecidable):
            options = ", ".join(self.expr(choice, c) for choice in value.choices)
            with out.block("try:"):
                out(f"{let.name} = {self.expr(value.limit, c)}")
            with out.block("except rt.ManglendeData as fejl:"):
                out(f"{let.name} = rt.graense_uden_data(fejl, {self.expr(value.start, c)}, "
                    f"{self.expr(value.end, c)}, skaeringsdato, ({options},))")
        else:
            out(f"{let.name} = {self.expr.bare(value, c)}")
        return replace(c, known={**c.known, value: let.name})

    def decision(self, out: Lines, rule: ir.Rule, duty: ir.Duty, c: Context, element: str) -> None:
        first = True
        for condition, outcome in duty.decision.rows:
            call = self.outcome(rule, outcome, c, element)
            reported = outcome.kind in REPORTED
            if condition is None:
                if first:
                    if reported:
                        out(call)
                    else:
                        with out.block("if ud.forklar:"):
                            out(call)
                elif reported:
                    with out.block("else:"):
                        out(call)
                else:
                    with out.block("elif ud.forklar:"):
                        out(call)
                return
            with out.block(f"{'if' if first else 'elif'} {self.expr.bare(condition, c)}:"):
                if reported:
                    out(call)
                else:
                    with out.block("if ud.forklar:"):
                        out(call)
            first = False

    def outcome(self, rule: ir.Rule, outcome: ir.Outcome, c: Context, element: str) -> str:
        facts = ", ".join(f"{name!r}: {self.expr(value, c)}" for name, value in outcome.facts)
        arguments = [self.names.info(rule.name), repr(outcome.kind), repr(outcome.message), f"{{{facts}}}"]
        if outcome.frist is not None:
            arguments.append(f"frist={self.expr(outcome.frist, c)}")
        if element:
            arguments.append(f"element={element}")
        if outcome.count is not None:
            arguments.append(f"antal={self.expr(outcome.count, c)}")
        if any(v.citations for v in rule.versions):  # the version that judged, for the sources it cites
            in_force = "gaeldende" if looks_up_version(rule) else f"{self.names.versions(rule.name)}[0]"
            arguments.append(f"version={in_force}")
        return f"ud.fund({', '.join(arguments)})"

    # -- population rules -------------------------------------------------------------
    def population_rule(self, out: Lines, rule: ir.Rule) -> None:
        case = self.names.record_ref(self.rs.case_record)
        self.header(out, rule, f"{self.names.rule(rule.name)}(sag: {case}, skaeringsdato: date) "
                               "-> tuple[bool, float] | None",
                    "None: sagen hører ikke til populationen; ellers om sagen tæller med, og den krævede andel")
        c = Context()
        if rule.applies_when is not None:
            with out.block(f"if {self.expr.negated(rule.applies_when, c)}:"):
                out("return None")
            c = c.knowing(presence(rule.applies_when, True))
        c = self.choose_version(out, rule, rule.deciding_date, c, "return None", explain=False)
        share: ir.Share = rule.duty
        out(f"return {self.expr.bare(share.condition, c)}, {self.expr(share.minimum, c)}")
        out.level -= 1


def looks_up_version(rule) -> bool:
    """Whether a rule's code looks its version up (`gaeldende`); else its one version without
    values is in force by comparing the deciding date with its period."""
    return len(rule.versions) > 1 or (isinstance(rule, ir.Rule) and any(v.values for v in rule.versions))


def annotation(t) -> str:
    return {"duration": "Varighed", "bool": "bool", "date": "date", "text": "str", "enum": "str"}.get(t.kind, "float")


def _uses(code: str, name: str) -> bool:
    return re.search(rf"(?<![\w.]){re.escape(name)}\b", code) is not None
