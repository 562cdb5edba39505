"""The generated validators and the hand-written one in bench/ (written independently from
provisions.md and the verdicts in compiler/DESIGN.md) agree on a synthetic caseload, at
evaluation dates around every change of law: the same violations, pending deadlines, data
errors, exceptions, invalid records and focus-target (P20) result.

The hand-written validator encodes the law as it was when it was written, so the generated side
is built from the frozen copy of those rules in tests/fixtures/rules_frozen, not from rules/
(which changes with the law)."""

from __future__ import annotations

import json
import sys
from collections import Counter
from datetime import date

import pytest

from .conftest import ROOT

sys.path.insert(0, str(ROOT / "bench"))
import haandskrevet  # noqa: E402
import lav_sagsbestand  # noqa: E402

LINES = list(lav_sagsbestand.linjer(3000, frø=7, ugyldige=0.01))
DAYS = [date(2019, 12, 1), date(2021, 12, 31), date(2022, 1, 1), date(2022, 12, 31), date(2023, 1, 1),
        date(2023, 12, 31), date(2024, 1, 1), date(2024, 6, 30), date(2025, 6, 1)]
CHECKED = {"P01", "P02", "P03", "P05", "P06", "P07", "P08", "P09", "P11", "P12", "P13", "P15", "P17", "P18", "P19",
           "P21", "P23"}
KEYS = {
    "overtrædelser": lambda f: (f["bestemmelse"], f["frist"], f.get("element")),
    "frister": lambda f: (f["bestemmelse"], f["frist"], f.get("antal")),
    "datafejl": lambda f: (f["bestemmelse"], f["felt"]),
    "undtagelser": lambda f: (f["bestemmelse"],),
}


def records():
    for number, line in enumerate(LINES, start=1):
        try:
            yield number, json.loads(line)
        except ValueError:
            continue  # both sides get their records from the same reader; bad JSON is the reader's job


def run(caseload, day):
    """{kind: Counter of (case id, *key)} over the caseload, plus the invalid line numbers."""
    found = {kind: Counter() for kind in KEYS}
    for number, record in records():
        result = caseload.valider(record, number)
        if result is not None:
            for kind, key in KEYS.items():
                found[kind].update((result["id"], *key(item)) for item in result[kind])
    return found, sorted(problem["linje"] for problem in caseload.ugyldige)


@pytest.fixture(scope="module")
def verdicts(handwritten_package):
    out = {}
    for day in DAYS:
        generated, hand = handwritten_package.Sagsbestand(day), haandskrevet.Sagsbestand(day)
        out[day] = (run(generated, day), run(hand, day), generated.population(), hand.population())
    return out


@pytest.mark.parametrize("day", DAYS, ids=str)
def test_generated_and_hand_written_validators_agree(verdicts, day):
    (ours, our_invalid), (theirs, their_invalid), [our_p20], [their_p20] = verdicts[day]
    for kind in KEYS:
        assert ours[kind] - theirs[kind] == Counter(), f"{kind} only in the generated validators"
        assert theirs[kind] - ours[kind] == Counter(), f"{kind} only in the hand-written validator"
    assert our_invalid == their_invalid
    assert (our_p20["tæller"], our_p20["nævner"], our_p20["opfyldt"], our_p20["krav"]) == \
        (their_p20["tæller"], their_p20["nævner"], their_p20["opfyldt"], their_p20["krav"])


def test_the_caseload_exercises_every_checked_provision(verdicts):
    violated, pending, exceptions = set(), set(), set()
    for (ours, invalid), _theirs, _p20, _ in verdicts.values():
        violated |= {key[1] for key in ours["overtrædelser"]}
        pending |= {key[1] for key in ours["frister"]}
        exceptions |= {key[1] for key in ours["undtagelser"]}
        assert 10 <= len(invalid) <= 60
    assert violated == CHECKED
    assert {"P01", "P03", "P05", "P12", "P13", "P17", "P23"} <= pending
    assert exceptions == {"P08a", "P22"}
