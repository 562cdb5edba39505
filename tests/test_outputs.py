"""Outputs are written safely (issue 10, failures 1, 9, 10, 11 and the OS texts of 12):
only files Regelsprog wrote are replaced or deleted, a path that cannot be written is a
Danish message naming it (exit 2), builds of one tree take turns, and a console that
cannot show æøå still gets the output. Built on the fixture rules, never on rules/.
Kills at random moments and simultaneous builds are in tests/test_kill.py."""

from __future__ import annotations

import errno
import fcntl
import hashlib
import json
import os
import re
import shutil
import signal
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from compiler import cli, clidansk, oserrors, outputs

from .fixture_rules import FOLDERS, regel, snapshot, spawn, write_rules


@pytest.fixture
def run():
    clidansk.install()
    runner = CliRunner()

    def invoke(*args: str):
        return runner.invoke(cli.regel, list(args), catch_exceptions=False)
    return invoke


@pytest.fixture
def rules(tmp_path):
    return write_rules(tmp_path / "regler")


@pytest.fixture
def new_rules(tmp_path):
    return write_rules(tmp_path / "regler_ny", changed=True)


@pytest.fixture
def built(run, rules, tmp_path):
    out = tmp_path / "generated"
    result = run("byg", "--regler", str(rules), "--ud", str(out))
    assert result.exit_code == 0, result.output
    return out


def dead_pid() -> int:
    """The id of a process that has ended (and been reaped)."""
    return int(subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"],
                              capture_output=True, text=True, check=True).stdout)


def assert_plain_danish_error(result, *paths: Path) -> None:
    assert result.exit_code == 2, result.output
    assert result.stderr.startswith("fejl: ")
    assert "intern fejl" not in result.output and "Traceback" not in result.output
    for path in paths:
        assert str(path) in result.stderr


# --- 1. only its own files are replaced or deleted ----------------------------------------

def test_a_users_file_in_an_output_folder_stops_the_build_and_nothing_changes(run, new_rules, built):
    (built / "docs" / "noter.txt").write_text("mine noter", encoding="utf-8")
    (built / "python" / "hjælper.py").write_text("", encoding="utf-8")
    before = snapshot(built)
    result = run("byg", "--regler", str(new_rules), "--ud", str(built))
    assert_plain_danish_error(result, built / "docs" / "noter.txt", built / "python" / "hjælper.py")
    assert "--behold-andre-filer" in result.stderr and "Intet er ændret" in result.stderr
    assert snapshot(built) == before


def test_pages_of_a_build_whose_manifest_was_checked_out_again_are_removed_not_refused(run, rules, new_rules, built):
    # A jurist builds a change that adds a page, then throws the change away (`git checkout --
    # rules generated`): the old files and manifest are back, the new page is left over.
    old = snapshot(built)
    assert run("byg", "--regler", str(new_rules), "--ud", str(built)).exit_code == 0
    added = sorted(set(snapshot(built)) - set(old))
    assert "docs/regler/ingen_breve.html" in added and "docs/regler/ingen_breve.md" in added
    for path, data in old.items():
        (built / path).write_bytes(data)
    (built / "docs" / "min_side.md").write_text("Regelsæt udgave 1.0 · bygget med Regelsprog 0.1.0\nmine noter\n",
                                                encoding="utf-8")
    result = run("byg", "--regler", str(rules), "--ud", str(built))
    assert result.exit_code == 2 and "min_side.md" in result.stderr and "ingen_breve" not in result.stderr
    (built / "docs" / "min_side.md").unlink()
    result = run("byg", "--regler", str(rules), "--ud", str(built))
    assert result.exit_code == 0, result.output
    assert snapshot(built) == old


def test_told_to_keep_them_the_users_files_stay_and_the_rest_is_rebuilt(run, new_rules, built):
    (built / "docs" / "noter.txt").write_text("mine noter", encoding="utf-8")
    (built / "docs" / "regler" / "egen").mkdir()
    (built / "docs" / "regler" / "egen" / "side.md").write_text("min side", encoding="utf-8")
    result = run("byg", "--regler", str(new_rules), "--ud", str(built), "--behold-andre-filer")
    assert result.exit_code == 0, result.output
    assert (built / "docs" / "noter.txt").read_text(encoding="utf-8") == "mine noter"
    assert (built / "docs" / "regler" / "egen" / "side.md").read_text(encoding="utf-8") == "min side"
    pages = os.listdir(built / "docs" / "regler")
    assert "ingen_breve.html" in pages and "ingen_brev.html" not in pages  # its own old page is gone
    assert run("byg", "--regler", str(new_rules), "--ud", str(built), "--behold-andre-filer").exit_code == 0
    assert (built / "docs" / "noter.txt").exists()


def test_ud_pointing_at_the_parent_from_a_subfolder_touches_no_user_file(run, rules, tmp_path, monkeypatch):
    project = tmp_path / "projekt"
    (project / "docs").mkdir(parents=True)
    (project / "python").mkdir()
    (project / "undermappe").mkdir()
    (project / "docs" / "README.md").write_text("egen dokumentation", encoding="utf-8")
    (project / "docs" / "index.html").write_text("min forside", encoding="utf-8")
    (project / "python" / "værktøj.py").write_text("print('hej')\n", encoding="utf-8")
    before = snapshot(project)
    monkeypatch.chdir(project / "undermappe")
    result = run("byg", "--regler", str(rules), "--ud", "..")
    assert_plain_danish_error(result, Path("..") / "docs" / "README.md", Path("..") / "docs" / "index.html",
                              Path("..") / "python" / "værktøj.py")
    assert "intet manifest" in result.stderr
    assert snapshot(project) == before and sorted(os.listdir(project)) == ["docs", "python", "undermappe"]


def test_a_file_the_manifest_does_not_list_where_the_build_writes_is_refused_even_when_told(run, new_rules, built):
    mine = built / "docs" / "regler" / "ingen_breve.html"  # the page the new rules will write
    mine.write_text("min side", encoding="utf-8")
    for flags in ([], ["--behold-andre-filer"]):
        result = run("byg", "--regler", str(new_rules), "--ud", str(built), *flags)
        assert_plain_danish_error(result, mine)
    assert mine.read_text(encoding="utf-8") == "min side"


def test_the_first_build_after_manifests_came_adopts_the_files_at_its_own_paths(run, rules, built):
    # as the committed generated/ was before this change: no manifests, one file out of date
    for folder in FOLDERS:
        (built / folder / outputs.MANIFEST).unlink()
    stale = built / "docs" / "index.html"
    stale.write_text("gammel forside", encoding="utf-8")
    result = run("byg", "--regler", str(rules), "--ud", str(built))
    assert result.exit_code == 0, result.output
    assert "ikke har skrevet" not in result.output and "bemærk" not in result.output
    assert stale.read_text(encoding="utf-8") != "gammel forside"
    assert all((built / folder / outputs.MANIFEST).is_file() for folder in FOLDERS)
    assert run("byg", "--tjek", "--regler", str(rules), "--ud", str(built)).exit_code == 0


def test_a_folder_without_manifest_holding_other_files_is_not_adopted(run, rules, built):
    (built / "docs" / outputs.MANIFEST).unlink()
    (built / "docs" / "noter.txt").write_text("mine noter", encoding="utf-8")
    before = snapshot(built)
    result = run("byg", "--regler", str(rules), "--ud", str(built), "--behold-andre-filer")
    assert_plain_danish_error(result, built / "docs" / "index.html")
    assert f"{built / 'docs'} har intet manifest" in result.stderr
    assert snapshot(built) == before


def test_the_manifest_lists_exactly_the_files_written_with_their_hashes(built):
    for folder in FOLDERS:
        files = snapshot(built / folder)
        listed = json.loads(files.pop(outputs.MANIFEST))["filer"]
        assert listed == {path: "sha256:" + hashlib.sha256(data).hexdigest() for path, data in files.items()}


def test_the_manifest_is_the_same_bytes_in_another_folder_time_zone_and_hash_seed(rules, built, tmp_path):
    other = tmp_path / "andet sted" / "ud"
    other.parent.mkdir()
    result = regel("byg", "--regler", str(rules), "--ud", str(other), cwd=other.parent,
                   env={"PYTHONHASHSEED": "4711", "TZ": "Pacific/Kiritimati", "LC_ALL": "C.UTF-8"})
    assert result.returncode == 0, result.stderr
    for folder in FOLDERS:
        assert (other / folder / outputs.MANIFEST).read_bytes() == (built / folder / outputs.MANIFEST).read_bytes()


def test_tjek_passes_after_a_build_and_sees_a_manifest_that_does_not_match(run, rules, built):
    assert run("byg", "--tjek", "--regler", str(rules), "--ud", str(built)).exit_code == 0
    manifest = built / "schema" / outputs.MANIFEST
    manifest.write_text(manifest.read_text(encoding="utf-8").replace("sha256:", "sha256:0", 1), encoding="utf-8")
    result = run("byg", "--tjek", "--regler", str(rules), "--ud", str(built))
    assert result.exit_code == 1 and f"forældet: {manifest}" in result.stderr


def test_a_generated_file_edited_by_hand_is_replaced_and_named(run, rules, built):
    page = built / "docs" / "index.html"
    page.write_text("rettet i hånden", encoding="utf-8")
    result = run("byg", "--regler", str(rules), "--ud", str(built))
    assert result.exit_code == 0
    assert f"bemærk: {page} var ændret efter sidste byg" in result.stderr
    assert page.read_text(encoding="utf-8") != "rettet i hånden"


def test_a_folder_whose_contents_stay_the_same_is_not_touched(run, rules, built):
    inodes = {folder: (built / folder).stat().st_ino for folder in FOLDERS}
    result = run("byg", "--regler", str(rules), "--ud", str(built))
    assert "Skrev 0 filer, slettede 0" in result.output
    assert {folder: (built / folder).stat().st_ino for folder in FOLDERS} == inodes


def test_without_an_atomic_exchange_the_two_renames_give_the_same_result(run, rules, new_rules, built, tmp_path,
                                                                         monkeypatch):
    expected = tmp_path / "forventet"
    assert run("byg", "--regler", str(new_rules), "--ud", str(expected)).exit_code == 0
    monkeypatch.setattr(outputs, "_renameat2", lambda: None)
    assert run("byg", "--regler", str(new_rules), "--ud", str(built)).exit_code == 0
    assert snapshot(built) == snapshot(expected) and sorted(os.listdir(built)) == sorted(FOLDERS)


def test_a_killed_builds_staging_folder_goes_but_not_a_file_it_did_not_write(run, rules, built):
    host, gone = outputs._host(), dead_pid()
    leftover = built / f".docs.regelsprog-{host}-{gone}-abc12345"
    shutil.copytree(built / "docs", leftover)
    (leftover / "kom_til_undervejs.txt").write_text("en brugers fil", encoding="utf-8")
    running = built / f".python.regelsprog-{host}-{os.getppid()}-abc12345"   # its process still runs
    elsewhere = built / f".schema.regelsprog-andenvaert-{gone}-abc12345"     # another machine's
    for folder in (running, elsewhere):
        folder.mkdir()
        (folder / "x.py").write_text("", encoding="utf-8")
    result = run("byg", "--regler", str(rules), "--ud", str(built))
    assert result.exit_code == 0
    assert os.listdir(leftover) == ["kom_til_undervejs.txt"]
    assert f"bemærk: {leftover} er ikke slettet" in result.stderr
    assert (running / "x.py").exists() and (elsewhere / "x.py").exists()


def test_diff_side_writes_an_output_folder_of_its_own(run, rules, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    for _ in range(2):
        result = run("diff", str(rules), str(rules), "--side", "side")
        assert result.exit_code == 0, result.output
    assert (tmp_path / "side" / outputs.MANIFEST).is_file() and (tmp_path / "side" / "aendringer.html").is_file()
    (tmp_path / "mine").mkdir()
    (tmp_path / "mine" / "style.css").write_text("min stil", encoding="utf-8")
    (tmp_path / "mine" / "noter.txt").write_text("noter", encoding="utf-8")
    result = run("diff", str(rules), str(rules), "--side", "mine")
    assert_plain_danish_error(result, tmp_path / "mine" / "style.css")
    assert (tmp_path / "mine" / "style.css").read_text(encoding="utf-8") == "min stil"


# --- 9 and 12. a path that cannot be written: Danish, naming it, exit 2 -------------------

@pytest.mark.parametrize("make, named, text", [
    (lambda out: out.write_text("", encoding="utf-8"), lambda out: out, "er en fil, ikke en mappe"),
    (None, lambda out: out.parent, "findes ikke"),
    (lambda out: (out.mkdir(), (out / "docs").write_text("", encoding="utf-8")), lambda out: out / "docs",
     "er en fil, men skal være en mappe"),
    (lambda out: (out.mkdir(), (out / "docs").symlink_to(out.parent)), lambda out: out / "docs", "symbolsk link"),
], ids=["ud-er-en-fil", "foraelder-mangler", "undermappe-er-en-fil", "undermappe-er-et-link"])
def test_an_unusable_ud_is_a_danish_message_naming_the_path(run, rules, tmp_path, make, named, text):
    out = tmp_path / "a" / "ud"
    if make is not None:
        out.parent.mkdir()
        make(out)
    result = run("byg", "--regler", str(rules), "--ud", str(out))
    assert_plain_danish_error(result, named(out))
    assert text in result.stderr


@pytest.mark.parametrize("where, code, text", [
    ("mkdtemp", errno.EACCES, "ingen adgang"),
    ("mkdtemp", errno.EROFS, "skrivebeskyttet"),
    ("fsync", errno.ENOSPC, "ikke mere plads på disken"),
    ("fsync", errno.EDQUOT, "diskkvoten"),
    ("fsync", errno.EIO, "I/O-fejl"),
])
def test_an_os_error_while_building_is_danish_and_leaves_the_old_output(run, new_rules, built, monkeypatch,
                                                                        where, code, text):
    before = snapshot(built)

    def fail(*args, **kwargs):
        raise OSError(code, os.strerror(code))
    monkeypatch.setattr(outputs.tempfile if where == "mkdtemp" else outputs.os, where, fail)
    result = run("byg", "--regler", str(new_rules), "--ud", str(built))
    assert_plain_danish_error(result, built)
    assert text in result.stderr and os.strerror(code) not in result.stderr
    assert snapshot(built) == before and sorted(os.listdir(built)) == sorted(FOLDERS)  # no staging left


def test_a_read_only_output_folder_is_a_danish_message(rules, built, tmp_path):
    os.chmod(built, 0o555)
    immutable = os.access(built, os.W_OK)  # root writes anyway; an immutable folder stops root too
    if immutable and subprocess.run(["chattr", "+i", str(built)], capture_output=True).returncode != 0:
        os.chmod(built, 0o755)
        pytest.skip("kan ikke gøre en mappe skrivebeskyttet her")
    try:
        result = regel("byg", "--regler", str(write_rules(tmp_path / "ny", changed=True)), "--ud", str(built),
                       cwd=tmp_path)
    finally:
        if immutable:
            subprocess.run(["chattr", "-i", str(built)], check=True)
        os.chmod(built, 0o755)
    assert result.returncode == 2 and result.stderr.startswith(f"fejl: kan ikke skrive i mappen {built}: ")
    assert "intern fejl" not in result.stderr


def test_a_folder_named_like_a_rule_file_is_a_folder_not_an_unreadable_file(run, rules):
    def files_read(output: str) -> int:
        return int(re.search(r"^(\d+) regelfiler", output, re.M).group(1))

    before = files_read(run("tjek", str(rules)).output)
    (rules / "mappe.regel").mkdir()
    (rules / "mappe.regel" / "tom.regel").write_text("# ingen blokke\n", encoding="utf-8")
    result = run("tjek", str(rules))
    assert result.exit_code == 0, result.output
    assert files_read(result.output) == before + 1
    assert "Is a directory" not in result.output


def test_no_os_error_is_shown_in_english():
    for code in errno.errorcode:
        assert os.strerror(code) not in oserrors.describe(OSError(code, os.strerror(code)))
    assert oserrors.describe(OSError(errno.EINVAL, "Invalid argument")) == "systemfejl EINVAL"


# --- 10. builds of one tree take turns -------------------------------------------------------

@pytest.fixture
def held(built):
    """The lock of the output tree, held as another build would hold it."""
    handle = os.open(built, os.O_RDONLY | os.O_DIRECTORY)
    fcntl.flock(handle, fcntl.LOCK_EX)
    yield handle
    os.close(handle)


def test_a_second_build_waits_for_the_first_and_says_so(new_rules, built, tmp_path, held):
    build = spawn("byg", "--regler", str(new_rules), "--ud", str(built), cwd=tmp_path)
    assert build.stderr.readline().startswith(f"venter på en anden kørsel af regel, der skriver i {built}")
    assert build.poll() is None
    before = snapshot(built)
    fcntl.flock(held, fcntl.LOCK_UN)  # the other build is done
    out, err = build.communicate(timeout=120)
    assert build.returncode == 0, err
    assert snapshot(built) != before and "Skrev" in out


@pytest.mark.parametrize("check", [[], ["--tjek"]])
def test_a_build_or_check_that_cannot_get_the_lock_in_time_exits_2(new_rules, built, tmp_path, held, check):
    before = snapshot(built)
    result = regel("byg", *check, "--regler", str(new_rules), "--ud", str(built), "--vent", "0.2", cwd=tmp_path)
    assert result.returncode == 2
    assert f"en anden kørsel af regel skriver stadig i {built} (ventede 0.2 s)" in result.stderr
    assert snapshot(built) == before


# --- 11. regel valider --output ------------------------------------------------------------

def cases(path: Path, count: int = 3) -> Path:
    record = {"id": "S1", "ydelse": "kontanthjælp", "forløbsstart": "2024-01-02", "første_henvendelse": "2024-01-02",
              "samtaler": [{"dato": "2024-01-20", "form": "brev", "aktør": "jobcenter"}]}
    path.write_text("".join(json.dumps({**record, "id": f"S{n}"}, ensure_ascii=False) + "\n" for n in range(count)),
                    encoding="utf-8")
    return path


def test_valider_output_temporaries_of_gone_processes_go_and_no_others(tmp_path):
    target = tmp_path / "resultat.json"
    host, gone = outputs._host(), dead_pid()
    stale = tmp_path / f".resultat.json.regelsprog-{host}-{gone}-abc12345.tmp"
    kept = [tmp_path / f".resultat.json.regelsprog-{host}-{os.getppid()}-abc12345.tmp",  # still running
            tmp_path / f".resultat.json.regelsprog-andenvaert-{gone}-abc12345.tmp",     # another machine's
            tmp_path / f".andet.json.regelsprog-{host}-{gone}-abc12345.tmp",             # another output's
            tmp_path / ".resultat.json.abc12345"]                                        # not Regelsprog's
    for path in [stale, *kept]:
        path.write_text("", encoding="utf-8")
    with outputs.atomic_file(target) as stream:
        stream.write("{}\n")
    assert sorted(os.listdir(tmp_path)) == sorted(path.name for path in [target, *kept])


def test_an_interrupted_output_file_leaves_the_old_one_and_no_temporary(tmp_path):
    target = tmp_path / "resultat.json"
    target.write_text("gammelt resultat", encoding="utf-8")
    with pytest.raises(outputs.Interrupted):
        with outputs.atomic_file(target) as stream:
            stream.write("halvt")
            raise outputs.Interrupted(signal.SIGTERM)
    assert os.listdir(tmp_path) == ["resultat.json"]
    assert target.read_text(encoding="utf-8") == "gammelt resultat"


@pytest.mark.parametrize("where, code, text", [("mkstemp", errno.EACCES, "kan ikke skrive i mappen"),
                                                ("fsync", errno.ENOSPC, "kan ikke skrive")])
def test_valider_output_that_cannot_be_written_is_a_danish_message(run, built, tmp_path, monkeypatch,
                                                                   where, code, text):
    target = tmp_path / "resultat.json"

    def fail(*args, **kwargs):
        raise OSError(code, os.strerror(code))
    monkeypatch.setattr(outputs.tempfile if where == "mkstemp" else outputs.os, where, fail)
    result = run("valider", str(cases(tmp_path / "sager.jsonl")), "--pakke", str(built / "python"),
                 "--dato", "2024-05-01", "--json", "--output", str(target))
    assert_plain_danish_error(result, target.parent if where == "mkstemp" else target)
    assert text in result.stderr and oserrors.TEXTS[code] in result.stderr
    assert sorted(os.listdir(tmp_path)) == ["generated", "regler", "sager.jsonl"]


# --- 12. a console that cannot show æøå ---------------------------------------------------

def test_a_console_that_cannot_show_danish_letters_gets_escapes_not_an_internal_error(rules, built, tmp_path):
    data = cases(tmp_path / "sager.jsonl")
    common = ("valider", str(data), "--pakke", str(built / "python"), "--dato", "2024-05-01")
    as_json = regel(*common, "--json", cwd=tmp_path, env={"PYTHONIOENCODING": "ascii"})
    assert as_json.returncode == 1 and "intern fejl" not in as_json.stderr
    assert json.loads(as_json.stdout)["skæringsdato"] == "2024-05-01"  # \u00e6 in JSON is æ
    as_text = regel(*common, cwd=tmp_path, env={"PYTHONIOENCODING": "ascii"})
    assert as_text.returncode == 1 and "overtr\\u00e6delser" in as_text.stdout
    checked = regel("tjek", str(rules), cwd=tmp_path, env={"PYTHONIOENCODING": "ascii"})
    assert checked.returncode == 0 and "intern fejl" not in checked.stderr
