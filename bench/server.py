"""HTTP-tjenesten (`python -m beskaeftigelsesregler.server`) under belastning på 127.0.0.1;
resultaterne skrives i bench/SERVER.md.

    .venv/bin/python bench/server.py [--antal N] [--sekunder S]

Validatorerne bygges fra rules/ (bench/out/pakke), sagerne laves af bench/lav_sagsbestand.py
(gyldige og ugyldige poster, som de kommer). Tjenesten kører i sin egen proces; klienterne
(http.client, én keep-alive-forbindelse pr. tråd) i denne. Målt: POST /valider med 1 og 8
klienttråde (forespørgsler pr. sekund, p50/p99 for svartiden), uden og med beslutningslog
(`--beslutningslog`: to tjenester, målt skiftevis i RUNDER runder, så en skiftende belastning af
maskinen rammer begge ens), POST /valider/sagsbestand med hele sagsbestanden i ét kald (sager
pr. sekund), og til sammenligning `valider` kaldt direkte i én proces på de samme poster. Alle
tal fra samme kørsel.
"""

from __future__ import annotations

import argparse
import http.client
import json
import os
import platform
import subprocess
import sys
import tempfile
import threading
import time
from datetime import date
from pathlib import Path

BENCH = Path(__file__).resolve().parent
sys.path.insert(0, str(BENCH))
import koer_benchmarks as kb  # noqa: E402

STI = f"/valider?skaeringsdato={kb.DATO}"
RUNDER = 4  # runder, hvor tjenesten uden og med beslutningslog måles efter hinanden


def start_tjeneste(*tilvalg: str) -> tuple[subprocess.Popen, int]:
    proces = subprocess.Popen([sys.executable, "-m", "beskaeftigelsesregler.server", "--port", "0", *tilvalg],
                              stderr=subprocess.PIPE, text=True, env={**os.environ, "PYTHONPATH": str(kb.PAKKE)})
    linje = proces.stderr.readline()
    if not linje.startswith("Lytter på http://127.0.0.1:"):
        raise SystemExit(f"tjenesten startede ikke: {linje}{proces.stderr.read()}")
    return proces, int(linje.split(":")[2].split("/")[0])


def belastning(port: int, kroppe: list[bytes], traade: int, sekunder: float) -> tuple[list[float], float, int]:
    """Hver tråd sender kroppene efter tur på sin egen forbindelse i `sekunder`: svartiderne, den
    tid det tog, og antallet af andre svar end 200/400/422."""
    tider: list[list[float]] = [[] for _ in range(traade)]
    fejl: list[str] = []
    stop = time.perf_counter() + sekunder

    def klient(nummer: int) -> None:
        forbindelse = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
        i = nummer * 7919
        try:
            while time.perf_counter() < stop:
                krop = kroppe[i % len(kroppe)]
                i += 1
                start = time.perf_counter()
                forbindelse.request("POST", STI, body=krop, headers={"Content-Type": "application/json"})
                svar = forbindelse.getresponse()
                svar.read()
                tider[nummer].append(time.perf_counter() - start)
                if svar.status not in (200, 400, 422):
                    fejl.append(str(svar.status))
                if svar.getheader("Connection") == "close":
                    forbindelse.close()
        finally:
            forbindelse.close()

    begyndt = time.perf_counter()
    traadliste = [threading.Thread(target=klient, args=(n,)) for n in range(traade)]
    for traad in traadliste:
        traad.start()
    for traad in traadliste:
        traad.join()
    return [t for liste in tider for t in liste], time.perf_counter() - begyndt, len(fejl)


def opsummer(traade: int, maalinger: list[tuple[list[float], float, int]], log: bool) -> dict:
    alle = sorted(t for tider, _varighed, _fejl in maalinger for t in tider)
    varighed = sum(varighed for _tider, varighed, _fejl in maalinger)
    return {"traade": traade, "log": log, "kald": len(alle), "kald_pr_s": round(len(alle) / varighed),
            "p50_ms": round(1000 * alle[len(alle) // 2], 2), "p99_ms": round(1000 * alle[int(len(alle) * 0.99)], 2),
            "fejl": sum(fejl for _tider, _varighed, fejl in maalinger)}


def sagsbestand(port: int, fil: Path) -> dict:
    krop = fil.read_bytes()
    forbindelse = http.client.HTTPConnection("127.0.0.1", port, timeout=600)
    start = time.perf_counter()
    forbindelse.request("POST", f"/valider/sagsbestand?skaeringsdato={kb.DATO}", body=krop,
                        headers={"Content-Type": "application/x-ndjson"})
    svar = forbindelse.getresponse()
    linjer = svar.read().decode("utf-8").splitlines()
    varighed = time.perf_counter() - start
    forbindelse.close()
    opsummering = json.loads(linjer[-1])["opsummering"]
    return {"poster": len(linjer) - 1, "mb": round(len(krop) / 1e6, 1), "sekunder": round(varighed, 2),
            "poster_pr_s": round((len(linjer) - 1) / varighed), "linjer": opsummering["linjer"]}


def direkte(kroppe: list[bytes], dato: date) -> float:
    """`valider` i én proces på de samme kroppe (JSON-afkodning med): kald pr. sekund."""
    import beskaeftigelsesregler as pakke
    start = time.perf_counter()
    for krop in kroppe:
        try:
            pakke.valider(json.loads(krop), dato)
        except (pakke.UgyldigSag, ValueError):
            pass
    return len(kroppe) / (time.perf_counter() - start)


def loggens_tid(kroppe: list[bytes], dato: date, mappe: str) -> float:
    """Mikrosekunder pr. afgørelse for at skrive beslutningsloggen (sammendrag, hash, linje og
    write), i én proces på de samme kroppes resultater."""
    import beskaeftigelsesregler as pakke
    from beskaeftigelsesregler._runtime.beslutningslog import Beslutningslog, af_resultat
    afgjort = []
    for krop in kroppe:
        try:
            sag = json.loads(krop)
            afgjort.append((sag, pakke.valider(sag, dato)))
        except (pakke.UgyldigSag, ValueError):
            pass
    with Beslutningslog(Path(mappe) / "maalt.jsonl", pakke.REGELSAET) as log:
        start = time.perf_counter()
        for sag, resultat in afgjort:
            log.skriv("POST /valider", dato, sag, resultat["id"], af_resultat(resultat))
        return 1e6 * (time.perf_counter() - start) / len(afgjort)


def main() -> None:
    parser = argparse.ArgumentParser(description="Mål HTTP-tjenesten og skriv bench/SERVER.md.")
    parser.add_argument("--antal", type=int, default=5_000, help="sager i sagsbestanden (standard: 5000)")
    parser.add_argument("--sekunder", type=float, default=10.0, help="sekunder pr. belastningsmåling (standard: 10)")
    args = parser.parse_args()
    kb.OUT.mkdir(parents=True, exist_ok=True)
    kb.byg_pakke()
    fil = kb.sagsbestand(args.antal)
    kroppe = [linje for linje in fil.read_bytes().splitlines() if linje.strip()]
    sys.path.insert(0, str(kb.PAKKE))
    direkte_pr_s = round(direkte(kroppe, date.fromisoformat(kb.DATO)))
    with tempfile.TemporaryDirectory() as mappe:
        log = Path(mappe) / "beslutninger.jsonl"
        uden, med = start_tjeneste(), start_tjeneste("--beslutningslog", str(log))
        try:
            belastninger, med_log = [], []
            for traade in (1, 8):
                runder: dict[bool, list] = {False: [], True: []}
                for _ in range(RUNDER):
                    for med_beslutningslog, (_proces, port) in ((False, uden), (True, med)):
                        runder[med_beslutningslog].append(belastning(port, kroppe, traade, args.sekunder / RUNDER))
                belastninger.append(opsummer(traade, runder[False], False))
                med_log.append(opsummer(traade, runder[True], True))
            bestand = sagsbestand(uden[1], fil)
        finally:
            for proces, _port in (uden, med):
                proces.terminate()
                proces.wait(30)
        loglinjer = len(log.read_bytes().splitlines())
        pr_afgoerelse_us = loggens_tid(kroppe, date.fromisoformat(kb.DATO), mappe)
    resultat = {"direkte_kald_pr_s": direkte_pr_s, "belastning": belastninger, "med_beslutningslog": med_log,
                "loglinjer": loglinjer, "log_us_pr_afgoerelse": round(pr_afgoerelse_us, 1), "sagsbestand": bestand}
    print(json.dumps(resultat, ensure_ascii=False))
    kommando = "`.venv/bin/python bench/server.py" + (f" --antal {args.antal}" if args.antal != 5_000 else "") \
        + (f" --sekunder {args.sekunder:g}" if args.sekunder != 10.0 else "") + "`"
    raekker = [f"| POST /valider, {b['traade']} {'tråd' if b['traade'] == 1 else 'tråde'}"
               f"{', med beslutningslog' if b.get('log') else ''} | {kb._heltal(b['kald_pr_s'])} "
               f"| {kb._tal(b['p50_ms'])} | {kb._tal(b['p99_ms'])} | {kb._heltal(b['kald'])} | {b['fejl']} |"
               for b in (*belastninger, *med_log)]
    (BENCH / "SERVER.md").write_text("\n".join([
        "# HTTP-tjenesten under belastning", "",
        f"Maskine: {os.cpu_count()} kerner ({platform.machine()}), Python {platform.python_version()}. Kør igen: "
        f"{kommando}. Tjenesten (`python -m beskaeftigelsesregler.server`, standardgrænser) i sin egen proces "
        "på 127.0.0.1, validatorerne bygget fra `rules/`; klienterne er tråde i benchmarkens proces med hver "
        "sin keep-alive-forbindelse (`http.client`), så klient og tjeneste deler maskinens kerner. Kroppene er "
        f"de {kb._heltal(len(kroppe))} linjer fra `bench/lav_sagsbestand.py --antal {args.antal}` (også de "
        f"ugyldige, som får 400/422), sendt efter tur i {args.sekunder:g} sekunder pr. måling (i {RUNDER} "
        "runder, skiftevis med og uden beslutningslog). Svartiden er "
        "fra forespørgslen sendes, til svaret er læst.", "",
        "| måling | kald/s | p50 ms | p99 ms | kald | andre svar end 200/400/422 |", "|---|---:|---:|---:|---:|---:|", *raekker, "",
        f"Til sammenligning: `valider` kaldt direkte i én proces på de samme kroppe (med `json.loads`): "
        f"{kb._heltal(direkte_pr_s)} kald/s. 8 klienttråde giver "
        f"{kb._tal(belastninger[1]['kald_pr_s'] / belastninger[0]['kald_pr_s'])} × så mange kald pr. sekund som én "
        "(med én tråd venter klient og tjeneste skiftevis på hinanden; med flere overlapper det, og de bruger "
        "hver sin kerne). Tjenesten er én Python-proces, hvis tråde deler GIL'en: ud over det kræver flere "
        "kald pr. sekund flere processer bag en load balancer.", "",
        f"Med beslutningsloggen (én linje pr. afgørelse, skrevet før svaret; {kb._heltal(loglinjer)} linjer i alt) "
        f"klarer tjenesten {kb._tal(med_log[0]['kald_pr_s'] / belastninger[0]['kald_pr_s'])} × (1 tråd) og "
        f"{kb._tal(med_log[1]['kald_pr_s'] / belastninger[1]['kald_pr_s'])} × (8 tråde) så mange kald pr. sekund "
        "som uden. Afgørelserne er 200- og 422-svarene; 400-svarene (ingen sag) logges ikke. At skrive én "
        f"afgørelse (sammendrag, SHA-256 af sagen, linjen og ét write) tager {kb._tal(pr_afgoerelse_us, 1)} µs "
        "målt for sig i én proces.", "",
        f"POST /valider/sagsbestand med hele filen ({kb._tal(bestand['mb'], 1)} MB, {kb._heltal(bestand['poster'])} "
        f"poster) i ét kald: {kb._tal(bestand['sekunder'])} s, {kb._heltal(bestand['poster_pr_s'])} poster/s "
        "(modtagelse, vurdering og JSON Lines-svar).", "",
    ]), encoding="utf-8")


if __name__ == "__main__":
    main()
