"""The `regel` command end to end, as legal staff and developers use it."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from compiler import cli, clidansk

from .conftest import ROOT, RULES

EXAMPLES = ROOT / "examples" / "sager.jsonl"


@pytest.fixture
def run():
    clidansk.install()
    runner = CliRunner()

    def invoke(*args, stdin=None):
        return runner.invoke(cli.regel, list(args), input=stdin, catch_exceptions=False)
    return invoke


def test_tjek_accepts_the_rules(run):
    result = run("tjek", str(RULES))
    assert result.exit_code == 0
    assert "0 fejl" in result.output


def test_tjek_reports_every_error_located_and_in_danish(run, tmp_path):
    for name in ("datamodel", "kilder", "bestemmelser", "definitioner"):
        shutil.copy(RULES / f"{name}.regel", tmp_path)
    (tmp_path / "fejl.regel").write_text(
        'regel a "A"\n  bestemmelse P01\n  kilde hedensted "x"\n  gælder fra 30. februar 2023\n'
        '  afgørende dato er forløbstart\n'
        '  krav: den første samtale skal finde sted senest 1 uge efter første_henvendelse\n\n'
        'regel b "B\n  bestemmelse P02\n\n'
        'regel c "C"\n  bestemmelse P99\n  kilde hedensted "x"\n', encoding="utf-8")
    result = run("tjek", str(tmp_path))
    assert result.exit_code == 1
    output = result.output
    assert "fejl.regel:4:14: fejl: datoen 30. februar 2023 findes ikke" in output
    assert "fejl.regel:5:21: fejl: ukendt navn `forløbstart`" in output
    assert "mente du `forløbsstart`?" in output
    assert "fejl.regel:8:9: fejl: teksten mangler sit afsluttende anførselstegn" in output
    assert "bestemmelsen P99 findes ikke i registret" in output
    assert "Traceback" not in output


def test_tjek_on_a_missing_path_and_an_empty_folder(run, tmp_path):
    (tmp_path / "tom").mkdir()
    result = run("tjek", str(tmp_path / "findes-ikke"), str(tmp_path / "tom"))
    assert result.exit_code == 1
    assert f"{tmp_path / 'findes-ikke'}:1:1: fejl: {tmp_path / 'findes-ikke'} findes ikke" in result.output
    assert "indeholder ingen regelfiler" in result.output
    assert "2 fejl" in result.output


def test_tjek_points_at_a_byte_that_is_not_utf8(run, tmp_path):
    (tmp_path / "latin1.regel").write_bytes('regel a "Første"\n'.encode("latin-1"))
    result = run("tjek", str(tmp_path))
    assert result.exit_code == 1
    assert "latin1.regel:1:11: fejl: filen er ikke gyldig UTF-8" in result.output
    assert ' 1 | regel a "F\ufffdrste"' in result.output
    assert "Traceback" not in result.output


def test_tjek_reads_a_file_named_twice_once(run):
    single = run("tjek", str(RULES))
    twice = run("tjek", str(RULES), str(RULES / "tilbud.regel"))
    assert twice.exit_code == 0
    assert twice.output == single.output


def test_byg_check_detects_stale_output(run, tmp_path):
    out = tmp_path / "generated"
    assert run("byg", "--ud", str(out)).exit_code == 0
    assert run("byg", "--tjek", "--ud", str(out)).exit_code == 0
    validator = out / "python" / "beskaeftigelsesregler" / "regler.py"
    validator.write_text(validator.read_text(encoding="utf-8") + "# ændret\n", encoding="utf-8")
    (out / "python" / "overflødig.py").write_text("", encoding="utf-8")
    result = run("byg", "--tjek", "--ud", str(out))
    assert result.exit_code == 1
    assert "forældet" in result.output and "overflødig" in result.output
    assert run("byg", "--ud", str(out)).exit_code == 0
    assert not (out / "python" / "overflødig.py").exists()


def test_names_that_clash_in_python_are_a_located_error_of_tjek(run, tmp_path):
    rules = tmp_path / "regler"
    rules.mkdir()
    model = (RULES / "datamodel.regel").read_text(encoding="utf-8")
    clash = model.replace("  id: tekst\n", "  id: tekst\n  forløb: dato\n  forloeb: dato\n", 1)
    assert clash != model
    (rules / "datamodel.regel").write_text(clash, encoding="utf-8")
    line = clash.split("\n").index("  forloeb: dato") + 1
    for command in (("tjek", str(rules)), ("byg", "--regler", str(rules), "--ud", str(tmp_path / "ud")),
                    ("test", str(rules))):
        result = run(*command)
        assert result.exit_code == 1, result.output
        assert f"datamodel.regel:{line}:3: fejl: feltet `forloeb` kan ikke skelnes fra feltet `forløb`" in result.output
    assert not (tmp_path / "ud").exists()


def test_committed_generated_folder_is_fresh(run):
    assert run("byg", "--tjek").exit_code == 0


def test_test_command_runs_every_example(run):
    result = run("test")
    assert result.exit_code == 0
    assert " bestået, 0 fejlet" in result.output


def test_daekning_covers_every_provision(run, program):
    result = run("dækning")
    assert result.exit_code == 0
    for provision in program.provisions.values():
        assert provision.title in result.output
        for rule in program.rules_for(provision.id):
            assert rule.name in result.output


def test_daekning_fails_for_a_provision_without_rule(run, tmp_path):
    for name in ("datamodel", "kilder", "bestemmelser", "definitioner"):
        shutil.copy(RULES / f"{name}.regel", tmp_path)
    result = run("dækning", str(tmp_path))
    assert result.exit_code == 1
    assert "— INGEN REGEL —" in result.output and "bestemmelser uden regel: P01" in result.output


def test_valider_json_contract(run):
    result = run("valider", str(EXAMPLES), "--dato", "2024-05-01", "--json")
    assert result.exit_code == 1
    data = json.loads(result.stdout)
    assert data["skæringsdato"] == "2024-05-01"
    lines = EXAMPLES.read_text(encoding="utf-8").splitlines()
    invalid = [number for number, line in enumerate(lines, start=1) if '"id": "U' in line]
    assert len(data["sager"]) == len(lines) - len(invalid)
    case = data["sager"][0]
    assert set(case) >= {"id", "overtrædelser", "frister", "datafejl"}
    violation = next(v for s in data["sager"] for v in s["overtrædelser"])
    assert set(violation) >= {"regel", "bestemmelse", "besked", "frist", "kilde"}
    population = data["population"][0]
    assert population["bestemmelse"] == "P20" and set(population) >= {"opfyldt", "værdi", "krav"}
    assert [u["linje"] for u in data["ugyldige"]] == invalid and invalid


def test_valider_a_single_case_from_stdin(run):
    case = {"id": "S1", "ydelse": "kontanthjælp", "forløbsstart": "2024-01-02", "første_henvendelse": "2024-01-02",
            "samtaler": [{"dato": "2024-01-05", "form": "fremmøde", "aktør": "jobcenter"}],
            "tilbud": [{"type": "uddannelse", "start": "2024-01-08"}]}
    result = run("valider", "-", "--dato", "2024-01-10", "--json", stdin=json.dumps(case))
    data = json.loads(result.stdout)
    assert data["sager"][0]["overtrædelser"] == []
    assert result.exit_code == 0


def test_valider_a_bad_record_is_reported_and_the_others_validated(run, tmp_path):
    lines = ['{"id": "A", "ydelse": "kontanthjælp", "forløbsstart": "2024-01-02"}',
             '{"id": "B", "ydelse": "kontanthjælp", "forløbsstart": "2024-01-0',
             '[1, 2]',
             '{"id": "C", "ydelse": "sygedagpenge", "forløbsstart": "2024-13-01"}',
             '{"id": "D", "ydelse": "dagpenge", "forløbsstart": "2024-01-02"}']
    data_file = tmp_path / "sager.jsonl"
    data_file.write_text("\n".join(lines) + "\n", encoding="utf-8")
    result = run("valider", str(data_file), "--dato", "2024-01-05", "--json")
    data = json.loads(result.stdout)
    assert [c["id"] for c in data["sager"]] == ["A", "D"]
    assert [(u["linje"], u.get("felt")) for u in data["ugyldige"]] == [(2, None), (3, None), (4, "forløbsstart")]
    assert result.exit_code == 1


def test_valider_jsonl_and_output_file(run, tmp_path):
    target = tmp_path / "resultat.jsonl"
    result = run("valider", str(EXAMPLES), "--dato", "2024-05-01", "--format", "jsonl", "--output", str(target))
    assert result.exit_code == 1
    results = [json.loads(line) for line in target.read_text(encoding="utf-8").splitlines()]
    summary = results[-1]
    assert "population" in summary and summary["ugyldige"]
    assert len(results) - 1 + len(summary["ugyldige"]) == len(EXAMPLES.read_text(encoding="utf-8").splitlines())
    assert "Opsummering" in result.output


def test_valider_lists_every_invalid_record_in_the_output_and_the_first_ten_in_the_summary(run, tmp_path):
    data_file = tmp_path / "sager.jsonl"
    data_file.write_text("".join(f'{{"id": "U{n}"}}\n' for n in range(1, 26)), encoding="utf-8")
    as_json = run("valider", str(data_file), "--dato", "2024-01-05", "--json")
    assert [u["id"] for u in json.loads(as_json.stdout)["ugyldige"]] == [f"U{n}" for n in range(1, 26)]
    assert as_json.stderr.count("ugyldig post (linje") == 10
    assert "… og 15 ugyldige poster mere" in as_json.stderr
    as_text = run("valider", str(data_file), "--dato", "2024-01-05")
    assert [line.split(")")[0] for line in as_text.stdout.splitlines() if line.startswith("Ugyldig post")] \
        == [f"Ugyldig post (linje {n}" for n in range(1, 26)]
    assert "25 ugyldige poster (fejl pr. felt: ydelse 25)" in as_text.stdout and as_text.exit_code == 1


def test_valider_an_empty_input_says_so(run):
    result = run("valider", "-", "--dato", "2024-01-05", stdin="")
    assert result.exit_code == 0 and "input indeholdt ingen sager" in result.stdout


def test_valider_output_file_gets_the_usual_permissions(run, tmp_path):
    target = tmp_path / "resultat.json"
    run("valider", str(EXAMPLES), "--dato", "2024-05-01", "--json", "--output", str(target))
    current = os.umask(0)
    os.umask(current)
    assert target.stat().st_mode & 0o777 == 0o666 & ~current


@pytest.mark.parametrize("args, message", [
    (["valider", str(EXAMPLES), "--dato", "2024-02-30"], "ikke en gyldig dato"),
    (["valider", "findes-ikke.jsonl", "--dato", "2024-02-01"], "findes ikke"),
    (["valider", str(ROOT / "examples"), "--dato", "2024-02-01"], "er ikke en fil"),
    (["valider", str(EXAMPLES), "--output", "findes-ikke/resultat.json"], "mappen til --output"),
])
def test_valider_unusable_input_exits_2(run, args, message):
    result = run(*args)
    assert result.exit_code == 2
    assert message in result.output


def test_valider_a_line_that_is_not_utf8_is_one_invalid_record(run, tmp_path):
    good = '{"id": "S1", "ydelse": "dagpenge", "forløbsstart": "2024-01-02"}'
    data_file = tmp_path / "sager.jsonl"
    data_file.write_bytes(b"\xef\xbb\xbf" + good.encode() + b"\n" + '{"id": "Ø"}\n'.encode("latin-1")
                          + good.replace("S1", "S3").encode() + b"\n")
    result = run("valider", str(data_file), "--dato", "2024-01-05", "--json")
    data = json.loads(result.stdout)
    assert [case["id"] for case in data["sager"]] == ["S1", "S3"]
    [invalid] = data["ugyldige"]
    assert invalid["linje"] == 2 and "er filen gemt som UTF-8?" in invalid["besked"]
    from_stdin = run("valider", "-", "--dato", "2024-01-05", "--format", "jsonl", stdin=data_file.read_bytes())
    assert [json.loads(line).get("id") for line in from_stdin.stdout.splitlines()] == ["S1", "S3", None]


def test_valider_a_misspelt_key_that_is_not_utf8_is_reported_readably(run, tmp_path):
    data_file = tmp_path / "sager.jsonl"
    data_file.write_bytes('{"id": "S1", "ydelse": "dagpenge", "forløbsstart": "2024-01-02", "forløbsslutt": "x"}\n'
                          .replace("forløbsslutt", "forl\u00f8bsslutt").encode("latin-1"))
    for fmt in ("tekst", "json", "jsonl"):
        result = run("valider", str(data_file), "--dato", "2024-01-05", "--format", fmt)
        assert result.exit_code == 1 and "mente du" in result.output, fmt


@pytest.mark.parametrize("args, message", [
    (["--dato", "20240501"], "ikke en gyldig dato"),
    (["--dato", "9999-12-31"], "ikke en gyldig dato i årene 1900-2199"),
    (["--dato", "2024-05-01", "--json", "--format", "jsonl"], "kan ikke bruges sammen"),
])
def test_valider_refuses_unusable_options_with_exit_2(run, args, message):
    result = run("valider", str(EXAMPLES), *args)
    assert result.exit_code == 2 and message in result.output


def test_valider_human_output_in_danish(run):
    result = run("valider", str(EXAMPLES), "--dato", "2024-05-01")
    assert result.exit_code == 1
    output = result.stdout
    first = json.loads(EXAMPLES.read_text(encoding="utf-8").splitlines()[0])
    assert f"Sag {first['id']}:" in output
    assert "Opsummering pr. 2024-05-01:" in output
    assert "Ugyldig post (linje " in output and "kommende frister" in output
    assert "4 ugyldige poster (fejl pr. felt: forløbsstart 2, ydelse 1, samtaler[].form 1)" in output
    assert "P20 IKKE opfyldt" in output and "pct." in output


@pytest.mark.parametrize("package_source, message", [
    (None, "modulet beskaeftigelsesregler findes ikke"),
    ("x = (\n", "SyntaxError"),
    ("x = 1\n", "laes_sager, Sagsbestand mangler"),
    ("laes_sager = Sagsbestand = None\nKONTRAKTVERSION = 1\n", "bygget af en anden version af Regelsprog"),
])
def test_valider_with_a_broken_generated_package_says_rebuild(tmp_path, package_source, message):
    """Run in a fresh interpreter: the test session has imported the real package already."""
    if package_source is not None:
        (tmp_path / "beskaeftigelsesregler").mkdir()
        (tmp_path / "beskaeftigelsesregler" / "__init__.py").write_text(package_source, encoding="utf-8")
    result = subprocess.run([sys.executable, "-m", "compiler", "valider", str(EXAMPLES), "--pakke", str(tmp_path)],
                            capture_output=True, text=True, cwd=ROOT)
    assert result.returncode == 2
    assert message in result.stderr and "Kør `regel byg`" in result.stderr
    assert "Traceback" not in result.stderr


def test_help_is_danish():
    result = subprocess.run([sys.executable, "-m", "compiler", "--help"], capture_output=True, text=True, cwd=ROOT)
    assert "Brug:" in result.stdout and "Kommandoer" in result.stdout and "Usage" not in result.stdout
    listed = [line.split()[0] for line in result.stdout.split("Kommandoer:")[1].splitlines() if line.strip()]
    workflow = ["tjek", "byg", "test", "valider", "dækning"]
    assert [name for name in listed if name in workflow] == workflow  # in the order of the work
    assert "..." not in result.stdout.split("Kommandoer:")[1]  # whole one-line descriptions
    result = subprocess.run([sys.executable, "-m", "compiler", "valider"], capture_output=True, text=True, cwd=ROOT)
    assert result.returncode == 2 and "Mangler argument" in result.stderr


def test_a_fault_in_regelsprog_itself_is_named_and_exits_2(monkeypatch, capsys):
    def broken(**_options):
        raise RuntimeError("noget gik galt")
    monkeypatch.setattr(cli, "regel", broken)
    with pytest.raises(SystemExit) as exited:
        cli.main()
    assert exited.value.code == 2
    assert "intern fejl (RuntimeError: noget gik galt)" in capsys.readouterr().err
