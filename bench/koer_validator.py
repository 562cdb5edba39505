"""Én måling: valider en JSON Lines-fil med den genererede eller den håndskrevne validator.

    python bench/koer_validator.py genereret|haandskrevet FIL ÅÅÅÅ-MM-DD

Skriver én JSON-linje: sekunder for hele gennemløbet (læsning, JSON, validering,
fokusmål), antal sager og den største hukommelse processen har brugt (KiB).
"""

from __future__ import annotations

import json
import resource
import sys
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def genereret(fil, dag: date) -> int:
    sys.path.insert(0, str(ROOT / "generated" / "python"))
    import beskaeftigelsesregler as regler

    bestand = regler.Sagsbestand(dag)
    for linje, post in regler.laes_sager(fil):
        bestand.valider(post, linje)
    bestand.population()
    return bestand.antal_sager


def haandskrevet(fil, dag: date) -> int:
    sys.path.insert(0, str(ROOT / "bench"))
    import haandskrevet as regler

    antal = -1  # the last item is the caseload summary
    for _resultat in regler.valider_jsonl(fil, dag):
        antal += 1
    return antal


def main() -> None:
    hvilken, sti, dag = sys.argv[1], sys.argv[2], date.fromisoformat(sys.argv[3])
    start = time.perf_counter()
    with open(sti, encoding="utf-8") as fil:
        antal = {"genereret": genereret, "haandskrevet": haandskrevet}[hvilken](fil, dag)
    sekunder = time.perf_counter() - start
    print(json.dumps({"sekunder": sekunder, "sager": antal,
                      "maks_kib": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss}))


if __name__ == "__main__":
    main()
