"""`regel valider --jobs N`: the caseload judged in chunks by N worker processes gives the
output of one job byte for byte in every format: the same results in the same order, each
invalid record with its line where it occurs, the focus target counted over the whole
caseload and the same summary and exit code. A worker that dies gives a Danish message and
leaves --output as it was; an exception in a worker is the same exception here.

The validators come from the fixture rule set (tests/fixtures); the caseload from
bench/lav_sagsbestand.py with what a real export also has (blank lines, CRLF, bytes that are
not UTF-8, a last line without a line feed). Chunks of a few lines make many chunks of a
small caseload, so that the workers take turns."""

from __future__ import annotations

import json
import os
import signal
import sys
from datetime import date
from pathlib import Path

import pytest

from compiler import cli, inorder

from .conftest import ROOT, regel

sys.path.insert(0, str(ROOT / "bench"))
import lav_sagsbestand  # noqa: E402

DAY = "2024-05-01"


NOT_UTF8 = '{"id": "Ø1", "ydelse": "dagpenge", "forløbsstart": "2024-01-02"}'.encode("latin-1")


@pytest.fixture(scope="module")
def caseload(tmp_path_factory) -> Path:
    lines = [line.encode() for line in lav_sagsbestand.linjer(150, frø=12, ugyldige=0.08)]
    lines[3:3] = [b"", b" \t\r"]
    lines[10] += b"\r"
    lines.insert(40, NOT_UTF8)
    path = tmp_path_factory.mktemp("jobs") / "sager.jsonl"
    path.write_bytes(b"\n".join(lines))  # the last line without a line feed
    return path


@pytest.fixture
def small_chunks(monkeypatch):
    """Chunks of 7 records, and focus-target lists of 3 ids (so that they are cut short)."""
    monkeypatch.setattr(cli._Jobs, "LINES", 7)
    imported = cli._import_package

    def with_short_lists(folder):
        package = imported(folder)
        monkeypatch.setattr(package._runtime.sagsbestand, "MAKS_SAGSLISTE", 3)
        return package

    monkeypatch.setattr(cli, "_import_package", with_short_lists)
    started = []
    start = inorder._Workers._start
    monkeypatch.setattr(inorder._Workers, "_start", lambda self: (started.append(self.jobs), start(self)))
    return started


def valider(package: Path, caseload: Path, *args: str):
    return regel("valider", str(caseload), "--dato", DAY, "--pakke", str(package), *args)


@pytest.fixture(scope="module")
def package_dir(fixture_package) -> Path:
    return Path(fixture_package.__file__).parents[1]


@pytest.mark.parametrize("fmt", ["tekst", "json", "jsonl"])
def test_jobs_give_the_output_of_one_job_byte_for_byte(package_dir, caseload, small_chunks, fmt):
    one = valider(package_dir, caseload, "--format", fmt, "--jobs", "1")
    assert small_chunks == []  # one job judges here
    two = valider(package_dir, caseload, "--format", fmt, "--jobs", "2")
    assert small_chunks == [2]
    assert one.exit_code == two.exit_code == 1
    assert (two.stdout, two.stderr, two.output) == (one.stdout, one.stderr, one.output)
    lines = caseload.read_bytes().split(b"\n")
    assert f"  {len(lines)} linjer læst: " in one.output and ", 2 tomme" in one.output
    not_utf8 = lines.index(NOT_UTF8) + 1
    if fmt == "tekst":
        assert f"Ugyldig post (linje {not_utf8}):" in one.output
    else:
        result = json.loads(one.stdout) if fmt == "json" else json.loads(one.stdout.splitlines()[-1])
        [target] = result["population"]
        assert target["listerne_er_afkortet"] and len(target["sager_der_tæller"]) == 3
        invalid = [problem["linje"] for problem in result["ugyldige"]]
        assert not_utf8 in invalid and len(invalid) > 2 and invalid == sorted(invalid)


def test_jobs_write_the_same_file_with_output(package_dir, caseload, small_chunks, tmp_path):
    one = valider(package_dir, caseload, "--json", "--jobs", "1")
    target = tmp_path / "resultat.json"
    two = valider(package_dir, caseload, "--json", "--jobs", "2", "--output", str(target))
    assert target.read_text(encoding="utf-8") == one.stdout
    assert two.exit_code == 1 and two.output == one.stderr


def _dies(chunk):
    os.kill(os.getpid(), signal.SIGKILL)


def test_a_worker_that_dies_is_reported_and_output_is_untouched(package_dir, caseload, small_chunks, tmp_path,
                                                              monkeypatch):
    monkeypatch.setattr(cli, "_judge_chunk", _dies)
    target = tmp_path / "resultat.json"
    target.write_text("forrige resultat\n", encoding="utf-8")
    result = valider(package_dir, caseload, "--json", "--jobs", "2", "--output", str(target))
    assert result.exit_code == 2
    assert ("en af de 2 processer, der vurderede sagerne, stoppede uventet (signal SIGKILL)" in result.output
            and f"--output {target} er ikke ændret" in result.output)
    assert target.read_text(encoding="utf-8") == "forrige resultat\n" and os.listdir(tmp_path) == ["resultat.json"]


# ----------------------------------------------------------------------------
# The generated package: a caseload judged in parts counts as one
# ----------------------------------------------------------------------------

def test_parts_added_in_order_count_as_one_pass(fixture_package, monkeypatch):
    monkeypatch.setattr(fixture_package._runtime.sagsbestand, "MAKS_SAGSLISTE", 4)
    day = date.fromisoformat(DAY)
    records = [fixture_package.laes_linje(line, number)
               for number, line in enumerate(lav_sagsbestand.linjer(60, frø=5, ugyldige=0.1), start=1)]
    judged = [fixture_package.Sagsbestand(day).valider(record) for record in records]
    outside = next(r for r, result in zip(records, judged) if result is not None and "population" not in result)
    parts = [records[:20], [], records[20:], [outside]]  # the last part has no case in the focus target's population
    whole, together = fixture_package.Sagsbestand(day), fixture_package.Sagsbestand(day)
    number = 0
    for part in parts:
        caseload = fixture_package.Sagsbestand(day)
        for record in part:
            number += 1
            whole.valider(record, number)
            caseload.valider(record, number)
        together.tael_med(json.loads(json.dumps(caseload.optaelling())))  # plain data
    assert together.population() == whole.population() and whole.population()[0]["listerne_er_afkortet"]
    assert (together.antal_sager, together.antal_ugyldige, together.ugyldige, together.overtraedelser_pr_bestemmelse) \
        == (whole.antal_sager, whole.antal_ugyldige, whole.ugyldige, whole.overtraedelser_pr_bestemmelse)
    assert whole.ugyldige and whole.overtraedelser_pr_bestemmelse
    with pytest.raises(ValueError, match="en anden skæringsdato"):
        fixture_package.Sagsbestand(date(2024, 5, 2)).tael_med(whole.optaelling())


# ----------------------------------------------------------------------------
# compiler/inorder.py
# ----------------------------------------------------------------------------

def _nothing() -> None:
    pass


def _square_and_where(number: int) -> tuple[int, int]:
    return number * number, os.getpid()


def _fails_on_three(number: int) -> int:
    if number == 3:
        raise ValueError("tre er for meget")
    return number


def test_results_come_in_the_order_of_the_items_from_other_processes():
    with inorder.ordered_map(_square_and_where, range(40), 2, _nothing) as results:
        found = list(results)
    assert [square for square, _pid in found] == [n * n for n in range(40)]
    assert os.getpid() not in {pid for _square, pid in found}
    with inorder.ordered_map(_square_and_where, [5], 2, _nothing) as results:
        assert list(results) == [(25, os.getpid())]  # one item: not worth a process


def test_an_exception_in_a_worker_is_raised_here_with_its_traceback():
    with pytest.raises(ValueError, match="tre er for meget") as raised:
        with inorder.ordered_map(_fails_on_three, range(10), 2, _nothing) as results:
            list(results)
    assert isinstance(raised.value.__cause__, inorder.WorkerTraceback)
    assert "_fails_on_three" in str(raised.value.__cause__)
