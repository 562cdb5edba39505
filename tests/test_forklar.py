"""Explanations: every outcome kind with its basis, from `valider(…, forklar=True)`, `regel
forklar` and `regel valider --forklar` (on the small fixture rule set in tests/golden/lille)."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
from click.testing import CliRunner

from compiler import examples, pipeline
from compiler.cli import regel

LILLE = Path(__file__).parent / "golden" / "lille"

CASES = [
    {"id": "for-sent", "ydelse": "kontanthjælp", "forløbsstart": "2024-01-02", "første_henvendelse": "2024-01-02",
     "samtaler": [{"dato": "2024-01-10", "form": "fremmøde"}, {"dato": "2024-01-20", "form": "video"}]},
    {"id": "rettidig", "ydelse": "kontanthjælp", "forløbsstart": "2024-01-02", "første_henvendelse": "2024-01-02",
     "samtaler": [{"dato": "2024-01-09", "form": "fremmøde"}, {"dato": "2024-02-01", "form": "fremmøde"}]},
    {"id": "uden-henvendelse", "ydelse": "kontanthjælp", "forløbsstart": "2024-01-02"},
    {"id": "fritaget", "ydelse": "dagpenge", "forløbsstart": "2024-01-05", "fritaget_fra": "2024-02-01"},
    {"id": "kommende", "ydelse": "dagpenge", "forløbsstart": "2024-04-20"},
]


@pytest.fixture(scope="module")
def package(tmp_path_factory):
    loaded = pipeline.load([LILLE])
    assert loaded.ok
    return examples.build_package(loaded.rule_set, tmp_path_factory.mktemp("pakke"))


def outcomes(package, case, day=date(2024, 5, 1)):
    return {(o["regel"], o["udfald"]): o for o in package.valider(case, day, forklar=True)["forklaring"]}


def test_every_outcome_kind_is_explained(package):
    found = {}
    for case in CASES:
        for (_rule, kind), outcome in outcomes(package, case).items():
            found.setdefault(kind, outcome)
    assert set(found) == {"overtrådt", "opfyldt", "frist", "gælder ikke", "undtaget", "datafejl"}
    for outcome in found.values():
        assert outcome["begrundelse"].startswith("Efter reglen «")
        assert outcome["bestemmelse"] in outcome["begrundelse"]


def test_an_explanation_names_the_version_and_the_items_counted(package):
    before = outcomes(package, {"id": "x", "ydelse": "dagpenge", "forløbsstart": "2023-10-01",
                                "samtaler": [{"dato": "2023-10-05", "form": "video"}]})
    counted = before[("samtaler_første_tre_måneder", "overtrådt")]["grundlag"]
    assert counted["afgørende_dato"] == "2023-10-01"
    assert counted["version"] == {"fra": None, "til": "2023-12-31", "værdier": {"antal_måneder": "3 måneder"}}
    assert counted["elementer"] == ["samtaler[0]"]
    after = outcomes(package, {"id": "x", "ydelse": "dagpenge", "forløbsstart": "2024-01-05"})
    assert after[("samtaler_første_tre_måneder", "overtrådt")]["grundlag"]["version"]["fra"] == "2024-01-01"


def test_the_event_found_and_the_exception_considered_are_named(package):
    late = outcomes(package, CASES[0])[("første_samtale", "overtrådt")]
    assert late["grundlag"]["elementer"] == ["samtaler[0]"]
    assert late["grundlag"]["fakta"] == {"frist": "2024-01-09", "dato": "2024-01-10"}
    assert "10. januar 2024" in late["begrundelse"] and "9. januar 2024" in late["begrundelse"]
    counted = outcomes(package, {**CASES[3], "fritaget_fra": "2024-06-01"})[("samtaler_første_tre_måneder",
                                                                            "overtrådt")]
    assert counted["grundlag"]["undtagelser"] == [
        {"undtagelse": "fritaget", "undtagelse_id": "P22.undtagelse", "bestemmelse": "P22", "gælder": False,
         "grund": "undtagelsen omfatter ikke denne frist"}]


def test_why_a_rule_does_not_apply(package):
    other_benefit = outcomes(package, CASES[3])[("første_samtale", "gælder ikke")]
    assert other_benefit["grund"] == "ydelse"
    before_the_law = outcomes(package, {**CASES[0], "første_henvendelse": "2019-06-30"})[("første_samtale",
                                                                                         "gælder ikke")]
    assert before_the_law["grund"] == "periode"
    assert "gælder fra 1. juli 2019, og den afgørende dato er 30. juni 2019" in before_the_law["besked"]


def test_explanations_leave_the_result_itself_unchanged(package):
    for case in CASES:
        plain = package.valider(case, date(2024, 5, 1))
        explained = package.valider(case, date(2024, 5, 1), forklar=True)
        assert explained.pop("forklaring") and explained == plain


@pytest.fixture()
def caseload(tmp_path):
    path = tmp_path / "sager.jsonl"
    path.write_text("".join(json.dumps(case, ensure_ascii=False) + "\n" for case in CASES), encoding="utf-8")
    return path


def run(*arguments):
    return CliRunner().invoke(regel, list(arguments), catch_exceptions=False)


def test_regel_forklar_explains_one_case(package, caseload):
    folder = str(Path(package.__file__).parent.parent)
    result = run("forklar", str(caseload), "--id", "for-sent", "--dato", "2024-05-01", "--pakke", folder)
    assert result.exit_code == 0, result.output
    assert "P01 første_samtale: OVERTRÅDT" in result.output
    assert "første samtale fandt sted 10. januar 2024, efter fristen 9. januar 2024" in result.output.lower()
    as_json = run("forklar", str(caseload), "--id", "fritaget", "--dato", "2024-05-01", "--pakke", folder, "--json")
    data = json.loads(as_json.output)
    assert data["skæringsdato"] == "2024-05-01"
    assert {o["udfald"] for o in data["forklaring"]} == {"undtaget", "gælder ikke"}


def test_regel_forklar_says_when_the_case_is_not_there(package, caseload):
    folder = str(Path(package.__file__).parent.parent)
    result = CliRunner().invoke(regel, ["forklar", str(caseload), "--id", "findes-ikke", "--pakke", folder])
    assert result.exit_code == 2
    assert "der er ingen sag med id 'findes-ikke'" in result.output


def test_regel_valider_forklar_adds_the_reasons(package, caseload):
    folder = str(Path(package.__file__).parent.parent)
    result = run("valider", str(caseload), "--dato", "2024-05-01", "--pakke", folder, "--forklar", "--format", "jsonl")
    lines = [json.loads(line) for line in result.output.splitlines() if line.startswith('{"id"')]
    assert len(lines) == len(CASES) and all("forklaring" in line for line in lines)
    text = run("valider", str(caseload), "--dato", "2024-05-01", "--pakke", folder, "--forklar")
    assert "begrundelse (P01, overtrådt): Efter reglen «" in text.output
