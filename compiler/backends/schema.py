"""JSON Schema (draft 2020-12) for a case, derived from the data model in the rule files.

The schema says what the generated validators accept: required fields are those without
`valgfri` or `standard` (a list may be left out: it is empty), optional fields, fields
with a default and lists may be null (left out), a date is a day that exists, ÅÅÅÅ-MM-DD in
ASCII digits in the years the validators accept, a number is at most the largest float, and
the case's id is not blank. Unknown keys are allowed (the validators ignore them, except a key
so like a known one that it is taken for a misspelling). What a schema cannot say is left to
the validators and stated in the schema (`VALIDATOR_ONLY`, `x-kun-validatoren`): a course
that ends before it starts, a misspelt key, text that is not valid Unicode, and NaN
(tests/test_kontrakt.py checks that on mutated records). Properties keep the declaration
order; `$defs` are sorted by name. `generate_results` gives the schema of the validators' results.
"""

from __future__ import annotations

import json
import typing

from ..ir import nodes as ir
from ..runtime import typer

DRAFT = "https://json-schema.org/draft/2020-12/schema"

# Exactly the dates the validators accept: ÅÅÅÅ-MM-DD in ASCII digits (Python's and some regex
# engines' \d also match other digits), days that exist (29 February in leap years only, and
# 1900 and 2100 are not leap years), in the years FOERSTE_AAR-SIDSTE_AAR (1900-2199;
# tests/test_schema.py holds the two together). `maxLength`, as `$` in some engines matches
# before a final line break.
_LEAP = r"(?:19(?:0[48]|[2468][048]|[13579][26])|20(?:[02468][048]|[13579][26])|21(?:0[48]|[2468][048]|[13579][26]))"
_DATE_PATTERN = (r"^(?:(?:19|2[01])[0-9]{2}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12][0-9]|3[01])"
                 r"|(?:0[469]|11)-(?:0[1-9]|[12][0-9]|30)|02-(?:0[1-9]|1[0-9]|2[0-8]))|" + _LEAP + r"-02-29)$")
_DATE = {"type": "string", "format": "date", "pattern": _DATE_PATTERN, "minLength": 10, "maxLength": 10,
         "description": "Dato (ÅÅÅÅ-MM-DD)"}
# The largest float: a number beyond it (10**400, or 1e400 that Python's json reads as infinity)
# is no number the validators can use.
_LARGEST = 1.7976931348623157e308
# What JSON Schema cannot say, and only the validators refuse (the codes of `UgyldigSag`).
VALIDATOR_ONLY = ("periode_i_uorden", "stavefejl", "ugyldig_unicode", "ikke_endeligt_tal")

_BASIC = {
    "tekst": {"type": "string"},
    "sandhedsværdi": {"type": "boolean"},
    "tal": {"type": "number", "minimum": -_LARGEST, "maximum": _LARGEST},
    "timer": {"type": "number", "minimum": -_LARGEST, "maximum": _LARGEST, "description": "Antal timer"},
    "beløb": {"type": "number", "minimum": -_LARGEST, "maximum": _LARGEST, "description": "Beløb i kroner"},
    "procent": {"type": "number", "minimum": -_LARGEST, "maximum": _LARGEST,
                "description": "Andel som decimaltal (70 pct. skrives 0.7)"},
    "dato": _DATE,
}


def generate(rule_set: ir.RuleSet) -> str:
    definitions = {enum.name: {"description": enum.title, "enum": list(enum.values)} for enum in rule_set.enums}
    for record in rule_set.records:
        if record.name != rule_set.case_record:
            definitions[record.name] = _record(rule_set, record)
    case = _record(rule_set, rule_set.case)
    if "id" in case["properties"] and case["properties"]["id"] == {"type": "string"}:
        case["properties"]["id"] = {"type": "string", "pattern": "\\S", "description": "Sagens id: ikke tomt eller kun mellemrum"}
    schema = {
        "$schema": DRAFT,
        "$id": "sag.schema.json",
        "title": rule_set.case_record,
        "$comment": ONLY_THE_VALIDATORS,
        **case,
        "x-kun-validatoren": list(VALIDATOR_ONLY),
        "$defs": dict(sorted(definitions.items())),
    }
    return json.dumps(schema, ensure_ascii=False, indent=2) + "\n"


ONLY_THE_VALIDATORS = (
    "Skemaet siger det samme som validatorerne, undtagen fire ting, som kun validatorerne afviser "
    "(koderne i x-kun-validatoren): et forløb, der slutter før det begynder (periode_i_uorden); en "
    "ukendt nøgle, der kun er en anden stavemåde af et kendt felt, fx forloebsslut eller Forløbsslut "
    "(stavefejl; andre ukendte nøgler er tilladt og ignoreres); en tekst med ugyldig Unicode, fx et "
    "enligt surrogat (ugyldig_unicode); og NaN, som JSON ikke har, men nogle JSON-læsere tager imod "
    "(ikke_endeligt_tal).")


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


# ----------------------------------------------------------------------------
# The results: generated/schema/resultat.schema.json, from the runtime's TypedDicts
# ----------------------------------------------------------------------------

RESULT_SHAPES = ("Resultat", "Ugyldig", "Populationsresultat", "Regelanvendelse")


def generate_results() -> str:
    """JSON Schema for what the validators give (runtime/typer.py is the one source): a case's
    result, an invalid record, a population result and which rules apply, under `$defs`, with
    every key a TypedDict requires and no other (the key set is the contract, KONTRAKT.md)."""
    definitions: dict[str, dict] = {}
    for name in RESULT_SHAPES:
        _typed_dict(getattr(typer, name), definitions)
    schema = {"$schema": DRAFT, "$id": "resultat.schema.json", "title": "Resultater fra validatorerne",
              "description": "Et resultat er et af skemaerne under $defs; `valider` giver Resultat.",
              "anyOf": [{"$ref": f"#/$defs/{name}"} for name in RESULT_SHAPES],
              "$defs": dict(sorted(definitions.items()))}
    return json.dumps(schema, ensure_ascii=False, indent=2) + "\n"


def _typed_dict(cls: type, definitions: dict[str, dict]) -> dict:
    name = cls.__name__
    if name not in definitions:
        definitions[name] = {}
        hints = typing.get_type_hints(cls)
        definitions[name] = {
            "description": " ".join((cls.__doc__ or name).split()), "type": "object",
            "properties": {key: _type(hint, definitions) for key, hint in hints.items()},
            "required": sorted(cls.__required_keys__), "additionalProperties": False}
    return {"$ref": f"#/$defs/{name}"}


def _type(hint, definitions: dict[str, dict]) -> dict:
    origin, arguments = typing.get_origin(hint), typing.get_args(hint)
    if hint is str:
        return {"type": "string"}
    if hint is bool:
        return {"type": "boolean"}
    if hint is int:
        return {"type": "integer"}
    if hint is float:
        return {"type": "number"}
    if hint is type(None):
        return {"type": "null"}
    if hint is typing.Any:
        return {}
    if origin is typing.Literal:
        return {"enum": list(arguments)}
    if origin is typing.Union:
        return {"anyOf": [_type(argument, definitions) for argument in arguments]}
    if origin is list:
        return {"type": "array", "items": _type(arguments[0], definitions)}
    if origin is dict:
        return {"type": "object", "additionalProperties": _type(arguments[1], definitions)}
    if typing.is_typeddict(hint):
        return _typed_dict(hint, definitions)
    raise TypeError(f"no JSON Schema for {hint!r}")
