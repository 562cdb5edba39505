"""IR expressions -> sqlglot expressions, each as a value and the missing data it can meet.

Missing data is an exception in the interpreter; in SQL every expression is compiled to a
pair (`value`, `error`): `error` is a text column that is NULL when evaluating the
expression (left to right, with the IR's short-circuits) meets no missing data, else the
label of the first missing field (`felt`, or `felt|start|slut` when a period's end lies
before its start: the message then names both dates). `value` means something only where
`error` is NULL. A duration is a pair of integer expressions (months, days).

Text from the rules reaches the tree only as sqlglot literals (`exp.Literal.string`) and
identifiers (`exp.to_identifier`), never as SQL text.
"""

from __future__ import annotations

import datetime
import itertools
from dataclasses import dataclass, field
from functools import singledispatchmethod
from typing import Optional, Union

from sqlglot import exp

from ...ir import nodes as ir

SEPARATOR = "|"  # between the parts of an error (labels are names, digits, [ ] and dots)
# Python's str.strip() whitespace, for `er angivet` on a text (a blank text is absent).
# (All of them are below U+3001, the ideographic space being the last: looking further costs every
# `regel` command a tenth of a second at start.)
BLANK = "^[" + "".join(chr(c) for c in range(0x3001) if chr(c).isspace() and chr(c) not in "\\]^-") + "]*$"


@dataclass(frozen=True)
class Dur:
    """A duration in SQL: calendar months and days."""

    months: exp.Expression
    days: exp.Expression


Value = Union[exp.Expression, Dur]


@dataclass(frozen=True)
class Sql:
    value: Value
    error: Optional[exp.Expression] = None  # None: cannot meet missing data


@dataclass
class Scope:
    """Where an expression is evaluated: the case's columns are in scope; `item` is the
    list and position of the item in scope; `params` the value of each version value (a
    CASE over the version chosen); `locals` the duty's computed values; `judging_day` in an
    exception."""

    evaluation_date: exp.Expression
    item: Optional[tuple[str, exp.Expression]] = None  # (list field, 0-based position)
    params: dict[str, Sql] = field(default_factory=dict)
    locals: dict[str, Sql] = field(default_factory=dict)
    judging_day: Optional[exp.Expression] = None
    item_value: Optional[exp.Expression] = None  # the item itself, where it is a lambda's element

    def with_item(self, list_field: str, position: exp.Expression,
                  value: Optional[exp.Expression] = None) -> "Scope":
        return Scope(self.evaluation_date, (list_field, position), self.params, self.locals, self.judging_day,
                     value)


# ---------------------------------------------------------------- small builders

def lit(value) -> exp.Expression:
    """A constant from the rules as a sqlglot literal."""
    if isinstance(value, bool):
        return exp.true() if value else exp.false()
    if isinstance(value, (int, float)):
        return exp.Literal.number(repr(value)) if isinstance(value, float) else exp.Literal.number(value)
    if isinstance(value, datetime.date):
        return exp.cast(exp.Literal.string(value.isoformat()), "DATE")
    if isinstance(value, str):
        return exp.Literal.string(value)
    raise AssertionError(f"no literal for {value!r}")


def col(name: str) -> exp.Column:
    return exp.Column(this=exp.to_identifier(name, quoted=True))


def dot(record: exp.Expression, name: str) -> exp.Expression:
    return exp.Dot(this=record, expression=exp.to_identifier(name, quoted=True))


def element(array: exp.Expression, position: exp.Expression, safe: bool = False) -> exp.Expression:
    """array[position], the position 0-based (rendered 1-based or 0-based as the dialect counts)."""
    return exp.Bracket(this=array, expressions=[exp.Add(this=position, expression=exp.Literal.number(1))],
                       offset=1, safe=safe)


def is_null(e: exp.Expression) -> exp.Expression:
    return exp.Is(this=exp.paren(e, copy=False), expression=exp.Null())


def not_null(e: exp.Expression) -> exp.Expression:
    return exp.Not(this=is_null(e))


def case(*whens: tuple[exp.Expression, exp.Expression], default: Optional[exp.Expression] = None) -> exp.Expression:
    node = exp.Case(ifs=[exp.If(this=c, true=v) for c, v in whens])
    if default is not None:
        node.set("default", default)
    return node


def first_error(*errors: Optional[exp.Expression]) -> Optional[exp.Expression]:
    present = [e for e in errors if e is not None]
    if not present:
        return None
    return present[0] if len(present) == 1 else exp.Coalesce(this=present[0], expressions=present[1:])


def error_if(condition: exp.Expression, error: Optional[exp.Expression]) -> Optional[exp.Expression]:
    """The error only where `condition` holds (the expression is evaluated only then)."""
    return None if error is None else case((condition, error))


def text_of(e: exp.Expression) -> exp.Expression:
    return exp.cast(e, "VARCHAR")


def concat(*parts: exp.Expression) -> exp.Expression:
    return exp.Concat(expressions=list(parts), safe=True)


def positions(array: exp.Expression) -> exp.Expression:
    """0, 1, …, size - 1 (empty for an empty list)."""
    return exp.GenerateSeries(start=exp.Literal.number(0), end=exp.ArraySize(this=array), is_end_exclusive=True)


def shift(date: exp.Expression, months: exp.Expression, days: exp.Expression, sign: int) -> exp.Expression:
    """Calendar months (a day missing in the target month becomes its last day), then days."""
    for amount, unit in ((months, "MONTH"), (days, "DAY")):
        if isinstance(amount, exp.Literal) and amount.to_py() == 0:
            continue
        if sign < 0:
            amount = exp.Neg(this=exp.paren(amount, copy=False))
        date = exp.cast(exp.DateAdd(this=date, expression=amount, unit=exp.var(unit)), "DATE")
    return date


class Names:
    """Fresh lambda variable names (nested lambdas must not shadow each other)."""

    def __init__(self):
        self._counter = itertools.count(1)

    def fresh(self, stem: str) -> str:
        return f"_{stem}{next(self._counter)}"


# ---------------------------------------------------------------- the writer

class ExprWriter:
    def __init__(self, rule_set: ir.RuleSet, names: Names):
        self.rs = rule_set
        self.names = names

    # The current item as SQL, and a label relative to it.
    def item(self, scope: Scope) -> exp.Expression:
        if scope.item_value is not None:
            return scope.item_value
        list_field, position = scope.item
        return element(col(list_field), position, safe=True)  # -1 on a row carrying a datafejl

    def label(self, label: str, item_list: Optional[str], scope: Scope) -> exp.Expression:
        if item_list is None:
            return lit(label)
        return concat(lit(f"{item_list}["), text_of(scope.item[1]), lit(f"].{label}"))

    def contradiction(self, label: exp.Expression, start: exp.Expression, end: exp.Expression) -> exp.Expression:
        return concat(label, lit(SEPARATOR), text_of(start), lit(SEPARATOR), text_of(end))

    @singledispatchmethod
    def expr(self, node: ir.Expr, scope: Scope) -> Sql:
        raise AssertionError(f"no SQL for {type(node).__name__}")

    @expr.register
    def _(self, node: ir.Const, scope: Scope) -> Sql:
        if isinstance(node.value, ir.Duration):
            return Sql(Dur(lit(node.value.months), lit(node.value.days)))
        return Sql(lit(node.value))

    @expr.register
    def _(self, node: ir.EvaluationDate, scope: Scope) -> Sql:
        return Sql(scope.evaluation_date)

    @expr.register
    def _(self, node: ir.Case, scope: Scope) -> Sql:
        return Sql(exp.Null())  # only read through FieldOf (the case's fields are columns)

    @expr.register
    def _(self, node: ir.Item, scope: Scope) -> Sql:
        return Sql(self.item(scope))

    def field_of(self, node, scope: Scope) -> Sql:
        if isinstance(node.record, ir.Case):
            return Sql(col(node.field))
        record = self.expr(node.record, scope)
        return Sql(dot(record.value, node.field), record.error)

    expr.register(ir.FieldOf, field_of)
    expr.register(ir.MaybeFieldOf, field_of)  # a field of an absent (NULL) struct is NULL

    @expr.register
    def _(self, node: ir.Require, scope: Scope) -> Sql:
        value = self.expr(node.value, scope)
        test = value.value.months if isinstance(value.value, Dur) else value.value
        return Sql(value.value, first_error(value.error, case((is_null(test), self.label(node.label, node.item_list,
                                                                                           scope)))))

    @expr.register
    def _(self, node: ir.InOrder, scope: Scope) -> Sql:
        start, end = self.expr(node.start, scope), self.expr(node.end, scope)
        wrong = exp.and_(not_null(start.value), not_null(end.value), exp.LT(this=end.value, expression=start.value))
        label = self.label(node.label, node.item_list, scope)
        return Sql(end.value, first_error(start.error, end.error,
                                          case((wrong, self.contradiction(label, start.value, end.value)))))

    @expr.register
    def _(self, node: ir.WithinPeriod, scope: Scope) -> Sql:
        start, end, day = self.expr(node.start, scope), self.expr(node.end, scope), self.expr(node.day, scope)
        wrong = exp.and_(not_null(end.value), exp.LT(this=end.value, expression=start.value))
        inside = exp.and_(not_null(start.value), exp.LTE(this=start.value, expression=day.value),
                          exp.or_(is_null(end.value), exp.LTE(this=day.value, expression=end.value)))
        error = first_error(start.error, error_if(not_null(start.value), first_error(
            end.error, case((wrong, self.contradiction(lit(node.label), start.value, end.value))), day.error)))
        return Sql(exp.Coalesce(this=exp.paren(inside), expressions=[exp.false()]), error)

    @expr.register
    def _(self, node: ir.Param, scope: Scope) -> Sql:
        return scope.params[node.name]

    @expr.register
    def _(self, node: ir.Local, scope: Scope) -> Sql:
        return scope.locals[node.name]

    @expr.register
    def _(self, node: ir.JudgingDay, scope: Scope) -> Sql:
        return Sql(scope.judging_day)

    @expr.register
    def _(self, node: ir.DefinitionRef, scope: Scope) -> Sql:
        return self.expr(self.rs.definition(node.name).body, scope)

    @expr.register
    def _(self, node: ir.Not, scope: Scope) -> Sql:
        operand = self.expr(node.operand, scope)
        return Sql(exp.Not(this=exp.paren(operand.value)), operand.error)

    @expr.register
    def _(self, node: ir.And, scope: Scope) -> Sql:
        left, right = self.expr(node.left, scope), self.expr(node.right, scope)
        return Sql(exp.and_(left.value, right.value), first_error(left.error, error_if(left.value, right.error)))

    @expr.register
    def _(self, node: ir.Or, scope: Scope) -> Sql:
        left, right = self.expr(node.left, scope), self.expr(node.right, scope)
        return Sql(exp.or_(left.value, right.value),
                   first_error(left.error, error_if(exp.Not(this=exp.paren(left.value)), right.error)))

    COMPARISONS = {"==": exp.EQ, "!=": exp.NEQ, "<": exp.LT, "<=": exp.LTE, ">": exp.GT, ">=": exp.GTE}

    @expr.register
    def _(self, node: ir.Compare, scope: Scope) -> Sql:
        left, right = self.expr(node.left, scope), self.expr(node.right, scope)
        return Sql(self.COMPARISONS[node.op](this=left.value, expression=right.value),
                   first_error(left.error, right.error))

    @expr.register
    def _(self, node: ir.InSet, scope: Scope) -> Sql:
        subject = self.expr(node.subject, scope)
        values = [self.expr(v, scope) for v in node.values]
        inside = exp.or_(*(exp.EQ(this=subject.value, expression=v.value) for v in values))
        # any() stops at the first equal value: a later value's missing data is not met
        error: Optional[exp.Expression] = None
        for value in reversed(values):
            if value.error is not None or error is not None:
                error = first_error(value.error, error_if(exp.NEQ(this=subject.value, expression=value.value), error))
        error = first_error(subject.error, error)
        return Sql(exp.Not(this=exp.paren(inside)) if node.negated else exp.paren(inside), error)

    @expr.register
    def _(self, node: ir.IsPresent, scope: Scope) -> Sql:
        value = self.expr(node.value, scope)
        test = not_null(value.value)
        if node.blank_is_absent:
            test = exp.and_(test, exp.Not(this=exp.RegexpLike(this=value.value, expression=lit(BLANK))))
        return Sql(test, value.error)

    @expr.register
    def _(self, node: ir.Coalesce, scope: Scope) -> Sql:
        value, otherwise = self.expr(node.value, scope), self.expr(node.otherwise, scope)
        present = value.value.months if isinstance(value.value, Dur) else value.value
        return Sql(self.choose(not_null(present), value.value, otherwise.value),
                   first_error(value.error, error_if(is_null(present), otherwise.error)))

    @expr.register
    def _(self, node: ir.IfElse, scope: Scope) -> Sql:
        condition = self.expr(node.condition, scope)
        then, otherwise = self.expr(node.then, scope), self.expr(node.otherwise, scope)
        error = None
        if then.error is not None or otherwise.error is not None:
            error = case((condition.value, then.error or exp.Null()), default=otherwise.error or exp.Null())
        return Sql(self.choose(condition.value, then.value, otherwise.value), first_error(condition.error, error))

    def choose(self, condition: exp.Expression, then: Value, otherwise: Value) -> Value:
        if isinstance(then, Dur):
            return Dur(case((condition, then.months), default=otherwise.months),
                       case((condition, then.days), default=otherwise.days))
        return case((condition, then), default=otherwise)

    @expr.register
    def _(self, node: ir.ShiftDate, scope: Scope) -> Sql:
        date, amount = self.expr(node.date, scope), self.expr(node.duration, scope)
        return Sql(shift(date.value, amount.value.months, amount.value.days, node.sign),
                   first_error(date.error, amount.error))

    @expr.register
    def _(self, node: ir.Arithmetic, scope: Scope) -> Sql:
        left, right = self.expr(node.left, scope), self.expr(node.right, scope)
        operator = exp.Add if node.op == "+" else exp.Sub
        return Sql(operator(this=left.value, expression=right.value), first_error(left.error, right.error))

    @expr.register
    def _(self, node: ir.CourseRunsOn, scope: Scope) -> Sql:
        day = self.expr(node.day, scope)
        if node.course_end is None:
            return Sql(exp.true(), day.error)
        end = self.expr(node.course_end, scope)
        return Sql(exp.or_(is_null(end.value), exp.GTE(this=end.value, expression=day.value)),
                   first_error(end.error, day.error))

    @expr.register
    def _(self, node: ir.EffectiveEnd, scope: Scope) -> Sql:
        return self.effective_end(node.kind, scope.item[0], self.item(scope), scope.item[1], scope)

    def effective_end(self, kind: ir.ItemKind, list_field: str, item: exp.Expression, position: exp.Expression,
                      scope: Scope) -> Sql:
        """None when absent or after E (still running); an end before the start is missing data."""
        end, start = dot(item, kind.period_end), dot(item, kind.moment)
        happened = exp.and_(not_null(end), exp.LTE(this=end, expression=scope.evaluation_date))
        label = concat(lit(f"{list_field}["), text_of(position), lit(f"].{kind.period_end}"))
        wrong = exp.and_(happened, exp.LT(this=end, expression=start))
        return Sql(case((happened, end), default=exp.cast(exp.Null(), "DATE")),
                   case((wrong, self.contradiction(label, start, end))))

    @expr.register
    def _(self, node: ir.LimitIfDecidable, scope: Scope) -> Sql:
        limit = self.expr(node.limit, scope)
        if limit.error is None:
            return limit
        start, end = self.expr(node.start, scope), self.expr(node.end, scope)
        choices = [self.expr(c, scope).value for c in node.choices]
        one_day = lit(1)
        last_days = [shift(shift(start.value, c.months, c.days, 1), lit(0), one_day, -1) for c in choices]

        def order(j: int) -> tuple:
            return (last_days[j], choices[j].months, choices[j].days)

        def before(a: int, b: int) -> exp.Expression:  # (day, months, days) of a sorts strictly before b's
            (da, ma, ya), (db, mb, yb) = order(a), order(b)
            return exp.or_(exp.LT(this=da, expression=db), exp.and_(exp.EQ(this=da, expression=db), exp.or_(
                exp.LT(this=ma, expression=mb), exp.and_(exp.EQ(this=ma, expression=mb), exp.LT(this=ya, expression=yb)))))

        def extreme(longest: bool) -> Dur:
            picks = []
            for j in range(len(choices)):
                beaten = [before(j, k) if longest else before(k, j) for k in range(len(choices)) if k != j]
                picks.append((exp.Not(this=exp.paren(exp.or_(*beaten))), j))
            months = case(*((c, choices[j].months) for c, j in picks))
            days = case(*((c, choices[j].days) for c, j in picks))
            return Dur(months, days)

        shortest_day = exp.Least(this=last_days[0], expressions=last_days[1:])
        longest_day = exp.Greatest(this=last_days[0], expressions=last_days[1:])
        over = exp.GT(this=exp.Coalesce(this=end.value, expressions=[scope.evaluation_date]), expression=longest_day)
        within = exp.and_(not_null(end.value), exp.LTE(this=end.value, expression=shortest_day))
        failed = not_null(limit.error)
        longest, shortest = extreme(True), extreme(False)
        value = Dur(case((exp.Not(this=failed), limit.value.months), (over, longest.months), default=shortest.months),
                    case((exp.Not(this=failed), limit.value.days), (over, longest.days), default=shortest.days))
        error = case((exp.and_(failed, exp.Not(this=exp.paren(exp.or_(over, within)))), limit.error))
        return Sql(value, first_error(start.error, end.error, error))

    # ---------------------------------------------------------------- items
    @expr.register
    def _(self, node: ir.CountItems, scope: Scope) -> Sql:
        found = self.query(node.query, scope, as_items=True)
        return Sql(exp.ArraySize(this=found.value), found.error)

    @expr.register
    def _(self, node: ir.FirstMoment, scope: Scope) -> Sql:
        found = self.query(node.query, scope, as_items=True)
        name = self.names.fresh("x")
        moment = dot(exp.to_identifier(name), node.query.kind.moment)
        return Sql(exp.ArrayMin(this=exp.Transform(this=found.value, expression=self.lambda_(name, moment))),
                   found.error)

    def item_tests(self, query: ir.ItemQuery, scope: Scope, window: Optional[tuple[Sql, Sql]],
                   item: exp.Expression, position: exp.Expression,
                   by_position: bool) -> list[tuple[exp.Expression, Optional[exp.Expression]]]:
        """(test, its error) of an item of `query`, in order; `item` the item, `position` its place
        (`by_position`: the item is read from the list there, else it is a lambda's element)."""
        inner = scope.with_item(query.list_field, position, None if by_position else item)
        tests: list[tuple[exp.Expression, Optional[exp.Expression]]] = []
        moment = dot(item, query.kind.moment)
        if query.happened:
            tests.append((exp.LTE(this=moment, expression=scope.evaluation_date), None))
        if window is not None:
            start, end = window
            if query.kind.period_end is None:
                tests.append((exp.and_(exp.LTE(this=start.value, expression=moment),
                                       exp.LT(this=moment, expression=end.value)), None))
            else:
                effective = self.effective_end(query.kind, query.list_field, item, position, scope)
                tests.append((exp.LT(this=moment, expression=end.value), None))
                tests.append((exp.or_(is_null(effective.value), exp.GTE(this=effective.value,
                                                                         expression=start.value)), effective.error))
        if query.filter is not None:
            found = self.expr(query.filter, inner)
            tests.append((found.value, found.error))
        return tests

    def lambda_(self, name: str, body: exp.Expression) -> exp.Lambda:
        return exp.Lambda(this=body, expressions=[exp.to_identifier(name)])

    def query(self, query: ir.ItemQuery, scope: Scope, as_items: bool = False) -> Sql:
        """The positions (0-based) of the items of `query`, in input order (`as_items`: the items
        themselves, which is faster where no position is needed), and the first missing data met
        testing them (see ItemQuery: each item's tests stop at the first that fails)."""
        array = col(query.list_field)
        window = None
        outer_errors: list[Optional[exp.Expression]] = []
        if query.window is not None:
            window = self.expr(query.window.start, scope), self.expr(query.window.end, scope)
            outer_errors = [window[0].error, window[1].error]
        name = self.names.fresh("i")
        position = exp.to_identifier(name)
        tests = self.item_tests(query, scope, window, element(array, position), position, by_position=True)
        if not tests:
            return Sql(array if as_items else positions(array), first_error(*outer_errors))
        if as_items:
            each = self.names.fresh("x")
            passes = exp.and_(*(t for t, _ in self.item_tests(query, scope, window, exp.to_identifier(each),
                                                                 position, by_position=False)))
            # only the errors name an item by its position (`samtaler[2].form`)
            assert not any(isinstance(node, exp.Identifier) and node.name == name for node in passes.walk())
            selected = exp.ArrayFilter(this=array, expression=self.lambda_(each, passes))
        else:
            selected = exp.ArrayFilter(this=positions(array), expression=self.lambda_(name, exp.and_(
                *(t for t, _ in tests))))
        error = None
        for index in reversed(range(len(tests))):
            test, test_error = tests[index]
            if error is not None:
                error = first_error(test_error, error_if(test, error))
            elif test_error is not None:
                error = test_error
        if error is None:
            return Sql(selected, first_error(*outer_errors))
        errors = exp.Transform(this=positions(array), expression=self.lambda_(name, error))
        other = self.names.fresh("e")
        met = exp.ArrayFilter(this=errors, expression=self.lambda_(other, not_null(exp.to_identifier(other))))
        return Sql(selected, first_error(*outer_errors, element(met, lit(0), safe=True)))
