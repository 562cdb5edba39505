"""The synthetic caseload generator in bench/ is deterministic and realistic: every benefit,
courses from 2019 to 2025, conversations, offers, exemptions and the other lists, and
about 1 % invalid records of every kind, each judged invalid by an independent reader."""

from __future__ import annotations

import json
import subprocess
import sys
from collections import Counter

from .conftest import ROOT

sys.path.insert(0, str(ROOT / "bench"))
import haandskrevet  # noqa: E402
import lav_sagsbestand  # noqa: E402

LINES = list(lav_sagsbestand.linjer(5000, frø=3))


def parsed():
    for line in LINES:
        try:
            yield json.loads(line)
        except ValueError:
            yield None


def valid(record) -> bool:
    try:
        haandskrevet.laes_sag(record)
    except haandskrevet.UgyldigSag:
        return False
    return True


def test_same_seed_same_caseload_other_seed_other_caseload():
    assert list(lav_sagsbestand.linjer(300, frø=3)) == LINES[:300]
    assert list(lav_sagsbestand.linjer(300, frø=4)) != LINES[:300]


def test_the_command_line_writes_the_same_lines(tmp_path):
    target = tmp_path / "sager.jsonl"
    subprocess.run([sys.executable, str(ROOT / "bench" / "lav_sagsbestand.py"), "--antal", "300", "--frø", "3",
                    "--ud", str(target)], check=True)
    assert target.read_text(encoding="utf-8").splitlines() == LINES[:300]


def test_about_one_percent_of_the_records_are_invalid_in_several_ways():
    invalid = []
    for record in parsed():
        try:
            haandskrevet.laes_sag(record)
        except haandskrevet.UgyldigSag as problem:
            invalid.append("json" if record is None else problem.felt.split("[")[0])
    assert 25 <= len(invalid) <= 80
    assert {"json", "forløbsstart", "ydelse", "samtaler", "ordinære_løntimer_12_mdr", "id", "tilbud"} <= set(invalid)


def test_valid_cases_cover_the_case_model():
    cases = [case for case in parsed() if valid(case)]
    benefits = Counter(case["ydelse"] for case in cases)
    assert set(benefits) >= haandskrevet.YDELSER
    assert benefits["dagpenge"] > benefits["førtidspension"]  # a realistic mix, not uniform
    years = {case["forløbsstart"][:4] for case in cases}
    assert years == {str(year) for year in range(2019, 2026)}
    for key in ("fritagelse", "mentor", "frafaldsbeskeder", "indstillinger", "forløbsslut", "uddannelsesstart",
                "første_fraværsdag", "i_integrationsprogram"):
        assert sum(key in case for case in cases) >= 20, key
    conversations = [len(case["samtaler"]) for case in cases]
    offers = [len(case["tilbud"]) for case in cases]
    assert 2 <= sum(conversations) / len(conversations) <= 6 and max(conversations) >= 8
    assert 1 <= sum(offers) / len(offers) <= 3 and 0 in offers
    assert any(case.get("samtaler") and case["samtaler"] != sorted(case["samtaler"], key=lambda s: s["dato"])
               for case in cases), "some conversations are registered out of date order"
