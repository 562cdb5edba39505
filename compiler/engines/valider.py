"""`regel valider --motor duckdb` as one run: read (inputs.py), judge (duckdb.py), put together (results.py)."""

from __future__ import annotations

import datetime
import heapq
import json
from pathlib import Path
from typing import Iterator, Optional, Union

from .duckdb import CASES, Engine, Progress
from .inputs import Loaded, read, spooled_stdin, text_literal
from .results import Results

JUDGING = (0.25, 0.8)  # of the progress line


class Run:
    """The results of the caseload in `path` ("-": standard input) on `evaluation_date`."""

    def __init__(self, package, sql_dir: Path, path: Union[Path, str], evaluation_date: datetime.date,
                 progress: Optional[Progress] = None):
        self.engine = Engine(sql_dir, progress=progress)
        try:
            source = spooled_stdin(self.engine) if str(path) == "-" else Path(path)
            self.loaded = read(self.engine, package, source)
            self.engine.judge(evaluation_date, JUDGING)
            self.results = Results(self.engine, package, self.loaded, evaluation_date)
        except BaseException:
            self.engine.close()
            raise

    def items(self) -> Iterator[tuple[int, Optional[str], bool, Optional[dict]]]:
        """(number, result line, whether it lists anything, None) for each case and (number, None, False,
        description) for each invalid record, in input order."""
        cases = ((number, line, found, None) for number, line, found in self.results.lines())
        invalid = ((number, None, False, problem) for number, problem in self.results.invalid())
        return heapq.merge(cases, invalid, key=lambda item: item[0])

    def text(self, separator: bytes) -> Iterator[bytes]:
        """The result lines of the cases in input order, `separator` between them, in UTF-8, a chunk at a time."""
        return self.results.text(separator)

    def invalid(self) -> Iterator[dict]:
        """The description of each invalid record, in input order."""
        return (problem for _number, problem in self.results.invalid())

    def close(self) -> None:
        self.engine.close()


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
        columns = ", ".join(f"{text_literal(n)}: {text_literal(str(t))}" for n, t in engine.layout.items())
        engine.con.execute(f"CREATE TABLE {CASES} AS SELECT * FROM read_json({text_literal(str(path))}, "
                           f"format = 'newline_delimited', columns = {{{columns}}})")
        first = min((day for _case, day in cases), default=datetime.date.today())
        engine.judge(first)
        results = Results(engine, package, Loaded(), first)
        return [json.loads(line) for _number, line, _found in results.lines()]
    finally:
        engine.close()
