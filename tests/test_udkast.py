"""Drafts (`udkast`): what a legal officer writes before the source or the start date is known.

On copies of the fixture rule set tests/fixtures/rules_jurist, never on rules/:
- `regel tjek` warns (never an error) about a draft rule or source, and about a judged rule with
  no `gælder`; a draft may leave out `kilde` and `gælder`;
- a draft is built and tested like any rule, and the documentation shows it, and every rule
  built on a draft source, as not in force (never "uden tidsbegrænsning");
- `regel byg --udgivelse` refuses drafts and judged rules without a period, naming each, and
  writes nothing; `regel diff` says when a rule becomes or stops being a draft.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from compiler import diff, pipeline, release

from .conftest import FIXTURES, regel

RULES = FIXTURES / "rules_jurist"

DRAFT_RULE = '''
regel samtale_efter_kursus "En samtale senest en uge efter et kursus"
  udkast "kilde og ikrafttræden afventer lovforslaget"
  bestemmelse P06
  krav: den første samtale skal finde sted senest 1 uge efter forløbsstart

  eksempel "Ingen samtale"
    sag:
      ydelse: dagpenge
      forløbsstart: 1. februar 2024
    pr. 1. marts 2024: overtrædelse
'''
DRAFT_SOURCE = '''
kilde lovforslag "Lovforslag om samtaler efter kurser"
  udkast "endnu ikke fremsat"
'''
CITING_THE_DRAFT_SOURCE = '''
regel kursusbevis "Et kursus afsluttes med et bevis"
  bestemmelse P07
  kilde lovforslag "§ 2"
  beskrivelse "Kursusbeviset udstedes af kursusstedet."
'''
REGISTRY = 'bestemmelse P06 krav "En samtale efter et kursus"\nbestemmelse P07 info "Kursusbevis"\n'


def project(folder: Path, *additions: tuple[str, str]) -> Path:
    shutil.copytree(RULES, folder)
    for name, text in additions:
        with open(folder / name, "a", encoding="utf-8") as file:
            file.write(text)
    return folder


@pytest.fixture
def drafted(tmp_path) -> Path:
    return project(tmp_path / "rules", ("regler.regel", DRAFT_RULE + CITING_THE_DRAFT_SOURCE),
                   ("kilder.regel", DRAFT_SOURCE), ("bestemmelser.regel", REGISTRY))


def test_tjek_warns_about_drafts_and_accepts_one_without_source_or_period(drafted):
    result = regel("tjek", str(drafted))
    assert result.exit_code == 0, result.output
    assert "advarsel: reglen `samtale_efter_kursus` er et udkast: kilde og ikrafttræden afventer lovforslaget" \
        in result.output
    assert "advarsel: kilden `lovforslag` er et udkast: endnu ikke fremsat" in result.output
    assert "`regel byg --udgivelse` afviser det" in result.output
    assert "fejl:" not in result.output and "0 fejl og 2 advarsler" in result.output, result.output


def test_a_judged_rule_without_a_period_is_a_warning_and_a_right_without_one_is_not(tmp_path):
    undated = DRAFT_RULE.replace('  udkast "kilde og ikrafttræden afventer lovforslaget"\n',
                                 '  kilde testlov "§ 6"\n')
    folder = project(tmp_path / "rules", ("regler.regel", undated + CITING_THE_DRAFT_SOURCE.replace(
        "lovforslag", "testlov")), ("bestemmelser.regel", REGISTRY))
    result = regel("tjek", str(folder))
    assert result.exit_code == 0, result.output
    assert "advarsel: reglen har ingen gyldighedsperiode og gælder derfor for alle datoer" in result.output
    assert "`udkast \"ikrafttræden ikke fastlagt\"`" in result.output
    assert result.output.count("ingen gyldighedsperiode") == 1  # not for the information rule kursusbevis


def test_a_rule_without_a_source_must_be_a_draft(tmp_path):
    folder = project(tmp_path / "rules", ("regler.regel", DRAFT_RULE.replace(
        '  udkast "kilde og ikrafttræden afventer lovforslaget"\n', "")), ("bestemmelser.regel", REGISTRY))
    result = regel("tjek", str(folder))
    assert result.exit_code == 1
    assert "fejl: reglen henviser ikke til en kilde" in result.output
    assert "marker reglen som `udkast \"kilden er ikke fastlagt\"`" in result.output


def test_two_draft_marks_are_an_error(tmp_path):
    folder = project(tmp_path / "rules", ("regler.regel", DRAFT_RULE.replace(
        "  bestemmelse P06\n", '  bestemmelse P06\n  udkast "igen"\n')), ("bestemmelser.regel", REGISTRY))
    result = regel("tjek", str(folder))
    assert result.exit_code == 1 and "fejl: reglen har mere end én `udkast`" in result.output


def test_the_lowering_says_which_rules_are_drafts_and_why(drafted):
    rule_set = pipeline.load([drafted]).rule_set
    assert rule_set.rule("samtale_efter_kursus").draft == "kilde og ikrafttræden afventer lovforslaget"
    assert rule_set.rule("kursusbevis").draft == \
        "bygger på kilden «Lovforslag om samtaler efter kurser», som er et udkast"
    assert rule_set.source("lovforslag").draft == "endnu ikke fremsat"
    assert rule_set.rule("første_samtale").draft is None and rule_set.source("testlov").draft is None


def test_a_draft_is_built_and_tested_and_documented_as_not_in_force(drafted, tmp_path):
    assert regel("test", str(drafted)).output.endswith("bestået, 0 fejlet\n")
    out = tmp_path / "generated"
    result = regel("byg", "--regler", str(drafted), "--ud", str(out))
    assert result.exit_code == 0, result.output
    page = (out / "docs" / "regler" / "samtale_efter_kursus.md").read_text(encoding="utf-8")
    assert "> **Udkast – ikke gældende ret.** Kilde og ikrafttræden afventer lovforslaget." in page
    assert "- **Gælder:** ikke (udkast, ikke gældende ret)" in page
    html = (out / "docs" / "regler" / "samtale_efter_kursus.html").read_text(encoding="utf-8")
    assert '<p class="note draft" role="note"><strong>Udkast – ikke gældende ret.</strong>' in html
    citing = (out / "docs" / "regler" / "kursusbevis.md").read_text(encoding="utf-8")
    assert "> **Udkast – ikke gældende ret.** Bygger på kilden «Lovforslag om samtaler efter kurser»" in citing
    source = (out / "docs" / "kilder" / "lovforslag.md").read_text(encoding="utf-8")
    assert "> **Udkast – ikke en gældende kilde.** Endnu ikke fremsat." in source
    index = (out / "docs" / "index.md").read_text(encoding="utf-8")
    assert "(kilder/lovforslag.md) **(udkast, ikke en gældende kilde)**\n" in index
    assert "(P06): Udkast, ikke gældende ret: Den første samtale" in index
    assert "uden tidsbegrænsning" not in page + citing + index


def test_a_release_refuses_drafts_and_writes_nothing(drafted, tmp_path):
    out = tmp_path / "udgivelse"
    result = regel("byg", "--udgivelse", "--regler", str(drafted), "--ud", str(out))
    assert result.exit_code == 1
    assert "fejl: kilden `lovforslag` er et udkast og kan ikke udgives (endnu ikke fremsat)" in result.output
    assert "fejl: reglen `samtale_efter_kursus` er et udkast og kan ikke udgives (kilde og ikrafttræden " \
           "afventer lovforslaget)" in result.output
    assert "fejl: reglen `kursusbevis` er et udkast og kan ikke udgives (bygger på kilden" in result.output
    assert "Udgivelsen er afvist: 3 regler eller kilder er ikke fastlagt ret; intet er skrevet." in result.output
    assert not out.exists()


def test_a_release_refuses_a_judged_rule_without_a_period(tmp_path):
    rule_set = pipeline.load([project(tmp_path / "rules", ("regler.regel", DRAFT_RULE.replace(
        '  udkast "kilde og ikrafttræden afventer lovforslaget"\n', '  kilde testlov "§ 6"\n')),
        ("bestemmelser.regel", REGISTRY))]).rule_set
    assert [p.message for p in release.problems(rule_set)] == [
        "reglen `samtale_efter_kursus` har ingen gyldighedsperiode og ville blive udgivet som gældende for alle datoer"]


def test_a_release_of_settled_rules_is_built(tmp_path):
    result = regel("byg", "--udgivelse", "--regler", str(RULES), "--ud", str(tmp_path / "udgivelse"))
    assert result.exit_code == 0, result.output
    assert (tmp_path / "udgivelse" / "docs" / "index.html").exists()


def test_diff_says_when_a_rule_becomes_settled(drafted, tmp_path):
    settled = tmp_path / "vedtaget"
    shutil.copytree(drafted, settled)
    text = (settled / "regler.regel").read_text(encoding="utf-8")
    (settled / "regler.regel").write_text(text.replace(
        '  udkast "kilde og ikrafttræden afventer lovforslaget"\n',
        '  kilde testlov "§ 6"\n  gælder fra 1. januar 2025\n  afgørende dato er forløbsstart\n'), encoding="utf-8")
    sources = (settled / "kilder.regel").read_text(encoding="utf-8")
    (settled / "kilder.regel").write_text(sources.replace('  udkast "endnu ikke fremsat"\n', ""), encoding="utf-8")
    found = [c.text for c in diff.compare(pipeline.load([drafted]).rule_set, pipeline.load([settled]).rule_set)]
    assert "Kilden lovforslag er ikke længere et udkast." in found
    assert "Reglen «En samtale senest en uge efter et kursus» (P06) er ikke længere et udkast." in found
    assert "Reglen «Et kursus afsluttes med et bevis» (P07) er ikke længere et udkast." in found
    back = [c.text for c in diff.compare(pipeline.load([settled]).rule_set, pipeline.load([drafted]).rule_set)]
    assert "Kilden lovforslag er nu et udkast, ikke gældende ret (endnu ikke fremsat)." in back
