"""`omfatter frister mens X varer` where X is a list of periods (`kurser`): a duty judged on a day
within the registered period of any of the items is covered, both days included, an item with no
end yet still lasts, and an item whose end is before its start is a datafejl naming it, whatever
its place in the list. On a copy of tests/fixtures/jurist/rules with one more exception, never on rules/."""

from __future__ import annotations

import copy
import random
import shutil
from datetime import date, timedelta

import pytest

from compiler import examples, pipeline
from compiler.ir.interpret import Caseload, Interpreter

from .conftest import FIXTURES, regel

EXCEPTION = '''
bestemmelse P06 undtagelse "Kursister er fritaget, mens et kursus varer"

undtagelse på_kursus "Kursister er fritaget for den første samtale, mens et af deres kurser varer"
  til første_samtale
  bestemmelse P06
  kilde testlov "§ 6"
  gælder fra 1. januar 2024
  når antallet af kurser er mindst 1
  omfatter frister mens kurser varer

  eksempel "Det andet kursus begynder på fristens dag"
    sag:
      ydelse: dagpenge
      forløbsstart: 1. februar 2024
      kurser: (begyndt 1. februar 2024, afsluttet 5. februar 2024), (begyndt 15. februar 2024)
    pr. 1. april 2024: undtaget af første_samtale

  eksempel "Kurset slutter dagen før fristen"
    sag:
      ydelse: dagpenge
      forløbsstart: 1. februar 2024
      kurser: (begyndt 1. februar 2024, afsluttet 14. februar 2024)
    pr. 1. april 2024: overtrædelse af første_samtale

  eksempel "Kurset slutter på fristens dag"
    sag:
      ydelse: dagpenge
      forløbsstart: 1. februar 2024
      kurser: (begyndt 1. februar 2024, afsluttet 15. februar 2024)
    pr. 1. april 2024: undtaget af første_samtale

  eksempel "Et kursus med modstridende datoer er en datafejl, også efter et, der dækker"
    sag:
      ydelse: dagpenge
      forløbsstart: 1. februar 2024
      kurser: (begyndt 10. februar 2024), (begyndt 1. marts 2024, afsluttet 1. februar 2024)
    pr. 1. april 2024: datafejl af første_samtale
'''


@pytest.fixture(scope="module")
def rules(tmp_path_factory):
    folder = tmp_path_factory.mktemp("mens") / "rules"
    shutil.copytree(FIXTURES / "jurist" / "rules", folder)
    (folder / "kursus.regel").write_text(EXCEPTION, encoding="utf-8")
    return folder


def test_the_examples_on_both_boundary_days_pass(rules):
    checked = regel("tjek", str(rules))
    assert checked.exit_code == 0, checked.output
    tested = regel("test", str(rules))
    assert tested.exit_code == 0 and " 0 fejlet" in tested.output, tested.output


def test_the_documentation_says_while_one_of_them_lasts(rules):
    loaded = pipeline.load([rules])
    from compiler.backends import docs
    page = docs.generate(loaded.rule_set, loaded.texts)["regler/paa_kursus.md"]
    assert "mens en af kurser varer (fra og med dens begyndt til og med dens afsluttet" in page


def test_the_generated_validators_agree_with_the_interpreter(rules, tmp_path):
    loaded = pipeline.load([rules])
    package = examples.build_package(loaded.rule_set, tmp_path / "pakke")
    interpreter = Interpreter(loaded.rule_set)
    rng = random.Random(6)
    start = date(2024, 2, 1)

    def day(spread: int) -> str:
        return (start + timedelta(days=rng.randrange(-5, spread))).isoformat()

    cases = [{"id": f"S{n}", "ydelse": "dagpenge", "forløbsstart": start.isoformat(),
              "kurser": [dict({"begyndt": day(30)}, **({"afsluttet": day(40)} if rng.random() < 0.7 else {}))
                         for _ in range(rng.randrange(4))]} for n in range(300)]
    kinds = set()
    for judged_on in (date(2024, 2, 10), date(2024, 4, 1)):
        generated = package.Sagsbestand(judged_on, forklar=True)
        reference = Caseload(interpreter, judged_on, explain=True)
        for line, case in enumerate(cases, start=1):
            ours = generated.valider(copy.deepcopy(case), line)
            assert ours == reference.judge(copy.deepcopy(case), line), case
            if ours is not None:
                kinds |= {key for key in ("overtrædelser", "datafejl", "undtagelser") if ours[key]}
    assert kinds == {"undtagelser", "datafejl", "overtrædelser"}
