"""Laver eksempel-sagsbestanden examples/sager.jsonl (deterministisk).

Kør: python examples/lav_eksempler.py > examples/sager.jsonl
Sagerne er opdigtede, men realistiske: alle ydelser, samtaler, tilbud, fritagelser,
nogle overtrædelser, en sag uden første henvendelse (datafejl) og to ugyldige poster.
"""

import json
import random
from datetime import date, timedelta

YDELSER = ["dagpenge", "kontanthjælp", "uddannelseshjælp", "ledighedsydelse", "overgangsydelse",
           "sygedagpenge", "revalidering", "ressourceforløb", "jobafklaringsforløb", "førtidspension"]
VISITATION = {"kontanthjælp": ["jobparat", "aktivitetsparat"], "overgangsydelse": ["jobparat", "aktivitetsparat"],
              "uddannelseshjælp": ["åbenlyst_uddannelsesparat", "uddannelsesparat", "aktivitetsparat"]}
TILBUD = ["virksomhedspraktik", "løntilskud", "øvrig_vejledning_og_opkvalificering", "uddannelse", "nytteindsats"]


def iso(day: date) -> str:
    return day.isoformat()


def lav_sag(nummer: int, tilfaeldig: random.Random) -> dict:
    ydelse = YDELSER[nummer % len(YDELSER)]
    start = date(2023, 1, 2) + timedelta(days=tilfaeldig.randrange(0, 420))
    sag = {"id": f"S{nummer:03d}", "ydelse": ydelse, "forløbsstart": iso(start)}
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
    for _ in range(tilfaeldig.randrange(0, 3)):
        type_ = tilfaeldig.choice(TILBUD)
        varighed = tilfaeldig.choice([14, 28, 60, 120, 200])
        punkt = {"type": type_, "start": iso(dag), "slut": iso(dag + timedelta(days=varighed)),
                 "ret_og_pligt": tilfaeldig.random() < 0.4}
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


def main() -> None:
    tilfaeldig = random.Random(2024)
    linjer = [json.dumps(lav_sag(nummer, tilfaeldig), ensure_ascii=False) for nummer in range(1, 41)]
    linjer.insert(12, '{"id": "S900", "ydelse": "kontanthjælp", "forløbsstart": "2023-02-30"}')
    linjer.insert(25, '{"id": "S901", "ydelse": "arbejdsløshed", "forløbsstart": "2023-03-01"}')
    print("\n".join(linjer))


if __name__ == "__main__":
    main()
