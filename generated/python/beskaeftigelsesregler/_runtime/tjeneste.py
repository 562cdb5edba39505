# Genereret af Regelsprog ud fra rules/. Ret ikke i filen: ret reglerne og kør `regel byg`.
"""HTTP-tjenesten over de genererede validatorer, til systemer, der ikke er skrevet i Python.

Kun standardbiblioteket (`http.server`). Startes med `python -m <pakke>.server` (eller
`regel server`); `_runtime/__init__` importerer ikke modulet, så en validator, der ikke
bruger tjenesten, ikke betaler for den.

    GET  /sundhed                 tjenesten kører (og med hvilken pakke og kontraktversion)
    GET  /regler                  de regler, der vurderes
    GET  /openapi.json            OpenAPI 3.1-dokumentet (bygget af de samme JSON-skemaer)
    POST /valider?skaeringsdato=ÅÅÅÅ-MM-DD              én sag (ét JSON-objekt)
    POST /forklar?skaeringsdato=ÅÅÅÅ-MM-DD              én sag, med hver regels udfald og begrundelse
    POST /valider/sagsbestand?skaeringsdato=ÅÅÅÅ-MM-DD  JSON Lines eller en JSON-liste; svaret er
                                  JSON Lines: én linje pr. post ("art": "resultat" eller "ugyldig")
                                  og til sidst "opsummering" (eller "afbrudt")

Alle fejl er `application/problem+json` (RFC 9457) med en dansk `title` og `detail` og en
fast `kode` (FEJLKODER); svaret er aldrig en traceback. Grænser: kroppens størrelse
(`maks_krop`, `maks_bestand`), tiden for at modtage en forespørgsel (`tidsgraense`; hvert
læs og skriv på forbindelsen højst `inaktiv` sekunder) og antallet af samtidige
forbindelser (`maks_forbindelser`; flere får 503). Standardadressen er 127.0.0.1.
"""

from __future__ import annotations

import argparse
import json
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
from typing import Any, Callable, Iterator, Optional, cast
from urllib.parse import parse_qsl

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

JSON_TYPER = ("application/json",)
BESTAND_TYPER = ("application/x-ndjson", "application/jsonl", "application/json")


class Problem(Exception):
    """Et svar med fejl: koden (FEJLKODER) og en dansk forklaring, der kan vises for brugeren."""

    def __init__(self, kode: str, detalje: str, **ekstra: Any):
        super().__init__(detalje)
        self.kode: str = kode
        self.detalje: str = detalje
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

class Tjeneste:
    """Svarene for en genereret pakke; `Forbindelse` læser og skriver HTTP omkring dem. Hvert
    svar med en krop har regelsættet med (`regelsæt`: udgave og SHA-256 af reglerne)."""

    def __init__(self, pakke: ModuleType, navn: str, openapi: bytes):
        self.pakke = pakke
        self.openapi = openapi
        self.beskrivelse: dict[str, Any] = {"pakke": navn, "version": pakke.__version__, "kontraktversion": pakke.KONTRAKTVERSION,
                            "regelsæt": pakke.REGELSAET}
        self.regler: dict[str, Any] = {**self.beskrivelse, "regler": [
            {"navn": regel.navn, "id": regel.id, "bestemmelser": list(regel.bestemmelser), "titel": regel.titel}
            for regel in pakke.REGLER]}

    def sundhed(self) -> dict[str, Any]:
        return {"status": "ok", **self.beskrivelse}

    def problem(self, problem: Problem) -> dict[str, Any]:
        return {**problem.som_json(), "regelsæt": self.pakke.REGELSAET}

    def valider(self, krop: bytes, skaeringsdato: date, forklar: bool) -> dict[str, Any]:
        data = laes_en_sag(krop)
        try:
            resultat: dict[str, Any] = self.pakke.valider(data, skaeringsdato, forklar=forklar)
            return resultat
        except UgyldigSag as fejl:
            raise Problem("ugyldig_sag", str(fejl), **_ugyldig(fejl)) from None

    def sagsbestand(self, fil: Any, skaeringsdato: date, forklar: bool) -> Iterator[dict[str, Any]]:
        """En linje pr. post og til sidst opsummeringen; hver linje i input regnes med."""
        ugyldige: list[dict[str, Any]] = []
        bestand = self.pakke.Sagsbestand(skaeringsdato, ved_ugyldig=ugyldige.append, forklar=forklar)
        laesning = self.pakke.laes_sager(fil)
        postlinjer = 0
        for linje, post in laesning:
            svar = bestand.valider(post, linje)
            postlinjer += laesning.postens_linjer
            if svar is not None:
                yield {"art": "resultat", "linje": linje, "resultat": svar}
            else:
                yield {"art": "ugyldig", "linje": linje, "ugyldig": ugyldige.pop()}
        if laesning.linjer != postlinjer + laesning.tomme_linjer:
            raise RuntimeError(f"linjerne passer ikke: {laesning.linjer} læst, {postlinjer} med poster, "
                               f"{laesning.tomme_linjer} tomme")
        yield {"art": "opsummering", "opsummering": {
            "skæringsdato": skaeringsdato.isoformat(), "antal_sager": bestand.antal_sager,
            "antal_ugyldige": bestand.antal_ugyldige, "linjer": laesning.linjer,
            "tomme_linjer": laesning.tomme_linjer,
            "overtrædelser_pr_bestemmelse": dict(sorted(bestand.overtraedelser_pr_bestemmelse.items())),
            "population": bestand.population(), **self.beskrivelse}}


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
    """Kroppen af en forespørgsel: højst `laengde` bytes, modtaget inden `frist` (time.monotonic)."""

    def __init__(self, fil: Any, laengde: int, frist: float):
        self._fil, self.mangler, self._frist = fil, laengde, frist

    def laes_alt(self, ud: Any) -> None:
        while self.mangler:
            if time.monotonic() > self._frist:
                raise _Tidsgraense()
            try:
                stykke = self._fil.read1(min(self.mangler, 1 << 16))
            except TimeoutError:
                raise _Tidsgraense() from None
            if not stykke:
                raise Problem("ugyldig_forespoergsel", "forbindelsen lukkede, før hele kroppen var modtaget")
            self.mangler -= len(stykke)
            ud.write(stykke)


class Forbindelse(BaseHTTPRequestHandler):
    """Én forbindelse (HTTP/1.1, keep-alive); `server` er en `Tjener`."""

    protocol_version = "HTTP/1.1"
    disable_nagle_algorithm = True  # headers and body are two writes: without it a reply waits ~40 ms for an ACK
    server_version = "regelsprog"
    sys_version = ""
    _laest = False  # the request's body has been read
    default_request_version = "HTTP/1.0"  # a request line that cannot be read still gets a status line and headers

    @property
    def tjener(self) -> Tjener:
        return cast(Tjener, self.server)

    def setup(self) -> None:
        super().setup()
        self.connection.settimeout(self.tjener.inaktiv)  # each read or write on the socket

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
        self._haandter({"/valider": self._valider, "/forklar": self._forklar,
                        "/valider/sagsbestand": self._sagsbestand})

    def _ikke_tilladt(self) -> None:
        self._haandter({})

    do_PUT = do_DELETE = do_PATCH = do_OPTIONS = do_HEAD = _ikke_tilladt

    _GET = tuple(sti for metode, sti, _ in ADRESSER if metode == "GET")
    _POST = tuple(sti for metode, sti, _ in ADRESSER if metode == "POST")

    def _haandter(self, adresser: dict[str, Callable[[dict[str, str]], None]]) -> None:
        self._frist = time.monotonic() + self.tjener.tidsgraense
        self._laest = False
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

    def _valider(self, parametre: dict[str, str], forklar: bool = False) -> None:
        _kun(parametre, "skaeringsdato")
        skaeringsdato = skaeringsdato_af(parametre.get("skaeringsdato"))
        krop = self._krop(JSON_TYPER, self.tjener.maks_krop)
        with krop:
            tekst = krop.read()
        self._svar(200, json_bytes(self.tjener.tjeneste.valider(tekst, skaeringsdato, forklar)))

    def _forklar(self, parametre: dict[str, str]) -> None:
        self._valider(parametre, forklar=True)

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
            linjer = self.tjener.tjeneste.sagsbestand(fil, skaeringsdato, forklar == "ja")
            self._svar_linjer(linjer)

    def _krop(self, typer: tuple[str, ...], maks: int) -> Any:
        """Kroppen, modtaget helt inden for grænserne, i en midlertidig fil (læst fra begyndelsen)."""
        medietype = (self.headers.get("Content-Type") or "").partition(";")
        if medietype[0].strip().lower() not in typer:
            raise Problem("forkert_medietype", f"Content-Type skal være {' eller '.join(typer)}; "
                                               f"fik {synlig((self.headers.get('Content-Type') or 'ingen')[:100])}")
        tegnsaet = medietype[2].strip().lower()
        if tegnsaet not in ("", "charset=utf-8", 'charset="utf-8"'):
            raise Problem("forkert_medietype", "kroppen skal være UTF-8 (charset=utf-8)")
        if self.headers.get("Transfer-Encoding") is not None:
            raise Problem("mangler_laengde", "send kroppen med Content-Length (Transfer-Encoding understøttes ikke)")
        laengder = self.headers.get_all("Content-Length") or []
        if not laengder:
            raise Problem("mangler_laengde", "Content-Length mangler")
        if len(set(laengder)) != 1 or not (laengder[0].isascii() and laengder[0].isdigit()) or len(laengder[0]) > 18:
            raise Problem("ugyldig_forespoergsel", "Content-Length er ikke ét ikke-negativt heltal")
        laengde = int(laengder[0])
        if laengde > maks:
            raise Problem("for_stor", f"kroppen fylder {laengde} bytes; højst {maks} bytes her", maks_bytes=maks)
        fil = tempfile.SpooledTemporaryFile(max_size=1 << 20)
        try:
            _Krop(self.rfile, laengde, self._frist).laes_alt(fil)
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
        """Read and drop an unread body of a refused request (at most MAKS_KASSERET bytes, within
        a few seconds): a client that sends its whole body before it reads the answer would
        otherwise get a broken pipe instead of the 413 or 415 it is owed."""
        laengder: list[str] = [str(v) for v in hoveder.get_all("Content-Length") or []]
        if (hoveder.get("Transfer-Encoding") is not None or len(set(laengder)) != 1
                or not (laengder[0].isascii() and laengder[0].isdigit()) or int(laengder[0]) > MAKS_KASSERET):
            return
        frist = min(getattr(self, "_frist", time.monotonic() + KASSER_TID), time.monotonic() + KASSER_TID)
        try:
            _Krop(self.rfile, int(laengder[0]), frist).laes_alt(_Intet())
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
        self._svar(FEJLKODER[problem.kode][0], json_bytes(self.tjener.tjeneste.problem(problem)),
                   "application/problem+json", **ekstra)

    def _svar_linjer(self, linjer: Iterator[dict[str, Any]]) -> None:
        """JSON Lines i bidder (chunked), efterhånden som posterne er vurderet. En fejl undervejs
        bliver en sidste linje med "art": "afbrudt"; uden "opsummering" er svaret ufuldstændigt."""
        self._hoveder(200, "application/x-ndjson")
        self.send_header("Transfer-Encoding", "chunked")
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


# ----------------------------------------------------------------------------
# Kommandolinjen
# ----------------------------------------------------------------------------

def main(pakke: ModuleType, navn: str, openapi: bytes, argv: Optional[list[str]] = None,
         prog: Optional[str] = None) -> int:
    parser = argparse.ArgumentParser(prog=prog or f"python -m {navn}.server",
                                     description=f"HTTP-tjeneste over validatorerne i {navn} (se /openapi.json).")
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
    valg = parser.parse_args(argv)
    try:
        tjener = start(pakke, navn, openapi, valg.vaert, valg.port, maks_krop=valg.maks_krop,
                       maks_bestand=valg.maks_bestand, tidsgraense=valg.tidsgraense, inaktiv=valg.inaktiv,
                       maks_forbindelser=valg.maks_forbindelser,
                       log=_log if valg.log else None)
    except OSError as fejl:
        print(f"fejl: kan ikke lytte på {valg.vaert}:{valg.port}: {fejl.strerror or fejl}", file=sys.stderr)
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
    tjener.server_close()
    return 0


def _log(linje: str) -> None:
    print(linje, file=sys.stderr, flush=True)


def start(pakke: ModuleType, navn: str, openapi: bytes, vaert: str = "127.0.0.1", port: int = 0,
          **graenser: Any) -> Tjener:
    """Start tjenesten i en baggrundstråd og giv tjeneren (`server_address`, `stop()`, `server_close()`)."""
    tjener = Tjener((vaert, port), Tjeneste(pakke, navn, openapi), **graenser)
    threading.Thread(target=tjener.serve_forever, name="regelsprog-tjeneste", daemon=True).start()
    return tjener
