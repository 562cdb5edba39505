"""The SQL back end: DuckDB (and Spark, test_spark.py) give exactly the Python path's results
(every finding and message, the invalid records, the focus target) on every example, on a
synthetic caseload and on mutated cases; the Python path is in turn the IR interpreter's
(test_ir_reference.py), which is checked here on the examples too. DuckDB reads the records
itself (laes_json.sql, tjek.sql) and hands the Python reader those it cannot vouch for: records
garbled the ways JSON and exports go wrong must come out as the Python path reads them.

Properties of any correct rule set, so checked on rules/ and on the fixture rule sets."""

from __future__ import annotations

import copy
import io
import json
import os
import random
import signal
from datetime import date

import duckdb
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bench import lav_sagsbestand
from compiler import examples, jsontext, pipeline
from compiler.backends import sql as sqlback
from compiler.engines import duckdb as dd, findings, results, valider
from compiler.ir.interpret import Caseload as Reference, Interpreter

from .conftest import PROJECT_CASES, regel
from .test_ir_reference import RULE_SET_PARAMS, RULE_SETS, mutate

DAYS = [date(2022, 1, 1), date(2024, 1, 1), date(2024, 6, 30)]


@pytest.fixture(scope="module", params=RULE_SET_PARAMS)
def built(request, tmp_path_factory):
    loaded = pipeline.load(RULE_SETS[request.param])
    assert loaded.ok, "\n".join(loaded.render())
    folder = tmp_path_factory.mktemp("bygget")
    package = examples.build_package(loaded.rule_set, folder / "python")
    write_sql(loaded.rule_set, folder / "sql")
    return loaded, package, folder / "sql"


def write_sql(rule_set, folder) -> None:
    for relative, text in sqlback.generate(rule_set).items():
        target = folder / relative
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(text, encoding="utf-8")


def jsonl(records) -> bytes:
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records).encode("utf-8")


def judged_by(judge, data: bytes, day: date):
    """(results, invalid records, population) as the Python path of `regel valider` gets them."""
    invalid = []
    caseload = judge.Sagsbestand(day, ved_ugyldig=invalid.append)
    results = [caseload.valider(post, line) for line, post in judge.laes_sager(io.BytesIO(data))]
    return [r for r in results if r is not None], invalid, caseload.population()


def judged_in_duckdb(package, sql_dir, path, day: date):
    """(results, invalid records, population, what was read) as `regel valider --motor duckdb` gets them."""
    run = valider.Run(package, sql_dir, path, day)
    try:
        items = list(run.items())
        lines = [line for _n, line, _found, problem in items if problem is None]
        # each line as json.dumps writes it (agree compares the keys' order too)
        assert all(line == json.dumps(json.loads(line), ensure_ascii=False).encode("utf-8") for line in lines)
        return ([json.loads(line) for line in lines],
                [problem for *_rest, problem in items if problem is not None], run.results.population, run.loaded)
    finally:
        run.close()


def agree(package, sql_dir, path, data: bytes, day: date):
    """DuckDB on the file `path` gives the Python path's results on `data` (the same records)."""
    ours, invalid, population, loaded = judged_in_duckdb(package, sql_dir, path, day)
    theirs = judged_by(package, data, day)
    for number, (mine, python) in enumerate(zip(ours, theirs[0]), start=1):
        assert json.dumps(mine, ensure_ascii=False) == json.dumps(python, ensure_ascii=False), f"sag {number}: {mine['id']}"
    assert len(ours) == len(theirs[0])
    assert invalid == theirs[1]
    assert population == theirs[2]
    assert loaded.read == loaded.case_lines + loaded.invalid_lines + loaded.blank  # every line accounted for
    return loaded


def raw_lines(count: int, seed: int) -> list[str]:
    """Synthetic cases as lav_sagsbestand writes them, a few of them invalid records."""
    return [line.rstrip("\n") for line in lav_sagsbestand.linjer(count, frø=seed, ugyldige=0.02)]


def test_every_example_agrees(built):
    """Every example case on every date of its example, in one DuckDB run (each case on its own date)."""
    loaded, package, sql_dir = built
    interpreter = Interpreter(loaded.rule_set)
    dated = [(case, expectation.date) for rule in [*loaded.rule_set.rules, *loaded.rule_set.exceptions]
             for example in rule.examples for expectation in example.expectations for case in example.cases]
    if not dated:
        pytest.skip("regelsættet har ingen eksempler")
    ours = valider.judge_each_on_its_day(package, sql_dir, dated)
    assert len(ours) == len(dated)
    for mine, (case, day) in zip(ours, dated):
        python = package.Sagsbestand(day).valider(copy.deepcopy(case))
        assert mine == python, f"{day}: {json.dumps(case, ensure_ascii=False)[:300]}"
        assert python == Reference(interpreter, day).judge(copy.deepcopy(case))


@pytest.mark.parametrize("day", DAYS, ids=str)
def test_a_synthetic_caseload_agrees(built, day, tmp_path):
    _loaded, package, sql_dir = built
    data = ("\n".join(raw_lines(1500, seed=11)) + "\n").encode("utf-8")
    (tmp_path / "sager.jsonl").write_bytes(data)
    loaded = agree(package, sql_dir, tmp_path / "sager.jsonl", data, day)
    assert loaded.case_lines > 300 and loaded.invalid_lines > 0



def test_places_as_integer_lists_agree(package_and_sql, tmp_path, monkeypatch):
    """Where the places of a line's texts cannot all be code points, DuckDB lists them as integers:
    the same lines."""
    package, sql_dir = package_and_sql
    monkeypatch.setattr(results, "LAST_CODE_POINT", 0)
    data = ("\n".join(raw_lines(300, seed=17)) + "\n").encode("utf-8")
    (tmp_path / "sager.jsonl").write_bytes(data)
    agree(package, sql_dir, tmp_path / "sager.jsonl", data, date(2024, 5, 1))


def test_places_across_the_surrogates_agree(package_and_sql, tmp_path, monkeypatch):
    """Chunks so large that most entries' texts are placed beyond UTF-16's surrogates (which no text
    holds): the places skip them, and the lines are the Python path's."""
    package, sql_dir = package_and_sql
    monkeypatch.setattr(results, "CHUNK", results.GAP[0] - 10)
    data = ("\n".join(raw_lines(300, seed=17)) + "\n").encode("utf-8")
    (tmp_path / "sager.jsonl").write_bytes(data)
    agree(package, sql_dir, tmp_path / "sager.jsonl", data, date(2024, 5, 1))


def test_a_finding_listed_otherwise_in_sql_than_by_the_runtime_is_an_error(package_and_sql, tmp_path, monkeypatch):
    """Where SQL puts a finding (findings.LIST_OF) must be where the runtime puts it: a difference is
    an error, not a line with an entry in the wrong list."""
    package, sql_dir = package_and_sql
    swapped = {**findings.LIST_OF, "overtrådt": findings.LIST_OF["frist"], "frist": findings.LIST_OF["overtrådt"]}
    monkeypatch.setattr(findings, "LIST_OF", swapped)
    (tmp_path / "sager.jsonl").write_text("\n".join(raw_lines(300, seed=17)) + "\n", encoding="utf-8")
    with pytest.raises(RuntimeError, match="SQL'en og runtime lægger et fund i hver sin liste"):
        judged_in_duckdb(package, sql_dir, tmp_path / "sager.jsonl", date(2024, 5, 1))


def test_chunks_of_invalid_records_only_agree(package_and_sql, tmp_path, monkeypatch):
    """Chunks are ranges of record numbers: a range with no case in it (a run of invalid records
    longer than a chunk, first, in the middle and last) gives no line, and the lines around it are
    the Python path's."""
    package, sql_dir = package_and_sql
    monkeypatch.setattr(results, "CHUNK", 5)
    garbled = ["{ikke json"] * 12
    lines = raw_lines(40, seed=29)
    data = ("\n".join([*garbled, *lines[:20], *garbled, *lines[20:], *garbled]) + "\n").encode("utf-8")
    (tmp_path / "sager.jsonl").write_bytes(data)
    loaded = agree(package, sql_dir, tmp_path / "sager.jsonl", data, date(2024, 5, 1))
    assert loaded.invalid_lines >= 36


def test_a_finding_s_place_is_packed_and_unpacked_whole(package_and_sql):
    """Where a finding is found (case, rule, instance) goes into one number and comes out the same,
    at the ends of each part's range."""
    con = duckdb.connect()
    try:
        for case, rule, instance in [(1, 0, -1), (2**62, 2**31 - 1, 2**32 - 2), (7, 3, 0), (2**40 + 5, 1, 65_536)]:
            con.execute("CREATE OR REPLACE TABLE f AS SELECT ?::BIGINT AS sag_nr, ?::INTEGER AS regel_nr, "
                        "?::BIGINT AS instans", [case, rule, instance])
            place = con.execute(f"SELECT {dd.PLACE} FROM f").fetchone()[0]
            assert con.execute(f"SELECT {dd.Engine.found_at('?::HUGEINT')}", [place] * 3).fetchone() == (
                case, rule, instance)
    finally:
        con.close()


@settings(max_examples=300, deadline=None)
@given(st.recursive(st.none() | st.booleans() | st.integers() | st.floats() | st.text(),
                    lambda inner: st.lists(inner) | st.dictionaries(st.text(), inner), max_leaves=20))
def test_an_entry_s_text_is_what_json_dumps_writes(value):
    """findings.dumped (json's C encoder made once) writes what json.dumps(ensure_ascii=False) writes."""
    assert findings.dumped(value) == json.dumps(value, ensure_ascii=False)


def test_lines_beyond_the_forms_kept_agree(package_and_sql, tmp_path, monkeypatch):
    """Lines whose form is not kept (beyond FORMS of them) are made from forms fetched for their chunk."""
    package, sql_dir = package_and_sql
    monkeypatch.setattr(results, "FORMS", 3)
    monkeypatch.setattr(results, "CHUNK", 50)
    data = ("\n".join(raw_lines(300, seed=19)) + "\n").encode("utf-8")
    (tmp_path / "sager.jsonl").write_bytes(data)
    agree(package, sql_dir, tmp_path / "sager.jsonl", data, date(2024, 5, 1))


def test_entries_ordered_in_128_bits_agree(package_and_sql, tmp_path, monkeypatch):
    """Where an entry's order and number do not fit in a BIGINT, they are sorted as HUGEINT: the
    same lines."""
    package, sql_dir = package_and_sql
    monkeypatch.setattr(results, "BIGINT_BITS", 1)
    data = ("\n".join(raw_lines(300, seed=23)) + "\n").encode("utf-8")
    (tmp_path / "sager.jsonl").write_bytes(data)
    agree(package, sql_dir, tmp_path / "sager.jsonl", data, date(2024, 5, 1))


@pytest.mark.parametrize("start_method, slot", [("fork", results.SLOT), ("fork", 100), ("spawn", results.SLOT)],
                         ids=["forked", "forked, small slots", "spawn"])
def test_lines_in_many_chunks_agree(package_and_sql, start_method, slot, tmp_path, monkeypatch):
    """Small chunks of lines: every line the Python path's, in order, across the chunks' boundaries;
    joined by forked workers into shared memory (or, larger than a slot of it, sent back), or here."""
    package, sql_dir = package_and_sql
    monkeypatch.setattr(results, "CHUNK", 7)
    monkeypatch.setattr(results, "SLOT", slot)
    monkeypatch.setattr(results.multiprocessing, "get_start_method", lambda: start_method)
    data = ("\n".join(raw_lines(300, seed=19)) + "\n").encode("utf-8")
    (tmp_path / "sager.jsonl").write_bytes(data)
    agree(package, sql_dir, tmp_path / "sager.jsonl", data, date(2024, 5, 1))


# Lines garbled the ways exports and hand edits garble JSON: what DuckDB's parser reads otherwise
# than Python's json, keys twice or misspelt, escapes, numbers a DOUBLE cannot hold, nesting.
GARBLES = [
    lambda t: t[:-1] + ",}",                                   # a trailing comma
    lambda t: '{"id": "dublet", ' + t[1:],                    # a key twice
    lambda t: '{"ekstra": NaN, ' + t[1:],                     # NaN, which Python reads
    lambda t: '{"ekstra": nan, ' + t[1:],                     # nan, which only DuckDB reads
    lambda t: '{"ekstra": -Infinity, ' + t[1:],
    lambda t: '{"ordinære_løntimer_12_mdr": 9007199254740993, ' + t[1:],   # above 2^53
    lambda t: '{"ordinære_løntimer_12_mdr": 123456789012345678901234567890, ' + t[1:],
    lambda t: '{"ordinære_løntimer_12_mdr": 1e400, ' + t[1:],
    lambda t: '{"ordinære_løntimer_12_mdr": -0, ' + t[1:],
    lambda t: '{"ordinære_løntimer_12_mdr": "12", ' + t[1:],
    lambda t: '{"ekstra": {"a": 1, "a": 2}, ' + t[1:],        # a key twice, deep in an unknown key
    lambda t: '{"ekstra": [1, {"b": "{["}], ' + t[1:],
    lambda t: '{"ekstra": ' + "[" * 3000 + "]" * 3000 + ", " + t[1:],  # deeper than Python's json goes
    lambda t: '{"ekstra": ' + "7" * 5000 + ", " + t[1:],      # more digits than Python's json reads
    lambda t: '{"a{b": 1, ' + t[1:],
    lambda t: '{"_skaeringsdato": "2020-01-01", "_nr": 7, "ekstra": {"x": 1}, ' + t[1:],  # the caller's own keys
    lambda t: t.replace('"forløbsstart"', '"forloebsstart"', 1),  # a misspelt field
    lambda t: t.replace('"dato"', '"datoo"', 1),
    lambda t: t.replace('"ydelse"', '"Ydelse"', 1),
    lambda t: t.replace('"id": "', '"id": "\\u0001\\"\\\\ \\u2028', 1),  # an id that must be escaped
    lambda t: t.replace('"id": "', '"id": "\\ud800', 1),        # a lone surrogate
    lambda t: t.replace('"id": "S', '"id": "\\u3000', 1),
    lambda t: '{"id": "\\u3000", ' + t[1:],                     # a blank id, in Python's sense
    lambda t: t.replace('-', '\\u002d', 1),                     # an escape in a date
    lambda t: t.replace('æ', '\\u00e6').replace('ø', '\\u00f8'),  # escapes, as ensure_ascii writes
    lambda t: t.replace('"samtaler": [', '"samtaler": [null, ', 1),
    lambda t: t.replace('"samtaler": [', '"samtaler": [1, ', 1),
    lambda t: t.replace('"samtaler": [{', '"samtaler": [{"dato": "2020-01-01", ', 1),  # a key twice in an item
    lambda t: t.replace('"samtaler": [{', '"samtaler": [{"ekstra": {"x": 1}, ', 1),
    lambda t: '{"mentor": [], ' + t[1:],
    lambda t: '{"mentor": {"start": "2024-01-01", "start": "2024-02-01"}, ' + t[1:],
    lambda t: '{"indstillinger": [{"dato": "2024-01-01", "afvist": true, "begrundelse": "{x} [y] \\t"}], ' + t[1:],
    lambda t: '{"i_integrationsprogram": "true", ' + t[1:],
    lambda t: '{"forløbsslut": 20240101, ' + t[1:],
    lambda t: t.replace('": "', '":\t"', 1),                     # JSON's whitespace
    lambda t: t.replace('": "', '": "\t', 1),                    # a raw tab in a text
    lambda t: " " + t,
    lambda t: "\ufeff" + t,                                      # a byte order mark not on line 1
    lambda t: "[" + t + "]",
    lambda t: t + " " + t,
    lambda t: "",
    lambda t: "  \t",
]


@pytest.mark.parametrize("text", ['{"a": nan}', '{"a":-INF}', '{"a": [Infinity]}', '{"a": [1,\t-NaN]}',
                                  '{"a": [\n inf]}'])
def test_nan_and_inf_are_found_after_each_sign_a_value_may_follow(text):
    """JSON that DuckDB's parser reads and Python's does not (or reads as a float): laes_json.sql's
    patterns, one for each sign before a value, together find it."""
    con = duckdb.connect()
    assert con.execute("SELECT json_valid(?)", [text]).fetchone()[0]
    assert any(con.execute("SELECT regexp_matches(?, ?)", [text, p]).fetchone()[0] for p in jsontext.NAN_OR_INFINITY)


def test_garbled_lines_are_read_as_the_python_path_reads_them(built, tmp_path, request):
    if request.node.callspec.params["built"] != "rules":
        pytest.skip("læsningen afhænger kun af datamodellen, og rules/ har alle slags felter")
    _loaded, package, sql_dir = built
    rng = random.Random(5)
    lines = []
    for line in raw_lines(1200, seed=3):
        if rng.random() < 0.5:
            line = rng.choice(GARBLES)(line)
        lines.append(line)
    data = ("\n".join(lines) + "\n").encode("utf-8")
    (tmp_path / "sager.jsonl").write_bytes(data)
    agree(package, sql_dir, tmp_path / "sager.jsonl", data, date(2024, 5, 1))


def test_a_line_that_is_not_json_leaves_the_verdicts_on_the_lines_around_it(built, tmp_path, request):
    """laes_json.sql parses only lines json_valid takes: a broken line in every chunk of DuckDB's
    changes nothing for the others (each still vouched for, or not, as in a file without it)."""
    if request.node.callspec.params["built"] != "rules":
        pytest.skip("læsningen afhænger kun af datamodellen, og rules/ har alle slags felter")
    _loaded, package, sql_dir = built
    good = raw_lines(3000, seed=13)
    mixed = [broken for line in good for broken in (line, line[:-3])]  # a truncated copy after each line
    verdicts = {}
    for name, lines in (("hele", good), ("blandet", mixed)):
        data = ("\n".join(lines) + "\n").encode("utf-8")
        (tmp_path / f"{name}.jsonl").write_bytes(data)
        run = valider.Run(package, sql_dir, tmp_path / f"{name}.jsonl", date(2024, 5, 1))
        try:
            rows = run.engine.con.execute("SELECT _gyldig FROM laest ORDER BY rowid").fetchall()
            verdicts[name] = [verdict for (verdict,) in rows]
        finally:
            run.close()
    assert verdicts["blandet"][0::2] == verdicts["hele"] and sum(verdicts["hele"]) > len(good) / 2
    assert not any(verdicts["blandet"][1::2])


def test_mutated_cases_agree(built, tmp_path):
    _loaded, package, sql_dir = built
    rng = random.Random(5)
    base = [json.loads(line) for line in raw_lines(400, seed=3) if line.startswith("{") and _json(line)]
    data = jsonl(mutate(record, rng) for _ in range(5) for record in base)
    (tmp_path / "sager.jsonl").write_bytes(data)
    for day in (date(2022, 12, 31), date(2024, 5, 1)):
        agree(package, sql_dir, tmp_path / "sager.jsonl", data, day)


def valid(package, case: dict) -> bool:
    try:
        package.model.sag_fra_json(copy.deepcopy(case))
    except package.UgyldigSag:
        return False
    return True


def _json(line: str) -> bool:
    try:
        return isinstance(json.loads(line), dict)
    except ValueError:
        return False


# ---------------------------------------------------------------- files the Python reader reads whole

@pytest.mark.parametrize("data", [
    b'[{"id": "A", "ydelse": "dagpenge", "forl\xc3\xb8bsstart": "2024-01-01"},\n {"id": "B"}]\n',  # a JSON list
    b'{"id": "A", "ydelse": "dagpenge", "forl\xc3\xb8bsstart": "2024-01-01"}\r\n{"id": "B"}\n',     # CR LF, then LF
    b'{"id": "A", "ydelse": "dagpenge", "forl\xc3\xb8bsstart": "2024-01-01"}\r\n\r\n{"id": "B"}\r\n',  # CR LF only
    b'{"id": "A", "ydelse": "dagpenge", "forl\xc3\xb8bsstart": "2024-01-01"}\n{"id": "\xff"}\n',     # not UTF-8
    b'{"id": "A", "ydelse": "dagpenge",\n "forl\xc3\xb8bsstart": "2024-01-01"}\n',                  # one object
    b'\n\n',
], ids=["liste", "crlf-lf", "crlf", "latin1", "dokument", "tom"])
def test_files_of_every_shape_are_read_as_the_python_path_reads_them(data, tmp_path, package_and_sql):
    """A JSON list or document, or lines DuckDB cannot split as Python does, go through the package's
    reader whole; CR LF lines are DuckDB's."""
    package, sql_dir = package_and_sql
    (tmp_path / "sager.jsonl").write_bytes(data)
    agree(package, sql_dir, tmp_path / "sager.jsonl", data, date(2024, 5, 1))


@pytest.fixture(scope="module")
def package_and_sql(built_project):
    """The fixture project's validators and SQL, as `regel byg` wrote them (a small rule set)."""
    generated = built_project / "generated"
    return examples.import_package(generated / "python"), generated / "sql"


# ---------------------------------------------------------------- tables

def test_tables_in_and_out_of_the_layout_give_the_rows_results(package_and_sql, tmp_path):
    """Parquet in the layout (checked by tjek.sql), Parquet with other types and extra columns, CSV and
    a DuckDB database (read as JSON text): each row judged as the Python path judges it as JSON, an
    invalid row reported with its row number."""
    package, sql_dir = package_and_sql
    cases = [case for case in (json.loads(line) for line in raw_lines(120, seed=9) if _json(line)) if valid(package, case)]
    cases[3]["ydelse"] = "ukendt"  # invalid rows, still of the layout's types
    cases[5]["forløbsstart"] = "1850-01-01"
    cases[7]["ordinære_løntimer_12_mdr"] = -1
    cases[8]["ordinære_løntimer_12_mdr"] = 9007199254740993  # judged by the package, not rounded
    engine = valider.Engine(sql_dir)
    layout = ", ".join(f"'{n}': '{t}'" for n, t in engine.fields.items())
    engine.close()
    (tmp_path / "rows.jsonl").write_bytes(jsonl(cases))
    con = duckdb.connect()
    exact = layout.replace("'ordinære_løntimer_12_mdr': 'DOUBLE'", "'ordinære_løntimer_12_mdr': 'BIGINT'")
    con.execute(f"COPY (SELECT * FROM read_json('{tmp_path / 'rows.jsonl'}', columns = {{{exact}}})) "
                f"TO '{tmp_path / 'typer.parquet'}' (FORMAT parquet)")  # not the layout's DOUBLE
    con.execute(f"CREATE TABLE sager AS SELECT * FROM read_json('{tmp_path / 'rows.jsonl'}', columns = {{{layout}}})")
    con.execute(f"COPY sager TO '{tmp_path / 'layout.parquet'}' (FORMAT parquet)")
    con.execute(f"ATTACH '{tmp_path / 'sager.duckdb'}' AS db")
    con.execute("CREATE TABLE db.sager AS SELECT *, 'Vejle' AS kommune FROM sager")
    tables = {name: f"read_parquet('{tmp_path / name}')" for name in ("layout.parquet", "typer.parquet")}
    tables["sager.duckdb"] = "db.sager"
    rows = {name: [json.loads(text) for (text,) in con.execute(f"SELECT to_json(r) FROM {source} r").fetchall()]
            for name, source in tables.items()}
    con.close()  # DuckDB opens a database file in one connection at a time
    for name in tables:
        loaded = agree(package, sql_dir, tmp_path / name, jsonl(rows[name]), date(2024, 5, 1))
        assert loaded.unit == ("række", "rækker") and loaded.invalid == 3
        assert loaded.in_python == (name == "typer.parquet")  # 2^53 + 1, exact only there
    invalid = judged_in_duckdb(package, sql_dir, tmp_path / "layout.parquet", date(2024, 5, 1))[1]
    assert [problem["linje"] for problem in invalid] == [4, 6, 8]  # row numbers


def test_a_csv_table_cell_by_cell(package_and_sql, tmp_path):
    """A CSV row is a JSON object: a cell is a text, or a number, true/false or JSON where the field is
    one; an empty cell is absent. Invalid rows come with their row numbers."""
    package, sql_dir = package_and_sql
    (tmp_path / "sager.csv").write_text(
        'id,ydelse,forløbsstart,ordinære_løntimer_12_mdr,i_integrationsprogram,samtaler,kommune\n'
        'A,dagpenge,2024-01-01,120,true,"[{""dato"": ""2024-02-01"", ""form"": ""video"", ""aktør"": ""jobcenter""}]",Vejle\n'
        'B,dagpenge,2024-01-01,mange,,,\n'
        'C,kontanthjælp,2024-13-01,,ja,[1,],\n', encoding="utf-8")
    rows = [{"id": "A", "ydelse": "dagpenge", "forløbsstart": "2024-01-01", "ordinære_løntimer_12_mdr": 120,
             "i_integrationsprogram": True, "samtaler": [{"dato": "2024-02-01", "form": "video", "aktør": "jobcenter"}],
             "kommune": "Vejle"},
            {"id": "B", "ydelse": "dagpenge", "forløbsstart": "2024-01-01", "ordinære_løntimer_12_mdr": "mange"},
            {"id": "C", "ydelse": "kontanthjælp", "forløbsstart": "2024-13-01", "i_integrationsprogram": "ja",
             "samtaler": "[1,]"}]
    ours, invalid, _population, loaded = judged_in_duckdb(package, sql_dir, tmp_path / "sager.csv", date(2024, 5, 1))
    theirs = judged_by(package, jsonl(rows), date(2024, 5, 1))
    assert (ours, invalid) == theirs[:2] and [p["linje"] for p in invalid] == [2, 3] and loaded.read == 3


# ---------------------------------------------------------------- `regel valider --motor duckdb`

@pytest.mark.parametrize("fmt", ["json", "jsonl", "tekst"])
@pytest.mark.parametrize("chunk", [results.CHUNK, 5])
def test_regel_valider_duckdb_writes_the_python_paths_bytes(built_project, fmt, chunk, tmp_path, monkeypatch):
    """The same output, byte for byte, and the same summary and exit code, on the project's cases
    with some garbled lines added (in one chunk of lines, and in many)."""
    monkeypatch.setattr(results, "CHUNK", chunk)
    rng = random.Random(1)
    lines = PROJECT_CASES.read_text(encoding="utf-8").splitlines()
    lines += [rng.choice(GARBLES)(line) for line in lines for _ in range(3)]
    (tmp_path / "sager.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    package = str(built_project / "generated" / "python")
    common = ["valider", str(tmp_path / "sager.jsonl"), "--dato", "2024-05-01", "--format", fmt, "--pakke", package]
    python, duck = regel(*common), regel(*common, "--motor", "duckdb")
    assert duck.stdout == python.stdout and duck.stderr == python.stderr  # (each: the two interleave as buffered)
    assert duck.exit_code == python.exit_code == 1 and "gyldig post (linje" in python.output


def _dies(_item):
    os.kill(os.getpid(), signal.SIGKILL)


def test_a_worker_that_dies_is_reported_and_output_is_untouched(built_project, tmp_path, monkeypatch):
    """A worker process killed while it joins lines: a Danish message, exit status 2, and the output
    file as it was."""
    monkeypatch.setattr(results, "_join_lines", _dies)
    monkeypatch.setattr(results, "CHUNK", 3)
    target = tmp_path / "resultat.json"
    target.write_text("forrige resultat\n", encoding="utf-8")
    result = regel("valider", str(PROJECT_CASES), "--dato", "2024-05-01", "--json", "--motor", "duckdb",
                   "--output", str(target), "--pakke", str(built_project / "generated" / "python"))
    assert result.exit_code == 2
    assert ("processer, der gengav resultaterne, stoppede uventet (signal SIGKILL)" in result.output
            and f"--output {target} er ikke ændret" in result.output), result.output
    assert target.read_text(encoding="utf-8") == "forrige resultat\n" and os.listdir(tmp_path) == ["resultat.json"]


def test_a_table_duckdb_cannot_read_is_a_danish_error(built_project, tmp_path):
    (tmp_path / "sager.parquet").write_text("ikke parquet", encoding="utf-8")
    duckdb.connect(str(tmp_path / "tom.duckdb")).execute("CREATE TABLE andet (a INT)").close()
    package = str(built_project / "generated" / "python")
    broken = regel("valider", str(tmp_path / "sager.parquet"), "--motor", "duckdb", "--pakke", package)
    empty = regel("valider", str(tmp_path / "tom.duckdb"), "--motor", "duckdb", "--pakke", package)
    assert broken.exit_code == empty.exit_code == 2
    assert broken.output.startswith(f"fejl: {tmp_path / 'sager.parquet'} kan ikke læses: ")
    assert empty.output == f"fejl: databasen {tmp_path / 'tom.duckdb'} har ingen tabel sager (se generated/sql/README.md).\n"
