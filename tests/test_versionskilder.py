"""A finding cites the source of the version that decided it: a version introduced by an
`ændring … kilde X` makes its violations (`kilde`) and the Danish explanation (`begrundelse`)
cite X after the rule's own sources, in every back end that makes findings: the generated
validators, the IR interpreter and DuckDB through the findings renderer. The fixture rule file
is tests/fixtures/versionskilder/regler.regel, checked with the sample project's data model."""

from __future__ import annotations

import copy
from datetime import date

import pytest

from compiler import examples, pipeline
from compiler.engines import valider
from compiler.ir.interpret import Caseload, Interpreter

from .conftest import FIXTURES, MODEL_FILES, PROJECT_RULES
from .test_sql_engines import write_sql

RULES = [*(PROJECT_RULES / f"{name}.regel" for name in MODEL_FILES), FIXTURES / "versionskilder" / "regler.regel"]

FIRST = "Første delaftale om nytænkning af beskæftigelsesindsatsen, Færre proceskrav for indsatsen"
HEDENSTED = "Hedensted Kommune: Ny forenklet beskæftigelsesindsats (udvalgsbilag), Færre proceskrav til samtaleforløbet"
SECOND = "Anden delaftale om nytænkning af beskæftigelsesindsatsen"


def case(case_id: str, contact: str, meeting: str, form: str = "fremmøde", **extra) -> dict:
    return {"id": case_id, "ydelse": "kontanthjælp", "forløbsstart": contact, "første_henvendelse": contact,
            "samtaler": [{"dato": meeting, "form": form, "aktør": "jobcenter"}], **extra}


DAY = date(2026, 2, 1)
CASES = [
    case("før", "2025-12-01", "2025-12-09"),            # P01 by the version before 2026 (1 week)
    case("efter", "2026-01-05", "2026-01-11", "brev"),  # P01 by the version from 2026 (5 days); P11
    {"id": "tilbud", "ydelse": "uddannelseshjælp", "forløbsstart": "2022-02-01",
     "tilbud": [{"type": "virksomhedspraktik", "start": "2022-02-01", "slut": "2022-02-28"},
                {"type": "uddannelse", "start": "2022-06-29"}]},  # P13: its ændring cites its own source
]
EXPECTED = {  # (case, rule id) -> the violation's `kilde`
    ("før", "P01.frist"): f"{FIRST}; {HEDENSTED}",
    ("efter", "P01.frist"): f"{FIRST}; {HEDENSTED}; versionen fra 1. januar 2026: {SECOND}, "
                            "Kortere frist for den første samtale",
    ("efter", "P11.forbud"): f"{HEDENSTED}; versionen fra 1. januar 2024: {SECOND}, Et forenklet kontaktforløb",
    ("tilbud", "P13.pause"): FIRST,
}


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    loaded = pipeline.load(RULES)
    assert loaded.ok, "\n".join(loaded.render())
    folder = tmp_path_factory.mktemp("versionskilder")
    write_sql(loaded.rule_set, folder / "sql")
    return loaded, examples.build_package(loaded.rule_set, folder / "python"), folder / "sql"


def cited(results: list[dict]) -> dict:
    return {(r["id"], v["regel_id"]): v["kilde"] for r in results for v in r["overtrædelser"]}


def test_the_lowering_gives_each_version_the_sources_that_introduced_it(built):
    loaded, _package, _sql = built
    first, second = loaded.rule_set.rule("første_samtale").versions
    assert first.citations == ()  # its ændring cites the rule's own source: nothing more to cite
    assert [(c.source, c.locator) for c in second.citations] == [  # the rule's own hedensted left out
        ("anden_delaftale", "Kortere frist for den første samtale")]
    assert all(v.citations == () for v in loaded.rule_set.rule("interval_mellem_tilbud").versions)


def test_a_violation_cites_the_source_of_its_version_in_every_back_end(built):
    loaded, package, sql_dir = built
    python = [package.valider(copy.deepcopy(c), DAY) for c in CASES]
    assert cited(python) == EXPECTED
    reference = Caseload(Interpreter(loaded.rule_set), DAY)
    assert [reference.judge(copy.deepcopy(c)) for c in CASES] == [package.Sagsbestand(DAY).valider(c) for c in
                                                                  copy.deepcopy(CASES)]
    duckdb = valider.judge_each_on_its_day(package, sql_dir, [(copy.deepcopy(c), DAY) for c in CASES])
    assert duckdb == [package.Sagsbestand(DAY).valider(c) for c in copy.deepcopy(CASES)]
    assert cited(duckdb) == EXPECTED


def test_the_explanation_cites_the_same_sources_as_the_finding(built):
    loaded, package, _sql = built
    interpreter = Interpreter(loaded.rule_set)
    for judged in CASES:
        ours = package.valider(copy.deepcopy(judged), DAY, forklar=True)
        assert ours == interpreter.judge(interpreter.read(copy.deepcopy(judged)), DAY, explain=True).som_json()
        for outcome in ours["forklaring"]:
            if outcome["udfald"] == "overtrådt":
                sources = EXPECTED[judged["id"], outcome["regel_id"]]
                assert f"; kilde: {sources}). " in outcome["begrundelse"], outcome["begrundelse"]


def test_the_examples_pass(built):
    loaded, package, _sql = built
    outcomes = examples.run_examples(loaded.rule_set, package)
    assert len(outcomes) == 4 and all(o.ok for o in outcomes), [o for o in outcomes if not o.ok]
