# Genereret af Regelsprog ud fra rules/. Ret ikke i filen: ret reglerne og kør `regel byg`.
"""Sagsbestande: indlæsning af mange sager (JSON Lines eller ét JSON-dokument), hver linje
regnet med, og populationen bag et fokusmål (Andel)."""

from __future__ import annotations

import json
import re
from typing import Any, Callable, Iterator, NamedTuple, Optional, Union, cast

from .laesning import UgyldigSag, json_type, synlig, vis
from .resultater import Regel
from .typer import Fejlkode, Populationsresultat, Populationsudfald, Regelsaet, Ugyldig

# ----------------------------------------------------------------------------
# Population
# ----------------------------------------------------------------------------

MAKS_SAGSLISTE = 1000  # så mange sags-id'er gemmes pr. liste; resten tælles kun (hukommelsen forbliver flad)


class Andel:
    """Tæller en populationsregel op over en sagsbestand i ét gennemløb.

    Hver sags eget resultat siger, om sagen tæller med; her gemmes antallene og de
    første MAKS_SAGSLISTE sags-id'er i hver gruppe.
    """

    __slots__ = ("regel", "regelsaet", "grupper", "antal", "krav")

    def __init__(self, regel: Regel, regelsaet: Regelsaet):
        self.regel: Regel = regel
        self.regelsaet: Regelsaet = regelsaet
        self.grupper: dict[str, list[str]] = {"tæller": [], "tæller_ikke": [], "datafejl": []}
        self.antal: dict[str, int] = {"tæller": 0, "tæller_ikke": 0, "datafejl": 0}
        self.krav: Optional[float] = None

    def tilfoej(self, gruppe: str, sag_id: str) -> None:
        self.antal[gruppe] += 1
        if self.antal[gruppe] <= MAKS_SAGSLISTE:
            self.grupper[gruppe].append(sag_id)

    def tael(self, sag_id: str, taeller: bool) -> Populationsudfald:
        """Sagen hører til populationen og tæller med (eller ikke): det står i sagens resultat."""
        self.tilfoej("tæller" if taeller else "tæller_ikke", sag_id)
        return {"regel": self.regel.navn, "regel_id": self.regel.id, "bestemmelse": self.regel.bestemmelse,
                "tæller_med": taeller}

    def optaelling(self) -> dict[str, Any]:
        """Det talte som almindelige data (til `Sagsbestand.optaelling`)."""
        return {"regel": self.regel.navn, "antal": dict(self.antal),
                "grupper": {gruppe: list(sager) for gruppe, sager in self.grupper.items()}, "krav": self.krav}

    def tael_med(self, talt: dict[str, Any]) -> None:
        """Læg en anden dels optælling (`optaelling`) til, som om dens sager kom efter dem, der er
        talt her: antallene lægges sammen, og listerne fyldes op med delens første sager."""
        for gruppe, sager in self.grupper.items():
            sager.extend(talt["grupper"][gruppe][:max(MAKS_SAGSLISTE - len(sager), 0)])
            self.antal[gruppe] += talt["antal"][gruppe]
        if talt["antal"]["tæller"] or talt["antal"]["tæller_ikke"]:
            self.krav = talt["krav"]  # every case in the population sets it; the last one counts, as in one pass

    def som_json(self) -> Populationsresultat:
        taeller, naevner = self.antal["tæller"], self.antal["tæller"] + self.antal["tæller_ikke"]
        vaerdi = round(taeller / naevner, 4) if naevner else None
        # Compared in whole hundredths of a per cent, not on the rounded share or with float
        # error (0.7 * 10 > 7): the requirement is written with at most two decimals.
        opfyldt = self.krav is None or taeller * 10_000 >= round(self.krav * 10_000) * naevner
        return {
            "regel": self.regel.navn, "regel_id": self.regel.id, "bestemmelse": self.regel.bestemmelse,
            "regelsæt": {"udgave": self.regelsaet["udgave"], "sha256": self.regelsaet["sha256"]}, "opfyldt": opfyldt,
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
    """En linje eller post i input, der ikke kunne læses som JSON-objekt (`kode` siger hvorfor:
    "ugyldig_json", "dobbelt_nøgle", "for_lang" eller "ikke_objekt")."""

    linje: int
    besked: str
    kode: Fejlkode = "ugyldig_json"

    def som_json(self) -> Ugyldig:
        """Beskrivelsen af posten, som en ugyldig sag har den (felt "" er hele posten)."""
        return {"linje": self.linje, "kode": self.kode, "felt": "", "besked": self.besked,
                "fejl": [{"kode": self.kode, "felt": "", "besked": self.besked}]}


#: Det, `laes_sager` giver for hver post: en sag (et JSON-objekt) eller en ugyldig post.
Post = Union[dict[str, Any], UgyldigPost]


def laes_sag(data: Union[bytes, str], maks: int = MAKS_DOKUMENT) -> dict[str, Any]:
    """Én sag fra JSON-tekst eller bytes (UTF-8), læst som `laes_sager` læser hver post: højst
    `maks` tegn (bytes), ingen nøgle to gange i et objekt, indlejring og heltal inden for
    Pythons grænser, bytes der ikke er UTF-8 og et byte order mark tilladt (en tekst med
    ugyldig Unicode afvises først, hvor et felt læses). Giver JSON-objektet, som `valider` tager;
    rejser `UgyldigSag` (kode "for_lang", "ugyldig_json", "dobbelt_nøgle" eller "ikke_objekt")
    og aldrig andet for bytes eller tekst.
    """
    if isinstance(data, (bytes, bytearray, memoryview)):
        if len(data) > maks:
            raise UgyldigSag("", f"sagen fylder over {maks} bytes", "for_lang")
        tekst = bytes(data).decode("utf-8", "surrogateescape")
    elif isinstance(data, str):  # pyright: ignore[reportUnnecessaryIsInstance]  (a caller without types)
        tekst = data
    else:
        raise TypeError(f"laes_sag læser bytes eller en tekst, ikke {type(data).__name__}")
    if len(tekst) > maks:
        raise UgyldigSag("", f"sagen fylder over {maks} tegn", "for_lang")
    post = _sag_af(tekst[1:] if tekst.startswith("\ufeff") else tekst, 1)
    if isinstance(post, UgyldigPost):
        raise UgyldigSag("", post.besked, post.kode)
    return post


def laes_sager(fil: Any, maks_linje: int = MAKS_LINJE, maks_dokument: int = MAKS_DOKUMENT) -> "Sagslaesning":
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

    `ulaeste()` giver i stedet for gennemløbet linjerne i JSON Lines ulæste, så de kan læses
    og vurderes i flere processer (`laes_linje`, `Sagsbestand.optaelling`).
    """
    return Sagslaesning(fil, maks_linje, maks_dokument)


def laes_linje(tekst: str, linje: int) -> Post:
    """Én linje fra `Sagslaesning.ulaeste` som post, læst som `laes_sager` læser den: et
    JSON-objekt eller en `UgyldigPost` med linjenummeret `linje`."""
    return _sag_af(tekst, linje)


class Sagslaesning:
    """Posterne i en fil én ad gangen og linjetællingen undervejs (se `laes_sager`)."""

    def __init__(self, fil: Any, maks_linje: int, maks_dokument: int) -> None:
        if isinstance(fil, (str, bytes)):  # a caller's mistake: it would be read a character at a time
            raise TypeError("laes_sager læser fra en åben fil (open(sti, \"rb\") eller io.BytesIO), ikke fra en tekst")
        self._kilde = _Linjer(fil)
        self._maks_linje, self._maks_dokument = maks_linje, maks_dokument
        self.tomme_linjer: int = 0
        self.postens_linjer: int = 0
        self._poster = cast(Iterator[tuple[int, Post]], self._laes())  # only posts without raa

    @property
    def linjer(self) -> int:
        return self._kilde.antal

    def __iter__(self) -> Iterator[tuple[int, Post]]:
        return self._poster  # a for loop takes the posts straight from the generator

    def __next__(self) -> tuple[int, Post]:
        return next(self._poster)

    def ulaeste(self) -> Iterator[tuple[int, Union[str, Post]]]:
        """Posterne som ved et gennemløb (brug det ene eller det andet), men hver linje i JSON
        Lines gives ulæst, som sin tekst (str), så den kan læses andetsteds med `laes_linje`,
        fx i en anden proces; tællingen er den samme. Et dokuments poster og en linje, der er for
        lang, gives som ved et gennemløb."""
        return self._laes(raa=True)

    def _laes(self, raa: bool = False) -> Iterator[tuple[int, Union[str, Post]]]:
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
                post: Post = UgyldigPost(nummer, f"linjen er længere end {self._maks_linje} tegn, "
                                                 "så den er ikke læst", "for_lang")
            elif tekst[0] in " \t\r\n" and _tom(tekst):
                self.tomme_linjer += 1
                continue
            elif raa and not note:
                self.postens_linjer = 1
                yield nummer, tekst
                continue
            else:
                post = _sag_af(tekst, nummer)
                if note and isinstance(post, UgyldigPost):  # the first line began a value the file did not finish
                    post, note = UgyldigPost(nummer, f"{post.besked}; {note}, så hver linje læses for sig", post.kode), ""
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

    def _dokument(self, tekst: str, foerste: int, antal: int) -> Iterator[tuple[int, Post]]:
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
        venter: Optional[tuple[int, Post, int]] = None
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
        self._laes: Optional[Callable[[int], Any]] = getattr(fil, "readline", None)
        self._linjer: Iterator[Any] = iter(()) if self._laes is not None else iter(fil)
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
        skift: Any = b"\n" if type(stykke) is bytes else "\n"
        if len(stykke) > maks and len(stykke) - stykke.endswith(skift) > maks:
            while self._laes is not None and stykke and not stykke.endswith(skift):  # skip the rest unread
                stykke = self._laes(1 << 16)
            return ""
        tekst = cast(str, stykke.decode("utf-8", "surrogateescape") if skift == b"\n" else stykke)
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


def _tilfoej(maengde: set[str], noegle: str) -> bool:
    """Læg nøglen i maengden (False: den var der ikke i forvejen)."""
    maengde.add(noegle)
    return False


class _DobbeltNoegle(Exception):
    """En nøgle står to gange i samme JSON-objekt (json lader ellers den sidste vinde i stilhed)."""

    def __init__(self, par: list[tuple[str, Any]]):
        set_: set[str] = set()
        noegle = next(noegle for noegle, _ in par if noegle in set_ or _tilfoej(set_, noegle))
        super().__init__(f"nøglen {vis(noegle)} står mere end én gang i samme objekt, så det er uklart, "
                         "hvilken værdi der gælder")


def _uden_dubletter(par: list[tuple[str, Any]], dict: type[dict[str, Any]] = dict,
                    len: Callable[[Any], int] = len) -> dict[str, Any]:
    objekt = dict(par)  # (dict and len as locals: this runs for every object in the input)
    if len(objekt) != len(par):
        raise _DobbeltNoegle(par)
    return objekt


_RAA = json.JSONDecoder()  # syntax only: where a value ends, whether a text is one value
_SAGSJSON = json.JSONDecoder(object_pairs_hook=_uden_dubletter)  # a record: also refuses duplicate keys
_MELLEMRUM = re.compile(r"[ \t\r\n]*")


def _mellemrum(tekst: str, pos: int = 0) -> re.Match[str]:
    """JSON's whitespace from `pos` (the pattern matches the empty text too, so never None)."""
    fundet = _MELLEMRUM.match(tekst, pos)
    assert fundet is not None
    return fundet


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
        vaerdi, slut = _afkod(tekst, _SAGSJSON, pos)
        return vaerdi, slut
    except _DobbeltNoegle as dobbelt:
        return dobbelt, _afkod(tekst, _RAA, pos)[1]


def _sag_af(tekst: str, linje: int) -> Post:
    """Én sag af en tekst, der skal være ét JSON-objekt."""
    try:
        data = _afkod(tekst, _SAGSJSON)
    except _DobbeltNoegle as dobbelt:
        return UgyldigPost(linje, str(dobbelt), "dobbelt_nøgle")
    except json.JSONDecodeError as fejl:
        return UgyldigPost(linje, f"ugyldig JSON: {_json_fejl(fejl)}")
    if type(data) is dict:
        return cast(dict[str, Any], data)
    hvorfor = " (en liste af sager læses kun som liste, når hele filen er listen)" if type(data) is list else ""
    return UgyldigPost(linje, f"en sag skal være et JSON-objekt, men er {json_type(data)}{hvorfor}", "ikke_objekt")


def _listepost(vaerdi: Any, indeks: int, linje: int) -> Post:
    if type(vaerdi) is dict:
        return cast(dict[str, Any], vaerdi)
    if isinstance(vaerdi, _DobbeltNoegle):
        return UgyldigPost(linje, f"post {indeks} i listen: {vaerdi}", "dobbelt_nøgle")
    return UgyldigPost(linje, f"post {indeks} i listen er ikke et JSON-objekt, men {json_type(vaerdi)}", "ikke_objekt")


def _poster_i_liste(tekst: str, afkod: Callable[[str, int], tuple[Any, int]]) -> Iterator[tuple[int, int, Any]]:
    """(start, slut, værdi) for hver post i JSON-listen, som `tekst` er; en fejl er en JSONDecodeError."""
    pos = _mellemrum(tekst, _mellemrum(tekst).end() + 1).end()
    lukket = tekst.startswith("]", pos)
    while not lukket:
        start = pos
        vaerdi, pos = afkod(tekst, pos)
        yield start, pos, vaerdi
        pos = _mellemrum(tekst, pos).end()
        if tekst.startswith(",", pos):
            pos = _mellemrum(tekst, pos + 1).end()
        elif tekst.startswith("]", pos):
            lukket = True
        else:
            raise json.JSONDecodeError("Expecting ',' delimiter", tekst, pos)
    pos = _mellemrum(tekst, pos + 1).end()
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
