# P01 – Første delaftale om nytænkning af beskæftigelsesindsatsen, "Færre proceskrav for indsatsen"
_INFO_foerste_samtale = rt.Regel('første_samtale', 'P01', 'Første samtale senest en uge efter første henvendelse', 'Første delaftale om nytænkning af beskæftigelsesindsatsen, Færre proceskrav for indsatsen', None, ('P01',))


def regel_foerste_samtale(sag: Sag, skaeringsdato: date, ud: rt.Sagsresultat) -> None:
    'Første samtale senest en uge efter første henvendelse'
    if not (sag.ydelse in {'kontanthjælp', 'uddannelseshjælp'}):
        return
    afgoerende = rt.kraev(sag.foerste_henvendelse, 'første_henvendelse')
    if afgoerende < _DATO_2019_07_01:
        return
    frist = laeg_til(afgoerende, _1_UGE)
    haendelse = None
    for indeks, element in enumerate(sag.samtaler):
        if element.dato <= skaeringsdato and (haendelse is None or element.dato < haendelse) and definition_med_jobcentret(element, indeks, sag, skaeringsdato):
            haendelse = element.dato
    rt.vurder_frist(ud, _INFO_foerste_samtale, sag.forloebsslut, skaeringsdato, frist, haendelse, 'første samtale')
