"""The engines side by side in one run: `regel valider` with the Python path (one job, and all
cores: the default of --jobs) and with DuckDB, from JSON Lines and from Parquet, and Spark (local)
on Parquet, on synthetic caseloads (bench/lav_sagsbestand.py, 1 % invalid records); time, cases/s
and peak memory of each, and the DuckDB path's output compared with the Python path's, byte for byte.

    .venv/bin/python bench/sql.py [10000 100000 1000000] [--spark 100000]   (writes bench/SQL.md)

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
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
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


def measured(command: list[str], out: str = os.devnull) -> tuple[float, float]:
    """Wall time (s) and the command's peak resident memory (MiB), measured by a fresh process
    of its own (getrusage of the children is the maximum over every child it had)."""
    probe = ("import resource, subprocess, sys; subprocess.run(sys.argv[2:], stdout=open(sys.argv[1], 'w'), "
             "stderr=subprocess.DEVNULL); print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)")
    start = time.perf_counter()
    done = subprocess.run([sys.executable, "-c", probe, out, *command], cwd=ROOT, capture_output=True, text=True,
                          check=True)
    return time.perf_counter() - start, int(done.stdout.split()[-1]) / 1024


def main(sizes: list[int], spark_sizes: list[int]) -> None:
    rows, checks = [], []
    with tempfile.TemporaryDirectory() as folder:
        for size in sizes:
            jsonl, parquet = Path(folder) / f"sager_{size}.jsonl", Path(folder) / f"sager_{size}.parquet"
            with open(jsonl, "w", encoding="utf-8") as out:
                subprocess.run([sys.executable, "bench/lav_sagsbestand.py", "--antal", str(size)], cwd=ROOT,
                               stdout=out, check=True)
            subprocess.run([sys.executable, "-c", TO_PARQUET, str(jsonl), str(parquet)], cwd=ROOT, check=True)
            valider = [REGEL, "valider", "--dato", DAY, "--format", "jsonl"]
            runs = {
                "Python, 1 job (JSON Lines)": [*valider, str(jsonl), "--jobs", "1"],
                "Python, alle kerner (JSON Lines)": [*valider, str(jsonl)],
                "DuckDB (JSON Lines)": [*valider, str(jsonl), "--motor", "duckdb"],
                "DuckDB (Parquet)": [*valider, str(parquet), "--motor", "duckdb"],
            }
            if size in spark_sizes:
                runs["Spark, lokalt (Parquet)"] = [REGEL, "spark", str(parquet), str(Path(folder) / f"ud_{size}"),
                                                   "--dato", DAY, "--master", "local[2]"]
            python = None
            for name, command in runs.items():
                load = os.getloadavg()[0]  # other work on the machine, as the run begins
                seconds, peak = measured(command)
                python = python or seconds
                rows.append((size, name, seconds, size / seconds, peak, python / seconds, load))
                print(f"{size:>9} {name:<34} {seconds:8.1f} s {size / seconds:9.0f} sager/s {peak:7.0f} MiB "
                      f"{python / seconds:5.1f}x  belastning {load:.1f}", flush=True)
            if size <= COMPARED:
                checks.append((size, same_output(folder, jsonl, valider)))
    write(rows, checks, sizes, spark_sizes)


def same_output(folder: str, jsonl: Path, valider: list[str]) -> bool:
    """The DuckDB path's output is the Python path's, byte for byte."""
    python, duck = Path(folder) / "python.out", Path(folder) / "duckdb.out"
    measured([*valider, str(jsonl), "--jobs", "1"], str(python))
    measured([*valider, str(jsonl), "--motor", "duckdb"], str(duck))
    return filecmp.cmp(python, duck, shallow=False)


def write(rows, checks, sizes, spark_sizes) -> None:
    rerun = " ".join(map(str, sizes)) + (f" --spark {' '.join(map(str, spark_sizes))}" if spark_sizes else "")
    lines = ["# Motorerne: Python og DuckDB (og Spark)", "",
             f"Målt {datetime.date.today().isoformat()} på projektets maskine ({os.cpu_count()} kerner, delt med "
             f"andre kørsler; Python {platform.python_version()}), skæringsdato {DAY}, `--format jsonl` til "
             "/dev/null. Genkør med:", "",
             f"    .venv/bin/python bench/sql.py {rerun}", "",
             "| sager | motor | tid (s) | sager/s | maks. hukommelse (MiB) | × Python, 1 job | belastning |",
             "|---:|---|---:|---:|---:|---:|---:|"]
    lines += [f"| {size} | {name} | {seconds:.1f} | {rate:.0f} | {peak:.0f} | {ratio:.1f} | {load:.1f} |"
              for size, name, seconds, rate, peak, ratio, load in rows]
    lines += ["", "Belastning: maskinens load average (gennemsnit over det seneste minut, målingens egne "
              "foregående kørsler medregnet) ved kørslens start; over 2 deler kørslen de 2 kerner med andre."]
    lines += ["", "Samme uddata som Python-stien, byte for byte (`--motor duckdb` på JSON Lines): "
              + ", ".join(f"{size}: {'ja' if same else 'NEJ'}" for size, same in checks) + "."]
    (ROOT / "bench" / "SQL.md").write_text("\n".join(lines) + "\n", encoding="utf-8")


if __name__ == "__main__":
    parser = argparse.ArgumentParser()
    parser.add_argument("sizes", nargs="*", type=int, default=[10_000, 100_000])
    parser.add_argument("--spark", nargs="*", type=int, default=[], help="the sizes Spark judges too")
    args = parser.parse_args()
    main(args.sizes, args.spark)
