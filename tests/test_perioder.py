"""Periods of records and exceptions that last as long as a period (`omfatter frister mens X varer`).

On the fixture rule set tests/fixtures/jurist/rules (a made-up law with courses, `Kursus`, and
a hospital stay, `Indlæggelse`, whose periods have their own field names), never on rules/:
- every record with a `periode` is checked where a rule reads its end (or the whole period): an
  end before the start is a datafejl for that rule (as for `Tilbud`), never a silent pass;
- an exception `mens indlæggelse varer` covers the duties judged from the first to the last day
  of the registered stay, both included, and a stay with no end yet;
- the generated validators and the reference interpreter agree on random cases, also with
  contradictory periods, and the documentation and `regel diff` say it in Danish.
"""

from __future__ import annotations

import copy
import json
import random
from datetime import date, timedelta

import pytest

from compiler import diff, examples, pipeline
from compiler.backends.danish import Renderer
from compiler.backends.docs import nodes
from compiler.ir import nodes as ir
from compiler.ir.interpret import Caseload, Interpreter

from .conftest import ROOT, regel

RULES = ROOT / "tests" / "fixtures" / "jurist" / "rules"


@pytest.fixture(scope="module")
def engines(tmp_path_factory):
    loaded = pipeline.load([RULES])
    assert loaded.ok and not loaded.diagnostics, "\n".join(loaded.render())
    package = examples.build_package(loaded.rule_set, tmp_path_factory.mktemp("pakke"))
    return loaded, package, Interpreter(loaded.rule_set)


def judge(package, case: dict, day: date) -> dict:
    return package.valider(case, day)


def test_every_example_passes(engines):
    loaded, package, _ = engines
    outcomes = examples.run_examples(loaded.rule_set, package)
    assert outcomes and all(o.ok for o in outcomes), [o for o in outcomes if not o.ok]


CASE = {"id": "S", "ydelse": "sygedagpenge", "forløbsstart": "2024-02-01"}


@pytest.mark.parametrize("stay, exempted", [
    ({"indlagt": "2024-02-15", "udskrevet": "2024-03-01"}, True),   # admitted on the deadline
    ({"indlagt": "2024-02-16", "udskrevet": "2024-03-01"}, False),  # the day after
    ({"indlagt": "2024-02-01", "udskrevet": "2024-02-15"}, True),   # discharged on the deadline
    ({"indlagt": "2024-02-01", "udskrevet": "2024-02-14"}, False),  # the day before
    ({"indlagt": "2024-02-10"}, True),                              # still admitted
    ({"indlagt": "2024-02-10", "udskrevet": None}, True),
    (None, False),
], ids=["indlagt-på-fristen", "indlagt-dagen-efter", "udskrevet-på-fristen", "udskrevet-dagen-før",
        "stadig-indlagt", "udskrevet-null", "ingen-indlæggelse"])
def test_an_exception_covers_the_deadlines_judged_while_the_stay_lasts(engines, stay, exempted):
    _, package, _ = engines
    case = dict(CASE, indlæggelse=stay)
    result = judge(package, case, date(2024, 4, 1))
    first = [u for u in result["undtagelser"] if u["regel"] == "første_samtale"]
    violated = [v for v in result["overtrædelser"] if v["regel"] == "første_samtale"]
    assert bool(first) == exempted and bool(violated) == (not exempted), result
    if exempted:
        assert first[0]["undtagelse"] == "indlagt" and first[0]["bestemmelse"] == "P05"


def test_a_stay_registered_for_later_covers_a_coming_deadline(engines):
    _, package, _ = engines
    case = dict(CASE, indlæggelse={"indlagt": "2024-02-12", "udskrevet": "2024-02-20"})
    result = judge(package, case, date(2024, 2, 5))
    assert [u["regel"] for u in result["undtagelser"]] == ["første_samtale"], result
    assert not [f for f in result["frister"] if f["regel"] == "første_samtale"]


def test_a_period_ending_before_it_starts_is_a_data_error_for_every_rule_that_reads_it(engines):
    _, package, _ = engines
    case = dict(CASE, indlæggelse={"indlagt": "2024-02-20", "udskrevet": "2024-02-10"},
                kurser=[{"begyndt": "2024-03-01", "afsluttet": "2024-02-01"}])
    result = judge(package, case, date(2024, 6, 1))
    errors = {e["regel"]: e for e in result["datafejl"]}
    # the exception reads the stay for P01 and P02, P04 reads its discharge, P03 the course
    assert set(errors) == {"første_samtale", "samtaler_første_måneder", "samtale_efter_udskrivelse",
                           "kursets_varighed"}, result
    assert errors["første_samtale"]["felt"] == "indlæggelse.udskrevet"
    assert errors["samtale_efter_udskrivelse"]["felt"] == "indlæggelse.udskrevet"
    assert errors["kursets_varighed"]["felt"] == "kurser[0].afsluttet"  # its own end field, not `slut`
    assert "ligger før startdatoen 20. februar 2024" in errors["første_samtale"]["besked"]
    assert not result["overtrædelser"] and not result["undtagelser"]


def test_valider_names_the_record_and_field_of_a_contradictory_period(tmp_path):
    """What a caseworker reads in `regel valider`'s text: which field of which record is wrong."""
    out = tmp_path / "generated"
    assert regel("byg", "--regler", str(RULES), "--ud", str(out)).exit_code == 0
    cases = tmp_path / "sager.jsonl"
    cases.write_text(json.dumps(dict(CASE, id="A1", indlæggelse={"indlagt": "2024-02-20", "udskrevet": "2024-02-10"},
                                     kurser=[{"begyndt": "2024-03-01", "afsluttet": "2024-02-01"}])) + "\n",
                     encoding="utf-8")
    result = regel("valider", str(cases), "--dato", "2024-06-01", "--pakke", str(out / "python"))
    lines = [line for line in result.output.split("\n") if line.startswith("  datafejl")]
    assert len(lines) == 4, result.output
    assert "slutdatoen 10. februar 2024 i feltet indlæggelse.udskrevet ligger før startdatoen 20. februar 2024" \
        in lines[0]
    assert any("slutdatoen 1. februar 2024 i feltet kurser[0].afsluttet ligger før startdatoen 1. marts 2024" in line
               for line in lines), lines


def test_a_period_in_order_is_no_data_error(engines):
    _, package, _ = engines
    case = dict(CASE, indlæggelse={"indlagt": "2024-02-10", "udskrevet": "2024-02-10"},
                kurser=[{"begyndt": "2024-03-01", "afsluttet": "2024-03-01"}])
    assert judge(package, case, date(2024, 6, 1))["datafejl"] == []


def random_case(rng: random.Random, number: int) -> dict:
    start = date(2023, 11, 1) + timedelta(days=rng.randrange(200))

    def day(base: date, spread: int) -> str:
        return (base + timedelta(days=rng.randrange(-10, spread))).isoformat()

    case = {"id": f"S{number}", "ydelse": rng.choice(["dagpenge", "sygedagpenge"]), "forløbsstart": start.isoformat(),
            "samtaler": [{"dato": day(start, 120), "form": rng.choice(["fremmøde", "video"])}
                         for _ in range(rng.randrange(4))],
            "kurser": [{"begyndt": day(start, 90), "afsluttet": day(start, 150)} for _ in range(rng.randrange(3))]}
    if rng.random() < 0.8:
        stay = {"indlagt": day(start, 60)}
        if rng.random() < 0.7:
            stay["udskrevet"] = day(date.fromisoformat(stay["indlagt"]), 40)  # sometimes before the admission
        case["indlæggelse"] = stay
    if rng.random() < 0.2:
        case["forløbsslut"] = day(start + timedelta(days=10), 200)
    return case


def test_the_generated_validators_agree_with_the_interpreter(engines):
    _, package, interpreter = engines
    rng = random.Random(9)
    cases = [random_case(rng, n) for n in range(600)]
    kinds = set()
    for day in (date(2024, 1, 15), date(2024, 3, 1), date(2024, 9, 1)):
        generated = package.Sagsbestand(day, forklar=True)
        reference = Caseload(interpreter, day, explain=True)
        for line, case in enumerate(cases, start=1):
            ours = generated.valider(copy.deepcopy(case), line)
            assert ours == reference.judge(copy.deepcopy(case), line), case
            if ours is not None:
                kinds |= {key for key in ("overtrædelser", "datafejl", "undtagelser", "frister") if ours[key]}
        assert generated.ugyldige == reference.invalid
    assert kinds == {"overtrædelser", "datafejl", "undtagelser", "frister"}  # every outcome was met


def test_the_lowering_states_the_coverage_and_the_checked_reads(engines):
    loaded, _, _ = engines
    covers = loaded.rule_set.exception("indlagt").covers
    assert isinstance(covers, ir.WithinPeriod) and covers.label == "indlæggelse.udskrevet"
    assert isinstance(covers.day, ir.JudgingDay)
    reads = list(nodes(loaded.rule_set.rule("samtale_efter_udskrivelse"), ir.InOrder))
    assert reads and all(r.label == "indlæggelse.udskrevet" and r.item_list is None for r in reads)
    # the start read alone is not checked (as for Tilbud): a course the rule leaves out is no data error
    assert not list(nodes(loaded.rule_set.rule("kursets_varighed").deciding_date, ir.InOrder))
    # the case's own period is checked when the case is read, not where it is read
    assert not list(nodes(loaded.rule_set.rule("første_samtale"), ir.InOrder))


def test_the_coverage_in_danish_in_the_documentation_and_the_diff(engines, tmp_path):
    loaded, _, _ = engines
    text = Renderer(loaded.rule_set).coverage(loaded.rule_set.exception("indlagt").covers).flat
    assert text == ("mens indlæggelse varer (fra og med indlæggelsens indlagt til og med indlæggelsens udskrevet; "
                    "er udskrevet ikke angivet, varer den stadig)")
    before = tmp_path / "før"
    after = tmp_path / "efter"
    for folder in (before, after):
        folder.mkdir()
        for source in RULES.glob("*.regel"):
            (folder / source.name).write_text(source.read_text(encoding="utf-8"), encoding="utf-8")
    exception = after / "indlaeggelse.regel"
    exception.write_text(exception.read_text(encoding="utf-8").replace(
        "omfatter frister mens indlæggelse varer", "omfatter frister fra og med indlæggelse.indlagt"), encoding="utf-8")
    sentences = [c.text for c in diff.compare(pipeline.load([before]).rule_set, pipeline.load([after]).rule_set)
                 if not c.text.startswith("Regelsættets udgave")]  # the reminder to raise the edition
    assert sentences == ["Undtagelsen «Indlagte er fritaget, mens indlæggelsen varer» (P05) omfatter nu frister, der "
                         f"udløber på eller efter indlæggelsens indlagt i stedet for frister, der udløber {text}."]
