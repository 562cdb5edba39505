"""Den genererede validators standardsti mod en slank håndskrevet validator, i samme proces;
resultaterne skrives i bench/VALIDERINGSSTI.md.

    .venv/bin/python bench/valideringssti.py [--antal N] [--runder N]

Validatorerne bygges fra rules/ (bench/out/pakke), sagerne laves af bench/lav_sagsbestand.py.

Posterne læses og JSON-afkodes én gang; derefter måles kun vurderingen (indlæsning af sagen
fra det afkodede objekt, alle regler og fokusmålet) skiftevis for de to validatorer, runde
for runde, så støj på maskinen rammer begge. Den genererede validator måles også med
forklaringer (`forklar=True`). Skriver én JSON-linje med medianerne og forholdet.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import statistics
import sys
import time
from datetime import date
from pathlib import Path

BENCH = Path(__file__).resolve().parent
sys.path.insert(0, str(BENCH))
import koer_benchmarks as kb  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description="Mål standardstien og skriv bench/VALIDERINGSSTI.md.")
    parser.add_argument("--antal", type=int, default=20_000)
    parser.add_argument("--runder", type=int, default=5)
    args = parser.parse_args()
    kb.OUT.mkdir(parents=True, exist_ok=True)
    kb.byg_pakke()
    sti, dato = kb.sagsbestand(args.antal), date.fromisoformat(kb.DATO)
    sys.path.insert(0, str(kb.PAKKE))
    import beskaeftigelsesregler as genereret
    import haandskrevet

    with open(sti, "rb") as fil:
        poster = [post for _linje, post in genereret.laes_sager(fil) if isinstance(post, dict)]

    def maal(lav) -> float:
        bestand = lav()
        start = time.perf_counter()
        for post in poster:
            bestand.valider(post)
        bestand.population()
        return time.perf_counter() - start

    maalere = {
        "genereret": lambda: genereret.Sagsbestand(dato),
        "haandskrevet": lambda: haandskrevet.Sagsbestand(dato),
        "genereret_forklar": lambda: genereret.Sagsbestand(dato, forklar=True),
    }
    tider: dict[str, list[float]] = {navn: [] for navn in maalere}
    for _ in range(args.runder):
        for navn, lav in maalere.items():
            tider[navn].append(maal(lav))
    median = {navn: statistics.median(t) for navn, t in tider.items()}
    forhold = [g / h for g, h in zip(tider["genereret"], tider["haandskrevet"])]
    resultat = {
        "sager": len(poster),
        "µs_pr_sag": {navn: round(1e6 * m / len(poster), 2) for navn, m in median.items()},
        "forhold_genereret_haandskrevet": {"median": round(statistics.median(forhold), 2),
                                           "min": round(min(forhold), 2), "max": round(max(forhold), 2)},
        "forhold_forklar_standard": round(median["genereret_forklar"] / median["genereret"], 2),
    }
    print(json.dumps(resultat, ensure_ascii=False))
    us, f = resultat["µs_pr_sag"], resultat["forhold_genereret_haandskrevet"]
    kommando = "`.venv/bin/python bench/valideringssti.py" + (f" --antal {args.antal}" if args.antal != 20_000 else "") \
        + (f" --runder {args.runder}" if args.runder != 5 else "") + "`"
    (BENCH / "VALIDERINGSSTI.md").write_text("\n".join([
        "# Den genererede validators standardsti", "",
        f"Maskine: {os.cpu_count()} kerner ({platform.machine()}), Python {platform.python_version()}. Kør igen: "
        f"{kommando}. {kb._heltal(len(poster))} gyldige sager fra `bench/lav_sagsbestand.py`, skæringsdato "
        f"{kb.DATO}; validatorerne bygget fra `rules/`. Posterne er læst og afkodet på forhånd; målt er "
        "vurderingen (sagen indlæst fra det afkodede objekt, alle regler, fokusmålet) skiftevis for de tre "
        f"validatorer, runde for runde ({args.runder} runder), i samme proces, så støj rammer alle. Mål: den "
        "genererede standardsti højst 1,5 × den håndskrevne (`bench/haandskrevet.py`, som afgør de samme "
        "udfald uden forklaringer).", "",
        "| validator | µs pr. sag (median) |", "|---|---:|",
        f"| håndskrevet | {kb._tal(us['haandskrevet'], 1)} |",
        f"| genereret | {kb._tal(us['genereret'], 1)} |",
        f"| genereret med `forklar=True` | {kb._tal(us['genereret_forklar'], 1)} |", "",
        f"Forhold genereret/håndskrevet: median {kb._tal(f['median'])} (min–maks {kb._tal(f['min'])}–"
        f"{kb._tal(f['max'])}). Forklaringer koster {kb._tal(resultat['forhold_forklar_standard'])} × "
        "standardstien; de beregnes kun, når de bedes om.", "",
    ]), encoding="utf-8")


if __name__ == "__main__":
    main()
