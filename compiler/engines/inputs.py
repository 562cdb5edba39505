"""A caseload into DuckDB's table `sager`, each record read as the generated package's reader reads it.

By the file's name: `.parquet`, `.csv` and `.duckdb`/`.db` (its table `sager`) are tables, a record
per row, and an invalid record's `linje` is its row number (1 is the first row); anything else is JSON
as the Python path reads it (JSON Lines, one JSON object, or a JSON list).

* JSON Lines: DuckDB reads the lines itself (read_csv, a line per row, split at \\n only; a file it
  cannot split so, such as one with a lone CR or bytes that are not UTF-8, is read by the package's
  reader whole) and laes_json.sql reads and checks every record.
* A table in the layout (generated/sql/README.md) is checked by tjek.sql; any other table's rows
  are written as JSON text (`to_json`; in a CSV file a cell is text, or what it says when it is a
  number, true/false, or JSON for a list or record field) and read like JSON Lines.
* A JSON document (one object over several lines, or a list) is read by the package's reader.

A record the SQL cannot vouch for is read by the package's reader, which gives the Python path's
verdict: an invalid one goes to the table `ugyldige` with its line or row, a valid one to the table
`tillaeg` (and so to `sager`), or, when it has an integer that a DOUBLE cannot hold exactly (above
2^53), to the file IN_PYTHON: such a case is judged by the package itself (results.py), not rounded.
"""

from __future__ import annotations

import dataclasses
import io
import json
import shutil
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Iterator

import duckdb

from ..jsontext import NAN_OR_INFINITY, TRAILING_COMMA
from .duckdb import CASES, Engine, NoCases

TABLE_SUFFIXES = {".parquet": "parquet", ".csv": "csv", ".duckdb": "duckdb", ".db": "duckdb"}
LINE, ROW = ("linje", "linjer"), ("række", "rækker")
IN_PYTHON = "i_python.jsonl"  # in the engine's folder: {"nr", "post"} of each case the package judges
BATCH = 10_000  # records handed to or from DuckDB at a time
MAX_FIRST_LINE = 64 << 20  # bytes of the first line read to tell JSON Lines (the reader's longest line)
SHARE = (0.0, 0.25)  # of the progress line: reading takes about a quarter of a run
EXACT = 2 ** 53  # a DOUBLE holds every integer up to this one exactly
LINE_READER = ("delim = '\x1f', quote = '', escape = '', header = false, auto_detect = false, "
               "columns = {'t': 'VARCHAR'}, new_line = ")  # a line per row (DuckDB refuses a line holding \x1f)


@dataclass
class Loaded:
    """What was read: the counts for the summary (the lines or rows read are each a case's, an
    invalid record's or blank), and how many valid cases the package is to judge (`in_python`)."""

    unit: tuple[str, str] = LINE
    read: int = 0
    blank: int = 0
    case_lines: int = 0
    invalid_lines: int = 0
    invalid: int = 0
    in_python: int = 0


def read(engine: Engine, package, path: Path) -> Loaded:
    """Put the cases of `path` in the view `sager` (their number `_nr` orders the results) and the
    invalid records in the table `ugyldige` (number, description as JSON)."""
    engine.con.execute("CREATE OR REPLACE TABLE ugyldige (nr BIGINT, beskrivelse VARCHAR)")
    records = Records(engine, package)
    kind = TABLE_SUFFIXES.get(path.suffix.lower())
    if kind is not None:
        loaded, valid = read_table(engine, records, path, kind)
    else:
        loaded, valid = read_json(engine, records, path)
    records.finish()
    loaded.case_lines += records.valid
    loaded.invalid_lines += records.invalid
    loaded.invalid = records.invalid
    loaded.in_python = records.in_python
    columns = ", ".join(quoted(name) for name in engine.fields)
    engine.con.execute(f"CREATE OR REPLACE VIEW {CASES} AS {valid} UNION ALL SELECT _nr, _skaeringsdato, {columns} "
                       "FROM tillaeg")
    engine.cases = engine.con.execute(f"SELECT count(*) FROM {CASES}").fetchone()[0] + loaded.in_python
    return loaded


# DuckDB's own quoting (its parser takes no escape but the doubled quote in either); here, not
# with sqlglot, which would take a tenth of a second to load for the run's few names and texts.
def quoted(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def text_literal(value: str) -> str:
    return "'" + value.replace("'", "''") + "'"


# ---------------------------------------------------------------- JSON

def read_json(engine: Engine, records: "Records", path: Path) -> tuple[Loaded, str]:
    """(the counts, the query of the valid cases read in DuckDB)."""
    if json_lines(path):
        for line_end in ("'\\n'", "'\\r\\n'"):
            if line_end != "'\\n'" and not crlf_only(path):
                break
            engine.execute(f"CREATE OR REPLACE VIEW linjer AS SELECT t AS tekst FROM read_csv("
                           f"{text_literal(str(path))}, {LINE_READER}{line_end})")
            try:
                return read_lines(engine, records, path)
            except duckdb.InvalidInputException as failure:
                if "CSV" not in str(failure):
                    raise
                # not lines as Python splits them (a CR, bytes that are not UTF-8, a line over 2 MB)
    return read_document(records, path), "SELECT * FROM _skema"


def crlf_only(path: Path) -> bool:
    """Every line break of the file is CR LF, and it has no other CR (DuckDB can split it as Python does)."""
    breaks = returns = pairs = 0
    with open(path, "rb") as stream:
        last = b""
        while chunk := stream.read(1 << 24):
            breaks, returns = breaks + chunk.count(b"\n"), returns + chunk.count(b"\r")
            pairs += chunk.count(b"\r\n") + (last == b"\r" and chunk.startswith(b"\n"))
            last = chunk[-1:]
    return 0 < breaks == pairs == returns


def json_lines(path: Path) -> bool:
    """The file is JSON Lines for the package's reader: its first line that is not blank is one JSON
    value and no list (a list there may be the whole file, which the reader then reads as one)."""
    with open(path, "rb") as stream:
        number = 0
        while line := stream.readline(MAX_FIRST_LINE):
            number += 1
            text = line.decode("utf-8", "surrogateescape")
            if number == 1 and text.startswith("\ufeff"):
                text = text[1:]
            if text.strip(" \t\r\n"):
                try:
                    return type(json.loads(text)) is not list
                except ValueError:
                    return False
    return False


def read_lines(engine: Engine, records: "Records", path: Path) -> tuple[Loaded, str]:
    engine.execute("CREATE OR REPLACE TABLE laest AS " + engine.queries["laes_json"], share=SHARE)
    refuse_misspellings(engine, records)
    lines, blank, valid = engine.con.execute("SELECT count(*), count(*) FILTER (_tom), count(*) FILTER (_gyldig) "
                                             "FROM laest").fetchone()
    suspects = rows_of(engine, "SELECT rowid + 1 FROM laest WHERE NOT _gyldig AND NOT _tom ORDER BY 1")
    read = scan(path, (number for (number,) in suspects), records.line)
    if read != lines:
        raise RuntimeError(f"DuckDB læste {lines} linjer af {path}, men filen har {read}")
    return Loaded(LINE, read, blank, valid), cases_of("laest", "rowid + 1", engine)


def rows_of(engine: Engine, query: str) -> Iterator[tuple]:
    """The rows of `query` a batch at a time (in a cursor of their own: the records go to DuckDB meanwhile)."""
    cursor = engine.con.cursor().execute(query)
    while batch := cursor.fetchmany(BATCH):
        yield from batch


def refuse_misspellings(engine: Engine, records: "Records") -> None:
    """A record with an unknown key that the reader takes for a misspelt field goes to the reader."""
    unknown = engine.con.execute("SELECT DISTINCT unnest(_ukendte) AS u FROM laest").fetchall()
    misspelt = [u for (u,) in unknown if records.misspelt(u["sti"], u["noegle"])]
    if misspelt:
        engine.con.execute("UPDATE laest SET _gyldig = false WHERE list_has_any(_ukendte, ?::STRUCT(sti VARCHAR, "
                           "noegle VARCHAR)[])", [misspelt])


def cases_of(table: str, number: str, engine: Engine) -> str:
    columns = ", ".join(quoted(name) for name in engine.fields)
    return f"SELECT {number} AS _nr, CAST(NULL AS DATE) AS _skaeringsdato, {columns} FROM {table} WHERE _gyldig"


def scan(path: Path, wanted: Iterator[int], found) -> int:
    """The number of lines in the file as Python counts them (split at \n); `found(number, line)` for
    the lines numbered `wanted` (in order)."""
    target = next(wanted, None)
    with open(path, "rb") as stream:
        if target is None:
            lines, last = 0, b"\n"
            while chunk := stream.read(1 << 24):
                lines, last = lines + chunk.count(b"\n"), chunk[-1:]
            return lines + (last != b"\n")
        number = 0
        for number, line in enumerate(stream, start=1):
            if number == target:
                found(number, line)
                target = next(wanted, None)
    return number


def read_document(records: "Records", path: Path) -> Loaded:
    """The whole file through the package's reader (a JSON document, or lines DuckDB cannot split)."""
    loaded = Loaded(LINE)
    with open(path, "rb") as stream:
        reader = records.package.laes_sager(stream)
        for number, (line, post) in enumerate(reader, start=1):
            records.post(number, line, post, reader.postens_linjer)
        loaded.read, loaded.blank = reader.linjer, reader.tomme_linjer
    return loaded


# ---------------------------------------------------------------- tables

def read_table(engine: Engine, records: "Records", path: Path, kind: str) -> tuple[Loaded, str]:
    source = text_literal(str(path))
    if kind == "parquet":
        engine.con.execute(f"CREATE OR REPLACE VIEW raekker AS SELECT file_row_number + 1 AS _raekke, "
                           f"* EXCLUDE (file_row_number) FROM read_parquet({source}, file_row_number = true)")
    elif kind == "duckdb":
        engine.con.execute(f"ATTACH {source} AS kilde (READ_ONLY)")
        if not engine.con.execute("SELECT count(*) FROM duckdb_tables() WHERE database_name = 'kilde' AND "
                                  "table_name = 'sager'").fetchone()[0]:
            raise NoCases(str(path))
        engine.con.execute("CREATE OR REPLACE VIEW raekker AS SELECT rowid + 1 AS _raekke, * FROM kilde.sager")
    else:  # a CSV file has no row numbers: its rows are kept in file order, as a table's are
        engine.execute(f"CREATE OR REPLACE TABLE csv AS SELECT * FROM read_csv({source}, header = true, "
                       "all_varchar = true)", share=SHARE)
        engine.con.execute("CREATE OR REPLACE VIEW raekker AS SELECT rowid + 1 AS _raekke, * FROM csv")
    table = engine.con.table("raekker")
    columns = dict(zip(table.columns[1:], table.types[1:]))
    rows = engine.con.execute("SELECT count(*) FROM raekker").fetchone()[0]
    if in_layout(engine, records, columns):
        engine.execute("CREATE OR REPLACE TABLE tjekket AS " + engine.queries["tjek"], share=SHARE)  # read once
        for number, text in rows_of(engine, f"SELECT _raekke, {as_json(columns)} FROM tjekket WHERE NOT _gyldig "
                                            "ORDER BY 1"):
            records.row(number, text)
        valid = engine.con.execute("SELECT count(*) FROM tjekket WHERE _gyldig").fetchone()[0]
        return Loaded(ROW, rows, 0, valid), cases_of("tjekket", "_raekke", engine)
    text = csv_as_json(engine, columns) if kind == "csv" else as_json(columns)
    engine.con.execute(f"CREATE OR REPLACE VIEW linjer AS SELECT _raekke, {text} AS tekst FROM raekker")
    engine.execute("CREATE OR REPLACE TABLE laest AS " + engine.queries["laes_json"], share=SHARE)
    refuse_misspellings(engine, records)
    for number, text in rows_of(engine, "SELECT _raekke, tekst FROM linjer WHERE _raekke IN (SELECT rowid + 1 FROM "
                                        "laest WHERE NOT _gyldig) ORDER BY 1"):
        records.row(number, text)
    valid = engine.con.execute("SELECT count(*) FROM laest WHERE _gyldig").fetchone()[0]
    return Loaded(ROW, rows, 0, valid), cases_of("laest", "rowid + 1", engine)


def in_layout(engine: Engine, records: "Records", columns: dict[str, Any]) -> bool:
    """The table has every field of the layout with its type, and only columns the reader ignores besides."""
    if any(name not in columns or str(columns[name]) != str(kind) for name, kind in engine.fields.items()):
        return False
    return not any(records.misspelt("", name) for name in columns if name not in engine.fields)


def as_json(columns) -> str:
    """A row as a JSON object, a key per column."""
    return "to_json({" + ", ".join(f"{text_literal(name)}: {quoted(name)}" for name in columns) + "})"


def csv_as_json(engine: Engine, columns: dict[str, Any]) -> str:
    """A CSV row as a JSON object: each cell a text, or, for a field that is a number, true/false, a
    list or a record, the value the cell writes (when it is one); an empty cell is null."""
    pairs = []
    for name in columns:
        cell = quoted(name)
        kind = getattr(engine.fields.get(name), "id", None)
        plain = f"to_json({cell})"
        if kind == "boolean":
            value = f"CASE WHEN {cell} IN ('true', 'false') THEN CAST({cell} AS JSON) ELSE {plain} END"
        elif kind == "double":
            number = "'^-?(0|[1-9][0-9]*)([.][0-9]+)?([eE][-+]?[0-9]+)?$'"
            value = f"CASE WHEN regexp_matches({cell}, {number}) THEN CAST({cell} AS JSON) ELSE {plain} END"
        elif kind in ("list", "struct"):  # JSON as Python's json reads it (DuckDB's parser takes more)
            strict = " AND ".join(f"NOT regexp_matches({cell}, {text_literal(p)})" for p in (TRAILING_COMMA, *NAN_OR_INFINITY))
            value = f"CASE WHEN json_valid({cell}) AND {strict} THEN json({cell}) ELSE {plain} END"
        else:
            value = plain
        pairs += [text_literal(name), value]
    return f"json_object({', '.join(pairs)})"


# ---------------------------------------------------------------- the package's reader

class Records:
    """The records the SQL could not vouch for, read by the package's reader as the Python path
    reads them: an invalid one to `ugyldige`, a valid one to `tillaeg` or `in_python`."""

    def __init__(self, engine: Engine, package):
        self.engine, self.package = engine, package
        self.rt, self.model = package._runtime, package.model
        self.spool = open(Path(engine.temp.name) / "tillaeg.jsonl", "w", encoding="utf-8")
        self.problems: list[tuple[int, str]] = []
        self.valid = self.invalid = 0
        self.in_python = 0
        self.python_spool = open(Path(engine.temp.name) / IN_PYTHON, "w", encoding="utf-8")
        self.fields = engine.fields
        self.spellings: dict[tuple[str, str], bool] = {}

    def line(self, number: int, text: bytes) -> None:
        """A line of JSON Lines, read as the reader reads it: alone after a first line that makes the
        file JSON Lines (its own first line loses a byte order mark, as the reader's line 1 does)."""
        if number == 1 and text.startswith(b"\xef\xbb\xbf"):
            text = text[3:]
        reader = self.package.laes_sager(io.BytesIO(b"{}\n" + text))
        next(reader)
        _line, post = next(reader)
        if isinstance(post, self.rt.UgyldigPost):
            post = post._replace(linje=number)
        self.post(number, number, post, 1)

    def row(self, number: int, text: str) -> None:
        """A table's row, as JSON text (written by DuckDB)."""
        try:
            post: Any = self.rt.laes_sag(text)
        except self.rt.UgyldigSag as failure:
            post = self.rt.UgyldigPost(number, failure.besked, failure.kode)
        self.post(number, number, post, 1)

    def post(self, number: int, line: int, post: Any, lines: int) -> None:
        """What the reader gave for record `number` (at `line`, over `lines` lines)."""
        if isinstance(post, self.rt.UgyldigPost):
            self.refuse(number, post.som_json(), lines)
            return
        try:
            case = self.model.sag_fra_json(post)
        except self.rt.UgyldigSag as failure:
            self.refuse(number, self.rt.ugyldig_sag(post, line, failure), lines)
            return
        self.valid += lines
        if exact(case):
            self.spool.write(json.dumps({**self.pruned(post, None), "_nr": number}, ensure_ascii=False) + "\n")
        else:
            self.python_spool.write(json.dumps({"nr": number, "post": self.pruned(post, None)}, ensure_ascii=False)
                                    + "\n")
            self.in_python += 1
        self.engine.cases += 1

    def refuse(self, number: int, problem: dict, lines: int) -> None:
        self.invalid += lines
        self.problems.append((number, json.dumps(problem, ensure_ascii=False)))
        if len(self.problems) >= BATCH:
            self.flush()

    def flush(self) -> None:
        if self.problems:
            numbers, texts = zip(*self.problems)
            self.engine.con.execute("INSERT INTO ugyldige SELECT unnest(?), unnest(?)", [list(numbers), list(texts)])
            self.problems = []

    def finish(self) -> None:
        self.flush()
        self.spool.close()
        self.python_spool.close()
        columns = ", ".join(f"{text_literal(name)}: {text_literal(str(kind))}"
                            for name, kind in self.engine.layout.items())
        self.engine.con.execute(f"CREATE OR REPLACE TABLE tillaeg AS SELECT * FROM read_json("
                                f"{text_literal(self.spool.name)}, format = 'newline_delimited', columns = {{{columns}}})")

    def pruned(self, value: Any, kind) -> Any:
        """A valid record's fields only (its other keys are the caller's own, and may hold what
        DuckDB cannot read: text that is not UTF-8, NaN)."""
        if kind is None:  # the case (not `_skaeringsdato`: a key of that name is the caller's own)
            return {name: self.pruned(value[name], self.fields[name]) for name in self.fields if name in value}
        if kind.id == "struct" and isinstance(value, dict):
            return {name: self.pruned(value[name], child) for name, child in kind.children if name in value}
        if kind.id == "list" and isinstance(value, list):
            return [self.pruned(item, kind.children[0][1]) for item in value]
        return value

    def misspelt(self, path: str, key: str) -> bool:
        """The reader takes `key`, in the object at `path`, for a misspelling of one of its fields."""
        answer = self.spellings.get((path, key))
        if answer is None:
            kind = None
            for name in filter(None, path.split(".")):
                kind = (self.fields[name] if kind is None else dict(kind.children)[name])
                if kind.id == "list":
                    kind = kind.children[0][1]
            known = frozenset(self.fields) if kind is None else frozenset(name for name, _ in kind.children)
            answer = self.spellings[(path, key)] = bool(self.rt.stavefejlene({key: None}, known))
        return answer


def exact(value: Any) -> bool:
    """Every number in a record read by the package is one a DOUBLE holds exactly."""
    if type(value) is int:
        return -EXACT <= value <= EXACT or float(value) == value
    if isinstance(value, list):
        return all(exact(item) for item in value)
    if dataclasses.is_dataclass(value):
        return all(exact(getattr(value, f.name)) for f in dataclasses.fields(value))
    return True


def spooled_stdin(engine: Engine) -> Path:
    """Standard input in a file (DuckDB reads files)."""
    path = Path(engine.temp.name) / "stdin"
    with open(path, "wb") as out:
        shutil.copyfileobj(sys.stdin.buffer, out)
    return path
