"""No test depends on what the law says today: four legal edits, made as a jurist makes them
(in rule files only), each correct on its own; then the whole test suite on a copy of the
project whose rules/ has all four, committed as a change would be.

(a) P01's deadline becomes 5 days instead of 1 week for cases with første henvendelse from
    1 January 2026: two dated versions, boundary examples on both sides, a new source.
(b) A new provision in the registry, a new source and a new rule citing them.
(c) A rule ended at a date: the offer-interval rule (P13) no longer applies to offers ending
    from 1 January 2027.
(d) A new optional case field, and a new exception (with its provision and source) that uses it.

The edits are made to the frozen copy of the rules in tests/fixtures/rules_frozen, not to
rules/ itself: they replace today's text, and a jurist who changes that text in rules/ must not
turn this test red. On the copy, the tests marked `regelsaet` run again: every test that reads
rules/, generated/ or examples/ carries that mark (tests/conftest.py fails the run when an
unmarked test reads them), so the tests left out cannot see the edits.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

from .conftest import FROZEN_RULES, ROOT


@dataclass
class Edit:
    """Replace `before` (which must occur exactly once) by `after` in a rule file; an empty
    `before` appends `after` to the file."""
    file: str
    before: str
    after: str


P01_IN_VERSIONS = [
    Edit("kilder.regel", "", '''
kilde ændringslov_2025 "Lov om ændring af lov om en aktiv beskæftigelsesindsats (kortere frist for første samtale)"
  dato 1. december 2025
'''),
    Edit("bestemmelser.regel",
         'bestemmelse P01 krav "Første samtale senest en uge efter første henvendelse (kontant- og uddannelseshjælp)"',
         'bestemmelse P01 krav "Første samtale senest en uge, fra 2026 fem dage, efter første henvendelse '
         '(kontant- og uddannelseshjælp)"'),
    Edit("kontaktforloeb.regel", '''regel første_samtale_kontanthjælp "Første samtale senest en uge efter første henvendelse"
  bestemmelse P01
  kilde første_delaftale "Færre proceskrav for indsatsen"
  kilde hedensted "Færre proceskrav til samtaleforløbet"
  kilde forenklet_indsats "Færre og mere enkle proceskrav"
  gælder fra 1. juli 2019
  afgørende dato er første_henvendelse
  for sager hvor ydelse er en af kontanthjælp, uddannelseshjælp
  krav: den første samtale hvor med_jobcentret skal finde sted senest 1 uge efter første_henvendelse
''', '''regel første_samtale_kontanthjælp "Første samtale senest en uge, fra 2026 fem dage, efter første henvendelse"
  bestemmelse P01
  kilde første_delaftale "Færre proceskrav for indsatsen"
  kilde hedensted "Færre proceskrav til samtaleforløbet"
  kilde forenklet_indsats "Færre og mere enkle proceskrav"
  kilde ændringslov_2025 "§ 1, nr. 3"
  afgørende dato er første_henvendelse
  for sager hvor ydelse er en af kontanthjælp, uddannelseshjælp
  version gælder fra 1. juli 2019 til 31. december 2025: tidsfrist er 1 uge
  version gælder fra 1. januar 2026: tidsfrist er 5 dage
  ændring 1. januar 2026 kilde ændringslov_2025 "§ 1, nr. 3"
  krav: den første samtale hvor med_jobcentret skal finde sted senest tidsfrist efter første_henvendelse
  beskrivelse "Datoen for første henvendelse afgør fristen: en uge til og med 31. december 2025, fem dage fra 1. januar 2026."

  eksempel "Henvendelse 31. december 2025: fristen er stadig en uge"
    sag:
      ydelse: kontanthjælp
      forløbsstart: 31. december 2025
      første_henvendelse: 31. december 2025
      samtaler: (dato 7. januar 2026, form fremmøde, aktør jobcenter)
    pr. 1. februar 2026: ingen overtrædelse

  eksempel "Henvendelse 1. januar 2026: samtale på femtedagen er rettidig"
    sag:
      ydelse: uddannelseshjælp
      forløbsstart: 1. januar 2026
      første_henvendelse: 1. januar 2026
      samtaler: (dato 6. januar 2026, form fremmøde, aktør jobcenter)
    pr. 1. februar 2026: ingen overtrædelse

  eksempel "Henvendelse 1. januar 2026: samtale på sjettedagen er for sent"
    sag:
      ydelse: kontanthjælp
      forløbsstart: 1. januar 2026
      første_henvendelse: 1. januar 2026
      samtaler: (dato 7. januar 2026, form fremmøde, aktør jobcenter)
    pr. 1. februar 2026: overtrædelse

  eksempel "Fra 2026 vises fristen fem dage efter henvendelsen"
    sag:
      ydelse: kontanthjælp
      forløbsstart: 2. januar 2026
      første_henvendelse: 2. januar 2026
    pr. 3. januar 2026: frist 7. januar 2026
    pr. 8. januar 2026: overtrædelse
'''),
]

NEW_PROVISION_AND_RULE = [
    Edit("bestemmelser.regel", "", '''bestemmelse P30 krav "Dagpenge: første samtale i a-kassen senest to uger efter forløbets start"
'''),
    Edit("kilder.regel", "", '''
kilde tredje_delaftale "Tredje delaftale om nytænkning af beskæftigelsesindsatsen"
  dato 15. november 2025
  adresse "https://bm.dk/tredje-delaftale"
'''),
    Edit("kontaktforloeb.regel", "", '''

regel første_samtale_i_a_kassen "Dagpenge: første samtale i a-kassen senest to uger efter forløbets start"
  bestemmelse P30
  kilde tredje_delaftale "Hurtigere kontakt til a-kassen"
  gælder fra 1. januar 2026
  afgørende dato er forløbsstart
  for sager hvor ydelse er dagpenge
  krav: den første samtale hvor med_a_kassen skal finde sted senest 2 uger efter forløbsstart

  eksempel "Samtale i a-kassen på fjortendedagen er rettidig"
    sag:
      ydelse: dagpenge
      forløbsstart: 5. januar 2026
      samtaler: (dato 19. januar 2026, form fremmøde, aktør a_kasse)
    pr. 1. marts 2026: ingen overtrædelse

  eksempel "Samtale i a-kassen på femtendedagen er for sent"
    sag:
      ydelse: dagpenge
      forløbsstart: 5. januar 2026
      samtaler: (dato 20. januar 2026, form fremmøde, aktør a_kasse)
    pr. 1. marts 2026: overtrædelse

  eksempel "En samtale i jobcentret tæller ikke"
    sag:
      ydelse: dagpenge
      forløbsstart: 5. januar 2026
      samtaler: (dato 6. januar 2026, form fremmøde, aktør jobcenter)
    pr. 10. januar 2026: frist 19. januar 2026
    pr. 20. januar 2026: overtrædelse

  eksempel "Forløb fra 31. december 2025 er ikke omfattet"
    sag:
      ydelse: dagpenge
      forløbsstart: 31. december 2025
    pr. 1. marts 2026: ingen overtrædelse
'''),
]

INTERVAL_ENDED = [
    Edit("kilder.regel", "", '''
kilde ændringslov_2026 "Lov om ændring af lov om en aktiv beskæftigelsesindsats (ophævelse af grænsen mellem tilbud)"
  dato 1. december 2026
'''),
    Edit("tilbud.regel", '''regel interval_mellem_tilbud "Højst fire måneder (før 2022: fire uger) mellem to tilbud"''',
         '''regel interval_mellem_tilbud "Højst fire måneder (før 2022: fire uger) mellem to tilbud, til og med 2026"'''),
    Edit("tilbud.regel", "  version gælder fra 1. januar 2022: grænse er 4 måneder\n",
         "  version gælder fra 1. januar 2022 til 31. december 2026: grænse er 4 måneder\n"
         "  ændring 1. januar 2027 kilde ændringslov_2026 \"§ 1, nr. 7\"\n"),
    Edit("tilbud.regel", '''    pr. 1. november 2022: ingen overtrædelse og frist 30. januar 2023
''', '''    pr. 1. november 2022: ingen overtrædelse og frist 30. januar 2023

  eksempel "Et tilbud, der slutter 31. december 2026, skal følges af et nyt inden fire måneder"
    sag:
      ydelse: uddannelseshjælp
      forløbsstart: 1. september 2026
      tilbud: (type uddannelse, start 1. september 2026, slut 31. december 2026),
              (type virksomhedspraktik, start 1. maj 2027, slut 20. maj 2027)
    pr. 1. marts 2027: frist 30. april 2027
    pr. 1. juni 2027: overtrædelse

  eksempel "Efter et tilbud, der slutter 1. januar 2027, gælder reglen ikke længere"
    sag:
      ydelse: uddannelseshjælp
      forløbsstart: 1. september 2026
      tilbud: (type uddannelse, start 1. september 2026, slut 1. januar 2027)
    pr. 1. marts 2027: ingen overtrædelse
    pr. 1. juni 2027: ingen overtrædelse
'''),
]

NEW_FIELD_AND_EXCEPTION = [
    Edit("datamodel.regel", "  fritagelse: Fritagelse, valgfri\n",
         "  fritagelse: Fritagelse, valgfri\n  indlæggelse_start: dato, valgfri\n"),
    Edit("bestemmelser.regel", "", '''bestemmelse P31 undtagelse "Ingen frist for første samtale ved indlæggelse i forløbets første uge"
'''),
    Edit("kilder.regel", "", '''
kilde bekendtgørelse_indlæggelse "Bekendtgørelse om fritagelse for samtaler ved indlæggelse"
  dato 1. december 2025
'''),
    Edit("fritagelse.regel", "", '''

undtagelse indlagt_i_første_uge "Borgere, der indlægges senest en uge efter forløbets start, har ingen frist for første samtale"
  til første_samtale_kontanthjælp
  bestemmelse P31
  kilde bekendtgørelse_indlæggelse "§ 2"
  gælder fra 1. januar 2026
  afgørende dato er indlæggelse_start
  når indlæggelse_start er angivet og indlæggelse_start er senest forløbsstart + 1 uge

  eksempel "Indlagt syv dage efter forløbets start"
    sag:
      ydelse: kontanthjælp
      forløbsstart: 5. januar 2026
      første_henvendelse: 5. januar 2026
      indlæggelse_start: 12. januar 2026
    pr. 1. februar 2026: undtaget og ingen overtrædelse af første_samtale_kontanthjælp

  eksempel "Indlagt otte dage efter forløbets start"
    sag:
      ydelse: kontanthjælp
      forløbsstart: 5. januar 2026
      første_henvendelse: 5. januar 2026
      indlæggelse_start: 13. januar 2026
    pr. 1. februar 2026: overtrædelse af første_samtale_kontanthjælp

  eksempel "Indlagt 31. december 2025, før undtagelsen trådte i kraft"
    sag:
      ydelse: kontanthjælp
      forløbsstart: 29. december 2025
      første_henvendelse: 29. december 2025
      indlæggelse_start: 31. december 2025
    pr. 1. februar 2026: overtrædelse af første_samtale_kontanthjælp

  eksempel "Uden indlæggelse gælder fristen"
    sag:
      ydelse: uddannelseshjælp
      forløbsstart: 5. januar 2026
      første_henvendelse: 5. januar 2026
    pr. 1. februar 2026: overtrædelse af første_samtale_kontanthjælp
'''),
]

EDITS = {"a_p01_fem_dage": P01_IN_VERSIONS, "b_ny_bestemmelse": NEW_PROVISION_AND_RULE,
         "c_regel_ophører": INTERVAL_ENDED, "d_nyt_felt_og_undtagelse": NEW_FIELD_AND_EXCEPTION}


def apply(rules: Path, edits: list[Edit]) -> None:
    for edit in edits:
        path = rules / edit.file
        text = path.read_text(encoding="utf-8")
        if edit.before:
            assert text.count(edit.before) == 1, f"{edit.file}: the text to replace is not there exactly once"
            text = text.replace(edit.before, edit.after)
        else:
            text += edit.after
        path.write_text(text, encoding="utf-8")


def regel(cwd: Path, *args: str) -> subprocess.CompletedProcess:
    """`regel` as a user runs it, from `cwd` (the compiler of the folder it runs in, if it has one)."""
    return subprocess.run([sys.executable, "-m", "compiler", *args], cwd=cwd, capture_output=True, text=True)


def warnings(result: subprocess.CompletedProcess) -> set[str]:
    return set(re.findall(r"advarsel: (.*)", result.stderr))


def passed(result: subprocess.CompletedProcess) -> int:
    return int(re.fullmatch(r"(\d+) bestået, 0 fejlet\n", result.stdout).group(1))


def rules_before_the_edits(target: Path) -> None:
    """The rule files of `target` (a rules/ folder) become those of the frozen copy."""
    for old in target.rglob("*.regel"):
        old.unlink()
    shutil.copytree(FROZEN_RULES, target, ignore=shutil.ignore_patterns("*.md"), dirs_exist_ok=True)


@pytest.fixture(scope="module")
def unedited(tmp_path_factory):
    """`regel tjek` and `regel test` on the rules before the edits, to compare with."""
    folder = tmp_path_factory.mktemp("uredigeret")
    rules_before_the_edits(folder / "rules")
    return regel(folder, "tjek"), regel(folder, "test")


@pytest.mark.parametrize("name", EDITS)
def test_each_edit_is_correct_on_its_own(name, unedited, tmp_path):
    rules_before_the_edits(tmp_path / "rules")
    apply(tmp_path / "rules", EDITS[name])
    checked, tested = regel(tmp_path, "tjek"), regel(tmp_path, "test")
    assert checked.returncode == 0 and tested.returncode == 0, checked.stderr + tested.stderr
    assert warnings(checked) <= warnings(unedited[0])
    assert passed(tested) > passed(unedited[1])  # the edit's own examples ran, and passed


def project_copy(target: Path) -> Path:
    """The project as a fresh clone has it: no virtual environment, no caches, no git folder."""
    skip = shutil.ignore_patterns(".git", ".venv", "__pycache__", ".pytest_cache", ".hypothesis", "*.egg-info",
                                  "build", "out")
    shutil.copytree(ROOT, target, ignore=skip)
    return target


def git(cwd: Path, *args: str) -> None:
    subprocess.run(["git", "-c", "user.name=Jurist", "-c", "user.email=jurist@example.org", *args],
                   cwd=cwd, check=True, capture_output=True)


@pytest.mark.regelsaet  # it copies the project, rules/ and generated/ too
def test_the_tests_of_rules_pass_on_the_project_with_the_four_edits(tmp_path):
    project = project_copy(tmp_path / "projekt")
    rules_before_the_edits(project / "rules")
    git(project, "init", "-q")
    git(project, "add", "-A")
    git(project, "commit", "-qm", "før lovændringerne")
    for edits in EDITS.values():
        apply(project / "rules", edits)
    steps = [("tjek",), ("test",), ("byg",)]
    for step in steps:
        result = regel(project / "rules", *step)  # as a jurist would, from inside rules/
        assert result.returncode == 0, f"regel {' '.join(step)}:\n{result.stdout}{result.stderr}"
    assert regel(project, "diff").stdout.count("\n- ") >= len(EDITS)
    git(project, "add", "-A")
    git(project, "commit", "-qm", "lovændringerne")
    suite = subprocess.run([sys.executable, "-m", "pytest", "tests", "-p", "no:cacheprovider", "-m", "regelsaet",
                            "--ignore", "tests/test_lovaendringer.py"], cwd=project, capture_output=True, text=True)
    assert suite.returncode == 0, "the tests of rules/ fail on correctly edited rules:\n" + suite.stdout[-6000:] + suite.stderr[-2000:]
    assert re.search(r"\b[1-9]\d* passed", suite.stdout), suite.stdout[-2000:]
    assert regel(project, "byg", "--tjek").returncode == 0
