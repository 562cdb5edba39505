"""Fælles vurderinger, som den genererede kode kalder: versionen på en dag, forløbs slutdatoer,
overlap og pauser, og grænsen, når data mangler. Hvornår de bruges, er besluttet i
lowering (compiler/ir/lower.py); her står kun regningen."""

from __future__ import annotations

from datetime import date
from typing import Any, NamedTuple, Optional

from .datoer import Varighed, dansk_dato, sidste_tilladte_dag
from .laesning import ManglendeData

# ----------------------------------------------------------------------------
# Fælles vurderinger (semantikken fra regelsprogets dokumentation)
# ----------------------------------------------------------------------------

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


def pauser(forloeb: list[tuple[date, Optional[date], int]], skaeringsdato: date,
           liste: str, slutfelt: str = "slut") -> list[tuple[int, date, Optional[date]]]:
    """Hvor en pause begynder: (indeks, slutdato, næste start eller None) for hvert forløb, der
    slutter, uden at et andet forløb kører videre. Forløb, der overlapper, er én sammenhængende
    periode, så et kort tilbud inde i et langt ikke giver en pause, mens det lange kører."""
    perioder = sorted(((start, effektiv_slut(start, slut, skaeringsdato, liste, indeks, slutfelt), indeks)
                       for start, slut, indeks in forloeb), key=lambda periode: (periode[0], periode[2]))
    fundet: list[tuple[int, date, Optional[date]]] = []
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


def effektiv_slut(start: date, slut: Optional[date], skaeringsdato: date, liste: str, indeks: int,
                  slutfelt: str = "slut") -> Optional[date]:
    """En slutdato efter skæringsdatoen er endnu ikke sket: forløbet kører stadig.

    En slutdato før startdatoen er modstridende data og en datafejl for reglen.
    """
    if slut is None or slut > skaeringsdato:
        return None
    if slut < start:
        felt = f"{liste}[{indeks}].{slutfelt}"
        raise ManglendeData(felt, modstridende_periode(felt, start, slut))
    return slut


def modstridende_periode(felt: str, start: date, slut: date) -> str:
    """Beskeden, når en periodes slutdato (i feltet `felt`, fx `indlæggelse.udskrevet`) ligger før dens startdato."""
    return f"slutdatoen {dansk_dato(slut)} i feltet {felt} ligger før startdatoen {dansk_dato(start)}"


def periodens_slut(start: Optional[date], slut: Optional[date], felt: str, liste: Optional[str] = None,
                   indeks: int = 0) -> Optional[date]:
    """En periodes slutdato, som en regel læser den: før startdatoen er den en datafejl (`felt`;
    for et element i en liste, `liste` og `indeks`, hedder feltet fx `kurser[2].afsluttet`)."""
    if slut is not None and start is not None and slut < start:
        sti = felt if liste is None else f"{liste}[{indeks}].{felt}"
        raise ManglendeData(sti, modstridende_periode(sti, start, slut))
    return slut


def i_perioden(dag: date, start: Optional[date], slut: Optional[date], felt: str) -> bool:
    """Ligger `dag` i perioden fra og med start til og med slut (`mens … varer`)? Ingen start:
    perioden findes ikke. Ingen slut: perioden varer stadig. Slut før start er en datafejl."""
    if start is None:
        return False
    if slut is not None and slut < start:
        raise ManglendeData(felt, modstridende_periode(felt, start, slut))
    return start <= dag and (slut is None or dag <= slut)


def i_en_af_perioderne(dag: date, perioder: list[tuple[date, Optional[date]]], liste: str, slutfelt: str) -> bool:
    """Ligger `dag` i perioden (start, slut) for et af elementerne i listen (`mens kurser varer`)?
    Alle elementer ses først: en slutdato før startdatoen er en datafejl, uanset rækkefølgen."""
    for indeks, (start, slut) in enumerate(perioder):
        if slut is not None and slut < start:
            felt = f"{liste}[{indeks}].{slutfelt}"
            raise ManglendeData(felt, modstridende_periode(felt, start, slut))
    return any(start <= dag and (slut is None or dag <= slut) for start, slut in perioder)


def overlapper(start: date, slut: Optional[date], skaeringsdato: date, fra: date, til: date,
               liste: str, indeks: int, slutfelt: str = "slut") -> bool:
    """Ligger et forløb (start–slut) helt eller delvis i perioden [fra, til)?"""
    if start > skaeringsdato or start >= til:
        return False
    ende = effektiv_slut(start, slut, skaeringsdato, liste, indeks, slutfelt)
    return ende is None or ende >= fra


class Version(NamedTuple):
    """En regelversion med sin gyldighedsperiode (begge dage medregnet; None er åben) og
    kilderne til den ud over reglens egne (den `ændring`, der indførte den; None: ingen)."""

    fra: Optional[date]
    til: Optional[date]
    vaerdier: Any
    kilde: Optional[str] = None


def version(versioner: tuple[Version, ...], dag: date) -> Optional[Version]:
    """Den version, der gælder på `dag`, eller None når ingen gælder."""
    for kandidat in versioner:
        if (kandidat.fra is None or kandidat.fra <= dag) and (kandidat.til is None or dag <= kandidat.til):
            return kandidat
    return None
