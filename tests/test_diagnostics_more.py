"""Diagnostics a new legal officer meets (issue 9): a tab, an example without its verdict, a
provision that is not in the registry. Each is reported where the mistake is, with a hint
that says what to write. Checked with tests/fixtures/rules_model, never with rules/.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from compiler import pipeline

TESTS = Path(__file__).resolve().parent
MODEL = sorted((TESTS / "fixtures" / "rules_model").glob("*.regel"))

RULE = '''regel r "R"
  bestemmelse P01
  kilde første_delaftale "x"
  krav: den første samtale skal finde sted senest 1 uge efter forløbsstart
'''
CASE = '''    sag:
      forløbsstart: 1. januar 2023
      ydelse: dagpenge
'''
CASE_ENDING_IN_A_DATE = '''    sag:
      ydelse: dagpenge
      forløbsstart: 1. januar 2023
'''
VERDICT = "    pr. 1. marts 2023: overtrædelse\n"


def load(tmp_path: Path, text: str, with_registry: bool = True):
    for model in MODEL:
        if with_registry or model.name != "bestemmelser.regel":
            (tmp_path / model.name).write_bytes(model.read_bytes())
    (tmp_path / "test.regel").write_text(text, encoding="utf-8")
    return pipeline.load([tmp_path])


def errors(loaded) -> list:
    return [x for x in loaded.diagnostics if x.is_error and x.span.path.endswith("test.regel")]


def test_a_tab_is_an_error_with_a_hint_to_use_spaces(tmp_path):
    loaded = load(tmp_path, RULE.replace("  kilde", "\tkilde"))
    [found] = errors(loaded)
    assert (found.span.line, found.span.column, found.message) == (3, 1, "tabulatortegn i regelfilen")
    assert "brug mellemrum" in found.hint


def test_one_tab_error_per_line(tmp_path):
    loaded = load(tmp_path, RULE.replace("  ", "\t\t"))
    assert [(x.span.line, x.message) for x in errors(loaded)] == [
        (line, "tabulatortegn i regelfilen") for line in (2, 3, 4)]


@pytest.mark.parametrize("examples, line", [
    # the case ends with an enum value: the next `eksempel` was read as a field name
    ('  eksempel "A"\n' + CASE + '  eksempel "B"\n' + CASE + VERDICT, 5),
    # the case ends with a date: the parser stumbled on the next `eksempel`
    ('  eksempel "A"\n' + CASE_ENDING_IN_A_DATE + '  eksempel "B"\n' + CASE + VERDICT, 5),
    # the last example: the block ends
    ('  eksempel "A"\n' + CASE + VERDICT + '  eksempel "B"\n' + CASE, 10),
])
def test_an_example_without_a_verdict_is_reported_at_that_example(tmp_path, examples, line):
    loaded = load(tmp_path, RULE + examples)
    [found] = errors(loaded)
    assert (found.span.line, found.span.column, found.message) == (line, 3, "eksemplet mangler sit resultat")
    assert "`pr. DATO: ingen overtrædelse`" in found.hint


def test_an_example_with_its_verdict_is_not_reported(tmp_path):
    loaded = load(tmp_path, RULE + '  eksempel "A"\n' + CASE + VERDICT + '  eksempel "B"\n' + CASE + VERDICT)
    assert errors(loaded) == []


def test_a_different_mistake_in_the_next_example_is_still_that_mistake(tmp_path):
    loaded = load(tmp_path, RULE + '  eksempel "A"\n' + CASE + VERDICT + '  eksempel B\n' + CASE + VERDICT)
    assert [(x.span.line, x.message) for x in errors(loaded)] == [(10, "uventet `B`")]


def test_an_unregistered_provision_names_the_registry_file(tmp_path):
    loaded = load(tmp_path, RULE.replace("P01", "P31"))
    [found] = errors(loaded)
    assert found.message == "bestemmelsen P31 findes ikke i registret"
    registry = str(tmp_path / "bestemmelser.regel")
    assert found.hint.endswith(f'erklær den i registret i {registry}: `bestemmelse P31 krav "titel"`')
    assert found.hint.startswith("mente du `P")  # a registered id that resembles it comes first


def test_an_unregistered_exception_provision_is_registered_as_an_exception(tmp_path):
    text = RULE + 'undtagelse u "U" til r\n  bestemmelse P77x\n  kilde første_delaftale "x"\n  når har_arbejdsgiver\n'
    loaded = load(tmp_path, text.replace("P77x", "P77"))
    [found] = errors(loaded)
    assert found.hint.endswith('`bestemmelse P77 undtagelse "titel"`')


def test_without_a_registry_the_hint_says_where_one_goes(tmp_path):
    loaded = load(tmp_path, RULE, with_registry=False)
    [found] = errors(loaded)
    assert found.hint == ("erklær den i et register over bestemmelserne, fx bestemmelser.regel: "
                          '`bestemmelse P01 krav "titel"`')


UNITS = "`dage`, `dag`, `uger`, `uge`, `måneder`, `måned`, `år` for en varighed, eller `pct.`, `%`, `timer`, `time`, `kr.`"


def test_a_deadline_in_working_days_says_the_language_counts_calendar_days(tmp_path):
    """The trial's `svarfrist er 5 arbejdsdage`: the hint named `,` and the rule's keywords (in a
    deadline `+`, `-`, `efter`); it must say that there are no working days and what to write."""
    loaded = load(tmp_path, (TESTS / "fixtures" / "enheder" / "arbejdsdage.regel").read_text(encoding="utf-8"))
    [found] = errors(loaded)
    assert (found.span.line, found.span.column, found.message) == (9, 53, "uventet `arbejdsdage`")
    assert found.hint.startswith("Regelsprog regner ikke i arbejdsdage: det kender hverken weekender eller "
                                 "helligdage, så en frist tælles i kalenderdage. Skriv den med `dage`, `uger`, ")
    assert "`efter`" not in found.hint and "`,`" not in found.hint


@pytest.mark.parametrize("written, hint", [
    ("senest 5 arbejdsdage efter", "Regelsprog regner ikke i arbejdsdage"),
    ("senest 5 hverdage efter", "Regelsprog regner ikke i arbejdsdage"),
    ("senest 14 kalenderdage efter", "skriv `dage`: en frist i dage tælles altid i kalenderdage"),
    ("senest 1 kvartal efter", "skriv `3 måneder` for et kvartal"),
    ("senest 5 ugr efter", "mente du `uger`?"),                               # a misspelt unit
    ("senest 5 stk efter", f"efter tallet forventedes en enhed: {UNITS}"),   # any other word: the units
    ("senest fem dage efter", "skriv tallet med cifre: `5 dage`"),            # a number as a word
    ("senest en uge efter", "skriv tallet med cifre: `1 uge`"),
])
def test_a_word_after_a_number_is_read_as_a_unit(tmp_path, written, hint):
    [found] = errors(load(tmp_path, RULE.replace("senest 1 uge efter", written)))
    assert found.hint.startswith(hint), found.hint


def test_a_word_after_a_year_is_not_taken_for_a_unit(tmp_path):
    [found] = errors(load(tmp_path, RULE.replace("  krav:", "  gælder fra 1. juli 2019 frem\n  krav:")))
    assert found.message == "uventet `frem`" and "enhed" not in found.hint


def test_a_sources_address_weight_and_duplicate_name_are_reported_where_they_are_written(tmp_path):
    loaded = load(tmp_path, RULE + '\nkilde fejlkilde "En kilde"\n  vægt "  "\n  adresse "ftp://x"\n\n'
                                   'kilde fejlkilde "Samme navn"\n')
    assert sorted((x.code, x.span.line, x.span.column) for x in errors(loaded)) == [
        ("R204", 10, 7), ("R208", 8, 11), ("R326", 7, 3)]
