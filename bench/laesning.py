"""Hvad læsningen af en sagsbestand koster; resultaterne skrives i bench/LAESNING.md.

    .venv/bin/python bench/laesning.py                       # 100.000 sager, 5 gentagelser
    .venv/bin/python bench/laesning.py --antal 20000 --gentagelser 3

1. Tjekket for dobbelte nøgler (`object_pairs_hook` i `laes_sager`) mod json uden tjekket, på
   den samme syntetiske JSON Lines-fil i samme proces, skiftevis A B A B: kun læsning, og
   læsning med validering af hver sag (den gyldige vej ende til ende). CPU-tid; medianen af
   forholdet parvis.
2. Hukommelsen i en tjeneste, der bruger pakken: 400 kald af `valider` med hver sin ukendte
   nøgle på 1 MB (issue 10: 15 → 397 MiB). Hukommelse, der stadig er i brug bagefter
   (tracemalloc efter oprydning).

Validatorerne og data laves som i koer_benchmarks.py (fra rules/ til bench/out/).
"""

from __future__ import annotations

import argparse
import gc
import platform
import statistics
import sys
import time
import tracemalloc
from datetime import date

import koer_benchmarks as kb

DAG = date(2024, 5, 1)


def indlaes_pakke():
    kb.byg_pakke()
    sys.path.insert(0, str(kb.PAKKE))
    import beskaeftigelsesregler
    return beskaeftigelsesregler, sys.modules["beskaeftigelsesregler._runtime.sagsbestand"]


def gennemloeb(pakke, sti, med_validering: bool) -> float:
    """Processens CPU-tid (maskinen er delt: andre processers tid tælles ikke med)."""
    start = time.process_time()
    with open(sti, "rb") as fil:
        if med_validering:
            bestand = pakke.Sagsbestand(DAG, ved_ugyldig=lambda post: None)
            for linje, post in pakke.laes_sager(fil):
                bestand.valider(post, linje)
        else:
            for _ in pakke.laes_sager(fil):
                pass
    return time.process_time() - start


def dobbelte_noegler(pakke, rt, sti, gentagelser: int, med_validering: bool) -> dict:
    med_tjek, uden_tjek = rt._SAGSJSON, rt._RAA
    tider: dict[str, list[float]] = {"med": [], "uden": []}
    gennemloeb(pakke, sti, med_validering)  # opvarmning: filen i sidecachen
    try:
        for _ in range(gentagelser):
            for navn, afkoder in (("med", med_tjek), ("uden", uden_tjek)):
                rt._SAGSJSON = afkoder
                tider[navn].append(gennemloeb(pakke, sti, med_validering))
    finally:
        rt._SAGSJSON = med_tjek
    forhold = [a / b for a, b in zip(tider["med"], tider["uden"])]
    return {"validering": med_validering, "med": statistics.median(tider["med"]),
            "uden": statistics.median(tider["uden"]), "forhold": statistics.median(forhold),
            "min": min(forhold), "maks": max(forhold)}


def hukommelse_ved_lange_noegler(pakke) -> tuple[float, float]:
    sag = {"id": "S1", "ydelse": "dagpenge", "forløbsstart": "2024-01-02"}
    tracemalloc.start()
    gc.collect()
    foer = tracemalloc.get_traced_memory()[0]
    for n in range(400):
        pakke.valider({**sag, f"{n}" + "x" * 1_000_000: 1}, DAG)
    gc.collect()
    efter = tracemalloc.get_traced_memory()[0]
    tracemalloc.stop()
    return foer / 2**20, efter / 2**20


def main() -> None:
    ap = argparse.ArgumentParser(description="Mål læsningen og skriv bench/LAESNING.md.")
    ap.add_argument("--antal", type=int, default=100_000)
    ap.add_argument("--gentagelser", type=int, default=5)
    args = ap.parse_args()
    kb.OUT.mkdir(parents=True, exist_ok=True)
    pakke, rt = indlaes_pakke()
    sti = kb.sagsbestand(args.antal)
    maalinger = [dobbelte_noegler(pakke, rt, sti, args.gentagelser, med_validering) for med_validering in (False, True)]
    print(*maalinger, sep="\n", flush=True)
    foer, efter = hukommelse_ved_lange_noegler(pakke)
    print(f"hukommelse: {foer:.1f} → {efter:.1f} MiB", flush=True)
    kommando = ".venv/bin/python bench/laesning.py" + (f" --antal {args.antal}" if args.antal != 100_000 else "") \
        + (f" --gentagelser {args.gentagelser}" if args.gentagelser != 5 else "")
    linjer = [
        "# Læsning af sagsbestande", "",
        f"Maskine: {kb.os.cpu_count()} kerner ({platform.machine()}), Python {platform.python_version()}. "
        f"Kør igen: `{kommando}` ({kb._heltal(args.antal)} sager fra `bench/lav_sagsbestand.py`, "
        "validatorerne bygget fra `rules/`). Maskinen er delt og støjende: sammenlign forholdene, ikke tiderne, "
        "med andre kørsler.", "",
        "## 1. Tjekket for dobbelte nøgler", "",
        "`laes_sager` afkoder hver post med `object_pairs_hook`, så en nøgle, der står to gange i samme objekt, "
        "giver en ugyldig post i stedet for, at den sidste værdi vinder i stilhed. Samme fil i samme proces, "
        f"skiftevis med og uden tjekket, {args.gentagelser} gange; processens CPU-tid, medianer.", "",
        "| måling | med tjek (s) | uden tjek (s) | forhold (median) | forhold min–maks |", "|---|---:|---:|---:|---:|",
    ]
    for m in maalinger:
        linjer.append(f"| {'læsning og validering' if m['validering'] else 'kun læsning'} | {kb._tal(m['med'])} | "
                      f"{kb._tal(m['uden'])} | {kb._tal(m['forhold'])} | {kb._tal(m['min'])}–{kb._tal(m['maks'])} |")
    linjer += ["", "## 2. Hukommelse i en tjeneste med lange ukendte nøgler", "",
               "400 kald af `valider` med hver sin ukendte nøgle på 1 MB; hukommelse i brug før og efter "
               f"(tracemalloc efter oprydning): {kb._tal(foer, 1)} → {kb._tal(efter, 1)} MiB. Før mellemlageret fik "
               "sine grænser (issue 10), blev omkring 380 MiB hængende.", ""]
    (kb.BENCH / "LAESNING.md").write_text("\n".join(linjer), encoding="utf-8")


if __name__ == "__main__":
    main()
