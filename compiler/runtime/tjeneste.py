"""HTTP-tjenesten over de genererede validatorer, til systemer, der ikke er skrevet i Python.

Kun standardbiblioteket (`http.server`). Startes med `python -m <pakke>.server` (eller
`regel server`); `_runtime/__init__` importerer ikke modulet, så en validator, der ikke
bruger tjenesten, ikke betaler for den.

    GET  /sundhed                 tjenesten kører (og med hvilken pakke og kontraktversion)
    GET  /regler                  de regler, der vurderes
    GET  /openapi.json            OpenAPI 3.1-dokumentet (bygget af de samme JSON-skemaer)
    POST /valider?skaeringsdato=ÅÅÅÅ-MM-DD              én sag (ét JSON-objekt)
    POST /forklar?skaeringsdato=ÅÅÅÅ-MM-DD              én sag, med hver regels udfald og begrundelse
    POST /udfald?skaeringsdato=ÅÅÅÅ-MM-DD               hver regels udfald for én sag (pakkens udfald)
    POST /gaeldende-regler?skaeringsdato=ÅÅÅÅ-MM-DD     hvilke regler der gælder for én sag (gaeldende_regler)
    POST /valider/sagsbestand?skaeringsdato=ÅÅÅÅ-MM-DD  JSON Lines eller en JSON-liste; svaret er
                                  JSON Lines: én linje pr. post ("art": "resultat" eller "ugyldig")
                                  og til sidst "opsummering" (eller "afbrudt")

Alle fejl er `application/problem+json` (RFC 9457) med en dansk `title` og `detail` og en
fast `kode` (FEJLKODER); svaret er aldrig en traceback. Grænser: kroppens størrelse
(`maks_krop`, `maks_bestand`), tiden for at modtage en forespørgsel (`tidsgraense`; hvert
læs og skriv på forbindelsen højst `inaktiv` sekunder) og antallet af samtidige
forbindelser (`maks_forbindelser`; flere får 503). En krop sendes med Content-Length eller i
bidder (Transfer-Encoding: chunked) under de samme grænser. Standardadressen er 127.0.0.1.

Med `--beslutningslog FIL` skrives hver afgørelse som én linje JSON i FIL (se beslutningslog.py),
før svaret sendes; svaret på én sag har afgørelsens id i hovedet `Beslutning-Id`, svaret på en
sagsbestand id'et for hele bestanden i `Bestand-Id`.
"""

from __future__ import annotations

import argparse
import json
import re
import signal
import sys
import tempfile
import threading
import time
import traceback
from datetime import date
from email.message import Message
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from types import ModuleType
from typing import Any, Callable, Iterator, NoReturn, Optional, cast
from urllib.parse import parse_qsl

from .beslutningslog import Beslutningslog, af_anvendelser, af_fejl, af_resultat, af_udfald, ny_id
from .laesning import FOERSTE_AAR, SIDSTE_AAR, UgyldigSag, synlig
from .sagsbestand import laes_sag

# ----------------------------------------------------------------------------
# Faste fejlkoder
# ----------------------------------------------------------------------------

#: Hver fejlkode med sin HTTP-status og titel. Koderne ændres ikke; nye kan komme til.
FEJLKODER: dict[str, tuple[int, str]] = {
    "ugyldig_json": (400, "Kroppen er ikke gyldig JSON"),
    "ikke_utf8": (400, "Kroppen er ikke UTF-8"),
    "tom_krop": (400, "Kroppen er tom"),
    "ikke_en_sag": (400, "Kroppen er ikke én sag"),
    "mangler_skaeringsdato": (400, "Skæringsdatoen mangler"),
    "ugyldig_skaeringsdato": (400, "Skæringsdatoen er ugyldig"),
    "ugyldig_parameter": (400, "Ukendt eller ugyldig parameter"),
    "ugyldig_forespoergsel": (400, "Forespørgslen kan ikke læses"),
    "ukendt_adresse": (404, "Adressen findes ikke"),
    "metode_ikke_tilladt": (405, "Metoden kan ikke bruges på adressen"),
    "tidsgraense": (408, "Forespørgslen kom ikke frem i tide"),
    "mangler_laengde": (411, "Content-Length mangler"),
    "for_stor": (413, "Kroppen er for stor"),
    "for_lang_adresse": (414, "Adressen er for lang"),
    "forkert_medietype": (415, "Forkert Content-Type"),
    "ugyldig_sag": (422, "Sagen er ikke en gyldig sag"),
    "for_store_hoveder": (431, "For mange eller for store hoveder"),
    "intern_fejl": (500, "Intern fejl i tjenesten"),
    "ikke_understoettet": (501, "Metoden understøttes ikke"),
    "ukendt_overfoersel": (501, "Transfer-Encoding understøttes ikke"),
    "optaget": (503, "Tjenesten har for mange forbindelser"),
    "http_version": (505, "HTTP-versionen understøttes ikke"),
}

# http.server's own refusals (a request line or headers it cannot read), by status.
_KODE_FOR_STATUS = {400: "ugyldig_forespoergsel", 408: "tidsgraense", 414: "for_lang_adresse",
                    431: "for_store_hoveder", 501: "ikke_understoettet", 505: "http_version"}

#: Adresserne: metode, sti og hvad de svarer.
ADRESSER = (
    ("GET", "/sundhed", "at tjenesten kører, med pakkens navn, version, kontraktversion og regelsæt"),
    ("GET", "/regler", "de regler, der vurderes (navn, stabilt id, bestemmelser, titel)"),
    ("GET", "/openapi.json", "OpenAPI 3.1-dokumentet"),
    ("POST", "/valider", "én sag vurderet pr. skæringsdatoen (som pakkens valider)"),
    ("POST", "/forklar", "som /valider, med hver regels udfald og begrundelse under forklaring"),
    ("POST", "/udfald", "hver regels udfald for én sag, med grundlag og begrundelse (som pakkens udfald)"),
    ("POST", "/gaeldende-regler", "hvilke regler der gælder for én sag, og deres udfald (som pakkens gaeldende_regler)"),
    ("POST", "/valider/sagsbestand", "en sagsbestand (JSON Lines eller en JSON-liste); svaret er JSON Lines"),
)

# Standardgrænserne (python -m <pakke>.server --help).
MAKS_KROP = 1 << 20          # bytes i én sag
MAKS_BESTAND = 64 << 20      # bytes i én sagsbestand
TIDSGRAENSE = 30.0           # sekunder til at modtage hele forespørgslen
INAKTIV = 10.0               # sekunder for hvert læs og skriv på forbindelsen (også en ledig keep-alive-forbindelse)
MAKS_KASSERET = 16 << 20     # bytes, der læses og kasseres af en afvist krop, så klienten får svaret
KASSER_TID = 5.0             # sekunder til at læse en afvist krop
MAKS_FORBINDELSER = 64       # forbindelser ad gangen
MAKS_BIDLINJE = 1024         # bytes i en linje, der indleder en bid (chunked), eller i en hale-linje
MAKS_HALE = 64               # hale-linjer (trailers) efter den sidste bid

JSON_TYPER = ("application/json",)
BESTAND_TYPER = ("application/x-ndjson", "application/jsonl", "application/json")


class Problem(Exception):
    """Et svar med fejl: koden (FEJLKODER) og en dansk forklaring, der kan vises for brugeren."""

    def __init__(self, kode: str, detalje: str, beslutning_id: Optional[str] = None, **ekstra: Any):
        super().__init__(detalje)
        self.kode: str = kode
        self.detalje: str = detalje
        self.beslutning_id: Optional[str] = beslutning_id  # an invalid case is a decision too (the log has it)
        self.ekstra: dict[str, Any] = ekstra

    def som_json(self) -> dict[str, Any]:
        status, titel = FEJLKODER[self.kode]
        return {"type": f"urn:regelsprog:problem:{self.kode}", "title": titel, "status": status,
                "detail": self.detalje, "kode": self.kode, **self.ekstra}


def json_bytes(vaerdi: Any) -> bytes:
    """JSON i UTF-8; en ugyldig Unicode-tegn fra input bliver en \\u-escape, så svaret altid er gyldig JSON."""
    return json.dumps(vaerdi, ensure_ascii=False, allow_nan=False).encode("utf-8", "backslashreplace")


# ----------------------------------------------------------------------------
# Tjenesten: hvad hver adresse svarer (uden HTTP)
# ----------------------------------------------------------------------------

#: Et svar på én sag og id'et for afgørelsen i beslutningsloggen (None uden log).
Svar = tuple[dict[str, Any], Optional[str]]


class Tjeneste:
    """Svarene for en genereret pakke; `Forbindelse` læser og skriver HTTP omkring dem. Hvert
    svar med en krop har regelsættet med (`regelsæt`: udgave og SHA-256 af reglerne). Med en
    `beslutningslog` skrives hver afgørelse dér, før svaret gives."""

    def __init__(self, pakke: ModuleType, navn: str, openapi: bytes, beslutningslog: Optional[Beslutningslog] = None):
        self.pakke = pakke
        self.openapi = openapi
        self.beslutningslog: Optional[Beslutningslog] = beslutningslog
        self.beskrivelse: dict[str, Any] = {"pakke": navn, "version": pakke.__version__, "kontraktversion": pakke.KONTRAKTVERSION,
                            "regelsæt": pakke.REGELSAET}
        self.regler: dict[str, Any] = {**self.beskrivelse, "regler": [
            {"navn": regel.navn, "id": regel.id, "bestemmelser": list(regel.bestemmelser), "titel": regel.titel}
            for regel in pakke.REGLER]}

    def sundhed(self) -> dict[str, Any]:
        return {"status": "ok", **self.beskrivelse}

    def problem(self, problem: Problem) -> dict[str, Any]:
        return {**problem.som_json(), "regelsæt": self.pakke.REGELSAET}

    def valider(self, krop: bytes, skaeringsdato: date, forklar: bool) -> Svar:
        kilde = "POST /forklar" if forklar else "POST /valider"
        data = laes_en_sag(krop)
        resultat: dict[str, Any] = self._vurder(kilde, skaeringsdato, data, self.pakke.valider, forklar=forklar)
        return resultat, self._log(kilde, skaeringsdato, data, resultat["id"], af_resultat(cast(Any, resultat)))

    def udfald(self, krop: bytes, skaeringsdato: date) -> Svar:
        data = laes_en_sag(krop)
        udfaldene: list[Any] = self._vurder("POST /udfald", skaeringsdato, data, self.pakke.udfald)
        svar = {"id": data["id"], "regelsæt": self.pakke.REGELSAET, "udfald": udfaldene}
        return svar, self._log("POST /udfald", skaeringsdato, data, data["id"], af_udfald(udfaldene))

    def gaeldende_regler(self, krop: bytes, skaeringsdato: date) -> Svar:
        data = laes_en_sag(krop)
        regler: list[Any] = self._vurder("POST /gaeldende-regler", skaeringsdato, data, self.pakke.gaeldende_regler)
        svar = {"id": data["id"], "regelsæt": self.pakke.REGELSAET, "regler": regler}
        return svar, self._log("POST /gaeldende-regler", skaeringsdato, data, data["id"], af_anvendelser(regler))

    def _vurder(self, kilde: str, skaeringsdato: date, data: dict[str, Any], vurdering: Callable[..., Any],
                **valg: Any) -> Any:
        """Pakkens svar på sagen; en ugyldig sag er en afgørelse (i loggen) og et problem (422)."""
        try:
            return vurdering(data, skaeringsdato, **valg)
        except UgyldigSag as fejl:
            beslutning_id = self._log(kilde, skaeringsdato, data, fejl.id, af_fejl(fejl.fejl))
            raise Problem("ugyldig_sag", str(fejl), beslutning_id, **_ugyldig(fejl)) from None

    def _log(self, kilde: str, skaeringsdato: date, data: dict[str, Any], sag_id: Optional[str],
             udfald: dict[str, Any]) -> Optional[str]:
        if self.beslutningslog is None:
            return None
        return self.beslutningslog.skriv(kilde, skaeringsdato, data, sag_id, udfald)

    def nyt_bestand_id(self) -> Optional[str]:
        """Id'et for en sagsbestand i beslutningsloggen (None uden log)."""
        return ny_id() if self.beslutningslog is not None else None

    def sagsbestand(self, fil: Any, skaeringsdato: date, forklar: bool,
                    bestand_id: Optional[str] = None) -> Iterator[dict[str, Any]]:
        """En linje pr. post og til sidst opsummeringen; hver linje i input regnes med."""
        ugyldige: list[dict[str, Any]] = []
        bestand = self.pakke.Sagsbestand(skaeringsdato, ved_ugyldig=ugyldige.append, forklar=forklar)
        laesning = self.pakke.laes_sager(fil)
        log = self.beslutningslog
        postlinjer = 0
        for linje, post in laesning:
            svar = bestand.valider(post, linje)
            postlinjer += laesning.postens_linjer
            ugyldig = ugyldige.pop() if svar is None else None
            if log is not None and bestand_id is not None:
                log.bestandspost("POST /valider/sagsbestand", skaeringsdato, post, svar, cast(Any, ugyldig), linje,
                                 bestand_id)
            if svar is not None:
                yield {"art": "resultat", "linje": linje, "resultat": svar}
            else:
                yield {"art": "ugyldig", "linje": linje, "ugyldig": ugyldig}
        if laesning.linjer != postlinjer + laesning.tomme_linjer:
            raise RuntimeError(f"linjerne passer ikke: {laesning.linjer} læst, {postlinjer} med poster, "
                               f"{laesning.tomme_linjer} tomme")
        yield {"art": "opsummering", "opsummering": {
            "skæringsdato": skaeringsdato.isoformat(), "antal_sager": bestand.antal_sager,
            "antal_ugyldige": bestand.antal_ugyldige, "linjer": laesning.linjer,
            "tomme_linjer": laesning.tomme_linjer,
            "overtrædelser_pr_bestemmelse": dict(sorted(bestand.overtraedelser_pr_bestemmelse.items())),
            "population": bestand.population(), **self.beskrivelse}}

    def luk(self) -> None:
        if self.beslutningslog is not None:
            self.beslutningslog.close()


def _ugyldig(fejl: UgyldigSag) -> dict[str, Any]:
    """En ugyldig sags fejl til et problem: den første (`felt`, `besked`), alle (`fejl`, hver med
    pakkens kode) og sagens id, når det kendes."""
    return {"felt": fejl.felt, "besked": fejl.besked, "fejl": fejl.fejl, **({"id": fejl.id} if fejl.id else {})}


def laes_en_sag(krop: bytes) -> dict[str, Any]:
    """Én sag fra kroppen med pakkens hærdede læsning (`laes_sag`: dubletnøgler, dybde, store
    tal); kroppen skal være UTF-8, som dens Content-Type siger."""
    try:
        tekst = krop.decode("utf-8")
    except UnicodeDecodeError as fejl:
        raise Problem("ikke_utf8", f"byte {fejl.start + 1} i kroppen er ikke gyldig UTF-8") from None
    if not tekst.strip(" \t\r\n\ufeff"):
        raise Problem("tom_krop", "kroppen skal være én sag som et JSON-objekt")
    try:
        return laes_sag(tekst)
    except UgyldigSag as fejl:
        kode = {"ikke_objekt": "ikke_en_sag", "for_lang": "for_stor"}.get(fejl.kode, "ugyldig_json")
        raise Problem(kode, fejl.besked, fejl=fejl.fejl) from None


def skaeringsdato_af(tekst: Optional[str]) -> date:
    if tekst is None:
        raise Problem("mangler_skaeringsdato", "angiv skæringsdatoen som ?skaeringsdato=ÅÅÅÅ-MM-DD")
    dag = None
    if len(tekst) == 10 and tekst.isascii() and tekst[4] == "-" == tekst[7]:
        try:
            dag = date.fromisoformat(tekst)
        except ValueError:
            pass
    if dag is None or not FOERSTE_AAR <= dag.year <= SIDSTE_AAR:
        raise Problem("ugyldig_skaeringsdato", f"{synlig(tekst[:40])!r} er ikke en dato (ÅÅÅÅ-MM-DD) i årene "
                                               f"{FOERSTE_AAR}-{SIDSTE_AAR}")
    return dag


# ----------------------------------------------------------------------------
# HTTP
# ----------------------------------------------------------------------------

class _Tidsgraense(Exception):
    pass


class _Intet:
    """Somewhere to write a body that is dropped."""

    def write(self, data: bytes) -> None:
        pass


class _Krop:
    """Kroppen af en forespørgsel, modtaget inden `frist` (time.monotonic): `laengde` bytes
    (Content-Length) eller, med `laengde` None, i bidder (Transfer-Encoding: chunked). Læses den
    ikke helt (for stor), kan resten læses og kasseres bagefter, fra hvor læsningen stoppede."""

    def __init__(self, fil: Any, laengde: Optional[int], frist: float):
        self._fil, self.frist = fil, frist
        self._bidvis = laengde is None
        self._bid = laengde or 0   # bytes left of the piece being read (with Content-Length: of the whole body)
        self._efter_bid = False    # a chunk's data was read: its CRLF comes next
        self.modtaget = 0          # bytes of the body received
        self.fertig = laengde == 0
        self.brudt = False         # reading failed midway: where the body ends is not known

    def laes(self, ud: Any, maks: int) -> None:
        """Læs resten af kroppen til `ud`; "for_stor", før der i alt er læst mere end `maks` bytes
        (så kan resten læses bagefter). Efter enhver anden fejl kan kroppen ikke læses videre."""
        if self.brudt:
            raise Problem("ugyldig_forespoergsel", "kroppen kan ikke læses videre")
        try:
            self._laes_resten(ud, maks)
        except Problem as problem:
            self.brudt = problem.kode != "for_stor"  # refused before a piece, so the framing is intact
            raise
        except BaseException:
            self.brudt = True
            raise

    def _laes_resten(self, ud: Any, maks: int) -> None:
        while not self.fertig:
            if self._bidvis and not self._bid:
                self._naeste_bid()
                continue
            if self.modtaget + self._bid > maks:
                omfang = (f"kroppen fylder {self._bid} bytes" if not self._bidvis else
                          f"kroppen (i bidder) fylder over {maks} bytes")
                raise Problem("for_stor", f"{omfang}; højst {maks} bytes her", maks_bytes=maks)
            while self._bid:
                stykke = self._laes(min(self._bid, 1 << 16))
                self._bid -= len(stykke)
                self.modtaget += len(stykke)
                ud.write(stykke)
            self._efter_bid = self._bidvis
            self.fertig = not self._bidvis

    def _naeste_bid(self) -> None:
        """The line that starts the next chunk (RFC 9112, 7.1: size in hex, extensions ignored);
        after the last chunk (size 0) the trailer lines, which are read and dropped."""
        if self._efter_bid:
            if self._linje() != b"":
                raise Problem("ugyldig_forespoergsel", "en bid i kroppen slutter ikke med CRLF")
            self._efter_bid = False
        stoerrelse = self._linje().partition(b";")[0].strip(b" \t")
        if not (1 <= len(stoerrelse) <= 16 and all(tegn in b"0123456789abcdefABCDEF" for tegn in stoerrelse)):
            raise Problem("ugyldig_forespoergsel", "en bid i kroppen har ikke en gyldig størrelse (hex)")
        self._bid = int(stoerrelse, 16)
        if self._bid:
            return
        for _ in range(MAKS_HALE):
            if self._linje() == b"":
                self.fertig = True
                return
        raise Problem("ugyldig_forespoergsel", f"kroppen har over {MAKS_HALE} hale-linjer")

    def _linje(self) -> bytes:
        """One line of the chunked framing without its CRLF (a bare LF is taken too), read a byte
        at a time so that the time limit holds however slowly it comes."""
        linje = b""
        while not linje.endswith(b"\n"):
            if len(linje) > MAKS_BIDLINJE:
                raise Problem("ugyldig_forespoergsel", f"en linje i kroppens bidder er over {MAKS_BIDLINJE} bytes")
            linje += self._laes(1)
        return linje[:-2] if linje.endswith(b"\r\n") else linje[:-1]

    def _laes(self, hoejst: int) -> bytes:
        if time.monotonic() > self.frist:
            raise _Tidsgraense()
        try:
            stykke: bytes = self._fil.read1(hoejst)
        except TimeoutError:
            raise _Tidsgraense() from None
        if not stykke:
            raise Problem("ugyldig_forespoergsel", "forbindelsen lukkede, før hele kroppen var modtaget")
        return stykke


def _kropslaengde(hoveder: Message) -> Optional[int]:
    """Kroppens længde fra Content-Length, eller None for en krop i bidder (Transfer-Encoding:
    chunked). Begge på én forespørgsel afvises (RFC 9112, 6.1: sådan smugles forespørgsler)."""
    kodninger = [str(v) for v in hoveder.get_all("Transfer-Encoding") or []]
    laengder = [str(v) for v in hoveder.get_all("Content-Length") or []]
    if kodninger:
        if laengder:
            raise Problem("ugyldig_forespoergsel", "brug enten Content-Length eller Transfer-Encoding, ikke begge")
        kodning = ",".join(kodninger).replace(" ", "").replace("\t", "").lower()
        if kodning != "chunked":
            raise Problem("ukendt_overfoersel", f"Transfer-Encoding skal være chunked; fik {synlig(kodning[:100])!r}")
        return None
    if not laengder:
        raise Problem("mangler_laengde", "Content-Length mangler (eller send kroppen med Transfer-Encoding: chunked)")
    if len(set(laengder)) != 1 or not (laengder[0].isascii() and laengder[0].isdigit()) or len(laengder[0]) > 18:
        raise Problem("ugyldig_forespoergsel", "Content-Length er ikke ét ikke-negativt heltal")
    return int(laengder[0])


class Forbindelse(BaseHTTPRequestHandler):
    """Én forbindelse (HTTP/1.1, keep-alive); `server` er en `Tjener`."""

    protocol_version = "HTTP/1.1"
    disable_nagle_algorithm = True  # headers and body are two writes: without it a reply waits ~40 ms for an ACK
    server_version = "regelsprog"
    sys_version = ""
    _laest = False  # the request's body has been read
    _kroppen: Optional[_Krop] = None  # the body being read, if reading began
    default_request_version = "HTTP/1.0"  # a request line that cannot be read still gets a status line and headers

    @property
    def tjener(self) -> Tjener:
        return cast(Tjener, self.server)

    def setup(self) -> None:
        super().setup()
        self.connection.settimeout(self.tjener.inaktiv)  # each read or write on the socket

    def handle_one_request(self) -> None:
        # Nothing of the previous request on this connection may steer the answer to this one
        # (an error before its headers are read would otherwise drain a body by the old ones).
        self._laest, self._kroppen = False, None
        if hasattr(self, "headers"):
            del self.headers
        super().handle_one_request()

    # http.server's own errors (bad request line, too long headers ...) as problem+json too.
    def send_error(self, code: int, message: Optional[str] = None, explain: Optional[str] = None) -> None:
        kode = _KODE_FOR_STATUS.get(code, "ugyldig_forespoergsel" if code < 500 else "intern_fejl")
        self.close_connection = True
        self._svar_problem(Problem(kode, FEJLKODER[kode][1]))

    def log_message(self, format: str, *args: Any) -> None:
        if self.tjener.log is not None:
            self.tjener.log(synlig(f"{self.address_string()} {format % args}"))

    def do_GET(self) -> None:
        self._haandter({"/sundhed": self._sundhed, "/regler": self._regler, "/openapi.json": self._openapi})

    def do_POST(self) -> None:
        self._haandter({"/valider": self._valider, "/forklar": self._forklar, "/udfald": self._udfald,
                        "/gaeldende-regler": self._gaeldende_regler, "/valider/sagsbestand": self._sagsbestand})

    def _ikke_tilladt(self) -> None:
        self._haandter({})

    do_PUT = do_DELETE = do_PATCH = do_OPTIONS = do_HEAD = _ikke_tilladt

    _GET = tuple(sti for metode, sti, _ in ADRESSER if metode == "GET")
    _POST = tuple(sti for metode, sti, _ in ADRESSER if metode == "POST")

    def _haandter(self, adresser: dict[str, Callable[[dict[str, str]], None]]) -> None:
        self._frist = time.monotonic() + self.tjener.tidsgraense
        sti, _, forespoergsel = self.path.partition("?")
        try:
            if self.tjener.stopper:
                self.close_connection = True
            handling = adresser.get(sti)
            if handling is None:
                if sti in self._GET or sti in self._POST:
                    metode = "GET" if sti in self._GET else "POST"
                    raise Problem("metode_ikke_tilladt", f"{sti} bruges med {metode}", tilladt=metode)
                raise Problem("ukendt_adresse", f"{synlig(sti[:200])} findes ikke; se /openapi.json")
            handling(_parametre(forespoergsel))
        except Problem as problem:
            self._svar_problem(problem)
        except _Tidsgraense:
            self.close_connection = True
            self._svar_problem(Problem("tidsgraense", f"hele forespørgslen skal være modtaget inden for "
                                                      f"{self.tjener.tidsgraense:g} sekunder"))
        except (ConnectionError, TimeoutError):
            self.close_connection = True
        except Exception:
            self.close_connection = True
            traceback.print_exc(file=sys.stderr)
            self._svar_problem(Problem("intern_fejl", "tjenesten fejlede; fejlen er skrevet i dens log"))

    # ------------------------------------------------------------ GET

    def _sundhed(self, parametre: dict[str, str]) -> None:
        _kun(parametre)
        self._svar(200, json_bytes(self.tjener.tjeneste.sundhed()))

    def _regler(self, parametre: dict[str, str]) -> None:
        _kun(parametre)
        self._svar(200, json_bytes(self.tjener.tjeneste.regler))

    def _openapi(self, parametre: dict[str, str]) -> None:
        _kun(parametre)
        self._svar(200, self.tjener.tjeneste.openapi)

    # ------------------------------------------------------------ POST

    def _en_sag(self, parametre: dict[str, str]) -> tuple[bytes, date]:
        """The body of a request about one case, and its evaluation date."""
        _kun(parametre, "skaeringsdato")
        skaeringsdato = skaeringsdato_af(parametre.get("skaeringsdato"))
        with self._krop(JSON_TYPER, self.tjener.maks_krop) as krop:
            return krop.read(), skaeringsdato

    def _svar_sag(self, svar: Svar) -> None:
        krop, beslutning_id = svar
        self._svar(200, json_bytes(krop), **({"Beslutning-Id": beslutning_id} if beslutning_id else {}))

    def _valider(self, parametre: dict[str, str]) -> None:
        self._svar_sag(self.tjener.tjeneste.valider(*self._en_sag(parametre), forklar=False))

    def _forklar(self, parametre: dict[str, str]) -> None:
        self._svar_sag(self.tjener.tjeneste.valider(*self._en_sag(parametre), forklar=True))

    def _udfald(self, parametre: dict[str, str]) -> None:
        self._svar_sag(self.tjener.tjeneste.udfald(*self._en_sag(parametre)))

    def _gaeldende_regler(self, parametre: dict[str, str]) -> None:
        self._svar_sag(self.tjener.tjeneste.gaeldende_regler(*self._en_sag(parametre)))

    def _sagsbestand(self, parametre: dict[str, str]) -> None:
        _kun(parametre, "skaeringsdato", "forklar")
        skaeringsdato = skaeringsdato_af(parametre.get("skaeringsdato"))
        forklar = parametre.get("forklar", "nej")
        if forklar not in ("ja", "nej"):
            raise Problem("ugyldig_parameter", "forklar skal være ja eller nej")
        # The whole body is received first (spooled to disk past 1 MiB), then answered line by
        # line: a client that sends its whole body before it reads (most HTTP/1.1 clients) would
        # otherwise wait on the server while the server waits on it.
        with self._krop(BESTAND_TYPER, self.tjener.maks_bestand) as fil:
            bestand_id = self.tjener.tjeneste.nyt_bestand_id()
            linjer = self.tjener.tjeneste.sagsbestand(fil, skaeringsdato, forklar == "ja", bestand_id)
            self._svar_linjer(linjer, bestand_id)

    def _krop(self, typer: tuple[str, ...], maks: int) -> Any:
        """Kroppen, modtaget helt inden for grænserne, i en midlertidig fil (læst fra begyndelsen)."""
        medietype = (self.headers.get("Content-Type") or "").partition(";")
        if medietype[0].strip().lower() not in typer:
            raise Problem("forkert_medietype", f"Content-Type skal være {' eller '.join(typer)}; "
                                               f"fik {synlig((self.headers.get('Content-Type') or 'ingen')[:100])}")
        tegnsaet = medietype[2].strip().lower()
        if tegnsaet not in ("", "charset=utf-8", 'charset="utf-8"'):
            raise Problem("forkert_medietype", "kroppen skal være UTF-8 (charset=utf-8)")
        self._kroppen = _Krop(self.rfile, _kropslaengde(self.headers), self._frist)
        fil = tempfile.SpooledTemporaryFile(max_size=1 << 20)
        try:
            self._kroppen.laes(fil, maks)
        except BaseException:
            fil.close()
            raise
        self._laest = True
        fil.seek(0)
        return fil

    # ------------------------------------------------------------ svar

    def version_string(self) -> str:
        return self.server_version

    def _kasser_krop(self, hoveder: Message) -> None:
        """Read and drop what is left of the body of a refused request (at most MAKS_KASSERET
        bytes in all, within a few seconds): a client that sends its whole body before it reads
        the answer would otherwise get a broken pipe instead of the 413 or 415 it is owed."""
        frist = min(getattr(self, "_frist", time.monotonic() + KASSER_TID), time.monotonic() + KASSER_TID)
        try:
            kroppen = self._kroppen or _Krop(self.rfile, _kropslaengde(hoveder), frist)
            kroppen.frist = frist
            kroppen.laes(_Intet(), MAKS_KASSERET)
        except (Problem, _Tidsgraense, OSError):
            return
        self._laest = True

    def _hoveder(self, status: int, medietype: str) -> None:
        hoveder = getattr(self, "headers", None)  # None when the request line could not be read
        if hoveder is not None and not self._laest:
            self._kasser_krop(hoveder)
        if hoveder is not None and not self._laest:
            laengde = hoveder.get("Content-Length")
            if (hoveder.get("Transfer-Encoding") is not None or (laengde is None and self.command == "POST")
                    or (laengde is not None and laengde.strip() != "0")):
                self.close_connection = True  # an unread body would be taken for the next request
        if self.tjener.stopper:
            self.close_connection = True
        self.send_response(status)
        self.send_header("Content-Type", f"{medietype}; charset=utf-8")
        self.send_header("Cache-Control", "no-store")
        self.send_header("X-Content-Type-Options", "nosniff")
        if self.close_connection:
            self.send_header("Connection", "close")

    def _svar(self, status: int, krop: bytes, medietype: str = "application/json", **ekstra: str) -> None:
        self._hoveder(status, medietype)
        for navn, vaerdi in ekstra.items():
            self.send_header(navn, vaerdi)
        self.send_header("Content-Length", str(len(krop)))
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(krop)

    def _svar_problem(self, problem: Problem) -> None:
        ekstra = {"Allow": problem.ekstra["tilladt"]} if problem.kode == "metode_ikke_tilladt" else {}
        if problem.beslutning_id is not None:
            ekstra["Beslutning-Id"] = problem.beslutning_id
        self._svar(FEJLKODER[problem.kode][0], json_bytes(self.tjener.tjeneste.problem(problem)),
                   "application/problem+json", **ekstra)

    def _svar_linjer(self, linjer: Iterator[dict[str, Any]], bestand_id: Optional[str]) -> None:
        """JSON Lines i bidder (chunked), efterhånden som posterne er vurderet. En fejl undervejs
        bliver en sidste linje med "art": "afbrudt"; uden "opsummering" er svaret ufuldstændigt."""
        self._hoveder(200, "application/x-ndjson")
        self.send_header("Transfer-Encoding", "chunked")
        if bestand_id is not None:
            self.send_header("Bestand-Id", bestand_id)
        self.end_headers()
        bid: list[bytes] = []
        stoerrelse = 0
        try:
            for linje in linjer:
                bid.append(json_bytes(linje) + b"\n")
                stoerrelse += len(bid[-1])
                if stoerrelse >= 1 << 16:
                    self._skriv_bid(b"".join(bid))
                    bid, stoerrelse = [], 0
        except (ConnectionError, TimeoutError):
            raise
        except Exception:
            traceback.print_exc(file=sys.stderr)
            self.close_connection = True
            bid.append(json_bytes({"art": "afbrudt", "afbrudt": self.tjener.tjeneste.problem(Problem(
                "intern_fejl", "tjenesten fejlede undervejs; fejlen er skrevet i dens log"))}) + b"\n")
        self._skriv_bid(b"".join(bid))
        self.wfile.write(b"0\r\n\r\n")

    def _skriv_bid(self, data: bytes) -> None:
        if data:
            self.wfile.write(b"%x\r\n%s\r\n" % (len(data), data))


def _parametre(forespoergsel: str) -> dict[str, str]:
    try:
        par = parse_qsl(forespoergsel, keep_blank_values=True, strict_parsing=bool(forespoergsel),
                        max_num_fields=10, errors="strict")
    except (ValueError, UnicodeDecodeError):
        raise Problem("ugyldig_parameter", "forespørgselsstrengen kan ikke læses") from None
    parametre = dict(par)
    if len(parametre) != len(par):
        raise Problem("ugyldig_parameter", "en parameter står mere end én gang")
    return parametre


def _kun(parametre: dict[str, str], *kendte: str) -> None:
    ukendte = sorted(set(parametre) - set(kendte))
    if ukendte:
        tilladt = f"; her kan bruges: {', '.join(kendte)}" if kendte else "; adressen tager ingen parametre"
        raise Problem("ugyldig_parameter", f"ukendt parameter {synlig(ukendte[0][:100])!r}{tilladt}")


class Tjener(ThreadingHTTPServer):
    """En tråd pr. forbindelse, højst `maks_forbindelser` ad gangen; `stop` lukker pænt."""

    daemon_threads = False  # server_close() waits for the requests being answered
    block_on_close = True

    def __init__(self, adresse: tuple[str, int], tjeneste: Tjeneste, *, maks_krop: int = MAKS_KROP,
                 maks_bestand: int = MAKS_BESTAND, tidsgraense: float = TIDSGRAENSE, inaktiv: float = INAKTIV,
                 maks_forbindelser: int = MAKS_FORBINDELSER, log: Optional[Callable[[str], None]] = None):
        self.tjeneste: Tjeneste = tjeneste
        self.maks_krop: int = maks_krop
        self.maks_bestand: int = maks_bestand
        self.tidsgraense: float = tidsgraense
        self.inaktiv: float = inaktiv
        self.log: Optional[Callable[[str], None]] = log
        self.stopper: bool = False
        self._pladser = threading.BoundedSemaphore(maks_forbindelser)
        super().__init__(adresse, Forbindelse)

    def process_request(self, request: Any, client_address: Any) -> None:
        if not self._pladser.acquire(blocking=False):
            try:
                request.settimeout(1.0)
                krop = json_bytes(self.tjeneste.problem(Problem("optaget", "prøv igen om lidt")))
                request.sendall(b"HTTP/1.1 503 Service Unavailable\r\nContent-Type: application/problem+json; "
                                b"charset=utf-8\r\nRetry-After: 1\r\nConnection: close\r\nContent-Length: "
                                + str(len(krop)).encode() + b"\r\n\r\n" + krop)
            except OSError:
                pass
            self.shutdown_request(request)
            return
        super().process_request(request, client_address)

    def process_request_thread(self, request: Any, client_address: Any) -> None:
        try:
            super().process_request_thread(request, client_address)
        finally:
            self._pladser.release()

    def stop(self) -> None:
        """Tag ikke imod flere forbindelser, svar færdigt på dem, der er i gang, og luk."""
        self.stopper = True
        self.shutdown()

    def server_close(self) -> None:
        """Luk soklen, vent på forespørgslerne i gang, og luk så beslutningsloggen."""
        super().server_close()
        self.tjeneste.luk()


# ----------------------------------------------------------------------------
# Kommandolinjen
# ----------------------------------------------------------------------------

class _DanskHjaelp(argparse.HelpFormatter):
    def add_usage(self, usage: Optional[str], actions: Any, groups: Any, prefix: Optional[str] = None) -> None:
        super().add_usage(usage, actions, groups, prefix if prefix is not None else "brug: ")


# argparse's own messages (English) for the mistakes one makes on a command line
_ARGPARSE_DANSK = ((r"unrecognized arguments: ", "ukendte argumenter: "),
                   (r"argument (\S+): invalid (int|float) value: ", r"\1: ikke et tal: "),
                   (r"argument (\S+): expected one argument", r"\1 mangler sin værdi"))


class _DanskParser(argparse.ArgumentParser):
    """argparse with Danish help and errors (exit 2, as argparse)."""

    def __init__(self, prog: str, description: str) -> None:
        super().__init__(prog=prog, description=description, formatter_class=_DanskHjaelp, add_help=False)
        self._optionals.title = "tilvalg"
        self.add_argument("-h", "--help", action="help", help="vis denne hjælp og stop")

    def error(self, message: str) -> NoReturn:
        for engelsk, dansk in _ARGPARSE_DANSK:
            message = re.sub(engelsk, dansk, message)
        self.print_usage(sys.stderr)
        self.exit(2, f"{self.prog}: fejl: {message}\n")


def main(pakke: ModuleType, navn: str, openapi: bytes, argv: Optional[list[str]] = None,
         prog: Optional[str] = None) -> int:
    parser = _DanskParser(prog or f"python -m {navn}.server",
                          f"HTTP-tjeneste over validatorerne i {navn} (se /openapi.json).")
    parser.add_argument("--vaert", default="127.0.0.1", help="adressen, der lyttes på (standard: 127.0.0.1)")
    parser.add_argument("--port", type=int, default=8000, help="porten (standard: 8000; 0 vælger en ledig)")
    parser.add_argument("--maks-krop", type=int, default=MAKS_KROP, metavar="BYTES",
                        help=f"højst så stor en sag (standard: {MAKS_KROP})")
    parser.add_argument("--maks-bestand", type=int, default=MAKS_BESTAND, metavar="BYTES",
                        help=f"højst så stor en sagsbestand (standard: {MAKS_BESTAND})")
    parser.add_argument("--tidsgraense", type=float, default=TIDSGRAENSE, metavar="SEKUNDER",
                        help=f"hele forespørgslen skal være modtaget inden for så mange sekunder (standard: {TIDSGRAENSE:g})")
    parser.add_argument("--inaktiv", type=float, default=INAKTIV, metavar="SEKUNDER",
                        help=f"højst så længe ventes på hvert læs og skriv på forbindelsen (standard: {INAKTIV:g})")
    parser.add_argument("--maks-forbindelser", type=int, default=MAKS_FORBINDELSER, metavar="ANTAL",
                        help=f"højst så mange forbindelser ad gangen; flere får 503 (standard: {MAKS_FORBINDELSER})")
    parser.add_argument("--log", action="store_true", help="skriv en linje pr. forespørgsel på standardfejl")
    parser.add_argument("--beslutningslog", metavar="FIL",
                        help="føj hver afgørelse til FIL som én linje JSON (JSON Lines), før svaret sendes")
    valg = parser.parse_args(argv)
    try:
        tjener = start(pakke, navn, openapi, valg.vaert, valg.port, beslutningslog=valg.beslutningslog,
                       maks_krop=valg.maks_krop, maks_bestand=valg.maks_bestand, tidsgraense=valg.tidsgraense,
                       inaktiv=valg.inaktiv, maks_forbindelser=valg.maks_forbindelser, log=_log if valg.log else None)
    except OSError as fejl:
        hvad = (f"skrive beslutningsloggen {synlig(valg.beslutningslog)}"
                if valg.beslutningslog is not None and fejl.filename == valg.beslutningslog
                else f"lytte på {valg.vaert}:{valg.port}")
        print(f"fejl: kan ikke {hvad}: {fejl.strerror or fejl}", file=sys.stderr)
        return 2
    vaert = tjener.server_address[0]
    vaert = vaert.decode("ascii") if isinstance(vaert, bytes) else vaert
    print(f"Lytter på http://{vaert}:{tjener.server_port}/ (stop med Ctrl+C)", file=sys.stderr, flush=True)
    stop = threading.Event()

    def stands(signum: int, ramme: Any) -> None:
        stop.set()

    for signum in (signal.SIGINT, signal.SIGTERM):
        signal.signal(signum, stands)
    stop.wait()
    print("Stopper: svarer færdigt på forespørgsler i gang …", file=sys.stderr, flush=True)
    tjener.stop()
    try:
        tjener.server_close()
    except OSError as fejl:  # the decision log could not be saved to disk
        print(f"fejl: beslutningsloggen kunne ikke gemmes: {fejl.strerror or fejl}", file=sys.stderr)
        return 2
    return 0


def _log(linje: str) -> None:
    print(linje, file=sys.stderr, flush=True)


def start(pakke: ModuleType, navn: str, openapi: bytes, vaert: str = "127.0.0.1", port: int = 0,
          beslutningslog: Optional[str] = None, **graenser: Any) -> Tjener:
    """Start tjenesten i en baggrundstråd og giv tjeneren (`server_address`, `stop()`, `server_close()`);
    med `beslutningslog` (en sti) skrives hver afgørelse dér, og `server_close()` lukker filen."""
    log = Beslutningslog(beslutningslog, pakke.REGELSAET) if beslutningslog is not None else None
    try:
        tjener = Tjener((vaert, port), Tjeneste(pakke, navn, openapi, log), **graenser)
    except BaseException:
        if log is not None:
            log.close()
        raise
    threading.Thread(target=tjener.serve_forever, name="regelsprog-tjeneste", daemon=True).start()
    return tjener
