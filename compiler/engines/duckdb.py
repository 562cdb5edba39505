"""DuckDB as an embedded engine for `regel valider --motor duckdb`.

Every record is read and checked by the generated package's own reader first (the same
invalid records, with the same messages and line or row numbers, as the Python path); the
valid ones go to DuckDB, which runs generated/sql/duckdb/ over them. `Caseload` then hands
the results back in input order, rendered by the package's runtime (findings.py), through
the interface `regel valider` uses for the Python path (`laes_sager`, `Sagsbestand`).
"""

from __future__ import annotations

import datetime
import json
import os
import tempfile
from array import array
from collections import Counter
from pathlib import Path
from typing import Any, Callable, Iterator, Optional

import duckdb

from .findings import Renderer, grouped

MEMORY_LIMIT = os.environ.get("REGEL_DUCKDB_MEMORY", "1GB")  # DuckDB spills to disk beyond it
TABLE_FILES = (".parquet", ".duckdb", ".db")  # read as tables (a row per case); anything else as JSON
FETCH = 10_000


class SqlMissing(Exception):
    """generated/sql/duckdb/ lacks a file: `regel byg` has not been run."""


def read_query(sql_dir: Path, name: str) -> str:
    path = sql_dir / "duckdb" / name
    if not path.is_file():
        raise SqlMissing(str(path))
    lines = path.read_text(encoding="utf-8").splitlines()
    return "\n".join(line for line in lines if not line.startswith("--")).rstrip().rstrip(";")


class Engine:
    """One DuckDB connection (in memory, spilling to a temporary folder beyond MEMORY_LIMIT)."""

    def __init__(self, sql_dir: Path, memory_limit: str = MEMORY_LIMIT, threads: Optional[int] = None):
        self.sql_dir = sql_dir
        self.queries = {name: read_query(sql_dir, f"{name}.sql") for name in ("sager", "fund", "population")}
        self.temp = tempfile.TemporaryDirectory(prefix="regel-duckdb-")
        self.con = duckdb.connect(config={"memory_limit": memory_limit,
                                          "temp_directory": self.temp.name, "preserve_insertion_order": True,
                                          **({"threads": threads} if threads else {})})
        self.con.execute("SET enable_progress_bar = false")  # `regel valider` shows its own progress
        self.con.execute(self.queries["sager"].replace("CREATE TABLE sager", "CREATE TABLE _skema", 1))
        self.columns = [(name, str(kind)) for name, kind, *_ in self.con.execute("DESCRIBE _skema").fetchall()]

    def close(self) -> None:
        self.con.close()
        self.temp.cleanup()

    def load_json_lines(self, path: str) -> None:
        """The valid records (JSON objects with `_nr`) as the table `sager`."""
        columns = "{" + ", ".join(f"{_quote_text(name)}: {_quote_text(kind)}" for name, kind in self.columns) + "}"
        self.con.execute(f"CREATE OR REPLACE TABLE sager AS SELECT * FROM read_json(?, format = 'newline_delimited', "
                         f"columns = {columns}) ORDER BY _nr", [path])

    def judge(self, evaluation_date: datetime.date) -> None:
        self.con.execute("CREATE OR REPLACE TABLE parametre AS SELECT CAST(? AS DATE) AS skaeringsdato",
                         [evaluation_date])
        self.con.execute("CREATE OR REPLACE TABLE fund AS " + self.queries["fund"])
        self.con.execute("CREATE OR REPLACE TABLE population AS " + self.queries["population"])

    def rows(self, table: str, order: str, columns: str = "*") -> Iterator[dict]:
        cursor = self.con.execute(f"SELECT {columns} FROM {table} ORDER BY {order}")
        names = [d[0] for d in cursor.description]
        while batch := cursor.fetchmany(FETCH):
            for values in batch:
                yield dict(zip(names, values))

    def fact_columns(self) -> list[str]:
        return [name for name, *_ in self.con.execute("DESCRIBE fund").fetchall() if name.startswith("fakta_")]


def _quote_text(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


class Reading:
    """The records of the input as the package reads them: (line, record) per record, with
    `postens_linjer` and `tomme_linjer` as `laes_sager` counts them; records are replayed
    after the SQL has judged them (a record is its number then, or the invalid record)."""

    def __init__(self):
        self.lines = array("q")
        self.own_lines = array("q")
        self.tomme_linjer = 0
        self.postens_linjer = 0
        self.invalid: dict[int, Any] = {}  # number -> the post (UgyldigPost) or its problem

    def __iter__(self) -> Iterator[tuple[int, Any]]:
        for number in range(1, len(self.lines) + 1):
            self.postens_linjer = self.own_lines[number - 1]
            yield self.lines[number - 1], self.invalid.pop(number, number)


class Caseload:
    """`Sagsbestand` for `regel valider`, judged by DuckDB: `laes_sager(stream)` reads and
    checks every record and runs the SQL; `Sagsbestand(...).valider(post, linje)` then gives
    each record's result in input order (None for an invalid one, handed to `ved_ugyldig`)."""

    def __init__(self, package, sql_dir: Path, progress: Optional[Callable[[int, int], None]] = None):
        self.package = package
        self.engine = Engine(sql_dir)
        self.progress = progress
        self.results: Optional[Iterator[tuple[int, dict]]] = None
        self.renderer: Optional[Renderer] = None
        self.evaluation_date: Optional[datetime.date] = None

    # The package's interface, as `regel valider` uses it.
    def Sagsbestand(self, evaluation_date: datetime.date, ved_ugyldig=None, forklar: bool = False) -> "_Bestand":
        self.evaluation_date = self.package._runtime.skaeringsdato(evaluation_date)
        return _Bestand(self, ved_ugyldig)

    def laes_sager(self, stream) -> Reading:
        reading = Reading()
        rt, model = self.package._runtime, self.package.model
        with tempfile.NamedTemporaryFile("w", encoding="utf-8", suffix=".jsonl", dir=self.engine.temp.name,
                                         delete=False) as spool:
            for line, post in self.records(stream, reading):
                number = len(reading.lines)
                if isinstance(post, rt.UgyldigPost):
                    reading.invalid[number] = {"linje": post.linje, "besked": post.besked}
                    continue
                try:
                    model.sag_fra_json(post)
                except rt.UgyldigSag as failure:
                    reading.invalid[number] = rt.ugyldig_sag(post, line, failure)
                    continue
                spool.write(json.dumps({**post, "_nr": number}, ensure_ascii=False) + "\n")
                if self.progress is not None and number % 10_000 == 0:
                    self.progress(number, getattr(stream, "read_bytes", 0))
        self.engine.load_json_lines(spool.name)
        os.unlink(spool.name)
        self.engine.judge(self.evaluation_date)
        self.renderer = Renderer(self.package, self.engine.fact_columns())
        findings = grouped(self.engine.rows("fund", "sag_nr, regel_nr, instans"))
        population = grouped(self.engine.rows("population", "sag_nr, regel_nr"))
        self.results = _merged(self.renderer, self.engine.rows("sager", "_nr", "_nr, id"), findings, population)
        return reading

    def records(self, stream, reading: Reading) -> Iterator[tuple[int, Any]]:
        """(line, post) per record of a JSON or JSON Lines input (the package's reader)."""
        reader = self.package.laes_sager(stream)
        for line, post in reader:
            reading.lines.append(line)
            reading.own_lines.append(reader.postens_linjer)
            yield line, post
        reading.tomme_linjer = reader.tomme_linjer

    def close(self) -> None:
        self.engine.close()


def _merged(renderer: Renderer, cases: Iterator[dict], findings, population) -> Iterator[tuple[int, dict]]:
    """(number, result) for every valid case in input order, with its findings and population rows."""
    finding, rows = next(findings, (None, []))
    counted, shares = next(population, (None, []))
    for case in cases:
        number = case["_nr"]
        own = rows if finding == number else []
        if finding == number:
            finding, rows = next(findings, (None, []))
        mine = shares if counted == number else []
        if counted == number:
            counted, shares = next(population, (None, []))
        yield number, renderer.result(case["id"], own, mine)


class _Bestand:
    def __init__(self, caseload: Caseload, ved_ugyldig):
        self.caseload = caseload
        self.ugyldige: list[dict] = []
        self._ved_ugyldig = ved_ugyldig or self.ugyldige.append
        self.antal_sager = 0
        self.antal_ugyldige = 0
        self.overtraedelser_pr_bestemmelse: Counter[str] = Counter()

    def valider(self, post: Any, linje: Optional[int] = None) -> Optional[dict]:
        if isinstance(post, dict):  # an invalid record's problem
            self.antal_ugyldige += 1
            self._ved_ugyldig(post)
            return None
        number, result = next(self.caseload.results)
        if number != post:
            raise RuntimeError(f"DuckDB gav sag nr. {number}, men post nr. {post} var ventet")
        self.antal_sager += 1
        for found in result["overtrædelser"]:
            self.overtraedelser_pr_bestemmelse[found["bestemmelse"]] += 1
        return result

    def population(self) -> list[dict]:
        if next(self.caseload.results, None) is not None:
            raise RuntimeError("DuckDB gav flere sager, end input havde")
        return self.caseload.renderer.population()


def judge_each_on_its_day(package, sql_dir: Path, cases: list[tuple[dict, datetime.date]]) -> list[dict]:
    """The results of valid cases, each judged on its own evaluation date (`_skaeringsdato`, see
    the README of generated/sql/), in one run: a replay of history, or many examples at once."""
    engine = Engine(sql_dir)
    try:
        path = Path(engine.temp.name) / "sager.jsonl"
        with open(path, "w", encoding="utf-8") as spool:
            for number, (case, day) in enumerate(cases, start=1):
                spool.write(json.dumps({**case, "_nr": number, "_skaeringsdato": day.isoformat()},
                                       ensure_ascii=False) + "\n")
        engine.load_json_lines(str(path))
        engine.judge(min((day for _case, day in cases), default=datetime.date.today()))
        renderer = Renderer(package, engine.fact_columns())
        findings = grouped(engine.rows("fund", "sag_nr, regel_nr, instans"))
        population = grouped(engine.rows("population", "sag_nr, regel_nr"))
        return [result for _number, result in _merged(renderer, engine.rows("sager", "_nr", "_nr, id"), findings,
                                                       population)]
    finally:
        engine.close()
