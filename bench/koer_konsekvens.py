"""`regel konsekvens` mod én `regel valider` på samme sagsbestand; resultatet står i bench/KONSEKVENS.md.

    .venv/bin/python bench/koer_konsekvens.py          # 100.000 sager, 3 gentagelser (ca. 5 minutter)
    make bench                                         # alle målinger, også denne

Den nye version er en kopi af rules/ i bench/out/regler_ændret med en realistisk ændring
(fristen for den første samtale, P01, bliver 5 dage i stedet for 1 uge); findes teksten
ikke længere i rules/, sammenlignes med en uændret kopi (samme arbejde, ingen forskel), og
det står i resultatet. Kommandoerne køres skiftevis, hver i sin egen proces: tid for hele
processen og største RSS for netop den proces (os.wait4); medianer og medianen af
forholdet parvis.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import sys

from koer_benchmarks import BENCH, DATO, OUT, PAKKE, ROOT, _heltal, _tal, byg_pakke, proces, sagsbestand

AENDRET = OUT / "regler_ændret"
AENDRING = ("kontaktforloeb.regel", "senest 1 uge efter første_henvendelse", "senest 5 dage efter første_henvendelse")
AFSNIT = "# Målinger: `regel konsekvens` mod `regel valider`"
ANDEN_DATO = "2024-11-01"


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


def kommandoer(fil: str) -> dict[str, list[str]]:
    python = [sys.executable, "-m", "compiler"]
    konsekvens = [*python, "konsekvens", fil, "--fra", "rules", "--til", str(AENDRET.relative_to(ROOT)), "--dato", DATO]
    return {
        "valider": [*python, "valider", fil, "--dato", DATO, "--pakke", str(PAKKE.relative_to(ROOT)), "--jobs", "1"],
        "validering alene": [sys.executable, "bench/koer_validator.py", "genereret", str(PAKKE.relative_to(ROOT)),
                             fil, DATO],
        "valider --format jsonl": [*python, "valider", fil, "--dato", DATO, "--format", "jsonl",
                                   "--pakke", str(PAKKE.relative_to(ROOT)), "--jobs", "1"],
        "konsekvens": konsekvens,
        "konsekvens, to datoer": [*konsekvens, "--dato", ANDEN_DATO],
    }


def maal(antal: int, gentagelser: int) -> dict[str, dict]:
    fil = str(sagsbestand(antal).relative_to(ROOT))
    alle = kommandoer(fil)
    proces(alle["valider"], os.devnull)  # opvarmning: filen i sidecachen
    tider: dict[str, list[tuple[float, float, float]]] = {navn: [] for navn in alle}  # (s, MiB, CPU-s)
    for _ in range(gentagelser):
        for navn, kommando in alle.items():
            tider[navn].append(proces(kommando, os.devnull)[1:])
            print(navn, tider[navn][-1], flush=True)
    grundlag = tider["valider"]
    return {navn: {"kommando": " ".join(alle[navn]).replace(sys.executable, ".venv/bin/python"),
                   "sekunder": statistics.median(m[0] for m in maalinger),
                   "cpu": statistics.median(m[2] for m in maalinger),
                   "maks_mib": max(m[1] for m in maalinger),
                   "forhold": statistics.median(m[0] / g[0] for m, g in zip(maalinger, grundlag)),
                   "cpu_forhold": statistics.median(m[2] / g[2] for m, g in zip(maalinger, grundlag))}
            for navn, maalinger in tider.items()}


def skriv_afsnit(antal: int, gentagelser: int, aendring: str, maalt: dict[str, dict]) -> None:
    linjer = [AFSNIT, "",
              f"{_heltal(antal)} sager (samme fil som ovenfor), skæringsdato {DATO}; median af {gentagelser} kørsler "
              "skiftevis, hver i sin egen proces, og største RSS for netop den proces. Forholdet er medianen af "
              "forholdet til `regel valider` (tekst, standardformatet) i samme runde, både for tiden og for "
              "processens CPU-tid (brugt og system), som er mindre følsom for andre processer på en delt maskine. "
              "`konsekvens` bygger selv validatorerne for begge versioner (rules/ og bench/out/regler_ændret) og "
              "læser og tolker hver post én gang. Mål: højst omtrent 2 gange én `regel valider` pr. skæringsdato. "
              "«Validering alene» er den ene versions validatorer uden `regel` og uden uddata "
              "(`bench/koer_validator.py`, som i afsnit 1): den nedre grænse for én vurdering af filen.", "",
              f"Ændringen: {aendring}.", "",
              "| kommando | tid (s) | forhold til `valider` | CPU (s) | CPU-forhold | største RSS (MiB) |",
              "|---|---:|---:|---:|---:|---:|"]
    for navn, r in maalt.items():
        linjer.append(f"| `{navn}` | {_tal(r['sekunder'], 1)} | {_tal(r['forhold'])} | {_tal(r['cpu'], 1)} | "
                      f"{_tal(r['cpu_forhold'])} | {r['maks_mib']:.0f} |")
    linjer += ["", "Kør igen: `.venv/bin/python bench/koer_konsekvens.py` (eller `make bench`). Kommandoerne:", "", "```"]
    linjer += [f"{r['kommando']} > /dev/null" for r in maalt.values()]
    linjer += ["```"]
    (BENCH / "KONSEKVENS.md").write_text("\n".join(linjer) + "\n", encoding="utf-8")


def main() -> None:
    ap = argparse.ArgumentParser(description="Mål regel konsekvens mod regel valider og skriv bench/KONSEKVENS.md.")
    ap.add_argument("--antal", type=int, default=100_000, help="antal sager (standard 100.000)")
    ap.add_argument("--gentagelser", type=int, default=3, help="gentagelser pr. kommando (standard 3)")
    args = ap.parse_args()
    OUT.mkdir(parents=True, exist_ok=True)
    byg_pakke()
    aendring = nye_regler()
    maalt = maal(args.antal, args.gentagelser)
    skriv_afsnit(args.antal, args.gentagelser, aendring, maalt)


if __name__ == "__main__":
    main()
