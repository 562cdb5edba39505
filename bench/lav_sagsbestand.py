"""Deterministisk generator af syntetiske sagsbestande (JSON Lines).

    python bench/lav_sagsbestand.py --antal 100000 --ud bench/out/sager.jsonl
    python bench/lav_sagsbestand.py --antal 40 --ugyldige 0.05 --frø 2024 > examples/sager.jsonl

Sagerne er opdigtede, men realistiske: alle ydelser, 1-6 samtaler, 0-3 tilbud,
fritagelser, frafaldsbeskeder, indstillinger, ordinære løntimer, afsluttede forløb, en
andel sager uden første henvendelse (datafejl) og en andel ugyldige poster (ugyldig
JSON, umulig dato, ukendt værdi). Samme tal giver samme fil.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from datetime import date, timedelta
from typing import Iterator, TextIO

YDELSER = ["dagpenge", "kontanthjælp", "uddannelseshjælp", "ledighedsydelse", "overgangsydelse",
           "sygedagpenge", "revalidering", "ressourceforløb", "jobafklaringsforløb", "førtidspension"]
VISITATION = {"kontanthjælp": ["jobparat", "aktivitetsparat"], "overgangsydelse": ["jobparat", "aktivitetsparat"],
              "uddannelseshjælp": ["åbenlyst_uddannelsesparat", "uddannelsesparat", "aktivitetsparat"]}
TILBUD = ["virksomhedspraktik", "løntilskud", "øvrig_vejledning_og_opkvalificering", "uddannelse", "nytteindsats"]
UGYLDIGE = [
    '{{"id": "U{n}", "ydelse": "kontanthjælp", "forløbsstart": "2023-02-30"}}',
    '{{"id": "U{n}", "ydelse": "arbejdsløshed", "forløbsstart": "2023-03-01"}}',
    '{{"id": "U{n}", "ydelse": "dagpenge", "forløbsstart": "2023-03-01", "samtaler": [{{"dato": "2023-03-02"}}]}}',
    '{{"id": "U{n}", "ydelse": "dagpenge", "forløbsstart": ',
]


def iso(day: date) -> str:
    return day.isoformat()


def lav_sag(nummer: int, tilfaeldig: random.Random) -> dict:
    ydelse = YDELSER[nummer % len(YDELSER)]
    start = date(2021, 6, 1) + timedelta(days=tilfaeldig.randrange(0, 1000))
    sag = {"id": f"S{nummer:07d}", "ydelse": ydelse, "forløbsstart": iso(start)}
    if ydelse in VISITATION:
        sag["visitation"] = tilfaeldig.choice(VISITATION[ydelse])
    if ydelse in ("kontanthjælp", "uddannelseshjælp") and nummer % 9 != 4:
        sag["første_henvendelse"] = iso(start)
    if ydelse == "sygedagpenge":
        sag["første_fraværsdag"] = iso(start - timedelta(days=tilfaeldig.randrange(0, 20)))
        sag["har_arbejdsgiver"] = tilfaeldig.random() < 0.5
    aktoerer = ["a_kasse", "jobcenter", "fælles"] if ydelse == "dagpenge" else ["jobcenter"]
    samtaler, dag = [], start + timedelta(days=tilfaeldig.randrange(2, 12))
    for _ in range(tilfaeldig.randrange(1, 7)):
        form = "fremmøde" if not samtaler else tilfaeldig.choice(["fremmøde", "video", "telefon"])
        if tilfaeldig.random() < 0.04:
            form = "brev"
        samtaler.append({"dato": iso(dag), "form": form, "aktør": tilfaeldig.choice(aktoerer)})
        dag += timedelta(days=tilfaeldig.randrange(20, 60))
    sag["samtaler"] = samtaler
    tilbud, dag = [], start + timedelta(days=tilfaeldig.randrange(10, 120))
    for _ in range(tilfaeldig.randrange(0, 4)):
        type_ = tilfaeldig.choice(TILBUD)
        varighed = tilfaeldig.choice([14, 28, 60, 120, 200])
        punkt = {"type": type_, "start": iso(dag), "ret_og_pligt": tilfaeldig.random() < 0.4}
        if tilfaeldig.random() < 0.9:
            punkt["slut"] = iso(dag + timedelta(days=varighed))
        if type_ == "løntilskud":
            punkt["arbejdsgiver"] = tilfaeldig.choice(["offentlig", "privat"])
        tilbud.append(punkt)
        dag += timedelta(days=varighed + tilfaeldig.randrange(5, 150))
    sag["tilbud"] = tilbud
    if ydelse == "uddannelseshjælp" and tilfaeldig.random() < 0.5:
        sag["uddannelsesstart"] = iso(start + timedelta(days=60))
        sag["frafaldsbeskeder"] = [{"modtaget": iso(start + timedelta(days=90))}]
        if tilfaeldig.random() < 0.5:
            sag["frafaldsbeskeder"][0]["reaktion"] = iso(start + timedelta(days=92))
    if ydelse == "dagpenge" and start >= date(2024, 1, 1):
        sag["indstillinger"] = [{"dato": iso(start + timedelta(days=40)), "afvist": True,
                                 **({"begrundelse": "Tilbuddet passer ikke til borgerens mål"} if nummer % 2 else {})}]
    if ydelse != "dagpenge":
        sag["ordinære_løntimer_12_mdr"] = tilfaeldig.choice([0, 0, 0, 40, 120, 260])
    if nummer % 11 == 3:
        fra = start + timedelta(days=30)
        sag["fritagelse"] = {"årsag": tilfaeldig.choice(["fuldtidsjob", "barsel", "folkepension"]),
                             "fra": iso(fra), "overgang": iso(fra + timedelta(days=tilfaeldig.choice([20, 60])))}
    if nummer % 7 == 6:
        sag["forløbsslut"] = iso(start + timedelta(days=tilfaeldig.randrange(30, 300)))
    return sag


def linjer(antal: int, frø: int, ugyldige: float) -> Iterator[str]:
    tilfaeldig = random.Random(frø)
    for nummer in range(1, antal + 1):
        if tilfaeldig.random() < ugyldige:
            yield tilfaeldig.choice(UGYLDIGE).format(n=nummer)
        else:
            yield json.dumps(lav_sag(nummer, tilfaeldig), ensure_ascii=False)


def skriv(antal: int, frø: int, ugyldige: float, ud: TextIO) -> None:
    for linje in linjer(antal, frø, ugyldige):
        ud.write(linje + "\n")


def main() -> None:
    parser = argparse.ArgumentParser(description="Lav en syntetisk sagsbestand som JSON Lines.")
    parser.add_argument("--antal", type=int, default=1000, help="antal poster")
    parser.add_argument("--frø", type=int, default=1, help="frø til tilfældighedsgeneratoren")
    parser.add_argument("--ugyldige", type=float, default=0.01, help="andel ugyldige poster (0-1)")
    parser.add_argument("--ud", help="fil der skrives til (standard: skærmen)")
    args = parser.parse_args()
    if args.ud:
        with open(args.ud, "w", encoding="utf-8") as ud:
            skriv(args.antal, args.frø, args.ugyldige, ud)
    else:
        skriv(args.antal, args.frø, args.ugyldige, sys.stdout)


if __name__ == "__main__":
    main()
