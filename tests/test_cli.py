"""The `regel` command end to end, as legal staff and developers use it, on the sample project."""

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
from compiler.backends import python as pyback

from .conftest import MODEL_FILES, PROJECT, PROJECT_CASES, PROJECT_RULES, ROOT, regel

EXAMPLES = PROJECT_CASES


@pytest.fixture
def run():
    return regel


@pytest.fixture
def valider(run, built_project):
    """`regel valider` with the sample project's validators."""
    def invoke(*args, stdin=None):
        return run("valider", *args, "--pakke", str(built_project / "generated" / "python"), stdin=stdin)
    return invoke


def copy_model(target: Path) -> None:
    for name in MODEL_FILES:
        shutil.copy(PROJECT_RULES / f"{name}.regel", target)


def test_tjek_counts_the_files_rules_and_examples(run):
    result = run("tjek", str(PROJECT_RULES))
    assert result.exit_code == 0
    assert result.output == "9 regelfiler, 10 regler, 2 undtagelser, 27 eksempler: 0 fejl og 0 advarsler.\n"


def test_tjek_reports_every_error_located_and_in_danish(run, tmp_path):
    copy_model(tmp_path)
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
    single = run("tjek", str(PROJECT_RULES))
    twice = run("tjek", str(PROJECT_RULES), str(PROJECT_RULES / "tilbud.regel"))
    assert twice.exit_code == 0
    assert twice.output == single.output


def test_byg_check_detects_stale_output(run, tmp_path):
    out = tmp_path / "generated"
    assert run("byg", "--regler", str(PROJECT_RULES), "--ud", str(out)).exit_code == 0
    assert run("byg", "--regler", str(PROJECT_RULES), "--tjek", "--ud", str(out)).exit_code == 0
    validator = out / "python" / "beskaeftigelsesregler" / "regler.py"
    validator.write_text(validator.read_text(encoding="utf-8") + "# ændret\n", encoding="utf-8")
    (out / "python" / "overflødig.py").write_text("", encoding="utf-8")
    result = run("byg", "--regler", str(PROJECT_RULES), "--tjek", "--ud", str(out))
    assert result.exit_code == 1
    assert "forældet" in result.output and "overflødig" in result.output
    refused = run("byg", "--regler", str(PROJECT_RULES), "--ud", str(out))  # a file it did not write is never deleted
    assert refused.exit_code == 2 and str(out / "python" / "overflødig.py") in refused.output
    assert run("byg", "--regler", str(PROJECT_RULES), "--ud", str(out), "--behold-andre-filer").exit_code == 0
    assert (out / "python" / "overflødig.py").exists()
    assert "# ændret" not in validator.read_text(encoding="utf-8")


def test_names_that_clash_in_python_are_a_located_error_of_tjek(run, tmp_path):
    rules = tmp_path / "regler"
    rules.mkdir()
    model = (PROJECT_RULES / "datamodel.regel").read_text(encoding="utf-8")
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


def test_test_command_runs_every_example(run):
    result = run("test", str(PROJECT_RULES))
    assert result.exit_code == 0
    assert result.output == "31 bestået, 0 fejlet\n"


def test_test_command_shows_a_failing_example_with_both_verdicts(run, tmp_path):
    shutil.copytree(PROJECT_RULES, tmp_path / "rules")
    path = tmp_path / "rules" / "samtaler.regel"
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("    pr. 5. januar 2023: frist 9. januar 2023", "    pr. 5. januar 2023: frist 10. januar 2023"),
                    encoding="utf-8")
    result = run("test", str(tmp_path / "rules"))
    assert result.exit_code == 1
    assert 'samtaler.regel:33: eksemplet "Fristen er ikke nået endnu" (første_samtale) fejlede\n' in result.output
    assert "  forventet: pr. 5. januar 2023: frist 10. januar 2023 for første_samtale\n" in result.output
    assert "  faktisk:   pr. 5. januar 2023: frist 9. januar 2023" in result.output
    assert result.output.endswith("30 bestået, 1 fejlet\n")


def test_daekning_lists_every_provision_with_its_rules(run):
    result = run("dækning", str(PROJECT_RULES))
    assert result.exit_code == 0
    assert "P08a        undtagelse          2  Sygemeldte med arbejdsgiver kan holde første samtale digitalt\n" \
           "                                 sygemeldt_med_arbejdsgiver\n" in result.output
    assert result.output.endswith("Alle 12 bestemmelser har mindst én regel.\n")


def test_daekning_fails_for_a_provision_without_rule(run, tmp_path):
    copy_model(tmp_path)
    result = run("dækning", str(tmp_path))
    assert result.exit_code == 1
    assert "— INGEN REGEL —" in result.output and "bestemmelser uden regel: P01" in result.output


def test_valider_json_contract(valider):
    result = valider(str(EXAMPLES), "--dato", "2023-09-01", "--json")
    assert result.exit_code == 1
    data = json.loads(result.stdout)
    assert data["skæringsdato"] == "2023-09-01"
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


def test_valider_a_single_case_from_stdin(valider):
    case = {"id": "S1", "ydelse": "kontanthjælp", "forløbsstart": "2024-01-02", "første_henvendelse": "2024-01-02",
            "samtaler": [{"dato": "2024-01-05", "form": "fremmøde", "aktør": "jobcenter"}],
            "tilbud": [{"type": "uddannelse", "start": "2024-01-08"}]}
    result = valider("-", "--dato", "2024-01-10", "--json", stdin=json.dumps(case))
    data = json.loads(result.stdout)
    assert data["sager"][0]["overtrædelser"] == []
    assert result.exit_code == 0


def test_valider_a_bad_record_is_reported_and_the_others_validated(valider, tmp_path):
    lines = ['{"id": "A", "ydelse": "kontanthjælp", "forløbsstart": "2024-01-02"}',
             '{"id": "B", "ydelse": "kontanthjælp", "forløbsstart": "2024-01-0',
             '[1, 2]',
             '{"id": "C", "ydelse": "sygedagpenge", "forløbsstart": "2024-13-01"}',
             '{"id": "D", "ydelse": "dagpenge", "forløbsstart": "2024-01-02"}']
    data_file = tmp_path / "sager.jsonl"
    data_file.write_text("\n".join(lines) + "\n", encoding="utf-8")
    result = valider(str(data_file), "--dato", "2024-01-05", "--json")
    data = json.loads(result.stdout)
    assert [c["id"] for c in data["sager"]] == ["A", "D"]
    assert [(u["linje"], u.get("felt")) for u in data["ugyldige"]] == [(2, ""), (3, ""), (4, "forløbsstart")]
    assert result.exit_code == 1


def test_valider_jsonl_and_output_file(valider, tmp_path):
    target = tmp_path / "resultat.jsonl"
    result = valider(str(EXAMPLES), "--dato", "2023-09-01", "--format", "jsonl", "--output", str(target))
    assert result.exit_code == 1
    results = [json.loads(line) for line in target.read_text(encoding="utf-8").splitlines()]
    summary = results[-1]
    assert "population" in summary and summary["ugyldige"]
    assert len(results) - 1 + len(summary["ugyldige"]) == len(EXAMPLES.read_text(encoding="utf-8").splitlines())
    assert "Opsummering" in result.output


def test_valider_lists_every_invalid_record_in_the_output_and_the_first_ten_in_the_summary(valider, tmp_path):
    data_file = tmp_path / "sager.jsonl"
    data_file.write_text("".join(f'{{"id": "U{n}"}}\n' for n in range(1, 26)), encoding="utf-8")
    as_json = valider(str(data_file), "--dato", "2024-01-05", "--json")
    assert [u["id"] for u in json.loads(as_json.stdout)["ugyldige"]] == [f"U{n}" for n in range(1, 26)]
    assert as_json.stderr.count("ugyldig post (linje") == 10
    assert "… og 15 ugyldige poster mere" in as_json.stderr
    as_text = valider(str(data_file), "--dato", "2024-01-05")
    assert [line.split(")")[0] for line in as_text.stdout.splitlines() if line.startswith("Ugyldig post")] \
        == [f"Ugyldig post (linje {n}" for n in range(1, 26)]
    assert "25 ugyldige poster (fejl pr. felt: ydelse 25)" in as_text.stdout and as_text.exit_code == 1


def test_valider_an_empty_input_says_so(valider):
    result = valider("-", "--dato", "2024-01-05", stdin="")
    assert result.exit_code == 0 and "input indeholdt ingen sager" in result.stdout


def test_valider_output_file_gets_the_usual_permissions(valider, tmp_path):
    target = tmp_path / "resultat.json"
    valider(str(EXAMPLES), "--dato", "2023-09-01", "--json", "--output", str(target))
    current = os.umask(0)
    os.umask(current)
    assert target.stat().st_mode & 0o777 == 0o666 & ~current


@pytest.mark.parametrize("args, message", [
    ([str(EXAMPLES), "--dato", "2024-02-30"], "ikke en gyldig dato"),
    (["findes-ikke.jsonl", "--dato", "2024-02-01"], "findes ikke"),
    ([str(PROJECT), "--dato", "2024-02-01"], "er ikke en fil"),
    ([str(EXAMPLES), "--output", "findes-ikke/resultat.json"], "mappen til --output"),
])
def test_valider_unusable_input_exits_2(valider, args, message):
    result = valider(*args)
    assert result.exit_code == 2
    assert message in result.output


def test_valider_a_line_that_is_not_utf8_is_one_invalid_record(valider, tmp_path):
    good = '{"id": "S1", "ydelse": "dagpenge", "forløbsstart": "2024-01-02"}'
    data_file = tmp_path / "sager.jsonl"
    data_file.write_bytes(b"\xef\xbb\xbf" + good.encode() + b"\n" + '{"id": "Ø"}\n'.encode("latin-1")
                          + good.replace("S1", "S3").encode() + b"\n")
    result = valider(str(data_file), "--dato", "2024-01-05", "--json")
    data = json.loads(result.stdout)
    assert [case["id"] for case in data["sager"]] == ["S1", "S3"]
    [invalid] = data["ugyldige"]
    assert invalid["linje"] == 2 and "er filen gemt som UTF-8?" in invalid["besked"]
    from_stdin = valider("-", "--dato", "2024-01-05", "--format", "jsonl", stdin=data_file.read_bytes())
    assert [json.loads(line).get("id") for line in from_stdin.stdout.splitlines()] == ["S1", "S3", None]


def test_valider_a_misspelt_key_that_is_not_utf8_is_reported_readably(valider, tmp_path):
    data_file = tmp_path / "sager.jsonl"
    data_file.write_bytes('{"id": "S1", "ydelse": "dagpenge", "forløbsstart": "2024-01-02", "forløbsslutt": "x"}\n'
                          .replace("forløbsslutt", "forl\u00f8bsslutt").encode("latin-1"))
    for fmt in ("tekst", "json", "jsonl"):
        result = valider(str(data_file), "--dato", "2024-01-05", "--format", fmt)
        assert result.exit_code == 1 and "mente du" in result.output, fmt


@pytest.mark.parametrize("args, message", [
    (["--dato", "20240501"], "ikke en gyldig dato"),
    (["--dato", "9999-12-31"], "ikke en gyldig dato i årene 1900-2199"),
    (["--dato", "20٢٤-05-01"], "'20٢٤-05-01' er ikke en gyldig dato i årene 1900-2199; skriv den som ÅÅÅÅ-MM-DD med "
                                "cifrene 0-9"),
    (["--dato", "2024-05-01\n"], "skriv den som ÅÅÅÅ-MM-DD"),
    (["--dato", "2024-05-01", "--motor", "duckdb", "--beslutningslog", "log.jsonl"], "--beslutningslog findes kun med"),
    (["--dato", "2024-05-01", "--beslutningslog", "findes-ikke/log.jsonl"], "beslutningsloggen findes-ikke/log.jsonl "
                                                                            "kan ikke skrives"),
    (["--dato", "2024-05-01", "--beslutningslog", "/dev/full"], "beslutningsloggen /dev/full kan ikke skrives: "),
    (["--dato", "2024-05-01", "--json", "--format", "jsonl"], "kan ikke bruges sammen"),
    (["--dato", "2024-05-01", "--motor", "duckdb", "--jobs", "2"], "--jobs findes kun med --motor python"),
])
def test_valider_refuses_unusable_options_with_exit_2(valider, args, message):
    result = valider(str(EXAMPLES), *args)
    assert result.exit_code == 2 and message in result.output


def test_valider_appends_one_decision_per_record_to_the_decision_log(valider, tmp_path):
    log = tmp_path / "beslutninger.jsonl"
    log.write_text('{"før": 1}\n', encoding="utf-8")  # appended to, never overwritten
    result = valider(str(EXAMPLES), "--dato", "2023-09-01", "--format", "jsonl", "--beslutningslog", str(log))
    *results, summary = [json.loads(line) for line in result.stdout.splitlines()]
    first, *lines = [json.loads(line) for line in log.read_text(encoding="utf-8").splitlines()]
    assert first == {"før": 1} and len(lines) == len(EXAMPLES.read_text(encoding="utf-8").splitlines())
    assert {line["kilde"] for line in lines} == {"regel valider"} and len({line["bestand_id"] for line in lines}) == 1
    assert all(line["regelsæt"] == summary["regelsæt"] and line["skæringsdato"] == "2023-09-01" for line in lines)
    judged = [line for line in lines if line["art"] == "resultat"]
    assert [line["sag_id"] for line in judged] == [r["id"] for r in results]
    assert [line["overtrædelser"] for line in judged] == [
        {rule: sum(1 for f in r["overtrædelser"] if f["regel_id"] == rule) for rule in sorted({f["regel_id"] for f in
                                                                                               r["overtrædelser"]})}
        for r in results]
    assert [(line["linje"], line["sag_id"], line["fejl"]) for line in lines if line["art"] == "ugyldig"] == [
        (u["linje"], u.get("id"), [{"kode": f["kode"], "felt": f["felt"]} for f in u["fejl"]]) for u in summary["ugyldige"]]
    assert len({line["beslutning_id"] for line in lines}) == len(lines)


def test_valider_human_output_in_danish(valider):
    result = valider(str(EXAMPLES), "--dato", "2023-09-01")
    assert result.exit_code == 1
    output = result.stdout
    first = json.loads(EXAMPLES.read_text(encoding="utf-8").splitlines()[0])
    assert f"Sag {first['id']}:" in output
    assert "Opsummering pr. 2023-09-01:" in output
    assert "Ugyldig post (linje " in output and "kommende frister" in output
    assert "2 ugyldige poster (fejl pr. felt: forløbsstart 1, ydelse 1)" in output
    assert "P20 IKKE opfyldt" in output and "pct." in output


@pytest.mark.parametrize("package_source, message", [
    (None, "modulet beskaeftigelsesregler findes ikke"),
    ("x = (\n", "SyntaxError"),
    ("x = 1\n", "laes_sager, laes_linje, Sagsbestand mangler"),
    ("laes_sager = laes_linje = Sagsbestand = None\nKONTRAKTVERSION = 1\n", "bygget af en anden version af Regelsprog"),
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


def test_every_commands_help_and_a_bad_number_are_danish(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)  # outside any project
    clidansk.install()
    runner = CliRunner()
    for name in cli.regel.commands:
        text = runner.invoke(cli.regel, [name, "--help"]).output
        for english in ("Usage", "Options", "[required]", "default:", "Show this message"):
            assert english not in text, (name, english)
    result = runner.invoke(cli.regel, ["valider", "sager.jsonl", "--jobs", "mange"])
    assert result.exit_code == 2 and "'mange' er ikke et gyldigt heltal." in result.output


def test_a_fault_in_regelsprog_itself_is_named_and_exits_2(monkeypatch, capsys):
    def broken(**_options):
        raise RuntimeError("noget gik galt")
    monkeypatch.setattr(cli, "regel", broken)
    with pytest.raises(SystemExit) as exited:
        cli.main()
    assert exited.value.code == 2
    assert "intern fejl (RuntimeError: noget gik galt)" in capsys.readouterr().err


# ----------------------------------------------------------------------------
# The project: found from any of its folders, as git finds its repository
# ----------------------------------------------------------------------------

@pytest.fixture
def project(built_project, tmp_path):
    """A copy of the built sample project of the test's own (commands may write in it)."""
    shutil.copytree(built_project, tmp_path / "projekt")
    return tmp_path / "projekt"


@pytest.mark.parametrize("folder", [".", "rules", "generated/python/beskaeftigelsesregler", "rules/ny mappe"])
def test_every_command_finds_the_project_from_any_of_its_folders(run, project, monkeypatch, folder):
    (project / folder).mkdir(exist_ok=True)
    monkeypatch.chdir(project / folder)
    assert run("tjek").output == run("tjek", os.path.relpath(project / "rules")).output
    assert run("tjek").exit_code == 0
    assert run("test").output == "31 bestået, 0 fejlet\n"
    assert run("dækning").exit_code == 0
    fresh = run("byg", "--tjek")
    assert fresh.exit_code == 0 and os.path.relpath(project / "generated") in fresh.output
    checked = run("valider", os.path.relpath(project / "sager.jsonl"), "--dato", "2023-09-01")
    assert checked.exit_code == 1 and "Opsummering pr. 2023-09-01:" in checked.output


def test_paths_given_on_the_command_line_are_relative_to_the_current_folder(run, project, monkeypatch):
    monkeypatch.chdir(project / "generated")
    assert run("byg", "--ud", "ny").exit_code == 0
    assert (project / "generated" / "ny" / "python" / pyback.PACKAGE / "__init__.py").is_file()
    result = run("tjek", "../rules", "findes-ikke.regel")
    assert result.exit_code == 1 and "findes-ikke.regel:1:1: fejl: findes-ikke.regel findes ikke" in result.output


@pytest.mark.parametrize("args, hint", [
    (["tjek"], "angiv regelfilerne, fx `regel tjek sti/til/rules`"),
    (["test"], "angiv regelfilerne, fx `regel test sti/til/rules`"),
    (["dækning"], "angiv regelfilerne, fx `regel dækning sti/til/rules`"),
    (["byg"], "angiv mappen med --regler MAPPE"),
    (["byg", "--regler", str(PROJECT_RULES)], "angiv mappen med --ud MAPPE"),
    (["docs", "--tjek"], "angiv mappen med --regler MAPPE"),
    (["valider", str(PROJECT_CASES)], "angiv validatorerne med --pakke MAPPE"),
    (["diff"], "angiv mappen med --regler MAPPE"),
])
def test_outside_a_project_a_command_says_so_and_how_to_point_at_one(run, tmp_path, monkeypatch, args, hint):
    (tmp_path / "rules").mkdir()  # a folder named rules without rule files does not make a project
    monkeypatch.chdir(tmp_path)
    result = run(*args)
    assert result.exit_code == 2
    assert result.output == (f"fejl: {tmp_path} hører ikke til et Regelsprog-projekt: hverken mappen eller en mappe "
                             f"over den har en mappe rules/ med regelfiler. Gå til projektets mappe, eller {hint}.\n")


def test_outside_a_project_the_paths_given_are_used(run, valider, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    assert run("tjek", str(PROJECT_RULES)).exit_code == 0
    assert valider(str(PROJECT_CASES), "--dato", "2023-09-01").exit_code == 1
    assert run("byg", "--regler", str(PROJECT_RULES), "--ud", "ud").exit_code == 0 and (tmp_path / "ud" / "docs").is_dir()
    same = run("diff", str(PROJECT_RULES), str(PROJECT_RULES))
    assert same.exit_code == 0 and "Ingen juridiske ændringer." in same.output
