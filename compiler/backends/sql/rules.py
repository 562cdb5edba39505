"""The rules as SQL: one query of findings (`fund`) and one of population rows (`population`),
each a chain of common table expressions per rule over the normalised cases (`sager`).

The chains read the normalised cases from one common table expression per list of the case a
chain reads (`_sager_samtaler`, …; `_sager` for rules reading none), with only the columns its
rules read: DuckDB materialises a table expression read by several chains, and every chain's scan of
it copies all its columns, lists included.

A rule's chain follows the interpreter's order for one case (ir/interpret.py): the benefit
table, `applies_when`, the instances (the case, the items of a query, the first item, or the
gaps between periods), per instance the version by the deciding date, the item filter, the
lets, the exceptions on the judging day, the facts and the decision table. Each step adds
columns (`SELECT *, …`); the missing data a step meets is its own error column, and the
first error in the chain (COALESCE in step order) is the instance's datafejl.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass, field
from typing import Optional

from sqlglot import exp

from ...ir import nodes as ir
from . import layout
from .expressions import (Dur, ExprWriter, Names, Scope, Sql, case, col, concat, dot, element, error_if,
                          first_error, is_null, lit, not_null, positions, text_of)

# A period still running, as an end later than any date (computed dates lie in the years 1600-2500).
SENTINEL_DAY = datetime.date(9999, 12, 31)
PARAMETERS = "parametre"  # the one-row table of the evaluation date (`skaeringsdato`)
CASES = "sager"
NORMALISED = "_sager"  # the normalised cases, a table expression per list the rules read (case_tables)

# The columns of a finding; `fakta_*` columns follow (FactColumns).
FINDING_COLUMNS = (("sag_nr", "BIGINT"), ("id", "VARCHAR"), ("regel", "VARCHAR"), ("regel_nr", "INT"),
                   ("instans", "BIGINT"), ("art", "VARCHAR"), ("besked", "VARCHAR"), ("frist", "DATE"),
                   ("element", "VARCHAR"), ("antal", "BIGINT"), ("version", "INT"), ("datafejl", "VARCHAR"),
                   ("undtagelse", "VARCHAR"))
POPULATION_COLUMNS = (("sag_nr", "BIGINT"), ("id", "VARCHAR"), ("regel", "VARCHAR"), ("regel_nr", "INT"),
                      ("gruppe", "VARCHAR"), ("krav", "DOUBLE"), ("datafejl", "VARCHAR"))


def table_name(name: str) -> exp.Identifier:
    """A common table expression's name; quoted when a list's name in it is not ASCII."""
    return exp.to_identifier(name, quoted=not name.isascii())


def typed_null(sql_type: str) -> exp.Expression:
    return exp.cast(exp.Null(), sql_type)


class FactColumns:
    """Every fact a message can name, one column each (a duration: months and days), typed by the
    IR; the same name has one type in every rule (lower.py names the facts)."""

    def __init__(self, rs: ir.RuleSet):
        self.types: dict[str, str] = {}
        for rule in rs.rules:
            if isinstance(rule.duty, ir.Duty):
                for _condition, outcome in rule.duty.decision.rows:
                    for name, value in outcome.facts:
                        kind = self.kind(value)
                        if self.types.setdefault(name, kind) != kind:
                            raise AssertionError(f"the fact {name} has two types")

    @staticmethod
    def kind(value: ir.Expr) -> str:
        t = value.type.kind
        if t == "duration":
            return "duration"
        if isinstance(value, ir.CountItems) or (isinstance(value, ir.Const) and type(value.value) is int):
            return "BIGINT"
        if isinstance(value, ir.Local) and value.name == "antal":
            return "BIGINT"
        return {"date": "DATE", "bool": "BOOLEAN", "text": "VARCHAR", "enum": "VARCHAR"}.get(t, "DOUBLE")

    def names(self) -> list[tuple[str, str]]:
        """(column, SQL type) in a fixed order."""
        result = []
        for name in sorted(self.types):
            if self.types[name] == "duration":
                result += [(f"fakta_{name}_maaneder", "INT"), (f"fakta_{name}_dage", "INT")]
            else:
                result.append((f"fakta_{name}", self.types[name]))
        return result


@dataclass
class Chain:
    """A rule's common table expressions, one step after the other."""

    prefix: str
    ctes: list[tuple[str, exp.Select]]  # the query's: the steps are numbered from 1 through it
    current: str = NORMALISED
    errors: list[str] = field(default_factory=list)
    cases: Optional[exp.Table] = None  # the first step's table of cases (named when all chains are known)

    def step(self, columns: dict[str, exp.Expression], where: Optional[exp.Expression] = None,
             error: Optional[exp.Expression] = None) -> None:
        name = f"{self.prefix}_{len(self.ctes) + 1}"
        selected = [exp.Star()]
        if error is not None:
            columns = {**columns, f"_f{len(self.errors)}": error}
            self.errors.append(f"_f{len(self.errors)}")
        selected += [exp.alias_(value, exp.to_identifier(key, quoted=True)) for key, value in columns.items()]
        source = exp.to_table(self.current)
        if self.cases is None:
            self.cases = source
        select = exp.select(*selected, copy=False).from_(source, copy=False)
        if where is not None:
            select = select.where(where, copy=False)
        self.ctes.append((name, select))
        self.current = name

    def error(self) -> exp.Expression:
        """The first error met so far."""
        if not self.errors:
            return typed_null("VARCHAR")
        return first_error(*(col(e) for e in self.errors))


class RuleQueries:
    def __init__(self, rs: ir.RuleSet):
        self.rs = rs
        self.names = Names()
        self.writer = ExprWriter(rs, self.names)
        self.facts = FactColumns(rs)
        self.evaluation_date = col("_e")

    # -------------------------------------------------------------- whole queries
    def normalised(self) -> list[exp.Expression]:
        """The columns of the normalised cases, each aliased by its name."""
        day = exp.Coalesce(this=dot(exp.to_identifier(CASES), "_skaeringsdato"),
                           expressions=[dot(exp.to_identifier(PARAMETERS), "skaeringsdato")])
        return [col("_nr"), *layout.normalised(self.rs, self.rs.case, None, self.names),
                exp.alias_(day, exp.to_identifier("_e", quoted=True))]

    def findings(self) -> exp.Expression:
        return self.query(ir.Duty, "r", self.case_rule,
                          [c for c, _ in FINDING_COLUMNS] + [c for c, _ in self.facts.names()])

    def population(self) -> exp.Expression:
        return self.query(ir.Share, "p", self.population_rule, [c for c, _ in POPULATION_COLUMNS])

    def query(self, duty: type, prefix: str, chain_of, columns: list[str]) -> exp.Expression:
        """The rows of the rules with a duty of type `duty`: the UNION of their chains (`chain_of`
        builds a rule's, its steps named by `prefix` and the rule's number) over the normalised cases."""
        normalised = self.normalised()
        ctes: list[tuple[str, exp.Select]] = []
        chains, selects = [], []
        for number, rule in enumerate(self.rs.rules):
            if isinstance(rule.duty, duty):
                chain = Chain(f"{prefix}{number}", ctes)
                first = len(ctes)
                selects.append(chain_of(rule, number, chain))
                chains.append((chain, [select for _name, select in ctes[first:]] + [selects[-1]]))
        if not selects:  # no rule of this kind: an empty table with the columns
            types = dict(FINDING_COLUMNS + POPULATION_COLUMNS) | dict(self.facts.names())
            selects = [exp.select(*(exp.alias_(typed_null(types[c]), exp.to_identifier(c, quoted=True))
                                    for c in columns)).from_(exp.to_table(NORMALISED)).where(exp.false())]
            return self.union([(NORMALISED, self.cases(normalised, None))], selects)
        return self.union(self.case_tables(normalised, chains) + ctes, selects)

    def case_tables(self, normalised: list[exp.Expression], chains) -> list[tuple[str, exp.Select]]:
        """The table expressions of normalised cases, one per set of lists a chain reads (named by them,
        in the order of the rules), with the columns its chains read; each chain's first step reads its."""
        names = {e.alias_or_name for e in normalised}
        lists = [f.name for f in self.rs.case.fields if f.type.kind == "list"]
        tables: dict[str, set[str]] = {}
        for chain, selects in chains:
            read = {c.name for select in selects for c in select.find_all(exp.Column)} & names
            name = "_".join([NORMALISED, *(list_name for list_name in lists if list_name in read)])
            tables.setdefault(name, set()).update(read)
            chain.cases.set("this", table_name(name))
        return [(name, self.cases(normalised, read)) for name, read in tables.items()]

    def cases(self, normalised: list[exp.Expression], read: Optional[set[str]]) -> exp.Select:
        """The normalised cases with the columns `read` (None: all)."""
        values = [e.copy() for e in normalised if read is None or e.alias_or_name in read]
        return exp.select(*values).from_(exp.to_table(CASES)).join(exp.to_table(PARAMETERS), join_type="CROSS")

    def union(self, ctes: list[tuple[str, exp.Select]], selects: list[exp.Select]) -> exp.Expression:
        body = selects[0]
        for select in selects[1:]:
            body = exp.union(body, select, distinct=False, copy=False)
        query = exp.select(exp.Star()).from_(exp.Subquery(this=body, alias=exp.TableAlias(
            this=exp.to_identifier("_alle"))), copy=False)
        query.set("with_", exp.With(expressions=[
            exp.CTE(this=select, alias=exp.TableAlias(this=table_name(name))) for name, select in ctes]))
        return query

    def row(self, chain: Chain, values: dict[str, exp.Expression], where: exp.Expression,
            columns: tuple[tuple[str, str], ...], extra: list[tuple[str, str]] = ()) -> exp.Select:
        """One output row per row of the chain where `where` holds, every column typed."""
        selected = []
        for name, sql_type in (*columns, *extra):
            value = values.get(name)
            value = exp.cast(value, sql_type) if value is not None else typed_null(sql_type)
            selected.append(exp.alias_(value, exp.to_identifier(name, quoted=True)))
        return exp.select(*selected, copy=False).from_(exp.to_table(chain.current), copy=False).where(
            where, copy=False)

    # ---------------------------------------------------------------- versions
    def version_number(self, versions: tuple[ir.Version, ...], day: exp.Expression) -> exp.Expression:
        whens = []
        for number, version in enumerate(versions):
            tests = []
            if version.start is not None:
                tests.append(exp.LTE(this=lit(version.start), expression=day))
            if version.end is not None:
                tests.append(exp.LTE(this=day, expression=lit(version.end)))
            whens.append((exp.and_(*tests) if tests else exp.true(), lit(number)))
        return case(*whens, default=typed_null("INT"))

    def params(self, rule: ir.Rule, scope: Scope, version: exp.Expression) -> dict[str, Sql]:
        names = [name for name, _ in rule.versions[0].values] if rule.versions else []
        params = {}
        for name in names:
            choices = [(exp.EQ(this=version, expression=lit(number)),
                        self.writer.expr(dict(v.values)[name], scope)) for number, v in enumerate(rule.versions)]
            first = choices[0][1].value
            if isinstance(first, Dur):
                value: object = Dur(case(*((c, s.value.months) for c, s in choices)),
                                    case(*((c, s.value.days) for c, s in choices)))
            else:
                value = case(*((c, s.value) for c, s in choices))
            error = first_error(*(error_if(c, s.error) for c, s in choices))
            params[name] = Sql(value, error)
        return params

    # ---------------------------------------------------------------- case rules
    def case_rule(self, rule: ir.Rule, number: int, chain: Chain) -> exp.Select:
        """One linear chain per rule (each step read once): a row that met missing data goes on
        as the rule's one datafejl (instance -1), every other row is an instance being judged."""
        duty: ir.Duty = rule.duty
        scope = Scope(self.evaluation_date)
        where = None
        if self.rs.tests_benefit(rule):
            benefit = col(self.rs.benefit_field)
            where = exp.or_(is_null(benefit), exp.In(this=benefit, expressions=[lit(b) for b in rule.benefits]))
        applies = self.writer.expr(rule.applies_when, scope) if rule.applies_when is not None else Sql(exp.true())
        chain.step({"_a": applies.value}, where=where, error=applies.error)
        chain.step({}, where=exp.or_(not_null(chain.error()), col("_a")))
        instance = duty.instance
        if not isinstance(instance, ir.PerCase):
            found = self.writer.query(instance.query, scope)
            chain.step({"_q": found.value}, error=error_if(is_null(chain.error()), found.error))
        item_scope, ordinal = self.instances(instance, chain, scope)
        return self.judge(rule, number, chain, item_scope, ordinal)

    def finding(self, rule: ir.Rule, number: int, ordinal: exp.Expression, kind: exp.Expression) -> dict:
        return {"sag_nr": col("_nr"), "id": col("id"), "regel": lit(rule.name), "regel_nr": lit(number),
                "instans": ordinal, "art": kind}

    def explode(self, chain: Chain, array: exp.Expression) -> exp.Expression:
        """One row per element of `array`; a row that met missing data stays one row (-1)."""
        return exp.Explode(this=case((not_null(chain.error()), exp.Array(expressions=[lit(-1)])), default=array))

    def instances(self, instance: ir.Instance, chain: Chain, scope: Scope):
        """Turn the chain's rows into one row per instance; the item scope and the instance's ordinal."""
        if isinstance(instance, ir.PerCase):
            return scope, lit(0)
        list_field = instance.query.list_field
        kind = instance.query.kind
        if isinstance(instance, ir.PerItem):
            chain.step({"_i": self.explode(chain, col("_q"))})
            return scope.with_item(list_field, col("_i")), col("_i")
        if isinstance(instance, ir.FirstItem):
            chain.step({"_m": self.moments_min(list_field, kind, col("_q"))})
            tied = self.lambda_filter(col("_q"), lambda p: exp.EQ(this=dot(element(col(list_field), p), kind.moment),
                                                                  expression=col("_m")))
            chain.step({"_t": tied})
            first = element(col("_t"), lit(0), safe=True)
            error = None
            if instance.prefer is not None:
                name = self.names.fresh("p")
                prefer = self.writer.expr(instance.prefer, scope.with_item(list_field, exp.to_identifier(name)))
                meeting = exp.ArrayFilter(this=col("_t"), expression=exp.Lambda(
                    this=prefer.value, expressions=[exp.to_identifier(name)]))
                first = exp.Coalesce(this=element(meeting, lit(0), safe=True), expressions=[first])
                if prefer.error is not None:
                    errors = exp.Transform(this=col("_t"), expression=exp.Lambda(
                        this=prefer.error, expressions=[exp.to_identifier(name)]))
                    error = element(self.lambda_filter(errors, not_null), lit(0), safe=True)
            chain.step({"_i": first}, error=error_if(is_null(chain.error()), error))
            chain.step({}, where=exp.or_(not_null(col("_i")), not_null(chain.error())))
            return scope.with_item(list_field, col("_i")), lit(0)
        return self.gaps(instance, chain, scope)

    def moments_min(self, list_field: str, kind: ir.ItemKind, found: exp.Expression) -> exp.Expression:
        return exp.ArrayMin(this=self.lambda_map(found, lambda p: dot(element(col(list_field), p), kind.moment)))

    def lambda_filter(self, array: exp.Expression, test) -> exp.Expression:
        name = self.names.fresh("p")
        return exp.ArrayFilter(this=array, expression=exp.Lambda(this=test(exp.to_identifier(name)),
                                                                  expressions=[exp.to_identifier(name)]))

    def lambda_map(self, array: exp.Expression, body) -> exp.Expression:
        name = self.names.fresh("p")
        return exp.Transform(this=array, expression=exp.Lambda(this=body(exp.to_identifier(name)),
                                                                expressions=[exp.to_identifier(name)]))

    def gaps(self, instance: ir.PerGap, chain: Chain, scope: Scope):
        """The gaps between the query's periods (see PerGap): sorted by (start, position), an end
        still running as SENTINEL_DAY; after sorted position k the merged end is the running
        maximum M_k of the ends (an item starting after a gap ends after it), and a gap follows k
        when M_k is a real end and the next period starts after it. Its item is the last one
        (in that order) ending on M_k; an end before its start is a datafejl for the rule."""
        query = instance.query
        list_field, kind = query.list_field, query.kind
        array = col(list_field)

        def period(p):
            item = element(array, p)
            end = self.writer.effective_end(kind, list_field, item, p, scope)
            return exp.Struct(expressions=[
                exp.PropertyEQ(this=exp.to_identifier("s"), expression=dot(item, kind.moment)),
                exp.PropertyEQ(this=exp.to_identifier("i"), expression=p),
                exp.PropertyEQ(this=exp.to_identifier("e"), expression=exp.Coalesce(
                    this=end.value, expressions=[lit(SENTINEL_DAY)]))])

        def error(p):
            return self.writer.effective_end(kind, list_field, element(array, p), p, scope).error

        errors = self.lambda_filter(self.lambda_map(col("_q"), error), not_null)
        chain.step({"_p": exp.ArraySort(this=self.lambda_map(col("_q"), period))},
                   error=error_if(is_null(chain.error()), element(errors, lit(0), safe=True)))
        sorted_ = col("_p")
        size = exp.ArraySize(this=sorted_)

        def running_max(k):
            upto = self.lambda_filter(positions(sorted_), lambda j: exp.LTE(this=j, expression=k))
            return exp.ArrayMax(this=self.lambda_map(upto, lambda j: dot(element(sorted_, j), "e")))

        chain.step({"_r": self.lambda_map(positions(sorted_), running_max)})
        last = exp.Sub(this=size, expression=lit(1))

        def next_start(k):
            return dot(element(sorted_, exp.Add(this=k, expression=lit(1)), safe=True), "s")

        def is_gap(k):
            m = element(col("_r"), k)
            return exp.and_(exp.NEQ(this=m, expression=lit(SENTINEL_DAY)),
                            exp.or_(exp.EQ(this=k, expression=last), exp.GT(this=next_start(k), expression=m)))

        chain.step({"_gaps": self.lambda_filter(positions(sorted_), is_gap)})
        chain.step({"_k": self.explode(chain, col("_gaps"))})
        k = col("_k")
        m = element(col("_r"), k, safe=True)
        ending = self.lambda_filter(positions(sorted_), lambda j: exp.and_(
            exp.LTE(this=j, expression=k), exp.EQ(this=dot(element(sorted_, j), "e"), expression=m)))
        chain.step({"_i": dot(element(sorted_, exp.ArrayMax(this=ending), safe=True), "i"),
                    "_l_ende": m,
                    "_l_naeste": case((exp.LT(this=k, expression=last), next_start(k)), default=typed_null("DATE"))})
        inner = scope.with_item(list_field, col("_i"))
        inner.locals = {**scope.locals, "ende": Sql(col("_l_ende")), "naeste": Sql(col("_l_naeste"))}
        return inner, k

    # ------------------------------------------------------------------ judging
    def judge(self, rule: ir.Rule, number: int, chain: Chain, scope: Scope, ordinal: exp.Expression) -> exp.Select:
        duty: ir.Duty = rule.duty
        early = chain.error()  # missing data met before the instances: the rule's one datafejl
        ok = lambda: is_null(chain.error())  # noqa: E731 (the error so far, at each step)
        if rule.deciding_date is not None:
            deciding = self.writer.expr(rule.deciding_date, scope)
            chain.step({"_d": deciding.value}, error=error_if(ok(), deciding.error))
            chain.step({"_v": self.version_number(rule.versions, col("_d"))})
            chain.step({}, where=exp.or_(not_null(chain.error()), not_null(col("_v"))))
            scope.params = self.params(rule, scope, col("_v"))
            if any(p.error is not None for p in scope.params.values()):
                chain.step({}, error=error_if(ok(), first_error(*(p.error for p in scope.params.values()))))
        elif rule.versions and rule.versions[0].values:
            scope.params = self.params(rule, scope, lit(0))
        if isinstance(duty.instance, ir.PerItem) and duty.instance.filter is not None:
            selected = self.writer.expr(duty.instance.filter, scope)
            chain.step({"_s": selected.value}, error=error_if(ok(), selected.error))
            chain.step({}, where=exp.or_(not_null(chain.error()), col("_s")))
        for let in duty.lets:
            self.let(chain, scope, let, ok())
        day = self.writer.expr(duty.judging_day, scope)
        chain.step({"_j": day.value}, error=error_if(ok(), day.error))
        self.exceptions(rule, chain, scope)
        going = exp.and_(ok(), is_null(col("_x")))
        for let in duty.facts:
            self.let(chain, scope, let, going)
        self.decide(duty, chain, scope, exp.and_(ok(), is_null(col("_x"))))
        return self.outcome_row(rule, number, chain, scope, case((not_null(early), lit(-1)), default=ordinal))

    def let(self, chain: Chain, scope: Scope, let: ir.Let, only_if: exp.Expression) -> None:
        value = self.writer.expr(let.value, scope)
        error = error_if(only_if, value.error)
        column = f"_l_{let.name}"
        if isinstance(value.value, Dur):
            chain.step({f"{column}_m": value.value.months, f"{column}_d": value.value.days}, error=error)
            scope.locals[let.name] = Sql(Dur(col(f"{column}_m"), col(f"{column}_d")))
        else:
            chain.step({column: value.value}, error=error)
            scope.locals[let.name] = Sql(col(column))

    def exceptions(self, rule: ir.Rule, chain: Chain, scope: Scope) -> None:
        """The first exception that applies (its name in `_x`), asked in order; see ExceptionIR."""
        applied = []
        errors = []
        for name in rule.exceptions:
            exception = self.rs.exception(name)
            inner = Scope(self.evaluation_date, judging_day=col("_j"))
            condition = self.writer.expr(exception.condition, inner)
            deciding = self.writer.expr(exception.deciding_date, inner)
            in_force = exp.NEQ(this=exp.Coalesce(this=self.version_number(exception.versions, deciding.value),
                                                 expressions=[lit(-1)]), expression=lit(-1))
            covers = self.writer.expr(exception.covers, inner) if exception.covers is not None else Sql(exp.true())
            applies = exp.and_(condition.value, in_force, covers.value)
            error = first_error(condition.error, error_if(condition.value, first_error(
                deciding.error, error_if(in_force, covers.error))))
            earlier = exp.and_(*(exp.Not(this=exp.paren(a)) for a in applied)) if applied else None
            errors.append(error if earlier is None or error is None else error_if(earlier, error))
            applied.append(applies)
        value = case(*((a, lit(name)) for a, name in zip(applied, rule.exceptions)), default=typed_null("VARCHAR")) \
            if applied else typed_null("VARCHAR")
        ok = is_null(chain.error())
        chain.step({"_x": case((ok, value), default=typed_null("VARCHAR"))}, error=error_if(ok, first_error(*errors)))

    def decide(self, duty: ir.Duty, chain: Chain, scope: Scope, going: exp.Expression) -> None:
        whens, error = [], None
        conditions = []
        for number, (condition, _outcome) in enumerate(duty.decision.rows):
            if condition is None:
                whens.append((exp.true(), lit(number)))
                break
            test = self.writer.expr(condition, scope)
            whens.append((test.value, lit(number)))
            conditions.append(test)
        # the error of row n's condition counts when every earlier condition was false
        for index in reversed(range(len(conditions))):
            test = conditions[index]
            if error is not None:
                error = first_error(test.error, error_if(exp.Not(this=exp.paren(test.value)), error))
            elif test.error is not None:
                error = test.error
        chain.step({"_o": case(*whens)}, error=error_if(going, error))

    def outcome_row(self, rule: ir.Rule, number: int, chain: Chain, scope: Scope,
                    ordinal: exp.Expression) -> exp.Select:
        """The instance's finding: its datafejl, its exception, or the outcome of the decision
        when it is reported (overtrådt, frist) with its facts; other instances give no row."""
        duty: ir.Duty = rule.duty
        error = chain.error()
        emitted = [(n, o) for n, (_c, o) in enumerate(duty.decision.rows) if o.kind in ("overtrådt", "frist")]
        judged = exp.and_(is_null(error), is_null(col("_x")))
        chosen = {n: exp.and_(judged, exp.EQ(this=col("_o"), expression=lit(n))) for n, _ in emitted}

        def by_outcome(pick) -> exp.Expression:
            whens = [(chosen[n], value) for n, o in emitted if (value := pick(o)) is not None]
            return case(*whens) if whens else exp.Null()

        kind = case((not_null(error), lit("datafejl")), (not_null(col("_x")), lit("undtaget")),
                    *((chosen[n], lit(o.kind)) for n, o in emitted))
        values = self.finding(rule, number, ordinal, kind)
        values["datafejl"] = error
        values["undtagelse"] = case((is_null(error), col("_x")))
        values["besked"] = by_outcome(lambda o: lit(o.message))
        values["frist"] = by_outcome(lambda o: self.writer.expr(o.frist, scope).value if o.frist else None)
        values["antal"] = by_outcome(lambda o: self.writer.expr(o.count, scope).value if o.count else None)
        if any(v.citations for v in rule.versions):  # the version that judged, for the sources it cites
            values["version"] = case((judged, col("_v")))
        if duty.item_label:
            values["element"] = case((is_null(error), concat(lit(f"{scope.item[0]}["), text_of(scope.item[1]),
                                                                lit("]"))))
        for name, fact_kind in self.facts.types.items():
            def fact(o, part=None):
                facts = dict(o.facts)
                if name not in facts:
                    return None
                value = self.writer.expr(facts[name], scope).value
                return getattr(value, part) if part else value
            if fact_kind == "duration":
                values[f"fakta_{name}_maaneder"] = by_outcome(lambda o: fact(o, "months"))
                values[f"fakta_{name}_dage"] = by_outcome(lambda o: fact(o, "days"))
            else:
                values[f"fakta_{name}"] = by_outcome(fact)
        chain.step({"_art": kind})
        values["art"] = col("_art")
        return self.row(chain, values, not_null(col("_art")), FINDING_COLUMNS, self.facts.names())

    # ---------------------------------------------------------------- population
    def population_rule(self, rule: ir.Rule, number: int, chain: Chain) -> exp.Select:
        share: ir.Share = rule.duty
        scope = Scope(self.evaluation_date)
        applies = self.writer.expr(rule.applies_when, scope) if rule.applies_when is not None else Sql(exp.true())
        chain.step({"_a": applies.value}, error=applies.error)
        going = exp.and_(is_null(chain.error()), col("_a"))
        version = lit(0)
        if rule.deciding_date is not None:
            deciding = self.writer.expr(rule.deciding_date, scope)
            chain.step({"_d": deciding.value}, error=error_if(going, deciding.error))
            chain.step({"_v": self.version_number(rule.versions, col("_d"))})
            version = col("_v")
            going = exp.and_(is_null(chain.error()), col("_a"), not_null(col("_v")))
        scope.params = self.params(rule, scope, version)
        condition, minimum = self.writer.expr(share.condition, scope), self.writer.expr(share.minimum, scope)
        params_error = first_error(*(p.error for p in scope.params.values()))
        chain.step({"_c": condition.value, "_k": minimum.value},
                   error=error_if(going, first_error(params_error, condition.error,
                                                     error_if(exp.true(), minimum.error))))
        error = chain.error()
        group = case((not_null(error), lit("datafejl")), (col("_c"), lit("tæller")), default=lit("tæller_ikke"))
        values = {"sag_nr": col("_nr"), "id": col("id"), "regel": lit(rule.name), "regel_nr": lit(number),
                  "gruppe": group, "krav": case((is_null(error), col("_k"))), "datafejl": error}
        return self.row(chain, values, exp.or_(not_null(error), going), POPULATION_COLUMNS)
