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
        self.lists = [*self.renderer.lists, POPULATION]  # an entry's list, by its number in the SQL
        key = (*FINDING_KEY, *engine.fact_columns())
        self.key = ", ".join(key)
        self.finding = "hash({" + ", ".join(f"{_text(c)}: {c}" for c in key) + "})"
        self.check = "hash({" + ", ".join(f"{_text(c)}: {c}" for c in reversed(key)) + "})"
        self.totals = Totals(antal_ugyldige=loaded.invalid)
        self.texts: list[str] = []
        self.con.execute("CREATE OR REPLACE TABLE tekster (h UBIGINT, nr INTEGER, liste TINYINT)")
        self.render_findings()
        self.render_population()
        self.con.execute("CREATE OR REPLACE TABLE alle_tekster AS SELECT ?::VARCHAR[] AS t", [self.texts])
        self.texts = []
        self.python_lines = self.judge_in_python(package, loaded.in_python, evaluation_date)
        self.put_together()
        self.totals.antal_sager += self.con.execute(f"SELECT count(*) FROM {CASES}").fetchone()[0]
        self.population = self.shares()

    # ------------------------------------------------------------ the entries, each rendered once
    def render_findings(self) -> None:
        # A finding's hash stands for it below; a second hash of it, the columns the other way round,
        # would tell two findings with the same hash apart.
        columns = ", ".join(f"any_value({c}) AS {c}" for c in self.key.split(", "))
        cursor = self.con.execute(f"SELECT h, count(*) AS n, min(h2) = max(h2) AS ens, {columns} FROM (SELECT "
                                  f"{self.finding} AS h, {self.check} AS h2, {self.key} FROM fund) GROUP BY h")
        names = [d[0] for d in cursor.description]
        rendered = []
        while batch := cursor.fetchmany(FETCH):
            for values in batch:
                row = dict(zip(names, values))
                if not row["ens"]:
                    raise RuntimeError("to forskellige fund fik samme hash i DuckDB")
                entry = self.renderer.entry(row)
                if entry is not None:
                    self.totals.add(entry[0], entry[2], row["n"])
                    rendered.append((row["h"], entry[0], entry[1]))
        self.keep(rendered)

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
        self.keep(rendered)

    def keep(self, rendered: list[tuple[int, str, str]]) -> None:
        """The entries' texts in `alle_tekster` (by number), their hash, number and list in `tekster`."""
        for start in range(0, len(rendered), BATCH):
            part = rendered[start:start + BATCH]
            first = len(self.texts)
            self.texts += [text for _h, _kind, text in part]
            self.con.execute("INSERT INTO tekster SELECT unnest(?), unnest(?), unnest(?)", [
                [h for h, _kind, _text in part], list(range(first + 1, first + 1 + len(part))),
                [self.lists.index(kind) for _h, kind, _text in part]])

    # ------------------------------------------------------------ the cases the package judges
    def judge_in_python(self, package, cases: list[tuple[int, dict]], evaluation_date: datetime.date
                        ) -> list[tuple[int, str, bool]]:
        """Their result lines, and their rows of `population` for the shares (each with the demand it met)."""
        lists, lines = self.renderer.lists, []
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
            lines.append((number, dumped(result), any(result[kind] for kind in lists)))
        self.totals.antal_sager += len(cases)
        return lines

    # ------------------------------------------------------------ each case's line
    def put_together(self) -> None:
        """pr_sag: each case's entries (number in alle_tekster, list), sorted as the Python path lists them."""
        entry = "{'k': k, 'r': regel_nr, 'i': instans, 'n': t.nr, 'l': t.liste}"
        self.con.execute(
            f"CREATE OR REPLACE TABLE pr_sag AS SELECT sag_nr, list_sort(list({entry})) AS e FROM ("
            f"SELECT f.sag_nr, 0 AS k, f.regel_nr, f.instans, {self.finding} AS h FROM fund f "
            "UNION ALL SELECT sag_nr, 1, regel_nr, 0, hash(regel, gruppe, datafejl) FROM population) "
            "JOIN tekster t USING (h) GROUP BY sag_nr")

    def line(self) -> str:
        """The SQL of a case's line, from its id (`id`), entries (`e`) and the texts (`t`)."""
        def entries(number: int) -> str:
            numbers = f"list_transform(list_filter(e, lambda x: x.l = {number}), lambda x: x.n)"
            return f"array_to_string(list_select(t, {numbers}), ', ')"

        pieces = []
        for i, (key, constant) in enumerate(self.renderer.shape("")):
            if key == "id":
                value = json_text("id")
            elif constant is None:
                value = f"'[' || {entries(self.lists.index(key))} || ']'"
            else:
                value = _text(constant)
            pieces.append(f"{_text((', ' if i else '') + dumped(key) + ': ')} || {value}")
        population = self.lists.index(POPULATION)
        pieces.append(f"CASE WHEN list_bool_or(list_transform(e, lambda x: x.l = {population})) THEN "
                      f"{_text(', ' + dumped(POPULATION) + ': [')} || {entries(population)} || ']' ELSE '' END")
        return "'{' || " + " || ".join(pieces) + " || '}'"

    def lines(self) -> Iterator[tuple[int, str, bool]]:
        """(number, result line, whether the result lists anything) of every case, in input order."""
        found = f"coalesce(list_bool_or(list_transform(e, lambda x: x.l < {self.lists.index(POPULATION)})), false)"
        cursor = self.con.cursor().execute(
            f"SELECT nr, {self.line()}, {found} FROM (SELECT s._nr AS nr, s.id, coalesce(a.e, []) AS e FROM {CASES} s "
            "LEFT JOIN pr_sag a ON a.sag_nr = s._nr ORDER BY nr) CROSS JOIN alle_tekster")
        written, total, last = 0, max(self.totals.antal_sager, 1), 0
        python = iter(self.python_lines)
        waiting = next(python, None)
        while batch := cursor.fetchmany(FETCH):
            for number, line, listed in batch:
                if number <= last:  # the order of a sorted subquery through a projection and a one-row join
                    raise RuntimeError(f"DuckDB gav sag nr. {number} efter nr. {last}")
                while waiting is not None and waiting[0] < number:
                    yield waiting
                    waiting = next(python, None)
                last = number
                yield number, line, listed
            written += len(batch)
            if self.engine.progress is not None:
                self.engine.progress(SHARE[0] + (SHARE[1] - SHARE[0]) * written / total, written)
        while waiting is not None:
            yield waiting
            waiting = next(python, None)

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
