"""Deterministisk generator af syntetiske sagsbestande (JSON Lines).

    python bench/lav_sagsbestand.py --antal 100000 --ud bench/out/sager.jsonl
    python bench/lav_sagsbestand.py --antal 40 --ugyldige 0.05 --frø 2024 > sager.jsonl

Sagerne er opdigtede, men realistiske: alle ydelser (med en realistisk fordeling),
forløb der begynder fra 2019 til midten af 2025, 0-10 samtaler og 0-5 tilbud,
fritagelser, mentorer, frafaldsbeskeder, indstillinger, ordinære løntimer, afsluttede
forløb og bevidst datoer tæt på frister og grænser. En lille andel mangler data, som en
regel har brug for (datafejl), og en andel poster er ugyldige (ugyldig JSON, umulig dato,
ukendt værdi, forkert type). Samme frø og antal giver samme fil.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from datetime import date, timedelta
from typing import Iterator, TextIO

# Omtrentlig fordeling af forløb på ydelser (relative vægte).
YDELSER = {
    "dagpenge": 24, "kontanthjælp": 18, "uddannelseshjælp": 10, "ledighedsydelse": 4, "overgangsydelse": 3,
    "sygedagpenge": 22, "revalidering": 3, "ressourceforløb": 6, "jobafklaringsforløb": 6, "førtidspension": 4,
}
VISITATION = {"kontanthjælp": ["jobparat", "aktivitetsparat"], "overgangsydelse": ["jobparat", "aktivitetsparat"],
              "uddannelseshjælp": ["åbenlyst_uddannelsesparat", "uddannelsesparat", "aktivitetsparat"]}
TILBUDSTYPER = ["virksomhedspraktik", "løntilskud", "øvrig_vejledning_og_opkvalificering", "uddannelse",
                "nytteindsats"]
FRITAGELSESAARSAGER = ["fuldtidsjob", "fleksjob", "barsel", "efterløn", "fleksydelse", "folkepension"]
# Varigheder i dage; flere ligger lige omkring grænserne for praktik (28/91 dage) og løntilskud.
VARIGHEDER = [13, 27, 28, 29, 45, 60, 90, 91, 92, 119, 120, 121, 150, 181, 182, 183, 200, 250]
LOENTIMER = [0, 0, 0, 0, 0, 40, 99, 100, 150.5, 224, 225, 260, 800]
FOERSTE_DAG = date(2019, 1, 1)
SIDSTE_DAG = date(2025, 6, 30)
BEGRUNDELSER = ["Tilbuddet passer ikke til borgerens mål", "Borgeren starter i job", "", "  "]


def iso(dag: date) -> str:
    return dag.isoformat()


def _dage(dag: date, antal: int) -> date:
    return dag + timedelta(days=antal)


KOMMUNER = ("Hedensted", "Vejle", "Horsens", "Aarhus", "Odense")


def lav_sag(nummer: int, tilfaeldig: random.Random) -> dict:
    """Én gyldig sag (kan mangle data, som en regel har brug for)."""
    r = tilfaeldig
    ydelse = r.choices(list(YDELSER), weights=list(YDELSER.values()))[0]
    start = _dage(FOERSTE_DAG, r.randrange((SIDSTE_DAG - FOERSTE_DAG).days))
    sag: dict = {"id": f"S{nummer:07d}", "ydelse": ydelse, "forløbsstart": iso(start)}
    if ydelse in VISITATION and r.random() < 0.97:
        sag["visitation"] = r.choice(VISITATION[ydelse])
    if ydelse in ("kontanthjælp", "overgangsydelse") and r.random() < 0.15:
        sag["i_integrationsprogram"] = True
    if ydelse in ("kontanthjælp", "uddannelseshjælp") and r.random() < 0.92:
        sag["første_henvendelse"] = iso(_dage(start, -r.randrange(0, 10)))
    if ydelse == "sygedagpenge":
        if r.random() < 0.9:
            sag["første_fraværsdag"] = iso(_dage(start, -r.randrange(0, 30)))
        sag["har_arbejdsgiver"] = r.random() < 0.5
    sag["samtaler"] = _samtaler(r, ydelse, start)
    sag["tilbud"] = _tilbud(r, ydelse, start)
    if ydelse == "uddannelseshjælp":
        _uddannelse(r, sag, start)
    if ydelse == "dagpenge" and r.random() < 0.5:
        sag["indstillinger"] = _indstillinger(r, start)
    if ydelse != "dagpenge" or r.random() < 0.1:
        sag["ordinære_løntimer_12_mdr"] = r.choice(LOENTIMER)
    if r.random() < 0.08:
        fra = _dage(start, r.randrange(0, 400))
        sag["fritagelse"] = {"årsag": r.choice(FRITAGELSESAARSAGER), "fra": iso(fra),
                             "overgang": iso(_dage(fra, r.choice([10, 30, 41, 42, 43, 60])))}
    if r.random() < 0.3:
        sag["forløbsslut"] = iso(_dage(start, r.randrange(5, 700)))
    # The exporting system's own columns, as real exports carry: the validators ignore them.
    sag["kommune"] = KOMMUNER[nummer % len(KOMMUNER)]
    sag["sagsbehandler"] = f"SB{nummer % 97:02d}"
    return sag


def _samtaler(r: random.Random, ydelse: str, start: date) -> list[dict]:
    aktoerer = ["a_kasse", "a_kasse", "jobcenter", "fælles"] if ydelse == "dagpenge" else ["jobcenter"] * 9 + ["fælles"]
    samtaler, dag = [], _dage(start, r.randrange(-3, 14))
    for _ in range(r.choice([0, 1, 2, 3, 3, 4, 4, 4, 5, 5, 6, 7, 8, 10])):
        if not samtaler or r.random() < 0.6:
            form = "fremmøde"
        else:
            form = r.choice(["video", "telefon", "fremmøde"])
        if r.random() < 0.03:
            form = r.choice(["brev", "video", "telefon"])
        samtaler.append({"dato": iso(dag), "form": form, "aktør": r.choice(aktoerer)})
        dag = _dage(dag, r.randrange(7, 75))
    if len(samtaler) > 2 and r.random() < 0.05:
        r.shuffle(samtaler)  # registreret i en anden rækkefølge end datoerne
    return samtaler


def _tilbud(r: random.Random, ydelse: str, start: date) -> list[dict]:
    tilbud, dag = [], _dage(start, r.randrange(0, 200))
    for _ in range(r.choice([0, 0, 1, 1, 1, 2, 2, 3, 4, 5])):
        type_ = r.choice(TILBUDSTYPER)
        varighed = r.choice(VARIGHEDER)
        punkt = {"type": type_, "start": iso(dag)}
        if r.random() < 0.85:
            punkt["slut"] = iso(_dage(dag, varighed - 1))
        if type_ == "løntilskud" and r.random() < 0.97:
            punkt["arbejdsgiver"] = r.choice(["offentlig", "privat"])
        if r.random() < 0.4:
            punkt["ret_og_pligt"] = True
        if ydelse == "uddannelseshjælp" and r.random() < 0.1:
            punkt["selvfundet"] = True
        tilbud.append(punkt)
        dag = _dage(dag, varighed + r.randrange(-20, 160))
    return tilbud


def _uddannelse(r: random.Random, sag: dict, start: date) -> None:
    uddannelsesstart = _dage(start, r.randrange(10, 200))
    if r.random() < 0.6:
        sag["uddannelsesstart"] = iso(uddannelsesstart)
        if r.random() < 0.5:
            mentor = {"start": iso(uddannelsesstart)}
            if r.random() < 0.7:
                mentor["slut"] = iso(_dage(uddannelsesstart, r.choice([90, 182, 240])))
            mentor["forlænget"] = r.random() < 0.2
            sag["mentor"] = mentor
    if "uddannelsesstart" in sag or r.random() < 0.1:
        beskeder = []
        for _ in range(r.randrange(0, 4)):
            modtaget = _dage(uddannelsesstart, r.randrange(-20, 220))
            besked = {"modtaget": iso(modtaget)}
            if r.random() < 0.6:
                besked["reaktion"] = iso(_dage(modtaget, r.randrange(-2, 20)))
            beskeder.append(besked)
        sag["frafaldsbeskeder"] = beskeder


def _indstillinger(r: random.Random, start: date) -> list[dict]:
    indstillinger = []
    for _ in range(r.randrange(1, 4)):
        indstilling = {"dato": iso(_dage(start, r.randrange(0, 300))), "afvist": r.random() < 0.5}
        if r.random() < 0.7:
            indstilling["begrundelse"] = r.choice(BEGRUNDELSER)
        indstillinger.append(indstilling)
    return indstillinger


def lav_ugyldig(nummer: int, tilfaeldig: random.Random) -> str:
    """Én ugyldig linje: en ellers realistisk sag med én fejl af en almindelig slags."""
    sag = lav_sag(nummer, tilfaeldig)
    slags = tilfaeldig.randrange(8)
    if slags == 0:
        return json.dumps(sag, ensure_ascii=False)[:-tilfaeldig.randrange(2, 40)]  # afbrudt linje
    if slags == 1:
        sag["forløbsstart"] = tilfaeldig.choice(["2023-02-30", "2022-13-01", "1. marts 2023", "2023-3-1"])
    elif slags == 2:
        sag["ydelse"] = tilfaeldig.choice(["arbejdsløshed", "Dagpenge", "kontanthjaelp"])
    elif slags == 3:
        sag["samtaler"] = [{"dato": iso(FOERSTE_DAG), "form": "sms", "aktør": "jobcenter"}]
    elif slags == 4:
        sag["ordinære_løntimer_12_mdr"] = tilfaeldig.choice(["mange", -5, True])
    elif slags == 5:
        del sag["id"]
    elif slags == 6:
        sag["tilbud"] = [{"type": "løntilskud", "start": None}]
    else:
        sag["forloebsstart"] = sag.pop("forløbsstart")  # a key spelt without ø
    return json.dumps(sag, ensure_ascii=False)


def linjer(antal: int, frø: int = 1, ugyldige: float = 0.01) -> Iterator[str]:
    tilfaeldig = random.Random(frø)
    for nummer in range(1, antal + 1):
        if tilfaeldig.random() < ugyldige:
            yield lav_ugyldig(nummer, tilfaeldig)
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
