"""Every `eksempel` in rules/ is a test: its verdict comes from the generated validators."""

import tempfile
from pathlib import Path

import pytest

from compiler import examples, pipeline

from .conftest import RULES


def _outcomes():
    loaded = pipeline.load([RULES])
    with tempfile.TemporaryDirectory() as folder:
        package = examples.build_package(loaded.rule_set, Path(folder))
        return examples.run_examples(loaded.rule_set, package)


OUTCOMES = _outcomes()


def test_there_are_examples_for_every_checked_rule(program):
    for rule in [*program.rules.values(), *program.exceptions.values()]:
        if rule.obligations or rule in program.exceptions.values():
            assert len(rule.examples) >= 3, f"{rule.name} har kun {len(rule.examples)} eksempler"


@pytest.mark.parametrize("outcome", OUTCOMES, ids=lambda o: f"{o.rule}:{o.span.line}")
def test_example(outcome):
    assert outcome.ok, f"{outcome.title}\n  forventet: {outcome.expected}\n  faktisk:   {outcome.actual}"
