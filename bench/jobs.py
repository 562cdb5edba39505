"""`regel valider --jobs`: ét job mod alle kerner på samme sagsbestand, i samme kørsel;
resultatet skrives i bench/JOBS.md.

    .venv/bin/python bench/jobs.py [--antal 100000] [--runder 5] [--jobs N]

Sagsbestanden laves af bench/lav_sagsbestand.py (med dens 1 % ugyldige poster), og
validatorerne bygges fra rules/ (bench/out/pakke). Hver runde kører `regel valider FIL
--format jsonl` med `--jobs 1` og med `--jobs N` (standard: alle kerner) lige efter
hinanden, skiftevis først og sidst, så støj på en delt maskine rammer begge; hver kørsel er
hele processen (opstart, læsning, vurdering, uddata til en fil). Forholdet regnes pr. runde,
og medianen er tallet; uddata fra de to skal være ens byte for byte i hver runde.
"""

from __future__ import annotations

import argparse
import datetime
import hashlib
import os
import platform
import statistics
import sys
from pathlib import Path

BENCH = Path(__file__).resolve().parent
sys.path.insert(0, str(BENCH))
import koer_benchmarks as kb  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description="Mål regel valider --jobs og skriv bench/JOBS.md.")
    parser.add_argument("--antal", type=int, default=100_000)
    parser.add_argument("--runder", type=int, default=5)
    parser.add_argument("--jobs", type=int, default=len(os.sched_getaffinity(0)))
    args = parser.parse_args()
    kb.OUT.mkdir(parents=True, exist_ok=True)
    kb.byg_pakke()
    sti = kb.sagsbestand(args.antal)
    maalinger: dict[int, list[tuple[float, float, float]]] = {1: [], args.jobs: []}
    for runde in range(args.runder):
        digests = set()
        for jobs in (1, args.jobs) if runde % 2 == 0 else (args.jobs, 1):
            uddata = kb.OUT / f"jobs_{jobs}.jsonl"
            kommando = [sys.executable, "-m", "compiler", "valider", str(sti), "--dato", kb.DATO, "--format", "jsonl",
                        "--pakke", str(kb.PAKKE), "--jobs", str(jobs)]
            _tekst, sekunder, mib, cpu = kb.proces(kommando, str(uddata))
            maalinger[jobs].append((sekunder, mib, cpu))
            digests.add(hashlib.sha256(uddata.read_bytes()).hexdigest())
            uddata.unlink()
            print(f"runde {runde + 1}: --jobs {jobs}: {sekunder:.1f} s, {cpu:.1f} CPU-s, {mib:.0f} MiB", flush=True)
        if len(digests) != 1:
            sys.exit(f"uddata med --jobs 1 og --jobs {args.jobs} er forskellige")
    skriv(args, maalinger)


def skriv(args, maalinger: dict[int, list[tuple[float, float, float]]]) -> None:
    en, alle = maalinger[1], maalinger[args.jobs]
    forhold = sorted(a[0] / b[0] for a, b in zip(en, alle))
    kommando = "`.venv/bin/python bench/jobs.py" + (f" --antal {args.antal}" if args.antal != 100_000 else "") \
        + (f" --runder {args.runder}" if args.runder != 5 else "") + "`"
    belastning = ", ".join(f"{x:.1f}" for x in os.getloadavg())

    def raekke(navn: str, tider: list[tuple[float, float, float]]) -> str:
        sekunder = statistics.median(t[0] for t in tider)
        return (f"| {navn} | {sekunder:.1f} | {kb._heltal(round(args.antal / sekunder))} | "
                f"{statistics.median(t[2] for t in tider):.1f} | {max(t[1] for t in tider):.0f} |")

    (BENCH / "JOBS.md").write_text("\n".join([
        "# `regel valider --jobs`", "",
        f"Målt {datetime.date.today().isoformat()} på {os.cpu_count()} kerner ({platform.machine()}, delt med andre "
        f"kørsler; belastning {belastning} til sidst), Python {platform.python_version()}. Kør igen: {kommando}. "
        f"{kb._heltal(args.antal)} poster fra `bench/lav_sagsbestand.py`, skæringsdato {kb.DATO}, validatorerne "
        f"bygget fra `rules/`; `regel valider FIL --format jsonl --jobs …`, hele processen, uddata til en fil (ens "
        f"byte for byte i hver runde). {args.runder} runder, skiftevis først og sidst; tallene er medianer.", "",
        "| kørsel | tid (s) | sager/s | CPU-tid (s) | maks. RSS, største proces (MiB) |", "|---|---:|---:|---:|---:|",
        raekke("`--jobs 1`", en), raekke(f"`--jobs {args.jobs}`", alle), "",
        f"Forhold `--jobs 1` / `--jobs {args.jobs}` pr. runde: median {statistics.median(forhold):.2f} "
        f"(min–maks {forhold[0]:.2f}–{forhold[-1]:.2f}).", "",
    ]), encoding="utf-8")


if __name__ == "__main__":
    main()
