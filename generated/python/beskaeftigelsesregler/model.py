# Genereret af Regelsprog ud fra rules/. Ret ikke i filen: ret reglerne og kør `regel byg`.
"""Sagens datamodel: opremsninger, poster og indlæsning fra JSON."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any, Literal, Optional

from . import _runtime as rt


# Opremsning Ydelse: 'Ydelse'
Ydelse = Literal['dagpenge', 'kontanthjælp', 'uddannelseshjælp', 'ledighedsydelse', 'overgangsydelse', 'sygedagpenge', 'revalidering', 'ressourceforløb', 'jobafklaringsforløb', 'førtidspension']
YDELSE: frozenset[str] = frozenset({'dagpenge', 'kontanthjælp', 'uddannelseshjælp', 'ledighedsydelse', 'overgangsydelse', 'sygedagpenge', 'revalidering', 'ressourceforløb', 'jobafklaringsforløb', 'førtidspension'})

# Opremsning Visitation: 'Visitation'
Visitation = Literal['jobparat', 'aktivitetsparat', 'åbenlyst_uddannelsesparat', 'uddannelsesparat']
VISITATION: frozenset[str] = frozenset({'jobparat', 'aktivitetsparat', 'åbenlyst_uddannelsesparat', 'uddannelsesparat'})

# Opremsning Samtaleform: 'Samtaleform'
Samtaleform = Literal['fremmøde', 'video', 'telefon', 'brev']
SAMTALEFORM: frozenset[str] = frozenset({'fremmøde', 'video', 'telefon', 'brev'})

# Opremsning Aktør: 'Aktør'
Aktoer = Literal['jobcenter', 'a_kasse', 'fælles']
AKTOER: frozenset[str] = frozenset({'jobcenter', 'a_kasse', 'fælles'})

# Opremsning Tilbudstype: 'Tilbudstype'
Tilbudstype = Literal['virksomhedspraktik', 'løntilskud', 'øvrig_vejledning_og_opkvalificering', 'uddannelse', 'nytteindsats']
TILBUDSTYPE: frozenset[str] = frozenset({'virksomhedspraktik', 'løntilskud', 'øvrig_vejledning_og_opkvalificering', 'uddannelse', 'nytteindsats'})

# Opremsning Arbejdsgiver: 'Arbejdsgiver'
Arbejdsgiver = Literal['offentlig', 'privat']
ARBEJDSGIVER: frozenset[str] = frozenset({'offentlig', 'privat'})

# Opremsning Fritagelsesårsag: 'Fritagelsesårsag'
Fritagelsesaarsag = Literal['fuldtidsjob', 'fleksjob', 'barsel', 'efterløn', 'fleksydelse', 'folkepension']
FRITAGELSESAARSAG: frozenset[str] = frozenset({'fuldtidsjob', 'fleksjob', 'barsel', 'efterløn', 'fleksydelse', 'folkepension'})


@dataclass(slots=True)
class Samtale:
    'En samtale'
    dato: date  # 'dato'
    form: Samtaleform  # 'form'
    aktoer: Aktoer  # 'aktør'


@dataclass(slots=True)
class Tilbud:
    'Et tilbud'
    type: Tilbudstype  # 'type'
    start: date  # 'start'
    slut: Optional[date]  # 'slut'
    arbejdsgiver: Optional[Arbejdsgiver]  # 'arbejdsgiver'
    ret_og_pligt: bool  # 'ret_og_pligt'
    selvfundet: bool  # 'selvfundet'


@dataclass(slots=True)
class Mentor:
    'Et mentorforløb'
    start: date  # 'start'
    slut: Optional[date]  # 'slut'
    forlaenget: bool  # 'forlænget'


@dataclass(slots=True)
class Frafaldsbesked:
    'En besked om risiko for frafald fra uddannelse'
    modtaget: date  # 'modtaget'
    reaktion: Optional[date]  # 'reaktion'


@dataclass(slots=True)
class Indstilling:
    'En a-kasses indstilling om et tilbud'
    dato: date  # 'dato'
    afvist: bool  # 'afvist'
    begrundelse: Optional[str]  # 'begrundelse'


@dataclass(slots=True)
class Fritagelse:
    'En fritagelse efter reglerne om mindre intensiv indsats'
    aarsag: Fritagelsesaarsag  # 'årsag'
    fra: date  # 'fra'
    overgang: date  # 'overgang'


@dataclass(slots=True)
class Sag:
    'Et forløb for én person på én ydelse'
    id: str  # 'id'
    ydelse: Ydelse  # 'ydelse'
    visitation: Optional[Visitation]  # 'visitation'
    i_integrationsprogram: bool  # 'i_integrationsprogram'
    har_arbejdsgiver: bool  # 'har_arbejdsgiver'
    forloebsstart: date  # 'forløbsstart'
    forloebsslut: Optional[date]  # 'forløbsslut'
    foerste_henvendelse: Optional[date]  # 'første_henvendelse'
    foerste_fravaersdag: Optional[date]  # 'første_fraværsdag'
    samtaler: list[Samtale]  # 'samtaler'
    tilbud: list[Tilbud]  # 'tilbud'
    uddannelsesstart: Optional[date]  # 'uddannelsesstart'
    mentor: Optional[Mentor]  # 'mentor'
    frafaldsbeskeder: list[Frafaldsbesked]  # 'frafaldsbeskeder'
    indstillinger: list[Indstilling]  # 'indstillinger'
    ordinaere_loentimer_12_mdr: float  # 'ordinære_løntimer_12_mdr'
    fritagelse: Optional[Fritagelse]  # 'fritagelse'


def samtale_fra_json(data: Any, sti: str = '') -> Samtale:
    'Byg en Samtale ud fra et JSON-objekt; UgyldigSag ved fejl.'
    data = rt.objekt(data, sti)
    return Samtale(
        rt.dato(data, 'dato', sti, True),
        rt.vaerdi_af(data, 'form', sti, True, SAMTALEFORM, 'Samtaleform'),
        rt.vaerdi_af(data, 'aktør', sti, True, AKTOER, 'Aktør'),
    )


def tilbud_fra_json(data: Any, sti: str = '') -> Tilbud:
    'Byg en Tilbud ud fra et JSON-objekt; UgyldigSag ved fejl.'
    data = rt.objekt(data, sti)
    return Tilbud(
        rt.vaerdi_af(data, 'type', sti, True, TILBUDSTYPE, 'Tilbudstype'),
        rt.dato(data, 'start', sti, True),
        rt.dato(data, 'slut', sti, False),
        rt.vaerdi_af(data, 'arbejdsgiver', sti, False, ARBEJDSGIVER, 'Arbejdsgiver'),
        rt.sandhedsvaerdi(data, 'ret_og_pligt', sti, False, False),
        rt.sandhedsvaerdi(data, 'selvfundet', sti, False, False),
    )


def mentor_fra_json(data: Any, sti: str = '') -> Mentor:
    'Byg en Mentor ud fra et JSON-objekt; UgyldigSag ved fejl.'
    data = rt.objekt(data, sti)
    return Mentor(
        rt.dato(data, 'start', sti, True),
        rt.dato(data, 'slut', sti, False),
        rt.sandhedsvaerdi(data, 'forlænget', sti, False, False),
    )


def frafaldsbesked_fra_json(data: Any, sti: str = '') -> Frafaldsbesked:
    'Byg en Frafaldsbesked ud fra et JSON-objekt; UgyldigSag ved fejl.'
    data = rt.objekt(data, sti)
    return Frafaldsbesked(
        rt.dato(data, 'modtaget', sti, True),
        rt.dato(data, 'reaktion', sti, False),
    )


def indstilling_fra_json(data: Any, sti: str = '') -> Indstilling:
    'Byg en Indstilling ud fra et JSON-objekt; UgyldigSag ved fejl.'
    data = rt.objekt(data, sti)
    return Indstilling(
        rt.dato(data, 'dato', sti, True),
        rt.sandhedsvaerdi(data, 'afvist', sti, True, None),
        rt.tekst(data, 'begrundelse', sti, False),
    )


def fritagelse_fra_json(data: Any, sti: str = '') -> Fritagelse:
    'Byg en Fritagelse ud fra et JSON-objekt; UgyldigSag ved fejl.'
    data = rt.objekt(data, sti)
    return Fritagelse(
        rt.vaerdi_af(data, 'årsag', sti, True, FRITAGELSESAARSAG, 'Fritagelsesårsag'),
        rt.dato(data, 'fra', sti, True),
        rt.dato(data, 'overgang', sti, True),
    )


def sag_fra_json(data: Any, sti: str = '') -> Sag:
    'Byg en Sag ud fra et JSON-objekt; UgyldigSag ved fejl.'
    data = rt.objekt(data, sti)
    return Sag(
        rt.tekst(data, 'id', sti, True),
        rt.vaerdi_af(data, 'ydelse', sti, True, YDELSE, 'Ydelse'),
        rt.vaerdi_af(data, 'visitation', sti, False, VISITATION, 'Visitation'),
        rt.sandhedsvaerdi(data, 'i_integrationsprogram', sti, False, False),
        rt.sandhedsvaerdi(data, 'har_arbejdsgiver', sti, False, False),
        rt.dato(data, 'forløbsstart', sti, True),
        rt.dato(data, 'forløbsslut', sti, False),
        rt.dato(data, 'første_henvendelse', sti, False),
        rt.dato(data, 'første_fraværsdag', sti, False),
        rt.liste(data, 'samtaler', sti, samtale_fra_json),
        rt.liste(data, 'tilbud', sti, tilbud_fra_json),
        rt.dato(data, 'uddannelsesstart', sti, False),
        rt.post(data, 'mentor', sti, False, mentor_fra_json),
        rt.liste(data, 'frafaldsbeskeder', sti, frafaldsbesked_fra_json),
        rt.liste(data, 'indstillinger', sti, indstilling_fra_json),
        rt.tal(data, 'ordinære_løntimer_12_mdr', sti, False, 0, 0),
        rt.post(data, 'fritagelse', sti, False, fritagelse_fra_json),
    )
