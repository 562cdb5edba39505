# Genereret af Regelsprog ud fra rules/. Ret ikke i filen: ret reglerne og kør `regel byg`.
"""Validatorer for beskæftigelsesindsatsen, genereret af Regelsprog.

Pakken bruger kun Pythons standardbibliotek.

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
"""

from __future__ import annotations

from collections import Counter
from datetime import date
from typing import Any, Callable, Iterable, Iterator, Mapping, NamedTuple

from . import _runtime as rt
from ._runtime import UgyldigPost, UgyldigSag, laes_sager
from .model import sag_fra_json
from .regler import POPULATIONSREGLER, SAGSREGLER, valider_sag

__all__ = ["valider", "Sagsbestand", "laes_sager", "UgyldigSag", "UgyldigPost", "REGLER", "Regelbeskrivelse",
           "KONTRAKTVERSION"]

# Versionen af pakkens offentlige grænseflade (navnene ovenfor); den hæves, når en ændring
# kræver, at kode der bruger pakken, tilpasses.
KONTRAKTVERSION = 3


class Regelbeskrivelse(NamedTuple):
    """En regel, der vurderes: navn, de bestemmelser den udtrykker, og titel."""

    navn: str
    bestemmelser: tuple[str, ...]
    titel: str


#: De regler, der vurderes (først reglerne for hver sag, så populationsreglerne).
REGLER: tuple[Regelbeskrivelse, ...] = tuple(
    Regelbeskrivelse(info.navn, info.bestemmelser, info.titel) for _funktion, info in (*SAGSREGLER, *POPULATIONSREGLER)
)


def valider(sag: Mapping[str, Any], skaeringsdato: date, forklar: bool = False) -> dict:
    """Vurder én sag pr. skæringsdatoen.

    Giver {"id", "overtrædelser", "frister", "datafejl", "undtagelser"}; med `forklar`
    desuden "forklaring": for hver regel dens udfald og grundlaget for det. Rejser
    `UgyldigSag` (med `.felt` og `.besked`), hvis posten ikke er en gyldig sag, og
    TypeError/ValueError, hvis skæringsdatoen ikke er en dato i årene 1900-2199.
    """
    return valider_sag(sag_fra_json(sag), rt.skaeringsdato(skaeringsdato), forklar).som_json()


class Sagsbestand:
    """Validerer en sagsbestand sag for sag og opgør populationsreglerne i samme gennemløb.

    Hukommelsen vokser ikke med antallet af sager; listerne over hvilke sager der tæller
    med i populationsreglerne har en øvre grænse.

    `antal_sager` er antallet af gyldige sager, `antal_ugyldige` antallet af ugyldige poster
    og `ugyldige` beskrivelserne af dem ({"linje", "id" (når det kendes), "felt", "besked"}).
    Gives `ved_ugyldig`, får den i stedet hver beskrivelse, så snart posten er læst, og
    `ugyldige` forbliver tom: så vokser hukommelsen heller ikke med antallet af ugyldige
    poster. `overtraedelser_pr_bestemmelse` tæller overtrædelserne pr. bestemmelse. Med
    `forklar` får hvert resultat en "forklaring" (se `valider`).
    """

    def __init__(self, skaeringsdato: date, ved_ugyldig: Callable[[dict], None] | None = None,
                 forklar: bool = False):
        self.skaeringsdato = rt.skaeringsdato(skaeringsdato)
        self.forklar = forklar
        self.antal_sager = 0
        self.antal_ugyldige = 0
        self.ugyldige: list[dict] = []
        self._ved_ugyldig = ved_ugyldig or self.ugyldige.append
        self.overtraedelser_pr_bestemmelse: Counter[str] = Counter()
        self._andele = [(regel, rt.Andel(info)) for regel, info in POPULATIONSREGLER]

    def valider(self, data: Any, linje: int | None = None) -> dict | None:
        """Vurder én post; en ugyldig post tælles, noteres (se klassen) og giver None."""
        if isinstance(data, UgyldigPost):
            self.antal_ugyldige += 1
            self._ved_ugyldig({"linje": data.linje, "besked": data.besked})
            return None
        try:
            sag = sag_fra_json(data)
        except UgyldigSag as fejl:
            self.antal_ugyldige += 1
            self._ved_ugyldig(rt.ugyldig_sag(data, linje, fejl))
            return None
        self.antal_sager += 1
        resultat = valider_sag(sag, self.skaeringsdato, self.forklar)
        for fund in resultat.overtraedelser:
            self.overtraedelser_pr_bestemmelse[fund["bestemmelse"]] += 1
        svar = resultat.som_json()
        for regel, andel in self._andele:
            try:
                udfald = regel(sag, self.skaeringsdato)
            except rt.ManglendeData as fejl:
                andel.tilfoej("datafejl", sag.id)
                resultat.mangler(andel.regel, fejl)
                continue
            if udfald is not None:
                taeller, andel.krav = udfald
                andel.tilfoej("tæller" if taeller else "tæller_ikke", sag.id)
                svar.setdefault("population", []).append(
                    {"regel": andel.regel.navn, "bestemmelse": andel.regel.bestemmelse, "tæller_med": taeller})
        return svar

    def valider_alle(self, poster: Iterable[Any]) -> Iterator[dict]:
        """Vurder posterne én ad gangen, først når resultatet hentes (dovent).

        `poster` er sager eller (linjenummer, post)-par fra `laes_sager`. Giver resultatet
        for hver gyldig sag; ugyldige poster tælles og noteres (se klassen). Når alle resultater er
        hentet, giver `population()` populationsreglerne for hele sagsbestanden.
        """
        for nummer, post in enumerate(poster, start=1):
            if isinstance(post, tuple) and len(post) == 2 and isinstance(post[0], int):
                nummer, post = post
            svar = self.valider(post, nummer)
            if svar is not None:
                yield svar

    def population(self) -> list[dict]:
        """Resultatet af hver populationsregel for de sager, der er set indtil nu."""
        return [andel.som_json() for _regel, andel in self._andele]

