"""`regel valider --jobs`: ét job mod alle kerner på samme sagsbestand, i samme kørsel;
resultatet skrives i bench/JOBS.md.

    .venv/bin/python bench/jobs.py [--antal 100000] [--runder 5] [--vent 1800] [--jobs N]

Sagsbestanden laves af bench/lav_sagsbestand.py (med dens 1 % ugyldige poster), og
validatorerne bygges fra rules/ (bench/out/pakke). Hver runde kører `regel valider FIL
--format jsonl` med `--jobs 1` og med `--jobs N` (standard: alle kerner) lige efter
hinanden, skiftevis først og sidst; hver kørsel er hele processen (opstart, læsning,
vurdering, uddata til en fil), og uddata skal være ens byte for byte.

Maskinen er delt, og Linux fordeler CPU-tiden ligeligt mellem sessioner (autogroup): når
andre sessioner regner, får alle kørslens processer tilsammen kun én sessions andel, og flere
processer kan ikke gøre den hurtigere. Derfor venter hver kørsel (højst --vent sekunder i alt)
på et stille øjeblik, hvor andre processer bruger under 0,2 kerne, og for hver kørsel måles,
hvor mange kerner andre brugte imens (/proc/stat minus kørslens egen CPU-tid). Forholdet regnes
pr. runde; medianen over de stille runder (andre under 0,2 kerne i begge kørsler) er tallet.
"""

from __future__ import annotations

import argparse
import datetime
import hashlib
import os
import platform
import statistics
import sys
import time
from dataclasses import dataclass
from pathlib import Path

BENCH = Path(__file__).resolve().parent
sys.path.insert(0, str(BENCH))
import koer_benchmarks as kb  # noqa: E402

STILLE = 0.2  # kerner, som andre processer højst må bruge, for at en kørsel er målt i stilhed


@dataclass
class Koersel:
    sekunder: float
    mib: float
    cpu: float
    andre: float  # kerner, andre processer brugte i gennemsnit imens


def main() -> None:
    parser = argparse.ArgumentParser(description="Mål regel valider --jobs og skriv bench/JOBS.md.")
    parser.add_argument("--antal", type=int, default=100_000)
    parser.add_argument("--runder", type=int, default=5, help="stille runder, der skal måles")
    parser.add_argument("--vent", type=float, default=1800, help="sekunder at vente på stille øjeblikke i alt")
    parser.add_argument("--jobs", type=int, default=len(os.sched_getaffinity(0)))
    args = parser.parse_args()
    kb.OUT.mkdir(parents=True, exist_ok=True)
    kb.byg_pakke()
    sti = kb.sagsbestand(args.antal)
    runder: list[dict[int, Koersel]] = []
    frist = time.monotonic() + args.vent
    while sum(stille(r) for r in runder) < args.runder and (time.monotonic() < frist or not runder):
        runde: dict[int, Koersel] = {}
        for jobs in (1, args.jobs) if len(runder) % 2 == 0 else (args.jobs, 1):
            vent_paa_stilhed(frist)
            runde[jobs] = koer(sti, jobs)
            k = runde[jobs]
            print(f"runde {len(runder) + 1}: --jobs {jobs}: {k.sekunder:.1f} s, {k.cpu:.1f} CPU-s, {k.mib:.0f} MiB, "
                  f"andre {k.andre:.2f} kerner", flush=True)
        if len({koersel_digest(jobs) for jobs in runde}) != 1:
            sys.exit(f"uddata med --jobs 1 og --jobs {args.jobs} er forskellige")
        runder.append(runde)
    skriv(args, runder)


def koer(sti: Path, jobs: int) -> Koersel:
    kommando = [sys.executable, "-m", "compiler", "valider", str(sti), "--dato", kb.DATO, "--format", "jsonl",
                "--pakke", str(kb.PAKKE), "--jobs", str(jobs)]
    foer = optaget()
    _tekst, sekunder, mib, cpu = kb.proces(kommando, str(kb.OUT / f"jobs_{jobs}.jsonl"))
    return Koersel(sekunder, mib, cpu, max(optaget() - foer - cpu, 0) / sekunder)


def koersel_digest(jobs: int) -> str:
    digest = hashlib.sha256()
    with open(kb.OUT / f"jobs_{jobs}.jsonl", "rb") as fil:  # i bidder: denne proces' hukommelse går videre til kørslerne
        while bid := fil.read(1 << 20):
            digest.update(bid)
    return digest.hexdigest()


def optaget() -> float:
    """CPU-sekunder, maskinen har været optaget (eller taget af værten) siden opstart."""
    with open("/proc/stat", encoding="ascii") as stat:
        felter = [int(x) for x in stat.readline().split()[1:9]]
    return (sum(felter) - felter[3] - felter[4]) / os.sysconf("SC_CLK_TCK")


def vent_paa_stilhed(frist: float) -> None:
    while time.monotonic() < frist:
        foer = optaget()
        time.sleep(2)
        if (optaget() - foer) / 2 < STILLE:
            return


def stille(runde: dict[int, Koersel]) -> bool:
    return all(k.andre < STILLE for k in runde.values())


def skriv(args, runder: list[dict[int, Koersel]]) -> None:
    stille_runder = [r for r in runder if stille(r)]
    maalte = stille_runder or runder
    forhold = sorted(r[1].sekunder / r[args.jobs].sekunder for r in maalte)
    kommando = "`.venv/bin/python bench/jobs.py" + (f" --antal {args.antal}" if args.antal != 100_000 else "") \
        + (f" --runder {args.runder}" if args.runder != 5 else "") + "`"

    def raekke(jobs: int) -> str:
        sekunder = statistics.median(r[jobs].sekunder for r in maalte)
        return (f"| `--jobs {jobs}` | {kb._tal(sekunder, 1)} | {kb._heltal(round(args.antal / sekunder))} | "
                f"{kb._tal(statistics.median(r[jobs].cpu for r in maalte), 1)} | "
                f"{max(r[jobs].mib for r in maalte):.0f} |")

    runde_linjer = [f"| {n} | " + " | ".join(f"{kb._tal(r[j].sekunder, 1)} s (andre {kb._tal(r[j].andre)})"
                                             for j in (1, args.jobs))
                    + f" | {kb._tal(r[1].sekunder / r[args.jobs].sekunder)} |" for n, r in enumerate(runder, start=1)]
    (BENCH / "JOBS.md").write_text("\n".join([
        "# `regel valider --jobs`", "",
        f"Målt {datetime.date.today().isoformat()} på {os.cpu_count()} kerner ({platform.machine()}, delt med andre "
        f"kørsler), Python {platform.python_version()}. Kør igen: {kommando}. {kb._heltal(args.antal)} poster fra "
        f"`bench/lav_sagsbestand.py`, skæringsdato {kb.DATO}, validatorerne bygget fra `rules/`; `regel valider FIL "
        "--format jsonl --jobs …`, hele processen med opstart, uddata til en fil (ens byte for byte i hver runde). "
        "Kørslerne i en runde kommer lige efter hinanden, skiftevis først og sidst.", "",
        f"Tallene er medianer over {len(maalte)} " + ("stille runder (andre processer brugte under "
                                                       f"{kb._tal(STILLE, 1)} kerne i begge kørsler)" if stille_runder
                                                       else "runder; ingen var stille, så forholdet siger her mest "
                                                       "om maskinens belastning") + ".", "",
        "| kørsel | tid (s) | sager/s | CPU-tid i alt (s) | maks. RSS, største proces (MiB) |",
        "|---|---:|---:|---:|---:|", raekke(1), raekke(args.jobs), "",
        f"Forhold `--jobs 1` / `--jobs {args.jobs}`: median {kb._tal(statistics.median(forhold))} "
        f"(min–maks {kb._tal(forhold[0])}–{kb._tal(forhold[-1])}).", "",
        "Alle runder (andre: kerner, som andre processer brugte i gennemsnit under kørslen):", "",
        f"| runde | `--jobs 1` | `--jobs {args.jobs}` | forhold |", "|---:|---|---|---:|", *runde_linjer, "",
    ]), encoding="utf-8")


if __name__ == "__main__":
    main()
