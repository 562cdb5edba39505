"""A caseload's results from the tables `fund` and `population`, put together in SQL.

Each distinct finding (a row of `fund` but for the case it is found in) is rendered once by
findings.py; a case's result line is then its entries joined in DuckDB, in the order the Python path
lists them (by rule, then instance; a population rule's datafejl after the others), written as
`json.dumps(result, ensure_ascii=False)` writes it: the keys and constants in the runtime's own order
and text (Renderer.shape), the id escaped as Python escapes it. The cases the package judges itself
(inputs.Loaded.in_python) come in with their lines and population rows. The summary's counts and the
population rules' shares (numerator, denominator, the first MAKS_SAGSLISTE ids of each group) are
counted in SQL too.
"""

from __future__ import annotations

import datetime
import json
from collections import Counter
from dataclasses import dataclass, field
from typing import Iterator

from sqlglot import exp

from .duckdb import CASES, Engine
from .findings import POPULATION, Renderer, dumped
from .inputs import Loaded

FINDING_KEY = ("regel", "art", "besked", "frist", "element", "antal", "datafejl", "undtagelse")
VIOLATIONS, PENDING, DATA_ERRORS = "overtrædelser", "frister", "datafejl"  # lists of a result (runtime/typer.py)
FETCH = 10_000
BATCH = 100_000
SHARE = (0.8, 1.0)  # of the progress line: the results, while they are written


@dataclass
class Totals:
    """What the summary of `regel valider` counts (named as the package's Sagsbestand names them)."""

    antal_sager: int = 0
    antal_ugyldige: int = 0
    violations: int = 0
    pending: int = 0
    data_errors: int = 0
    overtraedelser_pr_bestemmelse: Counter = field(default_factory=Counter)

    def add(self, kind: str, provision: str, times: int = 1) -> None:
        if kind == VIOLATIONS:
            self.violations += times
            self.overtraedelser_pr_bestemmelse[provision] += times
        elif kind == PENDING:
            self.pending += times
        elif kind == DATA_ERRORS:
            self.data_errors += times


class Results:
    """The results of the cases in `sager`, judged into `fund` and `population` on `evaluation_date`."""

    def __init__(self, engine: Engine, package, loaded: Loaded, evaluation_date: datetime.date):
        self.engine, self.con = engine, engine.con
        self.renderer = Renderer(package, engine.fact_columns())
        self.finding = "hash({" + ", ".join(f"{_text(c)}: {c}" for c in (*FINDING_KEY, *engine.fact_columns())) + "})"
        self.totals = Totals(antal_ugyldige=loaded.invalid)
        self.con.execute("CREATE OR REPLACE TABLE tekster (h UBIGINT, liste VARCHAR, tekst VARCHAR)")
        self.render_findings()
        self.render_population()
        self.judge_in_python(package, loaded.in_python, evaluation_date)
        self.put_together()
        self.totals.antal_sager += self.con.execute(f"SELECT count(*) FROM {CASES}").fetchone()[0]
        self.population = self.shares()

    # ------------------------------------------------------------ the entries, each rendered once
    def render_findings(self) -> None:
        key = ", ".join((*FINDING_KEY, *self.engine.fact_columns()))
        self.con.execute(f"CREATE OR REPLACE TABLE poster AS SELECT {self.finding} AS h, {key}, count(*) AS n "
                         "FROM fund GROUP BY ALL")
        distinct, hashes = self.con.execute("SELECT count(*), count(DISTINCT h) FROM poster").fetchone()
        if distinct != hashes:  # the hash stands for the finding in the join below
            raise RuntimeError("to forskellige fund fik samme hash i DuckDB")
        cursor = self.con.execute(f"SELECT h, n, {key} FROM poster")
        names = [d[0] for d in cursor.description]
        rendered = []
        while batch := cursor.fetchmany(FETCH):
            for values in batch:
                row = dict(zip(names, values))
                entry = self.renderer.entry(row)
                if entry is not None:
                    self.totals.add(entry[0], entry[2], row["n"])
                    rendered.append((row["h"], entry[0], entry[1]))
        self.insert(rendered)

    def render_population(self) -> None:
        """A population rule's datafejl, and its entry under "population" for a case that counts or does not."""
        rendered = []
        for rule, group, label, times, key in self.con.execute(
                "SELECT regel, gruppe, datafejl, count(*), hash(regel, gruppe, datafejl) FROM population "
                "GROUP BY ALL").fetchall():
            if group == "datafejl":
                kind, text, provision = self.renderer.missing(rule, label)
                self.totals.add(kind, provision, times)
                rendered.append((key, kind, text))
            else:
                rendered.append((key, POPULATION, self.renderer.counted(rule, group == "tæller")))
        self.insert(rendered)

    def insert(self, rows: list[tuple]) -> None:
        for start in range(0, len(rows), BATCH):
            self.con.execute("INSERT INTO tekster SELECT unnest(?), unnest(?), unnest(?)",
                             [list(column) for column in zip(*rows[start:start + BATCH])])

    # ------------------------------------------------------------ the cases the package judges
    def judge_in_python(self, package, cases: list[tuple[int, dict]], evaluation_date: datetime.date) -> None:
        """Their result lines, and their rows of `population` for the shares (each with the demand it met)."""
        self.con.execute("CREATE OR REPLACE TABLE python_linjer (nr BIGINT, linje VARCHAR, fund BOOLEAN)")
        lists = self.renderer.lists
        shared = {info.navn for info in self.renderer.shared}
        for number, record in cases:
            caseload = package.Sagsbestand(evaluation_date)
            result = caseload.valider(record)
            for kind in lists:
                for item in result[kind]:
                    self.totals.add(kind, item["bestemmelse"])
            demands = {share["regel"]: share["krav"] for share in caseload.population()}
            rows = [(e["regel"], "tæller" if e["tæller_med"] else "tæller_ikke") for e in result.get(POPULATION, [])]
            rows += [(e["regel"], "datafejl") for e in result[DATA_ERRORS] if e["regel"] in shared]
            for rule, group in rows:
                self.con.execute("INSERT INTO population (sag_nr, id, regel, gruppe, krav) VALUES (?, ?, ?, ?, ?)",
                                 [number, result["id"], rule, group, None if group == "datafejl" else demands[rule]])
            self.con.execute("INSERT INTO python_linjer VALUES (?, ?, ?)",
                             [number, dumped(result), any(result[kind] for kind in lists)])
        self.totals.antal_sager += len(cases)

    # ------------------------------------------------------------ each case's line
    def put_together(self) -> None:
        lists = [*self.renderer.lists, POPULATION]
        entries = (f"SELECT f.sag_nr, t.liste, 0 AS k, f.regel_nr, f.instans, t.tekst FROM fund f JOIN tekster t "
                   f"ON t.h = {self.finding} UNION ALL SELECT p.sag_nr, t.liste, 1, p.regel_nr, 0, t.tekst "
                   "FROM population p JOIN tekster t ON t.h = hash(p.regel, p.gruppe, p.datafejl)")
        aggregates = ", ".join(f"string_agg(tekst, ', ' ORDER BY k, regel_nr, instans) FILTER (WHERE liste = "
                               f"{_text(name)}) AS l{i}" for i, name in enumerate(lists))
        self.con.execute(f"CREATE OR REPLACE TABLE pr_sag AS SELECT sag_nr, {aggregates} FROM ({entries}) "
                         "GROUP BY sag_nr")
        pieces = []
        for i, (key, constant) in enumerate(self.renderer.shape("")):
            if key == "id":
                value = json_text("s.id")
            elif constant is None:
                value = f"'[' || coalesce(a.l{lists.index(key)}, '') || ']'"
            else:
                value = _text(constant)
            pieces.append(f"{_text((', ' if i else '') + dumped(key) + ': ')} || {value}")
        last = f"a.l{len(lists) - 1}"
        population = f"CASE WHEN {last} IS NULL THEN '' ELSE {_text(', ' + dumped(POPULATION) + ': [')} || {last} || ']' END"
        line = "'{' || " + " || ".join(pieces) + f" || {population} || '}}'"
        found = " OR ".join(f"a.l{i} IS NOT NULL" for i in range(len(lists) - 1))
        self.con.execute(f"CREATE OR REPLACE VIEW linjer_ud AS SELECT s._nr AS nr, {line} AS linje, "
                         f"coalesce({found}, false) AS fund FROM {CASES} s LEFT JOIN pr_sag a ON a.sag_nr = s._nr "
                         "UNION ALL SELECT * FROM python_linjer")

    def lines(self) -> Iterator[tuple[int, str, bool]]:
        """(number, result line, whether the result lists anything) of every case, in input order."""
        cursor = self.con.cursor().execute("SELECT nr, linje, fund FROM linjer_ud ORDER BY nr")
        written, total = 0, max(self.totals.antal_sager, 1)
        while batch := cursor.fetchmany(FETCH):
            yield from batch
            written += len(batch)
            if self.engine.progress is not None:
                self.engine.progress(SHARE[0] + (SHARE[1] - SHARE[0]) * written / total, written)

    def invalid(self) -> Iterator[tuple[int, dict]]:
        """(number, description) of every invalid record, in input order."""
        cursor = self.con.cursor().execute("SELECT nr, beskrivelse FROM ugyldige ORDER BY nr")
        while batch := cursor.fetchmany(FETCH):
            for number, text in batch:
                yield number, json.loads(text)

    # ------------------------------------------------------------ the population rules' shares
    def shares(self) -> list[dict]:
        groups: dict[str, dict] = {}
        for rule, group, count, ids in self.con.execute(
                "SELECT regel, gruppe, count(*), min_by(id, sag_nr, ?) FROM population GROUP BY ALL",
                [self.renderer.rt.MAKS_SAGSLISTE]).fetchall():
            groups.setdefault(rule, {})[group] = (count, ids)
        demands = dict(self.con.execute("SELECT regel, arg_max(krav, sag_nr) FROM population WHERE gruppe <> "
                                        "'datafejl' GROUP BY regel").fetchall())
        return self.renderer.population(groups, demands)


def json_text(column: str) -> str:
    """The SQL of `json.dumps(text, ensure_ascii=False)`: quotes and backslashes escaped, control
    characters as Python writes them (\\n, \\u001f, …); only a text that has one is rewritten."""
    escaped = f"replace(replace({column}, '\\', '\\\\'), '\"', '\\\"')"
    for code in range(32):
        escaped = f"replace({escaped}, chr({code}), {_text(json.dumps(chr(code))[1:-1])})"
    return (f"CASE WHEN regexp_matches({column}, '[\\x00-\\x1f\"\\\\]') THEN '\"' || {escaped} || '\"' "
            f"ELSE '\"' || {column} || '\"' END")


def _text(value: str) -> str:
    return exp.Literal.string(value).sql("duckdb")
