"""Fuzzing a caseload with mutated case records (issue 10: at least 20,000 in CI).

Files of cases for the fixture data model (tests/fixtures), laid out as JSON Lines, a JSON
array (pretty-printed, one post a line, or all on one line) or one pretty-printed case, are
mutated at the byte level (flipped, inserted and deleted bytes, non-UTF-8 bytes, a BOM, a cut
file), the line level (cut, split, joined and repeated lines, CR, CRLF, blank lines, brackets,
a record wrapped in a list) and the JSON level (duplicate keys, huge numbers, NaN, deep
nesting, surrogates, empty and blank ids, control characters, wrong types, missing and
misspelt keys). Each file is read by `laes_sager` and validated by a `Sagsbestand`, from
bytes, from text, or from a plain iterator of lines. The invariants:

- no exception escapes;
- every record becomes a result or an invalid record with its line, and the counts add up:
  lines read = the lines the records own + blank lines;
- the reading follows the rule, judged by a reference that holds the whole file in memory:
  one document when the whole text is one JSON value, otherwise a record per non-blank line;
- a valid case on its own line is never lost because of the other lines.

A fixed seed runs in CI; REGELSPROG_FUZZ=N runs N times as many files with a random seed.
"""

from __future__ import annotations

import io
import json
import os
import random
import re
from datetime import date, timedelta


SCALE = int(os.environ.get("REGELSPROG_FUZZ", "0"))
SEED = random.randrange(2**32) if SCALE else 20240501
MUTANTS_IN_CI = 20_000
DAY = date(2024, 5, 1)


# ----------------------------------------------------------------------------
# Valid cases of the fixture data model
# ----------------------------------------------------------------------------

def a_day(rng: random.Random) -> str:
    return (date(2022, 1, 1) + timedelta(days=rng.randrange(800))).isoformat()


def valid_case(rng: random.Random, case_id: str) -> dict:
    case = {"id": case_id, "ydelse": rng.choice(["dagpenge", "kontanthjælp", "uddannelseshjælp", "sygedagpenge"]),
            "forløbsstart": a_day(rng)}
    if rng.random() < 0.5:
        case["første_henvendelse"] = case["forløbsstart"]
    case["samtaler"] = [{"dato": a_day(rng), "form": rng.choice(["fremmøde", "video", "telefon", "brev"]),
                         "aktør": rng.choice(["jobcenter", "a_kasse", "fælles"])} for _ in range(rng.randrange(4))]
    if rng.random() < 0.4:
        case["tilbud"] = [{"type": rng.choice(["virksomhedspraktik", "løntilskud", "uddannelse"]), "start": a_day(rng)}]
    if rng.random() < 0.3:
        case["kommune"] = rng.choice(["Hedensted", "Aarhus", "Tønder"])  # the exporting system's own column
    return case


# ----------------------------------------------------------------------------
# Mutations
# ----------------------------------------------------------------------------

ODD_VALUES = ['""', '"  "', "null", "true", "[]", "{}", '"2023-02-30"', '"\\ud800"', '"\\u001b[2J"', "NaN",
              "-Infinity", "1e400", "-0", "1" + "0" * 400 + ".5", "9" * 5000, "[" * 1500 + "]" * 1500,
              "[" * 40 + "1" + "]" * 40, '"\u202e"', '"\\u0000"']


def json_mutant(rng: random.Random, case: dict) -> str:
    """The case as a JSON text with one JSON-level mutation."""
    kind = rng.randrange(9)
    text = json.dumps(case, ensure_ascii=rng.random() < 0.5)
    if kind == 0:  # a duplicate key, at the top or in a nested object
        key = rng.choice(["id", "ydelse", "forløbsstart", "kommune"])
        if case.get("samtaler") and rng.random() < 0.5:
            return text.replace('{"dato": ', '{"form": "video", "dato": ', 1).replace('"form": "video", "dato"', '"dato": "2024-01-01", "form": "video", "dato"', 1)
        return '{"' + key + '": "x", ' + text[1:]
    if kind == 1:  # an odd value in a known field or a column of its own
        key = rng.choice(["id", "ydelse", "forløbsstart", "samtaler", "x", "ordinære_løntimer_12_mdr"])
        return '{"' + key + '": ' + rng.choice(ODD_VALUES) + ", " + text[1:]
    if kind == 2:
        return text.replace(f'"id": "{case["id"]}"', '"id": ' + rng.choice(['""', '"   "', '"\\t"', "7"]), 1)
    if kind == 3:  # an id with control or bidi characters (still a valid case)
        return text.replace(f'"id": "{case["id"]}"', f'"id": "{case["id"]}\\u001b[31m\\u202e\\u009b"', 1)
    if kind == 4:  # a required key missing or misspelt
        return text.replace('"forløbsstart"' if '"forløbsstart"' in text else '"id"',
                            rng.choice(['"forloebsstart"', '"Forløbsstart"', '"start"']), 1)
    if kind == 5:  # a lone surrogate as raw text (as bytes it becomes three invalid UTF-8 bytes)
        return text.replace(case["id"], case["id"] + "\ud800", 1)
    if kind == 6:  # a list item of the wrong kind
        return text.replace('"samtaler": [', '"samtaler": [' + rng.choice(ODD_VALUES[:12]) + ", ", 1)
    if kind == 7:  # the case wrapped in a list, or a list of two
        return "[" + text + ("]" if rng.random() < 0.5 else ", " + text + "]")
    return text[:rng.randrange(len(text))]  # cut off


LINE_MUTATIONS = ("cut", "split", "join", "repeat", "blank", "bracket", "wrap", "comma", "crlf", "cr")


def mutate_lines(rng: random.Random, lines: list[str], kind: str) -> None:
    i = rng.randrange(len(lines))
    target = lines[i]
    at = rng.randrange(len(target) + 1)
    if kind == "cut":
        lines[i] = target[:at]
    elif kind == "split":
        lines[i:i + 1] = [target[:at], target[at:]]
    elif kind == "join" and i + 1 < len(lines):
        lines[i:i + 2] = [target + lines[i + 1]]
    elif kind == "repeat":
        lines.insert(i, target)
    elif kind == "blank":
        lines.insert(i, rng.choice(["", " ", "\t", "\r", " \r "]))
    elif kind == "bracket":
        lines.insert(i, rng.choice(["[", "]", "{", "}", ",", "[1]", "[]", '{"id":', '{"id":"a"']))
    elif kind == "wrap":
        lines[i] = "[" + target + "]"
    elif kind == "comma":
        lines[i] = target + ","
    elif kind == "crlf":
        lines[i] = target + "\r"
    else:
        lines[i] = target[:at] + "\r" + target[at:]


BYTES = [b"\r", b"\n", b"\x00", b"\xff", b"\xc3", b"\xef\xbb\xbf", b"\x1b", b"\x0c", b"\xe2\x80\xa8", b"\\", b'"',
         b"{", b"[", b",", b"\xed\xa0\x80"]


def mutate_bytes(rng: random.Random, data: bytes) -> bytes:
    at = rng.randrange(len(data) + 1)
    kind = rng.randrange(5)
    if kind == 0 and data:
        return data[:at] + bytes([rng.randrange(256)]) + data[at + 1:]
    if kind == 1:
        return data[:at] + rng.choice(BYTES) + data[at:]
    if kind == 2:
        return data[:at] + data[at + 1:]
    if kind == 3:
        return b"\xef\xbb\xbf" + data
    return data[:at]  # the file cut off


def a_file(rng: random.Random, number: int) -> tuple[bytes, dict[str, str], int]:
    """(the file, the valid cases' lines by id, how many case records were mutated)."""
    cases = [valid_case(rng, f"F{number}-S{n}") for n in range(rng.randrange(1, 12))]
    layout = rng.random()
    mutants = 0
    if layout < 0.75:  # JSON Lines, some cases mutated
        lines = []
        for case in cases:
            if rng.random() < 0.6:
                lines.append(json_mutant(rng, case))
                mutants += 1
            else:
                lines.append(json.dumps(case, ensure_ascii=False))
    elif layout < 0.85:
        lines = "[\n{}\n]".format(",\n".join(json.dumps(case, indent=2, ensure_ascii=False) for case in cases)).split("\n")
    elif layout < 0.92:
        lines = ["["] + [json.dumps(case, ensure_ascii=False) + "," for case in cases] + ["]"]
        lines[-2] = lines[-2].rstrip(",")
    elif layout < 0.96:
        lines = [json.dumps(cases, ensure_ascii=False)]
    else:
        lines = json.dumps(cases[0], indent=2, ensure_ascii=False).split("\n")
    originals = {case["id"]: json.dumps(case, ensure_ascii=False) for case in cases}
    for _ in range(rng.choice([0, 0, 1, 1, 2, 3])):
        mutate_lines(rng, lines, rng.choice(LINE_MUTATIONS))
        mutants += 1
    data = ("\n".join(lines) + ("\n" if rng.random() < 0.9 else "")).encode("utf-8", "surrogatepass")
    if rng.random() < 0.25:
        data = mutate_bytes(rng, data)
        mutants += 1
    return data, originals, mutants


# ----------------------------------------------------------------------------
# The reference: the rule, read with the whole file in memory
# ----------------------------------------------------------------------------

class Duplicate:
    """Stands in for an object with a duplicate key."""


def _pairs(pairs):
    return Duplicate() if len({key for key, _ in pairs}) != len(pairs) else dict(pairs)


def _has_duplicate(value) -> bool:
    if isinstance(value, Duplicate):
        return True
    children = value.values() if isinstance(value, dict) else value if isinstance(value, list) else ()
    return any(_has_duplicate(child) for child in children)


def _record(value) -> dict | None:
    """The case a JSON value gives, or None when it is an invalid record."""
    return value if type(value) is dict and not _has_duplicate(value) else None


NOT_JSON = object()


def _parse(text: str):
    try:
        return json.loads(text, object_pairs_hook=_pairs)
    except (ValueError, RecursionError):
        return NOT_JSON


def reference(data: bytes) -> tuple[str, int, list[tuple[int | None, dict | None]]]:
    """(layout, physical lines, expected records as (line or None for a post, case or None))."""
    text = data.decode("utf-8", "surrogateescape").removeprefix("\ufeff")
    lines = text.split("\n")
    if lines[-1] == "":
        lines.pop()
    whole = _parse(text) if text.strip(" \t\r\n") else NOT_JSON
    if whole is not NOT_JSON:
        if type(whole) is list:
            return "array", len(lines), [(None, _record(post)) for post in whole]
        first = next(n for n, physical in enumerate(lines, start=1) if physical.strip(" \t\r\n"))
        return "document", len(lines), [(first, _record(whole))]
    return "lines", len(lines), [(n, _record(_parse(physical))) for n, physical in enumerate(lines, start=1)
                                 if physical.strip(" \t\r\n")]


# ----------------------------------------------------------------------------
# The run
# ----------------------------------------------------------------------------

def source(rng: random.Random, data: bytes):
    """The file as bytes, as text (newline="\\n") or as a plain iterator of lines."""
    kind = rng.random()
    if kind < 0.6:
        return io.BytesIO(data)
    text = data.decode("utf-8", "surrogateescape")
    return io.StringIO(text) if kind < 0.9 else iter(re.findall(r"[^\n]*\n|[^\n]+\Z", text))


def same(a, b) -> bool:
    return json.dumps(a) == json.dumps(b)  # NaN is not equal to itself


def check_file(package, rng: random.Random, data: bytes, originals: dict[str, str], seen: dict[str, int]) -> None:
    layout, physical, expected = reference(data)
    problems: list[dict] = []
    caseload = package.Sagsbestand(DAY, ved_ugyldig=problems.append)
    reader = package.laes_sager(source(rng, data))
    records, results, owned, last = [], {}, 0, 0
    for number, record in reader:
        assert isinstance(number, int) and 1 <= number <= physical and number >= last, (number, last)
        last = number
        owned += reader.postens_linjer
        assert type(record) is dict or (type(record) is package.UgyldigPost and record.linje == number and record.besked)
        before = len(problems)
        result = caseload.valider(record, number)
        if result is None:
            assert len(problems) == before + 1 and problems[-1]["linje"] == number and problems[-1]["besked"]
        else:
            assert len(problems) == before and result["id"] == record["id"]
            results[number] = result
        records.append((number, record))
    assert reader.linjer == physical == owned + reader.tomme_linjer, (reader.linjer, physical, owned)
    assert caseload.antal_sager + caseload.antal_ugyldige == len(records)
    seen[layout] += 1

    assert len(records) == len(expected), (layout, records, expected)
    for (number, record), (line, case) in zip(records, expected):
        assert line is None or number == line
        assert (type(record) is dict and same(record, case)) if case is not None else type(record) is package.UgyldigPost
    if layout == "lines":  # a valid case on its own line is never lost
        for number, physical_line in enumerate(data.decode("utf-8", "surrogateescape").split("\n"), start=1):
            case_id = json.loads(physical_line)["id"] if physical_line in originals.values() else None
            if case_id is not None and physical_line == originals[case_id]:
                assert results[number]["id"] == case_id
                seen["valid lines kept"] += 1


def test_mutated_caseloads_lose_no_valid_record_and_account_for_every_line(fixture_package):
    rng = random.Random(SEED)
    seen = {"lines": 0, "document": 0, "array": 0, "valid lines kept": 0}
    mutants = files = 0
    target = MUTANTS_IN_CI * max(SCALE, 1)
    while mutants < target:
        data, originals, changed = a_file(rng, files)
        try:
            check_file(fixture_package, rng, data, originals, seen)
        except AssertionError as failure:
            raise AssertionError(f"seed {SEED}, file {files}: {data[:300]!r}") from failure
        mutants += changed
        files += 1
    print(f"\n{mutants} mutated case records in {files} files (seed {SEED}): {seen}")
    assert min(seen.values()) > 20, seen  # every layout and the keep-valid invariant were exercised
