"""Alle målinger i én kørsel; resultaterne skrives i bench/RESULTS.md.

    .venv/bin/python bench/koer_benchmarks.py            # 10k, 100k og 1M sager
    .venv/bin/python bench/koer_benchmarks.py --hurtig   # 10k og 100k (et par minutter)

1. Gennemløb: den genererede validator mod den håndskrevne (bench/haandskrevet.py) på
   samme JSON Lines-fil, skiftevis A B A B, i hver sin proces; medianer og forholdet
   parvis.
2. Skalering: `regel valider FIL --format jsonl` på 10k, 100k og 1M sager: tid og den
   største hukommelse (RSS) for hele processen.
3. Oversættelse: indlæsning, tjek og Python-generering af rules/ og af syntetiske
   regelsæt 10 og 100 gange så store.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import re
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "bench" / "out"
DATO = "2024-05-01"
sys.path.insert(0, str(ROOT))

from compiler import pipeline, pyback  # noqa: E402


def caseload(antal: int) -> Path:
    sti = OUT / f"sager_{antal}.jsonl"
    if not sti.exists():
        OUT.mkdir(parents=True, exist_ok=True)
        subprocess.run([sys.executable, str(ROOT / "bench" / "lav_sagsbestand.py"), "--antal", str(antal),
                        "--ud", str(sti)], check=True)
    return sti


def run_validator(which: str, sti: Path) -> dict:
    result = subprocess.run([sys.executable, str(ROOT / "bench" / "koer_validator.py"), which, str(sti), DATO],
                            capture_output=True, text=True, check=True)
    return json.loads(result.stdout)


def throughput(antal: int, gentagelser: int) -> dict:
    sti = caseload(antal)
    run_validator("genereret", sti)  # opvarmning (filen i sidecachen)
    generated, hand, ratios = [], [], []
    for _ in range(gentagelser):
        a = run_validator("genereret", sti)["sekunder"]
        b = run_validator("haandskrevet", sti)["sekunder"]
        generated.append(a)
        hand.append(b)
        ratios.append(a / b)
    return {"antal": antal, "genereret": statistics.median(generated), "haandskrevet": statistics.median(hand),
            "forhold": statistics.median(ratios), "forhold_min": min(ratios), "forhold_max": max(ratios)}


def scaling(antal: int) -> dict:
    sti = caseload(antal)
    command = [sys.executable, "-m", "compiler", "valider", str(sti), "--dato", DATO, "--format", "jsonl"]
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    start = time.perf_counter()
    with open(os.devnull, "w") as devnull:
        subprocess.run(command, stdout=devnull, stderr=subprocess.DEVNULL, cwd=ROOT)
    seconds = time.perf_counter() - start
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return {"antal": antal, "sekunder": seconds, "maks_mib": max(peak, before) / 1024, "pr_sag_us": 1e6 * seconds / antal}


def synthetic_rules(faktor: int, folder: Path) -> None:
    """rules/ with every rule file repeated `faktor` times under new rule names."""
    shared = {"datamodel.regel", "kilder.regel", "bestemmelser.regel", "definitioner.regel"}
    names = [*pipeline.load([ROOT / "rules"]).program.rules, *pipeline.load([ROOT / "rules"]).program.exceptions]
    pattern = re.compile(r"(?<![\w])(" + "|".join(sorted(map(re.escape, names), key=len, reverse=True)) + r")(?![\w])")
    for path in sorted((ROOT / "rules").glob("*.regel")):
        text = path.read_text(encoding="utf-8")
        if path.name in shared:
            (folder / path.name).write_text(text, encoding="utf-8")
            continue
        for kopi in range(faktor):
            renamed = pattern.sub(lambda m: f"{m.group(1)}_{kopi}", text)
            (folder / f"{path.stem}_{kopi}.regel").write_text(renamed, encoding="utf-8")


def compile_time(faktor: int, gentagelser: int = 3) -> dict:
    with tempfile.TemporaryDirectory() as folder:
        synthetic_rules(faktor, Path(folder))
        lines = sum(len(p.read_text(encoding="utf-8").splitlines()) for p in Path(folder).glob("*.regel"))
        times = []
        for _ in range(gentagelser):
            start = time.perf_counter()
            loaded = pipeline.load([Path(folder)])
            assert loaded.ok, loaded.render()[:3]
            pyback.generate(loaded.program)
            times.append(time.perf_counter() - start)
    return {"faktor": faktor, "linjer": lines, "regler": len(loaded.program.rules) + len(loaded.program.exceptions),
            "sekunder": statistics.median(times)}


def write_results(throughput_rows, scaling_rows, compile_rows, command: str) -> None:
    lines = [
        "# Målinger", "",
        f"Maskine: {os.cpu_count()} kerner, Python {platform.python_version()}, {platform.machine()}. "
        "Maskinerne er delte og støjende: sammenlign forhold målt i samme kørsel, ikke absolutte tider.", "",
        f"Kør igen: `{command}` (data laves deterministisk i bench/out/).", "",
        "## Genereret mod håndskrevet validator (ende til ende fra JSON Lines)", "",
        "Samme fil, skiftevis i hver sin proces; tid for læsning, JSON, validering og fokusmål.", "",
        "| sager | genereret (s, median) | håndskrevet (s, median) | forhold (median) | forhold min–maks |",
        "|---:|---:|---:|---:|---:|",
    ]
    for row in throughput_rows:
        lines.append(f"| {row['antal']:,} | {row['genereret']:.2f} | {row['haandskrevet']:.2f} | "
                     f"{row['forhold']:.2f} | {row['forhold_min']:.2f}–{row['forhold_max']:.2f} |".replace(",", "."))
    lines += ["", "## Skalering af `regel valider --format jsonl`", "",
              "| sager | tid (s) | µs pr. sag | største RSS (MiB) |", "|---:|---:|---:|---:|"]
    for row in scaling_rows:
        lines.append(f"| {row['antal']:,} | {row['sekunder']:.1f} | {row['pr_sag_us']:.0f} | {row['maks_mib']:.0f} |"
                     .replace(",", "."))
    lines += ["", "## Oversættelse (indlæs, tjek, generér Python)", "",
              "| regelsæt | linjer | regler | tid (s) | ms pr. 1000 linjer |", "|---:|---:|---:|---:|---:|"]
    for row in compile_rows:
        lines.append(f"| rules/ × {row['faktor']} | {row['linjer']} | {row['regler']} | {row['sekunder']:.2f} | "
                     f"{1000 * row['sekunder'] / row['linjer'] * 1000:.0f} |")
    (ROOT / "bench" / "RESULTS.md").write_text("\n".join(lines) + "\n", encoding="utf-8")


def main() -> None:
    parser = argparse.ArgumentParser(description="Kør målingerne og skriv bench/RESULTS.md.")
    parser.add_argument("--hurtig", action="store_true", help="spring 1M sager over")
    parser.add_argument("--gentagelser", type=int, default=5)
    args = parser.parse_args()
    sizes = [10_000, 100_000] if args.hurtig else [10_000, 100_000, 1_000_000]
    throughput_rows = [throughput(100_000, args.gentagelser)]
    print(throughput_rows[-1], flush=True)
    scaling_rows = []
    for size in sizes:
        scaling_rows.append(scaling(size))
        print(scaling_rows[-1], flush=True)
    compile_rows = []
    for faktor in (1, 10, 100):
        compile_rows.append(compile_time(faktor))
        print(compile_rows[-1], flush=True)
    command = "make bench" if not args.hurtig else ".venv/bin/python bench/koer_benchmarks.py --hurtig"
    write_results(throughput_rows, scaling_rows, compile_rows, command)


if __name__ == "__main__":
    main()
