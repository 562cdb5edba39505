"""JSON Schema (draft 2020-12) for a case, derived from the data model in the rule files."""

from __future__ import annotations

import json

from . import syntax as s
from .program import CASE_RECORD, Program

_BASIC = {
    "tekst": {"type": "string"},
    "sandhedsværdi": {"type": "boolean"},
    "tal": {"type": "number"},
    "timer": {"type": "number"},
    "beløb": {"type": "number"},
    "procent": {"type": "number"},
    "dato": {"type": "string", "format": "date", "pattern": r"^\d{4}-\d{2}-\d{2}$"},
}


def generate(program: Program) -> str:
    definitions = {}
    for enum in program.enums.values():
        definitions[enum.name] = {"description": enum.title or enum.name, "enum": [v for v, _ in enum.values]}
    for record in program.records.values():
        if record.name != CASE_RECORD:
            definitions[record.name] = _record(program, record)
    schema = {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": "sag.schema.json",
        "title": "Sag",
        **_record(program, program.case),
        "$defs": definitions,
    }
    return json.dumps(schema, ensure_ascii=False, indent=2) + "\n"


def _record(program: Program, record: s.RecordDecl) -> dict:
    properties = {}
    required = []
    for declared in record.fields:
        properties[declared.name] = _field(program, declared)
        if not declared.optional and declared.default is None and declared.type.kind != "list":
            required.append(declared.name)
    return {
        "description": record.title or record.name,
        "type": "object",
        "properties": properties,
        "required": required,
    }


def _field(program: Program, declared: s.FieldDecl) -> dict:
    ref = declared.type
    if ref.kind == "list":
        return {"type": "array", "items": {"$ref": f"#/$defs/{ref.name}"}, "default": []}
    if ref.kind == "basic":
        schema = dict(_BASIC[ref.name])
    else:
        schema = {"$ref": f"#/$defs/{ref.name}"}
    if declared.minimum is not None:
        schema["minimum"] = _number(declared.minimum)
    if declared.default is not None:
        schema["default"] = _number(declared.default) if not isinstance(declared.default, s.BoolLit) \
            else declared.default.value
    if declared.optional:
        schema = {"anyOf": [schema, {"type": "null"}]}
    return schema


def _number(expr: s.Expr):
    amount = expr.amount if isinstance(expr, s.QuantityLit) else getattr(expr, "value", 0)
    return int(amount) if amount == int(amount) else float(amount)
