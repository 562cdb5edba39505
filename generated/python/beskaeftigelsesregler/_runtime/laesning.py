# Genereret af Regelsprog ud fra rules/. Ret ikke i filen: ret reglerne og kør `regel byg`.
"""Læsning af én sag: JSON-værdier til poster med præcise fejlstier, og fejl i data.

Grænser for input (alt ud over dem er en ugyldig post, aldrig en undtagelse): se pakkens
`__init__`."""

from __future__ import annotations

import json
import math
import re
from datetime import date, datetime
from typing import Any, Callable, Optional

from .datoer import dansk_dato

# ----------------------------------------------------------------------------
# Fejl i data
# ----------------------------------------------------------------------------

class UgyldigSag(ValueError):
    """Posten er ikke en gyldig sag (forkert type, ukendt værdi, umulig dato …)."""

    def __init__(self, felt: str, besked: str):
        super().__init__(f"{felt}: {besked}" if felt else besked)
        self.felt = felt
        self.besked = besked


def ugyldig_sag(data: Any, linje: Optional[int], fejl: UgyldigSag) -> dict:
    """Beskrivelsen af en ugyldig post; sagens id tages med, når det er en gyldig tekst."""
    beskrivelse = {"linje": linje, "felt": fejl.felt, "besked": fejl.besked}
    sag_id = data.get("id") if isinstance(data, dict) else None
    if type(sag_id) is str and sag_id.strip() and gyldig_unicode(sag_id):
        beskrivelse["id"] = sag_id
    return beskrivelse


class ManglendeData(Exception):
    """En regel mangler et valgfrit felt, som ikke er angivet i sagen, eller feltet modsiger
    sagens andre data (`besked` siger hvordan)."""

    def __init__(self, felt: str, besked: Optional[str] = None):
        super().__init__(felt)
        self.felt = felt
        self.besked = besked


def kraev(vaerdi: Any, felt: str) -> Any:
    if vaerdi is None:
        raise ManglendeData(felt)
    return vaerdi


def kraev_element(vaerdi: Any, liste: str, indeks: int, felt: str) -> Any:
    if vaerdi is None:
        raise ManglendeData(f"{liste}[{indeks}].{felt}")
    return vaerdi


def udfyldt(tekst: Optional[str]) -> bool:
    return tekst is not None and tekst.strip() != ""


# ----------------------------------------------------------------------------
# JSON -> poster
# ----------------------------------------------------------------------------

# Hver funktion får feltets værdi og navn. En fejl i et element af en liste eller en
# underpost får sin fulde sti (fx `samtaler[2].dato`), når den passerer `liste`/`post`,
# så en gyldig sag ikke koster strengoperationer.

def objekt(data: Any, felt: str = "") -> dict:
    if type(data) is not dict and not isinstance(data, dict):
        raise UgyldigSag(felt, f"skal være et JSON-objekt, men er {_json_type(data)}")
    return data


def _json_type(vaerdi: Any) -> str:
    if vaerdi is None:
        return "null"
    if isinstance(vaerdi, bool):
        return "en sandhedsværdi"
    if isinstance(vaerdi, (int, float)):
        return "et tal"
    if isinstance(vaerdi, str):
        return "en tekst"
    if isinstance(vaerdi, list):
        return "en liste"
    if isinstance(vaerdi, dict):
        return "et objekt"
    return f"en Python-værdi af typen {type(vaerdi).__name__}"  # from a caller that does not pass JSON


FOERSTE_AAR, SIDSTE_AAR = 1900, 2199  # datoer uden for dette tidsrum er fejl i data (og regning med dem kan løbe over)


def stavefejl(data: dict, kendte: frozenset) -> None:
    """En ukendt nøgle, der kun er en stavemåde af et kendt felt (`forloebsslut`, `Forløbsslut`,
    `forløbstart`), ville ellers få feltet til at mangle uden et ord; andre ukendte nøgler er
    systemets egne data og ignoreres (`kommune`, `tilbud_id`)."""
    svar = _STAVEMAADER.setdefault(kendte, {})  # an export has few distinct extra keys: answer each once
    for noegle in sorted(data.keys() - kendte, key=str):
        if type(noegle) is not str or len(noegle) > MAKS_NOEGLE:
            continue  # no spelling of a field: neither looked at nor kept
        try:
            ment = svar[noegle]
        except KeyError:
            ment = _stavemaade_af(noegle, kendte)
            if len(svar) < MAKS_STAVEMAADER:
                svar[noegle] = ment
        if ment is not None and ment not in data:  # beside the right key it is the caller's own (`_id`)
            raise UgyldigSag(vis(noegle)[1:-1], f"ukendt felt; mente du {vis(ment)}?")


# The answers per record type, bounded so that a long-running service keeps flat memory
# whatever keys its callers send: at most so many keys, and none longer than MAKS_NOEGLE
# (such a key is no spelling of a field; it is neither looked at nor kept).
MAKS_STAVEMAADER, MAKS_NOEGLE = 1000, 100
_STAVEMAADER: dict[frozenset, dict[str, Optional[str]]] = {}


def _stavemaade_af(noegle: str, kendte: frozenset) -> Optional[str]:
    foldet = _foldet(noegle)
    return next((kendt for kendt in sorted(kendte)
                 if _foldet(kendt) == foldet or (len(kendt) >= 5 and _et_bogstav_fra(foldet, _foldet(kendt)))), None)


def _foldet(noegle: str) -> str:
    """Nøglen uden store bogstaver, skilletegn og æ/ø/å-stavemåder: forløbs_slut = Forloebsslut."""
    tekst = noegle.casefold().replace("æ", "ae").replace("ø", "oe").replace("å", "aa")
    return re.sub(r"[\W_]", "", tekst.replace("ae", "a").replace("oe", "o").replace("aa", "a"))


def _et_bogstav_fra(a: str, b: str) -> bool:
    """Højst ét bogstav tilføjet, fjernet eller ændret (`forlobstart`, `ydelsee`)."""
    if abs(len(a) - len(b)) > 1:
        return False
    if len(a) > len(b):
        a, b = b, a
    i = next((i for i, (x, y) in enumerate(zip(a, b)) if x != y), len(a))
    return a[i + 1:] == b[i + 1:] if len(a) == len(b) else a[i:] == b[i + 1:]


def periode_i_orden(start: date, slut: Optional[date], startfelt: str, slutfelt: str) -> None:
    if slut is not None and slut < start:
        raise UgyldigSag(slutfelt, f"{dansk_dato(slut)} ligger før {startfelt} {dansk_dato(start)}")


def skaeringsdato(dag: Any) -> date:
    """Skæringsdatoen fra den, der kalder: en `date` i årene FOERSTE_AAR-SIDSTE_AAR (et
    `datetime` giver sin dato). Forkert brug af pakken er en TypeError/ValueError, ikke en fejl i data."""
    if isinstance(dag, datetime):
        dag = dag.date()
    if not isinstance(dag, date):
        raise TypeError(f"skæringsdatoen skal være en datetime.date, ikke {type(dag).__name__}")
    if not FOERSTE_AAR <= dag.year <= SIDSTE_AAR:
        raise ValueError(f"skæringsdatoen {dag.isoformat()} ligger uden for årene {FOERSTE_AAR}-{SIDSTE_AAR}")
    return dag


def dato(vaerdi: Any, felt: str, paakraevet: bool) -> Optional[date]:
    # Only ÅÅÅÅ-MM-DD: date.fromisoformat alone would also accept week dates (2023-W01-1).
    if type(vaerdi) is str and len(vaerdi) == 10 and vaerdi[4] == "-" == vaerdi[7] and vaerdi.isascii():
        try:
            dag = date.fromisoformat(vaerdi)
        except ValueError:
            pass
        else:
            if FOERSTE_AAR <= dag.year <= SIDSTE_AAR:
                return dag
            raise UgyldigSag(felt, f"{vis(vaerdi)} ligger uden for årene {FOERSTE_AAR}-{SIDSTE_AAR}")
    elif vaerdi is None:
        if paakraevet:
            raise UgyldigSag(felt, "feltet mangler")
        return None
    raise UgyldigSag(felt, f"{vis(vaerdi)} er ikke en gyldig dato (ÅÅÅÅ-MM-DD)")


def vis(vaerdi: Any) -> str:
    """En værdi fra input, sådan som den kan stå i en besked (også ugyldig Unicode og
    Python-værdier, der ikke er JSON, fx en `date` fra en database)."""
    try:
        tekst = json.dumps(vaerdi, ensure_ascii=False)
    except (TypeError, ValueError, RecursionError):
        try:
            tekst = repr(vaerdi)
        except RecursionError:  # a Python value nested a thousand levels deep
            tekst = f"<{type(vaerdi).__name__}>"
    if len(tekst) > 200:  # a message names the value; it need not repeat ten megabytes of it
        tekst = tekst[:200] + "…"
    return synlig(tekst)


def synlig(tekst: str) -> str:
    """Teksten med hvert tegn, der ikke kan ses, skrevet som Python-escape (`\\x1b`, `\\u202e`,
    `\\udcff`): kontroltegn, retningstegn, usynlige tegn, linjeskift og ugyldig Unicode. Så kan
    en tekst fra input stå i en besked eller en terminal uden at styre den eller skjule noget."""
    if tekst.isprintable():
        return tekst
    return "".join(tegn if tegn.isprintable() else tegn.encode("unicode_escape").decode("ascii") for tegn in tekst)


def vaerdi_af(vaerdi: Any, felt: str, paakraevet: bool, lovlige: frozenset, navn: str) -> Optional[str]:
    if type(vaerdi) is str and vaerdi in lovlige:
        return vaerdi
    if vaerdi is None:
        if paakraevet:
            raise UgyldigSag(felt, "feltet mangler")
        return None
    raise UgyldigSag(felt, f"ukendt værdi {vis(vaerdi)} for {navn}; "
                     f"lovlige værdier: {', '.join(sorted(lovlige))}")


def tekst(vaerdi: Any, felt: str, paakraevet: bool) -> Optional[str]:
    if type(vaerdi) is str:
        if vaerdi.isascii() or gyldig_unicode(vaerdi):
            return vaerdi
        raise UgyldigSag(felt, f"{vis(vaerdi)} indeholder ugyldige Unicode-tegn (er filen gemt som UTF-8?)")
    if vaerdi is None:
        if paakraevet:
            raise UgyldigSag(felt, "feltet mangler")
        return None
    raise UgyldigSag(felt, f"skal være en tekst, men er {_json_type(vaerdi)}")


def sags_id(vaerdi: Any, felt: str) -> str:
    """Sagens id: en tekst, der ikke er tom eller kun mellemrum (den skal kunne skelne sagen)."""
    sag_id = tekst(vaerdi, felt, True)
    if not sag_id.strip():
        raise UgyldigSag(felt, "sagens id er tomt" if not sag_id else f"sagens id {vis(sag_id)} er kun mellemrum")
    return sag_id


def gyldig_unicode(tekst: str) -> bool:
    try:
        tekst.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def sandhedsvaerdi(vaerdi: Any, felt: str, paakraevet: bool, standard: Optional[bool]) -> Optional[bool]:
    if vaerdi is True or vaerdi is False:
        return vaerdi
    if vaerdi is None:
        if paakraevet:
            raise UgyldigSag(felt, "feltet mangler")
        return standard
    raise UgyldigSag(felt, f"skal være true eller false, men er {_json_type(vaerdi)}")


def tal(vaerdi: Any, felt: str, paakraevet: bool, standard: Optional[float],
        mindst: Optional[float]) -> Optional[float]:
    if vaerdi is None:
        if paakraevet:
            raise UgyldigSag(felt, "feltet mangler")
        return standard
    if isinstance(vaerdi, bool) or not isinstance(vaerdi, (int, float)):
        raise UgyldigSag(felt, f"skal være et tal, men er {_json_type(vaerdi)}")
    try:
        endeligt = math.isfinite(vaerdi)  # json reads 1e400 as inf and accepts NaN
    except OverflowError:  # an integer with hundreds of digits
        endeligt = False
    if not endeligt:
        raise UgyldigSag(felt, "er ikke et endeligt tal af en brugbar størrelse")
    if mindst is not None and vaerdi < mindst:
        raise UgyldigSag(felt, f"skal være mindst {mindst:g}")
    return vaerdi


def liste(vaerdi: Any, felt: str, element: Callable[[Any], Any]) -> list:
    if vaerdi is None:
        return []
    if type(vaerdi) is not list:
        raise UgyldigSag(felt, f"skal være en liste, men er {_json_type(vaerdi)}")
    try:
        return [element(punkt) for punkt in vaerdi]
    except UgyldigSag as fejl:
        indeks = next(i for i, punkt in enumerate(vaerdi) if not _gyldig(element, punkt))
        raise UgyldigSag(f"{felt}[{indeks}]" + (f".{fejl.felt}" if fejl.felt else ""), fejl.besked) from None


def _gyldig(element: Callable[[Any], Any], punkt: Any) -> bool:
    try:
        element(punkt)
    except UgyldigSag:
        return False
    return True


def post(vaerdi: Any, felt: str, paakraevet: bool, element: Callable[[Any], Any]) -> Any:
    if vaerdi is None:
        if paakraevet:
            raise UgyldigSag(felt, "feltet mangler")
        return None
    try:
        return element(vaerdi)
    except UgyldigSag as fejl:
        raise UgyldigSag(f"{felt}.{fejl.felt}" if fejl.felt else felt, fejl.besked) from None
