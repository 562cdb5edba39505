"""The IR interpreter is the reference: the generated Python gives exactly its results (every
finding, its message, the invalid records, the focus target, and with `forklar` every outcome
and its basis) on every example, on a synthetic caseload and on mutated cases.

These are properties of any correct rule set, so they are checked on rules/ as well as on the
fixture rule sets."""

from __future__ import annotations

import copy
import json
import os
import random
import sys
from datetime import date, timedelta
from pathlib import Path

import pytest

from compiler import examples, pipeline
from compiler.ir.interpret import Caseload, Interpreter

from .conftest import ROOT

sys.path.insert(0, str(ROOT / "bench"))
import lav_sagsbestand  # noqa: E402

TESTS = Path(__file__).parent
RULE_SETS = {
    "rules": [ROOT / "rules"],
    "lille": [TESTS / "golden" / "lille"],
    "udvalg": [TESTS / "fixtures" / "rules_model", TESTS / "fixtures" / "rules_sample"],
}
# The sizes CI uses; larger runs: REGELSPROG_IR_SAGER=100000 REGELSPROG_IR_MUTEREDE=20000 pytest tests/test_ir_reference.py
SYNTHETIC = int(os.environ.get("REGELSPROG_IR_SAGER", "1500"))
MUTATED = int(os.environ.get("REGELSPROG_IR_MUTEREDE", "2000"))
DAYS = [date(2019, 12, 1), date(2022, 1, 1), date(2023, 1, 1), date(2024, 1, 1), date(2024, 6, 30)]


# As fixture parameters: the one of rules/ is marked (conftest.py)
RULE_SET_PARAMS = [pytest.param(name, marks=pytest.mark.regelsaet) if name == "rules" else name for name in sorted(RULE_SETS)]


@pytest.fixture(scope="module", params=RULE_SET_PARAMS)
def engines(request, tmp_path_factory):
    loaded = pipeline.load(RULE_SETS[request.param])
    assert loaded.ok, "\n".join(loaded.render())
    package = examples.build_package(loaded.rule_set, tmp_path_factory.mktemp("pakke"))
    return loaded, package, Interpreter(loaded.rule_set)


def agree(package, interpreter, records, day, explain=False):
    generated = package.Sagsbestand(day, forklar=explain)
    reference = Caseload(interpreter, day, explain)
    judged = 0
    for line, record in records:
        ours = generated.valider(copy.deepcopy(record), line)
        theirs = reference.judge(copy.deepcopy(record), line)
        assert ours == theirs, f"linje {line}: {json.dumps(record, ensure_ascii=False)[:300]}"
        judged += ours is not None
    assert generated.ugyldige == reference.invalid
    assert generated.population() == reference.population()
    return judged


def test_every_example_agrees(engines):
    loaded, package, interpreter = engines
    rule_set = loaded.rule_set
    for rule in [*rule_set.rules, *rule_set.exceptions]:
        for example in rule.examples:
            cases = [(None, case) for case in example.cases]
            for expectation in example.expectations:
                agree(package, interpreter, cases, expectation.date, explain=True)


def test_every_example_holds(engines):
    # The fixture rule sets are correct ones: an example that fails there tests nothing else well.
    loaded, package, _ = engines
    outcomes = examples.run_examples(loaded.rule_set, package)
    assert [f"{o.span.line}: {o.title}: {o.actual}" for o in outcomes if not o.ok] == []


def synthetic(count: int, seed: int) -> list[tuple[int, dict]]:
    records = []
    for number, line in enumerate(lav_sagsbestand.linjer(count, frø=seed, ugyldige=0.01), start=1):
        try:
            records.append((number, json.loads(line)))
        except ValueError:
            continue
    return records


@pytest.mark.parametrize("day", DAYS, ids=str)
def test_a_synthetic_caseload_agrees(engines, day):
    _loaded, package, interpreter = engines
    assert agree(package, interpreter, synthetic(SYNTHETIC, seed=11), day) > 0


def mutate(record: dict, rng: random.Random) -> dict:
    """A case with a few of its values changed the way real exports differ: fields left out or
    null, dates moved by a day or a month, list items dropped, duplicated or reordered."""
    record = copy.deepcopy(record)
    for _ in range(rng.randint(1, 4)):
        lists = [key for key, value in record.items() if isinstance(value, list) and value]
        choice = rng.random()
        if choice < 0.25 and len(record) > 2:
            key = rng.choice([k for k in record if k != "id"])
            if rng.random() < 0.5:
                record[key] = None
            else:
                del record[key]
        elif choice < 0.6:
            shift_a_date(record, rng)
        elif lists:
            items = record[rng.choice(lists)]
            action = rng.random()
            if action < 0.3:
                items.pop(rng.randrange(len(items)))
            elif action < 0.6:
                items.append(copy.deepcopy(rng.choice(items)))
            else:
                rng.shuffle(items)
            if items and rng.random() < 0.5:
                shift_a_date(rng.choice(items), rng)
    return record


def shift_a_date(record: dict, rng: random.Random) -> None:
    dated = [key for key, value in record.items() if isinstance(value, str) and len(value) == 10 and value[4] == "-"]
    if not dated:
        return
    key = rng.choice(dated)
    try:
        day = date.fromisoformat(record[key])
    except ValueError:
        return
    record[key] = (day + timedelta(days=rng.choice([-31, -1, 1, 30, 183]))).isoformat()


def test_mutated_cases_agree(engines):
    _loaded, package, interpreter = engines
    rng = random.Random(5)
    base = synthetic(MUTATED // 5, seed=3)
    mutated = [(line, mutate(record, rng)) for _ in range(5) for line, record in base]
    for day in (date(2022, 12, 31), date(2024, 5, 1)):
        agree(package, interpreter, mutated, day)
    agree(package, interpreter, mutated[:300], date(2024, 5, 1), explain=True)
