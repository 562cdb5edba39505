"""Alle målinger i én kørsel; resultaterne skrives i bench/RESULTS.md.

    make bench                                            # 10k, 100k og 1M sager
    .venv/bin/python bench/koer_benchmarks.py --hurtig    # uden 1M sager (et par minutter)

1. Gennemløb: de genererede validatorer mod den håndskrevne (bench/haandskrevet.py) på
   samme JSON Lines-fil og med samme læser, skiftevis A B A B, hver måling i sin egen
   proces; medianer og medianen af forholdet parvis. Både uden og med JSON-uddata.
2. Skalering: `regel valider FIL --format jsonl` på 10k, 100k og 1M sager: tid og
   største RSS for netop den proces (os.wait4).
3. Oversættelse: indlæsning og parsning, tjek og Python-generering af rules/ og af
   syntetiske regelsæt 10 og 100 gange så store (omdøbte kopier af reglerne).

Validatorerne bygges fra rules/ til bench/out/pakke, så målingen altid gælder de
nuværende regler; generated/ røres ikke. Data laves deterministisk i bench/out/.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import platform
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BENCH = ROOT / "bench"
OUT = BENCH / "out"
PAKKE = OUT / "pakke"
DATO = "2024-05-01"
sys.path.insert(0, str(ROOT))

from compiler import checker, parser, pipeline, source  # noqa: E402
from compiler.backends import python as pyback  # noqa: E402
from compiler.ir.lower import lower  # noqa: E402

FAELLES = {"datamodel.regel", "kilder.regel", "bestemmelser.regel", "definitioner.regel"}


def byg_pakke() -> None:
    loaded = pipeline.load([ROOT / "rules"])
    if not loaded.ok:
        sys.exit("Reglerne har fejl; ret dem (regel tjek rules) før målingerne.\n" + "\n".join(loaded.render()))
    shutil.rmtree(PAKKE, ignore_errors=True)
    for relative, text in pyback.generate(loaded.rule_set).items():
        target = PAKKE / relative
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(text, encoding="utf-8")


def sagsbestand(antal: int) -> Path:
    """Den syntetiske sagsbestand; filnavnet følger generatorens indhold, så en ændret generator giver ny data."""
    version = hashlib.sha256((BENCH / "lav_sagsbestand.py").read_bytes()).hexdigest()[:8]
    sti = OUT / f"sager_{antal}_{version}.jsonl"
    if not sti.exists():
        subprocess.run([sys.executable, str(BENCH / "lav_sagsbestand.py"), "--antal", str(antal), "--ud", str(sti)],
                       check=True)
    return sti


def proces(kommando: list[str], uddata: str | None = None) -> tuple[str, float, float, float]:
    """Kør en proces; (stdout, sekunder, største RSS i MiB og CPU-sekunder for netop den proces).

    Med `uddata` skrives stdout dertil (fx /dev/null) i stedet for at blive læst."""
    start = time.perf_counter()
    with (open(uddata, "w") if uddata else tempfile.TemporaryFile("w+")) as ud:
        child = subprocess.Popen(kommando, stdout=ud, stderr=subprocess.DEVNULL, cwd=ROOT)
        _pid, status, forbrug = os.wait4(child.pid, 0)
        sekunder = time.perf_counter() - start
        tekst = "" if uddata else (ud.seek(0), ud.read())[1]
    if os.waitstatus_to_exitcode(status) not in (0, 1):
        sys.exit(f"{' '.join(kommando)} fejlede")
    return tekst, sekunder, forbrug.ru_maxrss / 1024, forbrug.ru_utime + forbrug.ru_stime


def gennemloeb(antal: int, gentagelser: int, med_json: bool) -> dict:
    sti = sagsbestand(antal)

    def maal(hvilken: str) -> float:
        kommando = [sys.executable, str(BENCH / "koer_validator.py"), hvilken, str(PAKKE), str(sti), DATO]
        return json.loads(proces(kommando + (["--json"] if med_json else []))[0])["sekunder"]

    maal("genereret")  # opvarmning: filen i sidecachen
    genereret, haandskrevet, forhold = [], [], []
    for _ in range(gentagelser):
        a, b = maal("genereret"), maal("haandskrevet")
        genereret.append(a)
        haandskrevet.append(b)
        forhold.append(a / b)
    return {"antal": antal, "json": med_json, "genereret": statistics.median(genereret),
            "haandskrevet": statistics.median(haandskrevet), "forhold": statistics.median(forhold),
            "forhold_min": min(forhold), "forhold_max": max(forhold)}


def skalering(antal: int, gentagelser: int) -> dict:
    sti = sagsbestand(antal)
    kommando = [sys.executable, "-m", "compiler", "valider", str(sti), "--dato", DATO, "--format", "jsonl",
                "--pakke", str(PAKKE), "--jobs", "1"]
    maalinger = [proces(kommando, os.devnull)[1:] for _ in range(gentagelser)]
    sekunder = statistics.median(m[0] for m in maalinger)
    return {"antal": antal, "sekunder": sekunder, "maks_mib": max(m[1] for m in maalinger),
            "pr_sag_us": 1e6 * sekunder / antal}


def syntetiske_regler(faktor: int, mappe: Path) -> None:
    """rules/ med hver regelfil gentaget `faktor` gange under nye regel- og undtagelsesnavne."""
    program = pipeline.load([ROOT / "rules"]).program
    navne = sorted([*program.rules, *program.exceptions], key=len, reverse=True)
    moenster = re.compile(r"(?<!\w)(" + "|".join(map(re.escape, navne)) + r")(?!\w)")
    for sti in sorted((ROOT / "rules").glob("*.regel")):
        tekst = sti.read_text(encoding="utf-8")
        if sti.name in FAELLES:
            (mappe / sti.name).write_text(tekst, encoding="utf-8")
            continue
        for kopi in range(faktor):
            (mappe / f"{sti.stem}_{kopi}.regel").write_text(moenster.sub(lambda m: f"{m.group(1)}_{kopi}", tekst),
                                                           encoding="utf-8")


def oversaettelse(faktor: int, gentagelser: int) -> dict:
    with tempfile.TemporaryDirectory() as mappe:
        syntetiske_regler(faktor, Path(mappe))
        filer = sorted(Path(mappe).glob("*.regel"))
        linjer = sum(len(f.read_text(encoding="utf-8").splitlines()) for f in filer)
        maalinger = []
        for _ in range(gentagelser):
            with pipeline.without_cyclic_gc():  # som `regel byg` (pipeline.load)
                tider, program, kode = _oversaet(filer, faktor)
            maalinger.append(tider)
    parse, tjek, generer = (statistics.median(m[i] for m in maalinger) for i in range(3))
    return {"faktor": faktor, "linjer": linjer, "regler": len(program.rules) + len(program.exceptions),
            "kodelinjer": sum(t.count("\n") for t in kode.values()), "parse": parse, "tjek": tjek,
            "generer": generer, "i_alt": parse + tjek + generer}


def _oversaet(filer: list[Path], faktor: int) -> tuple[tuple[float, float, float], object, dict[str, str]]:
    """Parsning, tjek og Python-generering af filerne, hver for sig timet."""
    t0 = time.perf_counter()
    moduler, problemer = [], []
    for fil in filer:
        modul, fundne = parser.parse_text(source.decode(fil.read_bytes()), str(fil))
        moduler.append(modul)
        problemer += fundne
    t1 = time.perf_counter()
    program, fundne = checker.check(moduler)
    problemer += fundne
    t2 = time.perf_counter()
    kode = pyback.generate(lower(program, program.semantics))
    t3 = time.perf_counter()
    if any(p.is_error for p in problemer):
        sys.exit(f"Det syntetiske regelsæt × {faktor} har fejl: {problemer[0].message}")
    return (t1 - t0, t2 - t1, t3 - t2), program, kode


def _tal(x: float, decimaler: int = 2) -> str:
    return f"{x:.{decimaler}f}".replace(".", ",")


def _heltal(n: int) -> str:
    return f"{n:,}".replace(",", ".")


def skriv_resultater(gennem: list[dict], skala: list[dict], oversat: list[dict], kommando: str) -> None:
    linjer = [
        "# Målinger", "",
        f"Maskine: {os.cpu_count()} kerner ({platform.machine()}), Python {platform.python_version()}, "
        f"{platform.system()} {platform.release()}. Skæringsdato {DATO}. Maskinen er delt og støjende: "
        "sammenlign forhold målt i samme kørsel, ikke absolutte tider fra forskellige kørsler.", "",
        f"Kør igen: `{kommando}`. Data laves deterministisk af `bench/lav_sagsbestand.py` (frø 1, 1 % ugyldige "
        "poster) i `bench/out/`, og validatorerne bygges fra `rules/` til `bench/out/pakke/`. "
        "De enkelte målinger er disse kommandoer:", "",
        "```",
        ".venv/bin/python bench/lav_sagsbestand.py --antal N --ud bench/out/sager_N_<version>.jsonl",
        f".venv/bin/python bench/koer_validator.py genereret|haandskrevet bench/out/pakke FIL {DATO} [--json]",
        f".venv/bin/python -m compiler valider FIL --dato {DATO} --format jsonl --pakke bench/out/pakke --jobs 1 "
        "> /dev/null",
        "```", "",
        "## 1. Genereret mod håndskrevet validator (ende til ende fra JSON Lines)", "",
        "Samme fil og samme læser (`laes_sager`: linje for linje, `json.loads`), skiftevis i hver sin proces; "
        "tid for læsning, JSON, indlæsning og tjek af sagen, alle regler og fokusmålet. Med JSON-uddata skrives "
        "hvert resultat desuden med `json.dumps` som i `regel valider --format jsonl`. Mål: forhold ≤ 1,3.", "",
        "| sager | uddata | genereret (s) | håndskrevet (s) | forhold (median) | forhold min–maks |",
        "|---:|---|---:|---:|---:|---:|",
    ]
    for r in gennem:
        linjer.append(f"| {_heltal(r['antal'])} | {'JSON' if r['json'] else 'ingen'} | {_tal(r['genereret'])} | "
                      f"{_tal(r['haandskrevet'])} | {_tal(r['forhold'])} | "
                      f"{_tal(r['forhold_min'])}–{_tal(r['forhold_max'])} |")
    linjer += ["", "## 2. Skalering af `regel valider --format jsonl --jobs 1`", "",
               "Hele processen (opstart, læsning, validering, JSON-uddata til /dev/null); median af tre kørsler "
               "og største RSS for netop den proces.", "",
               "| sager | tid (s) | µs pr. sag | største RSS (MiB) |", "|---:|---:|---:|---:|"]
    for r in skala:
        linjer.append(f"| {_heltal(r['antal'])} | {_tal(r['sekunder'], 1)} | {r['pr_sag_us']:.0f} | "
                      f"{r['maks_mib']:.0f} |")
    linjer += ["", "## 3. Oversættelse af regelsæt", "",
               "Parsning (inkl. læsning og normalisering), tjek og Python-generering; medianer. De syntetiske "
               "regelsæt er rules/ med hver regelfil kopieret 10 og 100 gange under nye regelnavne.", "",
               "| regelsæt | linjer | regler | genereret kode (linjer) | parse (s) | tjek (s) | generér (s) | "
               "i alt (s) | ms pr. 1000 linjer |", "|---|---:|---:|---:|---:|---:|---:|---:|---:|"]
    for r in oversat:
        linjer.append(f"| rules/ × {r['faktor']} | {_heltal(r['linjer'])} | {r['regler']} | {_heltal(r['kodelinjer'])} | "
                      f"{_tal(r['parse'], 3)} | {_tal(r['tjek'], 3)} | {_tal(r['generer'], 3)} | {_tal(r['i_alt'], 3)} | "
                      f"{1e6 * r['i_alt'] / r['linjer']:.0f} |")
    linjer += ["", ANDRE_MAALINGER]
    (BENCH / "RESULTS.md").write_text("\n".join(linjer) + "\n", encoding="utf-8")


ANDRE_MAALINGER = """## Andre målinger

* Den genererede validators standardsti mod en slank håndskrevet validator, og hvad forklaringer koster: \
[VALIDERINGSSTI.md](VALIDERINGSSTI.md) (`bench/valideringssti.py`).
* `regel konsekvens` mod `regel valider`: [KONSEKVENS.md](KONSEKVENS.md) (`bench/koer_konsekvens.py`).
* Læsning af sagsbestande (tjekket for dobbelte nøgler): [LAESNING.md](LAESNING.md) (`bench/laesning.py`).
* `regel tjek` på regelfiler på 2, 10 og 50 MB: [REGELFILER.md](REGELFILER.md) (`bench/store_regelfiler.py`).
* Opstarten af `regel` (`regel --help`, `regel tjek` på eksempelprojektet) mod en anden udgave i samme kørsel: \
[OPSTART.md](OPSTART.md) (`bench/opstart.py`).
* Editorens svartider (`regel lsp`, `regel rediger`; fuld kontrol efter et tastetryk): [EDITOR.md](EDITOR.md) \
(`bench/editor.py`)."""


def main() -> None:
    ap = argparse.ArgumentParser(description="Kør målingerne og skriv bench/RESULTS.md.")
    ap.add_argument("--hurtig", action="store_true", help="spring 1M sager over")
    ap.add_argument("--gentagelser", type=int, default=5, help="gentagelser pr. måling (standard 5)")
    args = ap.parse_args()
    OUT.mkdir(parents=True, exist_ok=True)
    byg_pakke()
    gennem = [gennemloeb(100_000, args.gentagelser, med_json) for med_json in (False, True)]
    print(*gennem, sep="\n", flush=True)
    skala = []
    for antal in [10_000, 100_000] + ([] if args.hurtig else [1_000_000]):
        skala.append(skalering(antal, 3))
        print(skala[-1], flush=True)
    oversat = []
    for faktor in (1, 10, 100):
        oversat.append(oversaettelse(faktor, 3 if faktor < 100 else 1))
        print(oversat[-1], flush=True)
    kommando = ".venv/bin/python bench/koer_benchmarks.py --hurtig" if args.hurtig else "make bench"
    skriv_resultater(gennem, skala, oversat, kommando)


if __name__ == "__main__":
    main()
