"""The engines side by side in one run: `regel valider` with the Python path (one job, and all
cores: the default of --jobs) and with DuckDB, from JSON Lines and from Parquet, and Spark (local)
on Parquet, on synthetic caseloads (bench/lav_sagsbestand.py, 1 % invalid records); time, cases/s
and peak memory of each, and the DuckDB path's output compared with the Python path's, byte for byte.

    .venv/bin/python bench/sql.py [10000 100000 1000000] [--spark 100000]   (writes bench/SQL.md)
    .venv/bin/python bench/sql.py 1000000 --only python1 duckdb-parquet --rounds 3   (the target's pair)

`--only` picks the runs (RUNS; Spark with --spark), `--rounds` measures each run that many times,
alternately first and last (a table row per round, and a row of medians). Each run waits (up to
--wait seconds in all) for a quiet moment, when other processes use under 0.2 of a core, as
bench/jobs.py does, and is written down with the load and the cores others used meanwhile.

The Parquet file holds the valid cases (99 %) in the table layout (generated/sql/README.md), as
DuckDB read them from the JSON Lines; cases/s counts every record of the JSON Lines. Spark judges
into its tables `fund` and `population` (Parquet), which is what `regel spark` does: it writes no
result lines (and its memory is the Python side's: the JVM is not a child that getrusage sees).
Every command writes its output to /dev/null; the output is compared in runs of its own, up to
COMPARED cases.
"""

from __future__ import annotations

import argparse
import datetime
import filecmp
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))
import jobs  # noqa: E402  (its waiting for a quiet moment and the cores others use)

REGEL = str(ROOT / ".venv" / "bin" / "regel")
DAY = "2024-05-01"
TO_PARQUET = """
import sys
from pathlib import Path
from compiler import examples
from compiler.engines import inputs
from compiler.engines.duckdb import CASES, Engine
engine = Engine(Path("generated/sql"))
inputs.read(engine, examples.import_package(Path("generated/python")), Path(sys.argv[1]))
engine.con.execute(f"COPY (SELECT * FROM {CASES} ORDER BY _nr) TO '{sys.argv[2]}' (FORMAT parquet)")
"""
COMPARED = 100_000  # the largest caseload whose output is compared (again the Python path's time)
RUNS = {"python1": "Python, 1 job (JSON Lines)", "python": "Python, alle kerner (JSON Lines)",
        "duckdb-jsonl": "DuckDB (JSON Lines)", "duckdb-parquet": "DuckDB (Parquet)", "spark": "Spark, lokalt (Parquet)"}


def measured(command: list[str], out: str = os.devnull) -> tuple[float, float, float]:
    """Wall time (s), the command's peak resident memory (MiB), measured by a fresh process of its
    own (getrusage of the children is the maximum over every child it had), and the cores other
    processes used meanwhile (the machine's busy time less the command's own CPU time)."""
    probe = ("import resource, subprocess, sys; subprocess.run(sys.argv[2:], stdout=open(sys.argv[1], 'w'), "
             "stderr=subprocess.DEVNULL); r = resource.getrusage(resource.RUSAGE_CHILDREN); "
             "print(r.ru_maxrss, r.ru_utime + r.ru_stime)")
    busy = jobs.optaget()
    start = time.perf_counter()
    done = subprocess.run([sys.executable, "-c", probe, out, *command], cwd=ROOT, capture_output=True, text=True,
                          check=True)
    seconds = time.perf_counter() - start
    peak, cpu = done.stdout.split()[-2:]
    return seconds, int(peak) / 1024, max(jobs.optaget() - busy - float(cpu), 0) / seconds


def main(sizes: list[int], spark_sizes: list[int], only: list[str], rounds: int, wait: float) -> None:
    rows, checks = [], []
    deadline = time.monotonic() + wait
    with tempfile.TemporaryDirectory() as folder:
        for size in sizes:
            jsonl, parquet = Path(folder) / f"sager_{size}.jsonl", Path(folder) / f"sager_{size}.parquet"
            with open(jsonl, "w", encoding="utf-8") as out:
                subprocess.run([sys.executable, "bench/lav_sagsbestand.py", "--antal", str(size)], cwd=ROOT,
                               stdout=out, check=True)
            subprocess.run([sys.executable, "-c", TO_PARQUET, str(jsonl), str(parquet)], cwd=ROOT, check=True)
            valider = [REGEL, "valider", "--dato", DAY, "--format", "jsonl"]
            commands = {
                "python1": [*valider, str(jsonl), "--jobs", "1"],
                "python": [*valider, str(jsonl)],
                "duckdb-jsonl": [*valider, str(jsonl), "--motor", "duckdb"],
                "duckdb-parquet": [*valider, str(parquet), "--motor", "duckdb"],
            }
            if size in spark_sizes:
                commands["spark"] = [REGEL, "spark", str(parquet), str(Path(folder) / f"ud_{size}"), "--dato", DAY,
                                     "--master", "local[2]"]
            commands = {key: command for key, command in commands.items() if not only or key in only}
            times: dict[str, list[float]] = {key: [] for key in commands}
            for round_ in range(rounds):
                for key in (list(commands) if round_ % 2 == 0 else list(reversed(commands))):
                    jobs.vent_paa_stilhed(deadline)
                    load = os.getloadavg()[0]  # other work on the machine, as the run begins
                    seconds, peak, others = measured(commands[key])
                    times[key].append(seconds)
                    rows.append((size, f"{RUNS[key]}, runde {round_ + 1}" if rounds > 1 else RUNS[key], seconds,
                                 peak, load, others))
                    print(f"{size:>9} {rows[-1][1]:<44} {seconds:8.1f} s {size / seconds:9.0f} sager/s {peak:7.0f} "
                          f"MiB  belastning {load:.1f}, andre {others:.2f} kerner", flush=True)
            if rounds > 1:
                rows += [(size, f"{RUNS[key]}, median", statistics.median(times[key]), None, None, None)
                         for key in commands]
            if size <= COMPARED and {"python1", "duckdb-jsonl"} <= set(commands):
                checks.append((size, same_output(folder, jsonl, valider)))
    write(rows, checks, sizes, spark_sizes, only, rounds)


def same_output(folder: str, jsonl: Path, valider: list[str]) -> bool:
    """The DuckDB path's output is the Python path's, byte for byte."""
    python, duck = Path(folder) / "python.out", Path(folder) / "duckdb.out"
    measured([*valider, str(jsonl), "--jobs", "1"], str(python))
    measured([*valider, str(jsonl), "--motor", "duckdb"], str(duck))
    return filecmp.cmp(python, duck, shallow=False)


def write(rows, checks, sizes, spark_sizes, only, rounds) -> None:
    rerun = " ".join(map(str, sizes)) + (f" --spark {' '.join(map(str, spark_sizes))}" if spark_sizes else "") + \
        (f" --only {' '.join(only)}" if only else "") + (f" --rounds {rounds}" if rounds > 1 else "")
    lines = ["# Motorerne: Python og DuckDB (og Spark)", "",
             f"Målt {datetime.date.today().isoformat()} på projektets maskine ({os.cpu_count()} kerner, delt med "
             f"andre kørsler; Python {platform.python_version()}), skæringsdato {DAY}, `--format jsonl` til "
             "/dev/null. Genkør med:", "",
             f"    .venv/bin/python bench/sql.py {rerun}", "",
             "| sager | motor | tid (s) | sager/s | maks. hukommelse (MiB) | × Python, 1 job | belastning | andre (kerner) |",
             "|---:|---|---:|---:|---:|---:|---:|---:|"]
    python = {size: seconds for size, name, seconds, *_rest in rows if name.startswith(RUNS["python1"])
              and (rounds == 1 or name.endswith("median"))}

    def number(value, form: str) -> str:
        return "" if value is None else format(value, form)

    lines += [f"| {size} | {name} | {seconds:.1f} | {size / seconds:.0f} | {number(peak, '.0f')} | "
              f"{number(python[size] / seconds if size in python else None, '.1f')} | {number(load, '.1f')} | "
              f"{number(others, '.2f')} |" for size, name, seconds, peak, load, others in rows]
    lines += ["", "Belastning: maskinens load average (gennemsnit over det seneste minut, målingens egne "
              "foregående kørsler medregnet) ved kørslens start; over 2 deler kørslen de 2 kerner med andre. "
              "Andre: de kerner, andre processer brugte i gennemsnit under kørslen (/proc/stat minus kørslens "
              "egen CPU-tid); Linux deler CPU-tiden mellem sessioner, så kørslen får mindre end 2 kerner, når "
              "det er over 0."]
    if checks:
        lines += ["", "Samme uddata som Python-stien, byte for byte (`--motor duckdb` på JSON Lines): "
                  + ", ".join(f"{size}: {'ja' if same else 'NEJ'}" for size, same in checks) + "."]
    (ROOT / "bench" / "SQL.md").write_text("\n".join(lines) + "\n", encoding="utf-8")


if __name__ == "__main__":
    parser = argparse.ArgumentParser()
    parser.add_argument("sizes", nargs="*", type=int, default=[10_000, 100_000])
    parser.add_argument("--spark", nargs="*", type=int, default=[], help="the sizes Spark judges too")
    parser.add_argument("--only", nargs="*", choices=list(RUNS), default=[], help="only these runs")
    parser.add_argument("--rounds", type=int, default=1, help="times each run is measured")
    parser.add_argument("--wait", type=float, default=1800, help="seconds to wait for quiet moments in all")
    args = parser.parse_args()
    main(args.sizes, args.spark, args.only, args.rounds, args.wait)
