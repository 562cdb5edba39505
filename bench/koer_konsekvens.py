"""`regel konsekvens` mod én `regel valider` på samme sagsbestand; resultatet står i bench/KONSEKVENS.md.

    .venv/bin/python bench/koer_konsekvens.py                 # 100.000 sager, 3 runder
    .venv/bin/python bench/koer_konsekvens.py --foer main     # og `konsekvens` fra en tidligere revision
    make bench                                                # alle målinger, også denne

Den nye version er en kopi af rules/ i bench/out/regler_ændret med en realistisk ændring
(fristen for den første samtale, P01, bliver 5 dage i stedet for 1 uge); findes teksten
ikke længere i rules/, sammenlignes med en uændret kopi (samme arbejde, ingen forskel), og
det står i resultatet. Målet er, at `konsekvens` højst tager omtrent dobbelt så lang tid som
én `valider` med samme antal processer (den skal vurdere hver sag to gange).

Hver runde kører alle kommandoerne lige efter hinanden, skiftevis forfra og bagfra, hver i sin
egen proces: tid for hele processen, dens CPU-tid og største RSS (os.wait4, med arbejderne).
Med `--foer REVISION` køres også `konsekvens`, som den var i revisionen (compiler/ og grammar/
fra `git archive` i bench/out/kode_…), så før og efter måles i samme kørsel. Maskinen er delt:
før hver kommando ventes (højst --vent sekunder i alt) på et stille øjeblik (som bench/jobs.py),
og for hver kørsel måles, hvor mange kerner andre processer brugte imens. Forholdene regnes pr.
runde; tallene er medianer.
"""

from __future__ import annotations

import argparse
import datetime
import io
import os
import platform
import shlex
import shutil
import statistics
import subprocess
import sys
import tarfile
import time

from jobs import STILLE, optaget, vent_paa_stilhed
from koer_benchmarks import BENCH, DATO, OUT, PAKKE, ROOT, _heltal, _tal, byg_pakke, proces, sagsbestand

AENDRET = OUT / "regler_ændret"
AENDRING = ("kontaktforloeb.regel", "senest 1 uge efter første_henvendelse", "senest 5 dage efter første_henvendelse")
ANDEN_DATO = "2024-11-01"
# (række, kommando, den `valider`, den sammenlignes med)
FORHOLD = (("konsekvens", "valider"), ("konsekvens --jobs 1", "valider --jobs 1"),
           ("konsekvens, to datoer", "valider"), ("konsekvens før", "valider --jobs 1"),  # it had one process
           ("konsekvens før", "konsekvens"))


def nye_regler() -> str:
    """Kopien af rules/ med ændringen; giver en beskrivelse af, hvad der er ændret."""
    shutil.rmtree(AENDRET, ignore_errors=True)
    shutil.copytree(ROOT / "rules", AENDRET)
    fil, foer, efter = AENDRING
    sti = AENDRET / fil
    tekst = sti.read_text(encoding="utf-8") if sti.exists() else ""
    if foer not in tekst:
        return "ingen (teksten til P01-ændringen findes ikke længere i rules/; kopien er uændret)"
    sti.write_text(tekst.replace(foer, efter), encoding="utf-8")
    return f"P01 i {fil}: «{foer}» → «{efter}»"


def gammel_kode(revision: str) -> tuple[str, str]:
    """compiler/ og grammar/ fra revisionen i bench/out/kode_<commit>; (commit, mappe)."""
    commit = subprocess.run(["git", "-C", str(ROOT), "rev-parse", "--short", revision], check=True,
                            capture_output=True, text=True).stdout.strip()
    mappe = OUT / f"kode_{commit}"
    if not mappe.exists():
        arkiv = subprocess.run(["git", "-C", str(ROOT), "archive", commit, "compiler", "grammar"], check=True,
                               capture_output=True).stdout
        tmp = OUT / f".kode_{commit}"
        shutil.rmtree(tmp, ignore_errors=True)
        with tarfile.open(fileobj=io.BytesIO(arkiv)) as tar:
            tar.extractall(tmp, filter="data")
        tmp.rename(mappe)
    return commit, str(mappe.relative_to(ROOT))


def kommandoer(fil: str, gammel: tuple[str, str] | None) -> dict[str, list[str]]:
    python = [sys.executable, "-m", "compiler"]
    pakke = ["--pakke", str(PAKKE.relative_to(ROOT))]
    valider = [*python, "valider", fil, "--dato", DATO, *pakke]
    sammenlign = [fil, "--fra", "rules", "--til", str(AENDRET.relative_to(ROOT)), "--dato", DATO]
    alle = {
        "valider": valider,
        "valider --jobs 1": [*valider, "--jobs", "1"],
        "konsekvens": [*python, "konsekvens", *sammenlign],
        "konsekvens --jobs 1": [*python, "konsekvens", *sammenlign, "--jobs", "1"],
        "konsekvens, to datoer": [*python, "konsekvens", *sammenlign, "--dato", ANDEN_DATO],
    }
    if gammel is not None:  # -P: not the current folder's compiler/ first on the path, but the revision's
        alle["konsekvens før"] = [sys.executable, "-P", "-c", f"import runpy, sys; sys.path.insert(0, {gammel[1]!r}); "
                                  "runpy.run_module('compiler', run_name='__main__', alter_sys=True)",
                                  "konsekvens", *sammenlign]
    return alle


def maal(alle: dict[str, list[str]], runder: int, vent: float) -> list[dict[str, tuple[float, ...]]]:
    """Pr. runde og kommando: (sekunder, CPU-sekunder, største RSS i MiB, kerner brugt af andre,
    maskinens belastning bagefter: gennemsnittet for det sidste minut)."""
    proces(alle["valider --jobs 1"], os.devnull)  # opvarmning: filen i sidecachen
    frist = time.monotonic() + vent
    maalt = []
    for runde in range(runder):
        navne = list(alle) if runde % 2 == 0 else list(reversed(alle))
        resultat = {}
        for navn in navne:
            vent_paa_stilhed(frist)
            foer = optaget()
            _tekst, sekunder, mib, cpu = proces(alle[navn], os.devnull)
            resultat[navn] = (sekunder, cpu, mib, max(optaget() - foer - cpu, 0) / sekunder, os.getloadavg()[0])
            print(f"runde {runde + 1}: {navn}: {sekunder:.1f} s, {cpu:.1f} CPU-s, {mib:.0f} MiB, "
                  f"andre {resultat[navn][3]:.2f} kerner, belastning {resultat[navn][4]:.1f}", flush=True)
        maalt.append(resultat)
    return maalt


def skriv_afsnit(antal: int, aendring: str, gammel: tuple[str, str] | None, alle: dict[str, list[str]],
                 maalt: list[dict], kommando: str) -> None:
    def median(navn: str, felt: int) -> float:
        return statistics.median(r[navn][felt] for r in maalt)

    def forhold(navn: str, grund: str, felt: int = 0) -> list[float]:
        return sorted(r[navn][felt] / r[grund][felt] for r in maalt)

    jobs = len(os.sched_getaffinity(0))
    linjer = [
        "# Målinger: `regel konsekvens` mod `regel valider`", "",
        f"Målt {datetime.date.today().isoformat()} på {os.cpu_count()} kerner ({platform.machine()}, delt med andre "
        f"kørsler), Python {platform.python_version()}. Kør igen: {kommando}. {_heltal(antal)} sager fra "
        f"`bench/lav_sagsbestand.py`, skæringsdato {DATO}; `valider` med validatorerne bygget fra rules/, "
        "`konsekvens` bygger selv validatorerne for begge versioner (rules/ og bench/out/regler_ændret). Uden "
        f"`--jobs` bruger begge kommandoer alle {jobs} kerner. {len(maalt)} runde(r); i hver runde køres "
        "kommandoerne lige efter hinanden (skiftevis forfra og bagfra), hver i sin egen proces, og forholdene "
        "regnes i runden. Mål: `konsekvens` højst omtrent 2 gange `valider` med samme antal processer.", "",
        f"Ændringen: {aendring}."]
    if gammel is not None:
        linjer += ["", f"«konsekvens før» er `regel konsekvens`, som den var i {gammel[0]} (før `--jobs` og før "
                       "hver sag blev læst én gang for begge versioner), i samme runder."]
    linjer += ["", "| kommando | tid (s) | CPU (s) | største RSS (MiB) | andre processer (kerner) | belastning |",
               "|---|---:|---:|---:|---:|---:|"]
    for navn in alle:
        linjer.append(f"| `{navn}` | {_tal(median(navn, 0), 1)} | {_tal(median(navn, 1), 1)} | "
                      f"{median(navn, 2):.0f} | {_tal(median(navn, 3))} | {_tal(median(navn, 4), 1)} |")
    linjer += ["", "| forhold | tid, median | tid, min–maks | CPU-tid, median |", "|---|---:|---:|---:|"]
    for navn, grund in FORHOLD:
        if navn in alle:
            tid, cpu = forhold(navn, grund), forhold(navn, grund, 1)
            linjer.append(f"| `{navn}` / `{grund}` | {_tal(statistics.median(tid))} | {_tal(tid[0])}–{_tal(tid[-1])} | "
                          f"{_tal(statistics.median(cpu))} |")
    linjer += ["", "Tallene er medianer over runderne. «Andre processer» er de kerner, andre processer på maskinen "
                   "brugte i gennemsnit, mens kommandoen kørte (/proc/stat minus kommandoens egen CPU-tid; under "
                   f"{_tal(STILLE, 1)} er stille); «belastning» er maskinens load average for det sidste minut, "
                   "da kommandoen sluttede. Når andre regner, får en kommando med flere processer ikke flere kerner, "
                   "og forholdet mellem en `--jobs 1`-kørsel og en med alle kerner siger mere om belastningen end "
                   "om koden; CPU-tiden (med arbejderprocesserne) er mindre følsom, men vokser også, når kernerne "
                   "deles.",
               "", "Kommandoerne:", "", "```"]
    linjer += [shlex.join(k).replace(sys.executable, ".venv/bin/python") + " > /dev/null" for k in alle.values()]
    linjer += ["```"]
    (BENCH / "KONSEKVENS.md").write_text("\n".join(linjer) + "\n", encoding="utf-8")


def main() -> None:
    ap = argparse.ArgumentParser(description="Mål regel konsekvens mod regel valider og skriv bench/KONSEKVENS.md.")
    ap.add_argument("--antal", type=int, default=100_000, help="antal sager (standard 100.000)")
    ap.add_argument("--runder", type=int, default=3, help="runder (standard 3)")
    ap.add_argument("--foer", metavar="REVISION", help="mål også `konsekvens` fra denne git-revision")
    ap.add_argument("--vent", type=float, default=900, help="sekunder at vente på stille øjeblikke i alt")
    args = ap.parse_args()
    OUT.mkdir(parents=True, exist_ok=True)
    byg_pakke()
    aendring = nye_regler()
    gammel = gammel_kode(args.foer) if args.foer else None
    fil = str(sagsbestand(args.antal).relative_to(ROOT))
    alle = kommandoer(fil, gammel)
    maalt = maal(alle, args.runder, args.vent)
    kommando = "`.venv/bin/python bench/koer_konsekvens.py" + "".join(
        f" --{navn} {vaerdi}" for navn, vaerdi in (("antal", args.antal), ("runder", args.runder), ("foer", args.foer))
        if vaerdi not in (100_000, 3, None)) + "`"
    skriv_afsnit(args.antal, aendring, gammel, alle, maalt, kommando)


if __name__ == "__main__":
    main()
