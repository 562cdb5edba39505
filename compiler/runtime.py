"""Fælles kørselsmodul for de genererede validatorer.

Filen kopieres uændret ind i den genererede pakke som `_runtime.py`. Den bruger kun
standardbiblioteket: datoregning (måneder med ultimo-regel), indlæsning af sager fra
JSON, JSON-tolkning med præcise fejlstier og opsamling af resultater.

Grænser for input (alt ud over dem er en ugyldig post, aldrig en undtagelse):

- én linje: højst MAKS_LINJE tegn (64 Mi; bytes, når filen er åbnet binært). En længere
  linje læses ikke ind, men springes over i bidder;
- ét JSON-dokument over flere linjer (én sag eller en liste): højst MAKS_DOKUMENT tegn
  (256 Mi); en større fil læses som JSON Lines, linje for linje. Begge kan sættes lavere i
  `laes_sager`;
- indlejring: så dybt, som Pythons rekursionsgrænse tillader json (omkring 1000 niveauer
  med standardgrænsen; en sag bruger 3);
- heltal: højst 4300 cifre (Pythons grænse, `sys.get_int_max_str_digits()`); et kommatal
  ud over ±1,8e308 bliver uendeligt og afvises, hvor der skal stå et tal;
- datoer: årene FOERSTE_AAR-SIDSTE_AAR.

Hukommelsen vokser ikke med antallet af kald: svarene på stavefejl i nøgler gemmes for
højst MAKS_STAVEMAADER nøgler pr. posttype; en nøgle på over MAKS_NOEGLE tegn er aldrig en
stavemåde af et felt og gemmes ikke.
"""

from __future__ import annotations

import calendar
import json
import math
import re
from datetime import date, datetime, timedelta
from typing import Any, Callable, Iterator, NamedTuple, Optional

DAG = timedelta(days=1)

MAANEDSNAVNE = (
    "januar", "februar", "marts", "april", "maj", "juni", "juli", "august",
    "september", "oktober", "november", "december",
)


# ----------------------------------------------------------------------------
# Datoer og varigheder
# ----------------------------------------------------------------------------

class Varighed(NamedTuple):
    """En varighed i kalendermåneder og dage (uger og år er omregnet)."""

    maaneder: int
    dage: int


_DAGE_I_MAANED = (31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)


def plus_maaneder(dag: date, antal: int) -> date:
    """Læg kalendermåneder til; findes dagen ikke, bruges månedens sidste dag."""
    indeks = dag.month - 1 + antal
    aar, maaned = dag.year + indeks // 12, indeks % 12 + 1
    if dag.day <= 28:
        return date(aar, maaned, dag.day)
    sidste = 29 if maaned == 2 and calendar.isleap(aar) else _DAGE_I_MAANED[maaned - 1]
    return date(aar, maaned, min(dag.day, sidste))


def laeg_til(dag: date, varighed: Varighed) -> date:
    if varighed.maaneder:
        dag = plus_maaneder(dag, varighed.maaneder)
    return dag + timedelta(days=varighed.dage) if varighed.dage else dag


def traek_fra(dag: date, varighed: Varighed) -> date:
    if varighed.maaneder:
        dag = plus_maaneder(dag, -varighed.maaneder)
    return dag - timedelta(days=varighed.dage) if varighed.dage else dag


def sidste_tilladte_dag(start: date, varighed: Varighed) -> date:
    """Sidste dag et forløb fra `start` må vare, når det højst må vare `varighed`."""
    return laeg_til(start, varighed) - DAG


def dansk_dato(dag: date) -> str:
    return f"{dag.day}. {MAANEDSNAVNE[dag.month - 1]} {dag.year}"


def dansk_varighed(varighed: Varighed) -> str:
    dele = []
    if varighed.maaneder:
        dele.append(f"{varighed.maaneder} {'måned' if varighed.maaneder == 1 else 'måneder'}")
    if varighed.dage:
        if varighed.dage % 7 == 0:
            uger = varighed.dage // 7
            dele.append(f"{uger} {'uge' if uger == 1 else 'uger'}")
        else:
            dele.append(f"{varighed.dage} {'dag' if varighed.dage == 1 else 'dage'}")
    return " og ".join(dele) or "0 dage"


def koerer(forloebsslut: Optional[date], dag: date) -> bool:
    """Kørte forløbet stadig på `dag` (intet forløbsslut før dagen)?"""
    return forloebsslut is None or forloebsslut >= dag


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


# ----------------------------------------------------------------------------
# Resultater
# ----------------------------------------------------------------------------

class Regel(NamedTuple):
    """Hvad et resultat fortæller om den regel, det kommer fra."""

    navn: str
    bestemmelse: str
    titel: str
    kilde: str
    besked: Optional[str] = None  # reglens egen overtrædelsestekst med {frist}, {dato}, {antal}, {krav}
    bestemmelser: tuple[str, ...] = ()  # alle bestemmelser, reglen udtrykker (den første er `bestemmelse`)
    versioner: tuple["Version", ...] = ()  # reglens versioner (til forklaringer)
    vaerdinavne: tuple[str, ...] = ()  # navnene på versionernes værdier, i deres rækkefølge
    afgoerende: Optional[str] = None  # hvad den afgørende dato er, på dansk (til forklaringer)


class Sagsresultat:
    """Opsamler én sags overtrædelser, frister, datafejl og undtagelser; med `forklar` også
    hver regels udfald og grundlaget for det (`forklaring`)."""

    __slots__ = ("id", "overtraedelser", "frister", "datafejl", "undtagelser", "forklar", "forklaring")

    def __init__(self, sag_id: str, forklar: bool = False):
        self.id = sag_id
        self.overtraedelser: list[dict] = []
        self.frister: list[dict] = []
        self.datafejl: list[dict] = []
        self.undtagelser: list[dict] = []
        self.forklar = forklar
        self.forklaring: Optional[Forklaring] = Forklaring() if forklar else None

    def fund(self, regel: Regel, udfald: str, noegle: str, fakta: dict, frist: Optional[date] = None,
             element: Optional[str] = None, antal: Optional[int] = None) -> None:
        """Et udfald af reglen: en overtrædelse eller en kommende frist kommer med i resultatet."""
        tekst = besked(regel, noegle, fakta)
        if udfald == "overtrådt":
            if regel.besked is not None:
                tekst = _egen_besked(regel.besked, frist, fakta)
            fund = {"regel": regel.navn, "bestemmelse": regel.bestemmelse, "besked": tekst,
                    "frist": frist.isoformat() if frist else None, "kilde": regel.kilde}
            if element is not None:
                fund["element"] = element
            self.overtraedelser.append(fund)
        elif udfald == "frist":
            fund = {"regel": regel.navn, "bestemmelse": regel.bestemmelse, "frist": frist.isoformat(),
                    "besked": tekst}
            if antal is not None:
                fund["antal"] = antal
            self.frister.append(fund)
        if self.forklaring is not None:
            self.forklaring.udfald(regel, "gælder ikke" if udfald == "ikke_omfattet" else udfald, tekst, element,
                                   fakta, grund="forløb" if udfald == "ikke_omfattet" else None)

    def mangler(self, regel: Regel, fejl: ManglendeData) -> None:
        problem = fejl.besked or f"feltet {fejl.felt} mangler"
        tekst = f"{regel.titel}: {problem}, så reglen kan ikke afgøres for sagen."
        self.datafejl.append({"regel": regel.navn, "bestemmelse": regel.bestemmelse, "felt": fejl.felt,
                              "besked": tekst})
        if self.forklaring is not None:
            self.forklaring.udfald(regel, "datafejl", tekst, None, {"felt": fejl.felt})

    def undtaget(self, regel: Regel, undtagelse: Regel, element: Optional[str] = None) -> None:
        fund = {"regel": regel.navn, "undtagelse": undtagelse.navn, "bestemmelse": undtagelse.bestemmelse}
        if element is not None:
            fund["element"] = element
        self.undtagelser.append(fund)
        if self.forklaring is not None:
            self.forklaring.undtagelse(undtagelse, None)
            self.forklaring.udfald(regel, "undtaget", f"{regel.titel}: slået fra af undtagelsen {undtagelse.titel} "
                                   f"({undtagelse.bestemmelse}).", element, {})

    # Kun når der spørges efter en forklaring:
    def gaelder_ikke(self, regel: Regel, grund: str, element: Optional[str] = None,
                     afgoerende: Optional[date] = None) -> None:
        tekst = _GRUNDE[grund]
        if afgoerende is not None:
            self.forklaring.afgoerende_dato(regel, afgoerende)
            tekst = f"reglen gælder {_gyldighed(regel)}, og den afgørende dato er {dansk_dato(afgoerende)}"
        self.forklaring.udfald(regel, "gælder ikke", f"{regel.titel}: {tekst}.", element, {}, grund)

    def ikke_undtaget(self, regel: Regel, undtagelse: Regel, grund: str, element: Optional[str] = None) -> None:
        self.forklaring.undtagelse(undtagelse, grund)

    def afgoerende_dato(self, regel: Regel, dag: date) -> None:
        self.forklaring.afgoerende_dato(regel, dag)

    def elementer(self, liste: str, indekser: list[int]) -> None:
        self.forklaring.elementer(liste, indekser)

    def som_json(self) -> dict:
        svar = {
            "id": self.id, "overtrædelser": self.overtraedelser, "frister": self.frister,
            "datafejl": self.datafejl, "undtagelser": self.undtagelser,
        }
        if self.forklaring is not None:
            svar["forklaring"] = self.forklaring.udfaldene
        return svar


_GRUNDE = {
    "ydelse": "reglen gælder ikke for sagens ydelse",
    "betingelse": "sagen hører ikke til dem, reglen gælder for",
    "periode": "ingen version af reglen gælder på den afgørende dato",
    "ingen": "der er intet at vurdere endnu",
    "forløb": "forløbet sluttede før fristen, så kravet skyldes ikke",
}
_UNDTAGELSESGRUNDE = {
    "betingelse": "betingelsen er ikke opfyldt",
    "periode": "undtagelsen gælder ikke på den afgørende dato",
    "omfatter_ikke": "undtagelsen omfatter ikke denne frist",
}


class Forklaring:
    """Hver regels udfald for én sag med grundlaget: den afgørende dato og den version, den
    valgte, de datoer og tal, reglen regnede, de elementer, den talte eller fandt, og de
    undtagelser, den overvejede; og en begrundelse på dansk til sagsbehandleren."""

    __slots__ = ("udfaldene", "_grundlag")

    def __init__(self):
        self.udfaldene: list[dict] = []
        self._grundlag: dict = {}

    def afgoerende_dato(self, regel: Regel, dag: date) -> None:
        self._grundlag["afgørende_dato"] = dag.isoformat()
        gaeldende = version(regel.versioner, dag)
        if gaeldende is not None:
            vaerdier = dict(zip(regel.vaerdinavne, gaeldende.vaerdier or ()))
            self._grundlag["version"] = {
                "fra": gaeldende.fra.isoformat() if gaeldende.fra else None,
                "til": gaeldende.til.isoformat() if gaeldende.til else None,
                "værdier": {navn: _json_vaerdi(vaerdi) for navn, vaerdi in vaerdier.items()}}

    def undtagelse(self, undtagelse: Regel, grund: Optional[str]) -> None:
        self._grundlag.setdefault("undtagelser", []).append(
            {"undtagelse": undtagelse.navn, "bestemmelse": undtagelse.bestemmelse, "gælder": grund is None,
             **({"grund": _UNDTAGELSESGRUNDE[grund]} if grund else {})})

    def elementer(self, liste: str, indekser: list[int]) -> None:
        self._grundlag["elementer"] = [f"{liste}[{indeks}]" for indeks in indekser]

    def udfald(self, regel: Regel, udfald: str, tekst: str, element: Optional[str], fakta: dict,
               grund: Optional[str] = None) -> None:
        grundlag, self._grundlag = self._grundlag, {}
        grundlag["fakta"] = {navn: _json_vaerdi(vaerdi) for navn, vaerdi in fakta.items()
                             if navn not in ("hvad", "begynder", "ental", "flertal")}
        svar = {"regel": regel.navn, "bestemmelse": regel.bestemmelse, "udfald": udfald, "besked": tekst,
                "grundlag": grundlag}
        if grund is not None:
            svar["grund"] = grund
        if element is not None:
            svar["element"] = element
        svar["begrundelse"] = begrundelse(regel, svar)
        self.udfaldene.append(svar)


def _json_vaerdi(vaerdi: Any) -> Any:
    if isinstance(vaerdi, date):
        return vaerdi.isoformat()
    if isinstance(vaerdi, Varighed):
        return dansk_varighed(vaerdi)
    return vaerdi


_UDFALD = {
    "overtrådt": "Kravet er derfor ikke overholdt.",
    "opfyldt": "Kravet er derfor opfyldt.",
    "frist": "Fristen er ikke nået endnu.",
    "gælder ikke": "Reglen gælder derfor ikke for sagen.",
    "undtaget": "Kravet vurderes derfor ikke.",
    "datafejl": "Reglen kan derfor ikke afgøres, før oplysningen er rettet.",
}


def begrundelse(regel: Regel, svar: dict) -> str:
    """Udfaldet som en begrundelse på dansk: reglen, dens bestemmelse og kilde, og de fakta,
    der er brugt (forvaltningsloven §§ 22-24: de regler, der er anvendt, og hovedhensynene)."""
    dele = [f"Efter reglen «{regel.titel}» ({', '.join(regel.bestemmelser or (regel.bestemmelse,))}; kilde: "
            f"{regel.kilde})"]
    grundlag = svar["grundlag"]
    if "afgørende_dato" in grundlag and svar.get("grund") != "periode":
        hvad = f" ({regel.afgoerende})" if regel.afgoerende else ""
        tekst = f"Den afgørende dato{hvad} er {dansk_dato(date.fromisoformat(grundlag['afgørende_dato']))}"
        version = grundlag.get("version")
        if version is not None and len(regel.versioner) > 1:
            periode = _periode(version["fra"], version["til"])
            vaerdier = ", ".join(f"{navn.replace('_', ' ')} {vaerdi}" for navn, vaerdi in version["værdier"].items())
            tekst += f", så reglen gælder i den version, der gælder {periode}" + (f" ({vaerdier})" if vaerdier else "")
        dele.append(tekst)
    for undtagelse in grundlag.get("undtagelser", []):
        if not undtagelse["gælder"]:
            dele.append(f"Undtagelsen {undtagelse['undtagelse']} ({undtagelse['bestemmelse']}) er overvejet, men "
                        f"{undtagelse['grund']}")
    if "elementer" in grundlag:
        talt = ", ".join(grundlag["elementer"]) or "ingen"
        dele.append(f"Talt eller fundet i sagen: {talt}")
    besked_ = svar["besked"][len(regel.titel) + 2:] if svar["besked"].startswith(regel.titel + ": ") \
        else svar["besked"]
    dele.append(besked_[:1].upper() + besked_[1:].rstrip("."))
    return ". ".join(dele) + ". " + _UDFALD[svar["udfald"]]


def _gyldighed(regel: Regel) -> str:
    """Hvornår reglen gælder: fra den første versions start til den sidstes slut."""
    fra, til = regel.versioner[0].fra, regel.versioner[-1].til
    return _periode(fra.isoformat() if fra else None, til.isoformat() if til else None)


def _periode(fra: Optional[str], til: Optional[str]) -> str:
    if fra and til:
        return f"fra {dansk_dato(date.fromisoformat(fra))} til og med {dansk_dato(date.fromisoformat(til))}"
    if fra:
        return f"fra {dansk_dato(date.fromisoformat(fra))}"
    return f"til og med {dansk_dato(date.fromisoformat(til))}" if til else "uden tidsbegrænsning"


def _egen_besked(skabelon: str, frist: Optional[date], felter: dict) -> str:
    vaerdier = {"frist": dansk_dato(frist) if frist else "", "dato": "", "antal": "", "krav": ""}
    for noegle, vaerdi in felter.items():
        if noegle in vaerdier and noegle != "frist":
            vaerdier[noegle] = dansk_dato(vaerdi) if isinstance(vaerdi, date) else str(vaerdi)
    return skabelon.format_map(vaerdier)


# ----------------------------------------------------------------------------
# Beskeder: hvert udfald af en regel har en navngiven besked, udfyldt med fakta fra sagen
# ----------------------------------------------------------------------------

def _sket(f: dict) -> str:
    return "begyndte" if f["begynder"] else "fandt sted"


def _antal(antal: int, f: dict) -> str:
    return f"{antal} {f['ental'] if antal == 1 else f['flertal']}"


_d = dansk_dato
_BESKEDER: dict[str, Callable[[dict], str]] = {
    "frist_for_sent": lambda f: f"{f['hvad']} {_sket(f)} {_d(f['dato'])}, efter fristen {_d(f['frist'])}.",
    "frist_rettidig": lambda f: f"{f['hvad']} {_sket(f)} {_d(f['dato'])}, senest på fristen {_d(f['frist'])}.",
    "frist_udeblevet": lambda f: (f"{f['hvad']} {'er ikke begyndt' if f['begynder'] else 'har ikke fundet sted'} "
                                  f"inden fristen {_d(f['frist'])}."),
    "frist_kommende": lambda f: (f"{f['hvad']} {'skal begynde' if f['begynder'] else 'skal finde sted'} "
                                 f"senest {_d(f['frist'])}."),
    "forloeb_sluttet": lambda f: f"forløbet sluttede før {_d(f['frist'])}, så kravet skyldes ikke.",
    "antal_for_faa": lambda f: (f"{_antal(f['antal'], f)} i perioden {_d(f['start'])} til {_d(f['frist'])}, "
                                f"men der skal være mindst {f['krav']}."),
    "antal_naaet": lambda f: (f"{_antal(f['antal'], f)} i perioden {_d(f['start'])} til {_d(f['frist'])}; "
                              f"der skal være mindst {f['krav']}."),
    "antal_kommende": lambda f: (f"mindst {_antal(f['krav'], f)} senest {_d(f['frist'])} "
                                 f"(indtil nu {f['antal']})."),
    "hver_opfylder_ikke": lambda f: f"{f['hvad']} den {_d(f['dato'])} opfylder ikke kravet.",
    "hver_opfylder": lambda f: f"{f['hvad']} den {_d(f['dato'])} opfylder kravet.",
    "forbud_overtraadt": lambda f: f"{f['hvad']} den {_d(f['dato'])} er ikke tilladt.",
    "forbud_overholdt": lambda f: f"{f['hvad']} den {_d(f['dato'])} er tilladt.",
    "varighed_for_lang": lambda f: (f"{f['hvad']} fra {_d(f['start'])} til {_d(f['dato'])} varer mere end "
                                    f"{dansk_varighed(f['graense'])} (sidste tilladte dag var {_d(f['frist'])})."),
    "varighed_overholdt": lambda f: (f"{f['hvad']} fra {_d(f['start'])} til {_d(f['dato'])} varede ikke mere "
                                     f"end {dansk_varighed(f['graense'])}."),
    "varighed_loebende": lambda f: (f"{f['hvad']} fra {_d(f['start'])} er ikke afsluttet og har varet mere end "
                                    f"{dansk_varighed(f['graense'])} (sidste tilladte dag var {_d(f['frist'])})."),
    "varighed_kommende": lambda f: f"{f['hvad']} fra {_d(f['start'])} skal slutte senest {_d(f['frist'])}.",
    "pause_for_lang": lambda f: (f"der gik mere end {dansk_varighed(f['graense'])} fra {f['hvad']} sluttede "
                                 f"{_d(f['ende'])} til det næste begyndte {_d(f['dato'])}."),
    "pause_overholdt": lambda f: (f"det næste {f['hvad']} begyndte {_d(f['dato'])}, højst "
                                  f"{dansk_varighed(f['graense'])} efter at det forrige sluttede {_d(f['ende'])}."),
    "pause_intet_nyt": lambda f: (f"{f['hvad']} sluttede {_d(f['ende'])}, og intet nyt er begyndt senest "
                                  f"{_d(f['frist'])}."),
    "pause_kommende": lambda f: f"næste {f['hvad']} skal begynde senest {_d(f['frist'])}.",
}


def besked(regel: Regel, noegle: str, fakta: dict) -> str:
    """Udfaldets besked på dansk: reglens titel og hvad der skete (eller skal ske)."""
    return f"{regel.titel}: {_BESKEDER[noegle](fakta)}"


# ----------------------------------------------------------------------------
# Fælles vurderinger (semantikken fra regelsprogets dokumentation)
# ----------------------------------------------------------------------------

def vurder_frist(ud: Sagsresultat, regel: Regel, forloebsslut: Optional[date], skaeringsdato: date,
                 frist: date, haendelse: Optional[date], hvad: str, begynder: bool = False) -> None:
    """En frist for den første hændelse: for sent, udeblevet, eller endnu ikke nået.

    `begynder` er sand, når hændelsen er starten på et forløb (et tilbud), så teksten
    siger "begyndte" i stedet for "fandt sted".
    """
    skete, udeblev, skal = (("begyndte", "er ikke begyndt", "skal begynde") if begynder
                            else ("fandt sted", "har ikke fundet sted", "skal finde sted"))
    if haendelse is not None:
        if haendelse > frist:
            ud.overtraedelse(regel, f"{regel.titel}: {hvad} {skete} {dansk_dato(haendelse)}, "
                             f"efter fristen {dansk_dato(frist)}.", frist, dato=haendelse)
        return
    if not koerer(forloebsslut, frist):
        return
    if frist < skaeringsdato:
        ud.overtraedelse(regel, f"{regel.titel}: {hvad} {udeblev} inden fristen {dansk_dato(frist)}.", frist)
    else:
        ud.frist(regel, frist, f"{hvad} {skal} senest {dansk_dato(frist)}.")


def vurder_antal(ud: Sagsresultat, regel: Regel, skaeringsdato: date, start: date, sidste: date,
                 antal: int, mindst: int, ental: str, flertal: str) -> None:
    """Et mindste antal i en periode, der har `sidste` som sidste dag."""
    if sidste < skaeringsdato:
        if antal < mindst:
            ud.overtraedelse(
                regel, f"{regel.titel}: {antal} {ental if antal == 1 else flertal} i perioden {dansk_dato(start)} "
                f"til {dansk_dato(sidste)}, men der skal være mindst {mindst}.", sidste, antal=antal, krav=mindst)
    else:
        # Until the window has ended it is reported as a deadline with the count so far (semantics.md),
        # also when the count is already reached.
        ud.frist(regel, sidste, f"mindst {mindst} {ental if mindst == 1 else flertal} senest {dansk_dato(sidste)} "
                 f"(indtil nu {antal}).", antal)


def vurder_varighed(ud: Sagsresultat, regel: Regel, skaeringsdato: date, start: date, ende: Optional[date],
                    sidste: date, graense: Varighed, element: str, hvad: str) -> None:
    """Et forløb må højst vare `graense`: `sidste` er den sidste tilladte dag."""
    tekst = f"{regel.titel}: {hvad} fra {dansk_dato(start)}"
    if ende is not None:
        if ende > sidste:
            ud.overtraedelse(regel, f"{tekst} til {dansk_dato(ende)} varer mere end {dansk_varighed(graense)} "
                             f"(sidste tilladte dag var {dansk_dato(sidste)}).", sidste, element, dato=ende)
    elif skaeringsdato > sidste:
        ud.overtraedelse(regel, f"{tekst} er ikke afsluttet og har varet mere end {dansk_varighed(graense)} "
                         f"(sidste tilladte dag var {dansk_dato(sidste)}).", sidste, element)
    else:
        ud.frist(regel, sidste, f"{hvad} fra {dansk_dato(start)} skal slutte senest {dansk_dato(sidste)}.")


def graense_uden_data(fejl: ManglendeData, start: date, ende: Optional[date], skaeringsdato: date,
                      graenser: tuple[Varighed, ...]) -> Varighed:
    """Grænsen for et forløb, når data til at vælge mellem `graenser` mangler.

    Forløbet kan stadig afgøres, når udfaldet er det samme for hver mulig grænse: det
    overskrider dem alle (så bruges den længste), eller det sluttede inden for dem alle.
    Ellers er det en datafejl for reglen (`fejl` rejses igen).
    """
    sidste = sorted((sidste_tilladte_dag(start, graense), graense) for graense in graenser)
    (korteste_dag, korteste), (laengste_dag, laengste) = sidste[0], sidste[-1]
    if (ende if ende is not None else skaeringsdato) > laengste_dag:
        return laengste
    if ende is not None and ende <= korteste_dag:
        return korteste
    raise fejl


def vurder_pause(ud: Sagsresultat, regel: Regel, forloebsslut: Optional[date], skaeringsdato: date,
                 ende: date, seneste: date, naeste: Optional[date], graense: Varighed, element: str,
                 hvad: str) -> None:
    """Der må højst gå `graense` fra et forløb slutter (`ende`) til det næste begynder."""
    if naeste is not None:
        if naeste > seneste:
            ud.overtraedelse(regel, f"{regel.titel}: der gik mere end {dansk_varighed(graense)} fra {hvad} "
                             f"sluttede {dansk_dato(ende)} til det næste begyndte {dansk_dato(naeste)}.",
                             seneste, element, dato=naeste)
        return
    if not koerer(forloebsslut, seneste):
        return
    if seneste < skaeringsdato:
        ud.overtraedelse(regel, f"{regel.titel}: {hvad} sluttede {dansk_dato(ende)}, og intet nyt er begyndt "
                         f"senest {dansk_dato(seneste)}.", seneste, element)
    else:
        ud.frist(regel, seneste, f"næste {hvad} skal begynde senest {dansk_dato(seneste)}.")


def pauser(forloeb: list[tuple[date, Optional[date], int]], skaeringsdato: date,
           liste: str) -> list[tuple[int, date, Optional[date]]]:
    """Hvor en pause begynder: (indeks, slutdato, næste start eller None) for hvert forløb, der
    slutter, uden at et andet forløb kører videre. Forløb, der overlapper, er én sammenhængende
    periode, så et kort tilbud inde i et langt ikke giver en pause, mens det lange kører."""
    perioder = sorted(((start, effektiv_slut(start, slut, skaeringsdato, liste, indeks), indeks)
                       for start, slut, indeks in forloeb), key=lambda periode: (periode[0], periode[2]))
    fundet = []
    sidste: Optional[tuple[Optional[date], int]] = None  # (slut, indeks) for perioden indtil nu
    for start, ende, indeks in perioder:
        if sidste is not None and sidste[0] is not None and start > sidste[0]:
            fundet.append((sidste[1], sidste[0], start))
            sidste = None
        if sidste is None or (sidste[0] is not None and (ende is None or ende >= sidste[0])):
            sidste = (ende, indeks)
    if sidste is not None and sidste[0] is not None:
        fundet.append((sidste[1], sidste[0], None))
    return fundet


def effektiv_slut(start: date, slut: Optional[date], skaeringsdato: date, liste: str, indeks: int) -> Optional[date]:
    """En slutdato efter skæringsdatoen er endnu ikke sket: forløbet kører stadig.

    En slutdato før startdatoen er modstridende data og en datafejl for reglen.
    """
    if slut is None or slut > skaeringsdato:
        return None
    if slut < start:
        raise ManglendeData(f"{liste}[{indeks}].slut", f"slutdatoen {dansk_dato(slut)} ligger før startdatoen "
                                                       f"{dansk_dato(start)}")
    return slut


def overlapper(start: date, slut: Optional[date], skaeringsdato: date, fra: date, til: date,
               liste: str, indeks: int) -> bool:
    """Ligger et forløb (start–slut) helt eller delvis i perioden [fra, til)?"""
    if start > skaeringsdato or start >= til:
        return False
    ende = effektiv_slut(start, slut, skaeringsdato, liste, indeks)
    return ende is None or ende >= fra


class Version(NamedTuple):
    """En regelversion med sin gyldighedsperiode (begge dage medregnet; None er åben)."""

    fra: Optional[date]
    til: Optional[date]
    vaerdier: Any


def version(versioner: tuple[Version, ...], dag: date) -> Optional[Version]:
    """Den version, der gælder på `dag`, eller None når ingen gælder."""
    for kandidat in versioner:
        if (kandidat.fra is None or kandidat.fra <= dag) and (kandidat.til is None or dag <= kandidat.til):
            return kandidat
    return None


# ----------------------------------------------------------------------------
# Population
# ----------------------------------------------------------------------------

MAKS_SAGSLISTE = 1000  # så mange sags-id'er gemmes pr. liste; resten tælles kun (hukommelsen forbliver flad)


class Andel:
    """Tæller en populationsregel op over en sagsbestand i ét gennemløb.

    Hver sags eget resultat siger, om sagen tæller med; her gemmes antallene og de
    første MAKS_SAGSLISTE sags-id'er i hver gruppe.
    """

    __slots__ = ("regel", "grupper", "antal", "krav")

    def __init__(self, regel: Regel):
        self.regel = regel
        self.grupper: dict[str, list[str]] = {"tæller": [], "tæller_ikke": [], "datafejl": []}
        self.antal: dict[str, int] = {"tæller": 0, "tæller_ikke": 0, "datafejl": 0}
        self.krav: Optional[float] = None

    def tilfoej(self, gruppe: str, sag_id: str) -> None:
        self.antal[gruppe] += 1
        if self.antal[gruppe] <= MAKS_SAGSLISTE:
            self.grupper[gruppe].append(sag_id)

    def som_json(self) -> dict:
        taeller, naevner = self.antal["tæller"], self.antal["tæller"] + self.antal["tæller_ikke"]
        vaerdi = round(taeller / naevner, 4) if naevner else None
        # Compared in whole hundredths of a per cent, not on the rounded share or with float
        # error (0.7 * 10 > 7): the requirement is written with at most two decimals.
        opfyldt = self.krav is None or taeller * 10_000 >= round(self.krav * 10_000) * naevner
        return {
            "regel": self.regel.navn, "bestemmelse": self.regel.bestemmelse, "opfyldt": opfyldt,
            "værdi": vaerdi, "krav": self.krav, "tæller": taeller, "nævner": naevner,
            "besked": (f"{self.regel.titel}: {taeller} af {naevner} sager "
                       f"({_procent(vaerdi)}) opfylder kravet på {_procent(self.krav)}" if naevner else
                       f"{self.regel.titel}: ingen sager i populationen, så der er intet at opgøre"),
            "sager_der_tæller": self.grupper["tæller"], "sager_der_ikke_tæller": self.grupper["tæller_ikke"],
            "sager_med_datafejl": self.grupper["datafejl"], "antal_med_datafejl": self.antal["datafejl"],
            "listerne_er_afkortet": any(antal > MAKS_SAGSLISTE for antal in self.antal.values()),
        }


def _procent(andel: Optional[float]) -> str:
    return "–" if andel is None else f"{andel * 100:.1f} pct.".replace(".", ",", 1).replace(",0 pct.", " pct.")


# ----------------------------------------------------------------------------
# Indlæsning af sagsbestande
# ----------------------------------------------------------------------------

MAKS_LINJE = 64 * 1024 * 1024      # tegn i én linje (bytes, når filen er åbnet binært)
MAKS_DOKUMENT = 256 * 1024 * 1024  # tegn i ét JSON-dokument over flere linjer (én sag eller en liste)


class UgyldigPost(NamedTuple):
    """En linje eller post i input, der ikke kunne læses som JSON-objekt."""

    linje: int
    besked: str


def laes_sager(fil: Any, maks_linje: int = MAKS_LINJE, maks_dokument: int = MAKS_DOKUMENT) -> Sagslaesning:
    """Læs sager fra JSON Lines (én sag pr. linje), ét JSON-objekt eller en JSON-liste.

    Giver (linjenummer, post) for hver sag; en post, der ikke kan læses, gives som
    `UgyldigPost`, og læsningen fortsætter. Reglen for, hvordan filen læses:

    - Er hele filen én JSON-værdi, er den ét dokument: et objekt er én sag (gerne over flere
      linjer), og en liste giver sine poster, hver med den linje, den begynder på.
    - Ellers er hver fysisk linje sin egen post (JSON Lines), hvad de første linjer end
      indeholder, så en ødelagt linje kun gør sig selv ugyldig.

    Kun tegnet linjeskift (\\n) skiller linjer, så linjenumrene er dem, `wc -l` og en editor
    viser; et enligt CR er mellemrum i JSON. Tomme linjer springes over. JSON Lines læses
    linje for linje, så hukommelsen ikke vokser med filen: kun når den første linje begynder
    en værdi, som de næste linjer fortsætter, læses der videre, indtil det er afgjort.

    `fil` er en fil åbnet binært (`open(sti, "rb")`; bytes, der ikke er UTF-8, gør kun deres
    egen post ugyldig) eller som tekst med `errors="surrogateescape", newline="\\n"` (Pythons
    standard deler også linjer ved et enligt CR). En linje længere end `maks_linje` er en ugyldig post og læses
    ikke ind; et dokument over flere linjer, der er større end `maks_dokument`, læses linje
    for linje.

    Tællingen undervejs gør rede for hver linje: `linjer` (læst indtil nu), `tomme_linjer`
    (kun mellemrum, eller en tom liste) og `postens_linjer` (hvor mange linjer den senest
    givne post fylder; 0 når den deler linje med posten før). Når alt er læst, er `linjer`
    summen af alle posters `postens_linjer` plus `tomme_linjer`.
    """
    return Sagslaesning(fil, maks_linje, maks_dokument)


class Sagslaesning:
    """Posterne i en fil én ad gangen og linjetællingen undervejs (se `laes_sager`)."""

    def __init__(self, fil: Any, maks_linje: int, maks_dokument: int):
        if isinstance(fil, (str, bytes)):  # a caller's mistake: it would be read a character at a time
            raise TypeError("laes_sager læser fra en åben fil (open(sti, \"rb\") eller io.BytesIO), ikke fra en tekst")
        self._kilde = _Linjer(fil)
        self._maks_linje, self._maks_dokument = maks_linje, maks_dokument
        self.tomme_linjer = 0
        self.postens_linjer = 0
        self._poster = self._laes()

    @property
    def linjer(self) -> int:
        return self._kilde.antal

    def __iter__(self) -> Iterator[tuple[int, dict | UgyldigPost]]:
        return self._poster  # a for loop takes the posts straight from the generator

    def __next__(self) -> tuple[int, dict | UgyldigPost]:
        return next(self._poster)

    def _laes(self) -> Iterator[tuple[int, dict | UgyldigPost]]:
        forud, dokument, note = self._afgoer()
        if forud is None:
            return
        if dokument is not None:
            yield from self._dokument(dokument, forud.foerste, forud.antal)
            return
        kilde, maks = self._kilde, self._maks_linje
        kilde.giv_tilbage(forud)
        while (tekst := kilde.naeste(maks)) is not None:
            nummer = kilde.nummer
            if not tekst:
                post: dict | UgyldigPost = UgyldigPost(nummer, f"linjen er længere end {self._maks_linje} tegn, "
                                                               "så den er ikke læst")
            elif tekst[0] in " \t\r\n" and _tom(tekst):
                self.tomme_linjer += 1
                continue
            else:
                post = _sag_af(tekst, nummer)
                if note and type(post) is UgyldigPost:  # the first line began a value the file did not finish
                    post, note = UgyldigPost(nummer, f"{post.besked}; {note}, så hver linje læses for sig"), ""
            self.postens_linjer = 1
            yield nummer, post

    def _afgoer(self) -> tuple[Optional[_Forud], Optional[str], str]:
        """Læs så få linjer som muligt for at afgøre, om filen er ét JSON-dokument.

        Giver de læste linjer (None for en tom fil), dokumentets tekst (None for JSON Lines)
        og, for JSON Lines, hvorfor den første linje ikke blev begyndelsen på et dokument.
        """
        kilde, maks = self._kilde, self._maks_linje
        while (tekst := kilde.naeste(maks)) is not None and tekst and _tom(tekst):
            self.tomme_linjer += 1
        if tekst is None:
            return None, None, ""
        forud = _Forud(kilde.nummer, tekst)
        if not tekst:  # too long to read
            return forud, None, ""
        try:
            vaerdi = _afkod(tekst, _RAA)
        except json.JSONDecodeError as fejl:
            if _slutter_for_tidligt(fejl):  # the first line begins a value: is it the whole file?
                return self._resten_af_dokumentet(forud)
            return forud, None, ""
        if type(vaerdi) is not list:
            return forud, None, ""  # one object or one line of JSON Lines: the same record either way
        # A list on the first line is the whole file only when nothing but blank lines follows.
        while (tekst := kilde.naeste(maks)) is not None:
            forud.tilfoej(tekst)
            if not tekst or not _tom(tekst):
                return forud, None, ""
        return forud, forud.tekst(), ""

    def _resten_af_dokumentet(self, forud: _Forud) -> tuple[_Forud, Optional[str], str]:
        """Den første linje begynder en JSON-værdi uden at afslutte den. Læs videre, til det er
        afgjort: hele filen er den ene værdi (et dokument over flere linjer), eller en linje kan
        ikke fortsætte den (JSON Lines med en ufærdig første linje; det ses inden for få linjer,
        for to hele objekter kan ikke følge hinanden i en JSON-værdi uden komma). Teksten
        tjekkes, hver gang den er blevet dobbelt så lang, så tjekkene koster lineær tid."""
        tjekket = forud.laengde
        hel = False  # the text so far is one whole value: only blank lines may follow it
        while (tekst := self._kilde.naeste(self._maks_linje)) is not None:
            forud.tilfoej(tekst)
            nummer = self._kilde.nummer
            if not tekst:
                return forud, None, f"linje {nummer} i det JSON-dokument, den begynder, er for lang"
            if hel:
                if not _tom(tekst):
                    return forud, None, f"den JSON-værdi, den begynder, slutter før linje {nummer}, hvor der står mere"
                continue
            if forud.laengde > self._maks_dokument:
                return forud, None, f"som ét JSON-dokument ville filen fylde over {self._maks_dokument} tegn"
            if forud.laengde >= 2 * tjekket:
                tjekket = forud.laengde
                fejl = _dokumentfejl(forud.tekst())
                hel = fejl is None
                if fejl is not None and not _slutter_for_tidligt(fejl):
                    return forud, None, _dokumentnote(fejl, forud.foerste)
        fejl = None if hel else _dokumentfejl(forud.tekst())
        return (forud, forud.tekst(), "") if fejl is None else (forud, None, _dokumentnote(fejl, forud.foerste))

    def _dokument(self, tekst: str, foerste: int, antal: int) -> Iterator[tuple[int, dict | UgyldigPost]]:
        """Hele filen er én JSON-værdi fra linje `foerste` (`antal` linjer med de tomme efter den)."""
        sidste = foerste + tekst.rstrip(" \t\r\n").count("\n")  # the value's last line
        self.tomme_linjer += foerste + antal - 1 - sidste
        if not tekst.lstrip(" \t\r\n").startswith("["):
            self.postens_linjer = sidste - foerste + 1
            yield foerste, _sag_af(tekst, foerste)
            return
        # Each post owns the lines from the one after the previous post's last line to its own
        # last line; the first also owns the line with "[", the last the rest of the list.
        # A post is given when the next one has been read, so that the last one is known.
        eget_til, linje, talt_til, indeks = foerste - 1, foerste, 0, 1
        venter: Optional[tuple[int, dict | UgyldigPost, int]] = None
        try:
            for start, slut, vaerdi in _poster_i_liste(tekst, _afkod_post):
                linje, talt_til = linje + tekst.count("\n", talt_til, start), start
                slutlinje = linje + tekst.count("\n", start, slut)
                if venter is not None:
                    self.postens_linjer = venter[2]
                    yield venter[0], venter[1]
                venter = (linje, _listepost(vaerdi, indeks, linje), max(slutlinje - eget_til, 0))
                eget_til, indeks = max(eget_til, slutlinje), indeks + 1
        except json.JSONDecodeError as fejl:  # read above, but now nested too deep for the call stack
            if venter is not None:
                self.postens_linjer = venter[2]
                yield venter[0], venter[1]
            fejllinje = _linje_ved(tekst, fejl.pos, foerste)
            venter = (fejllinje, UgyldigPost(fejllinje, f"ugyldig JSON i post {indeks} i listen: {_json_fejl(fejl)}; "
                                                        "resten af listen kan ikke læses"), 0)
            eget_til = max(eget_til, fejllinje - 1)
        if venter is None:
            self.tomme_linjer += sidste - foerste + 1  # an empty list
            return
        self.postens_linjer = venter[2] + sidste - eget_til
        yield venter[0], venter[1]


class _Linjer:
    """En fils fysiske linjer (kun \\n skiller dem) som tekst, talt."""

    def __init__(self, fil: Any):
        self._laes = getattr(fil, "readline", None)
        self._linjer = None if self._laes is not None else iter(fil)
        self.antal = 0   # lines read from the file
        self.nummer = 0  # the number of the line given last
        self._igen = ""  # lines read ahead, to be given again first
        self._igen_pos = 0
        self._igen_for_lang = False  # and after them a line too long to keep

    def giv_tilbage(self, forud: _Forud) -> None:
        """Linjerne, der er læst for at se frem; `naeste` giver dem igen, én ad gangen."""
        self._igen, self._igen_pos, self._igen_for_lang = forud.tekst(), 0, forud.for_lang
        self.nummer = forud.foerste - 1

    def naeste(self, maks: int) -> Optional[str]:
        """Den næste linje med sit linjeskift; "" når den er længere end `maks` (en linje er
        aldrig tom), og None ved filens slutning."""
        if self._igen or self._igen_for_lang:
            return self._igen_linje()
        stykke = self._laes(maks + 1) if self._laes is not None else next(self._linjer, None)
        if not stykke:
            return None
        self.antal = self.nummer = self.antal + 1
        skift = b"\n" if type(stykke) is bytes else "\n"
        if len(stykke) > maks and len(stykke) - stykke.endswith(skift) > maks:
            while self._laes is not None and stykke and not stykke.endswith(skift):  # skip the rest unread
                stykke = self._laes(1 << 16)
            return ""
        tekst = stykke.decode("utf-8", "surrogateescape") if skift == b"\n" else stykke
        if self.antal == 1 and tekst.startswith("\ufeff"):  # a byte order mark, as some Windows programs write
            tekst = tekst[1:]
        return tekst

    def _igen_linje(self) -> str:
        self.nummer += 1
        if not self._igen:
            self._igen_for_lang = False
            return ""
        slut = self._igen.find("\n", self._igen_pos) + 1 or len(self._igen)
        tekst = self._igen[self._igen_pos:slut]
        self._igen_pos = slut
        if slut == len(self._igen):
            self._igen = ""
        return tekst


class _Forud:
    """De linjer, der er læst for at afgøre, hvordan filen læses (fra linje `foerste`). De
    samles til én tekst, når den tjekkes, så mange korte linjer ikke koster et objekt hver."""

    def __init__(self, foerste: int, linje: str):
        self.foerste, self.antal, self.laengde = foerste, 1, len(linje)
        self._dele = [linje] if linje else []
        self.for_lang = not linje  # the last line read was too long to keep (then nothing follows it)

    def tilfoej(self, linje: str) -> None:
        self.antal += 1
        self.laengde += len(linje)
        if linje:
            self._dele.append(linje)
        else:
            self.for_lang = True

    def tekst(self) -> str:
        if len(self._dele) > 1:
            self._dele = ["".join(self._dele)]
        return self._dele[0] if self._dele else ""


def _tom(tekst: str) -> bool:
    return not tekst.strip(" \t\r\n")  # JSON's whitespace only: a form feed is not blank


class _DobbeltNoegle(Exception):
    """En nøgle står to gange i samme JSON-objekt (json lader ellers den sidste vinde i stilhed)."""

    def __init__(self, par: list[tuple[str, Any]]):
        set_: set[str] = set()
        noegle = next(noegle for noegle, _ in par if noegle in set_ or set_.add(noegle))
        super().__init__(f"nøglen {vis(noegle)} står mere end én gang i samme objekt, så det er uklart, "
                         "hvilken værdi der gælder")


def _uden_dubletter(par: list[tuple[str, Any]], dict: type = dict, len: Callable[[Any], int] = len) -> dict:
    objekt = dict(par)  # (dict and len as locals: this runs for every object in the input)
    if len(objekt) != len(par):
        raise _DobbeltNoegle(par)
    return objekt


_RAA = json.JSONDecoder()  # syntax only: where a value ends, whether a text is one value
_SAGSJSON = json.JSONDecoder(object_pairs_hook=_uden_dubletter)  # a record: also refuses duplicate keys
_MELLEMRUM = re.compile(r"[ \t\r\n]*")


def _afkod(tekst: str, afkoder: json.JSONDecoder, pos: Optional[int] = None) -> Any:
    """Hele `tekst` som én JSON-værdi (pos None) eller værdien fra `pos` og hvor den slutter;
    enhver fejl i input er en JSONDecodeError (også for dybt indlejret JSON og tal med flere
    tusind cifre)."""
    try:
        return afkoder.decode(tekst) if pos is None else afkoder.raw_decode(tekst, pos)
    except json.JSONDecodeError:
        raise
    except (ValueError, RecursionError) as fejl:
        besked = "JSON'en er indlejret for dybt" if isinstance(fejl, RecursionError) else str(fejl)
        raise json.JSONDecodeError(besked, tekst, pos or 0) from None


def _afkod_post(tekst: str, pos: int) -> tuple[Any, int]:
    """En post i en liste og hvor den slutter; en dobbelt nøgle gives som værdien."""
    try:
        return _afkod(tekst, _SAGSJSON, pos)
    except _DobbeltNoegle as dobbelt:
        return dobbelt, _afkod(tekst, _RAA, pos)[1]


def _sag_af(tekst: str, linje: int) -> dict | UgyldigPost:
    """Én sag af en tekst, der skal være ét JSON-objekt."""
    try:
        data = _afkod(tekst, _SAGSJSON)
    except _DobbeltNoegle as dobbelt:
        return UgyldigPost(linje, str(dobbelt))
    except json.JSONDecodeError as fejl:
        return UgyldigPost(linje, f"ugyldig JSON: {_json_fejl(fejl)}")
    if type(data) is dict:
        return data
    hvorfor = " (en liste af sager læses kun som liste, når hele filen er listen)" if type(data) is list else ""
    return UgyldigPost(linje, f"en sag skal være et JSON-objekt, men er {_json_type(data)}{hvorfor}")


def _listepost(vaerdi: Any, indeks: int, linje: int) -> dict | UgyldigPost:
    if type(vaerdi) is dict:
        return vaerdi
    if isinstance(vaerdi, _DobbeltNoegle):
        return UgyldigPost(linje, f"post {indeks} i listen: {vaerdi}")
    return UgyldigPost(linje, f"post {indeks} i listen er ikke et JSON-objekt, men {_json_type(vaerdi)}")


def _poster_i_liste(tekst: str, afkod: Callable[[str, int], tuple[Any, int]]) -> Iterator[tuple[int, int, Any]]:
    """(start, slut, værdi) for hver post i JSON-listen, som `tekst` er; en fejl er en JSONDecodeError."""
    pos = _MELLEMRUM.match(tekst, _MELLEMRUM.match(tekst).end() + 1).end()
    lukket = tekst.startswith("]", pos)
    while not lukket:
        start = pos
        vaerdi, pos = afkod(tekst, pos)
        yield start, pos, vaerdi
        pos = _MELLEMRUM.match(tekst, pos).end()
        if tekst.startswith(",", pos):
            pos = _MELLEMRUM.match(tekst, pos + 1).end()
        elif tekst.startswith("]", pos):
            lukket = True
        else:
            raise json.JSONDecodeError("Expecting ',' delimiter", tekst, pos)
    pos = _MELLEMRUM.match(tekst, pos + 1).end()
    if pos < len(tekst):
        raise json.JSONDecodeError("Extra data", tekst, pos)


def _dokumentfejl(tekst: str) -> Optional[json.JSONDecodeError]:
    """Hvorfor `tekst` ikke er én JSON-værdi (None når den er). En liste tjekkes post for post,
    så hukommelsen ikke skal rumme alle posterne på én gang."""
    try:
        if tekst.lstrip(" \t\r\n").startswith("["):
            for _ in _poster_i_liste(tekst, lambda tekst, pos: _afkod(tekst, _RAA, pos)):
                pass
        else:
            _afkod(tekst, _RAA)
    except json.JSONDecodeError as fejl:
        return fejl
    return None


def _slutter_for_tidligt(fejl: json.JSONDecodeError) -> bool:
    """Fejlen er kun, at teksten slutter, før værdien gør (flere linjer kan fortsætte den)."""
    return fejl.pos >= len(fejl.doc.rstrip(" \t\r\n"))


def _dokumentnote(fejl: json.JSONDecodeError, foerste_linje: int) -> str:
    return (f"filen er heller ikke ét JSON-dokument (linje {_linje_ved(fejl.doc, fejl.pos, foerste_linje)}: "
            f"{_json_fejl(fejl)})")


def _linje_ved(tekst: str, pos: int, foerste_linje: int) -> int:
    """Linjen i filen for en position i `tekst`."""
    return foerste_linje + tekst.count("\n", 0, _inden_for(tekst, pos))


def _inden_for(tekst: str, pos: int) -> int:
    """En fejl ved tekstens slutning hører til linjen med det sidste indhold."""
    return min(pos, len(tekst.rstrip(" \t\r\n")))


# json's messages, in Danish; the position is given separately.
_JSON_BESKEDER = (
    ("Expecting value", "forventede en værdi"),
    ("Expecting property name enclosed in double quotes", "forventede et feltnavn i dobbelte anførselstegn"),
    ("Expecting ',' delimiter", "forventede et komma"),
    ("Expecting ':' delimiter", "forventede et kolon"),
    ("Unterminated string starting at", "en tekst mangler sit afsluttende anførselstegn"),
    ("Invalid control character", "ugyldigt kontroltegn i en tekst"),
    ("Invalid \\escape", "ugyldig \\-sekvens i en tekst"),
    ("Invalid \\uXXXX escape", "ugyldig \\u-sekvens i en tekst"),
    ("Extra data", "der står mere efter værdiens afslutning"),
    ("Exceeds the limit", "et tal har for mange cifre"),
)


def _json_fejl(fejl: json.JSONDecodeError) -> str:
    """json's fejl på dansk med kolonnen på fejlens linje (og tegnet, når det er usynligt)."""
    besked = next((dansk for engelsk, dansk in _JSON_BESKEDER if fejl.msg.startswith(engelsk)), fejl.msg)
    pos = _inden_for(fejl.doc, fejl.pos)
    tegn = fejl.doc[pos:pos + 1]
    usynligt = f", tegnet {synlig(tegn)}" if tegn and not tegn.isprintable() and not _tom(tegn) else ""
    return f"{besked} (kolonne {pos - fejl.doc.rfind(chr(10), 0, pos)}{usynligt})"
