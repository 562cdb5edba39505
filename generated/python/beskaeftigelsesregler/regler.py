# Genereret af Regelsprog ud fra rules/. Ret ikke i filen: ret reglerne og kør `regel byg`.
# pyright: reportPrivateUsage=false
"""Reglerne: én funktion pr. regel, undtagelse og definition."""

from __future__ import annotations

from datetime import date
from typing import NamedTuple

from . import _runtime as rt
from ._runtime import DAG, Varighed, laeg_til, traek_fra
from . import model

# Reglerne, resultaterne kommer fra: udgaven (`regelsæt … udgave …`) og SHA-256 af regelfilerne.
REGELSAET: rt.Regelsaet = {'udgave': '1.0',
        'sha256': 'e8e38d1f78c2e99be4911ae47f4ba150af4438a46e04ed33e15a8b630c6885a9'}

# Datoer og varigheder fra reglerne
_6_UGER = Varighed(maaneder=0, dage=42)
_DATO_2019_07_01 = date(2019, 7, 1)
_DATO_2023_01_01 = date(2023, 1, 1)
_DATO_2024_01_01 = date(2024, 1, 1)
_1_AAR = Varighed(maaneder=12, dage=0)
_1_UGE = Varighed(maaneder=0, dage=7)
_8_UGER = Varighed(maaneder=0, dage=56)
_6_MAANEDER = Varighed(maaneder=6, dage=0)
_3_MAANEDER = Varighed(maaneder=3, dage=0)
_DATO_2023_12_31 = date(2023, 12, 31)
_16_MAANEDER = Varighed(maaneder=16, dage=0)
_DATO_2022_01_01 = date(2022, 1, 1)
_DATO_2022_12_31 = date(2022, 12, 31)
_1_MAANED = Varighed(maaneder=1, dage=0)
_4_UGER = Varighed(maaneder=0, dage=28)
_4_MAANEDER = Varighed(maaneder=4, dage=0)
_13_UGER = Varighed(maaneder=0, dage=91)


def definition_de_ni_maalgrupper(sag: model.Sag, skaeringsdato: date) -> bool:
    'En af de ni målgrupper for kontaktforløbet'
    return sag.ydelse in {'dagpenge', 'kontanthjælp', 'uddannelseshjælp', 'ledighedsydelse',
            'overgangsydelse', 'sygedagpenge', 'revalidering', 'ressourceforløb',
            'jobafklaringsforløb'}


def definition_maalgrupper_for_samtaleformen(sag: model.Sag, skaeringsdato: date) -> bool:
    'De ni målgrupper; overgangsydelse dog kun uden for integrationsprogrammet'
    return (definition_de_ni_maalgrupper(sag, skaeringsdato)
            and (not ((sag.ydelse == 'overgangsydelse') and sag.i_integrationsprogram)))


def definition_omfattet_af_indsatsen(sag: model.Sag, skaeringsdato: date) -> bool:
    'Enhver sag i beskæftigelsesindsatsen, uanset ydelse'
    return sag.ydelse in {'dagpenge', 'kontanthjælp', 'uddannelseshjælp', 'ledighedsydelse',
            'overgangsydelse', 'sygedagpenge', 'revalidering', 'ressourceforløb',
            'jobafklaringsforløb', 'førtidspension'}


def definition_taet_paa_arbejdsmarkedet(sag: model.Sag, skaeringsdato: date) -> bool:
    'Tæt på arbejdsmarkedet'
    return ((sag.ydelse == 'dagpenge')
            or ((sag.ydelse in {'kontanthjælp', 'overgangsydelse'})
                and (rt.kraev(sag.visitation, 'visitation') == 'jobparat'))
            or ((sag.ydelse == 'uddannelseshjælp')
                and (rt.kraev(sag.visitation, 'visitation') == 'åbenlyst_uddannelsesparat')))


def definition_aktiv_sag(sag: model.Sag, skaeringsdato: date) -> bool:
    'Aktiv sag på skæringsdatoen'
    return ((sag.forloebsstart <= skaeringsdato)
            and ((sag.forloebsslut is None) or (sag.forloebsslut >= skaeringsdato)))


def definition_med_jobcentret(element: model.Samtale, indeks: int, sag: model.Sag,
        skaeringsdato: date) -> bool:
    'Samtale med jobcentret (alene eller sammen med a-kassen)'
    return element.aktoer in {'jobcenter', 'fælles'}


def definition_med_a_kassen(element: model.Samtale, indeks: int, sag: model.Sag,
        skaeringsdato: date) -> bool:
    'Samtale med a-kassen'
    return element.aktoer == 'a_kasse'


def definition_faellessamtale(element: model.Samtale, indeks: int, sag: model.Sag,
        skaeringsdato: date) -> bool:
    'Fællessamtale med jobcenter og a-kasse'
    return element.aktoer == 'fælles'


def definition_oevo(element: model.Tilbud, indeks: int, sag: model.Sag,
        skaeringsdato: date) -> bool:
    'Øvrig vejledning og opkvalificering (LAB § 91)'
    return element.type == 'øvrig_vejledning_og_opkvalificering'


# P22 – Aftale om en forenklet beskæftigelsesindsats (KL's overblik), "Færre og mere enkle
# proceskrav"

_VERSIONER_mindre_intensiv_indsats = (
    rt.Version(fra=date(2019, 7, 1), til=None, vaerdier=None),
)

_INFO_mindre_intensiv_indsats = rt.Regel(navn='mindre_intensiv_indsats', bestemmelse='P22',
        titel=('Fritagelse ved overgang til job, fleksjob, barsel, efterløn, fleksydelse eller '
               'folkepension inden for seks uger'),
        kilde=("Aftale om en forenklet beskæftigelsesindsats (KL's overblik), Færre og mere enkle "
               "proceskrav"),
        id='P22.undtagelse', bestemmelser=('P22',), versioner=_VERSIONER_mindre_intensiv_indsats)


def undtagelse_mindre_intensiv_indsats(sag: model.Sag, skaeringsdato: date,
        dag: date) -> str | None:
    ('Fritagelse ved overgang til job, fleksjob, barsel, efterløn, fleksydelse eller folkepension '
     'inden for seks uger (None, når undtagelsen gælder for en pligt, der vurderes på `dag`; '
     'ellers hvorfor den ikke gør)')
    if not ((sag.fritagelse is not None)
            and (sag.fritagelse.overgang <= laeg_til(sag.fritagelse.fra, _6_UGER))):
        return 'betingelse'
    if sag.fritagelse.fra < _DATO_2019_07_01:
        return 'periode'
    if dag < sag.fritagelse.fra:
        return 'omfatter_ikke'
    return None


# P08a – Anden delaftale om nytænkning af beskæftigelsesindsatsen, "Udvidet mulighed for digitale
# samtaler"; Høringsnotat om lovforslaget der gennemfører anden delaftale, "2.1.1.2
# Opfølgningssamtaler"

_VERSIONER_sygemeldt_med_arbejdsgiver = (
    rt.Version(fra=date(2023, 1, 1), til=None, vaerdier=None),
)

_INFO_sygemeldt_med_arbejdsgiver = rt.Regel(navn='sygemeldt_med_arbejdsgiver', bestemmelse='P08a',
        titel='Sygemeldte med en arbejdsgiver kan holde første samtale over video eller telefon',
        kilde=('Anden delaftale om nytænkning af beskæftigelsesindsatsen, Udvidet mulighed for '
               'digitale samtaler; Høringsnotat om lovforslaget der gennemfører anden delaftale, '
               '2.1.1.2 Opfølgningssamtaler'),
        id='P08a.undtagelse', bestemmelser=('P08a',),
        versioner=_VERSIONER_sygemeldt_med_arbejdsgiver)


def undtagelse_sygemeldt_med_arbejdsgiver(sag: model.Sag, skaeringsdato: date,
        dag: date) -> str | None:
    ('Sygemeldte med en arbejdsgiver kan holde første samtale over video eller telefon (None, når '
     'undtagelsen gælder for en pligt, der vurderes på `dag`; ellers hvorfor den ikke gør)')
    if not ((sag.ydelse == 'sygedagpenge') and sag.har_arbejdsgiver):
        return 'betingelse'
    if dag < _DATO_2023_01_01:
        return 'periode'
    return None


# P21 – Anden delaftale om nytænkning af beskæftigelsesindsatsen, "Et forenklet kontaktforløb"

_VERSIONER_begrundet_afvisning_af_indstilling = (
    rt.Version(fra=date(2024, 1, 1), til=None, vaerdier=None),
)

_INFO_begrundet_afvisning_af_indstilling = rt.Regel(navn='begrundet_afvisning_af_indstilling',
        bestemmelse='P21', titel='Afvisning af a-kassens indstilling om et tilbud skal begrundes',
        kilde=('Anden delaftale om nytænkning af beskæftigelsesindsatsen, Et forenklet '
               'kontaktforløb'),
        id='P21.hver', bestemmelser=('P21',),
        versioner=_VERSIONER_begrundet_afvisning_af_indstilling)


def regel_begrundet_afvisning_af_indstilling(sag: model.Sag, skaeringsdato: date,
        ud: rt.Sagsresultat) -> None:
    'Afvisning af a-kassens indstilling om et tilbud skal begrundes'
    if sag.ydelse != 'dagpenge':
        if ud.forklar:
            ud.gaelder_ikke(_INFO_begrundet_afvisning_af_indstilling, 'betingelse')
        return
    for indeks, element in enumerate(sag.indstillinger):
        if element.dato > skaeringsdato:
            continue
        try:
            afgoerende = element.dato
            if afgoerende < _DATO_2024_01_01:
                if ud.forklar:
                    ud.gaelder_ikke(_INFO_begrundet_afvisning_af_indstilling, 'periode',
                            element=f'indstillinger[{indeks}]', afgoerende=afgoerende)
                continue
            if not element.afvist:
                continue
            if ud.forklar:
                ud.afgoerende_dato(_INFO_begrundet_afvisning_af_indstilling, afgoerende)
            dato = element.dato
            if not rt.udfyldt(element.begrundelse):
                ud.fund(_INFO_begrundet_afvisning_af_indstilling, 'overtrådt', 'hver_opfylder_ikke',
                        {'hvad': 'indstilling', 'dato': dato}, element=f'indstillinger[{indeks}]')
            elif ud.forklar:
                ud.fund(_INFO_begrundet_afvisning_af_indstilling, 'opfyldt', 'hver_opfylder',
                        {'hvad': 'indstilling', 'dato': dato}, element=f'indstillinger[{indeks}]')
        except rt.ManglendeData as fejl:
            ud.mangler(_INFO_begrundet_afvisning_af_indstilling, fejl)


# P20 – Anden delaftale om nytænkning af beskæftigelsesindsatsen, "Mere målrettede tilbud"; Anden
# delaftale om nytænkning af beskæftigelsesindsatsen, "Forenklinger af opfølgningen i skærpet
# tilsyn"; Høringsnotat om lovforslaget der gennemfører anden delaftale, "2.3 Forenkling af
# opfølgning i skærpet tilsyn"


class _Vaerdier_fokusmaal_aktive_tilbud(NamedTuple):
    mindsteandel: float
    loentimer: float
    oevo_taeller: bool

_VERSIONER_fokusmaal_aktive_tilbud = (
    rt.Version(fra=None, til=date(2022, 12, 31),
            vaerdier=_Vaerdier_fokusmaal_aktive_tilbud(0.8, 225, True)),
    rt.Version(fra=date(2023, 1, 1), til=None,
            vaerdier=_Vaerdier_fokusmaal_aktive_tilbud(0.7, 100, False)),
)

_INFO_fokusmaal_aktive_tilbud = rt.Regel(navn='fokusmål_aktive_tilbud', bestemmelse='P20',
        titel='Fokusmål: andelen af aktive sager med et aktivt tilbud inden for 12 måneder',
        kilde=('Anden delaftale om nytænkning af beskæftigelsesindsatsen, Mere målrettede tilbud; '
               'Anden delaftale om nytænkning af beskæftigelsesindsatsen, Forenklinger af '
               'opfølgningen i skærpet tilsyn; Høringsnotat om lovforslaget der gennemfører anden '
               'delaftale, 2.3 Forenkling af opfølgning i skærpet tilsyn'),
        id='P20.andel', bestemmelser=('P20',), versioner=_VERSIONER_fokusmaal_aktive_tilbud,
        vaerdinavne=('mindsteandel', 'løntimer', 'øvo_tæller'))


def regel_fokusmaal_aktive_tilbud(sag: model.Sag, skaeringsdato: date) -> tuple[bool, float] | None:
    ('Fokusmål: andelen af aktive sager med et aktivt tilbud inden for 12 måneder (None: sagen '
     'hører ikke til populationen; ellers om sagen tæller med, og den krævede andel)')
    if not definition_aktiv_sag(sag, skaeringsdato):
        return None
    afgoerende = skaeringsdato
    gaeldende = rt.version(_VERSIONER_fokusmaal_aktive_tilbud, afgoerende)
    if gaeldende is None:
        return None
    v = gaeldende.vaerdier
    return (
            (sum(1 for indeks, element in enumerate(sag.tilbud) if element.start <= skaeringsdato
                and rt.overlapper(element.start, element.slut, skaeringsdato,
                    traek_fra(skaeringsdato, _1_AAR) + DAG, skaeringsdato + DAG, 'tilbud', indeks)
                and ((not definition_oevo(element, indeks, sag, skaeringsdato)) or v.oevo_taeller
                    or (sag.ydelse == 'uddannelseshjælp') or sag.i_integrationsprogram)) >= 1)
            or ((sag.ydelse != 'dagpenge') and (sag.ordinaere_loentimer_12_mdr >= v.loentimer)),
            v.mindsteandel)


# P01 – Første delaftale om nytænkning af beskæftigelsesindsatsen, "Færre proceskrav for indsatsen";
# Hedensted Kommune: Ny forenklet beskæftigelsesindsats (udvalgsbilag), "Færre proceskrav til
# samtaleforløbet"; Aftale om en forenklet beskæftigelsesindsats (KL's overblik), "Færre og mere
# enkle proceskrav"

_VERSIONER_foerste_samtale_kontanthjaelp = (
    rt.Version(fra=date(2019, 7, 1), til=None, vaerdier=None),
)

_INFO_foerste_samtale_kontanthjaelp = rt.Regel(navn='første_samtale_kontanthjælp',
        bestemmelse='P01', titel='Første samtale senest en uge efter første henvendelse',
        kilde=("Første delaftale om nytænkning af beskæftigelsesindsatsen, Færre proceskrav for "
               "indsatsen; Hedensted Kommune: Ny forenklet beskæftigelsesindsats (udvalgsbilag), "
               "Færre proceskrav til samtaleforløbet; Aftale om en forenklet "
               "beskæftigelsesindsats (KL's overblik), Færre og mere enkle proceskrav"),
        id='P01.frist', bestemmelser=('P01',), versioner=_VERSIONER_foerste_samtale_kontanthjaelp)


def regel_foerste_samtale_kontanthjaelp(sag: model.Sag, skaeringsdato: date,
        ud: rt.Sagsresultat) -> None:
    'Første samtale senest en uge efter første henvendelse'
    if sag.ydelse not in {'kontanthjælp', 'uddannelseshjælp'}:
        if ud.forklar:
            ud.gaelder_ikke(_INFO_foerste_samtale_kontanthjaelp, 'betingelse')
        return
    afgoerende = rt.kraev(sag.foerste_henvendelse, 'første_henvendelse')
    if afgoerende < _DATO_2019_07_01:
        if ud.forklar:
            ud.gaelder_ikke(_INFO_foerste_samtale_kontanthjaelp, 'periode', afgoerende=afgoerende)
        return
    if ud.forklar:
        ud.afgoerende_dato(_INFO_foerste_samtale_kontanthjaelp, afgoerende)
    frist = laeg_til(afgoerende, _1_UGE)
    dato = min(
            (element.dato for indeks, element in enumerate(sag.samtaler)
                if element.dato <= skaeringsdato
                and definition_med_jobcentret(element, indeks, sag, skaeringsdato)),
            default=None)
    if ud.forklar:
        ud.elementer('samtaler',
                [indeks for indeks, element in enumerate(sag.samtaler)
                    if element.dato <= skaeringsdato
                    and definition_med_jobcentret(element, indeks, sag, skaeringsdato)
                    and element.dato == dato])
    if (dato is not None) and (dato > frist):
        ud.fund(_INFO_foerste_samtale_kontanthjaelp, 'overtrådt', 'frist_for_sent',
                {'hvad': 'første samtale', 'begynder': False, 'frist': frist, 'dato': dato},
                frist=frist)
    elif dato is not None:
        if ud.forklar:
            ud.fund(_INFO_foerste_samtale_kontanthjaelp, 'opfyldt', 'frist_rettidig',
                    {'hvad': 'første samtale', 'begynder': False, 'frist': frist, 'dato': dato})
    elif not rt.koerer(sag.forloebsslut, frist):
        if ud.forklar:
            ud.fund(_INFO_foerste_samtale_kontanthjaelp, 'ikke_omfattet', 'forloeb_sluttet',
                    {'hvad': 'første samtale', 'begynder': False, 'frist': frist})
    elif frist < skaeringsdato:
        ud.fund(_INFO_foerste_samtale_kontanthjaelp, 'overtrådt', 'frist_udeblevet',
                {'hvad': 'første samtale', 'begynder': False, 'frist': frist}, frist=frist)
    else:
        ud.fund(_INFO_foerste_samtale_kontanthjaelp, 'frist', 'frist_kommende',
                {'hvad': 'første samtale', 'begynder': False, 'frist': frist}, frist=frist)


# P02 – Hedensted Kommune: Ny forenklet beskæftigelsesindsats (udvalgsbilag), "Færre proceskrav til
# samtaleforløbet"; Aftale om en forenklet beskæftigelsesindsats (KL's overblik), "Færre og mere
# enkle proceskrav"

_VERSIONER_foerste_samtale_sygedagpenge = (
    rt.Version(fra=date(2019, 7, 1), til=None, vaerdier=None),
)

_INFO_foerste_samtale_sygedagpenge = rt.Regel(navn='første_samtale_sygedagpenge', bestemmelse='P02',
        titel='Første samtale senest ved udgangen af 8. sygefraværsuge',
        kilde=("Hedensted Kommune: Ny forenklet beskæftigelsesindsats (udvalgsbilag), Færre "
               "proceskrav til samtaleforløbet; Aftale om en forenklet beskæftigelsesindsats "
               "(KL's overblik), Færre og mere enkle proceskrav"),
        id='P02.frist', bestemmelser=('P02',), versioner=_VERSIONER_foerste_samtale_sygedagpenge)


def regel_foerste_samtale_sygedagpenge(sag: model.Sag, skaeringsdato: date,
        ud: rt.Sagsresultat) -> None:
    'Første samtale senest ved udgangen af 8. sygefraværsuge'
    if sag.ydelse != 'sygedagpenge':
        if ud.forklar:
            ud.gaelder_ikke(_INFO_foerste_samtale_sygedagpenge, 'betingelse')
        return
    afgoerende = (sag.foerste_fravaersdag if sag.foerste_fravaersdag is not None
            else sag.forloebsstart)
    if afgoerende < _DATO_2019_07_01:
        if ud.forklar:
            ud.gaelder_ikke(_INFO_foerste_samtale_sygedagpenge, 'periode', afgoerende=afgoerende)
        return
    if ud.forklar:
        ud.afgoerende_dato(_INFO_foerste_samtale_sygedagpenge, afgoerende)
    frist = laeg_til(afgoerende, _8_UGER) - DAG
    dato = min(
            (element.dato for indeks, element in enumerate(sag.samtaler)
                if element.dato <= skaeringsdato
                and definition_med_jobcentret(element, indeks, sag, skaeringsdato)),
            default=None)
    if ud.forklar:
        ud.elementer('samtaler',
                [indeks for indeks, element in enumerate(sag.samtaler)
                    if element.dato <= skaeringsdato
                    and definition_med_jobcentret(element, indeks, sag, skaeringsdato)
                    and element.dato == dato])
    if (dato is not None) and (dato > frist):
        ud.fund(_INFO_foerste_samtale_sygedagpenge, 'overtrådt', 'frist_for_sent',
                {'hvad': 'første samtale', 'begynder': False, 'frist': frist, 'dato': dato},
                frist=frist)
    elif dato is not None:
        if ud.forklar:
            ud.fund(_INFO_foerste_samtale_sygedagpenge, 'opfyldt', 'frist_rettidig',
                    {'hvad': 'første samtale', 'begynder': False, 'frist': frist, 'dato': dato})
    elif not rt.koerer(sag.forloebsslut, frist):
        if ud.forklar:
            ud.fund(_INFO_foerste_samtale_sygedagpenge, 'ikke_omfattet', 'forloeb_sluttet',
                    {'hvad': 'første samtale', 'begynder': False, 'frist': frist})
    elif frist < skaeringsdato:
        ud.fund(_INFO_foerste_samtale_sygedagpenge, 'overtrådt', 'frist_udeblevet',
                {'hvad': 'første samtale', 'begynder': False, 'frist': frist}, frist=frist)
    else:
        ud.fund(_INFO_foerste_samtale_sygedagpenge, 'frist', 'frist_kommende',
                {'hvad': 'første samtale', 'begynder': False, 'frist': frist}, frist=frist)


# P03 – Aftale om en forenklet beskæftigelsesindsats (KL's overblik), "Færre og mere enkle
# proceskrav"; Hedensted Kommune: Ny forenklet beskæftigelsesindsats (udvalgsbilag), "Færre
# proceskrav til samtaleforløbet"

_VERSIONER_samtaler_foerste_halve_aar = (
    rt.Version(fra=date(2019, 7, 1), til=None, vaerdier=None),
)

_INFO_samtaler_foerste_halve_aar = rt.Regel(navn='samtaler_første_halve_år', bestemmelse='P03',
        titel='Mindst fire samtaler med jobcentret i de første seks måneder',
        kilde=("Aftale om en forenklet beskæftigelsesindsats (KL's overblik), Færre og mere enkle "
               "proceskrav; Hedensted Kommune: Ny forenklet beskæftigelsesindsats (udvalgsbilag), "
               "Færre proceskrav til samtaleforløbet"),
        id='P03.antal', bestemmelser=('P03',), versioner=_VERSIONER_samtaler_foerste_halve_aar)


def regel_samtaler_foerste_halve_aar(sag: model.Sag, skaeringsdato: date,
        ud: rt.Sagsresultat) -> None:
    'Mindst fire samtaler med jobcentret i de første seks måneder'
    if not (definition_de_ni_maalgrupper(sag, skaeringsdato)
            and (not ((sag.ydelse == 'dagpenge') and (sag.forloebsstart >= _DATO_2024_01_01)))):
        if ud.forklar:
            ud.gaelder_ikke(_INFO_samtaler_foerste_halve_aar, 'betingelse')
        return
    afgoerende = sag.forloebsstart
    if afgoerende < _DATO_2019_07_01:
        if ud.forklar:
            ud.gaelder_ikke(_INFO_samtaler_foerste_halve_aar, 'periode', afgoerende=afgoerende)
        return
    if ud.forklar:
        ud.afgoerende_dato(_INFO_samtaler_foerste_halve_aar, afgoerende)
    start = sag.forloebsstart
    slut = laeg_til(start, _6_MAANEDER)
    sidste_dag = slut - DAG
    grund = undtagelse_mindre_intensiv_indsats(sag, skaeringsdato, sidste_dag)
    if grund is None:
        ud.undtaget(_INFO_samtaler_foerste_halve_aar, _INFO_mindre_intensiv_indsats)
        return
    if ud.forklar:
        ud.ikke_undtaget(_INFO_samtaler_foerste_halve_aar, _INFO_mindre_intensiv_indsats, grund)
    antal = sum(1 for indeks, element in enumerate(sag.samtaler) if element.dato <= skaeringsdato
            and start <= element.dato < slut
            and definition_med_jobcentret(element, indeks, sag, skaeringsdato))
    if ud.forklar:
        ud.elementer('samtaler',
                [indeks for indeks, element in enumerate(sag.samtaler)
                    if element.dato <= skaeringsdato and start <= element.dato < slut
                    and definition_med_jobcentret(element, indeks, sag, skaeringsdato)])
    if not rt.koerer(sag.forloebsslut, sidste_dag):
        if ud.forklar:
            ud.fund(_INFO_samtaler_foerste_halve_aar, 'ikke_omfattet', 'forloeb_sluttet',
                    {'start': start, 'frist': sidste_dag, 'antal': antal, 'krav': 4,
                        'ental': 'samtale', 'flertal': 'samtaler'})
    elif (sidste_dag < skaeringsdato) and (antal < 4):
        ud.fund(_INFO_samtaler_foerste_halve_aar, 'overtrådt', 'antal_for_faa',
                {'start': start, 'frist': sidste_dag, 'antal': antal, 'krav': 4, 'ental': 'samtale',
                    'flertal': 'samtaler'},
                frist=sidste_dag)
    elif sidste_dag < skaeringsdato:
        if ud.forklar:
            ud.fund(_INFO_samtaler_foerste_halve_aar, 'opfyldt', 'antal_naaet',
                    {'start': start, 'frist': sidste_dag, 'antal': antal, 'krav': 4,
                        'ental': 'samtale', 'flertal': 'samtaler'})
    else:
        ud.fund(_INFO_samtaler_foerste_halve_aar, 'frist', 'antal_kommende',
                {'start': start, 'frist': sidste_dag, 'antal': antal, 'krav': 4, 'ental': 'samtale',
                    'flertal': 'samtaler'},
                frist=sidste_dag, antal=antal)


# P05 – Anden delaftale om nytænkning af beskæftigelsesindsatsen, "Et forenklet kontaktforløb"

_VERSIONER_a_kasse_samtaler_foerste_tre_maaneder = (
    rt.Version(fra=date(2024, 1, 1), til=None, vaerdier=None),
)

_INFO_a_kasse_samtaler_foerste_tre_maaneder = rt.Regel(navn='a_kasse_samtaler_første_tre_måneder',
        bestemmelse='P05', titel='Dagpenge: mindst tre samtaler i a-kassen i de første tre måneder',
        kilde=('Anden delaftale om nytænkning af beskæftigelsesindsatsen, Et forenklet '
               'kontaktforløb'),
        id='P05.antal', bestemmelser=('P05',),
        versioner=_VERSIONER_a_kasse_samtaler_foerste_tre_maaneder)


def regel_a_kasse_samtaler_foerste_tre_maaneder(sag: model.Sag, skaeringsdato: date,
        ud: rt.Sagsresultat) -> None:
    'Dagpenge: mindst tre samtaler i a-kassen i de første tre måneder'
    if sag.ydelse != 'dagpenge':
        if ud.forklar:
            ud.gaelder_ikke(_INFO_a_kasse_samtaler_foerste_tre_maaneder, 'betingelse')
        return
    afgoerende = sag.forloebsstart
    if afgoerende < _DATO_2024_01_01:
        if ud.forklar:
            ud.gaelder_ikke(_INFO_a_kasse_samtaler_foerste_tre_maaneder, 'periode',
                    afgoerende=afgoerende)
        return
    if ud.forklar:
        ud.afgoerende_dato(_INFO_a_kasse_samtaler_foerste_tre_maaneder, afgoerende)
    start = sag.forloebsstart
    slut = laeg_til(start, _3_MAANEDER)
    sidste_dag = slut - DAG
    grund = undtagelse_mindre_intensiv_indsats(sag, skaeringsdato, sidste_dag)
    if grund is None:
        ud.undtaget(_INFO_a_kasse_samtaler_foerste_tre_maaneder, _INFO_mindre_intensiv_indsats)
        return
    if ud.forklar:
        ud.ikke_undtaget(_INFO_a_kasse_samtaler_foerste_tre_maaneder, _INFO_mindre_intensiv_indsats,
                grund)
    antal = sum(1 for indeks, element in enumerate(sag.samtaler) if element.dato <= skaeringsdato
            and start <= element.dato < slut
            and definition_med_a_kassen(element, indeks, sag, skaeringsdato))
    if ud.forklar:
        ud.elementer('samtaler',
                [indeks for indeks, element in enumerate(sag.samtaler)
                    if element.dato <= skaeringsdato and start <= element.dato < slut
                    and definition_med_a_kassen(element, indeks, sag, skaeringsdato)])
    if not rt.koerer(sag.forloebsslut, sidste_dag):
        if ud.forklar:
            ud.fund(_INFO_a_kasse_samtaler_foerste_tre_maaneder, 'ikke_omfattet', 'forloeb_sluttet',
                    {'start': start, 'frist': sidste_dag, 'antal': antal, 'krav': 3,
                        'ental': 'samtale', 'flertal': 'samtaler'})
    elif (sidste_dag < skaeringsdato) and (antal < 3):
        ud.fund(_INFO_a_kasse_samtaler_foerste_tre_maaneder, 'overtrådt', 'antal_for_faa',
                {'start': start, 'frist': sidste_dag, 'antal': antal, 'krav': 3, 'ental': 'samtale',
                    'flertal': 'samtaler'},
                frist=sidste_dag)
    elif sidste_dag < skaeringsdato:
        if ud.forklar:
            ud.fund(_INFO_a_kasse_samtaler_foerste_tre_maaneder, 'opfyldt', 'antal_naaet',
                    {'start': start, 'frist': sidste_dag, 'antal': antal, 'krav': 3,
                        'ental': 'samtale', 'flertal': 'samtaler'})
    else:
        ud.fund(_INFO_a_kasse_samtaler_foerste_tre_maaneder, 'frist', 'antal_kommende',
                {'start': start, 'frist': sidste_dag, 'antal': antal, 'krav': 3, 'ental': 'samtale',
                    'flertal': 'samtaler'},
                frist=sidste_dag, antal=antal)


# P05 – Anden delaftale om nytænkning af beskæftigelsesindsatsen, "Et forenklet kontaktforløb"

_VERSIONER_jobcenter_samtaler_maaned_fire_til_seks = (
    rt.Version(fra=date(2024, 1, 1), til=None, vaerdier=None),
)

_INFO_jobcenter_samtaler_maaned_fire_til_seks = rt.Regel(
        navn='jobcenter_samtaler_måned_fire_til_seks', bestemmelse='P05',
        titel='Dagpenge: mindst tre samtaler i jobcentret i måned fire til seks',
        kilde=('Anden delaftale om nytænkning af beskæftigelsesindsatsen, Et forenklet '
               'kontaktforløb'),
        id='P05.antal.2', bestemmelser=('P05',),
        versioner=_VERSIONER_jobcenter_samtaler_maaned_fire_til_seks)


def regel_jobcenter_samtaler_maaned_fire_til_seks(sag: model.Sag, skaeringsdato: date,
        ud: rt.Sagsresultat) -> None:
    'Dagpenge: mindst tre samtaler i jobcentret i måned fire til seks'
    if sag.ydelse != 'dagpenge':
        if ud.forklar:
            ud.gaelder_ikke(_INFO_jobcenter_samtaler_maaned_fire_til_seks, 'betingelse')
        return
    afgoerende = sag.forloebsstart
    if afgoerende < _DATO_2024_01_01:
        if ud.forklar:
            ud.gaelder_ikke(_INFO_jobcenter_samtaler_maaned_fire_til_seks, 'periode',
                    afgoerende=afgoerende)
        return
    if ud.forklar:
        ud.afgoerende_dato(_INFO_jobcenter_samtaler_maaned_fire_til_seks, afgoerende)
    start = laeg_til(sag.forloebsstart, _3_MAANEDER)
    slut = laeg_til(sag.forloebsstart, _6_MAANEDER)
    sidste_dag = slut - DAG
    grund = undtagelse_mindre_intensiv_indsats(sag, skaeringsdato, sidste_dag)
    if grund is None:
        ud.undtaget(_INFO_jobcenter_samtaler_maaned_fire_til_seks, _INFO_mindre_intensiv_indsats)
        return
    if ud.forklar:
        ud.ikke_undtaget(_INFO_jobcenter_samtaler_maaned_fire_til_seks,
                _INFO_mindre_intensiv_indsats, grund)
    antal = sum(1 for indeks, element in enumerate(sag.samtaler) if element.dato <= skaeringsdato
            and start <= element.dato < slut
            and definition_med_jobcentret(element, indeks, sag, skaeringsdato))
    if ud.forklar:
        ud.elementer('samtaler',
                [indeks for indeks, element in enumerate(sag.samtaler)
                    if element.dato <= skaeringsdato and start <= element.dato < slut
                    and definition_med_jobcentret(element, indeks, sag, skaeringsdato)])
    if not rt.koerer(sag.forloebsslut, sidste_dag):
        if ud.forklar:
            ud.fund(_INFO_jobcenter_samtaler_maaned_fire_til_seks, 'ikke_omfattet',
                    'forloeb_sluttet',
                    {'start': start, 'frist': sidste_dag, 'antal': antal, 'krav': 3,
                        'ental': 'samtale', 'flertal': 'samtaler'})
    elif (sidste_dag < skaeringsdato) and (antal < 3):
        ud.fund(_INFO_jobcenter_samtaler_maaned_fire_til_seks, 'overtrådt', 'antal_for_faa',
                {'start': start, 'frist': sidste_dag, 'antal': antal, 'krav': 3, 'ental': 'samtale',
                    'flertal': 'samtaler'},
                frist=sidste_dag)
    elif sidste_dag < skaeringsdato:
        if ud.forklar:
            ud.fund(_INFO_jobcenter_samtaler_maaned_fire_til_seks, 'opfyldt', 'antal_naaet',
                    {'start': start, 'frist': sidste_dag, 'antal': antal, 'krav': 3,
                        'ental': 'samtale', 'flertal': 'samtaler'})
    else:
        ud.fund(_INFO_jobcenter_samtaler_maaned_fire_til_seks, 'frist', 'antal_kommende',
                {'start': start, 'frist': sidste_dag, 'antal': antal, 'krav': 3, 'ental': 'samtale',
                    'flertal': 'samtaler'},
                frist=sidste_dag, antal=antal)


# P06 – Hedensted Kommune: Ny forenklet beskæftigelsesindsats (udvalgsbilag), "Færre proceskrav til
# samtaleforløbet"

_VERSIONER_foerste_faellessamtale = (
    rt.Version(fra=date(2019, 7, 1), til=date(2023, 12, 31), vaerdier=None),
)

_INFO_foerste_faellessamtale = rt.Regel(navn='første_fællessamtale', bestemmelse='P06',
        titel='Dagpenge: en fællessamtale i de første tre måneder',
        kilde=('Hedensted Kommune: Ny forenklet beskæftigelsesindsats (udvalgsbilag), Færre '
               'proceskrav til samtaleforløbet'),
        id='P06.antal', bestemmelser=('P06',), versioner=_VERSIONER_foerste_faellessamtale)


def regel_foerste_faellessamtale(sag: model.Sag, skaeringsdato: date, ud: rt.Sagsresultat) -> None:
    'Dagpenge: en fællessamtale i de første tre måneder'
    if sag.ydelse != 'dagpenge':
        if ud.forklar:
            ud.gaelder_ikke(_INFO_foerste_faellessamtale, 'betingelse')
        return
    afgoerende = sag.forloebsstart
    if afgoerende < _DATO_2019_07_01 or afgoerende > _DATO_2023_12_31:
        if ud.forklar:
            ud.gaelder_ikke(_INFO_foerste_faellessamtale, 'periode', afgoerende=afgoerende)
        return
    if ud.forklar:
        ud.afgoerende_dato(_INFO_foerste_faellessamtale, afgoerende)
    start = sag.forloebsstart
    slut = laeg_til(start, _3_MAANEDER)
    sidste_dag = slut - DAG
    grund = undtagelse_mindre_intensiv_indsats(sag, skaeringsdato, sidste_dag)
    if grund is None:
        ud.undtaget(_INFO_foerste_faellessamtale, _INFO_mindre_intensiv_indsats)
        return
    if ud.forklar:
        ud.ikke_undtaget(_INFO_foerste_faellessamtale, _INFO_mindre_intensiv_indsats, grund)
    antal = sum(1 for indeks, element in enumerate(sag.samtaler) if element.dato <= skaeringsdato
            and start <= element.dato < slut
            and definition_faellessamtale(element, indeks, sag, skaeringsdato))
    if ud.forklar:
        ud.elementer('samtaler',
                [indeks for indeks, element in enumerate(sag.samtaler)
                    if element.dato <= skaeringsdato and start <= element.dato < slut
                    and definition_faellessamtale(element, indeks, sag, skaeringsdato)])
    if not rt.koerer(sag.forloebsslut, sidste_dag):
        if ud.forklar:
            ud.fund(_INFO_foerste_faellessamtale, 'ikke_omfattet', 'forloeb_sluttet',
                    {'start': start, 'frist': sidste_dag, 'antal': antal, 'krav': 1,
                        'ental': 'samtale', 'flertal': 'samtaler'})
    elif (sidste_dag < skaeringsdato) and (antal < 1):
        ud.fund(_INFO_foerste_faellessamtale, 'overtrådt', 'antal_for_faa',
                {'start': start, 'frist': sidste_dag, 'antal': antal, 'krav': 1, 'ental': 'samtale',
                    'flertal': 'samtaler'},
                frist=sidste_dag)
    elif sidste_dag < skaeringsdato:
        if ud.forklar:
            ud.fund(_INFO_foerste_faellessamtale, 'opfyldt', 'antal_naaet',
                    {'start': start, 'frist': sidste_dag, 'antal': antal, 'krav': 1,
                        'ental': 'samtale', 'flertal': 'samtaler'})
    else:
        ud.fund(_INFO_foerste_faellessamtale, 'frist', 'antal_kommende',
                {'start': start, 'frist': sidste_dag, 'antal': antal, 'krav': 1, 'ental': 'samtale',
                    'flertal': 'samtaler'},
                frist=sidste_dag, antal=antal)


# P06 – Hedensted Kommune: Ny forenklet beskæftigelsesindsats (udvalgsbilag), "Færre proceskrav til
# samtaleforløbet"

_VERSIONER_anden_faellessamtale = (
    rt.Version(fra=date(2019, 7, 1), til=date(2023, 12, 31), vaerdier=None),
)

_INFO_anden_faellessamtale = rt.Regel(navn='anden_fællessamtale', bestemmelse='P06',
        titel='Dagpenge: en fællessamtale i måned fire til seks',
        kilde=('Hedensted Kommune: Ny forenklet beskæftigelsesindsats (udvalgsbilag), Færre '
               'proceskrav til samtaleforløbet'),
        id='P06.antal.2', bestemmelser=('P06',), versioner=_VERSIONER_anden_faellessamtale)


def regel_anden_faellessamtale(sag: model.Sag, skaeringsdato: date, ud: rt.Sagsresultat) -> None:
    'Dagpenge: en fællessamtale i måned fire til seks'
    if sag.ydelse != 'dagpenge':
        if ud.forklar:
            ud.gaelder_ikke(_INFO_anden_faellessamtale, 'betingelse')
        return
    afgoerende = sag.forloebsstart
    if afgoerende < _DATO_2019_07_01 or afgoerende > _DATO_2023_12_31:
        if ud.forklar:
            ud.gaelder_ikke(_INFO_anden_faellessamtale, 'periode', afgoerende=afgoerende)
        return
    if ud.forklar:
        ud.afgoerende_dato(_INFO_anden_faellessamtale, afgoerende)
    start = laeg_til(sag.forloebsstart, _3_MAANEDER)
    slut = laeg_til(sag.forloebsstart, _6_MAANEDER)
    sidste_dag = slut - DAG
    grund = undtagelse_mindre_intensiv_indsats(sag, skaeringsdato, sidste_dag)
    if grund is None:
        ud.undtaget(_INFO_anden_faellessamtale, _INFO_mindre_intensiv_indsats)
        return
    if ud.forklar:
        ud.ikke_undtaget(_INFO_anden_faellessamtale, _INFO_mindre_intensiv_indsats, grund)
    antal = sum(1 for indeks, element in enumerate(sag.samtaler) if element.dato <= skaeringsdato
            and start <= element.dato < slut
            and definition_faellessamtale(element, indeks, sag, skaeringsdato))
    if ud.forklar:
        ud.elementer('samtaler',
                [indeks for indeks, element in enumerate(sag.samtaler)
                    if element.dato <= skaeringsdato and start <= element.dato < slut
                    and definition_faellessamtale(element, indeks, sag, skaeringsdato)])
    if not rt.koerer(sag.forloebsslut, sidste_dag):
        if ud.forklar:
            ud.fund(_INFO_anden_faellessamtale, 'ikke_omfattet', 'forloeb_sluttet',
                    {'start': start, 'frist': sidste_dag, 'antal': antal, 'krav': 1,
                        'ental': 'samtale', 'flertal': 'samtaler'})
    elif (sidste_dag < skaeringsdato) and (antal < 1):
        ud.fund(_INFO_anden_faellessamtale, 'overtrådt', 'antal_for_faa',
                {'start': start, 'frist': sidste_dag, 'antal': antal, 'krav': 1, 'ental': 'samtale',
                    'flertal': 'samtaler'},
                frist=sidste_dag)
    elif sidste_dag < skaeringsdato:
        if ud.forklar:
            ud.fund(_INFO_anden_faellessamtale, 'opfyldt', 'antal_naaet',
                    {'start': start, 'frist': sidste_dag, 'antal': antal, 'krav': 1,
                        'ental': 'samtale', 'flertal': 'samtaler'})
    else:
        ud.fund(_INFO_anden_faellessamtale, 'frist', 'antal_kommende',
                {'start': start, 'frist': sidste_dag, 'antal': antal, 'krav': 1, 'ental': 'samtale',
                    'flertal': 'samtaler'},
                frist=sidste_dag, antal=antal)


# P07 – Hedensted Kommune: Ny forenklet beskæftigelsesindsats (udvalgsbilag), "Færre proceskrav til
# samtaleforløbet"; Høringsnotat om lovforslaget der gennemfører anden delaftale, "2.1.1
# Jobsamtaler, rådighedssamtaler og opfølgningssamtaler (§ 32, stk. 2)"

_VERSIONER_faellessamtale_efter_seks_maaneder = (
    rt.Version(fra=date(2019, 7, 1), til=None, vaerdier=None),
)

_INFO_faellessamtale_efter_seks_maaneder = rt.Regel(navn='fællessamtale_efter_seks_måneder',
        bestemmelse='P07',
        titel='Dagpenge: en fællessamtale senere end seks måneder og senest 16 måneder efter start',
        kilde=('Hedensted Kommune: Ny forenklet beskæftigelsesindsats (udvalgsbilag), Færre '
               'proceskrav til samtaleforløbet; Høringsnotat om lovforslaget der gennemfører '
               'anden delaftale, 2.1.1 Jobsamtaler, rådighedssamtaler og opfølgningssamtaler (§ '
               '32, stk. 2)'),
        id='P07.antal', bestemmelser=('P07',),
        versioner=_VERSIONER_faellessamtale_efter_seks_maaneder)


def regel_faellessamtale_efter_seks_maaneder(sag: model.Sag, skaeringsdato: date,
        ud: rt.Sagsresultat) -> None:
    'Dagpenge: en fællessamtale senere end seks måneder og senest 16 måneder efter start'
    if sag.ydelse != 'dagpenge':
        if ud.forklar:
            ud.gaelder_ikke(_INFO_faellessamtale_efter_seks_maaneder, 'betingelse')
        return
    afgoerende = sag.forloebsstart
    if afgoerende < _DATO_2019_07_01:
        if ud.forklar:
            ud.gaelder_ikke(_INFO_faellessamtale_efter_seks_maaneder, 'periode',
                    afgoerende=afgoerende)
        return
    if ud.forklar:
        ud.afgoerende_dato(_INFO_faellessamtale_efter_seks_maaneder, afgoerende)
    start = laeg_til(sag.forloebsstart, _6_MAANEDER)
    slut = laeg_til(sag.forloebsstart, _16_MAANEDER) + DAG
    sidste_dag = slut - DAG
    grund = undtagelse_mindre_intensiv_indsats(sag, skaeringsdato, sidste_dag)
    if grund is None:
        ud.undtaget(_INFO_faellessamtale_efter_seks_maaneder, _INFO_mindre_intensiv_indsats)
        return
    if ud.forklar:
        ud.ikke_undtaget(_INFO_faellessamtale_efter_seks_maaneder, _INFO_mindre_intensiv_indsats,
                grund)
    antal = sum(1 for indeks, element in enumerate(sag.samtaler) if element.dato <= skaeringsdato
            and start <= element.dato < slut
            and (definition_faellessamtale(element, indeks, sag, skaeringsdato)
                and (element.dato > start)))
    if ud.forklar:
        ud.elementer('samtaler',
                [indeks for indeks, element in enumerate(sag.samtaler)
                    if element.dato <= skaeringsdato and start <= element.dato < slut
                    and (definition_faellessamtale(element, indeks, sag, skaeringsdato)
                        and (element.dato > start))])
    if not rt.koerer(sag.forloebsslut, sidste_dag):
        if ud.forklar:
            ud.fund(_INFO_faellessamtale_efter_seks_maaneder, 'ikke_omfattet', 'forloeb_sluttet',
                    {'start': start, 'frist': sidste_dag, 'antal': antal, 'krav': 1,
                        'ental': 'samtale', 'flertal': 'samtaler'})
    elif (sidste_dag < skaeringsdato) and (antal < 1):
        ud.fund(_INFO_faellessamtale_efter_seks_maaneder, 'overtrådt', 'antal_for_faa',
                {'start': start, 'frist': sidste_dag, 'antal': antal, 'krav': 1, 'ental': 'samtale',
                    'flertal': 'samtaler'},
                frist=sidste_dag)
    elif sidste_dag < skaeringsdato:
        if ud.forklar:
            ud.fund(_INFO_faellessamtale_efter_seks_maaneder, 'opfyldt', 'antal_naaet',
                    {'start': start, 'frist': sidste_dag, 'antal': antal, 'krav': 1,
                        'ental': 'samtale', 'flertal': 'samtaler'})
    else:
        ud.fund(_INFO_faellessamtale_efter_seks_maaneder, 'frist', 'antal_kommende',
                {'start': start, 'frist': sidste_dag, 'antal': antal, 'krav': 1, 'ental': 'samtale',
                    'flertal': 'samtaler'},
                frist=sidste_dag, antal=antal)


# P08 – Anden delaftale om nytænkning af beskæftigelsesindsatsen, "Udvidet mulighed for digitale
# samtaler"; Høringsnotat om lovforslaget der gennemfører anden delaftale, "2.1.1 Jobsamtaler,
# rådighedssamtaler og opfølgningssamtaler (§ 33, stk. 1)"

_VERSIONER_foerste_samtale_ved_fremmoede = (
    rt.Version(fra=date(2023, 1, 1), til=None, vaerdier=None),
)

_INFO_foerste_samtale_ved_fremmoede = rt.Regel(navn='første_samtale_ved_fremmøde',
        bestemmelse='P08', titel='Første samtale med jobcentret holdes ved personligt fremmøde',
        kilde=('Anden delaftale om nytænkning af beskæftigelsesindsatsen, Udvidet mulighed for '
               'digitale samtaler; Høringsnotat om lovforslaget der gennemfører anden delaftale, '
               '2.1.1 Jobsamtaler, rådighedssamtaler og opfølgningssamtaler (§ 33, stk. 1)'),
        id='P08.hver', bestemmelser=('P08',), versioner=_VERSIONER_foerste_samtale_ved_fremmoede)


def regel_foerste_samtale_ved_fremmoede(sag: model.Sag, skaeringsdato: date,
        ud: rt.Sagsresultat) -> None:
    'Første samtale med jobcentret holdes ved personligt fremmøde'
    if not (definition_maalgrupper_for_samtaleformen(sag, skaeringsdato)
            or (sag.ydelse == 'førtidspension')):
        if ud.forklar:
            ud.gaelder_ikke(_INFO_foerste_samtale_ved_fremmoede, 'betingelse')
        return
    foerste = None
    samme_dag = []
    for indeks, element in enumerate(sag.samtaler):
        if not (element.dato <= skaeringsdato
                and definition_med_jobcentret(element, indeks, sag, skaeringsdato)):
            continue
        if foerste is None or element.dato < foerste:
            foerste, samme_dag = element.dato, [(indeks, element)]
        elif element.dato == foerste:
            samme_dag.append((indeks, element))
    if foerste is None:
        if ud.forklar:
            ud.gaelder_ikke(_INFO_foerste_samtale_ved_fremmoede, 'ingen')
        return
    indeks, element = next(
            ((nummer, kandidat) for nummer, kandidat in samme_dag if (kandidat.form == 'fremmøde')),
            samme_dag[0])
    afgoerende = element.dato
    if afgoerende < _DATO_2023_01_01:
        if ud.forklar:
            ud.gaelder_ikke(_INFO_foerste_samtale_ved_fremmoede, 'periode',
                    element=f'samtaler[{indeks}]', afgoerende=afgoerende)
        return
    if ud.forklar:
        ud.afgoerende_dato(_INFO_foerste_samtale_ved_fremmoede, afgoerende)
    dato = element.dato
    grund = undtagelse_sygemeldt_med_arbejdsgiver(sag, skaeringsdato, dato)
    if grund is None:
        ud.undtaget(_INFO_foerste_samtale_ved_fremmoede, _INFO_sygemeldt_med_arbejdsgiver,
                element=f'samtaler[{indeks}]')
        return
    if ud.forklar:
        ud.ikke_undtaget(_INFO_foerste_samtale_ved_fremmoede, _INFO_sygemeldt_med_arbejdsgiver,
                grund, element=f'samtaler[{indeks}]')
    if not (element.form == 'fremmøde'):
        ud.fund(_INFO_foerste_samtale_ved_fremmoede, 'overtrådt', 'hver_opfylder_ikke',
                {'hvad': 'samtale', 'dato': dato}, element=f'samtaler[{indeks}]')
    elif ud.forklar:
        ud.fund(_INFO_foerste_samtale_ved_fremmoede, 'opfyldt', 'hver_opfylder',
                {'hvad': 'samtale', 'dato': dato}, element=f'samtaler[{indeks}]')


# P08 – Anden delaftale om nytænkning af beskæftigelsesindsatsen, "Udvidet mulighed for digitale
# samtaler"; Høringsnotat om lovforslaget der gennemfører anden delaftale, "2.1.1 Jobsamtaler,
# rådighedssamtaler og opfølgningssamtaler (§ 33, stk. 1)"

_VERSIONER_foerste_a_kasse_samtale_ved_fremmoede = (
    rt.Version(fra=date(2023, 1, 1), til=None, vaerdier=None),
)

_INFO_foerste_a_kasse_samtale_ved_fremmoede = rt.Regel(navn='første_a_kasse_samtale_ved_fremmøde',
        bestemmelse='P08',
        titel='Dagpenge: første samtale i a-kassen holdes ved personligt fremmøde',
        kilde=('Anden delaftale om nytænkning af beskæftigelsesindsatsen, Udvidet mulighed for '
               'digitale samtaler; Høringsnotat om lovforslaget der gennemfører anden delaftale, '
               '2.1.1 Jobsamtaler, rådighedssamtaler og opfølgningssamtaler (§ 33, stk. 1)'),
        id='P08.hver.2', bestemmelser=('P08',),
        versioner=_VERSIONER_foerste_a_kasse_samtale_ved_fremmoede)


def regel_foerste_a_kasse_samtale_ved_fremmoede(sag: model.Sag, skaeringsdato: date,
        ud: rt.Sagsresultat) -> None:
    'Dagpenge: første samtale i a-kassen holdes ved personligt fremmøde'
    if sag.ydelse != 'dagpenge':
        if ud.forklar:
            ud.gaelder_ikke(_INFO_foerste_a_kasse_samtale_ved_fremmoede, 'betingelse')
        return
    foerste = None
    samme_dag = []
    for indeks, element in enumerate(sag.samtaler):
        if not (element.dato <= skaeringsdato
                and definition_med_a_kassen(element, indeks, sag, skaeringsdato)):
            continue
        if foerste is None or element.dato < foerste:
            foerste, samme_dag = element.dato, [(indeks, element)]
        elif element.dato == foerste:
            samme_dag.append((indeks, element))
    if foerste is None:
        if ud.forklar:
            ud.gaelder_ikke(_INFO_foerste_a_kasse_samtale_ved_fremmoede, 'ingen')
        return
    indeks, element = next(
            ((nummer, kandidat) for nummer, kandidat in samme_dag if (kandidat.form == 'fremmøde')),
            samme_dag[0])
    afgoerende = element.dato
    if afgoerende < _DATO_2023_01_01:
        if ud.forklar:
            ud.gaelder_ikke(_INFO_foerste_a_kasse_samtale_ved_fremmoede, 'periode',
                    element=f'samtaler[{indeks}]', afgoerende=afgoerende)
        return
    if ud.forklar:
        ud.afgoerende_dato(_INFO_foerste_a_kasse_samtale_ved_fremmoede, afgoerende)
    dato = element.dato
    if not (element.form == 'fremmøde'):
        ud.fund(_INFO_foerste_a_kasse_samtale_ved_fremmoede, 'overtrådt', 'hver_opfylder_ikke',
                {'hvad': 'samtale', 'dato': dato}, element=f'samtaler[{indeks}]')
    elif ud.forklar:
        ud.fund(_INFO_foerste_a_kasse_samtale_ved_fremmoede, 'opfyldt', 'hver_opfylder',
                {'hvad': 'samtale', 'dato': dato}, element=f'samtaler[{indeks}]')


# P09 – Første delaftale om nytænkning af beskæftigelsesindsatsen, "Samtaler over video eller
# telefon"

_VERSIONER_fremmoede_foerste_seks_maaneder_2022 = (
    rt.Version(fra=date(2022, 1, 1), til=date(2022, 12, 31), vaerdier=None),
)

_INFO_fremmoede_foerste_seks_maaneder_2022 = rt.Regel(navn='fremmøde_første_seks_måneder_2022',
        bestemmelse='P09', titel='Samtaler i de første seks måneder holdes ved fremmøde (2022)',
        kilde=('Første delaftale om nytænkning af beskæftigelsesindsatsen, Samtaler over video '
               'eller telefon'),
        id='P09.hver', bestemmelser=('P09',),
        versioner=_VERSIONER_fremmoede_foerste_seks_maaneder_2022)


def regel_fremmoede_foerste_seks_maaneder_2022(sag: model.Sag, skaeringsdato: date,
        ud: rt.Sagsresultat) -> None:
    'Samtaler i de første seks måneder holdes ved fremmøde (2022)'
    if not definition_maalgrupper_for_samtaleformen(sag, skaeringsdato):
        if ud.forklar:
            ud.gaelder_ikke(_INFO_fremmoede_foerste_seks_maaneder_2022, 'betingelse')
        return
    for indeks, element in enumerate(sag.samtaler):
        if element.dato > skaeringsdato:
            continue
        try:
            afgoerende = element.dato
            if afgoerende < _DATO_2022_01_01 or afgoerende > _DATO_2022_12_31:
                if ud.forklar:
                    ud.gaelder_ikke(_INFO_fremmoede_foerste_seks_maaneder_2022, 'periode',
                            element=f'samtaler[{indeks}]', afgoerende=afgoerende)
                continue
            if element.dato >= laeg_til(sag.forloebsstart, _6_MAANEDER):
                continue
            if ud.forklar:
                ud.afgoerende_dato(_INFO_fremmoede_foerste_seks_maaneder_2022, afgoerende)
            dato = element.dato
            if not (element.form == 'fremmøde'):
                ud.fund(_INFO_fremmoede_foerste_seks_maaneder_2022, 'overtrådt',
                        'hver_opfylder_ikke', {'hvad': 'samtale', 'dato': dato},
                        element=f'samtaler[{indeks}]')
            elif ud.forklar:
                ud.fund(_INFO_fremmoede_foerste_seks_maaneder_2022, 'opfyldt', 'hver_opfylder',
                        {'hvad': 'samtale', 'dato': dato}, element=f'samtaler[{indeks}]')
        except rt.ManglendeData as fejl:
            ud.mangler(_INFO_fremmoede_foerste_seks_maaneder_2022, fejl)


# P11 – Høringsnotat om lovforslaget der gennemfører anden delaftale, "2.1.1.2 Opfølgningssamtaler";
# Høringsnotat om lovforslaget der gennemfører anden delaftale, "2.1.1 Jobsamtaler,
# rådighedssamtaler og opfølgningssamtaler"

_VERSIONER_ingen_samtaler_pr_brev = (
    rt.Version(fra=date(2023, 1, 1), til=None, vaerdier=None),
)

_INFO_ingen_samtaler_pr_brev = rt.Regel(navn='ingen_samtaler_pr_brev', bestemmelse='P11',
        titel='Ingen samtaler pr. brev',
        kilde=('Høringsnotat om lovforslaget der gennemfører anden delaftale, 2.1.1.2 '
               'Opfølgningssamtaler; Høringsnotat om lovforslaget der gennemfører anden '
               'delaftale, 2.1.1 Jobsamtaler, rådighedssamtaler og opfølgningssamtaler'),
        id='P11.forbud', bestemmelser=('P11',), versioner=_VERSIONER_ingen_samtaler_pr_brev)


def regel_ingen_samtaler_pr_brev(sag: model.Sag, skaeringsdato: date, ud: rt.Sagsresultat) -> None:
    'Ingen samtaler pr. brev'
    if not definition_omfattet_af_indsatsen(sag, skaeringsdato):
        if ud.forklar:
            ud.gaelder_ikke(_INFO_ingen_samtaler_pr_brev, 'betingelse')
        return
    for indeks, element in enumerate(sag.samtaler):
        if element.dato > skaeringsdato:
            continue
        try:
            afgoerende = element.dato
            if afgoerende < _DATO_2023_01_01:
                if ud.forklar:
                    ud.gaelder_ikke(_INFO_ingen_samtaler_pr_brev, 'periode',
                            element=f'samtaler[{indeks}]', afgoerende=afgoerende)
                continue
            if ud.forklar:
                ud.afgoerende_dato(_INFO_ingen_samtaler_pr_brev, afgoerende)
            dato = element.dato
            if element.form == 'brev':
                ud.fund(_INFO_ingen_samtaler_pr_brev, 'overtrådt', 'forbud_overtraadt',
                        {'hvad': 'samtale', 'dato': dato}, element=f'samtaler[{indeks}]')
            elif ud.forklar:
                ud.fund(_INFO_ingen_samtaler_pr_brev, 'opfyldt', 'forbud_overholdt',
                        {'hvad': 'samtale', 'dato': dato}, element=f'samtaler[{indeks}]')
        except rt.ManglendeData as fejl:
            ud.mangler(_INFO_ingen_samtaler_pr_brev, fejl)


# P12 – Første delaftale om nytænkning af beskæftigelsesindsatsen, "Færre proceskrav for indsatsen"

_VERSIONER_foerste_tilbud_inden_for_en_maaned = (
    rt.Version(fra=date(2019, 7, 1), til=None, vaerdier=None),
)

_INFO_foerste_tilbud_inden_for_en_maaned = rt.Regel(navn='første_tilbud_inden_for_en_måned',
        bestemmelse='P12', titel='Første tilbud inden for den første måned',
        kilde=('Første delaftale om nytænkning af beskæftigelsesindsatsen, Færre proceskrav for '
               'indsatsen'),
        id='P12.frist', bestemmelser=('P12',),
        versioner=_VERSIONER_foerste_tilbud_inden_for_en_maaned)


def regel_foerste_tilbud_inden_for_en_maaned(sag: model.Sag, skaeringsdato: date,
        ud: rt.Sagsresultat) -> None:
    'Første tilbud inden for den første måned'
    if sag.ydelse != 'uddannelseshjælp':
        if ud.forklar:
            ud.gaelder_ikke(_INFO_foerste_tilbud_inden_for_en_maaned, 'betingelse')
        return
    afgoerende = sag.forloebsstart
    if afgoerende < _DATO_2019_07_01:
        if ud.forklar:
            ud.gaelder_ikke(_INFO_foerste_tilbud_inden_for_en_maaned, 'periode',
                    afgoerende=afgoerende)
        return
    if ud.forklar:
        ud.afgoerende_dato(_INFO_foerste_tilbud_inden_for_en_maaned, afgoerende)
    frist = laeg_til(sag.forloebsstart, _1_MAANED) - DAG
    grund = undtagelse_mindre_intensiv_indsats(sag, skaeringsdato, frist)
    if grund is None:
        ud.undtaget(_INFO_foerste_tilbud_inden_for_en_maaned, _INFO_mindre_intensiv_indsats)
        return
    if ud.forklar:
        ud.ikke_undtaget(_INFO_foerste_tilbud_inden_for_en_maaned, _INFO_mindre_intensiv_indsats,
                grund)
    dato = min((element.start for element in sag.tilbud if element.start <= skaeringsdato),
            default=None)
    if ud.forklar:
        ud.elementer('tilbud',
                [indeks for indeks, element in enumerate(sag.tilbud)
                    if element.start <= skaeringsdato and element.start == dato])
    if (dato is not None) and (dato > frist):
        ud.fund(_INFO_foerste_tilbud_inden_for_en_maaned, 'overtrådt', 'frist_for_sent',
                {'hvad': 'første tilbud', 'begynder': True, 'frist': frist, 'dato': dato},
                frist=frist)
    elif dato is not None:
        if ud.forklar:
            ud.fund(_INFO_foerste_tilbud_inden_for_en_maaned, 'opfyldt', 'frist_rettidig',
                    {'hvad': 'første tilbud', 'begynder': True, 'frist': frist, 'dato': dato})
    elif not rt.koerer(sag.forloebsslut, frist):
        if ud.forklar:
            ud.fund(_INFO_foerste_tilbud_inden_for_en_maaned, 'ikke_omfattet', 'forloeb_sluttet',
                    {'hvad': 'første tilbud', 'begynder': True, 'frist': frist})
    elif frist < skaeringsdato:
        ud.fund(_INFO_foerste_tilbud_inden_for_en_maaned, 'overtrådt', 'frist_udeblevet',
                {'hvad': 'første tilbud', 'begynder': True, 'frist': frist}, frist=frist)
    else:
        ud.fund(_INFO_foerste_tilbud_inden_for_en_maaned, 'frist', 'frist_kommende',
                {'hvad': 'første tilbud', 'begynder': True, 'frist': frist}, frist=frist)


# P13 – Første delaftale om nytænkning af beskæftigelsesindsatsen, "Færre proceskrav for indsatsen"


class _Vaerdier_interval_mellem_tilbud(NamedTuple):
    graense: Varighed

_VERSIONER_interval_mellem_tilbud = (
    rt.Version(fra=date(2019, 7, 1), til=date(2021, 12, 31),
            vaerdier=_Vaerdier_interval_mellem_tilbud(_4_UGER)),
    rt.Version(fra=date(2022, 1, 1), til=None,
            vaerdier=_Vaerdier_interval_mellem_tilbud(_4_MAANEDER)),
)

_INFO_interval_mellem_tilbud = rt.Regel(navn='interval_mellem_tilbud', bestemmelse='P13',
        titel='Højst fire måneder (før 2022: fire uger) mellem to tilbud',
        kilde=('Første delaftale om nytænkning af beskæftigelsesindsatsen, Færre proceskrav for '
               'indsatsen'),
        id='P13.pause', bestemmelser=('P13',), versioner=_VERSIONER_interval_mellem_tilbud,
        vaerdinavne=('grænse',))


def regel_interval_mellem_tilbud(sag: model.Sag, skaeringsdato: date, ud: rt.Sagsresultat) -> None:
    'Højst fire måneder (før 2022: fire uger) mellem to tilbud'
    if sag.ydelse != 'uddannelseshjælp':
        if ud.forklar:
            ud.gaelder_ikke(_INFO_interval_mellem_tilbud, 'betingelse')
        return
    try:
        pauser = rt.pauser(
                [(element.start, element.slut, indeks) for indeks, element in enumerate(sag.tilbud)
                    if element.start <= skaeringsdato],
                skaeringsdato, 'tilbud')
    except rt.ManglendeData as fejl:
        ud.mangler(_INFO_interval_mellem_tilbud, fejl)
        return
    for indeks, ende, naeste in pauser:
        element = sag.tilbud[indeks]
        try:
            afgoerende = rt.kraev_element(
                    rt.periodens_slut(element.start, element.slut, 'slut', 'tilbud', indeks),
                    'tilbud', indeks, 'slut')
            gaeldende = rt.version(_VERSIONER_interval_mellem_tilbud, afgoerende)
            if gaeldende is None:
                if ud.forklar:
                    ud.gaelder_ikke(_INFO_interval_mellem_tilbud, 'periode',
                            element=f'tilbud[{indeks}]', afgoerende=afgoerende)
                continue
            v = gaeldende.vaerdier
            if ud.forklar:
                ud.afgoerende_dato(_INFO_interval_mellem_tilbud, afgoerende)
            graense = v.graense
            seneste = laeg_til(ende, graense)
            grund = undtagelse_mindre_intensiv_indsats(sag, skaeringsdato, seneste)
            if grund is None:
                ud.undtaget(_INFO_interval_mellem_tilbud, _INFO_mindre_intensiv_indsats,
                        element=f'tilbud[{indeks}]')
                continue
            if ud.forklar:
                ud.ikke_undtaget(_INFO_interval_mellem_tilbud, _INFO_mindre_intensiv_indsats, grund,
                        element=f'tilbud[{indeks}]')
            if (naeste is not None) and (naeste > seneste):
                ud.fund(_INFO_interval_mellem_tilbud, 'overtrådt', 'pause_for_lang',
                        {'hvad': 'tilbud', 'ende': ende, 'graense': graense, 'frist': seneste,
                            'dato': naeste},
                        frist=seneste, element=f'tilbud[{indeks}]')
            elif naeste is not None:
                if ud.forklar:
                    ud.fund(_INFO_interval_mellem_tilbud, 'opfyldt', 'pause_overholdt',
                            {'hvad': 'tilbud', 'ende': ende, 'graense': graense, 'frist': seneste,
                                'dato': naeste},
                            element=f'tilbud[{indeks}]')
            elif not rt.koerer(sag.forloebsslut, seneste):
                if ud.forklar:
                    ud.fund(_INFO_interval_mellem_tilbud, 'ikke_omfattet', 'forloeb_sluttet',
                            {'hvad': 'tilbud', 'ende': ende, 'graense': graense, 'frist': seneste},
                            element=f'tilbud[{indeks}]')
            elif seneste < skaeringsdato:
                ud.fund(_INFO_interval_mellem_tilbud, 'overtrådt', 'pause_intet_nyt',
                        {'hvad': 'tilbud', 'ende': ende, 'graense': graense, 'frist': seneste},
                        frist=seneste, element=f'tilbud[{indeks}]')
            else:
                ud.fund(_INFO_interval_mellem_tilbud, 'frist', 'pause_kommende',
                        {'hvad': 'tilbud', 'ende': ende, 'graense': graense, 'frist': seneste},
                        frist=seneste, element=f'tilbud[{indeks}]')
        except rt.ManglendeData as fejl:
            ud.mangler(_INFO_interval_mellem_tilbud, fejl)


# P17 – Aftale om en forenklet beskæftigelsesindsats (KL's overblik), "Ens regler om indsatsen på
# tværs af målgrupper"

_VERSIONER_loentilskud_hoejst_seks_maaneder = (
    rt.Version(fra=date(2019, 7, 1), til=None, vaerdier=None),
)

_INFO_loentilskud_hoejst_seks_maaneder = rt.Regel(navn='løntilskud_højst_seks_måneder',
        bestemmelse='P17',
        titel=('Løntilskud varer højst seks måneder, ved offentlig arbejdsgiver højst fire for '
               'personer tæt på arbejdsmarkedet'),
        kilde=("Aftale om en forenklet beskæftigelsesindsats (KL's overblik), Ens regler om "
               "indsatsen på tværs af målgrupper"),
        id='P17.varighed', bestemmelser=('P17',),
        versioner=_VERSIONER_loentilskud_hoejst_seks_maaneder)


def regel_loentilskud_hoejst_seks_maaneder(sag: model.Sag, skaeringsdato: date,
        ud: rt.Sagsresultat) -> None:
    ('Løntilskud varer højst seks måneder, ved offentlig arbejdsgiver højst fire for personer tæt '
     'på arbejdsmarkedet')
    if not definition_omfattet_af_indsatsen(sag, skaeringsdato):
        if ud.forklar:
            ud.gaelder_ikke(_INFO_loentilskud_hoejst_seks_maaneder, 'betingelse')
        return
    for indeks, element in enumerate(sag.tilbud):
        if element.start > skaeringsdato:
            continue
        try:
            afgoerende = element.start
            if afgoerende < _DATO_2019_07_01:
                if ud.forklar:
                    ud.gaelder_ikke(_INFO_loentilskud_hoejst_seks_maaneder, 'periode',
                            element=f'tilbud[{indeks}]', afgoerende=afgoerende)
                continue
            if element.type != 'løntilskud':
                continue
            if ud.forklar:
                ud.afgoerende_dato(_INFO_loentilskud_hoejst_seks_maaneder, afgoerende)
            start = element.start
            slut = rt.effektiv_slut(element.start, element.slut, skaeringsdato, 'tilbud', indeks)
            try:
                graense = (_4_MAANEDER
                        if (definition_taet_paa_arbejdsmarkedet(sag, skaeringsdato)
                            and (rt.kraev_element(element.arbejdsgiver, 'tilbud', indeks,
                                'arbejdsgiver') == 'offentlig'))
                        else _6_MAANEDER)
            except rt.ManglendeData as fejl:
                graense = rt.graense_uden_data(fejl, start, slut, skaeringsdato,
                        (_4_MAANEDER, _6_MAANEDER,))
            sidste_dag = laeg_til(start, graense) - DAG
            if (slut is not None) and (slut > sidste_dag):
                ud.fund(_INFO_loentilskud_hoejst_seks_maaneder, 'overtrådt', 'varighed_for_lang',
                        {'hvad': 'tilbud', 'start': start, 'graense': graense, 'frist': sidste_dag,
                            'dato': slut},
                        frist=sidste_dag, element=f'tilbud[{indeks}]')
            elif slut is not None:
                if ud.forklar:
                    ud.fund(_INFO_loentilskud_hoejst_seks_maaneder, 'opfyldt', 'varighed_overholdt',
                            {'hvad': 'tilbud', 'start': start, 'graense': graense,
                                'frist': sidste_dag, 'dato': slut},
                            element=f'tilbud[{indeks}]')
            elif skaeringsdato > sidste_dag:
                ud.fund(_INFO_loentilskud_hoejst_seks_maaneder, 'overtrådt', 'varighed_loebende',
                        {'hvad': 'tilbud', 'start': start, 'graense': graense, 'frist': sidste_dag},
                        frist=sidste_dag, element=f'tilbud[{indeks}]')
            else:
                ud.fund(_INFO_loentilskud_hoejst_seks_maaneder, 'frist', 'varighed_kommende',
                        {'hvad': 'tilbud', 'start': start, 'graense': graense, 'frist': sidste_dag},
                        frist=sidste_dag, element=f'tilbud[{indeks}]')
        except rt.ManglendeData as fejl:
            ud.mangler(_INFO_loentilskud_hoejst_seks_maaneder, fejl)


# P18 – Aftale om en forenklet beskæftigelsesindsats (KL's overblik), "Ens regler om indsatsen på
# tværs af målgrupper"

_VERSIONER_virksomhedspraktik_varighed = (
    rt.Version(fra=date(2019, 7, 1), til=None, vaerdier=None),
)

_INFO_virksomhedspraktik_varighed = rt.Regel(navn='virksomhedspraktik_varighed', bestemmelse='P18',
        titel=('Virksomhedspraktik varer højst fire uger, eller 13 uger for personer længere fra '
               'arbejdsmarkedet'),
        kilde=("Aftale om en forenklet beskæftigelsesindsats (KL's overblik), Ens regler om "
               "indsatsen på tværs af målgrupper"),
        id='P18.varighed', bestemmelser=('P18',), versioner=_VERSIONER_virksomhedspraktik_varighed)


def regel_virksomhedspraktik_varighed(sag: model.Sag, skaeringsdato: date,
        ud: rt.Sagsresultat) -> None:
    ('Virksomhedspraktik varer højst fire uger, eller 13 uger for personer længere fra '
     'arbejdsmarkedet')
    if not definition_omfattet_af_indsatsen(sag, skaeringsdato):
        if ud.forklar:
            ud.gaelder_ikke(_INFO_virksomhedspraktik_varighed, 'betingelse')
        return
    for indeks, element in enumerate(sag.tilbud):
        if element.start > skaeringsdato:
            continue
        try:
            afgoerende = element.start
            if afgoerende < _DATO_2019_07_01:
                if ud.forklar:
                    ud.gaelder_ikke(_INFO_virksomhedspraktik_varighed, 'periode',
                            element=f'tilbud[{indeks}]', afgoerende=afgoerende)
                continue
            if element.type != 'virksomhedspraktik':
                continue
            if ud.forklar:
                ud.afgoerende_dato(_INFO_virksomhedspraktik_varighed, afgoerende)
            start = element.start
            slut = rt.effektiv_slut(element.start, element.slut, skaeringsdato, 'tilbud', indeks)
            try:
                graense = (_4_UGER if definition_taet_paa_arbejdsmarkedet(sag, skaeringsdato)
                        else _13_UGER)
            except rt.ManglendeData as fejl:
                graense = rt.graense_uden_data(fejl, start, slut, skaeringsdato,
                        (_4_UGER, _13_UGER,))
            sidste_dag = laeg_til(start, graense) - DAG
            if (slut is not None) and (slut > sidste_dag):
                ud.fund(_INFO_virksomhedspraktik_varighed, 'overtrådt', 'varighed_for_lang',
                        {'hvad': 'tilbud', 'start': start, 'graense': graense, 'frist': sidste_dag,
                            'dato': slut},
                        frist=sidste_dag, element=f'tilbud[{indeks}]')
            elif slut is not None:
                if ud.forklar:
                    ud.fund(_INFO_virksomhedspraktik_varighed, 'opfyldt', 'varighed_overholdt',
                            {'hvad': 'tilbud', 'start': start, 'graense': graense,
                                'frist': sidste_dag, 'dato': slut},
                            element=f'tilbud[{indeks}]')
            elif skaeringsdato > sidste_dag:
                ud.fund(_INFO_virksomhedspraktik_varighed, 'overtrådt', 'varighed_loebende',
                        {'hvad': 'tilbud', 'start': start, 'graense': graense, 'frist': sidste_dag},
                        frist=sidste_dag, element=f'tilbud[{indeks}]')
            else:
                ud.fund(_INFO_virksomhedspraktik_varighed, 'frist', 'varighed_kommende',
                        {'hvad': 'tilbud', 'start': start, 'graense': graense, 'frist': sidste_dag},
                        frist=sidste_dag, element=f'tilbud[{indeks}]')
        except rt.ManglendeData as fejl:
            ud.mangler(_INFO_virksomhedspraktik_varighed, fejl)


# P19 – Anden delaftale om nytænkning af beskæftigelsesindsatsen, "Mere målrettede tilbud";
# Høringsnotat om lovforslaget der gennemfører anden delaftale, "2.2.1 Øvrig vejledning og
# opkvalificering (ØVO) tages ud af ret og pligt-tilbud"

_VERSIONER_oevo_ikke_ret_og_pligt = (
    rt.Version(fra=date(2023, 1, 1), til=None, vaerdier=None),
)

_INFO_oevo_ikke_ret_og_pligt = rt.Regel(navn='øvo_ikke_ret_og_pligt', bestemmelse='P19',
        titel='Øvrig vejledning og opkvalificering kan ikke være et ret og pligt-tilbud',
        kilde=('Anden delaftale om nytænkning af beskæftigelsesindsatsen, Mere målrettede tilbud; '
               'Høringsnotat om lovforslaget der gennemfører anden delaftale, 2.2.1 Øvrig '
               'vejledning og opkvalificering (ØVO) tages ud af ret og pligt-tilbud'),
        id='P19.forbud', bestemmelser=('P19',), versioner=_VERSIONER_oevo_ikke_ret_og_pligt)


def regel_oevo_ikke_ret_og_pligt(sag: model.Sag, skaeringsdato: date, ud: rt.Sagsresultat) -> None:
    'Øvrig vejledning og opkvalificering kan ikke være et ret og pligt-tilbud'
    if not ((sag.ydelse in {'dagpenge', 'kontanthjælp', 'overgangsydelse'})
            and (not sag.i_integrationsprogram)):
        if ud.forklar:
            ud.gaelder_ikke(_INFO_oevo_ikke_ret_og_pligt, 'betingelse')
        return
    for indeks, element in enumerate(sag.tilbud):
        if element.start > skaeringsdato:
            continue
        try:
            afgoerende = element.start
            if afgoerende < _DATO_2023_01_01:
                if ud.forklar:
                    ud.gaelder_ikke(_INFO_oevo_ikke_ret_og_pligt, 'periode',
                            element=f'tilbud[{indeks}]', afgoerende=afgoerende)
                continue
            if ud.forklar:
                ud.afgoerende_dato(_INFO_oevo_ikke_ret_og_pligt, afgoerende)
            dato = element.start
            if definition_oevo(element, indeks, sag, skaeringsdato) and element.ret_og_pligt:
                ud.fund(_INFO_oevo_ikke_ret_og_pligt, 'overtrådt', 'forbud_overtraadt',
                        {'hvad': 'tilbud', 'dato': dato}, element=f'tilbud[{indeks}]')
            elif ud.forklar:
                ud.fund(_INFO_oevo_ikke_ret_og_pligt, 'opfyldt', 'forbud_overholdt',
                        {'hvad': 'tilbud', 'dato': dato}, element=f'tilbud[{indeks}]')
        except rt.ManglendeData as fejl:
            ud.mangler(_INFO_oevo_ikke_ret_og_pligt, fejl)


# P23 – Aftale om en forenklet beskæftigelsesindsats (KL's overblik), "Færre og mere enkle
# proceskrav"; Anden delaftale om nytænkning af beskæftigelsesindsatsen, "Mere målrettede tilbud"

_VERSIONER_foerste_ret_og_pligt_tilbud = (
    rt.Version(fra=date(2019, 7, 1), til=None, vaerdier=None),
)

_INFO_foerste_ret_og_pligt_tilbud = rt.Regel(navn='første_ret_og_pligt_tilbud', bestemmelse='P23',
        titel='Første ret og pligt-tilbud senest efter seks måneder',
        kilde=("Aftale om en forenklet beskæftigelsesindsats (KL's overblik), Færre og mere enkle "
               "proceskrav; Anden delaftale om nytænkning af beskæftigelsesindsatsen, Mere "
               "målrettede tilbud"),
        id='P23.frist', bestemmelser=('P23',), versioner=_VERSIONER_foerste_ret_og_pligt_tilbud)


def regel_foerste_ret_og_pligt_tilbud(sag: model.Sag, skaeringsdato: date,
        ud: rt.Sagsresultat) -> None:
    'Første ret og pligt-tilbud senest efter seks måneder'
    if sag.ydelse not in {'dagpenge', 'kontanthjælp'}:
        if ud.forklar:
            ud.gaelder_ikke(_INFO_foerste_ret_og_pligt_tilbud, 'betingelse')
        return
    afgoerende = sag.forloebsstart
    if afgoerende < _DATO_2019_07_01:
        if ud.forklar:
            ud.gaelder_ikke(_INFO_foerste_ret_og_pligt_tilbud, 'periode', afgoerende=afgoerende)
        return
    if ud.forklar:
        ud.afgoerende_dato(_INFO_foerste_ret_og_pligt_tilbud, afgoerende)
    frist = laeg_til(sag.forloebsstart, _6_MAANEDER)
    dato = min(
            (element.start for indeks, element in enumerate(sag.tilbud)
                if element.start <= skaeringsdato
                and (element.ret_og_pligt
                    and ((not definition_oevo(element, indeks, sag, skaeringsdato))
                        or (element.start < _DATO_2023_01_01) or sag.i_integrationsprogram))),
            default=None)
    if ud.forklar:
        ud.elementer('tilbud',
                [indeks for indeks, element in enumerate(sag.tilbud)
                    if element.start <= skaeringsdato
                    and (element.ret_og_pligt
                        and ((not definition_oevo(element, indeks, sag, skaeringsdato))
                            or (element.start < _DATO_2023_01_01) or sag.i_integrationsprogram))
                    and element.start == dato])
    if (dato is not None) and (dato > frist):
        ud.fund(_INFO_foerste_ret_og_pligt_tilbud, 'overtrådt', 'frist_for_sent',
                {'hvad': 'første tilbud', 'begynder': True, 'frist': frist, 'dato': dato},
                frist=frist)
    elif dato is not None:
        if ud.forklar:
            ud.fund(_INFO_foerste_ret_og_pligt_tilbud, 'opfyldt', 'frist_rettidig',
                    {'hvad': 'første tilbud', 'begynder': True, 'frist': frist, 'dato': dato})
    elif not rt.koerer(sag.forloebsslut, frist):
        if ud.forklar:
            ud.fund(_INFO_foerste_ret_og_pligt_tilbud, 'ikke_omfattet', 'forloeb_sluttet',
                    {'hvad': 'første tilbud', 'begynder': True, 'frist': frist})
    elif frist < skaeringsdato:
        ud.fund(_INFO_foerste_ret_og_pligt_tilbud, 'overtrådt', 'frist_udeblevet',
                {'hvad': 'første tilbud', 'begynder': True, 'frist': frist}, frist=frist)
    else:
        ud.fund(_INFO_foerste_ret_og_pligt_tilbud, 'frist', 'frist_kommende',
                {'hvad': 'første tilbud', 'begynder': True, 'frist': frist}, frist=frist)


# P15 – Første delaftale om nytænkning af beskæftigelsesindsatsen, "Styrket understøttelse af
# overgang til og gennemførelse af uddannelse"

_VERSIONER_reaktion_paa_frafaldsbesked = (
    rt.Version(fra=date(2022, 1, 1), til=None, vaerdier=None),
)

_INFO_reaktion_paa_frafaldsbesked = rt.Regel(navn='reaktion_på_frafaldsbesked', bestemmelse='P15',
        titel='Jobcentret reagerer på beskeder om risiko for frafald',
        kilde=('Første delaftale om nytænkning af beskæftigelsesindsatsen, Styrket understøttelse '
               'af overgang til og gennemførelse af uddannelse'),
        id='P15.hver', bestemmelser=('P15',), versioner=_VERSIONER_reaktion_paa_frafaldsbesked)


def regel_reaktion_paa_frafaldsbesked(sag: model.Sag, skaeringsdato: date,
        ud: rt.Sagsresultat) -> None:
    'Jobcentret reagerer på beskeder om risiko for frafald'
    if sag.ydelse != 'uddannelseshjælp':
        if ud.forklar:
            ud.gaelder_ikke(_INFO_reaktion_paa_frafaldsbesked, 'betingelse')
        return
    for indeks, element in enumerate(sag.frafaldsbeskeder):
        if element.modtaget > skaeringsdato:
            continue
        try:
            afgoerende = element.modtaget
            if afgoerende < _DATO_2022_01_01:
                if ud.forklar:
                    ud.gaelder_ikke(_INFO_reaktion_paa_frafaldsbesked, 'periode',
                            element=f'frafaldsbeskeder[{indeks}]', afgoerende=afgoerende)
                continue
            if not ((element.modtaget >= rt.kraev(sag.uddannelsesstart, 'uddannelsesstart'))
                    and (element.modtaget < laeg_til(
                        rt.kraev(sag.uddannelsesstart, 'uddannelsesstart'), _6_MAANEDER))):
                continue
            if ud.forklar:
                ud.afgoerende_dato(_INFO_reaktion_paa_frafaldsbesked, afgoerende)
            dato = element.modtaget
            if not ((element.reaktion is not None) and (element.reaktion >= dato)
                    and (element.reaktion <= skaeringsdato)):
                ud.fund(_INFO_reaktion_paa_frafaldsbesked, 'overtrådt', 'hver_opfylder_ikke',
                        {'hvad': 'frafaldsbesked', 'dato': dato},
                        element=f'frafaldsbeskeder[{indeks}]')
            elif ud.forklar:
                ud.fund(_INFO_reaktion_paa_frafaldsbesked, 'opfyldt', 'hver_opfylder',
                        {'hvad': 'frafaldsbesked', 'dato': dato},
                        element=f'frafaldsbeskeder[{indeks}]')
        except rt.ManglendeData as fejl:
            ud.mangler(_INFO_reaktion_paa_frafaldsbesked, fejl)


# Reglerne, der vurderes for hver sag, i regelfilernes rækkefølge.
SAGSREGLER: tuple[rt.Sagsregel, ...] = (
    (regel_begrundet_afvisning_af_indstilling, _INFO_begrundet_afvisning_af_indstilling),
    (regel_foerste_samtale_kontanthjaelp, _INFO_foerste_samtale_kontanthjaelp),
    (regel_foerste_samtale_sygedagpenge, _INFO_foerste_samtale_sygedagpenge),
    (regel_samtaler_foerste_halve_aar, _INFO_samtaler_foerste_halve_aar),
    (regel_a_kasse_samtaler_foerste_tre_maaneder, _INFO_a_kasse_samtaler_foerste_tre_maaneder),
    (regel_jobcenter_samtaler_maaned_fire_til_seks, _INFO_jobcenter_samtaler_maaned_fire_til_seks),
    (regel_foerste_faellessamtale, _INFO_foerste_faellessamtale),
    (regel_anden_faellessamtale, _INFO_anden_faellessamtale),
    (regel_faellessamtale_efter_seks_maaneder, _INFO_faellessamtale_efter_seks_maaneder),
    (regel_foerste_samtale_ved_fremmoede, _INFO_foerste_samtale_ved_fremmoede),
    (regel_foerste_a_kasse_samtale_ved_fremmoede, _INFO_foerste_a_kasse_samtale_ved_fremmoede),
    (regel_fremmoede_foerste_seks_maaneder_2022, _INFO_fremmoede_foerste_seks_maaneder_2022),
    (regel_ingen_samtaler_pr_brev, _INFO_ingen_samtaler_pr_brev),
    (regel_foerste_tilbud_inden_for_en_maaned, _INFO_foerste_tilbud_inden_for_en_maaned),
    (regel_interval_mellem_tilbud, _INFO_interval_mellem_tilbud),
    (regel_loentilskud_hoejst_seks_maaneder, _INFO_loentilskud_hoejst_seks_maaneder),
    (regel_virksomhedspraktik_varighed, _INFO_virksomhedspraktik_varighed),
    (regel_oevo_ikke_ret_og_pligt, _INFO_oevo_ikke_ret_og_pligt),
    (regel_foerste_ret_og_pligt_tilbud, _INFO_foerste_ret_og_pligt_tilbud),
    (regel_reaktion_paa_frafaldsbesked, _INFO_reaktion_paa_frafaldsbesked),
)

# For hver ydelse: de regler, hvis betingelse kan være opfyldt for den (de andre vurderes ikke).
REGLER_PR_YDELSE: dict[str, tuple[rt.Sagsregel, ...]] = {
    'dagpenge': (
        (regel_begrundet_afvisning_af_indstilling, _INFO_begrundet_afvisning_af_indstilling),
        (regel_samtaler_foerste_halve_aar, _INFO_samtaler_foerste_halve_aar),
        (regel_a_kasse_samtaler_foerste_tre_maaneder, _INFO_a_kasse_samtaler_foerste_tre_maaneder),
        (regel_jobcenter_samtaler_maaned_fire_til_seks,
                _INFO_jobcenter_samtaler_maaned_fire_til_seks),
        (regel_foerste_faellessamtale, _INFO_foerste_faellessamtale),
        (regel_anden_faellessamtale, _INFO_anden_faellessamtale),
        (regel_faellessamtale_efter_seks_maaneder, _INFO_faellessamtale_efter_seks_maaneder),
        (regel_foerste_samtale_ved_fremmoede, _INFO_foerste_samtale_ved_fremmoede),
        (regel_foerste_a_kasse_samtale_ved_fremmoede, _INFO_foerste_a_kasse_samtale_ved_fremmoede),
        (regel_fremmoede_foerste_seks_maaneder_2022, _INFO_fremmoede_foerste_seks_maaneder_2022),
        (regel_ingen_samtaler_pr_brev, _INFO_ingen_samtaler_pr_brev),
        (regel_loentilskud_hoejst_seks_maaneder, _INFO_loentilskud_hoejst_seks_maaneder),
        (regel_virksomhedspraktik_varighed, _INFO_virksomhedspraktik_varighed),
        (regel_oevo_ikke_ret_og_pligt, _INFO_oevo_ikke_ret_og_pligt),
        (regel_foerste_ret_og_pligt_tilbud, _INFO_foerste_ret_og_pligt_tilbud),
    ),
    'kontanthjælp': (
        (regel_foerste_samtale_kontanthjaelp, _INFO_foerste_samtale_kontanthjaelp),
        (regel_samtaler_foerste_halve_aar, _INFO_samtaler_foerste_halve_aar),
        (regel_foerste_samtale_ved_fremmoede, _INFO_foerste_samtale_ved_fremmoede),
        (regel_fremmoede_foerste_seks_maaneder_2022, _INFO_fremmoede_foerste_seks_maaneder_2022),
        (regel_ingen_samtaler_pr_brev, _INFO_ingen_samtaler_pr_brev),
        (regel_loentilskud_hoejst_seks_maaneder, _INFO_loentilskud_hoejst_seks_maaneder),
        (regel_virksomhedspraktik_varighed, _INFO_virksomhedspraktik_varighed),
        (regel_oevo_ikke_ret_og_pligt, _INFO_oevo_ikke_ret_og_pligt),
        (regel_foerste_ret_og_pligt_tilbud, _INFO_foerste_ret_og_pligt_tilbud),
    ),
    'uddannelseshjælp': (
        (regel_foerste_samtale_kontanthjaelp, _INFO_foerste_samtale_kontanthjaelp),
        (regel_samtaler_foerste_halve_aar, _INFO_samtaler_foerste_halve_aar),
        (regel_foerste_samtale_ved_fremmoede, _INFO_foerste_samtale_ved_fremmoede),
        (regel_fremmoede_foerste_seks_maaneder_2022, _INFO_fremmoede_foerste_seks_maaneder_2022),
        (regel_ingen_samtaler_pr_brev, _INFO_ingen_samtaler_pr_brev),
        (regel_foerste_tilbud_inden_for_en_maaned, _INFO_foerste_tilbud_inden_for_en_maaned),
        (regel_interval_mellem_tilbud, _INFO_interval_mellem_tilbud),
        (regel_loentilskud_hoejst_seks_maaneder, _INFO_loentilskud_hoejst_seks_maaneder),
        (regel_virksomhedspraktik_varighed, _INFO_virksomhedspraktik_varighed),
        (regel_reaktion_paa_frafaldsbesked, _INFO_reaktion_paa_frafaldsbesked),
    ),
    'ledighedsydelse': (
        (regel_samtaler_foerste_halve_aar, _INFO_samtaler_foerste_halve_aar),
        (regel_foerste_samtale_ved_fremmoede, _INFO_foerste_samtale_ved_fremmoede),
        (regel_fremmoede_foerste_seks_maaneder_2022, _INFO_fremmoede_foerste_seks_maaneder_2022),
        (regel_ingen_samtaler_pr_brev, _INFO_ingen_samtaler_pr_brev),
        (regel_loentilskud_hoejst_seks_maaneder, _INFO_loentilskud_hoejst_seks_maaneder),
        (regel_virksomhedspraktik_varighed, _INFO_virksomhedspraktik_varighed),
    ),
    'overgangsydelse': (
        (regel_samtaler_foerste_halve_aar, _INFO_samtaler_foerste_halve_aar),
        (regel_foerste_samtale_ved_fremmoede, _INFO_foerste_samtale_ved_fremmoede),
        (regel_fremmoede_foerste_seks_maaneder_2022, _INFO_fremmoede_foerste_seks_maaneder_2022),
        (regel_ingen_samtaler_pr_brev, _INFO_ingen_samtaler_pr_brev),
        (regel_loentilskud_hoejst_seks_maaneder, _INFO_loentilskud_hoejst_seks_maaneder),
        (regel_virksomhedspraktik_varighed, _INFO_virksomhedspraktik_varighed),
        (regel_oevo_ikke_ret_og_pligt, _INFO_oevo_ikke_ret_og_pligt),
    ),
    'sygedagpenge': (
        (regel_foerste_samtale_sygedagpenge, _INFO_foerste_samtale_sygedagpenge),
        (regel_samtaler_foerste_halve_aar, _INFO_samtaler_foerste_halve_aar),
        (regel_foerste_samtale_ved_fremmoede, _INFO_foerste_samtale_ved_fremmoede),
        (regel_fremmoede_foerste_seks_maaneder_2022, _INFO_fremmoede_foerste_seks_maaneder_2022),
        (regel_ingen_samtaler_pr_brev, _INFO_ingen_samtaler_pr_brev),
        (regel_loentilskud_hoejst_seks_maaneder, _INFO_loentilskud_hoejst_seks_maaneder),
        (regel_virksomhedspraktik_varighed, _INFO_virksomhedspraktik_varighed),
    ),
    'revalidering': (
        (regel_samtaler_foerste_halve_aar, _INFO_samtaler_foerste_halve_aar),
        (regel_foerste_samtale_ved_fremmoede, _INFO_foerste_samtale_ved_fremmoede),
        (regel_fremmoede_foerste_seks_maaneder_2022, _INFO_fremmoede_foerste_seks_maaneder_2022),
        (regel_ingen_samtaler_pr_brev, _INFO_ingen_samtaler_pr_brev),
        (regel_loentilskud_hoejst_seks_maaneder, _INFO_loentilskud_hoejst_seks_maaneder),
        (regel_virksomhedspraktik_varighed, _INFO_virksomhedspraktik_varighed),
    ),
    'ressourceforløb': (
        (regel_samtaler_foerste_halve_aar, _INFO_samtaler_foerste_halve_aar),
        (regel_foerste_samtale_ved_fremmoede, _INFO_foerste_samtale_ved_fremmoede),
        (regel_fremmoede_foerste_seks_maaneder_2022, _INFO_fremmoede_foerste_seks_maaneder_2022),
        (regel_ingen_samtaler_pr_brev, _INFO_ingen_samtaler_pr_brev),
        (regel_loentilskud_hoejst_seks_maaneder, _INFO_loentilskud_hoejst_seks_maaneder),
        (regel_virksomhedspraktik_varighed, _INFO_virksomhedspraktik_varighed),
    ),
    'jobafklaringsforløb': (
        (regel_samtaler_foerste_halve_aar, _INFO_samtaler_foerste_halve_aar),
        (regel_foerste_samtale_ved_fremmoede, _INFO_foerste_samtale_ved_fremmoede),
        (regel_fremmoede_foerste_seks_maaneder_2022, _INFO_fremmoede_foerste_seks_maaneder_2022),
        (regel_ingen_samtaler_pr_brev, _INFO_ingen_samtaler_pr_brev),
        (regel_loentilskud_hoejst_seks_maaneder, _INFO_loentilskud_hoejst_seks_maaneder),
        (regel_virksomhedspraktik_varighed, _INFO_virksomhedspraktik_varighed),
    ),
    'førtidspension': (
        (regel_foerste_samtale_ved_fremmoede, _INFO_foerste_samtale_ved_fremmoede),
        (regel_ingen_samtaler_pr_brev, _INFO_ingen_samtaler_pr_brev),
        (regel_loentilskud_hoejst_seks_maaneder, _INFO_loentilskud_hoejst_seks_maaneder),
        (regel_virksomhedspraktik_varighed, _INFO_virksomhedspraktik_varighed),
    ),
}

# Reglerne, der vurderes over en hel sagsbestand.
POPULATIONSREGLER = (
    (regel_fokusmaal_aktive_tilbud, _INFO_fokusmaal_aktive_tilbud),
)


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
