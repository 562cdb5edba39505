# Genereret af Regelsprog ud fra rules/. Ret ikke i filen: ret reglerne og kør `regel byg`.
"""Reglerne: én funktion pr. regel, undtagelse og definition."""

from __future__ import annotations

from datetime import date
from typing import NamedTuple

from . import _runtime as rt
from . import model
from ._runtime import DAG, Varighed, laeg_til, traek_fra

# Konstanter fra reglerne
_6_UGER = Varighed(0, 42)
_DATO_2019_07_01 = date(2019, 7, 1)
_DATO_2023_01_01 = date(2023, 1, 1)
_DATO_2024_01_01 = date(2024, 1, 1)
_1_AAR = Varighed(12, 0)
_1_UGE = Varighed(0, 7)
_8_UGER = Varighed(0, 56)
_6_MAANEDER = Varighed(6, 0)
_3_MAANEDER = Varighed(3, 0)
_DATO_2023_12_31 = date(2023, 12, 31)
_16_MAANEDER = Varighed(16, 0)
_DATO_2022_01_01 = date(2022, 1, 1)
_DATO_2022_12_31 = date(2022, 12, 31)
_1_MAANED = Varighed(1, 0)
_4_UGER = Varighed(0, 28)
_4_MAANEDER = Varighed(4, 0)
_13_UGER = Varighed(0, 91)


def definition_de_ni_maalgrupper(sag: model.Sag, skaeringsdato: date) -> bool:
    'En af de ni målgrupper for kontaktforløbet'
    return sag.ydelse in {'dagpenge', 'kontanthjælp', 'uddannelseshjælp', 'ledighedsydelse', 'overgangsydelse', 'sygedagpenge', 'revalidering', 'ressourceforløb', 'jobafklaringsforløb'}


def definition_maalgrupper_for_samtaleformen(sag: model.Sag, skaeringsdato: date) -> bool:
    'De ni målgrupper; overgangsydelse dog kun uden for integrationsprogrammet'
    return (definition_de_ni_maalgrupper(sag, skaeringsdato) and (not ((sag.ydelse == 'overgangsydelse') and sag.i_integrationsprogram)))


def definition_omfattet_af_indsatsen(sag: model.Sag, skaeringsdato: date) -> bool:
    'Enhver sag i beskæftigelsesindsatsen, uanset ydelse'
    return sag.ydelse in {'dagpenge', 'kontanthjælp', 'uddannelseshjælp', 'ledighedsydelse', 'overgangsydelse', 'sygedagpenge', 'revalidering', 'ressourceforløb', 'jobafklaringsforløb', 'førtidspension'}


def definition_taet_paa_arbejdsmarkedet(sag: model.Sag, skaeringsdato: date) -> bool:
    'Tæt på arbejdsmarkedet'
    return (((sag.ydelse == 'dagpenge') or ((sag.ydelse in {'kontanthjælp', 'overgangsydelse'}) and (rt.kraev(sag.visitation, 'visitation') == 'jobparat'))) or ((sag.ydelse == 'uddannelseshjælp') and (rt.kraev(sag.visitation, 'visitation') == 'åbenlyst_uddannelsesparat')))


def definition_aktiv_sag(sag: model.Sag, skaeringsdato: date) -> bool:
    'Aktiv sag på skæringsdatoen'
    return ((sag.forloebsstart <= skaeringsdato) and ((sag.forloebsslut is None) or (rt.kraev(sag.forloebsslut, 'forløbsslut') >= skaeringsdato)))


def definition_med_jobcentret(element: model.Samtale, indeks: int, sag: model.Sag, skaeringsdato: date) -> bool:
    'Samtale med jobcentret (alene eller sammen med a-kassen)'
    return element.aktoer in {'jobcenter', 'fælles'}


def definition_med_a_kassen(element: model.Samtale, indeks: int, sag: model.Sag, skaeringsdato: date) -> bool:
    'Samtale med a-kassen'
    return element.aktoer == 'a_kasse'


def definition_faellessamtale(element: model.Samtale, indeks: int, sag: model.Sag, skaeringsdato: date) -> bool:
    'Fællessamtale med jobcenter og a-kasse'
    return element.aktoer == 'fælles'


def definition_oevo(element: model.Tilbud, indeks: int, sag: model.Sag, skaeringsdato: date) -> bool:
    'Øvrig vejledning og opkvalificering (LAB § 91)'
    return element.type == 'øvrig_vejledning_og_opkvalificering'


# P22 – Aftale om en forenklet beskæftigelsesindsats (KL's overblik), "Færre og mere enkle proceskrav"
_INFO_mindre_intensiv_indsats = rt.Regel('mindre_intensiv_indsats', 'P22', 'Fritagelse ved overgang til job, fleksjob, barsel, efterløn, fleksydelse eller folkepension inden for seks uger', "Aftale om en forenklet beskæftigelsesindsats (KL's overblik), Færre og mere enkle proceskrav", None, ('P22',))


def undtagelse_mindre_intensiv_indsats(sag: model.Sag, skaeringsdato: date, dag: date) -> bool:
    'Fritagelse ved overgang til job, fleksjob, barsel, efterløn, fleksydelse eller folkepension inden for seks uger'
    if not ((sag.fritagelse is not None) and (rt.kraev(sag.fritagelse, 'fritagelse').overgang <= laeg_til(rt.kraev(sag.fritagelse, 'fritagelse').fra, _6_UGER))):
        return False
    afgoerende = rt.kraev(sag.fritagelse, 'fritagelse').fra
    if afgoerende < _DATO_2019_07_01:
        return False
    return dag >= rt.kraev(sag.fritagelse, 'fritagelse').fra


# P08a – Anden delaftale om nytænkning af beskæftigelsesindsatsen, "Udvidet mulighed for digitale samtaler"; Høringsnotat om lovforslaget der gennemfører anden delaftale, "2.1.1.2 Opfølgningssamtaler"
_INFO_sygemeldt_med_arbejdsgiver = rt.Regel('sygemeldt_med_arbejdsgiver', 'P08a', 'Sygemeldte med en arbejdsgiver kan holde første samtale over video eller telefon', 'Anden delaftale om nytænkning af beskæftigelsesindsatsen, Udvidet mulighed for digitale samtaler; Høringsnotat om lovforslaget der gennemfører anden delaftale, 2.1.1.2 Opfølgningssamtaler', None, ('P08a',))


def undtagelse_sygemeldt_med_arbejdsgiver(sag: model.Sag, skaeringsdato: date, dag: date) -> bool:
    'Sygemeldte med en arbejdsgiver kan holde første samtale over video eller telefon'
    if not ((sag.ydelse == 'sygedagpenge') and sag.har_arbejdsgiver):
        return False
    afgoerende = dag
    if afgoerende < _DATO_2023_01_01:
        return False
    return True


# P21 – Anden delaftale om nytænkning af beskæftigelsesindsatsen, "Et forenklet kontaktforløb"
_INFO_begrundet_afvisning_af_indstilling = rt.Regel('begrundet_afvisning_af_indstilling', 'P21', 'Afvisning af a-kassens indstilling om et tilbud skal begrundes', 'Anden delaftale om nytænkning af beskæftigelsesindsatsen, Et forenklet kontaktforløb', None, ('P21',))


def regel_begrundet_afvisning_af_indstilling(sag: model.Sag, skaeringsdato: date, ud: rt.Sagsresultat) -> None:
    'Afvisning af a-kassens indstilling om et tilbud skal begrundes'
    if sag.ydelse != 'dagpenge':
        return
    for indeks, element in enumerate(sag.indstillinger):
        if element.dato > skaeringsdato:
            continue
        try:
            afgoerende = element.dato
            if afgoerende < _DATO_2024_01_01:
                continue
            if not element.afvist:
                continue
            if not rt.udfyldt(element.begrundelse):
                ud.overtraedelse(_INFO_begrundet_afvisning_af_indstilling, 'Afvisning af a-kassens indstilling om et tilbud skal begrundes: indstilling den ' + rt.dansk_dato(element.dato) + ' opfylder ikke kravet.', None, f'indstillinger[{indeks}]', dato=element.dato)
        except rt.ManglendeData as fejl:
            ud.mangler(_INFO_begrundet_afvisning_af_indstilling, fejl)


# P20 – Anden delaftale om nytænkning af beskæftigelsesindsatsen, "Mere målrettede tilbud"; Anden delaftale om nytænkning af beskæftigelsesindsatsen, "Forenklinger af opfølgningen i skærpet tilsyn"; Høringsnotat om lovforslaget der gennemfører anden delaftale, "2.3 Forenkling af opfølgning i skærpet tilsyn"
_INFO_fokusmaal_aktive_tilbud = rt.Regel('fokusmål_aktive_tilbud', 'P20', 'Fokusmål: andelen af aktive sager med et aktivt tilbud inden for 12 måneder', 'Anden delaftale om nytænkning af beskæftigelsesindsatsen, Mere målrettede tilbud; Anden delaftale om nytænkning af beskæftigelsesindsatsen, Forenklinger af opfølgningen i skærpet tilsyn; Høringsnotat om lovforslaget der gennemfører anden delaftale, 2.3 Forenkling af opfølgning i skærpet tilsyn', None, ('P20',))


class _Vaerdier_fokusmaal_aktive_tilbud(NamedTuple):
    mindsteandel: float
    loentimer: float
    oevo_taeller: bool


_VERSIONER_fokusmaal_aktive_tilbud = (
    rt.Version(None, date(2022, 12, 31), _Vaerdier_fokusmaal_aktive_tilbud(0.8, 225, True)),
    rt.Version(date(2023, 1, 1), None, _Vaerdier_fokusmaal_aktive_tilbud(0.7, 100, False)),
)


def regel_fokusmaal_aktive_tilbud(sag: model.Sag, skaeringsdato: date) -> tuple[bool, float] | None:
    'Fokusmål: andelen af aktive sager med et aktivt tilbud inden for 12 måneder (None: sagen hører ikke til populationen; ellers: om sagen tæller med, og den krævede andel)'
    if not definition_aktiv_sag(sag, skaeringsdato):
        return None
    afgoerende = skaeringsdato
    gaeldende = rt.version(_VERSIONER_fokusmaal_aktive_tilbud, afgoerende)
    if gaeldende is None:
        return None
    v = gaeldende.vaerdier
    return ((sum(1 for indeks, element in enumerate(sag.tilbud) if rt.overlapper(element.start, element.slut, skaeringsdato, traek_fra(skaeringsdato, _1_AAR) + DAG, skaeringsdato + DAG, 'tilbud', indeks) and ((((not definition_oevo(element, indeks, sag, skaeringsdato)) or v.oevo_taeller) or (sag.ydelse == 'uddannelseshjælp')) or sag.i_integrationsprogram)) >= 1) or ((sag.ydelse != 'dagpenge') and (sag.ordinaere_loentimer_12_mdr >= v.loentimer))), v.mindsteandel


# P01 – Første delaftale om nytænkning af beskæftigelsesindsatsen, "Færre proceskrav for indsatsen"; Hedensted Kommune: Ny forenklet beskæftigelsesindsats (udvalgsbilag), "Færre proceskrav til samtaleforløbet"; Aftale om en forenklet beskæftigelsesindsats (KL's overblik), "Færre og mere enkle proceskrav"
_INFO_foerste_samtale_kontanthjaelp = rt.Regel('første_samtale_kontanthjælp', 'P01', 'Første samtale senest en uge efter første henvendelse', "Første delaftale om nytænkning af beskæftigelsesindsatsen, Færre proceskrav for indsatsen; Hedensted Kommune: Ny forenklet beskæftigelsesindsats (udvalgsbilag), Færre proceskrav til samtaleforløbet; Aftale om en forenklet beskæftigelsesindsats (KL's overblik), Færre og mere enkle proceskrav", None, ('P01',))


def regel_foerste_samtale_kontanthjaelp(sag: model.Sag, skaeringsdato: date, ud: rt.Sagsresultat) -> None:
    'Første samtale senest en uge efter første henvendelse'
    if sag.ydelse not in {'kontanthjælp', 'uddannelseshjælp'}:
        return
    afgoerende = rt.kraev(sag.foerste_henvendelse, 'første_henvendelse')
    if afgoerende < _DATO_2019_07_01:
        return
    frist = laeg_til(afgoerende, _1_UGE)
    haendelse = None
    for indeks, element in enumerate(sag.samtaler):
        if element.dato <= skaeringsdato and (haendelse is None or element.dato < haendelse) and definition_med_jobcentret(element, indeks, sag, skaeringsdato):
            haendelse = element.dato
    rt.vurder_frist(ud, _INFO_foerste_samtale_kontanthjaelp, sag.forloebsslut, skaeringsdato, frist, haendelse, 'første samtale')


# P02 – Hedensted Kommune: Ny forenklet beskæftigelsesindsats (udvalgsbilag), "Færre proceskrav til samtaleforløbet"; Aftale om en forenklet beskæftigelsesindsats (KL's overblik), "Færre og mere enkle proceskrav"
_INFO_foerste_samtale_sygedagpenge = rt.Regel('første_samtale_sygedagpenge', 'P02', 'Første samtale senest ved udgangen af 8. sygefraværsuge', "Hedensted Kommune: Ny forenklet beskæftigelsesindsats (udvalgsbilag), Færre proceskrav til samtaleforløbet; Aftale om en forenklet beskæftigelsesindsats (KL's overblik), Færre og mere enkle proceskrav", None, ('P02',))


def regel_foerste_samtale_sygedagpenge(sag: model.Sag, skaeringsdato: date, ud: rt.Sagsresultat) -> None:
    'Første samtale senest ved udgangen af 8. sygefraværsuge'
    if sag.ydelse != 'sygedagpenge':
        return
    afgoerende = (sag.foerste_fravaersdag if sag.foerste_fravaersdag is not None else sag.forloebsstart)
    if afgoerende < _DATO_2019_07_01:
        return
    start = afgoerende
    slut = laeg_til(start, _8_UGER)
    frist = slut - DAG
    haendelse = None
    for indeks, element in enumerate(sag.samtaler):
        if element.dato <= skaeringsdato and (haendelse is None or element.dato < haendelse) and definition_med_jobcentret(element, indeks, sag, skaeringsdato):
            haendelse = element.dato
    rt.vurder_frist(ud, _INFO_foerste_samtale_sygedagpenge, sag.forloebsslut, skaeringsdato, frist, haendelse, 'første samtale')


# P03 – Aftale om en forenklet beskæftigelsesindsats (KL's overblik), "Færre og mere enkle proceskrav"; Hedensted Kommune: Ny forenklet beskæftigelsesindsats (udvalgsbilag), "Færre proceskrav til samtaleforløbet"
_INFO_samtaler_foerste_halve_aar = rt.Regel('samtaler_første_halve_år', 'P03', 'Mindst fire samtaler med jobcentret i de første seks måneder', "Aftale om en forenklet beskæftigelsesindsats (KL's overblik), Færre og mere enkle proceskrav; Hedensted Kommune: Ny forenklet beskæftigelsesindsats (udvalgsbilag), Færre proceskrav til samtaleforløbet", None, ('P03',))


def regel_samtaler_foerste_halve_aar(sag: model.Sag, skaeringsdato: date, ud: rt.Sagsresultat) -> None:
    'Mindst fire samtaler med jobcentret i de første seks måneder'
    if not (definition_de_ni_maalgrupper(sag, skaeringsdato) and (not ((sag.ydelse == 'dagpenge') and (sag.forloebsstart >= _DATO_2024_01_01)))):
        return
    afgoerende = sag.forloebsstart
    if afgoerende < _DATO_2019_07_01:
        return
    start = sag.forloebsstart
    slut = laeg_til(start, _6_MAANEDER)
    sidste = slut - DAG
    if not rt.koerer(sag.forloebsslut, slut):
        return
    if undtagelse_mindre_intensiv_indsats(sag, skaeringsdato, slut):
        ud.undtaget(_INFO_samtaler_foerste_halve_aar, _INFO_mindre_intensiv_indsats, None)
        return
    antal = 0
    for indeks, element in enumerate(sag.samtaler):
        if element.dato <= skaeringsdato and start <= element.dato < slut and definition_med_jobcentret(element, indeks, sag, skaeringsdato):
            antal += 1
    rt.vurder_antal(ud, _INFO_samtaler_foerste_halve_aar, skaeringsdato, start, sidste, antal, 4, 'samtale', 'samtaler')


# P05 – Anden delaftale om nytænkning af beskæftigelsesindsatsen, "Et forenklet kontaktforløb"
_INFO_a_kasse_samtaler_foerste_tre_maaneder = rt.Regel('a_kasse_samtaler_første_tre_måneder', 'P05', 'Dagpenge: mindst tre samtaler i a-kassen i de første tre måneder', 'Anden delaftale om nytænkning af beskæftigelsesindsatsen, Et forenklet kontaktforløb', None, ('P05',))


def regel_a_kasse_samtaler_foerste_tre_maaneder(sag: model.Sag, skaeringsdato: date, ud: rt.Sagsresultat) -> None:
    'Dagpenge: mindst tre samtaler i a-kassen i de første tre måneder'
    if sag.ydelse != 'dagpenge':
        return
    afgoerende = sag.forloebsstart
    if afgoerende < _DATO_2024_01_01:
        return
    start = sag.forloebsstart
    slut = laeg_til(start, _3_MAANEDER)
    sidste = slut - DAG
    if not rt.koerer(sag.forloebsslut, slut):
        return
    if undtagelse_mindre_intensiv_indsats(sag, skaeringsdato, slut):
        ud.undtaget(_INFO_a_kasse_samtaler_foerste_tre_maaneder, _INFO_mindre_intensiv_indsats, None)
        return
    antal = 0
    for indeks, element in enumerate(sag.samtaler):
        if element.dato <= skaeringsdato and start <= element.dato < slut and definition_med_a_kassen(element, indeks, sag, skaeringsdato):
            antal += 1
    rt.vurder_antal(ud, _INFO_a_kasse_samtaler_foerste_tre_maaneder, skaeringsdato, start, sidste, antal, 3, 'samtale', 'samtaler')


# P05 – Anden delaftale om nytænkning af beskæftigelsesindsatsen, "Et forenklet kontaktforløb"
_INFO_jobcenter_samtaler_maaned_fire_til_seks = rt.Regel('jobcenter_samtaler_måned_fire_til_seks', 'P05', 'Dagpenge: mindst tre samtaler i jobcentret i måned fire til seks', 'Anden delaftale om nytænkning af beskæftigelsesindsatsen, Et forenklet kontaktforløb', None, ('P05',))


def regel_jobcenter_samtaler_maaned_fire_til_seks(sag: model.Sag, skaeringsdato: date, ud: rt.Sagsresultat) -> None:
    'Dagpenge: mindst tre samtaler i jobcentret i måned fire til seks'
    if sag.ydelse != 'dagpenge':
        return
    afgoerende = sag.forloebsstart
    if afgoerende < _DATO_2024_01_01:
        return
    start = laeg_til(sag.forloebsstart, _3_MAANEDER)
    slut = laeg_til(sag.forloebsstart, _6_MAANEDER)
    sidste = slut - DAG
    if not rt.koerer(sag.forloebsslut, slut):
        return
    if undtagelse_mindre_intensiv_indsats(sag, skaeringsdato, slut):
        ud.undtaget(_INFO_jobcenter_samtaler_maaned_fire_til_seks, _INFO_mindre_intensiv_indsats, None)
        return
    antal = 0
    for indeks, element in enumerate(sag.samtaler):
        if element.dato <= skaeringsdato and start <= element.dato < slut and definition_med_jobcentret(element, indeks, sag, skaeringsdato):
            antal += 1
    rt.vurder_antal(ud, _INFO_jobcenter_samtaler_maaned_fire_til_seks, skaeringsdato, start, sidste, antal, 3, 'samtale', 'samtaler')


# P06 – Hedensted Kommune: Ny forenklet beskæftigelsesindsats (udvalgsbilag), "Færre proceskrav til samtaleforløbet"
_INFO_foerste_faellessamtale = rt.Regel('første_fællessamtale', 'P06', 'Dagpenge: en fællessamtale i de første tre måneder', 'Hedensted Kommune: Ny forenklet beskæftigelsesindsats (udvalgsbilag), Færre proceskrav til samtaleforløbet', None, ('P06',))


def regel_foerste_faellessamtale(sag: model.Sag, skaeringsdato: date, ud: rt.Sagsresultat) -> None:
    'Dagpenge: en fællessamtale i de første tre måneder'
    if sag.ydelse != 'dagpenge':
        return
    afgoerende = sag.forloebsstart
    if afgoerende < _DATO_2019_07_01 or afgoerende > _DATO_2023_12_31:
        return
    start = sag.forloebsstart
    slut = laeg_til(start, _3_MAANEDER)
    sidste = slut - DAG
    if not rt.koerer(sag.forloebsslut, slut):
        return
    if undtagelse_mindre_intensiv_indsats(sag, skaeringsdato, slut):
        ud.undtaget(_INFO_foerste_faellessamtale, _INFO_mindre_intensiv_indsats, None)
        return
    antal = 0
    for indeks, element in enumerate(sag.samtaler):
        if element.dato <= skaeringsdato and start <= element.dato < slut and definition_faellessamtale(element, indeks, sag, skaeringsdato):
            antal += 1
    rt.vurder_antal(ud, _INFO_foerste_faellessamtale, skaeringsdato, start, sidste, antal, 1, 'samtale', 'samtaler')


# P06 – Hedensted Kommune: Ny forenklet beskæftigelsesindsats (udvalgsbilag), "Færre proceskrav til samtaleforløbet"
_INFO_anden_faellessamtale = rt.Regel('anden_fællessamtale', 'P06', 'Dagpenge: en fællessamtale i måned fire til seks', 'Hedensted Kommune: Ny forenklet beskæftigelsesindsats (udvalgsbilag), Færre proceskrav til samtaleforløbet', None, ('P06',))


def regel_anden_faellessamtale(sag: model.Sag, skaeringsdato: date, ud: rt.Sagsresultat) -> None:
    'Dagpenge: en fællessamtale i måned fire til seks'
    if sag.ydelse != 'dagpenge':
        return
    afgoerende = sag.forloebsstart
    if afgoerende < _DATO_2019_07_01 or afgoerende > _DATO_2023_12_31:
        return
    start = laeg_til(sag.forloebsstart, _3_MAANEDER)
    slut = laeg_til(sag.forloebsstart, _6_MAANEDER)
    sidste = slut - DAG
    if not rt.koerer(sag.forloebsslut, slut):
        return
    if undtagelse_mindre_intensiv_indsats(sag, skaeringsdato, slut):
        ud.undtaget(_INFO_anden_faellessamtale, _INFO_mindre_intensiv_indsats, None)
        return
    antal = 0
    for indeks, element in enumerate(sag.samtaler):
        if element.dato <= skaeringsdato and start <= element.dato < slut and definition_faellessamtale(element, indeks, sag, skaeringsdato):
            antal += 1
    rt.vurder_antal(ud, _INFO_anden_faellessamtale, skaeringsdato, start, sidste, antal, 1, 'samtale', 'samtaler')


# P07 – Hedensted Kommune: Ny forenklet beskæftigelsesindsats (udvalgsbilag), "Færre proceskrav til samtaleforløbet"; Høringsnotat om lovforslaget der gennemfører anden delaftale, "2.1.1 Jobsamtaler, rådighedssamtaler og opfølgningssamtaler (§ 32, stk. 2)"
_INFO_faellessamtale_efter_seks_maaneder = rt.Regel('fællessamtale_efter_seks_måneder', 'P07', 'Dagpenge: en fællessamtale senere end seks måneder og senest 16 måneder efter start', 'Hedensted Kommune: Ny forenklet beskæftigelsesindsats (udvalgsbilag), Færre proceskrav til samtaleforløbet; Høringsnotat om lovforslaget der gennemfører anden delaftale, 2.1.1 Jobsamtaler, rådighedssamtaler og opfølgningssamtaler (§ 32, stk. 2)', None, ('P07',))


def regel_faellessamtale_efter_seks_maaneder(sag: model.Sag, skaeringsdato: date, ud: rt.Sagsresultat) -> None:
    'Dagpenge: en fællessamtale senere end seks måneder og senest 16 måneder efter start'
    if sag.ydelse != 'dagpenge':
        return
    afgoerende = sag.forloebsstart
    if afgoerende < _DATO_2019_07_01:
        return
    start = laeg_til(sag.forloebsstart, _6_MAANEDER)
    slut = laeg_til(sag.forloebsstart, _16_MAANEDER) + DAG
    sidste = slut - DAG
    if not rt.koerer(sag.forloebsslut, sidste):
        return
    if undtagelse_mindre_intensiv_indsats(sag, skaeringsdato, sidste):
        ud.undtaget(_INFO_faellessamtale_efter_seks_maaneder, _INFO_mindre_intensiv_indsats, None)
        return
    antal = 0
    for indeks, element in enumerate(sag.samtaler):
        if element.dato <= skaeringsdato and start <= element.dato < slut and (definition_faellessamtale(element, indeks, sag, skaeringsdato) and (element.dato > laeg_til(sag.forloebsstart, _6_MAANEDER))):
            antal += 1
    rt.vurder_antal(ud, _INFO_faellessamtale_efter_seks_maaneder, skaeringsdato, start, sidste, antal, 1, 'samtale', 'samtaler')


# P08 – Anden delaftale om nytænkning af beskæftigelsesindsatsen, "Udvidet mulighed for digitale samtaler"; Høringsnotat om lovforslaget der gennemfører anden delaftale, "2.1.1 Jobsamtaler, rådighedssamtaler og opfølgningssamtaler (§ 33, stk. 1)"
_INFO_foerste_samtale_ved_fremmoede = rt.Regel('første_samtale_ved_fremmøde', 'P08', 'Første samtale med jobcentret holdes ved personligt fremmøde', 'Anden delaftale om nytænkning af beskæftigelsesindsatsen, Udvidet mulighed for digitale samtaler; Høringsnotat om lovforslaget der gennemfører anden delaftale, 2.1.1 Jobsamtaler, rådighedssamtaler og opfølgningssamtaler (§ 33, stk. 1)', None, ('P08',))


def regel_foerste_samtale_ved_fremmoede(sag: model.Sag, skaeringsdato: date, ud: rt.Sagsresultat) -> None:
    'Første samtale med jobcentret holdes ved personligt fremmøde'
    if not (definition_maalgrupper_for_samtaleformen(sag, skaeringsdato) or (sag.ydelse == 'førtidspension')):
        return
    foerste = None
    for indeks, element in enumerate(sag.samtaler):
        if element.dato <= skaeringsdato and (foerste is None or element.dato < foerste[1].dato or (element.dato == foerste[1].dato and (element.form == 'fremmøde'))) and definition_med_jobcentret(element, indeks, sag, skaeringsdato):
            foerste = (indeks, element)
    if foerste is None:
        return
    indeks, element = foerste
    afgoerende = element.dato
    if afgoerende < _DATO_2023_01_01:
        return
    if undtagelse_sygemeldt_med_arbejdsgiver(sag, skaeringsdato, element.dato):
        ud.undtaget(_INFO_foerste_samtale_ved_fremmoede, _INFO_sygemeldt_med_arbejdsgiver, f'samtaler[{indeks}]')
        return
    if element.form != 'fremmøde':
        ud.overtraedelse(_INFO_foerste_samtale_ved_fremmoede, 'Første samtale med jobcentret holdes ved personligt fremmøde: samtale den ' + rt.dansk_dato(element.dato) + ' opfylder ikke kravet.', None, f'samtaler[{indeks}]', dato=element.dato)


# P08 – Anden delaftale om nytænkning af beskæftigelsesindsatsen, "Udvidet mulighed for digitale samtaler"; Høringsnotat om lovforslaget der gennemfører anden delaftale, "2.1.1 Jobsamtaler, rådighedssamtaler og opfølgningssamtaler (§ 33, stk. 1)"
_INFO_foerste_a_kasse_samtale_ved_fremmoede = rt.Regel('første_a_kasse_samtale_ved_fremmøde', 'P08', 'Dagpenge: første samtale i a-kassen holdes ved personligt fremmøde', 'Anden delaftale om nytænkning af beskæftigelsesindsatsen, Udvidet mulighed for digitale samtaler; Høringsnotat om lovforslaget der gennemfører anden delaftale, 2.1.1 Jobsamtaler, rådighedssamtaler og opfølgningssamtaler (§ 33, stk. 1)', None, ('P08',))


def regel_foerste_a_kasse_samtale_ved_fremmoede(sag: model.Sag, skaeringsdato: date, ud: rt.Sagsresultat) -> None:
    'Dagpenge: første samtale i a-kassen holdes ved personligt fremmøde'
    if sag.ydelse != 'dagpenge':
        return
    foerste = None
    for indeks, element in enumerate(sag.samtaler):
        if element.dato <= skaeringsdato and (foerste is None or element.dato < foerste[1].dato or (element.dato == foerste[1].dato and (element.form == 'fremmøde'))) and definition_med_a_kassen(element, indeks, sag, skaeringsdato):
            foerste = (indeks, element)
    if foerste is None:
        return
    indeks, element = foerste
    afgoerende = element.dato
    if afgoerende < _DATO_2023_01_01:
        return
    if element.form != 'fremmøde':
        ud.overtraedelse(_INFO_foerste_a_kasse_samtale_ved_fremmoede, 'Dagpenge: første samtale i a-kassen holdes ved personligt fremmøde: samtale den ' + rt.dansk_dato(element.dato) + ' opfylder ikke kravet.', None, f'samtaler[{indeks}]', dato=element.dato)


# P09 – Første delaftale om nytænkning af beskæftigelsesindsatsen, "Samtaler over video eller telefon"
_INFO_fremmoede_foerste_seks_maaneder_2022 = rt.Regel('fremmøde_første_seks_måneder_2022', 'P09', 'Samtaler i de første seks måneder holdes ved fremmøde (2022)', 'Første delaftale om nytænkning af beskæftigelsesindsatsen, Samtaler over video eller telefon', None, ('P09',))


def regel_fremmoede_foerste_seks_maaneder_2022(sag: model.Sag, skaeringsdato: date, ud: rt.Sagsresultat) -> None:
    'Samtaler i de første seks måneder holdes ved fremmøde (2022)'
    if not definition_maalgrupper_for_samtaleformen(sag, skaeringsdato):
        return
    for indeks, element in enumerate(sag.samtaler):
        if element.dato > skaeringsdato:
            continue
        try:
            afgoerende = element.dato
            if afgoerende < _DATO_2022_01_01 or afgoerende > _DATO_2022_12_31:
                continue
            if element.dato >= laeg_til(sag.forloebsstart, _6_MAANEDER):
                continue
            if element.form != 'fremmøde':
                ud.overtraedelse(_INFO_fremmoede_foerste_seks_maaneder_2022, 'Samtaler i de første seks måneder holdes ved fremmøde (2022): samtale den ' + rt.dansk_dato(element.dato) + ' opfylder ikke kravet.', None, f'samtaler[{indeks}]', dato=element.dato)
        except rt.ManglendeData as fejl:
            ud.mangler(_INFO_fremmoede_foerste_seks_maaneder_2022, fejl)


# P11 – Høringsnotat om lovforslaget der gennemfører anden delaftale, "2.1.1.2 Opfølgningssamtaler"; Høringsnotat om lovforslaget der gennemfører anden delaftale, "2.1.1 Jobsamtaler, rådighedssamtaler og opfølgningssamtaler"
_INFO_ingen_samtaler_pr_brev = rt.Regel('ingen_samtaler_pr_brev', 'P11', 'Ingen samtaler pr. brev', 'Høringsnotat om lovforslaget der gennemfører anden delaftale, 2.1.1.2 Opfølgningssamtaler; Høringsnotat om lovforslaget der gennemfører anden delaftale, 2.1.1 Jobsamtaler, rådighedssamtaler og opfølgningssamtaler', None, ('P11',))


def regel_ingen_samtaler_pr_brev(sag: model.Sag, skaeringsdato: date, ud: rt.Sagsresultat) -> None:
    'Ingen samtaler pr. brev'
    if not definition_omfattet_af_indsatsen(sag, skaeringsdato):
        return
    for indeks, element in enumerate(sag.samtaler):
        if element.dato > skaeringsdato:
            continue
        try:
            afgoerende = element.dato
            if afgoerende < _DATO_2023_01_01:
                continue
            if element.form == 'brev':
                ud.overtraedelse(_INFO_ingen_samtaler_pr_brev, 'Ingen samtaler pr. brev: samtale den ' + rt.dansk_dato(element.dato) + ' er ikke tilladt.', None, f'samtaler[{indeks}]', dato=element.dato)
        except rt.ManglendeData as fejl:
            ud.mangler(_INFO_ingen_samtaler_pr_brev, fejl)


# P12 – Første delaftale om nytænkning af beskæftigelsesindsatsen, "Færre proceskrav for indsatsen"
_INFO_foerste_tilbud_inden_for_en_maaned = rt.Regel('første_tilbud_inden_for_en_måned', 'P12', 'Første tilbud inden for den første måned', 'Første delaftale om nytænkning af beskæftigelsesindsatsen, Færre proceskrav for indsatsen', None, ('P12',))


def regel_foerste_tilbud_inden_for_en_maaned(sag: model.Sag, skaeringsdato: date, ud: rt.Sagsresultat) -> None:
    'Første tilbud inden for den første måned'
    if sag.ydelse != 'uddannelseshjælp':
        return
    afgoerende = sag.forloebsstart
    if afgoerende < _DATO_2019_07_01:
        return
    start = sag.forloebsstart
    slut = laeg_til(start, _1_MAANED)
    frist = slut - DAG
    if undtagelse_mindre_intensiv_indsats(sag, skaeringsdato, frist):
        ud.undtaget(_INFO_foerste_tilbud_inden_for_en_maaned, _INFO_mindre_intensiv_indsats, None)
        return
    haendelse = None
    for indeks, element in enumerate(sag.tilbud):
        if element.start <= skaeringsdato and (haendelse is None or element.start < haendelse):
            haendelse = element.start
    rt.vurder_frist(ud, _INFO_foerste_tilbud_inden_for_en_maaned, sag.forloebsslut, skaeringsdato, frist, haendelse, 'første tilbud', begynder=True)


# P13 – Første delaftale om nytænkning af beskæftigelsesindsatsen, "Færre proceskrav for indsatsen"
_INFO_interval_mellem_tilbud = rt.Regel('interval_mellem_tilbud', 'P13', 'Højst fire måneder (før 2022: fire uger) mellem to tilbud', 'Første delaftale om nytænkning af beskæftigelsesindsatsen, Færre proceskrav for indsatsen', None, ('P13',))


class _Vaerdier_interval_mellem_tilbud(NamedTuple):
    graense: Varighed


_VERSIONER_interval_mellem_tilbud = (
    rt.Version(date(2019, 7, 1), date(2021, 12, 31), _Vaerdier_interval_mellem_tilbud(_4_UGER)),
    rt.Version(date(2022, 1, 1), None, _Vaerdier_interval_mellem_tilbud(_4_MAANEDER)),
)


def regel_interval_mellem_tilbud(sag: model.Sag, skaeringsdato: date, ud: rt.Sagsresultat) -> None:
    'Højst fire måneder (før 2022: fire uger) mellem to tilbud'
    if sag.ydelse != 'uddannelseshjælp':
        return
    try:
        pauser = rt.pauser([(element.start, element.slut, indeks) for indeks, element in enumerate(sag.tilbud)
                           if element.start <= skaeringsdato], skaeringsdato, 'tilbud')
    except rt.ManglendeData as fejl:
        ud.mangler(_INFO_interval_mellem_tilbud, fejl)
        return
    for indeks, ende, naeste in pauser:
        element = sag.tilbud[indeks]
        try:
            afgoerende = rt.kraev_element(element.slut, 'tilbud', indeks, 'slut')
            gaeldende = rt.version(_VERSIONER_interval_mellem_tilbud, afgoerende)
            if gaeldende is None:
                continue
            v = gaeldende.vaerdier
            graense = v.graense
            seneste = laeg_til(ende, graense)
            if undtagelse_mindre_intensiv_indsats(sag, skaeringsdato, seneste):
                ud.undtaget(_INFO_interval_mellem_tilbud, _INFO_mindre_intensiv_indsats, f'tilbud[{indeks}]')
                continue
            rt.vurder_pause(ud, _INFO_interval_mellem_tilbud, sag.forloebsslut, skaeringsdato, ende, seneste, naeste, graense, f'tilbud[{indeks}]', 'tilbud')
        except rt.ManglendeData as fejl:
            ud.mangler(_INFO_interval_mellem_tilbud, fejl)


# P17 – Aftale om en forenklet beskæftigelsesindsats (KL's overblik), "Ens regler om indsatsen på tværs af målgrupper"
_INFO_loentilskud_hoejst_seks_maaneder = rt.Regel('løntilskud_højst_seks_måneder', 'P17', 'Løntilskud varer højst seks måneder, ved offentlig arbejdsgiver højst fire for personer tæt på arbejdsmarkedet', "Aftale om en forenklet beskæftigelsesindsats (KL's overblik), Ens regler om indsatsen på tværs af målgrupper", None, ('P17',))


def regel_loentilskud_hoejst_seks_maaneder(sag: model.Sag, skaeringsdato: date, ud: rt.Sagsresultat) -> None:
    'Løntilskud varer højst seks måneder, ved offentlig arbejdsgiver højst fire for personer tæt på arbejdsmarkedet'
    if not definition_omfattet_af_indsatsen(sag, skaeringsdato):
        return
    for indeks, element in enumerate(sag.tilbud):
        if element.start > skaeringsdato:
            continue
        try:
            afgoerende = element.start
            if afgoerende < _DATO_2019_07_01:
                continue
            if element.type != 'løntilskud':
                continue
            ende = rt.effektiv_slut(element.start, element.slut, skaeringsdato, 'tilbud', indeks)
            try:
                graense = (_4_MAANEDER if (definition_taet_paa_arbejdsmarkedet(sag, skaeringsdato) and (rt.kraev_element(element.arbejdsgiver, 'tilbud', indeks, 'arbejdsgiver') == 'offentlig')) else _6_MAANEDER)
            except rt.ManglendeData as fejl:
                graense = rt.graense_uden_data(fejl, element.start, ende, skaeringsdato, (_4_MAANEDER, _6_MAANEDER))
            sidste = rt.sidste_tilladte_dag(element.start, graense)
            rt.vurder_varighed(ud, _INFO_loentilskud_hoejst_seks_maaneder, skaeringsdato, element.start, ende, sidste, graense, f'tilbud[{indeks}]', 'tilbud')
        except rt.ManglendeData as fejl:
            ud.mangler(_INFO_loentilskud_hoejst_seks_maaneder, fejl)


# P18 – Aftale om en forenklet beskæftigelsesindsats (KL's overblik), "Ens regler om indsatsen på tværs af målgrupper"
_INFO_virksomhedspraktik_varighed = rt.Regel('virksomhedspraktik_varighed', 'P18', 'Virksomhedspraktik varer højst fire uger, eller 13 uger for personer længere fra arbejdsmarkedet', "Aftale om en forenklet beskæftigelsesindsats (KL's overblik), Ens regler om indsatsen på tværs af målgrupper", None, ('P18',))


def regel_virksomhedspraktik_varighed(sag: model.Sag, skaeringsdato: date, ud: rt.Sagsresultat) -> None:
    'Virksomhedspraktik varer højst fire uger, eller 13 uger for personer længere fra arbejdsmarkedet'
    if not definition_omfattet_af_indsatsen(sag, skaeringsdato):
        return
    for indeks, element in enumerate(sag.tilbud):
        if element.start > skaeringsdato:
            continue
        try:
            afgoerende = element.start
            if afgoerende < _DATO_2019_07_01:
                continue
            if element.type != 'virksomhedspraktik':
                continue
            ende = rt.effektiv_slut(element.start, element.slut, skaeringsdato, 'tilbud', indeks)
            try:
                graense = (_4_UGER if definition_taet_paa_arbejdsmarkedet(sag, skaeringsdato) else _13_UGER)
            except rt.ManglendeData as fejl:
                graense = rt.graense_uden_data(fejl, element.start, ende, skaeringsdato, (_4_UGER, _13_UGER))
            sidste = rt.sidste_tilladte_dag(element.start, graense)
            rt.vurder_varighed(ud, _INFO_virksomhedspraktik_varighed, skaeringsdato, element.start, ende, sidste, graense, f'tilbud[{indeks}]', 'tilbud')
        except rt.ManglendeData as fejl:
            ud.mangler(_INFO_virksomhedspraktik_varighed, fejl)


# P19 – Anden delaftale om nytænkning af beskæftigelsesindsatsen, "Mere målrettede tilbud"; Høringsnotat om lovforslaget der gennemfører anden delaftale, "2.2.1 Øvrig vejledning og opkvalificering (ØVO) tages ud af ret og pligt-tilbud"
_INFO_oevo_ikke_ret_og_pligt = rt.Regel('øvo_ikke_ret_og_pligt', 'P19', 'Øvrig vejledning og opkvalificering kan ikke være et ret og pligt-tilbud', 'Anden delaftale om nytænkning af beskæftigelsesindsatsen, Mere målrettede tilbud; Høringsnotat om lovforslaget der gennemfører anden delaftale, 2.2.1 Øvrig vejledning og opkvalificering (ØVO) tages ud af ret og pligt-tilbud', None, ('P19',))


def regel_oevo_ikke_ret_og_pligt(sag: model.Sag, skaeringsdato: date, ud: rt.Sagsresultat) -> None:
    'Øvrig vejledning og opkvalificering kan ikke være et ret og pligt-tilbud'
    if not ((sag.ydelse in {'dagpenge', 'kontanthjælp', 'overgangsydelse'}) and (not sag.i_integrationsprogram)):
        return
    for indeks, element in enumerate(sag.tilbud):
        if element.start > skaeringsdato:
            continue
        try:
            afgoerende = element.start
            if afgoerende < _DATO_2023_01_01:
                continue
            if (definition_oevo(element, indeks, sag, skaeringsdato) and element.ret_og_pligt):
                ud.overtraedelse(_INFO_oevo_ikke_ret_og_pligt, 'Øvrig vejledning og opkvalificering kan ikke være et ret og pligt-tilbud: tilbud den ' + rt.dansk_dato(element.start) + ' er ikke tilladt.', None, f'tilbud[{indeks}]', dato=element.start)
        except rt.ManglendeData as fejl:
            ud.mangler(_INFO_oevo_ikke_ret_og_pligt, fejl)


# P23 – Aftale om en forenklet beskæftigelsesindsats (KL's overblik), "Færre og mere enkle proceskrav"; Anden delaftale om nytænkning af beskæftigelsesindsatsen, "Mere målrettede tilbud"
_INFO_foerste_ret_og_pligt_tilbud = rt.Regel('første_ret_og_pligt_tilbud', 'P23', 'Første ret og pligt-tilbud senest efter seks måneder', "Aftale om en forenklet beskæftigelsesindsats (KL's overblik), Færre og mere enkle proceskrav; Anden delaftale om nytænkning af beskæftigelsesindsatsen, Mere målrettede tilbud", None, ('P23',))


def regel_foerste_ret_og_pligt_tilbud(sag: model.Sag, skaeringsdato: date, ud: rt.Sagsresultat) -> None:
    'Første ret og pligt-tilbud senest efter seks måneder'
    if sag.ydelse not in {'dagpenge', 'kontanthjælp'}:
        return
    afgoerende = sag.forloebsstart
    if afgoerende < _DATO_2019_07_01:
        return
    frist = laeg_til(sag.forloebsstart, _6_MAANEDER)
    haendelse = None
    for indeks, element in enumerate(sag.tilbud):
        if element.start <= skaeringsdato and (haendelse is None or element.start < haendelse) and (element.ret_og_pligt and (((not definition_oevo(element, indeks, sag, skaeringsdato)) or (element.start < _DATO_2023_01_01)) or sag.i_integrationsprogram)):
            haendelse = element.start
    rt.vurder_frist(ud, _INFO_foerste_ret_og_pligt_tilbud, sag.forloebsslut, skaeringsdato, frist, haendelse, 'første tilbud', begynder=True)


# P15 – Første delaftale om nytænkning af beskæftigelsesindsatsen, "Styrket understøttelse af overgang til og gennemførelse af uddannelse"
_INFO_reaktion_paa_frafaldsbesked = rt.Regel('reaktion_på_frafaldsbesked', 'P15', 'Jobcentret reagerer på beskeder om risiko for frafald', 'Første delaftale om nytænkning af beskæftigelsesindsatsen, Styrket understøttelse af overgang til og gennemførelse af uddannelse', None, ('P15',))


def regel_reaktion_paa_frafaldsbesked(sag: model.Sag, skaeringsdato: date, ud: rt.Sagsresultat) -> None:
    'Jobcentret reagerer på beskeder om risiko for frafald'
    if sag.ydelse != 'uddannelseshjælp':
        return
    for indeks, element in enumerate(sag.frafaldsbeskeder):
        if element.modtaget > skaeringsdato:
            continue
        try:
            afgoerende = element.modtaget
            if afgoerende < _DATO_2022_01_01:
                continue
            if not ((element.modtaget >= rt.kraev(sag.uddannelsesstart, 'uddannelsesstart')) and (element.modtaget < laeg_til(rt.kraev(sag.uddannelsesstart, 'uddannelsesstart'), _6_MAANEDER))):
                continue
            if not (((element.reaktion is not None) and (rt.kraev_element(element.reaktion, 'frafaldsbeskeder', indeks, 'reaktion') >= element.modtaget)) and (rt.kraev_element(element.reaktion, 'frafaldsbeskeder', indeks, 'reaktion') <= skaeringsdato)):
                ud.overtraedelse(_INFO_reaktion_paa_frafaldsbesked, 'Jobcentret reagerer på beskeder om risiko for frafald: frafaldsbesked den ' + rt.dansk_dato(element.modtaget) + ' opfylder ikke kravet.', None, f'frafaldsbeskeder[{indeks}]', dato=element.modtaget)
        except rt.ManglendeData as fejl:
            ud.mangler(_INFO_reaktion_paa_frafaldsbesked, fejl)


# Reglerne, der vurderes for hver sag, i regelfilernes rækkefølge.
SAGSREGLER = (
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

# For hver ydelse: de regler, hvis betingelse kan være opfyldt for den.
REGLER_PR_YDELSE = {
    'dagpenge': (
        (regel_begrundet_afvisning_af_indstilling, _INFO_begrundet_afvisning_af_indstilling),
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


def valider_sag(sag: model.Sag, skaeringsdato: date) -> rt.Sagsresultat:
    """Vurder alle regler for én sag; manglende data giver en datafejl for den regel."""
    ud = rt.Sagsresultat(sag.id)
    for regel, info in REGLER_PR_YDELSE.get(sag.ydelse, SAGSREGLER):
        try:
            regel(sag, skaeringsdato, ud)
        except rt.ManglendeData as fejl:
            ud.mangler(info, fejl)
    return ud
