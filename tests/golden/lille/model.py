# Genereret af Regelsprog ud fra rules/. Ret ikke i filen: ret reglerne og kør `regel byg`.
# pyright: reportPrivateUsage=false
"""Sagens datamodel: opremsninger, poster og indlæsning fra JSON."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any, Literal, get_args

from . import _runtime as rt

# Opremsningerne og posterne (sagen sidst); pakken eksporterer dem.
__all__ = [
    'Ydelse', 'Samtaleform', 'Samtale', 'Sag',
]


# Opremsningen Ydelse
Ydelse = Literal['dagpenge', 'kontanthjælp']
_VAERDIER_YDELSE: frozenset[str] = frozenset(get_args(Ydelse))

# Opremsningen Samtaleform
Samtaleform = Literal['fremmøde', 'video']
_VAERDIER_SAMTALEFORM: frozenset[str] = frozenset(get_args(Samtaleform))


@dataclass(slots=True)
class Samtale:
    'En samtale'
    dato: date
    form: Samtaleform


# JSON-nøglerne i Samtale (til at finde stavefejl i nøgler)
_NOEGLER_SAMTALE: frozenset[str] = frozenset({
    'dato', 'form',
})


@dataclass(slots=True)
class Sag:
    'En sag'
    id: str
    ydelse: Ydelse
    forloebsstart: date  # JSON: 'forløbsstart'
    foerste_henvendelse: date | None  # JSON: 'første_henvendelse'
    fritaget_fra: date | None
    samtaler: list[Samtale]


# JSON-nøglerne i Sag (til at finde stavefejl i nøgler)
_NOEGLER_SAG: frozenset[str] = frozenset({
    'forløbsstart', 'fritaget_fra', 'første_henvendelse', 'id', 'samtaler', 'ydelse',
})


# Felterne i Samtale: (nøgle, læser, argumenter); kun for at finde alle fejl i en ugyldig post
_FELTER_SAMTALE: tuple[rt.Feltlaeser, ...] = (
    ('dato', rt.dato, (True, )),
    ('form', rt.vaerdi_af, (True, _VAERDIER_SAMTALEFORM, 'Samtaleform', )),
)


def samtale_fra_json(data: Any) -> Samtale:
    ('Byg Samtale ud fra et JSON-objekt; rejser UgyldigSag med alle postens fejl. Ukendte nøgler '
     'ignoreres, men ikke en, der ligner et kendt felt (en stavefejl).')
    data = rt.objekt(data)
    try:
        if not _NOEGLER_SAMTALE.issuperset(data):
            rt.stavefejl(data, _NOEGLER_SAMTALE)
        felt = data.get
        return Samtale(
            rt.dato(felt('dato'), 'dato', True),
            rt.vaerdi_af(felt('form'), 'form', True, _VAERDIER_SAMTALEFORM, 'Samtaleform'),
        )
    except rt.UgyldigSag:
        raise rt.alle_fejl(data, _NOEGLER_SAMTALE, _FELTER_SAMTALE) from None


# Felterne i Sag: (nøgle, læser, argumenter); kun for at finde alle fejl i en ugyldig post
_FELTER_SAG: tuple[rt.Feltlaeser, ...] = (
    ('id', rt.sags_id, ()),
    ('ydelse', rt.vaerdi_af, (True, _VAERDIER_YDELSE, 'Ydelse', )),
    ('forløbsstart', rt.dato, (True, )),
    ('første_henvendelse', rt.dato, (False, )),
    ('fritaget_fra', rt.dato, (False, )),
    ('samtaler', rt.liste, (samtale_fra_json, )),
)


def sag_fra_json(data: Any) -> Sag:
    ('Byg Sag ud fra et JSON-objekt; rejser UgyldigSag med alle postens fejl. Ukendte nøgler '
     'ignoreres, men ikke en, der ligner et kendt felt (en stavefejl).')
    data = rt.objekt(data)
    try:
        if not _NOEGLER_SAG.issuperset(data):
            rt.stavefejl(data, _NOEGLER_SAG)
        felt = data.get
        return Sag(
            rt.sags_id(felt('id'), 'id'),
            rt.vaerdi_af(felt('ydelse'), 'ydelse', True, _VAERDIER_YDELSE, 'Ydelse'),
            rt.dato(felt('forløbsstart'), 'forløbsstart', True),
            rt.dato(felt('første_henvendelse'), 'første_henvendelse', False),
            rt.dato(felt('fritaget_fra'), 'fritaget_fra', False),
            rt.liste(felt('samtaler'), 'samtaler', samtale_fra_json),
        )
    except rt.UgyldigSag:
        raise rt.alle_fejl(data, _NOEGLER_SAG, _FELTER_SAG) from None
