"""The JSON Schema for a case: well-formed, deterministic, and in agreement with the validators."""

from __future__ import annotations

import json
import re
from datetime import date

import pytest

from compiler import schema
from compiler.runtime import UgyldigSag, dato

from .conftest import ROOT, load_text

KEYWORDS = {"$schema", "$id", "$ref", "$defs", "title", "description", "type", "properties", "required",
            "items", "enum", "anyOf", "format", "pattern", "minimum", "default"}


@pytest.fixture(scope="module")
def sag_schema(program):
    return json.loads(schema.generate(program))


def conforms(value, node: dict, root: dict) -> bool:
    """The subset of JSON Schema the generated schema uses, with `format: date` asserted."""
    if "$ref" in node:
        target = root["$defs"][node["$ref"].removeprefix("#/$defs/")]
        if not conforms(value, target, root):
            return False
    if "anyOf" in node and not any(conforms(value, option, root) for option in node["anyOf"]):
        return False
    if "enum" in node and value not in node["enum"]:
        return False
    kind = node.get("type")
    checks = {"object": lambda v: isinstance(v, dict), "array": lambda v: isinstance(v, list),
              "string": lambda v: isinstance(v, str), "boolean": lambda v: isinstance(v, bool),
              "number": lambda v: isinstance(v, (int, float)) and not isinstance(v, bool),
              "null": lambda v: v is None}
    if kind and not checks[kind](value):
        return False
    if kind == "object":
        return all(key in value for key in node.get("required", ())) and all(
            conforms(value[key], sub, root) for key, sub in node.get("properties", {}).items() if key in value)
    if kind == "array":
        return all(conforms(item, node["items"], root) for item in value)
    if "pattern" in node and not re.search(node["pattern"], value):
        return False
    if node.get("format") == "date" and not _real_date(value):
        return False
    return "minimum" not in node or value >= node["minimum"]


def _real_date(text: str) -> bool:
    try:
        date.fromisoformat(text)
    except ValueError:
        return False
    return True


def test_the_schema_is_deterministic_draft_2020_12(program, sag_schema):
    assert schema.generate(program) == schema.generate(program)
    assert sag_schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    assert list(sag_schema["$defs"]) == sorted(sag_schema["$defs"])


def test_every_keyword_is_known_and_every_reference_resolves(sag_schema):
    def walk(node):
        if isinstance(node, dict):
            if "properties" in node:
                assert set(node["required"]) <= set(node["properties"])
                for sub in node["properties"].values():
                    walk(sub)
                assert set(node) <= KEYWORDS, set(node) - KEYWORDS
                return
            assert set(node) <= KEYWORDS, set(node) - KEYWORDS
            if "$ref" in node:
                assert node["$ref"].removeprefix("#/$defs/") in sag_schema["$defs"]
            for key, sub in node.items():
                if key != "enum":
                    walk(sub)
        elif isinstance(node, list):
            for sub in node:
                walk(sub)
    walk(sag_schema)


def test_required_optional_enum_and_minimum_follow_the_data_model(program, sag_schema):
    case = program.case
    for declared in case.fields:
        required = not declared.optional and declared.default is None and declared.type.kind != "list"
        assert (declared.name in sag_schema["required"]) == required, declared.name
        if declared.optional:
            assert {"type": "null"} in sag_schema["properties"][declared.name]["anyOf"]
    for enum in program.enums.values():
        assert sag_schema["$defs"][enum.name]["enum"] == [value for value, _ in enum.values]
    minimum = [d for d in case.fields if d.minimum is not None]
    assert minimum, "the data model has a field with a minimum"
    with_minimum = sag_schema["properties"][minimum[0].name]
    assert "minimum" in with_minimum.get("anyOf", [with_minimum])[0]
    for declared in case.fields:  # null stands for "left out" wherever the validators take that
        if declared.optional or declared.default is not None or declared.type.kind == "list":
            assert {"type": "null"} in sag_schema["properties"][declared.name]["anyOf"], declared.name


def test_descriptions_are_the_danish_titles(program, sag_schema):
    assert sag_schema["description"] == program.case.title
    for record in program.records.values():
        if record.name != "Sag":
            assert sag_schema["$defs"][record.name]["description"] == (record.title or record.name)


@pytest.mark.parametrize("text", ["2023-01-09", "1900-01-01", "2199-12-31", "1899-12-31", "2200-01-01",
                                  "2023-1-09", "2023-W01-1", "20230109", "2023-13-01", "2023-00-10",
                                  "2023-01-32", "٢٠٢٣-٠١-٠٩"])
def test_the_date_pattern_agrees_with_the_validators(sag_schema, text):
    pattern = sag_schema["properties"]["forløbsstart"]["pattern"]
    try:
        accepted = dato(text, "forløbsstart", True) is not None
    except UgyldigSag:
        accepted = False
    assert bool(re.search(pattern, text)) == accepted


def test_the_schema_accepts_exactly_the_valid_example_cases(package, sag_schema):
    """Every record of examples/sager.jsonl: valid for the validators <=> valid for the schema."""
    lines = (ROOT / "examples" / "sager.jsonl").read_text(encoding="utf-8").splitlines()
    checked = 0
    for line in filter(str.strip, lines):
        record = json.loads(line)
        try:
            package.valider(record, date(2024, 5, 1))
            valid = True
        except package.UgyldigSag:
            valid = False
        assert conforms(record, sag_schema, sag_schema) == valid, record.get("id")
        checked += 1
    assert checked >= 30


def test_a_percentage_default_is_a_fraction_as_the_validators_read_it(tmp_path):
    loaded = load_text(tmp_path, "post Sag\n  id: tekst\n  andel: procent, standard 70 pct.\n", with_model=False)
    assert loaded.ok, loaded.render()
    generated = json.loads(schema.generate(loaded.program))
    assert generated["properties"]["andel"]["default"] == 0.7
