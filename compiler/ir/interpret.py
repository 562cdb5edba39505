"""The reference interpreter of the rule IR: the oracle every back end is tested against.

It reads a case with the runtime's readers (the same checks as the generated package) and
judges it by walking the IR, with no optimisation: every node is evaluated as its
docstring in `nodes.py` says. Its results have the generated package's shape (the JSON
contract), so a differential test compares them directly.
"""

from __future__ import annotations

import datetime
import operator
from dataclasses import dataclass, field
from functools import singledispatchmethod
from typing import Any, Optional

from .. import runtime as rt
from . import nodes as ir


COMPARISONS = {"==": operator.eq, "!=": operator.ne, "<": operator.lt, "<=": operator.le,
               ">": operator.gt, ">=": operator.ge}


@dataclass
class Env:
    """Where an expression is evaluated."""

    case: dict
    today: datetime.date
    item: Optional[dict] = None
    index: Optional[int] = None
    params: dict = field(default_factory=dict)
    locals: dict = field(default_factory=dict)
    judging_day: Optional[datetime.date] = None

    def with_item(self, item: dict, index: int) -> "Env":
        return Env(self.case, self.today, item, index, dict(self.params), dict(self.locals), self.judging_day)


def regelsaet(rule_set: ir.RuleSet) -> rt.Regelsaet:
    """Which rules a result comes from, as the generated package's REGELSAET says it."""
    return {"udgave": rule_set.edition, "sha256": rule_set.content_hash}


def duration(value: ir.Duration) -> rt.Varighed:
    return rt.Varighed(value.months, value.days)


class Interpreter:
    def __init__(self, rule_set: ir.RuleSet):
        self.rs = rule_set
        self.infos = {rule.name: self.info(rule) for rule in (*rule_set.rules, *rule_set.exceptions)}
        self.case_rules = [r for r in rule_set.rules if isinstance(r.duty, ir.Duty)]
        self.rules_per_benefit = {value: [r for r in rule_set.rules_for_benefit(value) if r in self.case_rules]
                                  for value in rule_set.benefit_values}
        self.population_rules = [r for r in rule_set.rules if isinstance(r.duty, ir.Share)]

    def info(self, rule) -> rt.Regel:
        env = Env({}, datetime.date.min)
        versions = tuple(rt.Version(v.start, v.end, tuple(self.eval(value, env) for _, value in v.values) or None,
                                    self.citation(v.citations) or None)
                         for v in rule.versions)
        names = tuple(name for name, _ in rule.versions[0].values) if rule.versions else ()
        return rt.Regel(rule.name, rule.provisions[0], rule.title, self.citation(rule.citations),
                        self.rs.rule_id(rule.name), getattr(rule, "message", None), rule.provisions, versions, names)

    def citation(self, citations: tuple[ir.Citation, ...]) -> str:
        return "; ".join(self.rs.source(c.source).title + (f", {c.locator}" if c.locator else "")
                         for c in citations)

    # ------------------------------------------------------------------ reading
    def read(self, data: Any) -> dict:
        """A case from JSON, as the generated package reads it; raises rt.UgyldigSag."""
        return self.read_record(self.rs.case, data)

    def read_record(self, record: ir.Record, data: Any) -> dict:
        data = rt.objekt(data)
        keys = frozenset(f.name for f in record.fields)
        try:
            if not keys.issuperset(data):
                rt.stavefejl(data, keys)
            value = {f.name: self.read_field(f, data.get(f.name)) for f in record.fields}
        except rt.UgyldigSag:  # every error of the record, as the generated reader reports them
            fields = tuple((f.name, lambda raw, key, f=f: self.read_field(f, raw), ()) for f in record.fields)
            raise rt.alle_fejl(data, keys, fields) from None
        if record.period_in_order:
            start, end = record.period_in_order
            rt.periode_i_orden(value[start], value[end], start, end)
        return value

    def read_field(self, declared: ir.Field, raw: Any) -> Any:
        key, t = declared.name, declared.type
        if t.kind == "list":
            return rt.liste(raw, key, lambda item: self.read_record(self.rs.record(t.name), item))
        if t.kind == "record":
            return rt.post(raw, key, declared.required, lambda item: self.read_record(self.rs.record(t.name), item))
        if t.kind == "enum":
            enum = self.rs.enum(t.name)
            return rt.vaerdi_af(raw, key, declared.required, frozenset(enum.values), enum.name)
        if declared.basic == "dato":
            return rt.dato(raw, key, declared.required)
        if declared.basic == "tekst":
            return rt.tekst(raw, key, declared.required)
        if declared.basic == "sandhedsværdi":
            return rt.sandhedsvaerdi(raw, key, declared.required, declared.default)
        return rt.tal(raw, key, declared.required, declared.default, declared.minimum)

    # ------------------------------------------------------------------ judging
    def judge(self, case: dict, today: datetime.date, explain: bool = False) -> rt.Sagsresultat:
        """Every case rule for one case (population rules are judged by `Caseload`)."""
        result = rt.Sagsresultat(case["id"], regelsaet(self.rs), explain)
        rules = self.case_rules
        if self.rs.benefit_field is not None:
            rules = self.rules_per_benefit.get(case[self.rs.benefit_field], rules)
        for rule in rules:
            try:
                self.judge_rule(rule, Env(case, today), result)
            except rt.ManglendeData as missing:
                result.mangler(self.infos[rule.name], missing)
        if explain:
            for rule in self.case_rules:
                if rule not in rules:
                    result.gaelder_ikke(self.infos[rule.name], "ydelse")
        return result

    def judge_rule(self, rule: ir.Rule, env: Env, result: rt.Sagsresultat) -> None:
        info = self.infos[rule.name]
        if rule.applies_when is not None and not self.eval(rule.applies_when, env):
            if result.forklar:
                result.gaelder_ikke(info, "betingelse")
            return
        duty = rule.duty
        instance = duty.instance
        if isinstance(instance, ir.PerCase):
            self.judge_instance(rule, env, result, None)
        elif isinstance(instance, ir.FirstItem):
            first = self.first_item(instance, env)
            if first is None:
                if result.forklar:
                    result.gaelder_ikke(info, "ingen")
                return
            self.judge_instance(rule, env.with_item(*first), result, instance.query.list_field)
        elif isinstance(instance, ir.PerItem):
            for index, item in self.items(instance.query, env):
                inner = env.with_item(item, index)
                try:
                    self.judge_instance(rule, inner, result, instance.query.list_field, instance.filter)
                except rt.ManglendeData as missing:
                    result.mangler(self.infos[rule.name], missing)
        else:
            for index, end, following in self.gaps(instance.query, env):
                inner = env.with_item(env.case[instance.query.list_field][index], index)
                inner.locals.update(ende=end, naeste=following)
                try:
                    self.judge_instance(rule, inner, result, instance.query.list_field)
                except rt.ManglendeData as missing:
                    result.mangler(self.infos[rule.name], missing)

    def version(self, versions: tuple[ir.Version, ...], day: Optional[datetime.date]) -> Optional[ir.Version]:
        for version in versions:
            if (version.start is None or version.start <= day) and (version.end is None or day <= version.end):
                return version
        return None

    def judge_instance(self, rule: ir.Rule, env: Env, result: rt.Sagsresultat, list_field: Optional[str],
                       item_filter: Optional[ir.Expr] = None) -> None:
        duty = rule.duty
        info = self.infos[rule.name]
        element = f"{list_field}[{env.index}]" if duty.item_label and list_field else None
        deciding = None
        in_force = rule.versions[0]  # without a deciding date: the one version, in force without limit
        if rule.deciding_date is not None:
            deciding = self.eval(rule.deciding_date, env)
            version = self.version(rule.versions, deciding)
            if version is None:
                if result.forklar:
                    result.gaelder_ikke(info, "periode", element, deciding)
                return
            env.params = {name: self.eval(value, env) for name, value in version.values}
            in_force = version
        if item_filter is not None and not self.eval(item_filter, env):
            return
        if deciding is not None and result.forklar:
            result.afgoerende_dato(info, deciding)
        for let in duty.lets:
            env.locals[let.name] = self.eval(let.value, env)
        day = self.eval(duty.judging_day, env)
        for name in rule.exceptions:
            reason = self.exception_applies(self.rs.exception(name), env, day)
            if reason is None:
                result.undtaget(info, self.infos[name], element)
                return
            if result.forklar:
                result.ikke_undtaget(info, self.infos[name], reason, element)
        for let in duty.facts:
            env.locals[let.name] = self.eval(let.value, env)
            if result.forklar and isinstance(let.value, (ir.CountItems, ir.FirstMoment)):
                query = let.value.query
                found = self.items(query, env)
                if isinstance(let.value, ir.FirstMoment):
                    found = [(i, item) for i, item in found if self.moment(query.kind, item) == env.locals[let.name]]
                result.elementer(query.list_field, [index for index, _ in found])
        for condition, outcome in duty.decision.rows:
            if condition is None or self.eval(condition, env):
                self.emit(rule, outcome, env, result, element, info.versioner[rule.versions.index(in_force)])
                return

    def exception_applies(self, exception: ir.ExceptionIR, env: Env, day: datetime.date) -> Optional[str]:
        """None when the exception applies to a duty judged on `day`, else why it does not."""
        inner = Env(env.case, env.today, judging_day=day)
        if not self.eval(exception.condition, inner):
            return "betingelse"
        if self.version(exception.versions, self.eval(exception.deciding_date, inner)) is None:
            return "periode"
        if exception.covers is not None and not self.eval(exception.covers, inner):
            return "omfatter_ikke"
        return None

    def emit(self, rule: ir.Rule, outcome: ir.Outcome, env: Env, result: rt.Sagsresultat,
             element: Optional[str], version: rt.Version) -> None:
        """The outcome, judged by `version` (a finding cites its sources)."""
        if outcome.kind not in ("overtrådt", "frist") and not result.forklar:
            return
        facts = {name: self.eval(value, env) for name, value in outcome.facts}
        frist = self.eval(outcome.frist, env) if outcome.frist is not None else None
        count = self.eval(outcome.count, env) if outcome.count is not None else None
        result.fund(self.infos[rule.name], outcome.kind, outcome.message, facts, frist, element, count, version)

    # ---------------------------------------------------------------- items
    def moment(self, kind: ir.ItemKind, item: dict) -> datetime.date:
        return item[kind.moment]

    def effective_end(self, kind: ir.ItemKind, item: dict, index: int, list_field: str,
                      today: datetime.date) -> Optional[datetime.date]:
        end = item[kind.period_end]
        if end is None or end > today:
            return None
        start = item[kind.moment]
        if end < start:
            label = f"{list_field}[{index}].{kind.period_end}"
            raise rt.ManglendeData(label, rt.modstridende_periode(label, start, end))
        return end

    def items(self, query: ir.ItemQuery, env: Env) -> list[tuple[int, dict]]:
        """The items of a query, tested in order (see ItemQuery)."""
        found = []
        window = None
        if query.window is not None:
            window = (self.eval(query.window.start, env), self.eval(query.window.end, env))
        for index, item in enumerate(env.case[query.list_field]):
            if query.happened and self.moment(query.kind, item) > env.today:
                continue
            if window is not None and not self.in_window(query, item, index, window, env.today):
                continue
            if query.filter is not None and not self.eval(query.filter, env.with_item(item, index)):
                continue
            found.append((index, item))
        return found

    def in_window(self, query: ir.ItemQuery, item: dict, index: int, window, today) -> bool:
        start, end = window
        moment = self.moment(query.kind, item)
        if query.kind.period_end is None:
            return start <= moment < end
        if moment >= end:
            return False
        item_end = self.effective_end(query.kind, item, index, query.list_field, today)
        return item_end is None or item_end >= start

    def first_item(self, instance: ir.FirstItem, env: Env) -> Optional[tuple[dict, int]]:
        found = self.items(instance.query, env)
        if not found:
            return None
        earliest = min(self.moment(instance.query.kind, item) for _, item in found)
        tied = [(index, item) for index, item in found if self.moment(instance.query.kind, item) == earliest]
        if instance.prefer is not None:
            meeting = [(i, item) for i, item in tied if self.eval(instance.prefer, env.with_item(item, i))]
            if meeting:
                tied = meeting
        index, item = tied[0]
        return item, index

    def gaps(self, query: ir.ItemQuery, env: Env) -> list[tuple[int, datetime.date, Optional[datetime.date]]]:
        """(index of the item a gap follows, the gap's first day s, the next start or None); see PerGap."""
        kind = query.kind
        periods = sorted(((item[kind.moment], self.effective_end(kind, item, index, query.list_field, env.today),
                           index) for index, item in self.items(query, env)), key=lambda p: (p[0], p[2]))
        gaps = []
        current: Optional[tuple[Optional[datetime.date], int]] = None  # (end, index) of the merged period
        for start, end, index in periods:
            if current is not None and current[0] is not None and start > current[0]:
                gaps.append((current[1], current[0], start))
                current = None
            if current is None or (current[0] is not None and (end is None or end >= current[0])):
                current = (end, index)
        if current is not None and current[0] is not None:
            gaps.append((current[1], current[0], None))
        return gaps

    # ---------------------------------------------------------- expressions
    @singledispatchmethod
    def eval(self, node: ir.Expr, env: Env) -> Any:
        raise AssertionError(f"no evaluation for {type(node).__name__}")

    @eval.register
    def _(self, node: ir.Const, env: Env) -> Any:
        return duration(node.value) if isinstance(node.value, ir.Duration) else node.value

    @eval.register
    def _(self, node: ir.EvaluationDate, env: Env) -> Any:
        return env.today

    @eval.register
    def _(self, node: ir.Case, env: Env) -> Any:
        return env.case

    @eval.register
    def _(self, node: ir.Item, env: Env) -> Any:
        return env.item

    @eval.register
    def _(self, node: ir.FieldOf, env: Env) -> Any:
        return self.eval(node.record, env)[node.field]

    @eval.register
    def _(self, node: ir.MaybeFieldOf, env: Env) -> Any:
        record = self.eval(node.record, env)
        return None if record is None else record[node.field]

    @eval.register
    def _(self, node: ir.Require, env: Env) -> Any:
        value = self.eval(node.value, env)
        if value is None:
            label = f"{node.item_list}[{env.index}].{node.label}" if node.item_list else node.label
            raise rt.ManglendeData(label)
        return value

    @eval.register
    def _(self, node: ir.InOrder, env: Env) -> Any:
        start, end = self.eval(node.start, env), self.eval(node.end, env)
        if start is not None and end is not None and end < start:
            label = f"{node.item_list}[{env.index}].{node.label}" if node.item_list else node.label
            raise rt.ManglendeData(label, rt.modstridende_periode(label, start, end))
        return end

    @eval.register
    def _(self, node: ir.WithinPeriod, env: Env) -> Any:
        start = self.eval(node.start, env)
        if start is None:
            return False
        end = self.eval(node.end, env)
        if end is not None and end < start:
            raise rt.ManglendeData(node.label, rt.modstridende_periode(node.label, start, end))
        day = self.eval(node.day, env)
        return start <= day and (end is None or day <= end)

    @eval.register
    def _(self, node: ir.WithinAnyPeriod, env: Env) -> Any:
        periods = [(item[node.start], item[node.end]) for item in self.eval(node.items, env)]
        return rt.i_en_af_perioderne(self.eval(node.day, env), periods, node.list_field, node.end)

    @eval.register
    def _(self, node: ir.Param, env: Env) -> Any:
        return env.params[node.name]

    @eval.register
    def _(self, node: ir.Local, env: Env) -> Any:
        return env.locals[node.name]

    @eval.register
    def _(self, node: ir.JudgingDay, env: Env) -> Any:
        return env.judging_day

    @eval.register
    def _(self, node: ir.DefinitionRef, env: Env) -> Any:
        definition = self.rs.definition(node.name)
        return bool(self.eval(definition.body, env))

    @eval.register
    def _(self, node: ir.Not, env: Env) -> Any:
        return not self.eval(node.operand, env)

    @eval.register
    def _(self, node: ir.And, env: Env) -> Any:
        return bool(self.eval(node.left, env)) and bool(self.eval(node.right, env))

    @eval.register
    def _(self, node: ir.Or, env: Env) -> Any:
        return bool(self.eval(node.left, env)) or bool(self.eval(node.right, env))

    @eval.register
    def _(self, node: ir.Compare, env: Env) -> Any:
        return COMPARISONS[node.op](self.eval(node.left, env), self.eval(node.right, env))

    @eval.register
    def _(self, node: ir.InSet, env: Env) -> Any:
        subject = self.eval(node.subject, env)
        inside = any(subject == self.eval(value, env) for value in node.values)
        return not inside if node.negated else inside

    @eval.register
    def _(self, node: ir.IsPresent, env: Env) -> Any:
        value = self.eval(node.value, env)
        if node.blank_is_absent:
            return value is not None and value.strip() != ""
        return value is not None

    @eval.register
    def _(self, node: ir.Coalesce, env: Env) -> Any:
        value = self.eval(node.value, env)
        return value if value is not None else self.eval(node.otherwise, env)

    @eval.register
    def _(self, node: ir.IfElse, env: Env) -> Any:
        return self.eval(node.then, env) if self.eval(node.condition, env) else self.eval(node.otherwise, env)

    @eval.register
    def _(self, node: ir.ShiftDate, env: Env) -> Any:
        date, amount = self.eval(node.date, env), self.eval(node.duration, env)
        return rt.laeg_til(date, amount) if node.sign == 1 else rt.traek_fra(date, amount)

    @eval.register
    def _(self, node: ir.Arithmetic, env: Env) -> Any:
        left, right = self.eval(node.left, env), self.eval(node.right, env)
        return left + right if node.op == "+" else left - right

    @eval.register
    def _(self, node: ir.CountItems, env: Env) -> Any:
        return len(self.items(node.query, env))

    @eval.register
    def _(self, node: ir.FirstMoment, env: Env) -> Any:
        found = self.items(node.query, env)
        return min((self.moment(node.query.kind, item) for _, item in found), default=None)

    @eval.register
    def _(self, node: ir.ItemsOf, env: Env) -> Any:
        return [index for index, _ in self.items(node.query, env)]

    @eval.register
    def _(self, node: ir.CourseRunsOn, env: Env) -> Any:
        end = self.eval(node.course_end, env) if node.course_end is not None else None
        return end is None or end >= self.eval(node.day, env)

    @eval.register
    def _(self, node: ir.EffectiveEnd, env: Env) -> Any:
        return self.effective_end(node.kind, env.item, env.index, node.item.list_field, env.today)

    @eval.register
    def _(self, node: ir.LimitIfDecidable, env: Env) -> Any:
        try:
            return self.eval(node.limit, env)
        except rt.ManglendeData as missing:
            start, end = self.eval(node.start, env), self.eval(node.end, env)
            limits = [self.eval(choice, env) for choice in node.choices]
            return rt.graense_uden_data(missing, start, end, env.today, tuple(limits))


class Caseload:
    """A caseload judged by the interpreter: the same results as the generated `Sagsbestand`."""

    def __init__(self, interpreter: Interpreter, today: datetime.date, explain: bool = False):
        self.interpreter = interpreter
        self.today = today
        self.explain = explain
        self.invalid: list[dict] = []
        self.shares = [(rule, rt.Andel(interpreter.infos[rule.name], regelsaet(interpreter.rs)))
                       for rule in interpreter.population_rules]

    def judge(self, data: Any, line: Optional[int] = None) -> Optional[dict]:
        try:
            case = self.interpreter.read(data)
        except rt.UgyldigSag as failure:
            self.invalid.append(rt.ugyldig_sag(data, line, failure))
            return None
        result = self.interpreter.judge(case, self.today, self.explain)
        answer = result.som_json()
        for rule, share in self.shares:
            try:
                counted = self.share(rule, case)
            except rt.ManglendeData as missing:
                share.tilfoej("datafejl", case["id"])
                result.mangler(share.regel, missing)
                continue
            if counted is not None:
                counts, share.krav = counted
                answer.setdefault("population", []).append(share.tael(case["id"], counts))
        return answer

    def share(self, rule: ir.Rule, case: dict) -> Optional[tuple[bool, float]]:
        """None: the case is not in the rule's population; else whether it counts, and the minimum."""
        env = Env(case, self.today)
        interpreter = self.interpreter
        if rule.applies_when is not None and not interpreter.eval(rule.applies_when, env):
            return None
        if rule.deciding_date is not None:
            version = interpreter.version(rule.versions, interpreter.eval(rule.deciding_date, env))
            if version is None:
                return None
            env.params = {name: interpreter.eval(value, env) for name, value in version.values}
        return bool(interpreter.eval(rule.duty.condition, env)), interpreter.eval(rule.duty.minimum, env)

    def population(self) -> list[dict]:
        return [share.som_json() for _rule, share in self.shares]
