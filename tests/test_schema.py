"""The JSON Schema for a case: the date pattern and the values the validators read. That every
schema is well-formed, deterministic and agrees with its validators is in test_regelsaet.py."""

from __future__ import annotations

import json
import re

import jsonschema
import pytest

from compiler.backends import schema
from compiler.runtime import UgyldigSag, dato

from .conftest import load_text

KEYWORDS = {"$schema", "$id", "$ref", "$defs", "title", "description", "type", "properties", "required",
            "items", "enum", "anyOf", "format", "pattern", "minimum", "maximum", "minLength", "maxLength", "default",
            "x-kun-validatoren", "$comment"}


@pytest.fixture(scope="module")
def sag_schema(loaded):
    return json.loads(schema.generate(loaded.rule_set))


def conforms(value, node: dict, root: dict) -> bool:
    """Whether `value` is valid by `node` of the schema `root` (jsonschema, with `format: date` asserted)."""
    validator = jsonschema.Draft202012Validator({**node, "$defs": root.get("$defs", {})},
                                                format_checker=jsonschema.FormatChecker())
    return validator.is_valid(value)


def test_a_minimum_and_a_default_of_the_data_model_are_in_the_schema(sag_schema):
    """The properties of every rule set's schema are in test_regelsaet.py; this is the sample project's."""
    hours = sag_schema["properties"]["ordinære_løntimer_12_mdr"]
    assert hours["anyOf"][0]["minimum"] == 0 and hours["default"] == 0
    assert "ordinære_løntimer_12_mdr" not in sag_schema["required"] and "ydelse" in sag_schema["required"]


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


def test_a_percentage_default_is_a_fraction_as_the_validators_read_it(tmp_path):
    loaded = load_text(tmp_path, "post Sag\n  id: tekst\n  andel: procent, standard 70 pct.\n", with_model=False)
    assert loaded.ok, loaded.render()
    generated = json.loads(schema.generate(loaded.rule_set))
    assert generated["properties"]["andel"]["default"] == 0.7
