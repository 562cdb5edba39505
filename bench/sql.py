"""The SQL engines side by side in one run: `regel valider` with the Python path (one job) and
with DuckDB (JSON Lines), and DuckDB judging cases already in Parquet (the SQL alone), on
synthetic caseloads (bench/lav_sagsbestand.py); time, cases/s and peak memory of each.

    .venv/bin/python bench/sql.py [10000 100000 1000000]   (writes bench/SQL.md)
"""

from __future__ import annotations

import datetime
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
REGEL = str(ROOT / ".venv" / "bin" / "regel")
DAY = "2024-05-01"
PARQUET_JUDGE = """
import sys, datetime
from pathlib import Path
from compiler.engines.duckdb import Engine
engine = Engine(Path("generated/sql"))
engine.con.execute("CREATE TABLE sager AS SELECT * FROM read_parquet(?)", [sys.argv[1]])
engine.judge(datetime.date.fromisoformat(sys.argv[2]))
print(engine.con.execute("SELECT count(*) FROM fund").fetchone()[0])
"""


def measured(command: list[str]) -> tuple[float, float]:
    """Wall time (s) and the command's peak resident memory (MiB), measured by a fresh process
    of its own (getrusage of the children is the maximum over every child it had)."""
    probe = ("import resource, subprocess, sys; subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, "
             "stderr=subprocess.DEVNULL); print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)")
    start = time.perf_counter()
    done = subprocess.run([sys.executable, "-c", probe, *command], cwd=ROOT, capture_output=True, text=True,
                          check=True)
    return time.perf_counter() - start, int(done.stdout.split()[-1]) / 1024


def main(sizes: list[int]) -> None:
    rows = []
    with tempfile.TemporaryDirectory() as folder:
        for size in sizes:
            jsonl = Path(folder) / f"sager_{size}.jsonl"
            with open(jsonl, "w", encoding="utf-8") as out:
                subprocess.run([sys.executable, "bench/lav_sagsbestand.py", "--antal", str(size), "--ugyldige", "0"],
                               cwd=ROOT, stdout=out, check=True)
            parquet = Path(folder) / f"sager_{size}.parquet"
            subprocess.run([sys.executable, "-c", (
                "import duckdb,sys; c=duckdb.connect(); "
                "from compiler.engines.duckdb import Engine; from pathlib import Path; e=Engine(Path('generated/sql'));"
                "e.load_json_lines(sys.argv[1]); e.con.execute(f\"COPY sager TO '{sys.argv[2]}' (FORMAT parquet)\")"),
                str(_numbered(jsonl)), str(parquet)], cwd=ROOT, check=True)
            runs = {
                "Python, 1 job (JSON Lines)": [REGEL, "valider", str(jsonl), "--dato", DAY, "--format", "jsonl",
                                               "--jobs", "1"],
                "Python, alle kerner (JSON Lines)": [REGEL, "valider", str(jsonl), "--dato", DAY, "--format", "jsonl"],
                "DuckDB (JSON Lines, regel valider)": [REGEL, "valider", str(jsonl), "--dato", DAY, "--format",
                                                       "jsonl", "--motor", "duckdb"],
                "DuckDB (Parquet, kun SQL'en)": [sys.executable, "-c", PARQUET_JUDGE, str(parquet), DAY],
            }
            for name, command in runs.items():
                seconds, peak = measured(command)
                rows.append((size, name, seconds, size / seconds, peak))
                print(f"{size:>9} {name:<38} {seconds:8.1f} s {size / seconds:10.0f} sager/s {peak:8.0f} MiB",
                      flush=True)
    write(rows, sizes)


def _numbered(jsonl: Path) -> Path:
    """The records with `_nr` (the table layout), for the Parquet file."""
    import json
    target = jsonl.with_suffix(".nr.jsonl")
    with open(jsonl, encoding="utf-8") as source, open(target, "w", encoding="utf-8") as out:
        for number, line in enumerate(source, start=1):
            out.write(json.dumps({**json.loads(line), "_nr": number}, ensure_ascii=False) + "\n")
    return target


def write(rows, sizes) -> None:
    lines = ["# SQL-motorerne: Python, DuckDB", "",
             f"Målt {datetime.date.today().isoformat()} på projektets maskine (2 kerner, delt med andre kørsler), "
             "skæringsdato " + DAY + ". Genkør med:", "",
             f"    .venv/bin/python bench/sql.py {' '.join(map(str, sizes))}", "",
             "| sager | motor | tid (s) | sager/s | maks. hukommelse (MiB) |", "|---:|---|---:|---:|---:|"]
    lines += [f"| {size} | {name} | {seconds:.1f} | {rate:.0f} | {peak:.0f} |"
              for size, name, seconds, rate, peak in rows]
    (ROOT / "bench" / "SQL.md").write_text("\n".join(lines) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main([int(a) for a in sys.argv[1:]] or [10_000, 100_000])
