"""The generated package as a production system depends on it (issue 13): the rule set's
edition and hash in every result, stable ids and codes, every error of an invalid record, the
typed API (mypy --strict and pyright strict on a client), `laes_sag` and the adapters for
Python values, the case schema against the validator on mutated records, and the wheel."""

from __future__ import annotations

import json
import math
import os
import shutil
import subprocess
import sys
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path

import jsonschema
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from compiler import pipeline, release
from compiler.backends import python as pyback
from compiler.backends import schema

from .conftest import PROJECT_CASES, PROJECT_RULES, load_text

DAY = date(2023, 6, 1)
CASES = [json.loads(line) for line in PROJECT_CASES.read_text(encoding="utf-8").splitlines() if line.strip()]
VALID = [case for case in CASES if case.get("id") in ("S1", "S2")]


# ---------------------------------------------------------------------------- rule-set identity

def test_an_edition_is_numbers_and_there_is_one(tmp_path):
    loaded = load_text(tmp_path, 'regelsæt "Test" udgave "1.x"\n')
    assert [d.message for d in loaded.diagnostics if d.is_error] == ['udgaven "1.x" er ikke tal adskilt af punktum']
    twice = load_text(tmp_path, 'regelsæt "Test" udgave "2.0"\nregelsæt "Igen" udgave "2.1"\n')
    assert [d.message for d in twice.diagnostics if d.is_error] == ["regelsættet har allerede en udgave"]
    for edition in ("1", "2026.1", "1.0.3"):
        fine = load_text(tmp_path, f'regelsæt "Test" udgave "{edition}"\n')
        assert fine.ok and fine.rule_set.edition == edition


def test_a_release_needs_an_edition(tmp_path):
    without = load_text(tmp_path, "")
    assert without.ok and without.rule_set.edition is None
    assert "regelsættet har ingen udgave og kan ikke udgives" in [p.message for p in release.problems(without.rule_set)]
    with_edition = load_text(tmp_path, 'regelsæt "Test" udgave "1.0"\n')
    assert not any("udgave" in p.message for p in release.problems(with_edition.rule_set))


def test_the_content_hash_follows_the_text_not_the_folder_or_line_endings(tmp_path):
    first, second = tmp_path / "a" / "rules", tmp_path / "b" / "andre"
    shutil.copytree(PROJECT_RULES, first)
    shutil.copytree(PROJECT_RULES, second)
    some = sorted(second.glob("*.regel"))[0]
    some.write_bytes(some.read_bytes().replace(b"\n", b"\r\n"))
    assert pipeline.load([first]).rule_set.content_hash == pipeline.load([second]).rule_set.content_hash
    some.write_bytes(some.read_bytes() + b"# en kommentar\n")
    assert pipeline.load([first]).rule_set.content_hash != pipeline.load([second]).rule_set.content_hash


def test_every_result_names_the_rule_set(package, loaded):
    stamp = {"udgave": loaded.rule_set.edition, "sha256": loaded.rule_set.content_hash}
    assert package.REGELSAET == stamp and len(stamp["sha256"]) == 64
    assert package.__version__ == (loaded.rule_set.edition or "0")
    caseload = package.Sagsbestand(DAY)
    results = list(caseload.valider_alle(CASES))
    assert results and all(result["regelsæt"] == stamp for result in results)
    assert all(share["regelsæt"] == stamp for share in caseload.population())
    assert package.valider(VALID[0], DAY)["regelsæt"] == stamp


# ---------------------------------------------------------------------------- ids and codes

def test_a_renamed_rule_keeps_its_id(tmp_path, loaded):
    rule = loaded.rule_set.rules[0]
    text = (PROJECT_RULES / Path(rule.span.path).name).read_text(encoding="utf-8")
    renamed = text.replace(f"regel {rule.name} ", f"regel omdøbt_{rule.name} ", 1)
    folder = tmp_path / "rules"
    shutil.copytree(PROJECT_RULES, folder)
    (folder / Path(rule.span.path).name).write_text(renamed, encoding="utf-8")
    other = pipeline.load([folder])
    assert other.ok, other.render()
    assert other.rule_set.rule_id(f"omdøbt_{rule.name}") == loaded.rule_set.rule_id(rule.name)
    ids = [loaded.rule_set.rule_id(r.name) for r in (*loaded.rule_set.rules, *loaded.rule_set.exceptions)]
    assert len(set(ids)) == len(ids)


def test_findings_carry_the_rule_id_and_a_code(package, loaded):
    ids = {r.name: loaded.rule_set.rule_id(r.name) for r in (*loaded.rule_set.rules, *loaded.rule_set.exceptions)}
    caseload = package.Sagsbestand(DAY, forklar=True)
    findings = [f for result in caseload.valider_alle(CASES)
                for key in ("overtrædelser", "frister", "datafejl", "forklaring") for f in result[key]]
    assert findings
    for finding in findings:
        assert finding["regel_id"] == ids[finding["regel"]] and finding["kode"]
    assert {r.id for r in package.REGLER} == {ids[r.navn] for r in package.REGLER}


def test_an_invalid_record_gives_every_error_with_its_code_and_the_case_id(package):
    record = {**VALID[0], "ydelse": "ukendt", "forløbsstart": "2023-02-30", "forloebsslut": "2023-01-01",
              "samtaler": [{"dato": 5}, VALID[0]["samtaler"][0], "x"]}
    with pytest.raises(package.UgyldigSag) as raised:
        package.valider(record, DAY)
    error = raised.value
    assert error.id == VALID[0]["id"]
    found = {(e["kode"], e["felt"]) for e in error.fejl}
    assert {("stavefejl", "forloebsslut"), ("ukendt_værdi", "ydelse"), ("ugyldig_dato", "forløbsstart"),
            ("forkert_type", "samtaler[0].dato"), ("ikke_objekt", "samtaler[2]")} <= found
    assert ("mangler", "samtaler[0].form") in found
    assert (error.kode, error.felt, error.besked) == (error.fejl[0]["kode"], error.fejl[0]["felt"],
                                                      error.fejl[0]["besked"])
    caseload = package.Sagsbestand(DAY)
    assert caseload.valider(record, 3) is None
    [invalid] = caseload.ugyldige
    assert invalid["id"] == VALID[0]["id"] and invalid["fejl"] == error.fejl and invalid["linje"] == 3


# ---------------------------------------------------------------------------- which rules apply

def test_which_rules_apply_agrees_with_the_explanation(package):
    for case in VALID:
        explained = package.valider(case, DAY, forklar=True)["forklaring"]
        assert package.udfald(case, DAY) == explained
        applying = package.gaeldende_regler(case, DAY)
        assert [a["regel_id"] for a in applying] == [r.id for r in package.REGLER][:len(applying)]
        for entry in applying:
            outcomes = [o for o in explained if o["regel_id"] == entry["regel_id"]]
            assert entry["udfald"] == [o["udfald"] for o in outcomes]
            outside = all(o["udfald"] == "gælder ikke" and o.get("grund") in ("ydelse", "betingelse", "periode")
                          for o in outcomes)
            assert entry["gælder"] is (not outside)


# ---------------------------------------------------------------------------- input

def test_python_values_from_a_database_row_are_read_as_their_json(package):
    case = VALID[0]
    as_python = {**case, "forløbsstart": date.fromisoformat(case["forløbsstart"]),
                 "første_henvendelse": datetime.fromisoformat(case["første_henvendelse"] + "T08:30"),
                 "ordinære_løntimer_12_mdr": Decimal("12.5")}
    assert package.valider(as_python, DAY) == package.valider({**case, "ordinære_løntimer_12_mdr": 12.5}, DAY)
    for bad in (Decimal("NaN"), Decimal("1e400"), Decimal("-Infinity")):
        with pytest.raises(package.UgyldigSag) as raised:
            package.valider({**case, "ordinære_løntimer_12_mdr": bad}, DAY)
        assert raised.value.kode == "ikke_endeligt_tal"


def test_laes_sag_reads_one_case_with_the_hardened_decoder(package):
    text = json.dumps(VALID[0], ensure_ascii=False)
    assert package.laes_sag(text) == package.laes_sag(b"\xef\xbb\xbf" + text.encode("utf-8")) == VALID[0]
    refused = {
        b'{"id": "A", "id": "B"}': "dobbelt_nøgle", b"[" * 100_000: "ugyldig_json", b"{" + b"1" * 5000: "ugyldig_json",
        b'{"id": 1' + b"0" * 5000 + b"}": "ugyldig_json", b"[]": "ikke_objekt", b"": "ugyldig_json",
        b"x" * 101: "for_lang",
    }
    for data, code in refused.items():
        with pytest.raises(package.UgyldigSag) as raised:
            package.laes_sag(data, maks=100 if code == "for_lang" else 10_000_000)
        assert raised.value.kode == code, data[:20]
    with pytest.raises(package.UgyldigSag) as raised:  # a lone surrogate in the id: invalid, never a crash
        package.valider(package.laes_sag(b'{"id": "\\ud800", "ydelse": "x"}'), DAY)
    assert raised.value.id is None and "ugyldig_unicode" in {e["kode"] for e in raised.value.fejl}


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.binary(max_size=200))
def test_laes_sag_never_raises_anything_but_ugyldig_sag(package, data):
    try:
        case = package.laes_sag(data)
    except package.UgyldigSag:
        return
    try:
        package.valider(case, DAY)
    except package.UgyldigSag:
        pass


# ---------------------------------------------------------------------------- schema = validator

TRICKY = [None, True, 0, -1, 1.5, math.nan, math.inf, -math.inf, 10 ** 400, "", " ", "x", "2023-02-29",
          "2024-02-29", "1900-02-29", "2000-02-29", "2023-01-09\n", "20٢٣-01-09", "2023-1-09", "1899-12-31",
          "2023-01-09", "\ud800", [], {}, "kontanthjælp", "fremmøde", "jobcenter"]
MUTANTS = st.lists(st.tuples(st.sampled_from(["set", "drop", "misspell", "item"]), st.integers(0, 50),
                             st.sampled_from(TRICKY)), min_size=1, max_size=3)


def _mutate(case: dict, steps) -> dict:
    record = json.loads(json.dumps(case))
    for kind, which, value in steps:
        keys = sorted(record)
        key = keys[which % len(keys)]
        if kind == "set":
            record[key] = value
        elif kind == "drop":
            record.pop(key)
        elif kind == "misspell":
            record[key.upper()] = record.pop(key)
        elif isinstance(record.get(key), list) and record[key] and isinstance(record[key][0], dict):
            item = record[key][which % len(record[key])]
            item[sorted(item)[which % len(item)]] = value
    return record


@pytest.fixture(scope="module")
def sag_validator(loaded):
    return jsonschema.Draft202012Validator(json.loads(schema.generate(loaded.rule_set)))


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.sampled_from(VALID), MUTANTS)
def test_the_schema_and_the_validator_agree_but_for_the_stated_kinds(package, sag_validator, case, steps):
    record = _mutate(case, steps)
    schema_ok = sag_validator.is_valid(record)
    try:
        package.model.sag_fra_json(record)
    except package.UgyldigSag as error:
        if schema_ok:
            assert {e["kode"] for e in error.fejl} <= set(schema.VALIDATOR_ONLY), error.fejl
        return
    assert schema_ok, list(sag_validator.iter_errors(record))[:1]


# ---------------------------------------------------------------------------- typed, installable

CLIENT = '''
from datetime import date
from beskaeftigelsesregler import (Resultat, Sagsbestand, UgyldigSag, gaeldende_regler, laes_sag, laes_sager,
                                   model, valider, REGELSAET)


def first_rule(data: bytes) -> str | None:
    try:
        resultat: Resultat = valider(laes_sag(data), date(2024, 5, 1))
    except UgyldigSag as fejl:
        return f"{fejl.id}: {fejl.kode} {[e['felt'] for e in fejl.fejl]}"
    for fund in resultat["overtrædelser"]:
        return fund["regel_id"] + (fund.get("element") or "") + (fund["frist"] or "")
    sha: str = resultat["regelsæt"]["sha256"]
    return sha + str(REGELSAET["udgave"]) + str([a["gælder"] for a in gaeldende_regler({}, date(2024, 1, 1))])


def caseload(path: str) -> int:
    bestand = Sagsbestand(date(2024, 5, 1))
    with open(path, "rb") as fil:
        antal = sum(len(r["frister"]) for r in bestand.valider_alle(laes_sager(fil)))
    return antal + sum(p["tæller"] for p in bestand.population()) + len(bestand.ugyldige)


def parsed(data: dict[str, object]) -> model.Sag:
    return model.sag_fra_json(data)
'''


@pytest.fixture(scope="module")
def typed_project(tmp_path_factory, loaded):
    folder = tmp_path_factory.mktemp("typet")
    for relative, text in pyback.generate(loaded.rule_set).items():
        (folder / relative).parent.mkdir(parents=True, exist_ok=True)
        (folder / relative).write_text(text, encoding="utf-8")
    (folder / "klient.py").write_text(CLIENT, encoding="utf-8")
    (folder / "pyrightconfig.json").write_text('{"typeCheckingMode": "strict"}', encoding="utf-8")
    return folder


def _run(folder: Path, *command: str) -> subprocess.CompletedProcess:
    return subprocess.run(command, cwd=folder, capture_output=True, text=True, timeout=300)


def test_the_package_and_a_client_pass_mypy_strict_and_a_misspelt_key_is_caught(typed_project):
    checked = _run(typed_project, sys.executable, "-m", "mypy", "--strict", "--no-incremental",
                   pyback.PACKAGE, "klient.py")
    assert checked.returncode == 0, checked.stdout
    (typed_project / "stavefejl.py").write_text(CLIENT.replace('resultat["overtrædelser"]', 'resultat["overtraedelser"]'),
                                                encoding="utf-8")
    misspelt = _run(typed_project, sys.executable, "-m", "mypy", "--strict", "--no-incremental", "stavefejl.py")
    assert misspelt.returncode == 1 and '"overtraedelser"' in misspelt.stdout
    (typed_project / "stavefejl.py").unlink()


def test_the_package_and_a_client_pass_pyright_strict(typed_project):
    pyright = shutil.which("pyright", path=str(Path(sys.executable).parent))
    if pyright is None or shutil.which("node") is None and shutil.which("npm") is None:
        pytest.skip("pyright (og node) findes ikke her")
    checked = _run(typed_project, pyright, pyback.PACKAGE, "klient.py")
    assert checked.returncode == 0 and "0 errors" in checked.stdout, checked.stdout


def test_the_wheel_installs_and_imports_in_a_bare_venv(tmp_path, loaded):
    source = tmp_path / "python"
    for relative, text in pyback.generate(loaded.rule_set).items():
        (source / relative).parent.mkdir(parents=True, exist_ok=True)
        (source / relative).write_text(text, encoding="utf-8")
    before = sorted(p.relative_to(source) for p in source.rglob("*"))
    wheels = tmp_path / "hjul"
    built = _run(tmp_path, sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-index", str(source), "-w", str(wheels))
    assert built.returncode == 0, built.stderr
    assert sorted(p.relative_to(source) for p in source.rglob("*") if "__pycache__" not in p.parts) == before
    bare = tmp_path / "bar"
    _run(tmp_path, sys.executable, "-m", "venv", "--without-pip", str(bare))
    [wheel] = wheels.glob("*.whl")
    installed = _run(tmp_path, sys.executable, "-m", "pip", "--python", str(bare / "bin" / "python"), "install",
                     "--no-index", "--no-deps", str(wheel))
    assert installed.returncode == 0, installed.stderr
    version = pyback.version(loaded.rule_set)
    shown = _run(tmp_path, str(bare / "bin" / "python"), "-c",
                 "import importlib.metadata as m, beskaeftigelsesregler as b; "
                 "print(m.version('beskaeftigelsesregler'), b.__version__, b.KONTRAKTVERSION)")
    assert shown.stdout.split() == [version, version, str(pyback.API_VERSION)], shown.stderr
    pyright = shutil.which("pyright", path=str(Path(sys.executable).parent))
    if pyright is not None and shutil.which("node") is not None:  # the installed package's public types
        environment = {**os.environ, "PATH": f"{bare / 'bin'}{os.pathsep}{os.environ['PATH']}", "VIRTUAL_ENV": str(bare)}
        report = subprocess.run([pyright, "--verifytypes", pyback.PACKAGE, "--outputjson"], cwd=tmp_path,
                                capture_output=True, text=True, timeout=300, env=environment)
        completeness = json.loads(report.stdout)["typeCompleteness"]
        assert completeness["completenessScore"] == 1.0, report.stdout[:2000]


def test_real_results_conform_to_the_result_schema(package):
    shapes = json.loads(schema.generate_results())

    def check(value, shape):
        validator = jsonschema.Draft202012Validator({**shapes["$defs"][shape], "$defs": shapes["$defs"]})
        assert validator.is_valid(value), list(validator.iter_errors(value))[:1]

    caseload = package.Sagsbestand(DAY, forklar=True)
    results = list(caseload.valider_alle([*CASES, {"id": "U", "ydelse": 1}, package.UgyldigPost(9, "ugyldig JSON")]))
    assert results and caseload.ugyldige
    for result in results:
        check(result, "Resultat")
    for invalid in caseload.ugyldige:
        check(invalid, "Ugyldig")
    for share in caseload.population():
        check(share, "Populationsresultat")
    for entry in package.gaeldende_regler(VALID[0], DAY):
        check(entry, "Regelanvendelse")
    assert not jsonschema.Draft202012Validator({**shapes["$defs"]["Resultat"], "$defs": shapes["$defs"]}).is_valid(
        {**results[0], "overtraedelser": []})
