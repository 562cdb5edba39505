"""The semantic checker: every check fires on a small mistake and stays quiet on correct rules."""

from __future__ import annotations

import pytest

from compiler import syntax as s

from .conftest import load_text

RULE = '''
regel r "R"
  bestemmelse P03
  kilde hedensted "x"
  gælder fra 1. juli 2019
  afgørende dato er forløbsstart
  for sager hvor {betingelse}
  krav: der skal være mindst 4 samtaler hvor med_jobcentret inden for de første 6 måneder efter forløbsstart
'''


def errors(tmp_path, text):
    loaded = load_text(tmp_path, text)
    return [d for d in loaded.diagnostics if d.is_error], loaded


def messages(tmp_path, text):
    found, _ = errors(tmp_path, text)
    return [(d.message, d.hint) for d in found]


def test_correct_rule_has_no_errors(tmp_path):
    assert messages(tmp_path, RULE.format(betingelse="ydelse er kontanthjælp")) == []


@pytest.mark.parametrize("condition, message, hint", [
    ("ydelse er kontanthjælpp", "`kontanthjælpp` er ikke en værdi af Ydelse", "mente du `kontanthjælp`?"),
    ("ydlse er kontanthjælp", "ukendt navn `ydlse`", "mente du `ydelse`?"),
    ("har_arbejdsgiver + 4 uger", "man kan ikke lægge en varighed (dage, uger, måneder eller år) til en sandhedsværdi (ja/nej)", None),
    ("forløbsstart er mindst 70 pct.", "`er mindst` sammenligner tal, men dette er en dato", None),
    ("ordinære_løntimer_12_mdr er før 1. januar 2023", "`er før` sammenligner datoer, men dette er et antal timer", None),
    ("ordinære_løntimer_12_mdr er mindst 70 pct.", "enhederne passer ikke sammen: et antal timer og en procentsats (pct.)", None),
    ("forløbsstart er før 29. februar 2023", "datoen 29. februar 2023 findes ikke", "februar 2023 har 28 dage"),
    ("ydelse", "betingelsen skal være en sandhedsværdi (ja/nej), men er en værdi af Ydelse", None),
    ("med_jobcentret", "definitionen `med_jobcentret` handler om Samtale og kan kun bruges i en betingelse om en samtale", None),
])
def test_type_and_name_errors(tmp_path, condition, message, hint):
    found = messages(tmp_path, RULE.format(betingelse=condition))
    assert (message, hint) in found or (message in [m for m, _ in found] and hint is None), found


def test_leap_day_exists_in_a_leap_year(tmp_path):
    assert messages(tmp_path, RULE.format(betingelse="forløbsstart er før 29. februar 2024")) == []


VERSIONS = '''
regel v "V"
  bestemmelse P13
  kilde hedensted "x"
  afgørende dato er slut
  version gælder fra 1. juli 2019 til 31. december 2021: grænse er 4 uger
  version gælder fra {fra}: grænse er 4 måneder
  krav: der må højst gå grænse mellem to tilbud
'''


@pytest.mark.parametrize("start, message", [
    ("1. januar 2022", None),
    ("1. marts 2022", "der er et hul mellem versionernes perioder"),
    ("1. december 2021", "versionernes perioder overlapper"),
])
def test_version_periods_neither_overlap_nor_leave_gaps(tmp_path, start, message):
    found = [m for m, _ in messages(tmp_path, VERSIONS.format(fra=start))]
    assert found == ([message] if message else [])


def test_provisions_citations_and_deciding_dates(tmp_path):
    text = '''
regel a "A"
  bestemmelse P77
  gælder fra 1. juli 2019
  krav: der må ikke være nogen samtale hvor form er brev

regel b "B"
  bestemmelse P08a
  kilde ukendt_kilde "x"
  krav: der må ikke være nogen samtale hvor form er brev

regel c "C"
  bestemmelse P04
  kilde hedensted "x"
  krav: der må ikke være nogen samtale hvor form er brev
'''
    found = [m for m, _ in messages(tmp_path, text)]
    assert "bestemmelsen P77 findes ikke i registret" in found
    assert "reglen henviser ikke til en kilde" in found
    assert "reglen har en gyldighedsperiode, men ingen afgørende dato" in found
    assert "P08a er af typen undtagelse og passer ikke her" in found
    assert "ukendt kilde `ukendt_kilde`" in found
    assert "en regel for en ret eller en oplysning kan ikke have et krav" in found


def test_unused_definition_is_a_warning(tmp_path):
    loaded = load_text(tmp_path, 'definition ubrugt "U": ydelse er dagpenge\n')
    warnings = [d.message for d in loaded.diagnostics if not d.is_error]
    assert "definitionen `ubrugt` bruges ikke" in warnings
    assert loaded.ok


def test_definition_cycles_are_errors(tmp_path):
    text = 'definition a "A": b\ndefinition b "B": a og ydelse er dagpenge\n'
    found = [m for m, _ in messages(tmp_path, text)]
    assert any(m.startswith("definitionerne henviser i ring") for m in found)


def test_example_errors(tmp_path):
    text = RULE.format(betingelse="ydelse er kontanthjælp") + '''
  eksempel "E"
    sag:
      ydelse: kontanthjælpp
      samtaler: (dato 1. januar 2023, form fremmøde)
      forløbstart: 1. januar 2023
    pr. 1. februar 2023: opfyldt
'''
    found = messages(tmp_path, text)
    assert ("ukendt værdi `kontanthjælpp` for Ydelse", "mente du `kontanthjælp`?") in found
    assert ("Samtale mangler feltet `aktør`", "tilføj `aktør …`") in found
    assert ("Sag har intet felt `forløbstart`", "mente du `forløbsstart`?") in found
    assert ("sagen mangler feltet `forløbsstart`", "tilføj `forløbsstart: …`") in found
    assert ("`opfyldt` bruges kun om populationsregler", "skriv `ingen overtrædelse` eller `overtrædelse`") in found


def test_annotations_for_the_back_ends(program):
    rule = program.rules["første_samtale_kontanthjælp"]
    deadline = rule.obligation
    assert deadline.selector.items.case_field == "samtaler"
    assert deadline.selector.items.record == "Samtale"
    assert deadline.selector.filter.ref == s.Ref("definition", target="med_jobcentret", record="Samtale")
    assert deadline.limit.anchor.type == s.Type("date", optional=True)
    assert rule.condition.values[0].ref.kind == "enum_value"
    assert program.exceptions["mindre_intensiv_indsats"] in program.rules["interval_mellem_tilbud"].exceptions
