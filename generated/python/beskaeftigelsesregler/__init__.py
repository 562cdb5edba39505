# Genereret af Regelsprog ud fra rules/. Ret ikke i filen: ret reglerne og kør `regel byg`.
"""Validatorer for beskæftigelsesindsatsen, genereret af Regelsprog.

Pakken bruger kun Pythons standardbibliotek og er typet (py.typed): resultaterne er
TypedDicts (`Resultat`, `Overtraedelse` …); sagens poster er dataclasses og opremsningerne
`Literal`-typer i `model` (`model.Sag`, `model.Ydelse`, alt i `model.__all__`). Kontrakten og
dens ændringer: KONTRAKT.md.

    >>> from datetime import date
    >>> from beskaeftigelsesregler import valider
    >>> resultat = valider({"id": "S1", "ydelse": "kontanthjælp", "forløbsstart": "2024-01-02",
    ...                     "første_henvendelse": "2024-01-02"}, date(2024, 1, 5))
    >>> resultat["frister"][0]["bestemmelse"]
    'P01'

En hel sagsbestand valideres dovent i ét gennemløb med `Sagsbestand.valider_alle`, og
`laes_sager` læser JSON Lines linje for linje (eller ét JSON-objekt eller en JSON-liste):

    bestand = Sagsbestand(date(2024, 5, 1))
    with open("sager.jsonl", "rb") as fil:
        for resultat in bestand.valider_alle(laes_sager(fil)):
            ...
    bestand.population()

Én sag fra bytes eller tekst (fx en HTTP-forespørgsel) læses med `laes_sag`, som bruger samme
hærdede JSON-læsning og grænser som `laes_sager`.

En sagsbestand kan også vurderes i dele, fx i flere processer: `laes_sager(fil).ulaeste()` giver
linjerne ulæste, hver del læses med `laes_linje` og vurderes i sin egen `Sagsbestand`, og
delenes `optaelling()` lægges i rækkefølge til én bestand med `tael_med`. Så er opgørelsen den
samme som i ét gennemløb.
"""

from __future__ import annotations

from collections import Counter
from datetime import date
from typing import Any, Callable, Iterable, Iterator, Mapping, NamedTuple, Optional, Union, cast

from . import _runtime as rt
from ._runtime import (
    Datafejl, Datafejlkode, Fejl, Fejlkode, Frist, Grundlag, Overtraedelse, Populationsresultat, Populationsudfald,
    Post, Regelanvendelse, Regelsaet, Regeludfald, Resultat, Udfaldstype, Ugyldig, UgyldigPost, UgyldigSag,
    Undtagelse, Undtagelsesgrundlag, Versionsgrundlag, laes_linje, laes_sag, laes_sager,
)
from . import model
from .model import sag_fra_json
from .regler import POPULATIONSREGLER, REGELSAET, SAGSREGLER, valider_sag

__all__ = [
    "valider", "udfald", "gaeldende_regler", "laes_sag", "laes_sager", "laes_linje", "Sagsbestand", "UgyldigSag", "UgyldigPost",
    "REGLER", "Regelbeskrivelse", "REGELSAET", "KONTRAKTVERSION", "__version__",
    "Resultat", "Overtraedelse", "Frist", "Datafejl", "Undtagelse", "Populationsudfald", "Regeludfald", "Grundlag",
    "Versionsgrundlag", "Undtagelsesgrundlag", "Regelanvendelse", "Regelsaet", "Fejl", "Ugyldig",
    "Populationsresultat", "Post", "Fejlkode", "Datafejlkode", "Udfaldstype", "model",
]

# Versionen af pakkens offentlige grænseflade (navnene ovenfor og resultaternes form); den
# hæves, når en ændring kræver, at kode der bruger pakken, tilpasses (se KONTRAKT.md).
KONTRAKTVERSION = 4

#: Pakkens version: regelsættets udgave (`regelsæt … udgave …` i reglerne; "0" uden en).
__version__: str = REGELSAET["udgave"] or "0"


class Regelbeskrivelse(NamedTuple):
    """En regel, der vurderes: navn, de bestemmelser den udtrykker, titel og stabilt id."""

    navn: str
    bestemmelser: tuple[str, ...]
    titel: str
    id: str


#: De regler, der vurderes (først reglerne for hver sag, så populationsreglerne).
REGLER: tuple[Regelbeskrivelse, ...] = tuple(
    Regelbeskrivelse(info.navn, info.bestemmelser, info.titel, info.id)
    for _funktion, info in (*SAGSREGLER, *POPULATIONSREGLER)
)


def _sag(data: Any) -> model.Sag:
    """Sagen i `data`; en UgyldigSag har sagens id med, når posten har et gyldigt."""
    try:
        return sag_fra_json(data)
    except UgyldigSag as fejl:
        rt.med_id(fejl, data)
        raise


def valider(sag: Mapping[str, Any], skaeringsdato: date, forklar: bool = False) -> Resultat:
    """Vurder én sag pr. skæringsdatoen.

    Giver {"id", "regelsæt", "overtrædelser", "frister", "datafejl", "undtagelser"} (se
    `Resultat`); med `forklar` desuden "forklaring": for hver regel dens udfald og grundlaget
    for det. Sagens felter er JSON-værdier; fra Python (fx en række fra en database) også
    `datetime.date`/`datetime` for en dato og `Decimal` for et tal. Rejser `UgyldigSag` (med
    alle postens fejl i `.fejl`, den første i `.kode`, `.felt` og `.besked`, og sagens `.id`),
    hvis posten ikke er en gyldig sag, og TypeError/ValueError, hvis skæringsdatoen ikke er
    en dato i årene 1900-2199.
    """
    return valider_sag(_sag(sag), rt.skaeringsdato(skaeringsdato), forklar).som_json()


def udfald(sag: Mapping[str, Any], skaeringsdato: date) -> list[Regeludfald]:
    """Hver regels udfald for sagen (et pr. element for en regel om elementer), med grundlag og
    begrundelse: det samme som "forklaring" i `valider(..., forklar=True)`."""
    return valider_sag(_sag(sag), rt.skaeringsdato(skaeringsdato), True).forklaring_json()


def gaeldende_regler(sag: Mapping[str, Any], skaeringsdato: date) -> list[Regelanvendelse]:
    """For hver regel, der vurderes for en sag (i rækkefølgen fra `REGLER`): om den gælder for
    sagen, og dens udfald. En regel gælder ikke, når alle dens udfald er "gælder ikke" fordi
    sagens ydelse, sagen selv eller den afgørende dato ligger uden for reglen (grund "ydelse",
    "betingelse" eller "periode"); ellers gælder den, også når den er opfyldt, undtaget, ikke har
    noget at vurdere endnu, eller ikke kan afgøres (datafejl)."""
    return rt.anvendelser([info for _regel, info in SAGSREGLER], udfald(sag, skaeringsdato))


class Sagsbestand:
    """Validerer en sagsbestand sag for sag og opgør populationsreglerne i samme gennemløb.

    Hukommelsen vokser ikke med antallet af sager; listerne over hvilke sager der tæller
    med i populationsreglerne har en øvre grænse.

    `antal_sager` er antallet af gyldige sager, `antal_ugyldige` antallet af ugyldige poster
    og `ugyldige` beskrivelserne af dem (se `Ugyldig`: linje, kode, felt, besked, alle fejl
    og id, når det kendes). Gives `ved_ugyldig`, får den i stedet hver beskrivelse, så snart
    posten er læst, og `ugyldige` forbliver tom: så vokser hukommelsen heller ikke med antallet
    af ugyldige poster. `overtraedelser_pr_bestemmelse` tæller overtrædelserne pr. bestemmelse.
    Med `forklar` får hvert resultat en "forklaring" (se `valider`).
    """

    def __init__(self, skaeringsdato: date, ved_ugyldig: Optional[Callable[[Ugyldig], None]] = None,
                 forklar: bool = False) -> None:
        self.skaeringsdato: date = rt.skaeringsdato(skaeringsdato)
        self.forklar: bool = forklar
        self.antal_sager: int = 0
        self.antal_ugyldige: int = 0
        self.ugyldige: list[Ugyldig] = []
        self._ved_ugyldig: Callable[[Ugyldig], None] = ved_ugyldig or self.ugyldige.append
        self.overtraedelser_pr_bestemmelse: Counter[str] = Counter()
        self._andele = [(regel, rt.Andel(info, REGELSAET)) for regel, info in POPULATIONSREGLER]

    def valider(self, data: Union[Post, Mapping[str, Any]], linje: Optional[int] = None) -> Optional[Resultat]:
        """Vurder én post; en ugyldig post tælles, noteres (se klassen) og giver None."""
        sag = self._laes(data, linje)
        return None if sag is None else self._vurder(sag)

    def _laes(self, data: Union[Post, Mapping[str, Any]], linje: Optional[int]) -> Optional[model.Sag]:
        """Posten som sag; en ugyldig post tælles, noteres og giver None."""
        if isinstance(data, UgyldigPost):
            self.antal_ugyldige += 1
            self._ved_ugyldig(data.som_json())
            return None
        try:
            return sag_fra_json(data)
        except UgyldigSag as fejl:
            self.antal_ugyldige += 1
            self._ved_ugyldig(rt.ugyldig_sag(data, linje, fejl))
            return None

    def _vurder(self, sag: model.Sag) -> Resultat:
        """Én gyldig sag, læst af `_laes` (eller af en pakke med præcis samme datamodel: `regel
        konsekvens` læser en sag én gang og vurderer den efter to regelsæt og flere datoer)."""
        self.antal_sager += 1
        resultat = valider_sag(sag, self.skaeringsdato, self.forklar)
        for fund in resultat.overtraedelser:
            self.overtraedelser_pr_bestemmelse[fund["bestemmelse"]] += 1
        svar = resultat.som_json()
        for regel, andel in self._andele:
            try:
                udfaldet = regel(sag, self.skaeringsdato)
            except rt.ManglendeData as fejl:
                andel.tilfoej("datafejl", sag.id)
                resultat.mangler(andel.regel, fejl)
                continue
            if udfaldet is not None:
                taeller, andel.krav = udfaldet
                svar.setdefault("population", []).append(andel.tael(sag.id, taeller))
        return svar

    def valider_alle(self, poster: Iterable[Union[Post, Mapping[str, Any], tuple[int, Post]]]) -> Iterator[Resultat]:
        """Vurder posterne én ad gangen, først når resultatet hentes (dovent).

        `poster` er sager eller (linjenummer, post)-par fra `laes_sager`. Giver resultatet
        for hver gyldig sag; ugyldige poster tælles og noteres (se klassen). Når alle resultater er
        hentet, giver `population()` populationsreglerne for hele sagsbestanden.
        """
        for nummer, punkt in enumerate(poster, start=1):
            post: Union[Post, Mapping[str, Any]] = cast(Post, punkt)
            if type(punkt) is tuple and len(punkt) == 2 and type(punkt[0]) is int:
                nummer, post = punkt
            svar = self.valider(post, nummer)
            if svar is not None:
                yield svar

    def population(self) -> list[Populationsresultat]:
        """Resultatet af hver populationsregel for de sager, der er set indtil nu."""
        return [andel.som_json() for _regel, andel in self._andele]

    def optaelling(self) -> dict[str, Any]:
        """Det, bestanden har talt indtil nu, som almindelige data (tal, tekster, lister og
        objekter), der kan sendes til en anden proces og lægges til en anden bestand med
        `tael_med`: så kan en sagsbestand vurderes i dele med samme opgørelse som i ét gennemløb.
        Med de ugyldige poster, bestanden har gemt (`ugyldige`)."""
        return {"regelsæt": REGELSAET["sha256"], "skæringsdato": self.skaeringsdato.isoformat(),
                "antal_sager": self.antal_sager, "antal_ugyldige": self.antal_ugyldige, "ugyldige": list(self.ugyldige),
                "overtrædelser_pr_bestemmelse": dict(self.overtraedelser_pr_bestemmelse),
                "andele": [andel.optaelling() for _regel, andel in self._andele]}

    def tael_med(self, optaelling: Mapping[str, Any]) -> None:
        """Læg en anden dels `optaelling()` til, som om dens sager kom efter dem, der er set her;
        delens ugyldige poster noteres her (se klassen). Delen skal være vurderet med samme
        regelsæt og skæringsdato (ellers ValueError)."""
        if (optaelling["regelsæt"], optaelling["skæringsdato"]) != (REGELSAET["sha256"], self.skaeringsdato.isoformat()):
            raise ValueError("optællingen er fra et andet regelsæt eller en anden skæringsdato")
        self.antal_sager += optaelling["antal_sager"]
        self.antal_ugyldige += optaelling["antal_ugyldige"]
        for beskrivelse in optaelling["ugyldige"]:
            self._ved_ugyldig(beskrivelse)
        self.overtraedelser_pr_bestemmelse.update(optaelling["overtrædelser_pr_bestemmelse"])
        for (_regel, andel), talt in zip(self._andele, optaelling["andele"]):
            andel.tael_med(talt)
