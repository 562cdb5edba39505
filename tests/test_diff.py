"""`regel diff`: legal changes between two versions of the sample project's rules, one Danish sentence each."""

from __future__ import annotations

import shutil
import subprocess

import pytest
from click.testing import CliRunner

from compiler import cli, diff

from .conftest import PROJECT, PROJECT_RULES


@pytest.fixture
def two_versions(tmp_path):
    old, new = tmp_path / "gammel", tmp_path / "ny"
    shutil.copytree(PROJECT_RULES, old)
    shutil.copytree(PROJECT_RULES, new)
    return old, new


def edit(folder, name, before, after):
    path = folder / name
    text = path.read_text(encoding="utf-8")
    assert before in text
    path.write_text(text.replace(before, after), encoding="utf-8")


def sentences(old, new):
    return [c.text for c in diff.compare(diff.load_version(str(old), old), diff.load_version(str(new), new))]


def test_identical_rules_have_no_changes(two_versions):
    assert sentences(*two_versions) == []


def test_a_changed_number_is_one_sentence(two_versions):
    old, new = two_versions
    edit(new, "tilbud.regel", "version gælder fra 1. januar 2022: grænse er 4 måneder",
         "version gælder fra 1. januar 2022: grænse er 3 måneder")
    assert sentences(old, new) == [
        "Regel interval_mellem_tilbud (P13): grænse ændres fra 4 måneder til 3 måneder for perioden fra 1. januar 2022."]


def test_a_changed_explanation_for_readers_is_shown(two_versions):
    old, new = two_versions
    edit(new, "tilbud.regel", "Det tidligere tilbuds slutdato afgør", "Slutdatoen for det tidligere tilbud afgør")
    [sentence] = sentences(old, new)
    assert sentence.startswith("Regel interval_mellem_tilbud (P13): forklaringen ændres fra «Det tidligere tilbuds")
    assert "til «Slutdatoen for det tidligere tilbud afgør" in sentence


def test_a_moved_version_boundary_reads_as_a_changed_period(two_versions):
    old, new = two_versions
    edit(new, "tilbud.regel", "version gælder fra 1. juli 2019 til 31. december 2021: grænse er 4 uger\n"
         "  version gælder fra 1. januar 2022: grænse er 4 måneder",
         "version gælder fra 1. juli 2019 til 31. januar 2022: grænse er 4 uger\n"
         "  version gælder fra 1. februar 2022: grænse er 3 måneder")
    assert sentences(old, new) == [
        "Regel interval_mellem_tilbud (P13): versionen, der gjaldt fra 1. juli 2019 til og med 31. december 2021, "
        "gælder nu fra 1. juli 2019 til og med 31. januar 2022.",
        "Regel interval_mellem_tilbud (P13): versionen, der gjaldt fra 1. januar 2022, gælder nu fra 1. februar 2022.",
        "Regel interval_mellem_tilbud (P13): grænse ændres fra 4 måneder til 3 måneder for perioden fra 1. februar 2022.",
    ]


def test_period_obligation_example_and_added_rule(two_versions):
    old, new = two_versions
    edit(new, "samtaler.regel", "  gælder fra 1. januar 2023\n  afgørende dato er dato\n  for sager hvor de_fire_ydelser\n"
         "  krav: der må ikke", "  gælder fra 1. februar 2023\n  afgørende dato er dato\n  for sager hvor de_fire_ydelser\n"
         "  krav: der må ikke")
    edit(new, "samtaler.regel", "skal finde sted senest 1 uge efter første_henvendelse",
         "skal finde sted senest 2 uger efter første_henvendelse")
    edit(new, "samtaler.regel", "      samtaler: (dato 10. januar 2023, form fremmøde, aktør jobcenter)\n"
         "    pr. 1. februar 2023: overtrædelse", "      samtaler: (dato 10. januar 2023, form fremmøde, aktør jobcenter)\n"
         "    pr. 1. februar 2023: ingen overtrædelse")
    (new / "ny.regel").write_text('regel ny_regel "Ny regel"\n  bestemmelse P04\n  kilde hedensted "x"\n', encoding="utf-8")
    found = sentences(old, new)
    assert ("Regel ingen_samtaler_pr_brev (P11): gyldighedsperioden ændres fra «fra 1. januar 2023» til "
            "«fra 1. februar 2023».") in found
    assert any("kravet ændres" in s and "senest 2 uger efter første henvendelse" in s for s in found)
    assert any("ændres resultatet pr. 1. februar 2023 fra «overtrædelse» til «ingen overtrædelse»" in s for s in found)
    assert any(s.startswith("Ny regel ny_regel (P04)") for s in found)


def committed_project(tmp_path, folder="."):
    """The sample project committed to a new git repository, in `folder` of it."""
    project = tmp_path / folder
    shutil.copytree(PROJECT, project, dirs_exist_ok=True)
    for command in (["init", "-q"], ["add", "."], ["-c", "user.name=t", "-c", "user.email=t@t", "commit", "-qm", "regler"]):
        subprocess.run(["git", *command], check=True, cwd=tmp_path)
    return project


def test_diff_between_a_commit_and_the_working_tree(tmp_path, monkeypatch):
    project = committed_project(tmp_path)
    monkeypatch.chdir(project)
    edit(project / "rules", "tilbud.regel", "må højst vare\n    4 uger hvis", "må højst vare\n    5 uger hvis")
    result = CliRunner().invoke(cli.regel, ["diff", "--side", "side"])
    assert result.exit_code == 0
    assert "kravet ændres" in result.output and "5 uger" in result.output
    assert "5 uger" in (project / "side" / "aendringer.html").read_text(encoding="utf-8")


def test_diff_from_inside_the_rules_of_a_project_in_a_subfolder_of_the_repository(tmp_path, monkeypatch):
    project = committed_project(tmp_path, "kommune/regelsæt")
    (project / "rules" / "første.regel").write_text((project / "rules" / "oplysninger.regel").read_text(
        encoding="utf-8").replace("regel kontaktforløb_efter_seks_måneder", "regel kontaktforløb_kopi"), encoding="utf-8")
    subprocess.run(["git", "add", "."], check=True, cwd=tmp_path)
    subprocess.run(["git", "-c", "user.name=t", "-c", "user.email=t@t", "commit", "-qm", "ny fil"], check=True, cwd=tmp_path)
    edit(project / "rules", "første.regel", "aftaler jobcentret og borgeren", "aftaler kommunen og borgeren")
    monkeypatch.chdir(project / "rules")
    result = CliRunner().invoke(cli.regel, ["diff"])
    assert result.exit_code == 0, result.output
    assert result.output.count("\n- ") == 1 and "Regel kontaktforløb_kopi (P04): forklaringen ændres" in result.output


def test_unknown_revision_is_a_danish_error(tmp_path, monkeypatch):
    monkeypatch.chdir(committed_project(tmp_path))
    result = CliRunner().invoke(cli.regel, ["diff", "findes-ikke"])

    assert result.exit_code == 2
    assert "hverken en mappe eller en git-revision" in result.output
