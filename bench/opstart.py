"""Opstartstiden for `regel`: `regel --help` og `regel tjek` på eksempelprojektets regler
(tests/fixtures/projekt/rules, 9 små filer), arbejdskopien mod en anden udgave i samme kørsel;
resultatet skrives i bench/OPSTART.md.

    .venv/bin/python bench/opstart.py [--mod main] [--runder 15]

Udgaven `--mod` (en git-revision) pakkes ud (compiler/ og grammar/) i en midlertidig mappe;
begge køres som `python -m compiler …` med samme Python, hver fra sin egen mappe (så netop dens
compiler/ importeres). Først én umålt kørsel af hver (Pythons bytekode skrives), så runder,
hvor hver kommando køres i begge udgaver lige efter hinanden, skiftevis først og sidst. Hver
kørsel er hele processen; tiden er væggetid, CPU-tiden er processens egen (os.wait4).
Forholdet regnes pr. runde (arbejdskopien / udgaven), og medianen af forholdene er tallet;
maskinens belastning (load average) står ved hver runde.
"""

from __future__ import annotations

import argparse
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FIXTURE = ROOT / "tests" / "fixtures" / "projekt" / "rules"
COMMANDS = {"regel --help": ["--help"], "regel tjek": ["tjek", str(FIXTURE)]}


def run(folder: Path, arguments: list[str]) -> tuple[float, float]:
    """(væggetid, CPU-tid) for `python -m compiler ARGUMENTS` med compiler/ fra `folder`."""
    start = time.perf_counter()
    child = subprocess.Popen([sys.executable, "-m", "compiler", *arguments], cwd=folder,
                             stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _pid, status, usage = os.wait4(child.pid, 0)
    seconds = time.perf_counter() - start
    if os.waitstatus_to_exitcode(status) != 0:
        sys.exit(f"python -m compiler {' '.join(arguments)} i {folder} fejlede")
    return seconds, usage.ru_utime + usage.ru_stime


def main() -> None:
    parser = argparse.ArgumentParser(description="Mål regel's opstart og skriv bench/OPSTART.md.")
    parser.add_argument("--mod", default="main", help="git-revisionen, arbejdskopien sammenlignes med")
    parser.add_argument("--runder", type=int, default=15)
    args = parser.parse_args()
    revision = subprocess.run(["git", "rev-parse", "--short", args.mod], cwd=ROOT, check=True,
                              capture_output=True, text=True).stdout.strip()
    with tempfile.TemporaryDirectory(prefix="regel-opstart-") as other:
        archive = subprocess.run(["git", "archive", revision, "compiler", "grammar"], cwd=ROOT, check=True,
                                 capture_output=True).stdout
        subprocess.run(["tar", "-x", "-C", other], input=archive, check=True)
        versions = {"arbejdskopien": ROOT, revision: Path(other)}
        for folder in versions.values():
            for arguments in COMMANDS.values():
                run(folder, arguments)
        rounds = []
        for number in range(args.runder):
            order = list(versions.items()) if number % 2 == 0 else list(versions.items())[::-1]
            load = os.getloadavg()[0]
            measured = {(command, name): run(folder, arguments)
                        for command, arguments in COMMANDS.items() for name, folder in order}
            rounds.append((load, measured))
            print(f"runde {number + 1} (load {load:.2f}): " + ", ".join(
                f"{command} {name} {wall * 1000:.0f} ms" for (command, name), (wall, _cpu) in measured.items()), flush=True)
    write(args, revision, rounds)


def ms(values) -> str:
    return f"{statistics.median(values) * 1000:.0f}".replace(".", ",")


def write(args, revision: str, rounds: list) -> None:
    loads = [load for load, _ in rounds]
    lines = [
        "# Målinger: opstarten af `regel`", "",
        f"{len(os.sched_getaffinity(0))} kerner, Python {platform.python_version()}; load average {min(loads):.2f}–"
        f"{max(loads):.2f} under målingen (ved hver runde). Kør igen: `.venv/bin/python bench/opstart.py --mod "
        f"{args.mod} --runder {args.runder}` (arbejdskopien mod {args.mod}, her {revision}, i samme kørsel; se "
        "bench/opstart.py). `regel tjek` er på tests/fixtures/projekt/rules. Medianer af "
        f"{len(rounds)} runder; forholdet er arbejdskopien / {revision} pr. runde.", "",
        f"| kommando | {revision} (ms) | arbejdskopien (ms) | forhold (median) | forhold min–maks "
        f"| CPU {revision} (ms) | CPU arbejdskopien (ms) |",
        "|---|---:|---:|---:|---:|---:|---:|",
    ]
    for command in COMMANDS:
        old = [m[(command, revision)] for _, m in rounds]
        new = [m[(command, "arbejdskopien")] for _, m in rounds]
        ratios = sorted(n[0] / o[0] for n, o in zip(new, old))
        lines.append(f"| `{command}` | {ms(w for w, _ in old)} | {ms(w for w, _ in new)} | "
                     f"{statistics.median(ratios):.2f} | {ratios[0]:.2f}–{ratios[-1]:.2f} | "
                     f"{ms(c for _, c in old)} | {ms(c for _, c in new)} |".replace(".", ","))
    (ROOT / "bench" / "OPSTART.md").write_text("\n".join(lines) + "\n", encoding="utf-8")
    print("\n".join(lines))


if __name__ == "__main__":
    main()
