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

from ..ir import nodes as ir

DRAFT = "https://json-schema.org/draft/2020-12/schema"

# The years the validators accept (runtime FOERSTE_AAR-SIDSTE_AAR, 1900-2199; tests/test_schema.py
# holds the two together).
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


def generate(rule_set: ir.RuleSet) -> str:
    definitions = {enum.name: {"description": enum.title, "enum": list(enum.values)} for enum in rule_set.enums}
    for record in rule_set.records:
        if record.name != rule_set.case_record:
            definitions[record.name] = _record(rule_set, record)
    schema = {
        "$schema": DRAFT,
        "$id": "sag.schema.json",
        "title": rule_set.case_record,
        **_record(rule_set, rule_set.case),
        "$defs": dict(sorted(definitions.items())),
    }
    return json.dumps(schema, ensure_ascii=False, indent=2) + "\n"


def _record(rule_set: ir.RuleSet, record: ir.Record) -> dict:
    return {
        "description": record.title,
        "type": "object",
        "properties": {declared.name: _field(rule_set, declared) for declared in record.fields},
        "required": [declared.name for declared in record.fields if declared.required],
    }


def _field(rule_set: ir.RuleSet, declared: ir.Field) -> dict:
    type_ = declared.type
    if type_.kind == "list":
        item = rule_set.record(type_.name)
        return {"anyOf": [{"type": "array", "items": {"$ref": f"#/$defs/{type_.name}"}}, {"type": "null"}],
                "default": [], "description": f"Liste: {item.title} (null er en tom liste)"}
    schema = dict(_BASIC[declared.basic]) if declared.basic else {"$ref": f"#/$defs/{type_.name}"}
    if declared.minimum is not None:
        schema["minimum"] = declared.minimum
    if declared.required:
        return schema
    schema = {"anyOf": [schema, {"type": "null"}]}  # null means left out: the default applies
    if declared.default is not None:
        schema["default"] = declared.default
    return schema
