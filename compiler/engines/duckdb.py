"""DuckDB as the embedded engine of `regel valider --motor duckdb`.

A run, every step in DuckDB but the few records it cannot vouch for: `inputs.read` puts the cases in
the table `sager` (JSON Lines, JSON, Parquet, CSV or a DuckDB database; the records the SQL of
generated/sql/duckdb/ cannot vouch for are read by the package's own reader), `Engine.judge` runs the
rules over them, and `results.Results` renders the findings into the Python path's result lines in
bulk (findings.py renders each distinct finding once, with the package's runtime).
"""

from __future__ import annotations

import contextlib
import datetime
import os
import tempfile
import threading
from pathlib import Path
from typing import Callable, Iterator, Optional

import duckdb

MEMORY_LIMIT = os.environ.get("REGEL_DUCKDB_MEMORY", "2GB")  # DuckDB spills to its temporary folder beyond it
CASES, PARAMETERS = "sager", "parametre"
# Optimizers the rules are judged without (measured on 1M cases). DuckDB pushes a filter down through
# the steps of a rule's chain by copying the expressions of the columns it tests into it, so that they
# are computed twice; without that the rules take a third less. Pulling the chains' projections up
# takes a fifth of the time the rules take to plan (0.05 of 0.25 s), and they run a little faster without it.
UNOPTIMIZED = "filter_pushdown,cte_filter_pusher,projection_pullup"
POLL = 0.5  # seconds between looks at a long statement's progress
CASE_COLUMNS = "sag_nr, id, regel_nr, instans"  # the columns of a finding that say where it is found
ORDERING = ("_nr", "_skaeringsdato")  # the layout's columns that are no field of the case
# Where a finding is found, as one number (a list of them is put together faster than one of structs):
# sag_nr above 64 bits, then regel_nr in 32 bits, then instans + 1 (-1, 0 or a position in a list) in 32.
PLACE = "(sag_nr::HUGEINT << 64) + (regel_nr::HUGEINT << 32) + (instans + 1)"

#: progress(fraction of the run done, cases known so far)
Progress = Callable[[float, int], None]


class SqlMissing(Exception):
    """generated/sql/duckdb/ lacks a file: `regel byg` has not been run."""


class NoCases(Exception):
    """A DuckDB database given as the caseload has no table `sager`."""


def read_query(sql_dir: Path, name: str) -> str:
    path = sql_dir / "duckdb" / name
    if not path.is_file():
        raise SqlMissing(str(path))
    lines = path.read_text(encoding="utf-8").splitlines()
    return "\n".join(line for line in lines if not line.startswith("--")).rstrip().rstrip(";")


class Engine:
    """One DuckDB connection: in memory, spilling to a temporary folder beyond `memory_limit`."""

    QUERIES = ("sager", "fund", "population", "laes_json", "tjek")

    def __init__(self, sql_dir: Path, memory_limit: str = MEMORY_LIMIT, threads: Optional[int] = None,
                 progress: Optional[Progress] = None):
        self.queries = {name: read_query(sql_dir, f"{name}.sql") for name in self.QUERIES}
        self.temp = tempfile.TemporaryDirectory(prefix="regel-duckdb-")
        self.con = duckdb.connect(config={"memory_limit": memory_limit, "temp_directory": self.temp.name,
                                          **({"threads": threads} if threads else {})})
        self.con.execute("SET enable_progress_bar = true")  # measured, not printed: `regel valider` shows it
        self.con.execute("SET enable_progress_bar_print = false")
        self.con.execute(self.queries["sager"].replace(f"CREATE TABLE {CASES}", "CREATE TABLE _skema", 1))
        layout = self.con.table("_skema")
        self.layout = dict(zip(layout.columns, layout.types))  # the table layout: column -> DuckDB type
        self.fields = {name: kind for name, kind in self.layout.items() if name not in ORDERING}  # the case's
        self.progress = progress
        self.cases = 0  # known so far, for the progress line

    def close(self) -> None:
        self.con.close()
        self.temp.cleanup()

    def execute(self, sql: str, parameters: Optional[list] = None, share: tuple[float, float] = (0.0, 0.0)):
        """Run one statement; a long one reports its progress as the share of the run from share[0] to share[1]."""
        with self.watched(share):
            return self.con.execute(sql, parameters or [])

    @contextlib.contextmanager
    def watched(self, share: tuple[float, float]) -> Iterator[None]:
        if self.progress is None or share[0] == share[1]:
            yield
            return
        done = threading.Event()

        def poll() -> None:
            while not done.wait(POLL):
                percent = self.con.query_progress()
                if percent >= 0:
                    self.progress(share[0] + (share[1] - share[0]) * min(percent, 100) / 100, self.cases)

        watcher = threading.Thread(target=poll, daemon=True)
        watcher.start()
        try:
            yield
        finally:
            done.set()
            watcher.join()
            self.progress(share[1], self.cases)

    def judge(self, evaluation_date: datetime.date, share: tuple[float, float] = (0.0, 0.0)) -> None:
        """The tables `forskellige_fund` (see keep_findings) and `population` of the cases in `sager`."""
        self.con.execute(f"CREATE OR REPLACE TABLE {PARAMETERS} AS SELECT CAST(? AS DATE) AS skaeringsdato",
                         [evaluation_date])
        self.con.execute(f"SET disabled_optimizers = '{UNOPTIMIZED}'")
        try:
            with self.unordered():
                middle = share[0] + 0.85 * (share[1] - share[0])  # the findings take most of the time
                self.keep_findings(self.queries["fund"], share=(share[0], middle))
                self.execute("CREATE OR REPLACE TABLE population AS " + self.queries["population"],
                             share=(middle, share[1]))
        finally:
            self.con.execute("RESET disabled_optimizers")

    def keep_findings(self, source: str, share: tuple[float, float] = (0.0, 0.0)) -> None:
        """The table `forskellige_fund` of the findings of `source` (a query, as fund.sql): a row for
        each distinct finding (its columns but those of CASE_COLUMNS), with `n` and `steder`: how many
        times, and where (each a PLACE; see found_at), it is found (results.py renders each row once),
        and the largest regel_nr and instans among them.
        One pass: the rows of `source` are not written down."""
        self.execute(f"CREATE OR REPLACE TABLE forskellige_fund AS SELECT COLUMNS(* EXCLUDE ({CASE_COLUMNS})), "
                     f"count(*) AS n, list({PLACE}) AS steder, max(regel_nr) AS regel_nr_max, max(instans) AS instans_max "
                     f"FROM ({source}) GROUP BY ALL", share=share)

    @staticmethod
    def found_at(place: str) -> str:
        """SQL: the columns sag_nr, regel_nr and instans of a PLACE (SQL)."""
        return (f"({place} >> 64)::BIGINT AS sag_nr, (({place} >> 32) & {(1 << 32) - 1})::INTEGER AS regel_nr, "
                f"({place} & {(1 << 32) - 1})::BIGINT - 1 AS instans")

    @contextlib.contextmanager
    def unordered(self) -> Iterator[None]:
        """Statements whose rows need no order (the rules' branches then run side by side, not one
        after the other): tables read in file order (rowid is the line) are made outside."""
        self.con.execute("SET preserve_insertion_order = false")
        try:
            yield
        finally:
            self.con.execute("SET preserve_insertion_order = true")

    def fact_columns(self) -> list[str]:
        return [name for name in self.con.table("forskellige_fund").columns if name.startswith("fakta_")]
