"""Datoer og varigheder: måneder med ultimo-regel, danske datotekster, og om et forløb
kører på en dag."""

from __future__ import annotations

import calendar
from datetime import date, timedelta
from typing import NamedTuple, Optional

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
    dele: list[str] = []
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
