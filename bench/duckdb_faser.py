"""Where `regel valider --motor duckdb` spends its time: each step of one run, wall-clock and CPU time
(this process and its worker processes), on a caseload you give (JSON Lines, Parquet, …).

    .venv/bin/python bench/duckdb_faser.py SAGER.parquet [--dato 2024-05-01]

The steps are the run's own methods, timed where they are called (nothing here redoes their work):
reading (inputs.read), judging (Engine.judge: the findings, then the population rows), rendering each
distinct finding (Results.render_findings, in a thread of its own: its time overlaps the steps that
follow it, up to and with put_together), listing each case's entries (Results.put_together) and
making the result lines (Results.text, to nowhere). "i alt" is the run's own time. Make a caseload with bench/lav_sagsbestand.py and,
for Parquet, as bench/sql.py does.
"""

from __future__ import annotations

import argparse
import datetime
import functools
import resource
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from compiler import examples  # noqa: E402
from compiler.engines import duckdb, results, valider  # noqa: E402

STEPS = [(valider, "read", "læsning"), (duckdb.Engine, "keep_findings", "reglerne (fund)"),
         (duckdb.Engine, "judge", "reglerne i alt (fund og population)"),
         (results.Results, "render_findings", "fundene gengivet"), (results.Results, "put_together", "sagernes poster")]


def cpu() -> float:
    own, workers = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + workers.ru_utime + workers.ru_stime


def timed(function, label: str, table: list):
    @functools.wraps(function)
    def wrapper(*args, **kwargs):
        wall, used = time.perf_counter(), cpu()
        try:
            return function(*args, **kwargs)
        finally:
            table.append((label, time.perf_counter() - wall, cpu() - used))
    return wrapper


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("sager", type=Path)
    parser.add_argument("--dato", type=datetime.date.fromisoformat, default=datetime.date(2024, 5, 1))
    args = parser.parse_args()
    table: list[tuple[str, float, float]] = []
    for owner, name, label in STEPS:
        setattr(owner, name, timed(getattr(owner, name), label, table))
    package = examples.import_package(ROOT / "generated" / "python")
    start, used = time.perf_counter(), cpu()
    run = valider.Run(package, ROOT / "generated" / "sql", args.sager, args.dato)
    lines = time.perf_counter(), cpu()
    size = sum(len(chunk) for chunk in run.text(b"\n"))
    table.append(("resultatlinjerne", time.perf_counter() - lines[0], cpu() - lines[1]))
    run.close()
    table.append(("i alt", time.perf_counter() - start, cpu() - used))
    print(f"{args.sager}: {run.results.totals.antal_sager} sager, {size / 1e6:.0f} MB resultatlinjer\n")
    print("| trin | tid (s) | CPU (s) |\n|---|---:|---:|")
    for label, wall, spent in table:
        print(f"| {label} | {wall:.2f} | {spent:.2f} |")


if __name__ == "__main__":
    main()
