"""Store regelfiler: `regel tjek` på 2, 10 og 50 MB kilde-blokke; resultatet står i bench/REGELFILER.md.

    make bench-regelfiler                                 # kun denne måling (nogle minutter)
    .venv/bin/python bench/store_regelfiler.py --mb 2 10  # andre størrelser (skriver ikke REGELFILER.md)
    .venv/bin/python bench/store_regelfiler.py --sammenlign ../main  # også en anden checkout, samme filer

Hver fil består af kilde-blokke: som i rules/kilder.regel (titel, dato, adresse og dokument
over fire linjer), én linje pr. blok (`kilde k123 "Kilde nummer 123"`, som i fejlrapporten,
issue 10), én linje med navne af bogstaver, eller fire linjer med skiftende mellemrum. En blok
af samme form som en tidligere (compiler/parser.py: samme tekst, når navne, tal, tekster og
kommentarer skrives om) parses ikke igen, og heller ikke en blok, hvis form kun adskiller sig
ved sine mellemrum og linjeskift (samme nøgle): i den sidste form har hver blok sin egen
form, men blokke med lige lange tal og tekster har samme nøgle, så den første bloks træ
flyttes til hver bloks egne pladser. Hver måling er én `python -m compiler tjek FIL` i sin
egen proces: vægurstid, CPU-tid (bruger + system) og største RSS. Med --sammenlign måles den
anden checkouts compiler på de samme filer lige efter, og tabellen får dens tider og forholdet.
Filerne laves deterministisk i bench/out/.
"""

from __future__ import annotations

import argparse
import os
import platform
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BENCH = ROOT / "bench"
OUT = BENCH / "out"
RESULTS = BENCH / "REGELFILER.md"
HEADING = "# Målinger: Store regelfiler"
MB = 1_000_000


def fuld_blok(nummer: int) -> str:
    return (f'kilde kilde_{nummer:07d} "Aftale om en forenklet beskæftigelsesindsats, del {nummer}"\n'
            f"  dato {nummer % 28 + 1}. august 2018\n"
            f'  adresse "https://bm.dk/kilder/{nummer}"\n'
            f'  dokument "kilde_{nummer:07d}.txt"\n\n')


def kort_blok(nummer: int) -> str:
    return f'kilde k{nummer} "Kilde nummer {nummer}"\n'


def bogstavblok(nummer: int) -> str:
    """En linje som kort_blok, men navnet skrevet med bogstaver (a, b, …, ba, bb, …)."""
    navn = ""
    while True:
        nummer, rest = divmod(nummer, 26)
        navn = chr(ord("a") + rest) + navn
        if not nummer:
            break
    return f'kilde k{navn} "Kilde om {navn}"\n'


def skiftende_blok(nummer: int) -> str:
    """Som fuld_blok, men med ét eller to mellemrum mellem ordene og to til fem foran linjerne
    efter den første, efter nummerets 13 nederste bits: 8.192 blokke i træk har hver sin form."""
    def mellemrum(bit: int, bits: int = 1, mindst: int = 1) -> str:
        return " " * (mindst + (nummer >> bit & (2 ** bits - 1)))

    return (f'kilde{mellemrum(0)}kilde_{nummer:07d}{mellemrum(1)}"Aftale om en forenklet beskæftigelsesindsats, '
            f'del {nummer}"\n{mellemrum(2, 2, 2)}dato{mellemrum(4)}{nummer % 28 + 1}.{mellemrum(5)}august'
            f'{mellemrum(6)}2018\n{mellemrum(7, 2, 2)}adresse{mellemrum(9)}"https://bm.dk/kilder/{nummer}"\n'
            f'{mellemrum(10, 2, 2)}dokument{mellemrum(12)}"kilde_{nummer:07d}.txt"\n\n')


FORMER = {"fire linjer": fuld_blok, "én linje": kort_blok, "én linje, navne af bogstaver": bogstavblok,
          "fire linjer, skiftende mellemrum": skiftende_blok}
_FILNAVNE = {fuld_blok: "fuld", kort_blok: "kort", bogstavblok: "bogstaver", skiftende_blok: "skiftende"}


def regelfil(form: str, megabytes: int) -> tuple[Path, int]:
    """Filen med kilde-blokke af formen, så mange at den fylder `megabytes` MB; (sti, antal blokke)."""
    lav = FORMER[form]
    sti = OUT / f"kilder_{_FILNAVNE[lav]}_{megabytes}mb.regel"
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


def tjek(sti: Path, rod: Path = ROOT) -> dict:
    """`regel tjek` på filen i sin egen proces med compileren i checkouten `rod`: sekunder,
    CPU-sekunder (med underprocesserne), største RSS for én af processerne og største samlede
    hukommelse for processen og dens underprocesser (PSS, så sider, de deler efter fork, kun
    tælles én gang), målt hvert 0,5 s."""
    start = time.perf_counter()
    with tempfile.TemporaryFile("w+") as ud:
        child = subprocess.Popen([sys.executable, "-m", "compiler", "tjek", str(sti)], cwd=rod,
                                 stdout=ud, stderr=subprocess.DEVNULL, text=True)
        samlet = 0.0
        while True:
            pid, status, forbrug = os.wait4(child.pid, os.WNOHANG)
            if pid:
                break
            samlet = max(samlet, _pss_mib(child.pid))
            time.sleep(0.5)
        sekunder = time.perf_counter() - start
        child.returncode = os.waitstatus_to_exitcode(status)
        ud.seek(0)
        uddata = ud.read()
    # Filen har kun kilder, så tjek siger "datamodellen mangler posten `Sag`" (status 1); intet andet.
    if child.returncode not in (0, 1) or not re.search(r": 1 fejl og 0 advarsler", uddata):
        sys.exit(f"regel tjek {sti} gav et uventet resultat:\n{uddata}")
    return {"sekunder": sekunder, "cpu": forbrug.ru_utime + forbrug.ru_stime, "maks_mib": forbrug.ru_maxrss / 1024,
            "samlet_mib": samlet}


def _pss_mib(pid: int) -> float:
    """PSS i MiB for processen og dens børn (0 for en proces, der netop er afsluttet)."""
    pids = [pid]
    for proces in Path("/proc").iterdir():
        if proces.name.isdigit():
            try:
                if int((proces / "stat").read_text().rsplit(")", 1)[1].split()[1]) == pid:
                    pids.append(int(proces.name))
            except (OSError, IndexError, ValueError):
                continue
    total = 0
    for nummer in pids:
        try:
            rollup = Path(f"/proc/{nummer}/smaps_rollup").read_text()
        except OSError:
            continue
        total += int(re.search(r"^Pss:\s+(\d+) kB", rollup, re.M).group(1))
    return total / 1024


def _tal(x: float, decimaler: int = 1) -> str:
    return f"{x:.{decimaler}f}".replace(".", ",")


def _heltal(n: int) -> str:
    return f"{n:,}".replace(",", ".")


def afsnit(maalinger: list[dict], belastning: tuple[float, float], anden: str | None) -> str:
    linjer = [
        HEADING, "",
        f"`regel tjek` på én fil med kilde-blokke ({os.cpu_count()} kerner, Python {platform.python_version()}); "
        "hele processen (opstart, læsning, parsning, tjek). En blok af samme form som en tidligere i filen (samme "
        "tekst, når navne, tal, tekster og kommentarer skrives om, se compiler/parser.py) parses ikke igen: den får "
        "den tidligere bloks træ med sin egen tekst. Det gør en blok heller ikke, hvis form kun adskiller sig ved, "
        "hvordan mellemrum og linjeskift er lagt (samme nøgle): den får den første bloks træ, flyttet til dens egne "
        "linjer og kolonner; i formen »fire linjer, skiftende mellemrum« har hver blok sin egen form, men blokke med "
        "lige lange tal og tekster har samme nøgle. Kør igen: "
        "`make bench-regelfiler` (`bench/store_regelfiler.py`). Tid og hukommelse skal vokse lineært med filen: "
        "µs og KiB pr. blok må ikke stige med størrelsen. Før rettelsen (hver blok polstret med et linjeskift pr. "
        "forudgående linje) tog 2 MB én-linjes blokke 15,5 s og 1,5 GB, og 50 MB blev stoppet ved 24 GB.", "",
        f"Maskinens belastning (load average over 1 minut) var {_tal(belastning[0])} før og {_tal(belastning[1])} "
        "efter målingerne: på en delt maskine er CPU-tiden det sikreste mål, og vægurstiden bliver kortere, jo "
        "flere kerner der er ledige.", "",
        "| blokke | fil (MB) | antal blokke | tid (s) | CPU (s) | µs pr. blok (tid) | µs pr. blok (CPU) "
        "| største RSS, én proces (MiB) | samlet hukommelse, PSS (MiB) | KiB pr. blok (PSS) |",
        "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for m in maalinger:
        linjer.append(f"| {m['form']} | {m['mb']} | {_heltal(m['blokke'])} | {_tal(m['sekunder'])} | "
                      f"{_tal(m['cpu'])} | {1e6 * m['sekunder'] / m['blokke']:.0f} | {1e6 * m['cpu'] / m['blokke']:.0f} | "
                      f"{m['maks_mib']:.0f} | {m['samlet_mib']:.0f} | {_tal(1024 * m['samlet_mib'] / m['blokke'], 2)} |")
    if anden is not None:
        linjer += [
            "", f"Sammenlignet med {anden}, målt på de samme filer lige efter hver måling ovenfor "
            f"(`bench/store_regelfiler.py --sammenlign`); forholdet er {anden}s tid delt med denne:", "",
            f"| blokke | fil (MB) | tid (s) | tid, {anden} (s) | forhold (tid) | CPU (s) | CPU, {anden} (s) "
            f"| forhold (CPU) | samlet hukommelse (MiB) | samlet hukommelse, {anden} (MiB) |",
            "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
        ]
        for m in maalinger:
            f = m["anden"]
            linjer.append(f"| {m['form']} | {m['mb']} | {_tal(m['sekunder'])} | {_tal(f['sekunder'])} | "
                          f"{_tal(f['sekunder'] / m['sekunder'])} | {_tal(m['cpu'])} | {_tal(f['cpu'])} | "
                          f"{_tal(f['cpu'] / m['cpu'])} | {m['samlet_mib']:.0f} | {f['samlet_mib']:.0f} |")
    return "\n".join(linjer) + "\n"


def _navn(rod: Path) -> str:
    """En checkout, som tabellen nævner den: dens commit, hvis den er en git-checkout."""
    commit = subprocess.run(["git", "-C", str(rod), "rev-parse", "--short", "HEAD"], capture_output=True, text=True)
    return f"{rod.name} ({commit.stdout.strip()})" if commit.returncode == 0 else rod.name


def skriv(tekst: str) -> None:
    """Skriv bench/REGELFILER.md."""
    RESULTS.write_text(tekst, encoding="utf-8")


def main() -> None:
    ap = argparse.ArgumentParser(description="Mål `regel tjek` på store regelfiler.")
    ap.add_argument("--mb", type=int, nargs="+", default=[2, 10, 50], help="filstørrelser i MB (standard 2 10 50)")
    ap.add_argument("--sammenlign", type=Path, metavar="MAPPE",
                    help="en anden checkout (fx af main), hvis compiler måles på de samme filer")
    args = ap.parse_args()
    OUT.mkdir(parents=True, exist_ok=True)
    maalinger = []
    foer = os.getloadavg()[0]
    for form in FORMER:
        for megabytes in args.mb:
            sti, blokke = regelfil(form, megabytes)
            maaling = {"form": form, "mb": megabytes, "blokke": blokke, **tjek(sti)}
            if args.sammenlign:
                maaling["anden"] = tjek(sti, args.sammenlign.resolve())
            print(maaling, flush=True)
            maalinger.append(maaling)
    if args.mb == [2, 10, 50]:
        anden = _navn(args.sammenlign.resolve()) if args.sammenlign else None
        skriv(afsnit(maalinger, (foer, os.getloadavg()[0]), anden))


if __name__ == "__main__":
    main()
