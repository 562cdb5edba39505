# Genereret af Regelsprog ud fra rules/. Ret ikke i filen: ret reglerne og kør `regel byg`.
"""Reglerne: én funktion pr. regel, undtagelse og definition."""

from __future__ import annotations

from datetime import date
from typing import NamedTuple

from . import _runtime as rt
from . import model
from ._runtime import DAG, Varighed, laeg_til

# Konstanter fra reglerne
_DATO_2019_07_01 = date(2019, 7, 1)
_1_UGE = Varighed(0, 7)
_3_MAANEDER = Varighed(3, 0)
_2_MAANEDER = Varighed(2, 0)


def definition_ved_fremmoede(element: model.Samtale, indeks: int, sag: model.Sag, skaeringsdato: date) -> bool:
    'Samtale ved personligt fremmøde'
    return element.form == 'fremmøde'


# P22 – En aftale om færre proceskrav, "Fritagelse"
_INFO_fritaget = rt.Regel('fritaget', 'P22', 'Fritagelse ved overgang til job', 'En aftale om færre proceskrav, Fritagelse', None, ('P22',))


def undtagelse_fritaget(sag: model.Sag, skaeringsdato: date, dag: date) -> bool:
    'Fritagelse ved overgang til job'
    if sag.fritaget_fra is None:
        return False
    return dag >= rt.kraev(sag.fritaget_fra, 'fritaget_fra')


# P01 – En aftale om færre proceskrav, "Færre proceskrav"
_INFO_foerste_samtale = rt.Regel('første_samtale', 'P01', 'Første samtale senest en uge efter første henvendelse', 'En aftale om færre proceskrav, Færre proceskrav', None, ('P01',))


def regel_foerste_samtale(sag: model.Sag, skaeringsdato: date, ud: rt.Sagsresultat) -> None:
    'Første samtale senest en uge efter første henvendelse'
    if sag.ydelse != 'kontanthjælp':
        return
    afgoerende = rt.kraev(sag.foerste_henvendelse, 'første_henvendelse')
    if afgoerende < _DATO_2019_07_01:
        return
    frist = laeg_til(afgoerende, _1_UGE)
    haendelse = None
    for indeks, element in enumerate(sag.samtaler):
        if element.dato <= skaeringsdato and (haendelse is None or element.dato < haendelse) and definition_ved_fremmoede(element, indeks, sag, skaeringsdato):
            haendelse = element.dato
    rt.vurder_frist(ud, _INFO_foerste_samtale, None, skaeringsdato, frist, haendelse, 'første samtale')


# P03 – En aftale om færre proceskrav, "Færre proceskrav"
_INFO_samtaler_foerste_tre_maaneder = rt.Regel('samtaler_første_tre_måneder', 'P03', 'Mindst to samtaler i de første tre måneder', 'En aftale om færre proceskrav, Færre proceskrav', None, ('P03',))


class _Vaerdier_samtaler_foerste_tre_maaneder(NamedTuple):
    antal_maaneder: Varighed


_VERSIONER_samtaler_foerste_tre_maaneder = (
    rt.Version(None, date(2023, 12, 31), _Vaerdier_samtaler_foerste_tre_maaneder(_3_MAANEDER)),
    rt.Version(date(2024, 1, 1), None, _Vaerdier_samtaler_foerste_tre_maaneder(_2_MAANEDER)),
)


def regel_samtaler_foerste_tre_maaneder(sag: model.Sag, skaeringsdato: date, ud: rt.Sagsresultat) -> None:
    'Mindst to samtaler i de første tre måneder'
    afgoerende = sag.forloebsstart
    gaeldende = rt.version(_VERSIONER_samtaler_foerste_tre_maaneder, afgoerende)
    if gaeldende is None:
        return
    v = gaeldende.vaerdier
    start = sag.forloebsstart
    slut = laeg_til(start, v.antal_maaneder)
    sidste = slut - DAG
    if not rt.koerer(None, slut):
        return
    if undtagelse_fritaget(sag, skaeringsdato, slut):
        ud.undtaget(_INFO_samtaler_foerste_tre_maaneder, _INFO_fritaget, None)
        return
    antal = 0
    for indeks, element in enumerate(sag.samtaler):
        if element.dato <= skaeringsdato and start <= element.dato < slut:
            antal += 1
    rt.vurder_antal(ud, _INFO_samtaler_foerste_tre_maaneder, skaeringsdato, start, sidste, antal, 2, 'samtale', 'samtaler')


# Reglerne, der vurderes for hver sag, i regelfilernes rækkefølge.
SAGSREGLER = (
    (regel_foerste_samtale, _INFO_foerste_samtale),
    (regel_samtaler_foerste_tre_maaneder, _INFO_samtaler_foerste_tre_maaneder),
)

# For hver ydelse: de regler, hvis betingelse kan være opfyldt for den.
REGLER_PR_YDELSE = {
    'dagpenge': (
        (regel_samtaler_foerste_tre_maaneder, _INFO_samtaler_foerste_tre_maaneder),
    ),
    'kontanthjælp': (
        (regel_foerste_samtale, _INFO_foerste_samtale),
        (regel_samtaler_foerste_tre_maaneder, _INFO_samtaler_foerste_tre_maaneder),
    ),
}

# Reglerne, der vurderes over en hel sagsbestand.
POPULATIONSREGLER = ()


def valider_sag(sag: model.Sag, skaeringsdato: date) -> rt.Sagsresultat:
    """Vurder alle regler for én sag; manglende data giver en datafejl for den regel."""
    ud = rt.Sagsresultat(sag.id)
    for regel, info in REGLER_PR_YDELSE.get(sag.ydelse, SAGSREGLER):
        try:
            regel(sag, skaeringsdato, ud)
        except rt.ManglendeData as fejl:
            ud.mangler(info, fejl)
    return ud
