"""The example runner: examples become cases, run through a freshly built package, and are judged."""

from __future__ import annotations

from datetime import date

import pytest

from compiler import examples

from .conftest import P01_RULE, load_text

RULES = P01_RULE + '''
  eksempel "Rettidig samtale"
    sag:
      ydelse: kontanthjælp
      forløbsstart: 2. januar 2023
      første_henvendelse: 2. januar 2023
      samtaler: (dato 9. januar 2023, form fremmøde, aktør jobcenter)
    pr. 1. februar 2023: ingen overtrædelse

  eksempel "For sent, men forventet rettidig"
    sag:
      ydelse: kontanthjælp
      forløbsstart: 2. januar 2023
      første_henvendelse: 2. januar 2023
      samtaler: (dato 10. januar 2023, form fremmøde, aktør jobcenter)
    pr. 1. februar 2023: ingen overtrædelse
    pr. 1. februar 2023: 2 overtrædelser

  eksempel "Kommende frist og manglende henvendelse"
    sag:
      ydelse: kontanthjælp
      forløbsstart: 2. januar 2023
      første_henvendelse: 2. januar 2023
    pr. 5. januar 2023: frist 9. januar 2023
    pr. 5. januar 2023: frist 10. januar 2023

  eksempel "Datafejl"
    sag:
      ydelse: uddannelseshjælp
      forløbsstart: 2. januar 2023
    pr. 1. februar 2023: datafejl

undtagelse fritaget "Fritaget for samtalen" til første_samtale
  bestemmelse P22
  kilde første_delaftale "Færre proceskrav for indsatsen"
  når fritagelse er angivet

  eksempel "Fritaget"
    sag:
      ydelse: kontanthjælp
      forløbsstart: 2. januar 2023
      første_henvendelse: 2. januar 2023
      fritagelse: (årsag fuldtidsjob, fra 3. januar 2023, overgang 4. januar 2023)
    pr. 1. februar 2023: undtaget

regel andel_med_samtale "Andel af sagerne med en samtale"
  bestemmelse P20
  kilde første_delaftale "Færre proceskrav for indsatsen"
  afgørende dato er skæringsdatoen
  krav: andelen af sager hvor antallet af samtaler er mindst 1 skal være mindst 50 pct.

  eksempel "Halvdelen har haft en samtale"
    sag a:
      ydelse: kontanthjælp
      forløbsstart: 2. januar 2023
      ordinære_løntimer_12_mdr: 12,5 timer
      samtaler: (dato 9. januar 2023, form fremmøde, aktør jobcenter)
    sag b:
      ydelse: dagpenge
      forløbsstart: 2. januar 2023
    pr. 1. februar 2023: opfyldt med andel 50 pct.
    pr. 1. februar 2023: ikke opfyldt
'''


@pytest.fixture(scope="module")
def loaded(tmp_path_factory):
    result = load_text(tmp_path_factory.mktemp("regler"), RULES)
    assert result.ok, "\n".join(result.render())
    return result


@pytest.fixture(scope="module")
def outcomes(loaded, tmp_path_factory):
    package = examples.build_package(loaded.rule_set, tmp_path_factory.mktemp("pakke"))
    found = examples.run_examples(loaded.rule_set, package)
    return {(outcome.rule, outcome.span.line): outcome for outcome in found}


def _at(outcomes, rule: str, text: str):
    """The outcome of the `pr.` line that contains `text` in the example rule file."""
    line = next(number for number, content in enumerate(RULES.splitlines(), start=1) if text in content)
    return outcomes[(rule, line)]


def test_an_example_becomes_case_json(loaded):
    first, second = loaded.rule_set.rule("andel_med_samtale").examples[0].cases
    assert first == {"id": "a", "ydelse": "kontanthjælp", "forløbsstart": "2023-01-02",
                     "ordinære_løntimer_12_mdr": 12.5,
                     "samtaler": [{"dato": "2023-01-09", "form": "fremmøde", "aktør": "jobcenter"}]}
    assert second == {"id": "b", "ydelse": "dagpenge", "forløbsstart": "2023-01-02"}  # defaults left to the validator


def test_an_unnamed_case_is_numbered(loaded):
    [case] = loaded.rule_set.rule("første_samtale").examples[0].cases
    assert case["id"] == "eksempel-1"


def test_every_expectation_is_one_outcome_with_its_place(outcomes):
    assert len(outcomes) == 9
    assert all(outcome.span.path.endswith("test.regel") for outcome in outcomes.values())


def test_matching_verdicts_pass(outcomes):
    for rule, text in [("første_samtale", "pr. 5. januar 2023: frist 9. januar 2023"),
                       ("første_samtale", "pr. 1. februar 2023: datafejl"),
                       ("andel_med_samtale", "opfyldt med andel 50 pct."),
                       ("fritaget", "pr. 1. februar 2023: undtaget")]:
        outcome = _at(outcomes, rule, text)
        assert outcome.ok, (outcome.expected, outcome.actual)


def test_a_wrong_verdict_fails_with_both_sides_in_danish(outcomes):
    wrong_count = _at(outcomes, "første_samtale", "2 overtrædelser")
    assert not wrong_count.ok
    assert wrong_count.title == "For sent, men forventet rettidig"
    assert wrong_count.expected == "pr. 1. februar 2023: 2 overtrædelser af første_samtale"
    assert wrong_count.actual.startswith("pr. 1. februar 2023: 1 overtrædelse (")
    assert "10. januar 2023" in wrong_count.actual


@pytest.mark.parametrize("rule, text, actual", [
    ("første_samtale", "frist 10. januar 2023", "frist 9. januar 2023"),
    ("andel_med_samtale", "ikke opfyldt", "opfyldt med andel 50 pct. (1 af 2 sager)"),
])
def test_wrong_deadlines_and_shares_are_caught(outcomes, rule, text, actual):
    outcome = _at(outcomes, rule, text)
    assert not outcome.ok
    assert outcome.actual.endswith(actual)


def test_no_violation_is_wrong_when_there_is_one(outcomes):
    line = [n for n, c in enumerate(RULES.splitlines(), start=1) if "ingen overtrædelse" in c][1]
    outcome = outcomes[("første_samtale", line)]
    assert not outcome.ok and outcome.title == "For sent, men forventet rettidig"


def test_an_exception_example_is_about_its_first_target(outcomes):
    outcome = _at(outcomes, "fritaget", "pr. 1. februar 2023: undtaget")
    assert outcome.expected == "pr. 1. februar 2023: første_samtale er undtaget"
    assert outcome.actual == "pr. 1. februar 2023: undtaget af fritaget"


def test_each_build_is_a_fresh_module_of_the_current_rules(tmp_path):
    (tmp_path / "en").mkdir()
    (tmp_path / "to").mkdir()
    first = load_text(tmp_path / "en", RULES)
    changed = load_text(tmp_path / "to", RULES.replace("senest 1 uge efter", "senest 2 uger efter"))
    one = examples.build_package(first.rule_set, tmp_path / "pakke1")
    two = examples.build_package(changed.rule_set, tmp_path / "pakke2")
    assert one.__name__ != two.__name__
    case = {"id": "S", "ydelse": "kontanthjælp", "forløbsstart": "2023-01-02", "første_henvendelse": "2023-01-02"}
    assert one.valider(case, date(2023, 1, 5))["frister"][0]["frist"] == "2023-01-09"
    assert two.valider(case, date(2023, 1, 5))["frister"][0]["frist"] == "2023-01-16"
