"""The SQL back end: DuckDB (and Spark, test_spark.py) give exactly the Python path's results
(every finding and message, the invalid records, the focus target) on every example, on a
synthetic caseload and on mutated cases; the Python path is in turn the IR interpreter's
(test_ir_reference.py), which is checked here on the examples too.

Properties of any correct rule set, so checked on rules/ and on the fixture rule sets."""

from __future__ import annotations

import copy
import io
import json
import random
from datetime import date

import pytest

from compiler import examples, pipeline
from compiler.backends import sql as sqlback
from compiler.engines import duckdb as engine
from compiler.ir.interpret import Caseload as Reference, Interpreter

from .test_ir_reference import RULE_SET_PARAMS, RULE_SETS, mutate, synthetic

DAYS = [date(2022, 1, 1), date(2024, 1, 1), date(2024, 6, 30)]


@pytest.fixture(scope="module", params=RULE_SET_PARAMS)
def built(request, tmp_path_factory):
    loaded = pipeline.load(RULE_SETS[request.param])
    assert loaded.ok, "\n".join(loaded.render())
    folder = tmp_path_factory.mktemp("bygget")
    package = examples.build_package(loaded.rule_set, folder / "python")
    for relative, text in sqlback.generate(loaded.rule_set).items():
        target = folder / "sql" / relative
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(text, encoding="utf-8")
    return loaded, package, folder / "sql"


def jsonl(records) -> bytes:
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records).encode("utf-8")


def judged_by(judge, data: bytes, day: date):
    """(results, invalid records, population) as `regel valider` gets them from `judge`."""
    invalid = []
    caseload = judge.Sagsbestand(day, ved_ugyldig=invalid.append)
    results = [caseload.valider(post, line) for line, post in judge.laes_sager(io.BytesIO(data))]
    return results, invalid, caseload.population()


def agree(package, sql_dir, records, day) -> int:
    data = jsonl(records)
    duck = engine.Caseload(package, sql_dir)
    try:
        ours = judged_by(duck, data, day)
    finally:
        duck.close()
    theirs = judged_by(package, data, day)
    for number, (mine, python) in enumerate(zip(ours[0], theirs[0]), start=1):
        assert mine == python, f"post {number}: {json.dumps(records[number - 1], ensure_ascii=False)[:300]}"
    assert len(ours[0]) == len(theirs[0]) == len(records)
    assert ours[1:] == theirs[1:]
    return sum(r is not None for r in ours[0])


def test_every_example_agrees(built):
    """Every example case on every date of its example, in one DuckDB run (each case on its own date)."""
    loaded, package, sql_dir = built
    interpreter = Interpreter(loaded.rule_set)
    dated = [(case, expectation.date) for rule in [*loaded.rule_set.rules, *loaded.rule_set.exceptions]
             for example in rule.examples for expectation in example.expectations for case in example.cases]
    if not dated:
        pytest.skip("regelsættet har ingen eksempler")
    ours = engine.judge_each_on_its_day(package, sql_dir, dated)
    assert len(ours) == len(dated)
    for mine, (case, day) in zip(ours, dated):
        python = package.Sagsbestand(day).valider(copy.deepcopy(case))
        assert mine == python, f"{day}: {json.dumps(case, ensure_ascii=False)[:300]}"
        assert python == Reference(interpreter, day).judge(copy.deepcopy(case))


@pytest.mark.parametrize("day", DAYS, ids=str)
def test_a_synthetic_caseload_agrees(built, day):
    _loaded, package, sql_dir = built
    assert agree(package, sql_dir, [record for _line, record in synthetic(1500, seed=11)], day) > 0


def test_mutated_cases_agree(built):
    _loaded, package, sql_dir = built
    rng = random.Random(5)
    base = synthetic(400, seed=3)
    mutated = [mutate(record, rng) for _ in range(5) for _line, record in base]
    for day in (date(2022, 12, 31), date(2024, 5, 1)):
        agree(package, sql_dir, mutated, day)
