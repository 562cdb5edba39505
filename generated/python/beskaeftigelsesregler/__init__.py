# Genereret af Regelsprog ud fra rules/. Ret ikke i filen: ret reglerne og kør `regel byg`.
"""Validatorer for beskæftigelsesindsatsen, genereret af Regelsprog.

Pakken bruger kun Pythons standardbibliotek.

    >>> from datetime import date
    >>> from beskaeftigelsesregler import valider
    >>> resultat = valider({"id": "S1", "ydelse": "kontanthjælp", "forløbsstart": "2024-01-02",
    ...                     "første_henvendelse": "2024-01-02"}, date(2024, 1, 5))
    >>> resultat["frister"][0]["bestemmelse"]
    'P01'

En hel sagsbestand valideres i ét gennemløb med `Sagsbestand`, og `laes_sager` læser
JSON, en JSON-liste eller JSON Lines linje for linje.
"""

from __future__ import annotations

from collections import Counter
from datetime import date
from typing import Any, Iterable, Iterator, Mapping, Optional

from ._runtime import UgyldigPost, UgyldigSag, laes_sager
from .model import sag_fra_json
from .regler import POPULATIONSREGLER, REGLER, valider_sag
from . import _runtime as rt

__all__ = ["valider", "valider_alle", "Sagsbestand", "laes_sager", "UgyldigSag", "UgyldigPost", "REGLER_OVERSIGT"]

#: (navn, bestemmelse, titel) for hver regel, der vurderes.
REGLER_OVERSIGT: tuple[tuple[str, str, str], ...] = tuple(
    (info.navn, info.bestemmelse, info.titel) for _funktion, info in (*REGLER, *POPULATIONSREGLER)
)


def valider(sag: Mapping[str, Any], skaeringsdato: date) -> dict:
    """Vurder én sag pr. skæringsdatoen.

    Giver {"id", "overtrædelser", "frister", "datafejl", "undtagelser"}. Rejser
    `UgyldigSag` (med `.felt` og `.besked`), hvis posten ikke er en gyldig sag.
    """
    return valider_sag(sag_fra_json(sag), skaeringsdato).som_json()


class Sagsbestand:
    """Validerer en sagsbestand sag for sag og opgør populationsreglerne i samme gennemløb.

    Hukommelsen vokser ikke med antallet af sager, bortset fra listerne over hvilke
    sager der tæller med i populationsreglerne.
    """

    def __init__(self, skaeringsdato: date):
        self.skaeringsdato = skaeringsdato
        self.antal_sager = 0
        self.ugyldige: list[dict] = []
        self.overtraedelser_pr_bestemmelse: Counter[str] = Counter()
        self._andele = [(regel, rt.Andel(info)) for regel, info in POPULATIONSREGLER]

    def valider(self, data: Any, linje: Optional[int] = None) -> Optional[dict]:
        """Vurder én post; en ugyldig post noteres i `ugyldige` og giver None."""
        if isinstance(data, UgyldigPost):
            self.ugyldige.append({"linje": data.linje, "besked": data.besked})
            return None
        try:
            sag = sag_fra_json(data)
        except UgyldigSag as fejl:
            sag_id = data.get("id") if isinstance(data, dict) else None
            self.ugyldige.append({"linje": linje, "id": sag_id if isinstance(sag_id, str) else None,
                                  "felt": fejl.felt, "besked": fejl.besked})
            return None
        self.antal_sager += 1
        resultat = valider_sag(sag, self.skaeringsdato)
        for fund in resultat.overtraedelser:
            self.overtraedelser_pr_bestemmelse[fund["bestemmelse"]] += 1
        svar = resultat.som_json()
        for regel, andel in self._andele:
            try:
                udfald = regel(sag, self.skaeringsdato)
            except rt.ManglendeData as fejl:
                andel.tilfoej("datafejl", sag.id)
                resultat.mangler(andel.regel, fejl.felt)
                continue
            if udfald is not None:
                taeller, andel.krav = udfald
                andel.tilfoej("tæller" if taeller else "tæller_ikke", sag.id)
                svar.setdefault("population", []).append(
                    {"regel": andel.regel.navn, "bestemmelse": andel.regel.bestemmelse, "tæller_med": taeller})
        return svar

    def population(self) -> list[dict]:
        """Resultatet af hver populationsregel for de sager, der er set indtil nu."""
        return [andel.som_json() for _regel, andel in self._andele]


def valider_alle(poster: Iterable[Any], skaeringsdato: date) -> Iterator[dict]:
    """Vurder sager én ad gangen (dovent); ugyldige poster springes over.

    Brug `Sagsbestand` direkte for også at få ugyldige poster og populationsregler.
    """
    bestand = Sagsbestand(skaeringsdato)
    for data in poster:
        resultat = bestand.valider(data)
        if resultat is not None:
            yield resultat
