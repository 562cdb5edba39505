"""The table layout of a caseload in SQL: one row per case, a column per field of `Sag`, a
list as an array of structs, a record as a struct (see the README written beside the SQL).

`normalised` gives what the reader of the generated Python package gives for a valid record:
an absent list is empty and an absent value with a `standard` has it.
"""

from __future__ import annotations

from sqlglot import exp

from ...ir import nodes as ir
from .expressions import col, dot, lit

SCALAR = {"tekst": "VARCHAR", "sandhedsværdi": "BOOLEAN", "dato": "DATE"}  # the others are numbers


def sql_type(rs: ir.RuleSet, declared: ir.Field) -> exp.DataType:
    t = declared.type
    if t.kind == "list":
        return exp.DataType(this=exp.DataType.Type.ARRAY, expressions=[record_type(rs, rs.record(t.name))],
                            nested=True)
    if t.kind == "record":
        return record_type(rs, rs.record(t.name))
    if t.kind == "enum":
        return exp.DataType.build("VARCHAR")
    return exp.DataType.build(SCALAR.get(declared.basic, "DOUBLE"))


def record_type(rs: ir.RuleSet, record: ir.Record) -> exp.DataType:
    return exp.DataType(this=exp.DataType.Type.STRUCT, nested=True, expressions=[
        exp.ColumnDef(this=exp.to_identifier(f.name, quoted=True), kind=sql_type(rs, f)) for f in record.fields])


def columns(rs: ir.RuleSet) -> list[tuple[str, exp.DataType]]:
    return [(f.name, sql_type(rs, f)) for f in rs.case.fields]


def create_table(rs: ir.RuleSet, name: str) -> exp.Create:
    schema = exp.Schema(this=exp.to_table(name), expressions=[
        exp.ColumnDef(this=exp.to_identifier(n, quoted=True), kind=t) for n, t in [
            ("_nr", exp.DataType.build("BIGINT")), ("_skaeringsdato", exp.DataType.build("DATE")), *columns(rs)]])
    return exp.Create(this=schema, kind="TABLE")


def normalised(rs: ir.RuleSet, record: ir.Record, source: exp.Expression | None, names) -> list[exp.Expression]:
    """The fields of `record` (read from `source`, the case's columns when None) with the reader's
    defaults, as (aliased) expressions."""
    values = []
    for f in record.fields:
        value = col(f.name) if source is None else dot(source, f.name)
        value = normalise_field(rs, f, value, names)
        values.append(exp.alias_(value, exp.to_identifier(f.name, quoted=True)) if source is None
                      else exp.PropertyEQ(this=exp.to_identifier(f.name, quoted=True), expression=value))
    return values


def normalise_field(rs: ir.RuleSet, f: ir.Field, value: exp.Expression, names) -> exp.Expression:
    t = f.type
    if t.kind == "list":
        item = rs.record(t.name)
        if needs_normalising(rs, item):
            name = names.fresh("x")
            struct = exp.Struct(expressions=normalised(rs, item, exp.to_identifier(name), names))
            value = exp.Transform(this=value, expression=exp.Lambda(this=struct, expressions=[exp.to_identifier(name)]))
        empty = exp.cast(exp.Array(expressions=[]), sql_type(rs, f))
        return exp.Coalesce(this=value, expressions=[empty])
    if t.kind == "record" and needs_normalising(rs, rs.record(t.name)):
        struct = exp.Struct(expressions=normalised(rs, rs.record(t.name), value, names))
        return exp.Case(ifs=[exp.If(this=exp.Is(this=value, expression=exp.Null()),
                                    true=exp.cast(exp.Null(), sql_type(rs, f)))], default=struct)
    if f.default is not None:
        return exp.Coalesce(this=value, expressions=[lit(f.default)])
    return value


def needs_normalising(rs: ir.RuleSet, record: ir.Record) -> bool:
    for f in record.fields:
        if f.default is not None or f.type.kind == "list":
            return True
        if f.type.kind == "record" and needs_normalising(rs, rs.record(f.type.name)):
            return True
    return False
