"""Én måling i sin egen proces: valider en JSON Lines-fil ende til ende.

    python bench/koer_validator.py genereret|haandskrevet PAKKEMAPPE FIL ÅÅÅÅ-MM-DD [--json]

Begge validatorer får posterne fra den samme læser (`laes_sager` i den genererede pakke:
linje for linje, `json.loads`), og begge opgør fokusmålet til sidst; med --json skrives
hvert resultat også som JSON (til /dev/null), som `regel valider --format jsonl` gør.
Skriver én JSON-linje: sekunder for hele gennemløbet, antal sager og ugyldige poster.
"""

from __future__ import annotations

import json
import os
import sys
import time
from datetime import date
from pathlib import Path

BENCH = Path(__file__).resolve().parent


def main() -> None:
    hvilken, pakke, sti, dag = sys.argv[1], sys.argv[2], sys.argv[3], date.fromisoformat(sys.argv[4])
    skriv = "--json" in sys.argv[5:]
    sys.path.insert(0, pakke)
    sys.path.insert(0, str(BENCH))
    import beskaeftigelsesregler as genereret
    import haandskrevet

    start = time.perf_counter()
    bestand = {"genereret": genereret.Sagsbestand, "haandskrevet": haandskrevet.Sagsbestand}[hvilken](dag)
    with open(sti, "rb") as fil, open(os.devnull, "w", encoding="utf-8") as ud:
        for linje, post in genereret.laes_sager(fil):
            resultat = bestand.valider(post, linje)
            if skriv and resultat is not None:
                ud.write(json.dumps(resultat, ensure_ascii=False) + "\n")
        bestand.population()
    sekunder = time.perf_counter() - start
    print(json.dumps({"sekunder": sekunder, "sager": bestand.antal_sager, "ugyldige": len(bestand.ugyldige)}))


if __name__ == "__main__":
    main()
