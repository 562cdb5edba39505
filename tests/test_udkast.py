"""Drafts (`udkast`): what a legal officer writes before the source or the start date is known.

On copies of the fixture rule set tests/fixtures/jurist/rules, never on rules/:
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

RULES = FIXTURES / "jurist" / "rules"

DRAFTS = FIXTURES / "jurist" / "udkast.regel"  # a draft rule, a draft source and a rule citing it
DRAFT_MARK = '  udkast "kilde og ikrafttræden afventer lovforslaget"\n'


def project(folder: Path, drafts: str) -> Path:
    """The fixture rules with the draft file, as `drafts` reads (the file edited)."""
    shutil.copytree(RULES, folder)
    (folder / "udkast.regel").write_text(drafts, encoding="utf-8")
    return folder


def edited(before: str, after: str) -> str:
    text = DRAFTS.read_text(encoding="utf-8")
    assert text.count(before) == 1, before
    return text.replace(before, after)


@pytest.fixture
def drafted(tmp_path) -> Path:
    return project(tmp_path / "rules", DRAFTS.read_text(encoding="utf-8"))


def test_tjek_warns_about_drafts_and_accepts_one_without_source_or_period(drafted):
    result = regel("tjek", str(drafted))
    assert result.exit_code == 0, result.output
    assert "advarsel: reglen `hurtig_første_samtale` er et udkast: kilde og ikrafttræden afventer lovforslaget" \
        in result.output
    assert "advarsel: kilden `lovforslag` er et udkast: endnu ikke fremsat" in result.output
    assert "`regel byg --udgivelse` afviser det" in result.output
    assert "fejl:" not in result.output and "0 fejl og 2 advarsler" in result.output, result.output


def test_a_judged_rule_without_a_period_is_a_warning_and_a_right_without_one_is_not(tmp_path):
    folder = project(tmp_path / "rules", edited(DRAFT_MARK, '  kilde testlov "§ 6"\n').replace(
        '  kilde lovforslag "§ 2"', '  kilde testlov "§ 2"').replace('  udkast "endnu ikke fremsat"\n', ""))
    result = regel("tjek", str(folder))
    assert result.exit_code == 0, result.output
    assert "advarsel: reglen har ingen gyldighedsperiode og gælder derfor for alle datoer" in result.output
    assert "`udkast \"ikrafttræden ikke fastlagt\"`" in result.output
    assert result.output.count("ingen gyldighedsperiode") == 1  # not for the information rule kursusbevis


def test_a_rule_without_a_source_must_be_a_draft(tmp_path):
    folder = project(tmp_path / "rules", edited(DRAFT_MARK, ""))
    result = regel("tjek", str(folder))
    assert result.exit_code == 1
    assert "fejl: reglen henviser ikke til en kilde" in result.output
    assert "marker reglen som `udkast \"kilden er ikke fastlagt\"`" in result.output


def test_two_draft_marks_are_an_error(tmp_path):
    folder = project(tmp_path / "rules", edited("  bestemmelse P06\n", '  bestemmelse P06\n  udkast "igen"\n'))
    result = regel("tjek", str(folder))
    assert result.exit_code == 1 and "fejl: reglen har mere end én `udkast`" in result.output


def test_the_lowering_says_which_rules_are_drafts_and_why(drafted):
    rule_set = pipeline.load([drafted]).rule_set
    assert rule_set.rule("hurtig_første_samtale").draft == "kilde og ikrafttræden afventer lovforslaget"
    assert rule_set.rule("kursusbevis").draft == \
        "bygger på kilden «Lovforslag om hurtigere første samtale», som er et udkast"
    assert rule_set.source("lovforslag").draft == "endnu ikke fremsat"
    assert rule_set.rule("første_samtale").draft is None and rule_set.source("testlov").draft is None


def test_a_draft_is_built_and_tested_and_documented_as_not_in_force(drafted, tmp_path):
    assert regel("test", str(drafted)).output.endswith("bestået, 0 fejlet\n")
    out = tmp_path / "generated"
    result = regel("byg", "--regler", str(drafted), "--ud", str(out))
    assert result.exit_code == 0, result.output
    page = (out / "docs" / "regler" / "hurtig_foerste_samtale.md").read_text(encoding="utf-8")
    assert "> **Udkast – ikke gældende ret.** Kilde og ikrafttræden afventer lovforslaget." in page
    assert "- **Gælder:** ikke (udkast, ikke gældende ret)" in page
    html = (out / "docs" / "regler" / "hurtig_foerste_samtale.html").read_text(encoding="utf-8")
    assert '<p class="note draft" role="note"><strong>Udkast – ikke gældende ret.</strong>' in html
    citing = (out / "docs" / "regler" / "kursusbevis.md").read_text(encoding="utf-8")
    assert "> **Udkast – ikke gældende ret.** Bygger på kilden «Lovforslag om hurtigere første samtale»" in citing
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
    assert "fejl: reglen `hurtig_første_samtale` er et udkast og kan ikke udgives (kilde og ikrafttræden " \
           "afventer lovforslaget)" in result.output
    assert "fejl: reglen `kursusbevis` er et udkast og kan ikke udgives (bygger på kilden" in result.output
    assert "Udgivelsen er afvist: 3 regler eller kilder er ikke fastlagt ret; intet er skrevet." in result.output
    assert not out.exists()


def test_a_release_refuses_a_judged_rule_without_a_period(tmp_path):
    settled = edited(DRAFT_MARK, '  kilde testlov "§ 6"\n').replace('  kilde lovforslag "§ 2"', '  kilde testlov "§ 2"')
    rule_set = pipeline.load([project(tmp_path / "rules", settled)]).rule_set
    assert [p.message for p in release.problems(rule_set)] == [
        "kilden `lovforslag` er et udkast og kan ikke udgives (endnu ikke fremsat)",
        "reglen `hurtig_første_samtale` har ingen gyldighedsperiode og ville blive udgivet som gældende for alle datoer"]


def test_a_docs_release_refuses_drafts_and_writes_nothing(drafted, tmp_path):
    out = tmp_path / "udgivelse"
    result = regel("docs", "--udgivelse", "--regler", str(drafted), "--ud", str(out))
    assert result.exit_code == 1
    assert "fejl: reglen `hurtig_første_samtale` er et udkast og kan ikke udgives" in result.output
    assert "Udgivelsen er afvist: 3 regler eller kilder er ikke fastlagt ret; intet er skrevet." in result.output
    assert not out.exists()
    built = regel("docs", "--udgivelse", "--regler", str(RULES), "--ud", str(out))
    assert built.exit_code == 0, built.output
    assert (out / "docs" / "index.html").exists() and not (out / "python").exists()


def test_a_release_refuses_placeholders_written_instead_of_a_draft_mark(tmp_path):
    """What a jurist wrote before drafts existed: an invented source and an unknown section."""
    placeholders = edited(DRAFT_MARK, '  kilde ukendt "§ ?"\n  gælder fra 1. januar 2025\n'
                                      '  afgørende dato er forløbsstart\n').replace(
        'kilde lovforslag "Lovforslag om hurtigere første samtale"\n  udkast "endnu ikke fremsat"\n',
        'kilde lovforslag "Lovforslag om hurtigere første samtale"\n\nkilde ukendt "Kilde ikke fastlagt"\n')
    folder = project(tmp_path / "rules", placeholders)
    assert regel("tjek", str(folder)).exit_code == 0  # a placeholder is no error while working
    out = tmp_path / "udgivelse"
    result = regel("docs", "--udgivelse", "--regler", str(folder), "--ud", str(out))
    assert result.exit_code == 1, result.output
    assert "fejl: kilden `ukendt` har pladsholderen «Kilde ikke fastlagt» som titel [R504]" in result.output
    assert "fejl: reglen `hurtig_første_samtale` henviser til kilden `ukendt` med pladsholderen «§ ?» [R505]" \
        in result.output
    assert "marker reglen eller kilden som `udkast \"kilden er ikke fastlagt\"`" in result.output
    assert not out.exists()
    assert release.placeholder("TODO") and release.placeholder("…") and not release.placeholder("§ 3, stk. 2")


def test_a_release_of_settled_rules_is_built(tmp_path):
    result = regel("byg", "--udgivelse", "--regler", str(RULES), "--ud", str(tmp_path / "udgivelse"))
    assert result.exit_code == 0, result.output
    assert (tmp_path / "udgivelse" / "docs" / "index.html").exists()


def test_diff_says_when_a_rule_becomes_settled(drafted, tmp_path):
    settled = tmp_path / "vedtaget"
    shutil.copytree(drafted, settled)
    (settled / "udkast.regel").write_text(edited(
        DRAFT_MARK, '  kilde testlov "§ 6"\n  gælder fra 1. januar 2025\n  afgørende dato er forløbsstart\n').replace(
        '  udkast "endnu ikke fremsat"\n', ""), encoding="utf-8")
    found = [c.text for c in diff.compare(pipeline.load([drafted]).rule_set, pipeline.load([settled]).rule_set)]
    assert "Kilden lovforslag er ikke længere et udkast." in found
    assert "Reglen «Første samtale senest en uge efter forløbets start» (P06) er ikke længere et udkast." in found
    assert "Reglen «Et kursus afsluttes med et bevis» (P07) er ikke længere et udkast." in found
    back = [c.text for c in diff.compare(pipeline.load([settled]).rule_set, pipeline.load([drafted]).rule_set)]
    assert "Kilden lovforslag er nu et udkast, ikke gældende ret (endnu ikke fremsat)." in back
