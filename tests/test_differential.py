"""The generated validators and the hand-written one in bench/ (written independently from
the semantics) agree on a synthetic caseload, at several evaluation dates around the
changes of law."""

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

CASES = [json.loads(line) for line in lav_sagsbestand.linjer(2500, frø=7, ugyldige=0.0)]


def findings(results, key):
    return Counter((r["id"], f["bestemmelse"], f.get("frist")) for r in results for f in r[key])


@pytest.mark.parametrize("day", [date(2021, 12, 20), date(2022, 1, 15), date(2022, 12, 31), date(2023, 1, 1),
                                 date(2023, 7, 1), date(2024, 1, 1), date(2024, 5, 1), date(2025, 3, 1)])
def test_generated_and_hand_written_validators_agree(package, day):
    generated = package.Sagsbestand(day)
    hand = haandskrevet.Sagsbestand(day)
    ours = [generated.valider(case) for case in CASES]
    theirs = [hand.valider(case) for case in CASES]
    assert findings(ours, "overtrædelser") == findings(theirs, "overtrædelser")
    assert findings(ours, "frister") == findings(theirs, "frister")
    assert Counter((r["id"], f["bestemmelse"]) for r in ours for f in r["datafejl"]) == \
        Counter((r["id"], f["bestemmelse"]) for r in theirs for f in r["datafejl"])
    [population] = generated.population()
    expected = hand.fokusmaal()
    assert (population["tæller"], population["nævner"], population["opfyldt"]) == \
        (expected["tæller"], expected["nævner"], expected["opfyldt"])
