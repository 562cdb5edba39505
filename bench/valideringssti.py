"""Den genererede validators standardsti mod en slank håndskrevet validator, i samme proces.

    python bench/valideringssti.py PAKKEMAPPE FIL ÅÅÅÅ-MM-DD [--runder N]

Posterne læses og JSON-afkodes én gang; derefter måles kun vurderingen (indlæsning af sagen
fra det afkodede objekt, alle regler og fokusmålet) skiftevis for de to validatorer, runde
for runde, så støj på maskinen rammer begge. Med `--forklar` måles den genererede validator
også med forklaringer. Skriver én JSON-linje med medianerne og forholdet.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from datetime import date
from pathlib import Path

BENCH = Path(__file__).resolve().parent


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("pakke")
    parser.add_argument("fil")
    parser.add_argument("dato", type=date.fromisoformat)
    parser.add_argument("--runder", type=int, default=5)
    args = parser.parse_args()
    sys.path.insert(0, args.pakke)
    sys.path.insert(0, str(BENCH))
    import beskaeftigelsesregler as genereret
    import haandskrevet

    with open(args.fil, encoding="utf-8") as fil:
        poster = [post for _linje, post in genereret.laes_sager(fil) if isinstance(post, dict)]

    def maal(lav) -> float:
        bestand = lav()
        start = time.perf_counter()
        for post in poster:
            bestand.valider(post)
        bestand.population()
        return time.perf_counter() - start

    maalere = {
        "genereret": lambda: genereret.Sagsbestand(args.dato),
        "haandskrevet": lambda: haandskrevet.Sagsbestand(args.dato),
        "genereret_forklar": lambda: genereret.Sagsbestand(args.dato, forklar=True),
    }
    tider: dict[str, list[float]] = {navn: [] for navn in maalere}
    for _ in range(args.runder):
        for navn, lav in maalere.items():
            tider[navn].append(maal(lav))
    median = {navn: statistics.median(t) for navn, t in tider.items()}
    forhold = [g / h for g, h in zip(tider["genereret"], tider["haandskrevet"])]
    print(json.dumps({
        "sager": len(poster),
        "µs_pr_sag": {navn: round(1e6 * m / len(poster), 2) for navn, m in median.items()},
        "forhold_genereret_haandskrevet": {"median": round(statistics.median(forhold), 2),
                                           "min": round(min(forhold), 2), "max": round(max(forhold), 2)},
        "forhold_forklar_standard": round(median["genereret_forklar"] / median["genereret"], 2),
    }, ensure_ascii=False))


if __name__ == "__main__":
    main()
