"""Store regelfiler: `regel tjek` på 2, 10 og 50 MB kilde-blokke; afsnit 4 i bench/RESULTS.md.

    make bench-regelfiler                                 # kun denne måling (et par minutter)
    .venv/bin/python bench/store_regelfiler.py --mb 2 10  # andre størrelser (skriver ikke RESULTS.md)

Hver fil består af kilde-blokke, enten som i rules/kilder.regel (titel, dato, adresse og
dokument over fire linjer) eller én linje pr. blok (`kilde k123 "Kilde nummer 123"`, som i
fejlrapporten, issue 10). Hver måling er én `python -m compiler tjek FIL` i sin egen
proces: vægurstid, CPU-tid (bruger + system, også for underprocesser) og største RSS.
Filerne laves deterministisk i bench/out/.
"""

from __future__ import annotations

import argparse
import os
import platform
import re
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BENCH = ROOT / "bench"
OUT = BENCH / "out"
RESULTS = BENCH / "RESULTS.md"
HEADING = "## 4. Store regelfiler"
MB = 1_000_000


def fuld_blok(nummer: int) -> str:
    return (f'kilde kilde_{nummer:07d} "Aftale om en forenklet beskæftigelsesindsats, del {nummer}"\n'
            f"  dato {nummer % 28 + 1}. august 2018\n"
            f'  adresse "https://bm.dk/kilder/{nummer}"\n'
            f'  dokument "kilde_{nummer:07d}.txt"\n\n')


def kort_blok(nummer: int) -> str:
    return f'kilde k{nummer} "Kilde nummer {nummer}"\n'


FORMER = {"fire linjer": fuld_blok, "én linje": kort_blok}


def regelfil(form: str, megabytes: int) -> tuple[Path, int]:
    """Filen med kilde-blokke af formen, så mange at den fylder `megabytes` MB; (sti, antal blokke)."""
    lav = FORMER[form]
    sti = OUT / f"kilder_{'fuld' if lav is fuld_blok else 'kort'}_{megabytes}mb.regel"
    blokke, stoerrelse, dele = 0, 0, []
    while stoerrelse < megabytes * MB:
        blok = lav(blokke)
        dele.append(blok)
        stoerrelse += len(blok.encode("utf-8"))
        blokke += 1
    if not sti.exists() or sti.stat().st_size != stoerrelse:
        midlertidig = sti.with_suffix(".tmp")
        midlertidig.write_text("".join(dele), encoding="utf-8")
        midlertidig.replace(sti)
    return sti, blokke


def tjek(sti: Path) -> dict:
    """`regel tjek` på filen i sin egen proces: sekunder, CPU-sekunder, største RSS (MiB)."""
    start = time.perf_counter()
    child = subprocess.Popen([sys.executable, "-m", "compiler", "tjek", str(sti)], cwd=ROOT,
                             stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    uddata = child.stdout.read()
    _pid, status, forbrug = os.wait4(child.pid, 0)
    sekunder = time.perf_counter() - start
    # Filen har kun kilder, så tjek siger "datamodellen mangler posten `Sag`" (status 1); intet andet.
    if os.waitstatus_to_exitcode(status) not in (0, 1) or not re.search(r": 1 fejl og 0 advarsler", uddata):
        sys.exit(f"regel tjek {sti} gav et uventet resultat:\n{uddata}")
    return {"sekunder": sekunder, "cpu": forbrug.ru_utime + forbrug.ru_stime, "maks_mib": forbrug.ru_maxrss / 1024}


def _tal(x: float, decimaler: int = 1) -> str:
    return f"{x:.{decimaler}f}".replace(".", ",")


def _heltal(n: int) -> str:
    return f"{n:,}".replace(",", ".")


def afsnit(maalinger: list[dict]) -> str:
    linjer = [
        HEADING, "",
        f"`regel tjek` på én fil med kilde-blokke ({os.cpu_count()} kerner, Python {platform.python_version()}); "
        "hele processen (opstart, læsning, parsning, tjek). Kør igen: `make bench-regelfiler` "
        "(`bench/store_regelfiler.py`). Tiden og hukommelsen skal vokse lineært med filen: µs pr. blok og "
        "KiB pr. blok må ikke stige med størrelsen. Før rettelsen (hver blok polstret med et linjeskift pr. "
        "forudgående linje) tog 2 MB én-linjes blokke 15,5 s og 1,5 GB, og 50 MB blev stoppet ved 24 GB.", "",
        "| blokke | fil (MB) | antal blokke | tid (s) | CPU (s) | µs pr. blok | største RSS (MiB) | KiB pr. blok |",
        "|---|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for m in maalinger:
        linjer.append(f"| {m['form']} | {m['mb']} | {_heltal(m['blokke'])} | {_tal(m['sekunder'])} | "
                      f"{_tal(m['cpu'])} | {1e6 * m['sekunder'] / m['blokke']:.0f} | {m['maks_mib']:.0f} | "
                      f"{_tal(1024 * m['maks_mib'] / m['blokke'], 2)} |")
    return "\n".join(linjer) + "\n"


def skriv(tekst: str) -> None:
    """Erstat afsnit 4 i RESULTS.md (eller tilføj det); resten skriver bench/koer_benchmarks.py."""
    gammel = RESULTS.read_text(encoding="utf-8") if RESULTS.exists() else "# Målinger\n"
    foer = gammel.split(HEADING)[0].rstrip("\n")
    RESULTS.write_text(foer + "\n\n" + tekst, encoding="utf-8")


def main() -> None:
    ap = argparse.ArgumentParser(description="Mål `regel tjek` på store regelfiler.")
    ap.add_argument("--mb", type=int, nargs="+", default=[2, 10, 50], help="filstørrelser i MB (standard 2 10 50)")
    args = ap.parse_args()
    OUT.mkdir(parents=True, exist_ok=True)
    maalinger = []
    for form in FORMER:
        for megabytes in args.mb:
            sti, blokke = regelfil(form, megabytes)
            maaling = {"form": form, "mb": megabytes, "blokke": blokke, **tjek(sti)}
            print(maaling, flush=True)
            maalinger.append(maaling)
    if args.mb == [2, 10, 50]:
        skriv(afsnit(maalinger))


if __name__ == "__main__":
    main()
