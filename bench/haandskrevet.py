"""En håndskrevet validator for de samme bestemmelser som rules/ (kun til målinger og som
uafhængigt orakel i testene; produktet bruger den ikke).

Skrevet, som en omhyggelig udvikler ville skrive den direkte i Python ud fra
semantikken i compiler/DESIGN.md: datoer tolkes én gang, konstanter er beregnet på
forhånd, og reglerne springes over tidligt efter ydelse.
"""

from __future__ import annotations

import calendar
import json
from datetime import date, timedelta
from typing import Iterable, Iterator, Optional

DAG = timedelta(days=1)
UGE = timedelta(days=7)
NI = frozenset({"dagpenge", "kontanthjælp", "uddannelseshjælp", "ledighedsydelse", "overgangsydelse",
                "sygedagpenge", "revalidering", "ressourceforløb", "jobafklaringsforløb"})
YDELSER = NI | {"førtidspension"}
FORMER = frozenset({"fremmøde", "video", "telefon", "brev"})
AKTOERER = frozenset({"jobcenter", "a_kasse", "fælles"})
TYPER = frozenset({"virksomhedspraktik", "løntilskud", "øvrig_vejledning_og_opkvalificering", "uddannelse",
                   "nytteindsats"})
OEVO = "øvrig_vejledning_og_opkvalificering"
D2019_07_01, D2021_12_31, D2022_01_01 = date(2019, 7, 1), date(2021, 12, 31), date(2022, 1, 1)
D2022_12_31, D2023_01_01, D2023_12_31, D2024_01_01 = date(2022, 12, 31), date(2023, 1, 1), date(2023, 12, 31), date(2024, 1, 1)


class Ugyldig(ValueError):
    pass


class Mangler(Exception):
    pass


def plus_maaneder(dag: date, antal: int) -> date:
    indeks = dag.month - 1 + antal
    aar, maaned = dag.year + indeks // 12, indeks % 12 + 1
    return date(aar, maaned, min(dag.day, calendar.monthrange(aar, maaned)[1]))


def _dato(vaerdi, felt: str, paakraevet: bool = True) -> Optional[date]:
    if vaerdi is None:
        if paakraevet:
            raise Ugyldig(felt)
        return None
    if not isinstance(vaerdi, str) or len(vaerdi) != 10:
        raise Ugyldig(felt)
    try:
        return date.fromisoformat(vaerdi)
    except ValueError:
        raise Ugyldig(felt) from None


def _liste(data: dict, felt: str) -> list:
    vaerdi = data.get(felt)
    if vaerdi is None:
        return []
    if not isinstance(vaerdi, list) or not all(isinstance(x, dict) for x in vaerdi):
        raise Ugyldig(felt)
    return vaerdi


def _valg(data: dict, felt: str, lovlige: frozenset, paakraevet: bool = True):
    vaerdi = data.get(felt)
    if vaerdi is None and not paakraevet:
        return None
    if vaerdi not in lovlige:
        raise Ugyldig(felt)
    return vaerdi


def _bool(data: dict, felt: str) -> bool:
    vaerdi = data.get(felt, False)
    if vaerdi is None:
        return False
    if not isinstance(vaerdi, bool):
        raise Ugyldig(felt)
    return vaerdi


class Sag:
    __slots__ = ("id", "ydelse", "visitation", "integration", "arbejdsgiver", "start", "slut", "henvendelse",
                 "fravaer", "samtaler", "tilbud", "uddannelsesstart", "beskeder", "indstillinger", "timer",
                 "fritagelse")

    def __init__(self, data: dict):
        if not isinstance(data, dict) or not isinstance(data.get("id"), str):
            raise Ugyldig("id")
        self.id = data["id"]
        self.ydelse = _valg(data, "ydelse", YDELSER)
        self.visitation = _valg(data, "visitation", frozenset({"jobparat", "aktivitetsparat", "åbenlyst_uddannelsesparat",
                                                              "uddannelsesparat"}), False)
        self.integration = _bool(data, "i_integrationsprogram")
        self.arbejdsgiver = _bool(data, "har_arbejdsgiver")
        self.start = _dato(data.get("forløbsstart"), "forløbsstart")
        self.slut = _dato(data.get("forløbsslut"), "forløbsslut", False)
        self.henvendelse = _dato(data.get("første_henvendelse"), "første_henvendelse", False)
        self.fravaer = _dato(data.get("første_fraværsdag"), "første_fraværsdag", False)
        self.samtaler = [(_dato(s.get("dato"), "dato"), _valg(s, "form", FORMER), _valg(s, "aktør", AKTOERER))
                         for s in _liste(data, "samtaler")]
        self.tilbud = [(_valg(t, "type", TYPER), _dato(t.get("start"), "start"), _dato(t.get("slut"), "slut", False),
                        _valg(t, "arbejdsgiver", frozenset({"offentlig", "privat"}), False), _bool(t, "ret_og_pligt"))
                       for t in _liste(data, "tilbud")]
        self.uddannelsesstart = _dato(data.get("uddannelsesstart"), "uddannelsesstart", False)
        self.beskeder = [(_dato(b.get("modtaget"), "modtaget"), _dato(b.get("reaktion"), "reaktion", False))
                         for b in _liste(data, "frafaldsbeskeder")]
        indstillinger = []
        for i in _liste(data, "indstillinger"):
            if not isinstance(i.get("afvist"), bool):
                raise Ugyldig("afvist")
            begrundelse = i.get("begrundelse")
            if begrundelse is not None and not isinstance(begrundelse, str):
                raise Ugyldig("begrundelse")
            indstillinger.append((_dato(i.get("dato"), "dato"), i["afvist"], begrundelse))
        self.indstillinger = indstillinger
        timer = data.get("ordinære_løntimer_12_mdr", 0)
        if timer is None:
            timer = 0
        if isinstance(timer, bool) or not isinstance(timer, (int, float)) or timer < 0:
            raise Ugyldig("ordinære_løntimer_12_mdr")
        self.timer = timer
        fritagelse = data.get("fritagelse")
        if fritagelse is not None:
            if not isinstance(fritagelse, dict):
                raise Ugyldig("fritagelse")
            _valg(fritagelse, "årsag", frozenset({"fuldtidsjob", "fleksjob", "barsel", "efterløn", "fleksydelse",
                                                  "folkepension"}))
            fritagelse = (_dato(fritagelse.get("fra"), "fra"), _dato(fritagelse.get("overgang"), "overgang"))
        self.fritagelse = fritagelse


class Resultat:
    __slots__ = ("sag", "e", "overtraedelser", "frister", "datafejl")

    def __init__(self, sag: Sag, e: date):
        self.sag, self.e = sag, e
        self.overtraedelser: list[dict] = []
        self.frister: list[dict] = []
        self.datafejl: list[dict] = []

    def brud(self, bestemmelse: str, frist: Optional[date], besked: str) -> None:
        self.overtraedelser.append({"bestemmelse": bestemmelse, "frist": frist.isoformat() if frist else None,
                                    "besked": besked})

    def frist(self, bestemmelse: str, frist: date) -> None:
        self.frister.append({"bestemmelse": bestemmelse, "frist": frist.isoformat()})

    def koerer(self, dag: date) -> bool:
        return self.sag.slut is None or self.sag.slut >= dag

    def fritaget(self, dag: date) -> bool:
        """P22: en gyldig fritagelse omfatter frister med sidste dag fra og med fritagelsens start."""
        f = self.sag.fritagelse
        return f is not None and f[1] <= f[0] + 6 * UGE and f[0] >= D2019_07_01 and dag >= f[0]

    def vurder_frist(self, bestemmelse: str, frist: date, haendelse: Optional[date]) -> None:
        if haendelse is not None:
            if haendelse > frist:
                self.brud(bestemmelse, frist, f"{bestemmelse}: for sent ({haendelse.isoformat()})")
        elif self.koerer(frist):
            if frist < self.e:
                self.brud(bestemmelse, frist, f"{bestemmelse}: ikke sket inden {frist.isoformat()}")
            else:
                self.frist(bestemmelse, frist)

    def vurder_antal(self, bestemmelse: str, fra: date, til: date, mindst: int, taeller) -> None:
        """Mindst `mindst` samtaler i [fra, til), der opfylder `taeller`(form, aktør)."""
        sidste = til - DAG
        if not self.koerer(sidste) or (bestemmelse in P22_OMFATTER and self.fritaget(sidste)):
            return
        e = self.e
        antal = sum(1 for dato, form, aktoer in self.sag.samtaler if dato <= e and fra <= dato < til and taeller(aktoer))
        if antal < mindst:
            if sidste < e:
                self.brud(bestemmelse, sidste, f"{bestemmelse}: {antal} af {mindst}")
            else:
                self.frist(bestemmelse, sidste)


P22_OMFATTER = frozenset({"P03", "P05", "P06", "P07", "P12", "P13"})


def med_jobcentret(aktoer: str) -> bool:
    return aktoer == "jobcenter" or aktoer == "fælles"


def taet_paa(sag: Sag) -> bool:
    if sag.ydelse == "dagpenge":
        return True
    if sag.ydelse in ("kontanthjælp", "overgangsydelse", "uddannelseshjælp"):
        if sag.visitation is None:
            raise Mangler("visitation")
        if sag.ydelse == "uddannelseshjælp":
            return sag.visitation == "åbenlyst_uddannelsesparat"
        return sag.visitation == "jobparat"
    return False


def kontaktforloeb(r: Resultat) -> None:
    sag, e = r.sag, r.e
    ydelse, start = sag.ydelse, sag.start
    # P01
    if ydelse in ("kontanthjælp", "uddannelseshjælp"):
        if sag.henvendelse is None:
            r.datafejl.append({"bestemmelse": "P01", "felt": "første_henvendelse"})
        elif sag.henvendelse >= D2019_07_01:
            r.vurder_frist("P01", sag.henvendelse + UGE, min((d for d, _f, a in sag.samtaler if d <= e and med_jobcentret(a)), default=None))
    # P02
    if ydelse == "sygedagpenge":
        fravaer = sag.fravaer or start
        if fravaer >= D2019_07_01:
            r.vurder_frist("P02", fravaer + timedelta(days=55), min((d for d, _f, a in sag.samtaler if d <= e and med_jobcentret(a)), default=None))
    # P03
    if ydelse in NI and not (ydelse == "dagpenge" and start >= D2024_01_01) and start >= D2019_07_01:
        r.vurder_antal("P03", start, plus_maaneder(start, 6), 4, med_jobcentret)
    if ydelse == "dagpenge":
        tre, seks = plus_maaneder(start, 3), plus_maaneder(start, 6)
        if start >= D2024_01_01:  # P05
            r.vurder_antal("P05", start, tre, 3, lambda a: a == "a_kasse")
            r.vurder_antal("P05", tre, seks, 3, med_jobcentret)
        if D2019_07_01 <= start <= D2023_12_31:  # P06
            r.vurder_antal("P06", start, tre, 1, lambda a: a == "fælles")
            r.vurder_antal("P06", tre, seks, 1, lambda a: a == "fælles")
        if start >= D2019_07_01:  # P07
            r.vurder_antal("P07", seks, plus_maaneder(start, 16) + DAG, 1, lambda a: a == "fælles")


def samtaleform(r: Resultat) -> None:
    sag, e = r.sag, r.e
    happened = [s for s in sag.samtaler if s[0] <= e]
    # P08 (jobcentret), with the P08a exception, and P08 for the a-kasse
    if sag.ydelse in NI or sag.ydelse == "førtidspension":
        first = min((s for s in happened if med_jobcentret(s[2])), key=lambda s: s[0], default=None)
        if first is not None and first[0] >= D2023_01_01 and first[1] != "fremmøde":
            if not (sag.ydelse == "sygedagpenge" and sag.arbejdsgiver):
                r.brud("P08", None, "P08: første samtale ikke ved fremmøde")
    if sag.ydelse == "dagpenge":
        first = min((s for s in happened if s[2] == "a_kasse"), key=lambda s: s[0], default=None)
        if first is not None and first[0] >= D2023_01_01 and first[1] != "fremmøde":
            r.brud("P08", None, "P08: første a-kassesamtale ikke ved fremmøde")
    # P09
    if sag.ydelse in NI:
        seks = plus_maaneder(sag.start, 6)
        for dato, form, _a in happened:
            if D2022_01_01 <= dato <= D2022_12_31 and dato < seks and form != "fremmøde":
                r.brud("P09", None, "P09: samtale ikke ved fremmøde")
    # P11
    for dato, form, _a in happened:
        if dato >= D2023_01_01 and form == "brev":
            r.brud("P11", None, "P11: samtale pr. brev")


def tilbud(r: Resultat) -> None:
    sag, e = r.sag, r.e
    ydelse, start = sag.ydelse, sag.start
    happened = [t for t in sag.tilbud if t[1] <= e]
    if ydelse == "uddannelseshjælp":
        # P12
        if start >= D2019_07_01:
            frist = plus_maaneder(start, 1) - DAG
            if not r.fritaget(frist):
                r.vurder_frist("P12", frist, min((t[1] for t in happened), default=None))
        # P13
        raekke = sorted(happened, key=lambda t: t[1])
        for nummer, (_type, _start, slut, _ag, _rop) in enumerate(raekke):
            ende = slut if slut is not None and slut <= e else None
            if ende is None or ende < D2019_07_01:
                continue
            seneste = ende + 4 * UGE if ende <= D2021_12_31 else plus_maaneder(ende, 4)
            if r.fritaget(seneste):
                continue
            if nummer + 1 < len(raekke):
                if raekke[nummer + 1][1] > seneste:
                    r.brud("P13", seneste, "P13: for lang pause")
            elif r.koerer(seneste):
                if seneste < e:
                    r.brud("P13", seneste, "P13: intet nyt tilbud")
                else:
                    r.frist("P13", seneste)
    # P17 and P18
    for type_, begynder, slut, arbejdsgiver, _rop in happened:
        if begynder < D2019_07_01 or type_ not in ("løntilskud", "virksomhedspraktik"):
            continue
        try:
            if type_ == "løntilskud":
                offentlig_taet = taet_paa(sag) and _kraev(arbejdsgiver, "arbejdsgiver") == "offentlig"
                sidste = plus_maaneder(begynder, 4 if offentlig_taet else 6) - DAG
                bestemmelse = "P17"
            else:
                sidste = begynder + (4 * UGE if taet_paa(sag) else 13 * UGE) - DAG
                bestemmelse = "P18"
        except Mangler as fejl:
            r.datafejl.append({"bestemmelse": "P17" if type_ == "løntilskud" else "P18", "felt": str(fejl)})
            continue
        ende = slut if slut is not None and slut <= e else None
        if ende is not None:
            if ende > sidste:
                r.brud(bestemmelse, sidste, f"{bestemmelse}: for langt")
        elif e > sidste:
            r.brud(bestemmelse, sidste, f"{bestemmelse}: for langt, kører stadig")
        else:
            r.frist(bestemmelse, sidste)
    # P19
    if ydelse in ("dagpenge", "kontanthjælp", "overgangsydelse") and not sag.integration:
        for type_, begynder, _slut, _ag, ret_og_pligt in happened:
            if begynder >= D2023_01_01 and type_ == OEVO and ret_og_pligt:
                r.brud("P19", None, "P19: øvo som ret og pligt")
    # P23
    if ydelse in ("dagpenge", "kontanthjælp") and start >= D2019_07_01:
        oevo_tæller = start <= D2022_12_31
        first = min((t[1] for t in happened if t[4] and (t[0] != OEVO or oevo_tæller)), default=None)
        r.vurder_frist("P23", plus_maaneder(start, 6), first)


def _kraev(vaerdi, felt: str):
    if vaerdi is None:
        raise Mangler(felt)
    return vaerdi


def ungeindsats_og_a_kasse(r: Resultat) -> None:
    sag, e = r.sag, r.e
    # P15
    if sag.ydelse == "uddannelseshjælp":
        for modtaget, reaktion in sag.beskeder:
            if modtaget > e or modtaget < D2022_01_01:
                continue
            if sag.uddannelsesstart is None:
                r.datafejl.append({"bestemmelse": "P15", "felt": "uddannelsesstart"})
                continue
            if sag.uddannelsesstart <= modtaget < plus_maaneder(sag.uddannelsesstart, 6):
                if reaktion is None or reaktion < modtaget or reaktion > e:
                    r.brud("P15", None, "P15: ingen reaktion")
    # P21
    if sag.ydelse == "dagpenge":
        for dato, afvist, begrundelse in sag.indstillinger:
            if dato <= e and dato >= D2024_01_01 and afvist and not (begrundelse and begrundelse.strip()):
                r.brud("P21", None, "P21: afvisning uden begrundelse")


def fokusmaal(sag: Sag, e: date) -> Optional[bool]:
    """P20: None uden for populationen, ellers om sagen tæller med."""
    if not (sag.start <= e and (sag.slut is None or sag.slut >= e)):
        return None
    ny = e >= D2023_01_01
    fra = plus_maaneder(e, -12) + DAG
    for type_, begynder, slut, _ag, _rop in sag.tilbud:
        ende = slut if slut is not None and slut <= e else None
        if begynder <= e and (ende is None or ende >= fra) and (type_ != OEVO or not ny or sag.ydelse == "uddannelseshjælp"):
            return True
    return sag.ydelse != "dagpenge" and sag.timer >= (100 if ny else 225)


REGLER = (kontaktforloeb, samtaleform, tilbud, ungeindsats_og_a_kasse)


class Sagsbestand:
    """Validerer sag for sag og tæller fokusmålet (P20) op i samme gennemløb."""

    def __init__(self, e: date):
        self.e = e
        self.taeller = self.naevner = 0
        self.ugyldige: list[dict] = []

    def valider(self, data, linje: Optional[int] = None) -> Optional[dict]:
        try:
            sag = Sag(data)
        except (Ugyldig, AttributeError) as fejl:
            self.ugyldige.append({"linje": linje, "felt": str(fejl)})
            return None
        r = Resultat(sag, self.e)
        for regel in REGLER:
            regel(r)
        udfald = fokusmaal(sag, self.e)
        if udfald is not None:
            self.naevner += 1
            self.taeller += udfald
        return {"id": sag.id, "overtrædelser": r.overtraedelser, "frister": r.frister, "datafejl": r.datafejl}

    def fokusmaal(self) -> dict:
        vaerdi = round(self.taeller / self.naevner, 4) if self.naevner else None
        krav = 0.7 if self.e >= D2023_01_01 else 0.8
        return {"bestemmelse": "P20", "værdi": vaerdi, "krav": krav, "tæller": self.taeller, "nævner": self.naevner,
                "opfyldt": vaerdi is None or vaerdi >= krav}


def valider_jsonl(fil: Iterable[str], e: date) -> Iterator[dict]:
    """Ende til ende fra JSON Lines: én resultatpost pr. linje (ugyldige linjer tælles i bestanden)."""
    bestand = Sagsbestand(e)
    for nummer, linje in enumerate(fil, start=1):
        try:
            data = json.loads(linje)
        except ValueError:
            bestand.ugyldige.append({"linje": nummer, "felt": None})
            continue
        resultat = bestand.valider(data, nummer)
        if resultat is not None:
            yield resultat
    yield {"population": bestand.fokusmaal(), "ugyldige": bestand.ugyldige}
