"""JSON Schema (draft 2020-12) for a case, derived from the data model in the rule files.

The schema says what the generated validators accept: required fields are those without
`valgfri` or `standard` (a list may be left out: it is empty), optional fields, fields
with a default and lists may be null (left out), and a date is ÅÅÅÅ-MM-DD in the years
the validators accept. Unknown keys are allowed (the validators ignore them, except a key
so like a known one that it is taken for a misspelling). What a schema cannot say is left
to the validators: impossible dates (2023-02-30), text that is not valid Unicode, numbers
too large to use, and a course that ends before it starts. Properties keep the declaration order; `$defs`
are sorted by name.
"""

from __future__ import annotations

import json

from . import syntax as s
from .program import CASE_RECORD, Program
from .ir.lower import number_value

DRAFT = "https://json-schema.org/draft/2020-12/schema"

# The years follow FOERSTE_AAR/SIDSTE_AAR in runtime.py: 1900-2199.
_DATE = {"type": "string", "format": "date", "pattern": r"^(19|2[01])\d{2}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$",
         "description": "Dato (ÅÅÅÅ-MM-DD)"}

_BASIC = {
    "tekst": {"type": "string"},
    "sandhedsværdi": {"type": "boolean"},
    "tal": {"type": "number"},
    "timer": {"type": "number", "description": "Antal timer"},
    "beløb": {"type": "number", "description": "Beløb i kroner"},
    "procent": {"type": "number", "description": "Andel som decimaltal (70 pct. skrives 0.7)"},
    "dato": _DATE,
}


def generate(program: Program) -> str:
    definitions = {}
    for enum in program.enums.values():
        definitions[enum.name] = {"description": enum.title or enum.name, "enum": [v for v, _ in enum.values]}
    for record in program.records.values():
        if record.name != CASE_RECORD:
            definitions[record.name] = _record(program, record)
    schema = {
        "$schema": DRAFT,
        "$id": "sag.schema.json",
        "title": CASE_RECORD,
        **_record(program, program.case),
        "$defs": dict(sorted(definitions.items())),
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
        item = program.records[ref.name]
        return {"anyOf": [{"type": "array", "items": {"$ref": f"#/$defs/{ref.name}"}}, {"type": "null"}],
                "default": [], "description": f"Liste: {item.title or item.name} (null er en tom liste)"}
    schema = dict(_BASIC[ref.name]) if ref.kind == "basic" else {"$ref": f"#/$defs/{ref.name}"}
    if declared.minimum is not None:
        schema["minimum"] = _number(declared.minimum)
    if not declared.optional and declared.default is None:
        return schema
    schema = {"anyOf": [schema, {"type": "null"}]}  # null means left out: the default applies
    if isinstance(declared.default, s.BoolLit):
        schema["default"] = declared.default.value
    elif declared.default is not None:
        schema["default"] = _number(declared.default)
    return schema


def _number(expr: s.Expr) -> int | float:
    if isinstance(expr, s.QuantityLit):
        return number_value(expr.amount, percent=expr.unit == "pct")
    return number_value(expr.value)
