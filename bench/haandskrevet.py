"""Håndskrevet validator for de samme bestemmelser som rules/ (P01-P23 og fokusmålet P20).

Den bruges kun i bench/: som målestok for, hvor hurtige de genererede validatorer er,
og som et uafhængigt orakel i tests/test_differential.py. Den er skrevet i hånden ud fra
bestemmelserne (provisions.md) og afsnittet "Verdicts" i compiler/DESIGN.md, ligetil men
omhyggeligt: datoer og værdier tjekkes én gang ved indlæsningen, og stier til fejl bygges
kun, når der er en fejl. Resultatet har samme form som de genererede validatorer, men
nøglen er bestemmelsen (P01 …), ikke regelnavnet. Hvor regelfilerne har fortolket en
bestemmelse (personer i integrationsprogrammet i P20 og P23), følges fortolkningen.

    bestand = Sagsbestand(date(2024, 5, 1))
    for linje, post in poster:
        resultat = bestand.valider(post, linje)   # None for en ugyldig post
    bestand.population(), bestand.ugyldige
"""

from __future__ import annotations

import calendar
import math
import re
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any, Callable, Optional

DAG = timedelta(days=1)
MAANEDER = ("januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september", "oktober",
            "november", "december")

YDELSER = frozenset({"dagpenge", "kontanthjælp", "uddannelseshjælp", "ledighedsydelse", "overgangsydelse",
                     "sygedagpenge", "revalidering", "ressourceforløb", "jobafklaringsforløb", "førtidspension"})
DE_NI_MAALGRUPPER = YDELSER - {"førtidspension"}
VISITATIONER = frozenset({"jobparat", "aktivitetsparat", "åbenlyst_uddannelsesparat", "uddannelsesparat"})
SAMTALEFORMER = frozenset({"fremmøde", "video", "telefon", "brev"})
AKTOERER = frozenset({"jobcenter", "a_kasse", "fælles"})
TILBUDSTYPER = frozenset({"virksomhedspraktik", "løntilskud", "øvrig_vejledning_og_opkvalificering", "uddannelse",
                          "nytteindsats"})
ARBEJDSGIVERE = frozenset({"offentlig", "privat"})
AARSAGER = frozenset({"fuldtidsjob", "fleksjob", "barsel", "efterløn", "fleksydelse", "folkepension"})
JOBCENTRET = frozenset({"jobcenter", "fælles"})
OEVO = "øvrig_vejledning_og_opkvalificering"

LOVEN_2019 = date(2019, 7, 1)
AAR_2022 = date(2022, 1, 1)
AAR_2023 = date(2023, 1, 1)
AAR_2024 = date(2024, 1, 1)


# ----------------------------------------------------------------------------
# Datoer
# ----------------------------------------------------------------------------

def plus_maaneder(dag: date, antal: int) -> date:
    """Kalendermåneder; findes dagen ikke i målmåneden, bruges dens sidste dag."""
    maaned = dag.month - 1 + antal
    aar, maaned = dag.year + maaned // 12, maaned % 12 + 1
    return dag.replace(year=aar, month=maaned, day=min(dag.day, calendar.monthrange(aar, maaned)[1]))


def dansk(dag: date) -> str:
    return f"{dag.day}. {MAANEDER[dag.month - 1]} {dag.year}"


# ----------------------------------------------------------------------------
# Indlæsning: JSON-objekt -> sag, eller UgyldigSag
# ----------------------------------------------------------------------------

class UgyldigSag(ValueError):
    def __init__(self, felt: str, besked: str):
        super().__init__(f"{felt}: {besked}")
        self.felt = felt
        self.besked = besked


class Mangler(Exception):
    """Et valgfrit felt, som en bestemmelse skal bruge, er ikke angivet."""

    def __init__(self, felt: str):
        super().__init__(felt)
        self.felt = felt


@dataclass(slots=True)
class Samtale:
    dato: date
    form: str
    aktoer: str


@dataclass(slots=True)
class Tilbud:
    type: str
    start: date
    slut: Optional[date]
    arbejdsgiver: Optional[str]
    ret_og_pligt: bool


@dataclass(slots=True)
class Frafaldsbesked:
    modtaget: date
    reaktion: Optional[date]


@dataclass(slots=True)
class Indstilling:
    dato: date
    afvist: bool
    begrundelse: Optional[str]


@dataclass(slots=True)
class Fritagelse:
    fra: date
    overgang: date


@dataclass(slots=True)
class Sag:
    id: str
    ydelse: str
    visitation: Optional[str]
    i_integrationsprogram: bool
    har_arbejdsgiver: bool
    start: date
    slut: Optional[date]
    foerste_henvendelse: Optional[date]
    foerste_fravaersdag: Optional[date]
    samtaler: list
    tilbud: list
    uddannelsesstart: Optional[date]
    frafaldsbeskeder: list
    indstillinger: list
    loentimer: float
    fritagelse: Optional[Fritagelse]


def _mangler(noegle: str) -> UgyldigSag:
    return UgyldigSag(noegle, "feltet mangler")


def _dato(vaerdi: Any, noegle: str) -> Optional[date]:
    """Kun ÅÅÅÅ-MM-DD i årene 1900-2199 (kontrakten; regning med fjernere datoer kan løbe over)."""
    if vaerdi is None:
        return None
    if type(vaerdi) is str and len(vaerdi) == 10 and vaerdi[4] == "-" and vaerdi[7] == "-":
        try:
            dag = date.fromisoformat(vaerdi)
        except ValueError:
            pass
        else:
            if 1900 <= dag.year <= 2199:
                return dag
    raise UgyldigSag(noegle, f"{vaerdi!r} er ikke en dato (ÅÅÅÅ-MM-DD)")


def _tekst(vaerdi: Any, noegle: str) -> Optional[str]:
    """En tekst skal kunne skrives som UTF-8 (JSON kan indeholde enlige surrogater som \\ud800)."""
    if vaerdi is None:
        return None
    if type(vaerdi) is str:
        try:
            vaerdi.encode("utf-8")
            return vaerdi
        except UnicodeEncodeError:
            pass
    raise UgyldigSag(noegle, "skal være en tekst i gyldig Unicode")


def _valg(vaerdi: Any, lovlige: frozenset, noegle: str) -> Optional[str]:
    if vaerdi is None or (type(vaerdi) is str and vaerdi in lovlige):
        return vaerdi
    raise UgyldigSag(noegle, f"ukendt værdi {vaerdi!r}")


def _ja_nej(vaerdi: Any, noegle: str) -> bool:
    if vaerdi is None:
        return False
    if vaerdi is True or vaerdi is False:
        return vaerdi
    raise UgyldigSag(noegle, "skal være true eller false")


def _liste(data: dict, noegle: str, element: Callable[[dict], Any]) -> list:
    vaerdi = data.get(noegle)
    if vaerdi is None:
        return []
    if type(vaerdi) is not list:
        raise UgyldigSag(noegle, "skal være en liste")
    poster = []
    for nummer, punkt in enumerate(vaerdi):
        try:
            if type(punkt) is not dict:
                raise UgyldigSag("", "skal være et JSON-objekt")
            poster.append(element(punkt))
        except UgyldigSag as fejl:  # stien bygges kun, når der er en fejl
            raise UgyldigSag(f"{noegle}[{nummer}]" + (f".{fejl.felt}" if fejl.felt else ""), fejl.besked) from None
    return poster


def _objekt(data: dict, noegle: str, element: Callable[[dict], Any]) -> Any:
    vaerdi = data.get(noegle)
    if vaerdi is None:
        return None
    if type(vaerdi) is not dict:
        raise UgyldigSag(noegle, "skal være et JSON-objekt")
    try:
        return element(vaerdi)
    except UgyldigSag as fejl:
        raise UgyldigSag(f"{noegle}.{fejl.felt}", fejl.besked) from None


def _stavefejl(d: dict, kendte: frozenset) -> None:
    """En ukendt nøgle, der kun er en anden stavemåde af en kendt, der mangler (`forloebsslut`), er en ugyldig post."""
    for noegle in d:
        if noegle not in kendte:
            ment = _ligner(noegle, kendte)
            if ment is not None and ment not in d:
                raise UgyldigSag(str(noegle).encode("utf-8", "backslashreplace").decode(), "ukendt felt")


_LIGNER: dict = {}


def _ligner(noegle, kendte: frozenset):
    if (kendte, noegle) not in _LIGNER:
        _LIGNER[kendte, noegle] = next((k for k in sorted(kendte) if isinstance(noegle, str) and (
            _fold(noegle) == _fold(k) or (len(k) >= 5 and _en_rettelse(_fold(noegle), _fold(k))))), None)
    return _LIGNER[kendte, noegle]


def _fold(tekst: str) -> str:
    tekst = tekst.casefold().replace("æ", "a").replace("ø", "o").replace("å", "a")
    return re.sub(r"[\W_]", "", tekst.replace("ae", "a").replace("oe", "o").replace("aa", "a"))


def _en_rettelse(a: str, b: str) -> bool:
    if len(a) == len(b):
        return sum(x != y for x, y in zip(a, b)) == 1
    kort, lang = sorted((a, b), key=len)
    return len(lang) - len(kort) == 1 and any(lang[:i] + lang[i + 1:] == kort for i in range(len(lang)))


SAMTALE_NOEGLER = frozenset({"dato", "form", "aktør"})
TILBUD_NOEGLER = frozenset({"type", "start", "slut", "arbejdsgiver", "ret_og_pligt", "selvfundet"})
MENTOR_NOEGLER = frozenset({"start", "slut", "forlænget"})
FRAFALD_NOEGLER = frozenset({"modtaget", "reaktion"})
INDSTILLING_NOEGLER = frozenset({"dato", "afvist", "begrundelse"})
FRITAGELSE_NOEGLER = frozenset({"årsag", "fra", "overgang"})
SAG_NOEGLER = frozenset({"id", "ydelse", "visitation", "i_integrationsprogram", "har_arbejdsgiver", "forløbsstart",
                         "forløbsslut", "første_henvendelse", "første_fraværsdag", "samtaler", "tilbud",
                         "uddannelsesstart", "mentor", "frafaldsbeskeder", "indstillinger",
                         "ordinære_løntimer_12_mdr", "fritagelse"})


def _samtale(d: dict) -> Samtale:
    _stavefejl(d, SAMTALE_NOEGLER)
    dato, form, aktoer = d.get("dato"), d.get("form"), d.get("aktør")
    if dato is None or form is None or aktoer is None:
        raise _mangler("dato" if dato is None else "form" if form is None else "aktør")
    return Samtale(_dato(dato, "dato"), _valg(form, SAMTALEFORMER, "form"), _valg(aktoer, AKTOERER, "aktør"))


def _tilbud(d: dict) -> Tilbud:
    _stavefejl(d, TILBUD_NOEGLER)
    type_, start = d.get("type"), d.get("start")
    if type_ is None or start is None:
        raise _mangler("type" if type_ is None else "start")
    _ja_nej(d.get("selvfundet"), "selvfundet")
    return Tilbud(_valg(type_, TILBUDSTYPER, "type"), _dato(start, "start"), _dato(d.get("slut"), "slut"),
                  _valg(d.get("arbejdsgiver"), ARBEJDSGIVERE, "arbejdsgiver"),
                  _ja_nej(d.get("ret_og_pligt"), "ret_og_pligt"))


def _mentor(d: dict) -> None:
    _stavefejl(d, MENTOR_NOEGLER)
    if d.get("start") is None:
        raise _mangler("start")
    _dato(d["start"], "start")
    _dato(d.get("slut"), "slut")
    _ja_nej(d.get("forlænget"), "forlænget")


def _frafaldsbesked(d: dict) -> Frafaldsbesked:
    _stavefejl(d, FRAFALD_NOEGLER)
    if d.get("modtaget") is None:
        raise _mangler("modtaget")
    return Frafaldsbesked(_dato(d["modtaget"], "modtaget"), _dato(d.get("reaktion"), "reaktion"))


def _indstilling(d: dict) -> Indstilling:
    _stavefejl(d, INDSTILLING_NOEGLER)
    dato, afvist, begrundelse = d.get("dato"), d.get("afvist"), d.get("begrundelse")
    if dato is None or afvist is None:
        raise _mangler("dato" if dato is None else "afvist")
    return Indstilling(_dato(dato, "dato"), _ja_nej(afvist, "afvist"), _tekst(begrundelse, "begrundelse"))


def _fritagelse(d: dict) -> Fritagelse:
    _stavefejl(d, FRITAGELSE_NOEGLER)
    for noegle in ("årsag", "fra", "overgang"):
        if d.get(noegle) is None:
            raise _mangler(noegle)
    _valg(d["årsag"], AARSAGER, "årsag")
    return Fritagelse(_dato(d["fra"], "fra"), _dato(d["overgang"], "overgang"))


def _timer(vaerdi: Any) -> float:
    if vaerdi is None:
        return 0
    if type(vaerdi) not in (int, float) or math.isnan(vaerdi) or vaerdi < 0:
        raise UgyldigSag("ordinære_løntimer_12_mdr", "skal være et tal, mindst 0")
    return vaerdi


def laes_sag(data: Any) -> Sag:
    if type(data) is not dict:
        raise UgyldigSag("", "en sag skal være et JSON-objekt")
    _stavefejl(data, SAG_NOEGLER)
    sag_id, ydelse, start = data.get("id"), data.get("ydelse"), data.get("forløbsstart")
    if sag_id is None or ydelse is None or start is None:
        raise _mangler("id" if sag_id is None else "ydelse" if ydelse is None else "forløbsstart")
    if type(sag_id) is str and not sag_id.strip():
        raise UgyldigSag("id", "sagens id er tomt")
    sag = Sag(
        _tekst(sag_id, "id"), _valg(ydelse, YDELSER, "ydelse"), _valg(data.get("visitation"), VISITATIONER, "visitation"),
        _ja_nej(data.get("i_integrationsprogram"), "i_integrationsprogram"),
        _ja_nej(data.get("har_arbejdsgiver"), "har_arbejdsgiver"),
        _dato(start, "forløbsstart"), _dato(data.get("forløbsslut"), "forløbsslut"),
        _dato(data.get("første_henvendelse"), "første_henvendelse"),
        _dato(data.get("første_fraværsdag"), "første_fraværsdag"),
        _liste(data, "samtaler", _samtale), _liste(data, "tilbud", _tilbud),
        _dato(data.get("uddannelsesstart"), "uddannelsesstart"), _liste(data, "frafaldsbeskeder", _frafaldsbesked),
        _liste(data, "indstillinger", _indstilling), _timer(data.get("ordinære_løntimer_12_mdr")),
        _objekt(data, "fritagelse", _fritagelse),
    )
    _objekt(data, "mentor", _mentor)
    if sag.slut is not None and sag.slut < sag.start:
        raise UgyldigSag("forløbsslut", "ligger før forløbsstart")
    return sag


# ----------------------------------------------------------------------------
# Resultat for én sag
# ----------------------------------------------------------------------------

class Resultat:
    __slots__ = ("id", "overtraedelser", "frister", "datafejl", "undtagelser")

    def __init__(self, sag_id: str):
        self.id = sag_id
        self.overtraedelser: list[dict] = []
        self.frister: list[dict] = []
        self.datafejl: list[dict] = []
        self.undtagelser: list[dict] = []

    def overtraedelse(self, bestemmelse: str, besked: str, frist: Optional[date] = None,
                      element: Optional[str] = None) -> None:
        fund = {"bestemmelse": bestemmelse, "besked": besked, "frist": frist.isoformat() if frist else None}
        if element is not None:
            fund["element"] = element
        self.overtraedelser.append(fund)

    def frist(self, bestemmelse: str, frist: date, besked: str, antal: Optional[int] = None) -> None:
        fund = {"bestemmelse": bestemmelse, "frist": frist.isoformat(), "besked": besked}
        if antal is not None:
            fund["antal"] = antal
        self.frister.append(fund)

    def mangler(self, bestemmelse: str, felt: str) -> None:
        self.datafejl.append({"bestemmelse": bestemmelse, "felt": felt,
                              "besked": f"{bestemmelse} kan ikke afgøres: feltet {felt} mangler."})

    def undtaget(self, undtaget: str, undtagelse: str) -> None:
        """`undtagelse` (P22, P08a) slog bestemmelsen `undtaget` fra; nøglen er undtagelsens id som i produktet."""
        self.undtagelser.append({"bestemmelse": undtagelse, "undtaget": undtaget})

    def som_json(self) -> dict:
        return {"id": self.id, "overtrædelser": self.overtraedelser, "frister": self.frister,
                "datafejl": self.datafejl, "undtagelser": self.undtagelser}


# ----------------------------------------------------------------------------
# De fælles domme (compiler/DESIGN.md, "Verdicts")
# ----------------------------------------------------------------------------

def koerte(sag: Sag, dag: date) -> bool:
    return sag.slut is None or sag.slut >= dag


def fritaget(sag: Sag, sidste_dag: date) -> bool:
    """P22: en gyldig fritagelse slår frister fra (en periodes frist er dens sidste dag), der er `fra` eller senere."""
    f = sag.fritagelse
    return (f is not None and f.overgang <= f.fra + timedelta(weeks=6) and f.fra >= LOVEN_2019
            and sidste_dag >= f.fra)


def frist_for_foerste(ud: Resultat, b: str, sag: Sag, e: date, frist: date, haendelse: Optional[date],
                      hvad: str) -> None:
    if haendelse is not None:
        if haendelse > frist:
            ud.overtraedelse(b, f"{hvad} skete {dansk(haendelse)}, efter fristen {dansk(frist)}.", frist)
    elif not koerte(sag, frist):
        pass
    elif frist < e:
        ud.overtraedelse(b, f"{hvad} er ikke sket inden fristen {dansk(frist)}.", frist)
    else:
        ud.frist(b, frist, f"{hvad} senest {dansk(frist)}.")


def mindst_i_periode(ud: Resultat, b: str, sag: Sag, e: date, fra: date, til: date, mindst: int,
                     taeller: Callable[[Samtale], bool]) -> None:
    """Mindst `mindst` samtaler i [fra, til), som `taeller` godtager; fristen er periodens sidste
    dag, og kun et forløb, der kørte den dag, skylder samtalerne."""
    sidste = til - DAG
    if fritaget(sag, sidste):
        ud.undtaget(b, "P22")
        return
    if not koerte(sag, sidste):
        return
    antal = sum(1 for s in sag.samtaler if s.dato <= e and fra <= s.dato < til and taeller(s))
    if sidste < e:
        if antal >= mindst:
            return
        ud.overtraedelse(b, f"{antal} samtaler fra {dansk(fra)} til {dansk(sidste)}; der skal være mindst {mindst}.",
                         sidste)
    else:
        ud.frist(b, sidste, f"mindst {mindst} samtaler senest {dansk(sidste)} (indtil nu {antal}).", antal)


def varighed(ud: Resultat, b: str, e: date, indeks: int, tilbud: Tilbud, sidste: date) -> None:
    slut = tilbud.slut if tilbud.slut is not None and tilbud.slut <= e else None
    if slut is not None:
        if slut > sidste:
            ud.overtraedelse(b, f"tilbud fra {dansk(tilbud.start)} til {dansk(slut)} varer for længe "
                             f"(sidste dag {dansk(sidste)}).", sidste, f"tilbud[{indeks}]")
    elif e > sidste:
        ud.overtraedelse(b, f"tilbud fra {dansk(tilbud.start)} kører stadig efter sidste dag {dansk(sidste)}.",
                         sidste, f"tilbud[{indeks}]")
    else:
        ud.frist(b, sidste, f"tilbud fra {dansk(tilbud.start)} skal slutte senest {dansk(sidste)}.")


def taet_paa_arbejdsmarkedet(sag: Sag) -> bool:
    if sag.ydelse == "dagpenge":
        return True
    if sag.ydelse in ("kontanthjælp", "overgangsydelse"):
        return kraev(sag.visitation, "visitation") == "jobparat"
    if sag.ydelse == "uddannelseshjælp":
        return kraev(sag.visitation, "visitation") == "åbenlyst_uddannelsesparat"
    return False


def kraev(vaerdi: Any, felt: str) -> Any:
    if vaerdi is None:
        raise Mangler(felt)
    return vaerdi


def foerste(samtaler: list, e: date, aktoerer: frozenset) -> Optional[tuple[int, Samtale]]:
    """Den første skete samtale med en af aktørerne (ved samme dato: helst en ved fremmøde, ellers den først angivne)."""
    fundet = None
    for indeks, samtale in enumerate(samtaler):
        if samtale.dato <= e and samtale.aktoer in aktoerer and (
                fundet is None or samtale.dato < fundet[1].dato
                or (samtale.dato == fundet[1].dato and samtale.form == "fremmøde")):
            fundet = (indeks, samtale)
    return fundet


# ----------------------------------------------------------------------------
# Bestemmelserne
# ----------------------------------------------------------------------------

def p01(ud: Resultat, sag: Sag, e: date) -> None:
    if sag.ydelse not in ("kontanthjælp", "uddannelseshjælp"):
        return
    henvendelse = kraev(sag.foerste_henvendelse, "første_henvendelse")
    if henvendelse < LOVEN_2019:
        return
    samtale = foerste(sag.samtaler, e, JOBCENTRET)
    frist_for_foerste(ud, "P01", sag, e, henvendelse + timedelta(days=7), samtale and samtale[1].dato,
                      "første samtale med jobcentret")


def p02(ud: Resultat, sag: Sag, e: date) -> None:
    if sag.ydelse != "sygedagpenge":
        return
    fravaer = sag.foerste_fravaersdag or sag.start
    if fravaer < LOVEN_2019:
        return
    samtale = foerste(sag.samtaler, e, JOBCENTRET)
    frist_for_foerste(ud, "P02", sag, e, fravaer + timedelta(days=55), samtale and samtale[1].dato,
                      "første samtale med jobcentret")


def p03(ud: Resultat, sag: Sag, e: date) -> None:
    if sag.ydelse not in DE_NI_MAALGRUPPER or (sag.ydelse == "dagpenge" and sag.start >= AAR_2024):
        return
    if sag.start >= LOVEN_2019:
        mindst_i_periode(ud, "P03", sag, e, sag.start, plus_maaneder(sag.start, 6), 4,
                         lambda s: s.aktoer in JOBCENTRET)


def p05_p06_p07(ud: Resultat, sag: Sag, e: date) -> None:
    if sag.ydelse != "dagpenge" or sag.start < LOVEN_2019:
        return
    tre, seks = plus_maaneder(sag.start, 3), plus_maaneder(sag.start, 6)
    if sag.start >= AAR_2024:
        mindst_i_periode(ud, "P05", sag, e, sag.start, tre, 3, lambda s: s.aktoer == "a_kasse")
        mindst_i_periode(ud, "P05", sag, e, tre, seks, 3, lambda s: s.aktoer in JOBCENTRET)
    else:
        mindst_i_periode(ud, "P06", sag, e, sag.start, tre, 1, lambda s: s.aktoer == "fælles")
        mindst_i_periode(ud, "P06", sag, e, tre, seks, 1, lambda s: s.aktoer == "fælles")
    seksten = plus_maaneder(sag.start, 16)
    mindst_i_periode(ud, "P07", sag, e, seks + DAG, seksten + DAG, 1, lambda s: s.aktoer == "fælles")


def samtaleform_gaelder(sag: Sag) -> bool:
    """P08-P10: de ni målgrupper, overgangsydelse dog kun uden for integrationsprogrammet."""
    return sag.ydelse in DE_NI_MAALGRUPPER and not (sag.ydelse == "overgangsydelse" and sag.i_integrationsprogram)


def p08(ud: Resultat, sag: Sag, e: date) -> None:
    if sag.ydelse == "dagpenge":
        fundet = foerste(sag.samtaler, e, frozenset({"a_kasse"}))
        if fundet and fundet[1].dato >= AAR_2023 and fundet[1].form != "fremmøde":
            ud.overtraedelse("P08", f"første samtale i a-kassen {dansk(fundet[1].dato)} var ikke ved fremmøde.",
                             element=f"samtaler[{fundet[0]}]")
    if not (samtaleform_gaelder(sag) or sag.ydelse == "førtidspension"):
        return
    fundet = foerste(sag.samtaler, e, JOBCENTRET)
    if fundet is None or fundet[1].dato < AAR_2023:
        return
    if sag.ydelse == "sygedagpenge" and sag.har_arbejdsgiver:
        ud.undtaget("P08", "P08a")
    elif fundet[1].form != "fremmøde":
        ud.overtraedelse("P08", f"første samtale med jobcentret {dansk(fundet[1].dato)} var ikke ved fremmøde.",
                         element=f"samtaler[{fundet[0]}]")


def p09_p11(ud: Resultat, sag: Sag, e: date) -> None:
    seks = plus_maaneder(sag.start, 6)
    ni = samtaleform_gaelder(sag)
    for indeks, samtale in enumerate(sag.samtaler):
        if samtale.dato > e:
            continue
        if ni and AAR_2022 <= samtale.dato < AAR_2023 and samtale.dato < seks and samtale.form != "fremmøde":
            ud.overtraedelse("P09", f"samtale {dansk(samtale.dato)} i de første seks måneder var ikke ved fremmøde.",
                             element=f"samtaler[{indeks}]")
        if samtale.dato >= AAR_2023 and samtale.form == "brev":
            ud.overtraedelse("P11", f"samtale {dansk(samtale.dato)} blev holdt pr. brev.", element=f"samtaler[{indeks}]")


def p12(ud: Resultat, sag: Sag, e: date) -> None:
    if sag.ydelse != "uddannelseshjælp" or sag.start < LOVEN_2019:
        return
    frist = plus_maaneder(sag.start, 1) - DAG
    if fritaget(sag, frist):
        ud.undtaget("P12", "P22")
        return
    starter = [t.start for t in sag.tilbud if t.start <= e]
    frist_for_foerste(ud, "P12", sag, e, frist, min(starter) if starter else None, "første tilbud")


def p13(ud: Resultat, sag: Sag, e: date) -> None:
    if sag.ydelse != "uddannelseshjælp":
        return
    for indeks, slut, naeste in pauser(sag.tilbud, e):
        if slut < LOVEN_2019:
            continue  # før loven: ingen version
        graense = plus_maaneder(slut, 4) if slut >= AAR_2022 else slut + timedelta(weeks=4)
        if fritaget(sag, graense):
            ud.undtaget("P13", "P22")
            continue
        element = f"tilbud[{indeks}]"
        if naeste is not None:
            if naeste > graense:
                ud.overtraedelse("P13", f"næste tilbud begyndte {dansk(naeste)}, mere end grænsen efter "
                                 f"{dansk(slut)}.", graense, element)
        elif not koerte(sag, graense):
            pass
        elif graense < e:
            ud.overtraedelse("P13", f"intet nyt tilbud senest {dansk(graense)}.", graense, element)
        else:
            ud.frist("P13", graense, f"næste tilbud senest {dansk(graense)}.")


def pauser(alle: list[Tilbud], e: date) -> list[tuple[int, date, date | None]]:
    """(indeks, slut, næste start) hvor ingen tilbud kører videre; overlappende tilbud er én periode."""
    raekke = sorted(((t.start, i, t.slut if t.slut is not None and t.slut <= e else None)
                     for i, t in enumerate(alle) if t.start <= e), key=lambda r: (r[0], r[1]))
    fundet = []
    slut, indeks, koerer = None, -1, False
    for start, i, ende in raekke:
        if slut is not None and not koerer and start > slut:
            fundet.append((indeks, slut, start))
            slut = None
        if ende is None:
            koerer = True
        elif not koerer and (slut is None or ende >= slut):
            slut, indeks = ende, i
    if slut is not None and not koerer:
        fundet.append((indeks, slut, None))
    return fundet


def p17_p18(ud: Resultat, sag: Sag, e: date) -> None:
    for indeks, tilbud in enumerate(sag.tilbud):
        if tilbud.start > e or tilbud.start < LOVEN_2019:
            continue
        if tilbud.type == "løntilskud":
            kort, lang = plus_maaneder(tilbud.start, 4) - DAG, plus_maaneder(tilbud.start, 6) - DAG
            bestemmelse = "P17"
        elif tilbud.type == "virksomhedspraktik":
            kort, lang = tilbud.start + timedelta(weeks=4) - DAG, tilbud.start + timedelta(weeks=13) - DAG
            bestemmelse = "P18"
        else:
            continue
        try:
            taet = taet_paa_arbejdsmarkedet(sag)
            if bestemmelse == "P17":
                taet = taet and kraev(tilbud.arbejdsgiver, f"tilbud[{indeks}].arbejdsgiver") == "offentlig"
        except Mangler as fejl:
            # Uden data afgøres tilbuddet kun, når begge grænser giver samme udfald.
            slut = tilbud.slut if tilbud.slut is not None and tilbud.slut <= e else None
            if (slut or e) > lang:
                taet = False
            elif slut is not None and slut <= kort:
                taet = True
            else:
                ud.mangler(bestemmelse, fejl.felt)
                continue
        varighed(ud, bestemmelse, e, indeks, tilbud, kort if taet else lang)


def p19(ud: Resultat, sag: Sag, e: date) -> None:
    if sag.ydelse not in ("dagpenge", "kontanthjælp", "overgangsydelse") or sag.i_integrationsprogram:
        return
    for indeks, tilbud in enumerate(sag.tilbud):
        if AAR_2023 <= tilbud.start <= e and tilbud.type == OEVO and tilbud.ret_og_pligt:
            ud.overtraedelse("P19", f"tilbud {dansk(tilbud.start)} om øvrig vejledning er givet som ret og pligt.",
                             element=f"tilbud[{indeks}]")


def p15(ud: Resultat, sag: Sag, e: date) -> None:
    if sag.ydelse != "uddannelseshjælp":
        return
    for indeks, besked in enumerate(sag.frafaldsbeskeder):
        if besked.modtaget > e or besked.modtaget < AAR_2022:
            continue
        if sag.uddannelsesstart is None:
            ud.mangler("P15", "uddannelsesstart")
            continue
        if not sag.uddannelsesstart <= besked.modtaget < plus_maaneder(sag.uddannelsesstart, 6):
            continue
        if besked.reaktion is None or not besked.modtaget <= besked.reaktion <= e:
            ud.overtraedelse("P15", f"besked om frafald {dansk(besked.modtaget)} fik ingen rettidig reaktion.",
                             element=f"frafaldsbeskeder[{indeks}]")


def p21(ud: Resultat, sag: Sag, e: date) -> None:
    if sag.ydelse != "dagpenge":
        return
    for indeks, indstilling in enumerate(sag.indstillinger):
        if (AAR_2024 <= indstilling.dato <= e and indstilling.afvist
                and (indstilling.begrundelse is None or not indstilling.begrundelse.strip())):
            ud.overtraedelse("P21", f"afvisning {dansk(indstilling.dato)} af a-kassens indstilling er ikke begrundet.",
                             element=f"indstillinger[{indeks}]")


def p23(ud: Resultat, sag: Sag, e: date) -> None:
    if sag.ydelse not in ("dagpenge", "kontanthjælp") or sag.start < LOVEN_2019:
        return
    # Fra 2023 kan ØVO ikke være ret og pligt (P19, afgjort af tilbuddets start); P19 omfatter ikke integrationsprogrammet.
    starter = [t.start for t in sag.tilbud if t.start <= e and t.ret_og_pligt
               and (t.type != OEVO or t.start < AAR_2023 or sag.i_integrationsprogram)]
    frist_for_foerste(ud, "P23", sag, e, plus_maaneder(sag.start, 6), min(starter) if starter else None,
                      "første ret og pligt-tilbud")


BESTEMMELSER = (("P21", p21), ("P01", p01), ("P02", p02), ("P03", p03), ("P05", p05_p06_p07), ("P08", p08),
                ("P09", p09_p11), ("P12", p12), ("P13", p13), ("P17", p17_p18), ("P19", p19), ("P23", p23),
                ("P15", p15))


def valider_sag(sag: Sag, e: date) -> Resultat:
    ud = Resultat(sag.id)
    for bestemmelse, vurder in BESTEMMELSER:
        try:
            vurder(ud, sag, e)
        except Mangler as fejl:
            ud.mangler(bestemmelse, fejl.felt)
    return ud


# ----------------------------------------------------------------------------
# P20 og hele sagsbestanden
# ----------------------------------------------------------------------------

def p20_taeller(sag: Sag, e: date) -> Optional[bool]:
    """None: sagen er ikke aktiv; ellers om den har et aktivt tilbud eller nok løntimer."""
    if sag.start > e or (sag.slut is not None and sag.slut < e):
        return None
    foer_2023 = e < AAR_2023
    oevo_taeller = foer_2023 or sag.ydelse == "uddannelseshjælp" or sag.i_integrationsprogram
    fra = plus_maaneder(e, -12) + DAG
    for tilbud in sag.tilbud:
        slut = tilbud.slut if tilbud.slut is not None and tilbud.slut <= e else None
        if (tilbud.start <= e and (slut is None or slut >= fra)
                and (tilbud.type != OEVO or oevo_taeller)):
            return True
    return sag.ydelse != "dagpenge" and sag.loentimer >= (225 if foer_2023 else 100)


class Sagsbestand:
    """Validerer sag for sag og tæller fokusmålet (P20) op i samme gennemløb."""

    def __init__(self, skaeringsdato: date):
        self.skaeringsdato = skaeringsdato
        self.antal_sager = 0
        self.ugyldige: list[dict] = []
        self.taeller = 0
        self.naevner = 0

    def valider(self, data: Any, linje: Optional[int] = None) -> Optional[dict]:
        try:
            sag = laes_sag(data)
        except UgyldigSag as fejl:
            self.ugyldige.append({"linje": linje, "felt": fejl.felt, "besked": fejl.besked})
            return None
        self.antal_sager += 1
        svar = valider_sag(sag, self.skaeringsdato).som_json()
        taeller = p20_taeller(sag, self.skaeringsdato)
        if taeller is not None:
            self.naevner += 1
            self.taeller += taeller
            svar["population"] = [{"bestemmelse": "P20", "tæller_med": taeller}]
        return svar

    def population(self) -> list[dict]:
        krav = 0.8 if self.skaeringsdato < AAR_2023 else 0.7
        vaerdi = self.taeller / self.naevner if self.naevner else None
        return [{"bestemmelse": "P20", "opfyldt": vaerdi is None or vaerdi >= krav, "værdi": vaerdi, "krav": krav,
                 "tæller": self.taeller, "nævner": self.naevner}]
