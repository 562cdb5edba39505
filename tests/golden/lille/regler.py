# Genereret af Regelsprog ud fra rules/. Ret ikke i filen: ret reglerne og kør `regel byg`.
# pyright: reportPrivateUsage=false
"""Reglerne: én funktion pr. regel, undtagelse og definition."""

from __future__ import annotations

from datetime import date
from typing import NamedTuple

from . import _runtime as rt
from ._runtime import DAG, Varighed, laeg_til
from . import model

# Reglerne, resultaterne kommer fra: udgaven (`regelsæt … udgave …`) og SHA-256 af regelfilerne.
REGELSAET: rt.Regelsaet = {'udgave': None,
        'sha256': 'feff73f523410c8c975e6b58ca83eaecd3b677746b8686f7537762be7bbafad8'}

# Datoer og varigheder fra reglerne
_DATO_2019_07_01 = date(2019, 7, 1)
_1_UGE = Varighed(maaneder=0, dage=7)
_3_MAANEDER = Varighed(maaneder=3, dage=0)
_2_MAANEDER = Varighed(maaneder=2, dage=0)


def definition_ved_fremmoede(element: model.Samtale, indeks: int, sag: model.Sag,
        skaeringsdato: date) -> bool:
    'Samtale ved personligt fremmøde'
    return element.form == 'fremmøde'


# P22 – En aftale om færre proceskrav, "Fritagelse"

_VERSIONER_fritaget = (
    rt.Version(fra=None, til=None, vaerdier=None),
)

_INFO_fritaget = rt.Regel(navn='fritaget', bestemmelse='P22',
        titel='Fritagelse ved overgang til job', kilde='En aftale om færre proceskrav, Fritagelse',
        id='P22.undtagelse', bestemmelser=('P22',), versioner=_VERSIONER_fritaget)


def undtagelse_fritaget(sag: model.Sag, skaeringsdato: date, dag: date) -> str | None:
    ('Fritagelse ved overgang til job (None, når undtagelsen gælder for en pligt, der vurderes på '
     '`dag`; ellers hvorfor den ikke gør)')
    if sag.fritaget_fra is None:
        return 'betingelse'
    if dag < sag.fritaget_fra:
        return 'omfatter_ikke'
    return None


# P01 – En aftale om færre proceskrav, "Færre proceskrav"

_VERSIONER_foerste_samtale = (
    rt.Version(fra=date(2019, 7, 1), til=None, vaerdier=None),
)

_INFO_foerste_samtale = rt.Regel(navn='første_samtale', bestemmelse='P01',
        titel='Første samtale senest en uge efter første henvendelse',
        kilde='En aftale om færre proceskrav, Færre proceskrav', id='P01.frist',
        bestemmelser=('P01',), versioner=_VERSIONER_foerste_samtale)


def regel_foerste_samtale(sag: model.Sag, skaeringsdato: date, ud: rt.Sagsresultat) -> None:
    'Første samtale senest en uge efter første henvendelse'
    if sag.ydelse != 'kontanthjælp':
        if ud.forklar:
            ud.gaelder_ikke(_INFO_foerste_samtale, 'betingelse')
        return
    afgoerende = rt.kraev(sag.foerste_henvendelse, 'første_henvendelse')
    if afgoerende < _DATO_2019_07_01:
        if ud.forklar:
            ud.gaelder_ikke(_INFO_foerste_samtale, 'periode', afgoerende=afgoerende)
        return
    if ud.forklar:
        ud.afgoerende_dato(_INFO_foerste_samtale, afgoerende)
    frist = laeg_til(afgoerende, _1_UGE)
    dato = min(
            (element.dato for indeks, element in enumerate(sag.samtaler)
                if element.dato <= skaeringsdato
                and definition_ved_fremmoede(element, indeks, sag, skaeringsdato)),
            default=None)
    if ud.forklar:
        ud.elementer('samtaler',
                [indeks for indeks, element in enumerate(sag.samtaler)
                    if element.dato <= skaeringsdato
                    and definition_ved_fremmoede(element, indeks, sag, skaeringsdato)
                    and element.dato == dato])
    if (dato is not None) and (dato > frist):
        ud.fund(_INFO_foerste_samtale, 'overtrådt', 'frist_for_sent',
                {'hvad': 'første samtale', 'begynder': False, 'frist': frist, 'dato': dato},
                frist=frist)
    elif dato is not None:
        if ud.forklar:
            ud.fund(_INFO_foerste_samtale, 'opfyldt', 'frist_rettidig',
                    {'hvad': 'første samtale', 'begynder': False, 'frist': frist, 'dato': dato})
    elif not True:
        if ud.forklar:
            ud.fund(_INFO_foerste_samtale, 'ikke_omfattet', 'forloeb_sluttet',
                    {'hvad': 'første samtale', 'begynder': False, 'frist': frist})
    elif frist < skaeringsdato:
        ud.fund(_INFO_foerste_samtale, 'overtrådt', 'frist_udeblevet',
                {'hvad': 'første samtale', 'begynder': False, 'frist': frist}, frist=frist)
    else:
        ud.fund(_INFO_foerste_samtale, 'frist', 'frist_kommende',
                {'hvad': 'første samtale', 'begynder': False, 'frist': frist}, frist=frist)


# P03 – En aftale om færre proceskrav, "Færre proceskrav"


class _Vaerdier_samtaler_foerste_tre_maaneder(NamedTuple):
    antal_maaneder: Varighed

_VERSIONER_samtaler_foerste_tre_maaneder = (
    rt.Version(fra=None, til=date(2023, 12, 31),
            vaerdier=_Vaerdier_samtaler_foerste_tre_maaneder(_3_MAANEDER)),
    rt.Version(fra=date(2024, 1, 1), til=None,
            vaerdier=_Vaerdier_samtaler_foerste_tre_maaneder(_2_MAANEDER)),
)

_INFO_samtaler_foerste_tre_maaneder = rt.Regel(navn='samtaler_første_tre_måneder',
        bestemmelse='P03', titel='Mindst to samtaler i de første tre måneder',
        kilde='En aftale om færre proceskrav, Færre proceskrav', id='P03.antal',
        bestemmelser=('P03',), versioner=_VERSIONER_samtaler_foerste_tre_maaneder,
        vaerdinavne=('antal_måneder',))


def regel_samtaler_foerste_tre_maaneder(sag: model.Sag, skaeringsdato: date,
        ud: rt.Sagsresultat) -> None:
    'Mindst to samtaler i de første tre måneder'
    afgoerende = sag.forloebsstart
    gaeldende = rt.version(_VERSIONER_samtaler_foerste_tre_maaneder, afgoerende)
    if gaeldende is None:
        if ud.forklar:
            ud.gaelder_ikke(_INFO_samtaler_foerste_tre_maaneder, 'periode', afgoerende=afgoerende)
        return
    v = gaeldende.vaerdier
    if ud.forklar:
        ud.afgoerende_dato(_INFO_samtaler_foerste_tre_maaneder, afgoerende)
    start = sag.forloebsstart
    slut = laeg_til(start, v.antal_maaneder)
    sidste_dag = slut - DAG
    grund = undtagelse_fritaget(sag, skaeringsdato, sidste_dag)
    if grund is None:
        ud.undtaget(_INFO_samtaler_foerste_tre_maaneder, _INFO_fritaget)
        return
    if ud.forklar:
        ud.ikke_undtaget(_INFO_samtaler_foerste_tre_maaneder, _INFO_fritaget, grund)
    antal = sum(1 for element in sag.samtaler if element.dato <= skaeringsdato
            and start <= element.dato < slut)
    if ud.forklar:
        ud.elementer('samtaler',
                [indeks for indeks, element in enumerate(sag.samtaler)
                    if element.dato <= skaeringsdato and start <= element.dato < slut])
    if not True:
        if ud.forklar:
            ud.fund(_INFO_samtaler_foerste_tre_maaneder, 'ikke_omfattet', 'forloeb_sluttet',
                    {'start': start, 'frist': sidste_dag, 'antal': antal, 'krav': 2,
                        'ental': 'samtale', 'flertal': 'samtaler'})
    elif (sidste_dag < skaeringsdato) and (antal < 2):
        ud.fund(_INFO_samtaler_foerste_tre_maaneder, 'overtrådt', 'antal_for_faa',
                {'start': start, 'frist': sidste_dag, 'antal': antal, 'krav': 2, 'ental': 'samtale',
                    'flertal': 'samtaler'},
                frist=sidste_dag)
    elif sidste_dag < skaeringsdato:
        if ud.forklar:
            ud.fund(_INFO_samtaler_foerste_tre_maaneder, 'opfyldt', 'antal_naaet',
                    {'start': start, 'frist': sidste_dag, 'antal': antal, 'krav': 2,
                        'ental': 'samtale', 'flertal': 'samtaler'})
    else:
        ud.fund(_INFO_samtaler_foerste_tre_maaneder, 'frist', 'antal_kommende',
                {'start': start, 'frist': sidste_dag, 'antal': antal, 'krav': 2, 'ental': 'samtale',
                    'flertal': 'samtaler'},
                frist=sidste_dag, antal=antal)


# Reglerne, der vurderes for hver sag, i regelfilernes rækkefølge.
SAGSREGLER: tuple[rt.Sagsregel, ...] = (
    (regel_foerste_samtale, _INFO_foerste_samtale),
    (regel_samtaler_foerste_tre_maaneder, _INFO_samtaler_foerste_tre_maaneder),
)

# For hver ydelse: de regler, hvis betingelse kan være opfyldt for den (de andre vurderes ikke).
REGLER_PR_YDELSE: dict[str, tuple[rt.Sagsregel, ...]] = {
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


def valider_sag(sag: model.Sag, skaeringsdato: date, forklar: bool = False) -> rt.Sagsresultat:
    """Vurder alle regler for én sag; manglende data giver en datafejl for den regel."""
    ud = rt.Sagsresultat(sag.id, REGELSAET, forklar)
    regler = REGLER_PR_YDELSE.get(sag.ydelse, SAGSREGLER)
    for regel, info in regler:
        try:
            regel(sag, skaeringsdato, ud)
        except rt.ManglendeData as fejl:
            ud.mangler(info, fejl)
    if forklar:
        for regel, info in SAGSREGLER:
            if (regel, info) not in regler:
                ud.gaelder_ikke(info, 'ydelse')
    return ud
