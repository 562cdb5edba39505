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
    'Ydelse', 'Visitation', 'Samtaleform', 'Aktoer', 'Tilbudstype', 'Arbejdsgiver',
    'Fritagelsesaarsag', 'Samtale', 'Tilbud', 'Mentor', 'Frafaldsbesked', 'Indstilling',
    'Fritagelse', 'Sag',
]


# Opremsningen Ydelse
Ydelse = Literal['dagpenge', 'kontanthjælp', 'uddannelseshjælp', 'ledighedsydelse',
        'overgangsydelse', 'sygedagpenge', 'revalidering', 'ressourceforløb', 'jobafklaringsforløb',
        'førtidspension']
_VAERDIER_YDELSE: frozenset[str] = frozenset(get_args(Ydelse))

# Opremsningen Visitation
Visitation = Literal['jobparat', 'aktivitetsparat', 'åbenlyst_uddannelsesparat', 'uddannelsesparat']
_VAERDIER_VISITATION: frozenset[str] = frozenset(get_args(Visitation))

# Opremsningen Samtaleform
Samtaleform = Literal['fremmøde', 'video', 'telefon', 'brev']
_VAERDIER_SAMTALEFORM: frozenset[str] = frozenset(get_args(Samtaleform))

# Opremsningen Aktør
Aktoer = Literal['jobcenter', 'a_kasse', 'fælles']
_VAERDIER_AKTOER: frozenset[str] = frozenset(get_args(Aktoer))

# Opremsningen Tilbudstype
Tilbudstype = Literal['virksomhedspraktik', 'løntilskud', 'øvrig_vejledning_og_opkvalificering',
        'uddannelse', 'nytteindsats']
_VAERDIER_TILBUDSTYPE: frozenset[str] = frozenset(get_args(Tilbudstype))

# Opremsningen Arbejdsgiver
Arbejdsgiver = Literal['offentlig', 'privat']
_VAERDIER_ARBEJDSGIVER: frozenset[str] = frozenset(get_args(Arbejdsgiver))

# Opremsningen Fritagelsesårsag
Fritagelsesaarsag = Literal['fuldtidsjob', 'fleksjob', 'barsel', 'efterløn', 'fleksydelse',
        'folkepension']
_VAERDIER_FRITAGELSESAARSAG: frozenset[str] = frozenset(get_args(Fritagelsesaarsag))


@dataclass(slots=True)
class Samtale:
    'En samtale'
    dato: date
    form: Samtaleform
    aktoer: Aktoer  # JSON: 'aktør'


# JSON-nøglerne i Samtale (til at finde stavefejl i nøgler)
_NOEGLER_SAMTALE: frozenset[str] = frozenset({
    'aktør', 'dato', 'form',
})


@dataclass(slots=True)
class Tilbud:
    'Et tilbud'
    type: Tilbudstype
    start: date
    slut: date | None
    arbejdsgiver: Arbejdsgiver | None
    ret_og_pligt: bool
    selvfundet: bool


# JSON-nøglerne i Tilbud (til at finde stavefejl i nøgler)
_NOEGLER_TILBUD: frozenset[str] = frozenset({
    'arbejdsgiver', 'ret_og_pligt', 'selvfundet', 'slut', 'start', 'type',
})


@dataclass(slots=True)
class Mentor:
    'Et mentorforløb'
    start: date
    slut: date | None
    forlaenget: bool  # JSON: 'forlænget'


# JSON-nøglerne i Mentor (til at finde stavefejl i nøgler)
_NOEGLER_MENTOR: frozenset[str] = frozenset({
    'forlænget', 'slut', 'start',
})


@dataclass(slots=True)
class Frafaldsbesked:
    'En besked om risiko for frafald fra uddannelse'
    modtaget: date
    reaktion: date | None


# JSON-nøglerne i Frafaldsbesked (til at finde stavefejl i nøgler)
_NOEGLER_FRAFALDSBESKED: frozenset[str] = frozenset({
    'modtaget', 'reaktion',
})


@dataclass(slots=True)
class Indstilling:
    'En a-kasses indstilling om et tilbud'
    dato: date
    afvist: bool
    begrundelse: str | None


# JSON-nøglerne i Indstilling (til at finde stavefejl i nøgler)
_NOEGLER_INDSTILLING: frozenset[str] = frozenset({
    'afvist', 'begrundelse', 'dato',
})


@dataclass(slots=True)
class Fritagelse:
    'En fritagelse efter reglerne om mindre intensiv indsats'
    aarsag: Fritagelsesaarsag  # JSON: 'årsag'
    fra: date
    overgang: date


# JSON-nøglerne i Fritagelse (til at finde stavefejl i nøgler)
_NOEGLER_FRITAGELSE: frozenset[str] = frozenset({
    'fra', 'overgang', 'årsag',
})


@dataclass(slots=True)
class Sag:
    'Et forløb for én person på én ydelse'
    id: str
    ydelse: Ydelse
    visitation: Visitation | None
    i_integrationsprogram: bool
    har_arbejdsgiver: bool
    forloebsstart: date  # JSON: 'forløbsstart'
    forloebsslut: date | None  # JSON: 'forløbsslut'
    foerste_henvendelse: date | None  # JSON: 'første_henvendelse'
    foerste_fravaersdag: date | None  # JSON: 'første_fraværsdag'
    samtaler: list[Samtale]
    tilbud: list[Tilbud]
    uddannelsesstart: date | None
    mentor: Mentor | None
    frafaldsbeskeder: list[Frafaldsbesked]
    indstillinger: list[Indstilling]
    ordinaere_loentimer_12_mdr: float  # JSON: 'ordinære_løntimer_12_mdr'
    fritagelse: Fritagelse | None


# JSON-nøglerne i Sag (til at finde stavefejl i nøgler)
_NOEGLER_SAG: frozenset[str] = frozenset({
    'forløbsslut', 'forløbsstart', 'frafaldsbeskeder', 'fritagelse', 'første_fraværsdag',
    'første_henvendelse', 'har_arbejdsgiver', 'i_integrationsprogram', 'id', 'indstillinger',
    'mentor', 'ordinære_løntimer_12_mdr', 'samtaler', 'tilbud', 'uddannelsesstart', 'visitation',
    'ydelse',
})


# Felterne i Samtale: (nøgle, læser, argumenter); kun for at finde alle fejl i en ugyldig post
_FELTER_SAMTALE: tuple[rt.Feltlaeser, ...] = (
    ('dato', rt.dato, (True, )),
    ('form', rt.vaerdi_af, (True, _VAERDIER_SAMTALEFORM, 'Samtaleform', )),
    ('aktør', rt.vaerdi_af, (True, _VAERDIER_AKTOER, 'Aktør', )),
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
            rt.vaerdi_af(felt('aktør'), 'aktør', True, _VAERDIER_AKTOER, 'Aktør'),
        )
    except rt.UgyldigSag:
        raise rt.alle_fejl(data, _NOEGLER_SAMTALE, _FELTER_SAMTALE) from None


# Felterne i Tilbud: (nøgle, læser, argumenter); kun for at finde alle fejl i en ugyldig post
_FELTER_TILBUD: tuple[rt.Feltlaeser, ...] = (
    ('type', rt.vaerdi_af, (True, _VAERDIER_TILBUDSTYPE, 'Tilbudstype', )),
    ('start', rt.dato, (True, )),
    ('slut', rt.dato, (False, )),
    ('arbejdsgiver', rt.vaerdi_af, (False, _VAERDIER_ARBEJDSGIVER, 'Arbejdsgiver', )),
    ('ret_og_pligt', rt.sandhedsvaerdi, (False, False, )),
    ('selvfundet', rt.sandhedsvaerdi, (False, False, )),
)


def tilbud_fra_json(data: Any) -> Tilbud:
    ('Byg Tilbud ud fra et JSON-objekt; rejser UgyldigSag med alle postens fejl. Ukendte nøgler '
     'ignoreres, men ikke en, der ligner et kendt felt (en stavefejl).')
    data = rt.objekt(data)
    try:
        if not _NOEGLER_TILBUD.issuperset(data):
            rt.stavefejl(data, _NOEGLER_TILBUD)
        felt = data.get
        return Tilbud(
            rt.vaerdi_af(felt('type'), 'type', True, _VAERDIER_TILBUDSTYPE, 'Tilbudstype'),
            rt.dato(felt('start'), 'start', True),
            rt.dato(felt('slut'), 'slut', False),
            rt.vaerdi_af(felt('arbejdsgiver'), 'arbejdsgiver', False, _VAERDIER_ARBEJDSGIVER,
                    'Arbejdsgiver'),
            rt.sandhedsvaerdi(felt('ret_og_pligt'), 'ret_og_pligt', False, False),
            rt.sandhedsvaerdi(felt('selvfundet'), 'selvfundet', False, False),
        )
    except rt.UgyldigSag:
        raise rt.alle_fejl(data, _NOEGLER_TILBUD, _FELTER_TILBUD) from None


# Felterne i Mentor: (nøgle, læser, argumenter); kun for at finde alle fejl i en ugyldig post
_FELTER_MENTOR: tuple[rt.Feltlaeser, ...] = (
    ('start', rt.dato, (True, )),
    ('slut', rt.dato, (False, )),
    ('forlænget', rt.sandhedsvaerdi, (False, False, )),
)


def mentor_fra_json(data: Any) -> Mentor:
    ('Byg Mentor ud fra et JSON-objekt; rejser UgyldigSag med alle postens fejl. Ukendte nøgler '
     'ignoreres, men ikke en, der ligner et kendt felt (en stavefejl).')
    data = rt.objekt(data)
    try:
        if not _NOEGLER_MENTOR.issuperset(data):
            rt.stavefejl(data, _NOEGLER_MENTOR)
        felt = data.get
        return Mentor(
            rt.dato(felt('start'), 'start', True),
            rt.dato(felt('slut'), 'slut', False),
            rt.sandhedsvaerdi(felt('forlænget'), 'forlænget', False, False),
        )
    except rt.UgyldigSag:
        raise rt.alle_fejl(data, _NOEGLER_MENTOR, _FELTER_MENTOR) from None


# Felterne i Frafaldsbesked: (nøgle, læser, argumenter); kun for at finde alle fejl i en ugyldig
# post
_FELTER_FRAFALDSBESKED: tuple[rt.Feltlaeser, ...] = (
    ('modtaget', rt.dato, (True, )),
    ('reaktion', rt.dato, (False, )),
)


def frafaldsbesked_fra_json(data: Any) -> Frafaldsbesked:
    ('Byg Frafaldsbesked ud fra et JSON-objekt; rejser UgyldigSag med alle postens fejl. Ukendte '
     'nøgler ignoreres, men ikke en, der ligner et kendt felt (en stavefejl).')
    data = rt.objekt(data)
    try:
        if not _NOEGLER_FRAFALDSBESKED.issuperset(data):
            rt.stavefejl(data, _NOEGLER_FRAFALDSBESKED)
        felt = data.get
        return Frafaldsbesked(
            rt.dato(felt('modtaget'), 'modtaget', True),
            rt.dato(felt('reaktion'), 'reaktion', False),
        )
    except rt.UgyldigSag:
        raise rt.alle_fejl(data, _NOEGLER_FRAFALDSBESKED, _FELTER_FRAFALDSBESKED) from None


# Felterne i Indstilling: (nøgle, læser, argumenter); kun for at finde alle fejl i en ugyldig post
_FELTER_INDSTILLING: tuple[rt.Feltlaeser, ...] = (
    ('dato', rt.dato, (True, )),
    ('afvist', rt.sandhedsvaerdi, (True, None, )),
    ('begrundelse', rt.tekst, (False, )),
)


def indstilling_fra_json(data: Any) -> Indstilling:
    ('Byg Indstilling ud fra et JSON-objekt; rejser UgyldigSag med alle postens fejl. Ukendte '
     'nøgler ignoreres, men ikke en, der ligner et kendt felt (en stavefejl).')
    data = rt.objekt(data)
    try:
        if not _NOEGLER_INDSTILLING.issuperset(data):
            rt.stavefejl(data, _NOEGLER_INDSTILLING)
        felt = data.get
        return Indstilling(
            rt.dato(felt('dato'), 'dato', True),
            rt.sandhedsvaerdi(felt('afvist'), 'afvist', True, None),
            rt.tekst(felt('begrundelse'), 'begrundelse', False),
        )
    except rt.UgyldigSag:
        raise rt.alle_fejl(data, _NOEGLER_INDSTILLING, _FELTER_INDSTILLING) from None


# Felterne i Fritagelse: (nøgle, læser, argumenter); kun for at finde alle fejl i en ugyldig post
_FELTER_FRITAGELSE: tuple[rt.Feltlaeser, ...] = (
    ('årsag', rt.vaerdi_af, (True, _VAERDIER_FRITAGELSESAARSAG, 'Fritagelsesårsag', )),
    ('fra', rt.dato, (True, )),
    ('overgang', rt.dato, (True, )),
)


def fritagelse_fra_json(data: Any) -> Fritagelse:
    ('Byg Fritagelse ud fra et JSON-objekt; rejser UgyldigSag med alle postens fejl. Ukendte '
     'nøgler ignoreres, men ikke en, der ligner et kendt felt (en stavefejl).')
    data = rt.objekt(data)
    try:
        if not _NOEGLER_FRITAGELSE.issuperset(data):
            rt.stavefejl(data, _NOEGLER_FRITAGELSE)
        felt = data.get
        return Fritagelse(
            rt.vaerdi_af(felt('årsag'), 'årsag', True, _VAERDIER_FRITAGELSESAARSAG,
                    'Fritagelsesårsag'),
            rt.dato(felt('fra'), 'fra', True),
            rt.dato(felt('overgang'), 'overgang', True),
        )
    except rt.UgyldigSag:
        raise rt.alle_fejl(data, _NOEGLER_FRITAGELSE, _FELTER_FRITAGELSE) from None


# Felterne i Sag: (nøgle, læser, argumenter); kun for at finde alle fejl i en ugyldig post
_FELTER_SAG: tuple[rt.Feltlaeser, ...] = (
    ('id', rt.sags_id, ()),
    ('ydelse', rt.vaerdi_af, (True, _VAERDIER_YDELSE, 'Ydelse', )),
    ('visitation', rt.vaerdi_af, (False, _VAERDIER_VISITATION, 'Visitation', )),
    ('i_integrationsprogram', rt.sandhedsvaerdi, (False, False, )),
    ('har_arbejdsgiver', rt.sandhedsvaerdi, (False, False, )),
    ('forløbsstart', rt.dato, (True, )),
    ('forløbsslut', rt.dato, (False, )),
    ('første_henvendelse', rt.dato, (False, )),
    ('første_fraværsdag', rt.dato, (False, )),
    ('samtaler', rt.liste, (samtale_fra_json, )),
    ('tilbud', rt.liste, (tilbud_fra_json, )),
    ('uddannelsesstart', rt.dato, (False, )),
    ('mentor', rt.post, (False, mentor_fra_json, )),
    ('frafaldsbeskeder', rt.liste, (frafaldsbesked_fra_json, )),
    ('indstillinger', rt.liste, (indstilling_fra_json, )),
    ('ordinære_løntimer_12_mdr', rt.tal, (False, 0, 0, )),
    ('fritagelse', rt.post, (False, fritagelse_fra_json, )),
)


def sag_fra_json(data: Any) -> Sag:
    ('Byg Sag ud fra et JSON-objekt; rejser UgyldigSag med alle postens fejl. Ukendte nøgler '
     'ignoreres, men ikke en, der ligner et kendt felt (en stavefejl).')
    data = rt.objekt(data)
    try:
        if not _NOEGLER_SAG.issuperset(data):
            rt.stavefejl(data, _NOEGLER_SAG)
        felt = data.get
        post = Sag(
            rt.sags_id(felt('id'), 'id'),
            rt.vaerdi_af(felt('ydelse'), 'ydelse', True, _VAERDIER_YDELSE, 'Ydelse'),
            rt.vaerdi_af(felt('visitation'), 'visitation', False, _VAERDIER_VISITATION,
                    'Visitation'),
            rt.sandhedsvaerdi(felt('i_integrationsprogram'), 'i_integrationsprogram', False, False),
            rt.sandhedsvaerdi(felt('har_arbejdsgiver'), 'har_arbejdsgiver', False, False),
            rt.dato(felt('forløbsstart'), 'forløbsstart', True),
            rt.dato(felt('forløbsslut'), 'forløbsslut', False),
            rt.dato(felt('første_henvendelse'), 'første_henvendelse', False),
            rt.dato(felt('første_fraværsdag'), 'første_fraværsdag', False),
            rt.liste(felt('samtaler'), 'samtaler', samtale_fra_json),
            rt.liste(felt('tilbud'), 'tilbud', tilbud_fra_json),
            rt.dato(felt('uddannelsesstart'), 'uddannelsesstart', False),
            rt.post(felt('mentor'), 'mentor', False, mentor_fra_json),
            rt.liste(felt('frafaldsbeskeder'), 'frafaldsbeskeder', frafaldsbesked_fra_json),
            rt.liste(felt('indstillinger'), 'indstillinger', indstilling_fra_json),
            rt.tal(felt('ordinære_løntimer_12_mdr'), 'ordinære_løntimer_12_mdr', False, 0, 0),
            rt.post(felt('fritagelse'), 'fritagelse', False, fritagelse_fra_json),
        )
    except rt.UgyldigSag:
        raise rt.alle_fejl(data, _NOEGLER_SAG, _FELTER_SAG) from None
    rt.periode_i_orden(post.forloebsstart, post.forloebsslut, 'forløbsstart', 'forløbsslut')
    return post
