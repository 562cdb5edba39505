"""Reading a caseload (`laes_sager` and `regel valider`): no valid record is lost because of
other records, every physical line is accounted for, and what the input says can neither
last-win silently (duplicate keys) nor steer the terminal.

The rule under test: the file is one JSON document only if its whole text is one JSON value
(an object is one case, an array gives its posts); otherwise every physical line is its own
record. Lines are split at \\n only. The validators come from the fixture rule set
(tests/fixtures), so that nothing here moves when rules/ changes."""

from __future__ import annotations

import io
import json
import shutil
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from compiler.runtime import sagsbestand
from compiler.runtime import UgyldigPost, laes_linje, laes_sager, synlig

from .conftest import ROOT

DAY = date(2024, 5, 1)


def case(case_id: str, **fields) -> dict:
    return {"id": case_id, "ydelse": "dagpenge", "forløbsstart": "2024-01-02", **fields}


def line(case_id: str, **fields) -> str:
    return json.dumps(case(case_id, **fields), ensure_ascii=False)


def read(data: bytes | str, **limits) -> list[tuple[int, dict | UgyldigPost, int]]:
    """(line, record, lines it owns) for each record; checks that every line is accounted for,
    and that reading the lines unread (`ulaeste`, for `regel valider --jobs`) and then each by
    itself (`laes_linje`) gives the same."""
    def reader():
        return laes_sager(io.BytesIO(data) if isinstance(data, bytes) else io.StringIO(data), **limits)

    whole = reader()
    records = [(number, record, whole.postens_linjer) for number, record in whole]
    physical = data.count(b"\n" if isinstance(data, bytes) else "\n") + (not data.endswith(
        b"\n" if isinstance(data, bytes) else "\n") and len(data) > 0)
    assert whole.linjer == physical == sum(owned for _, _, owned in records) + whole.tomme_linjer
    for number, record, _ in records:
        assert type(record) is dict or record.linje == number
    unread = reader()
    assert [(number, laes_linje(item, number) if type(item) is str else item, unread.postens_linjer)
            for number, item in unread.ulaeste()] == records
    assert (unread.linjer, unread.tomme_linjer) == (whole.linjer, whole.tomme_linjer)
    return records


def valid(records) -> list[tuple[int, dict]]:
    return [(number, record) for number, record, _ in records if type(record) is dict]


def invalid(records) -> list[UgyldigPost]:
    return [record for _, record, _ in records if type(record) is UgyldigPost]


# ----------------------------------------------------------------------------
# The failures of issue 10 (3.): whole caseloads lost
# ----------------------------------------------------------------------------

def test_two_broken_first_lines_do_not_lose_the_valid_cases_after_them():
    text = '{"id":"a"\n{"id":\n' + "".join(line(f"S{n}") + "\n" for n in range(3, 41))
    records = read(text)
    assert [number for number, _ in valid(records)] == list(range(3, 41))
    assert [bad.linje for bad in invalid(records)] == [1, 2]


@pytest.mark.parametrize("first", ["[1]", "[" + line("S1") + "]", "[]", '[{"id": "x"}, 2]'])
def test_a_list_on_the_first_line_does_not_make_the_rest_of_the_file_part_of_it(first):
    records = read(first + "\n" + "".join(line(f"S{n}") + "\n" for n in range(2, 41)))
    assert [number for number, _ in valid(records)] == list(range(2, 41))
    [bad] = invalid(records)
    assert bad.linje == 1 and "en liste" in bad.besked and "når hele filen er listen" in bad.besked


@pytest.mark.parametrize("as_bytes", [True, False])
def test_a_lone_cr_inside_a_line_is_whitespace_and_line_numbers_are_those_of_wc_l(as_bytes):
    text = (line("S1").replace(', "ydelse"', ',\r"ydelse"') + "\n" + '{"id": "S2", \r\n' + line("S3") + "\r\n"
            + "\r\n" + line("S5") + "\n")
    records = read(text.encode() if as_bytes else text)
    assert [(number, record["id"]) for number, record in valid(records)] == [(1, "S1"), (3, "S3"), (5, "S5")]
    assert [bad.linje for bad in invalid(records)] == [2]


@pytest.mark.parametrize("separator", ["\u2028", "\u2029", "\x85", "\x0b", "\x0c", "\x1c", "\r"])
def test_only_a_line_feed_ends_a_line(separator):
    """Python's text mode and str.splitlines also end lines at these; an editor and wc -l do not."""
    text = line(f"S1{separator}x") + "\n" + separator + "\n" + line("S3") + "\n"
    records = read(text.encode("utf-8"))
    assert [number for number, _ in valid(records)] == [1, 3]
    assert [bad.linje for bad in invalid(records)] == ([] if separator == "\r" else [2])


# ----------------------------------------------------------------------------
# The rule: one JSON document only when the whole file is one JSON value
# ----------------------------------------------------------------------------

def test_a_pretty_printed_case_is_one_case_that_owns_its_lines():
    text = "\n\n" + json.dumps(case("S1", samtaler=[{"dato": "2024-01-05"}]), indent=2) + "\n\n"
    [(number, record, owned)] = read(text)
    assert number == 3 and record["id"] == "S1" and owned == text.strip().count("\n") + 1


def test_an_array_gives_each_post_with_its_line_and_every_line_to_a_post():
    text = "[\n  " + line("A") + ",\n\n  {\n    \"id\": \"B\"\n  }, 7, " + line("D") + "\n]\n"
    records = read(text)
    assert [(number, owned) for number, _, owned in records] == [(2, 2), (4, 4), (6, 0), (6, 1)]
    assert "post 3 i listen er ikke et JSON-objekt, men et tal" in invalid(records)[0].besked


def test_an_empty_list_has_no_cases_and_its_lines_count_as_blank():
    assert read("[\n]\n\n") == [] and read("  [ ]  ") == []


@pytest.mark.parametrize("text, document_error", [
    ('{\n  "id": "A",\n\n  "ydelse":\n}\n', "linje 5: forventede en værdi"),        # a broken pretty object
    ('[' + line("A") + ',\n ' + line("B") + '\n' + line("C") + ']\n', "linje 3: forventede et komma"),
    ('[' + line("A") + ',\n' + line("B") + ',\n', "linje 2: forventede en værdi"),  # a list cut off
    ('{\n "id": "A"\n}\n{\n "id": "B"\n}\n', "linje 4: der står mere"),            # two cases, each pretty
])
def test_a_file_that_is_not_one_json_value_is_read_line_by_line(text, document_error):
    """Each physical line is a record; the first says where the would-be document breaks."""
    records = read(text)
    non_blank = [n for n, physical in enumerate(text.split("\n"), start=1) if physical.strip()]
    assert [number for number, _, _ in records] == non_blank
    first = records[0][1]
    assert type(first) is UgyldigPost and document_error in first.besked and "hver linje læses for sig" in first.besked
    assert all(record["id"] == "B" for _, record in valid(records))  # the one line that is a whole case


def test_text_after_a_one_line_array_makes_it_one_invalid_line():
    [(number, record, _)] = read('[{"id": "A"}] x\n')
    assert number == 1 and "der står mere efter værdiens afslutning (kolonne 15)" in record.besked


@pytest.mark.parametrize("bad, message", [
    ("[" * 100_000, "JSON'en er indlejret for dybt"),
    ('{"tal": ' + "9" * 5000 + "}", "et tal har for mange cifre"),
])
def test_json_python_cannot_read_is_one_invalid_line_in_every_layout(bad, message):
    for text, bad_line in ((f'{line("A")}\n{bad}\n{line("B")}\n', 2),  # JSON Lines
                           (f'[{line("A")},\n{bad}]\n', 2),            # not one array: line by line
                           (f'{{\n "id": "A",\n "x": {bad}\n}}\n', 1)):  # the note on line 1
        records = read(text)
        [(number, bad_record, _)] = [record for record in records if record[0] == bad_line]
        assert message in bad_record.besked, text[:40]
        assert [r["id"] for _, r in valid(records)] == (["A", "B"] if text.startswith('{"id": "A"') else [])


def test_a_post_that_cannot_be_read_a_second_time_ends_the_list_as_one_invalid_record(monkeypatch):
    """The array is checked before its posts are given; should a post fail the second time
    (nested at the edge of the call stack), it and the rest of the list are one invalid record."""
    real = sagsbestand._afkod_post

    def fails_on_the_second_post(text, pos):
        if text.count("{", 0, pos) == 1:
            raise sagsbestand.json.JSONDecodeError("JSON'en er indlejret for dybt", text, pos)
        return real(text, pos)

    monkeypatch.setattr(sagsbestand, "_afkod_post", fails_on_the_second_post)
    records = read("[\n" + line("A") + ",\n" + line("B") + ",\n" + line("C") + "\n]\n")
    assert [(number, owned) for number, _, owned in records] == [(2, 2), (3, 3)]
    assert "post 2 i listen" in records[1][1].besked and "resten af listen kan ikke læses" in records[1][1].besked


def test_a_byte_order_mark_starts_the_file_but_not_a_later_line():
    assert valid(read(b"\xef\xbb\xbf" + line("S1").encode() + b"\n")) == [(1, case("S1"))]
    assert valid(read("\ufeff\n" + line("S1") + "\n")) == [(2, case("S1"))]
    records = read(line("S1") + "\n\ufeff" + line("S2") + "\n")
    assert valid(records) == [(1, case("S1"))] and "tegnet \\ufeff" in invalid(records)[0].besked


def test_a_text_instead_of_a_file_is_the_callers_mistake():
    with pytest.raises(TypeError, match="åben fil"):
        laes_sager(line("S1"))


def test_bytes_that_are_not_utf8_make_only_their_own_line_invalid(fixture_package):
    data = (line("S1") + "\n" + line("SX") + "\n" + line("S3") + "\n").encode().replace(b"SX", b"S\xf8")
    caseload = fixture_package.Sagsbestand(DAY)
    results = [r["id"] for r in caseload.valider_alle(fixture_package.laes_sager(io.BytesIO(data)))]
    assert results == ["S1", "S3"]
    [problem] = caseload.ugyldige
    assert problem["linje"] == 2 and "er filen gemt som UTF-8?" in problem["besked"]


# ----------------------------------------------------------------------------
# Limits and memory
# ----------------------------------------------------------------------------

class Taken(io.BytesIO):
    """A file that records how much the reader asks for at a time and how many lines it took."""

    def __init__(self, data: bytes):
        super().__init__(data)
        self.sizes: list[int] = []
        self.lines = 0

    def readline(self, size=-1):
        chunk = super().readline(size)
        self.sizes.append(size)
        self.lines += chunk.endswith(b"\n")
        return chunk


def test_a_line_longer_than_the_limit_is_an_invalid_record_and_is_never_held_whole():
    data = (line("S1") + "\n" + "x" * 1_000_000 + "\n" + line("S3") + "\n").encode()
    source = Taken(data)
    reader = laes_sager(source, maks_linje=1000)
    records = list(reader)
    assert [number for number, record in records if type(record) is dict] == [1, 3]
    assert "linjen er længere end 1000 tegn" in records[1][1].besked
    assert max(source.sizes) <= 1 << 16 and reader.linjer == 3


@pytest.mark.parametrize("text, valid_lines", [
    ("x" * 2000 + "\n" + line("S2") + "\n", [2]),                         # the first line
    ("{\n" + "x" * 2000 + "\n" + line("S3") + "\n", [3]),                 # a line of a would-be document
    ("[" + line("S1") + "]\n\n" + "x" * 2000 + "\n" + line("S4") + "\n", [4]),  # after a list on the first line
])
def test_a_line_over_the_limit_is_an_invalid_record_wherever_it_is(text, valid_lines):
    records = read(text, maks_linje=1000)
    assert [number for number, _ in valid(records)] == valid_lines
    assert sum("linjen er længere end 1000 tegn" in bad.besked for bad in invalid(records)) == 1


def test_a_document_over_the_size_limit_is_read_line_by_line():
    text = "[\n" + ",\n".join(line(f"S{n}") for n in range(50)) + "\n]\n"
    records = read(text, maks_dokument=1000)
    assert "over 1000 tegn" in records[0][1].besked and len(records) == 52
    assert len(valid(records)) == 1  # the last post, whose line has no comma after it


def test_json_lines_are_read_with_a_bounded_look_ahead():
    whole = Taken("".join(line(f"S{n}") + "\n" for n in range(10_000)).encode())
    reader = laes_sager(whole)
    next(reader)
    assert whole.lines == 1
    broken_first = Taken(('{"id": "S0", "samtaler": [\n' + "".join(line(f"S{n}") + "\n" for n in range(10_000))).encode())
    reader = laes_sager(broken_first)
    assert type(next(reader)[1]) is UgyldigPost
    assert broken_first.lines <= 4


def test_the_misspelling_cache_stays_bounded_for_any_keys(fixture_package):
    """A service that embeds the package: 400 calls with distinct 1 MB keys (issue 10: 15 → 397 MiB)."""
    rt = sys.modules[fixture_package.__name__ + "._runtime.laesning"]
    for n in range(400):
        record = case("S1", **{f"{n}" + "x" * 1_000_000: 1})
        assert fixture_package.Sagsbestand(DAY).valider(record, 1) is not None
    for n in range(5_000):
        fixture_package.Sagsbestand(DAY).valider(case("S1", **{f"kolonne_{n}": 1}), 1)
    for answers in rt._STAVEMAADER.values():
        assert len(answers) <= rt.MAKS_STAVEMAADER
        assert all(len(key) <= rt.MAKS_NOEGLE for key in answers)
    # Once the cache is full a misspelling is still found, only not kept.
    caseload = fixture_package.Sagsbestand(DAY)
    assert caseload.valider(case("S1", forloebsslut="2024-02-01"), 1) is None
    assert "mente du \"forløbsslut\"?" in caseload.ugyldige[0]["besked"]


# ----------------------------------------------------------------------------
# Duplicate keys, ids, terminal-safe text
# ----------------------------------------------------------------------------

@pytest.mark.parametrize("text, key", [
    ('{"id": "S1", "ydelse": "dagpenge", "forløbsstart": "2024-01-02", "ydelse": "kontanthjælp"}', '"ydelse"'),
    ('{"id": "S1", "ydelse": "dagpenge", "forløbsstart": "2024-01-02", '
     '"samtaler": [{"dato": "2024-01-05", "form": "video", "aktør": "jobcenter", "dato": "2024-09-05"}]}', '"dato"'),
    ('{"id": "S1", "id": "S1"}', '"id"'),
])
def test_a_duplicate_key_is_an_invalid_record_naming_the_key(text, key):
    for layout, bad_line, others in ((f"{line('A')}\n{text}\n{line('B')}\n", 2, ["A", "B"]),     # JSON Lines
                                     (f"[\n{line('A')},\n{text},\n{line('B')}\n]\n", 3, ["A", "B"]),  # an array
                                     (text.replace(", ", ",\n  "), 1, [])):                       # one pretty case
        records = read(layout)
        [bad] = invalid(records)
        assert f"nøglen {key} står mere end én gang i samme objekt" in bad.besked, layout
        assert bad.linje == bad_line and [r["id"] for _, r in valid(records)] == others


def test_the_same_key_in_different_objects_is_no_duplicate():
    text = line("S1", samtaler=[{"dato": "2024-01-05"}, {"dato": "2024-02-05"}], mentor={"start": "2024-01-02"})
    assert valid(read(text + "\n")) == [(1, json.loads(text))]


@pytest.mark.parametrize("case_id, message", [("", "sagens id er tomt"), ("   ", "er kun mellemrum"),
                                               ("\t\n", "er kun mellemrum")])
def test_an_empty_or_blank_id_is_an_invalid_record(fixture_package, case_id, message):
    caseload = fixture_package.Sagsbestand(DAY)
    assert caseload.valider(case(case_id), 4) is None
    [problem] = caseload.ugyldige
    assert problem["linje"] == 4 and problem["felt"] == "id" and message in problem["besked"]
    with pytest.raises(fixture_package.UgyldigSag):
        fixture_package.valider(case(case_id), DAY)
    assert fixture_package.valider(case(" S 1 "), DAY)["id"] == " S 1 "


def test_every_character_that_cannot_be_seen_is_shown_escaped():
    everything = "".join(map(chr, [*range(0x20000), *range(0xE0000, 0xE1000), *range(0xF0000, 0xF0100)]))
    shown = synlig(everything)
    assert shown.isprintable() and "\x1b" not in shown and "\u202e" not in shown
    assert synlig("Sag\x1b[2J\u202e\x9b\udcff\u200b æ") == "Sag\\x1b[2J\\u202e\\x9b\\udcff\\u200b æ"


# ----------------------------------------------------------------------------
# regel valider: the same reading, the line account, terminal-safe output
# ----------------------------------------------------------------------------

def valider(package_dir: Path, data_file: Path, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "compiler", "valider", str(data_file), "--dato", DAY.isoformat(),
                           "--pakke", str(package_dir), *args], capture_output=True, text=True, cwd=ROOT)


@pytest.fixture(scope="module")
def package_dir(fixture_package):
    return Path(fixture_package.__file__).parents[1]


def test_valider_keeps_every_valid_case_and_accounts_for_every_line(package_dir, tmp_path):
    data_file = tmp_path / "sager.jsonl"
    data_file.write_bytes(('{"id":"a"\n{"id":\n\n' + "".join(line(f"S{n}").replace(', "', ',\r"', 1) + "\n"
                                                           for n in range(4, 42))).encode())
    result = valider(package_dir, data_file)
    assert result.returncode == 1, result.stderr
    assert "38 sager læst, 2 ugyldige poster" in result.stdout
    assert "41 linjer læst: 38 med sager, 2 med ugyldige poster, 1 tom" in result.stdout
    assert "Ugyldig post (linje 2)" in result.stdout and "Sag S41:" in result.stdout
    as_json = valider(package_dir, data_file, "--json")
    assert [u["linje"] for u in json.loads(as_json.stdout)["ugyldige"]] == [1, 2]
    assert "41 linjer læst" in as_json.stderr


def test_valider_treats_a_reader_that_loses_a_line_as_a_fault_in_regelsprog(package_dir, tmp_path):
    faulty = tmp_path / "pakke"
    shutil.copytree(package_dir, faulty)
    init = faulty / "beskaeftigelsesregler" / "__init__.py"
    init.write_text(init.read_text(encoding="utf-8") + '''

class _LosesTheSecondRecord:
    def __init__(self, fil):
        self._reader, self._given = rt.laes_sager(fil), 0

    def __iter__(self):
        return self

    ulaeste = __iter__  # regel valider --jobs reads through this

    def __next__(self):
        self._given += 1
        if self._given == 2:
            next(self._reader)
        return next(self._reader)

    def __getattr__(self, name):
        return getattr(self._reader, name)


laes_sager = _LosesTheSecondRecord
''', encoding="utf-8")
    data_file = tmp_path / "sager.jsonl"
    data_file.write_text("".join(line(f"S{n}") + "\n" for n in range(3)), encoding="utf-8")
    for fmt, jobs in (("tekst", "1"), ("json", "2")):
        result = valider(faulty, data_file, "--format", fmt, "--output", str(tmp_path / "ud"), "--jobs", jobs)
        assert result.returncode == 2 and "intern fejl" in result.stderr
        assert "linjerne i input passer ikke: 3 læst, men 2 med sager" in result.stderr
        assert not (tmp_path / "ud").exists()


def test_valider_text_output_shows_control_and_bidi_characters_escaped(package_dir, tmp_path):
    data_file = tmp_path / "sager.jsonl"
    data_file.write_text(line("S1\x1b[2J\x9b\u202e") + "\n"
                         + json.dumps(case("S2\x1b]0;x\x07", **{"forløbsslut\x1b": "x"})) + "\n", encoding="utf-8")
    result = valider(package_dir, data_file)
    for raw in ("\x1b", "\x9b", "\u202e", "\x07"):
        assert raw not in result.stdout
    assert "Sag S1\\x1b[2J\\x9b\\u202e:" in result.stdout
    assert "Ugyldig post (linje 2)" in result.stdout and "forløbsslut\\u001b: ukendt felt" in result.stdout
