"""Reading a caseload in DuckDB as the generated validators' reader reads it (generated/sql/duckdb/).

`laes_json.sql` reads JSON text, one record per row of the table `linjer` (column `tekst`, the rows
in input order), into the table layout (layout.py); `tjek.sql` checks the rows of a table already in
the layout (`raekker`). Each says of every record whether the Python reader certainly takes it as it
stands, with the same values (`_gyldig`). A record either cannot vouch for is handed to the Python
reader itself (`regel valider --motor duckdb` does), which gives the Python path's verdict and
message; so these checks may be stricter than the reader, never laxer:

* JSON that DuckDB reads but Python's json does not (a trailing comma, `nan`, `inf`: found by
  comparing the two on fuzzed text), an integer of a thousand digits or more, a key twice in one
  object, a brace or bracket that no field accounts for (an unknown key with a list or object as
  its value), a date written with an escape, or an integer of more than 15 digits in a number field
  (a DOUBLE holds only integers up to 2^53 exactly) make the record one for the Python reader;
* an unknown key is listed in `_ukendte` (its place `sti` and the key): the reader refuses a key
  that is a misspelling of a field, which only the Python reader can tell.

Each JSON object is parsed once by `json_transform` (its fields as JSON text) and once by
`json_keys`; a list once more, into its items. A line is parsed only when `json_valid` takes it
(TRY alone would redo row by row every chunk that holds a line that is not JSON). The case's lists
and records are judged in columns of their own: inside a lambda, every column it names would be
copied into each item.
"""

from __future__ import annotations

import json
from typing import Callable, Optional

from sqlglot import exp

from ...ir import nodes as ir
from ...jsontext import LONG_NUMBER, NAN_OR_INFINITY, TRAILING_COMMA
from ...runtime.laesning import FOERSTE_AAR, SIDSTE_AAR
from .expressions import BLANK, Names, col, dot, element, is_null, lit, not_null
from .layout import sql_type

LINES, ROWS = "linjer", "raekker"  # the input tables of laes_json.sql and tjek.sql
VALID, UNKNOWN, BLANK_LINE = "_gyldig", "_ukendte", "_tom"
ISO_DATE = '^"[0-9]{4}-[0-9]{2}-[0-9]{2}"$'  # a date as the reader takes it, as JSON text without escapes
EXACT_DIGITS = 15  # an integer of at most so many digits is exact as a DOUBLE


def and_(*tests: exp.Expression) -> exp.Expression:
    return exp.and_(*tests, copy=False)  # (sqlglot copies the trees it combines by default)


def or_(*tests: exp.Expression) -> exp.Expression:
    return exp.or_(*tests, copy=False)


def alias(e: exp.Expression, name) -> exp.Expression:
    return exp.alias_(e, name, copy=False)


def fn(name: str, *args: exp.Expression) -> exp.Expression:
    return exp.Anonymous(this=name, expressions=list(args))


def struct(**values: exp.Expression) -> exp.Expression:
    return exp.Struct(expressions=[exp.PropertyEQ(this=exp.to_identifier(k, quoted=True), expression=v)
                                   for k, v in values.items()])


def all_of(*tests: exp.Expression) -> exp.Expression:
    tests = tuple(t for t in tests if t != exp.true())
    return and_(*tests) if tests else exp.true()


def lam(names: Names, stem: str, body: Callable[[exp.Expression], exp.Expression]) -> exp.Lambda:
    name = exp.to_identifier(names.fresh(stem))
    return exp.Lambda(this=body(name), expressions=[name])


def braces(e: exp.Expression) -> exp.Expression:
    """How many { and [ the text holds (bytes: a brace is one byte in UTF-8)."""
    stripped = fn("replace", fn("replace", e, lit("{"), lit("")), lit("["), lit(""))
    return exp.Sub(this=fn("strlen", e), expression=fn("strlen", stripped))


def starts(e: exp.Expression, char: str) -> exp.Expression:
    return fn("starts_with", e, lit(char))


class Reading:
    def __init__(self, rule_set: ir.RuleSet):
        self.rs = rule_set
        self.names = Names()

    def is_id(self, record: ir.Record, f: ir.Field) -> bool:
        """The case's id, read by the reader's `sags_id` (a text that is not blank)."""
        return record.name == self.rs.case_record and f.name == "id" and f.basic == "tekst" and f.required

    # ------------------------------------------------------------ values as the reader gives them
    def value_check(self, record: ir.Record, f: ir.Field, v: exp.Expression) -> exp.Expression:
        """A value of a field that is no list or record, as the reader takes it (NULL: absent)."""
        if f.type.kind == "enum":
            inner = exp.In(this=v, expressions=[lit(value) for value in self.rs.enum(f.type.name).values])
        elif f.basic == "dato":
            inner = exp.Between(this=exp.Year(this=v), low=lit(FOERSTE_AAR), high=lit(SIDSTE_AAR))
        elif self.is_id(record, f):
            inner = exp.Not(this=exp.RegexpLike(this=v, expression=lit(BLANK)))
        elif f.basic in ("tekst", "sandhedsværdi"):
            return not_null(v) if f.required else exp.true()
        else:
            inner = fn("isfinite", v)
            if f.minimum is not None:
                inner = and_(inner, exp.GTE(this=v, expression=lit(f.minimum)))
        if f.required:
            return and_(not_null(v), inner)
        return or_(is_null(v), exp.paren(inner))

    def in_order(self, record: ir.Record, value: Callable[[str], exp.Expression]) -> exp.Expression:
        if not record.period_in_order:
            return exp.true()
        start, end = (value(name) for name in record.period_in_order)
        return or_(is_null(end), exp.GTE(this=end, expression=start))

    def typed_check(self, record: ir.Record, value: Callable[[str], exp.Expression]) -> exp.Expression:
        """The record's typed values (`value(name)`) are what the reader gives for a valid record."""
        tests = []
        for f in record.fields:
            v = value(f.name)
            if f.type.kind == "list":
                item = self.rs.record(f.type.name)
                each = lam(self.names, "x", lambda x: and_(
                    not_null(x), self.typed_check(item, lambda name: dot(x, name))))
                tests.append(exp.Coalesce(this=fn("list_bool_and", exp.Transform(this=v, expression=each)),
                                          expressions=[exp.true()]))
            elif f.type.kind == "record":
                inner = self.typed_check(self.rs.record(f.type.name), lambda name: dot(v, name))
                tests.append(and_(not_null(v), inner) if f.required else or_(is_null(v), exp.paren(inner)))
            else:
                tests.append(self.value_check(record, f, v))
        return all_of(*tests, self.in_order(record, value))

    def check_rows(self) -> exp.Select:
        """tjek.sql: every row of `raekker` with `_gyldig`."""
        case = self.rs.record(self.rs.case_record)
        valid = exp.Coalesce(this=self.typed_check(case, col), expressions=[exp.false()])
        return exp.select(exp.Star(), alias(valid, VALID), copy=False).from_(ROWS, copy=False)

    # ------------------------------------------------------------ JSON text (laes_json.sql)
    def read_lines(self) -> exp.Select:
        """laes_json.sql: every row of `linjer` as the layout's columns, with `_tom`, `_gyldig`, `_ukendte`.
        Stages, each a subquery: parse the line; judge its lists and records; read its values; judge it."""
        case = self.rs.record(self.rs.case_record)
        line = col("tekst")
        blank = or_(is_null(line), exp.RegexpLike(this=line, expression=lit("^[ \t\r\n]*$")))
        is_json = and_(exp.Not(this=exp.paren(blank)), fn("json_valid", line))
        parsed = exp.Case(ifs=[exp.If(this=is_json, true=struct(
            t=line, v=fn("try", fn("json_transform", line, self.structure(case))), k=fn("try", fn("json_keys", line))))])
        stage = exp.select(alias(blank, BLANK_LINE), line, alias(parsed, "_p"), copy=False).from_(LINES, copy=False)
        containers = [f for f in case.fields if f.type.kind in ("list", "record")]
        children = {f.name: f"_c{i}" for i, f in enumerate(containers)}
        stage = self.then(stage, *(alias(self.child(f, dot(dot(col("_p"), "v"), f.name), ""), children[f.name])
                                   for f in containers))
        stage = self.then(stage, alias(self.read(case, col("_p"), {n: col(c) for n, c in children.items()}), "_l"))
        stage = self.then(stage, alias(self.checked(case, col("_l"), {n: col(c) for n, c in children.items()},
                                                         ""), "_r"))
        result = col("_r")
        long_number = and_(exp.GT(this=fn("strlen", line), expression=lit(LONG_NUMBER[0])),
                           exp.RegexpLike(this=line, expression=lit(LONG_NUMBER[1])))
        valid = all_of(exp.Not(this=col(BLANK_LINE)), dot(result, "ok"), dot(result, "exact"),
                       *(exp.Not(this=exp.RegexpLike(this=line, expression=lit(p)))
                         for p in (TRAILING_COMMA, *NAN_OR_INFINITY)), exp.Not(this=exp.paren(long_number)))
        values = dot(col("_l"), "val")
        return exp.select(
            col(BLANK_LINE),
            alias(exp.Coalesce(this=valid, expressions=[exp.false()]), VALID),
            alias(dot(result, "ukendte"), UNKNOWN),
            *(alias(exp.cast(dot(values, f.name), sql_type(self.rs, f)), exp.to_identifier(f.name, quoted=True))
              for f in case.fields),
            copy=False,
        ).from_(alias(exp.Subquery(this=stage), "_s"), copy=False)

    def then(self, stage: exp.Select, *columns: exp.Expression) -> exp.Select:
        return exp.select(exp.Star(), *columns, copy=False).from_(
            alias(exp.Subquery(this=stage), self.names.fresh("s")), copy=False)

    def structure(self, record: ir.Record) -> exp.Expression:
        """json_transform's structure: every field as its JSON text."""
        return lit(json.dumps({f.name: "JSON" for f in record.fields}, ensure_ascii=False))

    def child(self, f: ir.Field, t: exp.Expression, path: str) -> exp.Expression:
        """A list's items, or a record (as a one-item list's item), judged: each is written by DuckDB
        (no spaces), parsed, read and judged, a stage each."""
        record = self.rs.record(f.type.name)
        inner_path = f"{path}.{f.name}" if path else f.name
        items = (exp.Array(expressions=[t]) if f.type.kind == "record"
                 else fn("json_transform", t, lit('["JSON"]')))
        stage = self.each(items, lambda e: struct(t=e, v=fn("json_transform", e, self.structure(record))))
        nested = [g for g in record.fields if g.type.kind in ("list", "record")]  # rare: lists in an item
        if nested:
            stage = self.each(stage, lambda q: struct(p=q, **{f"c{i}": self.child(g, dot(dot(q, "v"), g.name),
                                                                                  inner_path)
                                                              for i, g in enumerate(nested)}))
            kids = lambda q: {g.name: dot(q, f"c{i}") for i, g in enumerate(nested)}  # noqa: E731
            stage = self.each(stage, lambda q: struct(l=self.read(record, dot(q, "p"), kids(q)), **{
                f"c{i}": dot(q, f"c{i}") for i in range(len(nested))}))
            stage = self.each(stage, lambda q: self.checked(record, dot(q, "l"), kids(q), inner_path, True))
        else:
            stage = self.each(stage, lambda q: self.read(record, q, {}))
            stage = self.each(stage, lambda q: self.checked(record, q, {}, inner_path, True))
        return element(stage, lit(0)) if f.type.kind == "record" else stage

    def read(self, record: ir.Record, p: exp.Expression, children: dict[str, exp.Expression]) -> exp.Expression:
        """{t, k?, s, val}: the object's text (and keys), each field's JSON text, and its values."""
        leaves, values = {}, {}
        for f in record.fields:
            s = exp.cast(dot(dot(p, "v"), f.name), "VARCHAR", copy=False)
            leaves[f.name] = s
            if f.name not in children:
                values[f.name] = self.scalar(f, s)[1]
            elif f.type.kind == "record":
                values[f.name] = exp.Case(ifs=[exp.If(this=not_null(s), true=dot(children[f.name], "val"))])
            else:
                values[f.name] = self.each(children[f.name], lambda x: dot(x, "val"))
        keys = {"k": dot(p, "k")} if record.name == self.rs.case_record else {}
        return struct(t=dot(p, "t"), **keys, s=struct(**leaves), val=struct(**values))

    def checked(self, record: ir.Record, r: exp.Expression, children: dict[str, exp.Expression],
                path: str, with_values: bool = False) -> exp.Expression:
        """{ok, exact, ukendte} of an object read as `r` ({t, k?, s, val}), its lists and records judged
        (an item also with its values, `val`)."""
        t, leaf, value = dot(r, "t"), (lambda name: dot(dot(r, "s"), name)), (lambda name: dot(dot(r, "val"), name))
        # Only free text and lists and records can hold a brace and still pass their own tests.
        accounted = lit(1)
        for f in record.fields:
            if f.name in children or (f.basic == "tekst" and f.type.kind != "enum"):
                accounted = exp.Add(this=accounted, expression=braces(exp.Coalesce(this=leaf(f.name),
                                                                                   expressions=[lit("")])))

        def keys_ok(keys: exp.Expression) -> exp.Expression:
            distinct = exp.EQ(this=exp.ArraySize(this=keys), expression=fn("list_unique", keys))
            return and_(distinct, exp.EQ(this=braces(t), expression=accounted))

        if path:  # an item, as DuckDB wrote it: its length tells whether it holds just its fields, once each
            keys = fn("json_keys", t)
            only_fields = exp.EQ(this=fn("strlen", t), expression=self.written_length(record, leaf))
            ok = [starts(t, "{"), exp.Case(ifs=[exp.If(this=only_fields, true=exp.true())], default=keys_ok(keys))]
            unknown = [exp.Case(ifs=[exp.If(this=only_fields, true=exp.Array(expressions=[]))],
                                default=self.unknown_keys(record, keys, path))]
        else:
            keys = dot(r, "k")
            ok = [starts(t, "{"), keys_ok(keys)]
            unknown = [self.unknown_keys(record, keys, path)]
        exact = []
        for f in record.fields:
            s = leaf(f.name)
            if f.name not in children:
                shape, _value, is_exact = self.scalar(f, s)
                ok += [or_(is_null(s), exp.paren(shape)), self.value_check(record, f, value(f.name))]
                if is_exact is not None:
                    exact.append(or_(is_null(s), exp.paren(is_exact)))
                continue
            c = children[f.name]
            if f.type.kind == "record":
                ok.append(and_(not_null(s), dot(c, "ok")) if f.required else or_(is_null(s), dot(c, "ok")))
                exact.append(or_(is_null(s), dot(c, "exact")))
                unknown.append(exp.Coalesce(this=dot(c, "ukendte"), expressions=[exp.Array(expressions=[])]))
            else:
                ok.append(or_(is_null(s), and_(starts(s, "["), self.every(c, lambda x: and_(
                    not_null(x), dot(x, "ok"))))))
                exact.append(or_(is_null(s), self.every(c, lambda x: or_(is_null(x), dot(x, "exact")))))
                unknown.append(fn("flatten", self.each(c, lambda x: dot(x, "ukendte"))))
        ok.append(self.in_order(record, value))
        ukendte = unknown[0]
        for more in unknown[1:]:
            ukendte = fn("list_concat", ukendte, more)
        values = {"val": dot(r, "val")} if with_values else {}
        return struct(ok=exp.Coalesce(this=all_of(*ok), expressions=[exp.false()]), exact=all_of(*exact),
                      ukendte=ukendte, **values)

    def written_length(self, record: ir.Record, leaf: Callable[[str], exp.Expression]) -> exp.Expression:
        """The bytes of `{"f":value,…}` with exactly the fields that have a value, as DuckDB writes JSON."""
        total = lit(1)
        for f in record.fields:
            key = len(json.dumps(f.name, ensure_ascii=False).encode("utf-8")) + 2  # the key, ':' and ',' or '}'
            total = exp.Add(this=total, expression=exp.Coalesce(
                this=exp.Add(this=lit(key), expression=fn("strlen", leaf(f.name))), expressions=[lit(0)]))
        return total

    def scalar(self, f: ir.Field, s: exp.Expression) -> tuple[exp.Expression, exp.Expression, Optional[exp.Expression]]:
        """(the JSON text `s` has the field's JSON type, the value it gives, whether that value is exact)."""
        if f.type.kind == "enum":  # its values are names: as JSON text, each is itself in quotes
            quoted = [lit(json.dumps(value, ensure_ascii=False)) for value in self.rs.enum(f.type.name).values]
            return exp.In(this=s, expressions=quoted), unquoted(s), None
        if f.basic == "tekst":
            return starts(s, '"'), json_string(s), None
        if f.basic == "dato":
            day = exp.TryCast(this=unquoted(s), to=exp.DataType.build("DATE"))
            return exp.RegexpLike(this=s, expression=lit(ISO_DATE)), day, None
        if f.basic == "sandhedsværdi":
            return exp.In(this=s, expressions=[lit("true"), lit("false")]), exp.EQ(this=s, expression=lit("true")), None
        number = exp.TryCast(this=s, to=exp.DataType.build("DOUBLE"))
        digit_first = exp.In(this=fn("left", s, lit(1)), expressions=[lit("-"), *(lit(str(d)) for d in range(10))])
        exact = or_(exp.RegexpLike(this=s, expression=lit("[.eE]")),
                        exp.LTE(this=fn("strlen", fn("ltrim", s, lit("-"))), expression=lit(EXACT_DIGITS)))
        return digit_first, number, exact

    def unknown_keys(self, record: ir.Record, keys: exp.Expression, path: str) -> exp.Expression:
        """[{sti, noegle}] for each key of the object that is no field of `record`."""
        known = exp.Array(expressions=[lit(f.name) for f in record.fields])
        unknown = exp.ArrayFilter(this=keys, expression=lam(self.names, "k", lambda k: exp.Not(
            this=fn("list_contains", known, k))))
        return exp.Transform(this=unknown, expression=lam(self.names, "k", lambda k: struct(sti=lit(path), noegle=k)))

    def each(self, items: exp.Expression, body: Callable[[exp.Expression], exp.Expression]) -> exp.Expression:
        return exp.Transform(this=items, expression=lam(self.names, "y", body))

    def every(self, items: exp.Expression, test: Callable[[exp.Expression], exp.Expression]) -> exp.Expression:
        return exp.Coalesce(this=fn("list_bool_and", self.each(items, test)), expressions=[exp.true()])


def unquoted(s: exp.Expression) -> exp.Expression:
    return exp.Substring(this=s, start=lit(2), length=exp.Sub(this=exp.Length(this=s), expression=lit(2)))


def json_string(s: exp.Expression) -> exp.Expression:
    """The text of a JSON string (`s`, the quotes included); only a text with an escape is parsed."""
    return exp.Case(ifs=[exp.If(this=exp.Not(this=fn("contains", s, lit("\\"))), true=unquoted(s))],
                    default=fn("json_extract_string", s, lit("$")))


def rendered(rule_set: ir.RuleSet, render: Callable[[exp.Expression, str], str]) -> dict[str, str]:
    """The DuckDB-only reading queries, rendered, by file name. They follow the data model alone, which
    edits of rules mostly leave as it is: the last few are kept."""
    key = (rule_set.records, rule_set.enums, rule_set.case_record)
    if key not in _RENDERED:
        while len(_RENDERED) >= 4:
            _RENDERED.pop(next(iter(_RENDERED)))
        _RENDERED[key] = {"laes_json.sql": render(Reading(rule_set).read_lines(), "duckdb"),
                          "tjek.sql": render(Reading(rule_set).check_rows(), "duckdb")}
    return _RENDERED[key]


_RENDERED: dict[tuple, dict[str, str]] = {}
