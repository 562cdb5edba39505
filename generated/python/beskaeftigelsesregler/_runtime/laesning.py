# Genereret af Regelsprog ud fra rules/. Ret ikke i filen: ret reglerne og kør `regel byg`.
"""Læsning af én sag: JSON-værdier til poster med præcise fejlstier, og fejl i data.

Grænser for input (alt ud over dem er en ugyldig post, aldrig en undtagelse): se pakkens
`__init__`."""

from __future__ import annotations

import json
import math
import re
from datetime import date, datetime
from decimal import Decimal
from typing import Any, Callable, Optional, TypeVar, cast

from .datoer import dansk_dato
from .typer import Fejl, Fejlkode, Ugyldig

T = TypeVar("T")

# ----------------------------------------------------------------------------
# Fejl i data
# ----------------------------------------------------------------------------

class UgyldigSag(ValueError):
    """Posten er ikke en gyldig sag (forkert type, ukendt værdi, umulig dato …).

    `fejl` er alle postens fejl (hver med kode, felt og besked); `kode`, `felt` og `besked` er
    den første. `id` er sagens id, når posten har et gyldigt (ellers None).
    """

    def __init__(self, felt: str, besked: str, kode: Fejlkode, fejl: Optional[list[Fejl]] = None):
        self.fejl: list[Fejl] = fejl if fejl else [{"kode": kode, "felt": felt, "besked": besked}]
        first = self.fejl[0]
        self.kode: Fejlkode = first["kode"]
        self.felt: str = first["felt"]
        self.besked: str = first["besked"]
        self.id: Optional[str] = None
        flere = f" (og {len(self.fejl) - 1} fejl mere)" if len(self.fejl) > 1 else ""
        super().__init__((f"{self.felt}: {self.besked}" if self.felt else self.besked) + flere)

    @classmethod
    def af(cls, fejl: list[Fejl]) -> "UgyldigSag":
        """Én undtagelse for alle fejlene (mindst én) i en post."""
        return cls(fejl[0]["felt"], fejl[0]["besked"], fejl[0]["kode"], fejl)

    def under(self, sti: str) -> "UgyldigSag":
        """Den samme fejl i et felt eller element af en større post (`sti` fx "samtaler[2]")."""
        return UgyldigSag.af([{"kode": f["kode"], "felt": f"{sti}.{f['felt']}" if f["felt"] else sti,
                               "besked": f["besked"]} for f in self.fejl])


def med_id(fejl: UgyldigSag, data: Any) -> UgyldigSag:
    """`fejl` med sagens id, når posten har et, der er en gyldig tekst."""
    sag_id: Any = cast(dict[str, Any], data).get("id") if isinstance(data, dict) else None
    if type(sag_id) is str and sag_id.strip() and gyldig_unicode(sag_id):
        fejl.id = sag_id
    return fejl


def ugyldig_sag(data: Any, linje: Optional[int], fejl: UgyldigSag) -> Ugyldig:
    """Beskrivelsen af en ugyldig post; sagens id tages med, når det er en gyldig tekst."""
    beskrivelse: Ugyldig = {"linje": linje, "kode": fejl.kode, "felt": fejl.felt, "besked": fejl.besked,
                            "fejl": fejl.fejl}
    sag_id = med_id(fejl, data).id
    if sag_id is not None:
        beskrivelse["id"] = sag_id
    return beskrivelse


class ManglendeData(Exception):
    """En regel mangler et valgfrit felt, som ikke er angivet i sagen, eller feltet modsiger
    sagens andre data (`besked` siger hvordan)."""

    def __init__(self, felt: str, besked: Optional[str] = None):
        super().__init__(felt)
        self.felt = felt
        self.besked = besked


def kraev(vaerdi: Optional[T], felt: str) -> T:
    if vaerdi is None:
        raise ManglendeData(felt)
    return vaerdi


def kraev_element(vaerdi: Optional[T], liste: str, indeks: int, felt: str) -> T:
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

def objekt(data: Any, felt: str = "") -> dict[str, Any]:
    if type(data) is not dict and not isinstance(data, dict):
        raise UgyldigSag(felt, f"skal være et JSON-objekt, men er {json_type(data)}", "ikke_objekt")
    return cast(dict[str, Any], data)  # a dict from JSON (or a subclass of dict from a caller)


def json_type(vaerdi: Any) -> str:
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


def stavefejl(data: dict[str, Any], kendte: frozenset[str]) -> None:
    """En ukendt nøgle, der kun er en stavemåde af et kendt felt (`forloebsslut`, `Forløbsslut`,
    `forløbstart`), ville ellers få feltet til at mangle uden et ord; andre ukendte nøgler er
    systemets egne data og ignoreres (`kommune`, `tilbud_id`). Rejser UgyldigSag med hver af dem."""
    fundet = stavefejlene(data, kendte)
    if fundet:
        raise UgyldigSag.af(fundet)


def stavefejlene(data: dict[str, Any], kendte: frozenset[str]) -> list[Fejl]:
    """Fejlene for hver nøgle i `data`, der kun er en stavemåde af et kendt felt (se `stavefejl`)."""
    fundet: list[Fejl] = []
    svar = _STAVEMAADER.setdefault(kendte, {})  # an export has few distinct extra keys: answer each once
    noegler: set[Any] = set(data.keys()) - kendte
    for noegle in sorted(noegler, key=str):
        if type(noegle) is not str or len(noegle) > MAKS_NOEGLE:
            continue  # no spelling of a field: neither looked at nor kept
        try:
            ment = svar[noegle]
        except KeyError:
            ment = _stavemaade_af(noegle, kendte)
            if len(svar) < MAKS_STAVEMAADER:
                svar[noegle] = ment
        if ment is not None and ment not in data:  # beside the right key it is the caller's own (`_id`)
            fundet.append({"kode": "stavefejl", "felt": vis(noegle)[1:-1], "besked": f"ukendt felt; mente du {vis(ment)}?"})
    return fundet


def alle_fejl(data: dict[str, Any], kendte: frozenset[str], felter: tuple[Feltlaeser, ...]) -> UgyldigSag:
    """Alle fejl i en post, der ikke kunne læses: stavefejl i nøgler og hvert felts fejl (kun
    når posten er ugyldig; en gyldig post læses i ét stræk uden denne tabel)."""
    fundet = stavefejlene(data, kendte)
    for noegle, laeser, argumenter in felter:
        try:
            laeser(data.get(noegle), noegle, *argumenter)
        except UgyldigSag as fejl:
            fundet.extend(fejl.fejl)
    return UgyldigSag.af(fundet)


#: Et felt i en post og hvordan det læses: (JSON-nøgle, læser, læserens øvrige argumenter).
Feltlaeser = tuple[str, Callable[..., Any], tuple[Any, ...]]


# The answers per record type, bounded so that a long-running service keeps flat memory
# whatever keys its callers send: at most so many keys, and none longer than MAKS_NOEGLE
# (such a key is no spelling of a field; it is neither looked at nor kept).
MAKS_STAVEMAADER, MAKS_NOEGLE = 1000, 100
_STAVEMAADER: dict[frozenset[str], dict[str, Optional[str]]] = {}


def _stavemaade_af(noegle: str, kendte: frozenset[str]) -> Optional[str]:
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
        raise UgyldigSag(slutfelt, f"{dansk_dato(slut)} ligger før {startfelt} {dansk_dato(start)}", "periode_i_uorden")


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


_ISODATO = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")  # ASCII digits only (Python's \d also takes ٢)


def dato(vaerdi: Any, felt: str, paakraevet: bool) -> Any:  # Optional[date]; date when paakraevet
    """En dato: ÅÅÅÅ-MM-DD med ASCII-cifre i JSON, eller en `date` fra Python (en række fra en
    database); et `datetime` giver sin dato."""
    # Only ÅÅÅÅ-MM-DD: date.fromisoformat alone would also accept week dates (2023-W01-1).
    if type(vaerdi) is str:
        if len(vaerdi) == 10 and _ISODATO.fullmatch(vaerdi):
            try:
                dag = date.fromisoformat(vaerdi)
            except ValueError:
                pass
            else:
                if FOERSTE_AAR <= dag.year <= SIDSTE_AAR:
                    return dag
                raise UgyldigSag(felt, f"{vis(vaerdi)} ligger uden for årene {FOERSTE_AAR}-{SIDSTE_AAR}",
                                 "dato_uden_for_årene")
        raise UgyldigSag(felt, f"{vis(vaerdi)} er ikke en gyldig dato (ÅÅÅÅ-MM-DD)", "ugyldig_dato")
    if isinstance(vaerdi, date):
        dag = vaerdi.date() if isinstance(vaerdi, datetime) else vaerdi
        if FOERSTE_AAR <= dag.year <= SIDSTE_AAR:
            return dag
        raise UgyldigSag(felt, f"{dag.isoformat()} ligger uden for årene {FOERSTE_AAR}-{SIDSTE_AAR}",
                         "dato_uden_for_årene")
    if vaerdi is None:
        if paakraevet:
            raise UgyldigSag(felt, "feltet mangler", "mangler")
        return None
    raise UgyldigSag(felt, f"skal være en dato (ÅÅÅÅ-MM-DD), men er {json_type(vaerdi)}", "forkert_type")


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


def vaerdi_af(vaerdi: Any, felt: str, paakraevet: bool, lovlige: frozenset[str], navn: str) -> Any:
    """En værdi af en opremsning (typen er opremsningens `Literal`, som den genererede kode angiver)."""
    if type(vaerdi) is str and vaerdi in lovlige:
        return vaerdi
    if vaerdi is None:
        if paakraevet:
            raise UgyldigSag(felt, "feltet mangler", "mangler")
        return None
    raise UgyldigSag(felt, f"ukendt værdi {vis(vaerdi)} for {navn}; "
                     f"lovlige værdier: {', '.join(sorted(lovlige))}",
                     "ukendt_værdi" if isinstance(vaerdi, str) else "forkert_type")


def tekst(vaerdi: Any, felt: str, paakraevet: bool) -> Any:  # Optional[str]; str when paakraevet
    if type(vaerdi) is str:
        if vaerdi.isascii() or gyldig_unicode(vaerdi):
            return vaerdi
        raise UgyldigSag(felt, f"{vis(vaerdi)} indeholder ugyldige Unicode-tegn (er filen gemt som UTF-8?)",
                         "ugyldig_unicode")
    if vaerdi is None:
        if paakraevet:
            raise UgyldigSag(felt, "feltet mangler", "mangler")
        return None
    raise UgyldigSag(felt, f"skal være en tekst, men er {json_type(vaerdi)}", "forkert_type")


def sags_id(vaerdi: Any, felt: str) -> str:
    """Sagens id: en tekst, der ikke er tom eller kun mellemrum (den skal kunne skelne sagen)."""
    sag_id: str = tekst(vaerdi, felt, True)
    if not sag_id.strip():
        raise UgyldigSag(felt, "sagens id er tomt" if not sag_id else f"sagens id {vis(sag_id)} er kun mellemrum",
                         "tomt_id")
    return sag_id


def gyldig_unicode(tekst: str) -> bool:
    try:
        tekst.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def sandhedsvaerdi(vaerdi: Any, felt: str, paakraevet: bool, standard: Optional[bool]) -> Any:  # Optional[bool]
    if vaerdi is True or vaerdi is False:
        return vaerdi
    if vaerdi is None:
        if paakraevet:
            raise UgyldigSag(felt, "feltet mangler", "mangler")
        return standard
    raise UgyldigSag(felt, f"skal være true eller false, men er {json_type(vaerdi)}", "forkert_type")


def tal(vaerdi: Any, felt: str, paakraevet: bool, standard: Optional[float],
        mindst: Optional[float]) -> Any:  # Optional[float]; a number when paakraevet or with a standard
    """Et tal: int eller float fra JSON, eller en `Decimal` fra Python (en række fra en database),
    som regnes som float."""
    if vaerdi is None:
        if paakraevet:
            raise UgyldigSag(felt, "feltet mangler", "mangler")
        return standard
    if type(vaerdi) is Decimal:
        vaerdi = float(vaerdi) if vaerdi.is_finite() and abs(vaerdi) <= _STOERSTE else math.inf
    if isinstance(vaerdi, bool) or not isinstance(vaerdi, (int, float)):
        raise UgyldigSag(felt, f"skal være et tal, men er {json_type(vaerdi)}", "forkert_type")
    try:
        endeligt = math.isfinite(vaerdi)  # json reads 1e400 as inf and accepts NaN
    except OverflowError:  # an integer with hundreds of digits
        endeligt = False
    if not endeligt:
        raise UgyldigSag(felt, "er ikke et endeligt tal af en brugbar størrelse", "ikke_endeligt_tal")
    if mindst is not None and vaerdi < mindst:
        raise UgyldigSag(felt, f"skal være mindst {mindst:g}", "under_mindst")
    return vaerdi


_STOERSTE = Decimal(1.7976931348623157e308)  # the largest float: a Decimal beyond it is no usable number


def liste(vaerdi: Any, felt: str, element: Callable[[Any], T]) -> list[T]:
    if vaerdi is None:
        return []
    if type(vaerdi) is not list:
        raise UgyldigSag(felt, f"skal være en liste, men er {json_type(vaerdi)}", "forkert_type")
    punkter: list[Any] = vaerdi  # pyright: ignore[reportUnknownVariableType]  (a list from JSON)
    try:
        return [element(punkt) for punkt in punkter]
    except UgyldigSag:
        pass
    fundet: list[Fejl] = []  # every element's errors, each with its path
    for indeks, punkt in enumerate(punkter):
        try:
            element(punkt)
        except UgyldigSag as fejl:
            fundet.extend(fejl.under(f"{felt}[{indeks}]").fejl)
    raise UgyldigSag.af(fundet)


def post(vaerdi: Any, felt: str, paakraevet: bool, element: Callable[[Any], T]) -> Any:  # Optional[T]
    if vaerdi is None:
        if paakraevet:
            raise UgyldigSag(felt, "feltet mangler", "mangler")
        return None
    try:
        return element(vaerdi)
    except UgyldigSag as fejl:
        raise fejl.under(felt) from None
