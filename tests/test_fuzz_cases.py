"""No case record crashes the generated validators: random and mutated records (wrong
types, missing keys, nulls, impossible dates, huge lists, unicode) go through
`Sagsbestand.valider`; a valid record always gets a result with the contract keys, and an
invalid one lands in `ugyldige` with a Danish message. (Reading whole caseloads, line by
line, is fuzzed in test_fuzz_caseload.py.)

Validity is judged independently by the hand-written reader in bench/haandskrevet.py, so the
validators are built from the rules it was written for (tests/fixtures/rules_frozen)."""

from __future__ import annotations

import copy
import json
import os
import random
import sys
from datetime import date

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from .conftest import ROOT

sys.path.insert(0, str(ROOT / "bench"))
import haandskrevet  # noqa: E402
import lav_sagsbestand  # noqa: E402

# CI runs a fixed, fast set; REGELSPROG_FUZZ=5000 runs a long random search locally.
LONG = int(os.environ.get("REGELSPROG_FUZZ", "0"))
FUZZ = settings(max_examples=LONG or 300, deadline=None, derandomize=not LONG, database=None,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
CONTRACT = {"id", "overtrædelser", "frister", "datafejl", "undtagelser"}
FIELDS = ["id", "ydelse", "visitation", "i_integrationsprogram", "har_arbejdsgiver", "forløbsstart", "forløbsslut",
          "første_henvendelse", "første_fraværsdag", "samtaler", "tilbud", "uddannelsesstart", "mentor",
          "frafaldsbeskeder", "indstillinger", "ordinære_løntimer_12_mdr", "fritagelse", "dato", "form", "aktør",
          "type", "start", "slut", "arbejdsgiver", "ret_og_pligt", "modtaget", "reaktion", "afvist", "begrundelse",
          "årsag", "fra", "overgang", "ukendt_felt"]

days = st.dates(date(2018, 1, 1), date(2027, 12, 31))
odd_text = st.one_of(
    st.text(max_size=12),
    st.sampled_from(["2023-02-30", "2023-13-01", "2023-1-1", "2023-W01-1", "20230101", "0001-01-01", "9999-12-31",
                     "2024-02-29", "1. marts 2023", "２０２３-01-01", "", " ", "\u00a0", "dagpenge", "Dagpenge",
                     "fremmøde", "jobcenter", "fælles", "løntilskud", "offentlig", "barsel", "jobparat", "🙂",
                     "\ud800"]),
)
json_scalars = st.one_of(st.none(), st.booleans(), st.integers(-2**70, 2**70),
                         st.floats(allow_nan=True, allow_infinity=True), odd_text)
json_values = st.recursive(json_scalars, lambda inner: st.one_of(
    st.lists(inner, max_size=4), st.dictionaries(st.sampled_from(FIELDS), inner, max_size=4)), max_leaves=12)


def containers(value):
    """Every dict and list inside a record, the record itself first."""
    found = [value]
    children = value.values() if isinstance(value, dict) else value if isinstance(value, list) else ()
    for child in children:
        if isinstance(child, (dict, list)):
            found += containers(child)
    return found


@st.composite
def generated_cases(draw):
    return lav_sagsbestand.lav_sag(draw(st.integers(1, 9_999_999)), random.Random(draw(st.integers(0, 2**32))))


@st.composite
def mutated_cases(draw):
    case = copy.deepcopy(draw(generated_cases()))
    for _ in range(draw(st.integers(1, 4))):
        target = draw(st.sampled_from(containers(case)))
        action = draw(st.sampled_from(["set", "set", "delete", "grow"]))
        if isinstance(target, dict):
            key = draw(st.sampled_from(sorted(target) if action != "set" and target else FIELDS))
            if action == "delete":
                target.pop(key, None)
            elif action == "grow" and isinstance(target.get(key), list) and target[key]:
                target[key] = target[key] * draw(st.integers(50, 400))  # a huge list
            else:
                target[key] = draw(json_values)
        elif target:
            index = draw(st.integers(0, len(target) - 1))
            if action == "delete":
                del target[index]
            else:
                target[index] = draw(json_values)
    return case


def hand_written_verdict(record) -> bool:
    """Whether the independent reader accepts the record as a case."""
    try:
        haandskrevet.laes_sag(record)
    except haandskrevet.UgyldigSag:
        return False
    return True


def check(package, record, day):
    caseload = package.Sagsbestand(day)
    result = caseload.valider(record, 7)
    valid = hand_written_verdict(record)
    if result is None:
        [problem] = caseload.ugyldige
        assert problem["linje"] == 7
        assert isinstance(problem["besked"], str) and problem["besked"].strip()
        assert not valid, f"a valid case was rejected: {problem}"
    else:
        assert CONTRACT <= set(result), result
        assert result["id"] == record["id"]
        assert caseload.ugyldige == [] and caseload.antal_sager == 1
        assert valid, "an invalid case got a result"
        for finding in result["overtrædelser"] + result["frister"] + result["datafejl"]:
            assert finding["bestemmelse"] and finding["besked"]
    # The CLI writes results and invalid records as UTF-8 JSON: they must be writable.
    json.dumps([result, caseload.ugyldige, caseload.population()], ensure_ascii=False).encode("utf-8")


@FUZZ
@given(record=generated_cases(), day=days)
def test_every_generated_case_gets_a_result(handwritten_package, record, day):
    result = handwritten_package.Sagsbestand(day).valider(record, 1)
    assert result is not None and CONTRACT <= set(result)


@FUZZ
@given(record=mutated_cases(), day=days)
def test_mutated_cases_never_crash_and_are_judged_valid_or_invalid(handwritten_package, record, day):
    check(handwritten_package, record, day)


@FUZZ
@given(record=json_values, day=days)
def test_arbitrary_json_never_crashes(handwritten_package, record, day):
    check(handwritten_package, record, day)


@pytest.mark.parametrize("value", ["2023-W01-1", "2023-W52-7"])
def test_an_iso_week_date_is_not_a_date(handwritten_package, value):
    """The contract is YYYY-MM-DD; Python's date.fromisoformat also accepts week dates."""
    caseload = handwritten_package.Sagsbestand(date(2024, 1, 1))
    assert caseload.valider({"id": "S1", "ydelse": "dagpenge", "forløbsstart": value}, 1) is None
    assert caseload.ugyldige[0]["felt"] == "forløbsstart"


EXTREME = {"forløbsstart": "9999-12-31", "første_henvendelse": "9999-12-31", "første_fraværsdag": "0001-01-01",
           "uddannelsesstart": "9999-12-31", "forløbsslut": "0001-01-01"}


@pytest.mark.parametrize("field,value", [*EXTREME.items(), ("tilbud", "9999-12-31"), ("fritagelse", "9999-12-31"),
                                         ("frafaldsbeskeder", "9999-12-31"), ("forløbsstart", "0001-01-01")])
def test_dates_at_the_ends_of_the_calendar_never_crash(handwritten_package, field, value):
    """Rule arithmetic (+ 16 months, - 12 months) on such dates would leave Python's calendar."""
    record = {"id": "S1", "ydelse": "uddannelseshjælp", "forløbsstart": "2023-01-01", "første_henvendelse": "2023-01-01"}
    if field == "tilbud":
        record["tilbud"] = [{"type": "virksomhedspraktik", "start": value}, {"type": "løntilskud", "start": value}]
    elif field == "fritagelse":
        record["fritagelse"] = {"årsag": "barsel", "fra": value, "overgang": value}
    elif field == "frafaldsbeskeder":
        record.update(uddannelsesstart=value, frafaldsbeskeder=[{"modtaget": value}])
    else:
        record[field] = value
    for ydelse in ("uddannelseshjælp", "dagpenge", "sygedagpenge", "kontanthjælp"):
        check(handwritten_package, {**record, "ydelse": ydelse}, date(2024, 1, 1))


@pytest.mark.parametrize("field,value", [("id", "S\ud800"), ("ydelse", "dagpenge\udfff"),
                                         ("indstillinger", [{"dato": "2024-02-01", "afvist": True,
                                                             "begrundelse": "\ud83d"}])], ids=str)
def test_text_that_is_not_unicode_never_reaches_the_output(handwritten_package, field, value):
    """JSON may escape a lone surrogate (\\ud800); such text cannot be written as UTF-8."""
    record = {"id": "S1", "ydelse": "dagpenge", "forløbsstart": "2024-01-01", field: value}
    check(handwritten_package, record, date(2024, 5, 1))
