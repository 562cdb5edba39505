# Genereret af Regelsprog ud fra rules/. Ret ikke i filen: ret reglerne og kør `regel byg`.
"""Resultater: hvad en regel er (Regel), én sags resultat (Sagsresultat), forklaringer og
begrundelser, og beskederne for hvert udfald."""

from __future__ import annotations

from datetime import date
from typing import Any, Callable, NamedTuple, Optional, cast

from .datoer import Varighed, dansk_dato, dansk_varighed
from .laesning import ManglendeData
from .typer import (
    Datafejl, Frist, Grundlag, Overtraedelse, Regelanvendelse, Regeludfald, Regelsaet, Resultat, Udfaldstype,
    Undtagelse, Undtagelsesgrundlag,
)
from .vurdering import Version, version

# ----------------------------------------------------------------------------
# Resultater
# ----------------------------------------------------------------------------

class Regel(NamedTuple):
    """Hvad et resultat fortæller om den regel, det kommer fra."""

    navn: str
    bestemmelse: str
    titel: str
    kilde: str
    id: str  # stabilt id: bestemmelsen og pligtens art (fx "P01.frist"); overlever en omdøbning
    besked: Optional[str] = None  # reglens egen overtrædelsestekst med {frist}, {dato}, {antal}, {krav}
    bestemmelser: tuple[str, ...] = ()  # alle bestemmelser, reglen udtrykker (den første er `bestemmelse`)
    versioner: tuple["Version", ...] = ()  # reglens versioner (til forklaringer)
    vaerdinavne: tuple[str, ...] = ()  # navnene på versionernes værdier, i deres rækkefølge
    afgoerende: Optional[str] = None  # hvad den afgørende dato er, på dansk (til forklaringer)


class Sagsresultat:
    """Opsamler én sags overtrædelser, frister, datafejl og undtagelser; med `forklar` også
    hver regels udfald og grundlaget for det (`forklaring`)."""

    __slots__ = ("id", "regelsaet", "overtraedelser", "frister", "datafejl", "undtagelser", "forklar", "forklaring")

    def __init__(self, sag_id: str, regelsaet: Regelsaet, forklar: bool = False):
        self.id: str = sag_id
        self.regelsaet: Regelsaet = regelsaet
        self.overtraedelser: list[Overtraedelse] = []
        self.frister: list[Frist] = []
        self.datafejl: list[Datafejl] = []
        self.undtagelser: list[Undtagelse] = []
        self.forklar: bool = forklar
        self.forklaring: Optional[Forklaring] = Forklaring() if forklar else None

    def fund(self, regel: Regel, udfald: str, noegle: str, fakta: dict[str, Any], frist: Optional[date] = None,
             element: Optional[str] = None, antal: Optional[int] = None, version: Optional[Version] = None) -> None:
        """Et udfald af reglen efter `version` (den, der afgjorde det; None: en version uden egne
        kilder): en overtrædelse eller en kommende frist kommer med i resultatet."""
        tekst = besked(regel, noegle, fakta)
        if udfald == "overtrådt":
            if regel.besked is not None:
                tekst = _egen_besked(regel.besked, frist, fakta)
            overtraedelse: Overtraedelse = {
                "regel": regel.navn, "regel_id": regel.id, "kode": noegle, "bestemmelse": regel.bestemmelse,
                "besked": tekst, "frist": frist.isoformat() if frist else None, "kilde": kilde(regel, version)}
            if element is not None:
                overtraedelse["element"] = element
            self.overtraedelser.append(overtraedelse)
        elif udfald == "frist" and frist is not None:
            kommende: Frist = {"regel": regel.navn, "regel_id": regel.id, "kode": noegle,
                               "bestemmelse": regel.bestemmelse, "frist": frist.isoformat(), "besked": tekst}
            if antal is not None:
                kommende["antal"] = antal
            self.frister.append(kommende)
        if self.forklaring is not None:
            omfattet = udfald != "ikke_omfattet"
            self.forklaring.udfald(regel, _UDFALDSTYPER[udfald], noegle, tekst, element, fakta,
                                   grund=None if omfattet else "forløb")

    def mangler(self, regel: Regel, fejl: ManglendeData) -> None:
        problem = fejl.besked or f"feltet {fejl.felt} mangler"
        tekst = f"{regel.titel}: {problem}, så reglen kan ikke afgøres for sagen."
        kode: Any = "mangler" if fejl.besked is None else "modstridende_periode"
        self.datafejl.append({"regel": regel.navn, "regel_id": regel.id, "kode": kode,
                              "bestemmelse": regel.bestemmelse, "felt": fejl.felt, "besked": tekst})
        if self.forklaring is not None:
            self.forklaring.udfald(regel, "datafejl", kode, tekst, None, {"felt": fejl.felt})

    def undtaget(self, regel: Regel, undtagelse: Regel, element: Optional[str] = None) -> None:
        fund: Undtagelse = {"regel": regel.navn, "regel_id": regel.id, "undtagelse": undtagelse.navn,
                            "undtagelse_id": undtagelse.id, "bestemmelse": undtagelse.bestemmelse}
        if element is not None:
            fund["element"] = element
        self.undtagelser.append(fund)
        if self.forklaring is not None:
            self.forklaring.undtagelse(undtagelse, None)
            self.forklaring.udfald(regel, "undtaget", "undtaget", f"{regel.titel}: slået fra af undtagelsen "
                                   f"{undtagelse.titel} ({undtagelse.bestemmelse}).", element, {})

    # Kun når der spørges efter en forklaring (`forklar`):
    def gaelder_ikke(self, regel: Regel, grund: str, element: Optional[str] = None,
                     afgoerende: Optional[date] = None) -> None:
        forklaring = self._forklaring()
        tekst = _GRUNDE[grund]
        if afgoerende is not None:
            forklaring.afgoerende_dato(regel, afgoerende)
            tekst = f"reglen gælder {_gyldighed(regel)}, og den afgørende dato er {dansk_dato(afgoerende)}"
        forklaring.udfald(regel, "gælder ikke", "gælder_ikke", f"{regel.titel}: {tekst}.", element, {}, grund)

    def ikke_undtaget(self, regel: Regel, undtagelse: Regel, grund: str, element: Optional[str] = None) -> None:
        self._forklaring().undtagelse(undtagelse, grund)

    def afgoerende_dato(self, regel: Regel, dag: date) -> None:
        self._forklaring().afgoerende_dato(regel, dag)

    def elementer(self, liste: str, indekser: list[int]) -> None:
        self._forklaring().elementer(liste, indekser)

    def _forklaring(self) -> Forklaring:
        assert self.forklaring is not None, "kun med forklar"
        return self.forklaring

    def forklaring_json(self) -> list[Regeludfald]:
        return self._forklaring().udfaldene

    def som_json(self) -> Resultat:
        svar: Resultat = {
            "id": self.id, "regelsæt": {"udgave": self.regelsaet["udgave"], "sha256": self.regelsaet["sha256"]},
            "overtrædelser": self.overtraedelser, "frister": self.frister,
            "datafejl": self.datafejl, "undtagelser": self.undtagelser,
        }
        if self.forklaring is not None:
            svar["forklaring"] = self.forklaring.udfaldene
        return svar


# Why a rule does not apply to a case at all (the other reasons concern an outcome of a rule that does).
_UDEN_FOR = frozenset({"ydelse", "betingelse", "periode"})


def anvendelser(regler: list[Regel], udfaldene: list[Regeludfald]) -> list[Regelanvendelse]:
    """For hver regel: om den gælder for sagen, og dens udfald (se pakkens `gaeldende_regler`)."""
    svar: dict[str, Regelanvendelse] = {regel.id: {"regel": regel.navn, "regel_id": regel.id,
                                                   "bestemmelse": regel.bestemmelse, "gælder": False, "udfald": []}
                                        for regel in regler}
    for udfaldet in udfaldene:
        anvendelse = svar[udfaldet["regel_id"]]
        anvendelse["udfald"].append(udfaldet["udfald"])
        if udfaldet["udfald"] != "gælder ikke" or udfaldet.get("grund") not in _UDEN_FOR:
            anvendelse["gælder"] = True
    return list(svar.values())


#: En regel, der vurderes for hver sag: funktionen (sag, skæringsdato, resultat) og hvad den er.
Sagsregel = tuple[Callable[[Any, date, Sagsresultat], None], Regel]


_UDFALDSTYPER: dict[str, Udfaldstype] = {"overtrådt": "overtrådt", "opfyldt": "opfyldt", "frist": "frist",
                                         "ikke_omfattet": "gælder ikke"}


_GRUNDE = {
    "ydelse": "reglen gælder ikke for sagens ydelse",
    "betingelse": "sagen hører ikke til dem, reglen gælder for",
    "periode": "ingen version af reglen gælder på den afgørende dato",
    "ingen": "der er intet at vurdere endnu",
    "forløb": "forløbet sluttede før fristen, så kravet skyldes ikke",
}
_UNDTAGELSESGRUNDE = {
    "betingelse": "betingelsen er ikke opfyldt",
    "periode": "undtagelsen gælder ikke på den afgørende dato",
    "omfatter_ikke": "undtagelsen omfatter ikke denne frist",
}


class Forklaring:
    """Hver regels udfald for én sag med grundlaget: den afgørende dato og den version, den
    valgte, de datoer og tal, reglen regnede, de elementer, den talte eller fandt, og de
    undtagelser, den overvejede; og en begrundelse på dansk til sagsbehandleren."""

    __slots__ = ("udfaldene", "_grundlag", "_version")

    def __init__(self) -> None:
        self.udfaldene: list[Regeludfald] = []
        self._grundlag: Grundlag = cast(Grundlag, {})  # "fakta" is added last
        self._version: Optional[Version] = None  # the version in `_grundlag`, for the sources it cites

    def afgoerende_dato(self, regel: Regel, dag: date) -> None:
        self._grundlag["afgørende_dato"] = dag.isoformat()
        gaeldende = self._version = version(regel.versioner, dag)
        if gaeldende is not None:
            vaerdier = dict(zip(regel.vaerdinavne, gaeldende.vaerdier or ()))
            self._grundlag["version"] = {
                "fra": gaeldende.fra.isoformat() if gaeldende.fra else None,
                "til": gaeldende.til.isoformat() if gaeldende.til else None,
                "værdier": {navn: _json_vaerdi(vaerdi) for navn, vaerdi in vaerdier.items()}}

    def undtagelse(self, undtagelse: Regel, grund: Optional[str]) -> None:
        overvejet: Undtagelsesgrundlag = {"undtagelse": undtagelse.navn, "undtagelse_id": undtagelse.id,
                                          "bestemmelse": undtagelse.bestemmelse, "gælder": grund is None}
        if grund:
            overvejet["grund"] = _UNDTAGELSESGRUNDE[grund]
        self._grundlag.setdefault("undtagelser", []).append(overvejet)

    def elementer(self, liste: str, indekser: list[int]) -> None:
        self._grundlag["elementer"] = [f"{liste}[{indeks}]" for indeks in indekser]

    def udfald(self, regel: Regel, udfald: Udfaldstype, kode: str, tekst: str, element: Optional[str],
               fakta: dict[str, Any], grund: Optional[str] = None) -> None:
        grundlag, self._grundlag = self._grundlag, cast(Grundlag, {})
        gaeldende, self._version = self._version, None
        grundlag["fakta"] = {navn: _json_vaerdi(vaerdi) for navn, vaerdi in fakta.items()
                             if navn not in ("hvad", "begynder", "ental", "flertal")}
        svar: Regeludfald = {"regel": regel.navn, "regel_id": regel.id, "bestemmelse": regel.bestemmelse,
                             "udfald": udfald, "kode": kode, "besked": tekst, "grundlag": grundlag,
                             "begrundelse": ""}
        if grund is not None:
            svar["grund"] = grund
        if element is not None:
            svar["element"] = element
        svar["begrundelse"] = begrundelse(regel, svar, gaeldende)
        self.udfaldene.append(svar)


def _json_vaerdi(vaerdi: Any) -> Any:
    if isinstance(vaerdi, date):
        return vaerdi.isoformat()
    if isinstance(vaerdi, Varighed):
        return dansk_varighed(vaerdi)
    return vaerdi


_UDFALD = {
    "overtrådt": "Kravet er derfor ikke overholdt.",
    "opfyldt": "Kravet er derfor opfyldt.",
    "frist": "Fristen er ikke nået endnu.",
    "gælder ikke": "Reglen gælder derfor ikke for sagen.",
    "undtaget": "Kravet vurderes derfor ikke.",
    "datafejl": "Reglen kan derfor ikke afgøres, før oplysningen er rettet.",
}


def kilde(regel: Regel, version: Optional[Version]) -> str:
    """Hvad et udfald efter `version` af reglen henviser til: reglens egne kilder og, når versionen
    er indført af andre kilder (reglens `ændring` på versionens første dag), også dem."""
    if version is None or version.kilde is None:
        return regel.kilde
    assert version.fra is not None, "kun en version med en første dag har sin egen kilde"
    return f"{regel.kilde}; versionen fra {dansk_dato(version.fra)}: {version.kilde}"


def begrundelse(regel: Regel, svar: Regeludfald, gaeldende: Optional[Version]) -> str:
    """Udfaldet som en begrundelse på dansk: reglen, dens bestemmelse og kilde (med kilden til
    versionen `gaeldende`, der afgjorde det), og de fakta, der er brugt (forvaltningsloven
    §§ 22-24: de regler, der er anvendt, og hovedhensynene)."""
    dele = [f"Efter reglen «{regel.titel}» ({', '.join(regel.bestemmelser or (regel.bestemmelse,))}; kilde: "
            f"{kilde(regel, gaeldende)})"]
    grundlag = svar["grundlag"]
    if "afgørende_dato" in grundlag and svar.get("grund") != "periode":
        hvad = f" ({regel.afgoerende})" if regel.afgoerende else ""
        tekst = f"Den afgørende dato{hvad} er {dansk_dato(date.fromisoformat(grundlag['afgørende_dato']))}"
        version = grundlag.get("version")
        if version is not None and len(regel.versioner) > 1:
            periode = _periode(version["fra"], version["til"])
            vaerdier = ", ".join(f"{navn.replace('_', ' ')} {vaerdi}" for navn, vaerdi in version["værdier"].items())
            tekst += f", så reglen gælder i den version, der gælder {periode}" + (f" ({vaerdier})" if vaerdier else "")
        dele.append(tekst)
    for undtagelse in grundlag.get("undtagelser", []):
        if not undtagelse["gælder"]:
            dele.append(f"Undtagelsen {undtagelse['undtagelse']} ({undtagelse['bestemmelse']}) er overvejet, men "
                        f"{undtagelse.get('grund', '')}")
    if "elementer" in grundlag:
        talt = ", ".join(grundlag["elementer"]) or "ingen"
        dele.append(f"Talt eller fundet i sagen: {talt}")
    besked_ = svar["besked"][len(regel.titel) + 2:] if svar["besked"].startswith(regel.titel + ": ") \
        else svar["besked"]
    dele.append(besked_[:1].upper() + besked_[1:].rstrip("."))
    return ". ".join(dele) + ". " + _UDFALD[svar["udfald"]]


def _gyldighed(regel: Regel) -> str:
    """Hvornår reglen gælder: fra den første versions start til den sidstes slut."""
    fra, til = regel.versioner[0].fra, regel.versioner[-1].til
    return _periode(fra.isoformat() if fra else None, til.isoformat() if til else None)


def _periode(fra: Optional[str], til: Optional[str]) -> str:
    if fra and til:
        return f"fra {dansk_dato(date.fromisoformat(fra))} til og med {dansk_dato(date.fromisoformat(til))}"
    if fra:
        return f"fra {dansk_dato(date.fromisoformat(fra))}"
    return f"til og med {dansk_dato(date.fromisoformat(til))}" if til else "uden tidsbegrænsning"


def _egen_besked(skabelon: str, frist: Optional[date], felter: dict[str, Any]) -> str:
    vaerdier = {"frist": dansk_dato(frist) if frist else "", "dato": "", "antal": "", "krav": ""}
    for noegle, vaerdi in felter.items():
        if noegle in vaerdier and noegle != "frist":
            vaerdier[noegle] = dansk_dato(vaerdi) if isinstance(vaerdi, date) else str(vaerdi)
    return skabelon.format_map(vaerdier)


# ----------------------------------------------------------------------------
# Beskeder: hvert udfald af en regel har en navngiven besked, udfyldt med fakta fra sagen
# ----------------------------------------------------------------------------

def _sket(f: dict[str, Any]) -> str:
    return "begyndte" if f["begynder"] else "fandt sted"


def _antal(antal: int, f: dict[str, Any]) -> str:
    return f"{antal} {f['ental'] if antal == 1 else f['flertal']}"


_d = dansk_dato
_BESKEDER: dict[str, Callable[[dict[str, Any]], str]] = {
    "frist_for_sent": lambda f: f"{f['hvad']} {_sket(f)} {_d(f['dato'])}, efter fristen {_d(f['frist'])}.",
    "frist_rettidig": lambda f: f"{f['hvad']} {_sket(f)} {_d(f['dato'])}, senest på fristen {_d(f['frist'])}.",
    "frist_udeblevet": lambda f: (f"{f['hvad']} {'er ikke begyndt' if f['begynder'] else 'har ikke fundet sted'} "
                                  f"inden fristen {_d(f['frist'])}."),
    "frist_kommende": lambda f: (f"{f['hvad']} {'skal begynde' if f['begynder'] else 'skal finde sted'} "
                                 f"senest {_d(f['frist'])}."),
    "forloeb_sluttet": lambda f: f"forløbet sluttede før {_d(f['frist'])}, så kravet skyldes ikke.",
    "antal_for_faa": lambda f: (f"{_antal(f['antal'], f)} i perioden {_d(f['start'])} til {_d(f['frist'])}, "
                                f"men der skal være mindst {f['krav']}."),
    "antal_naaet": lambda f: (f"{_antal(f['antal'], f)} i perioden {_d(f['start'])} til {_d(f['frist'])}; "
                              f"der skal være mindst {f['krav']}."),
    "antal_kommende": lambda f: (f"mindst {_antal(f['krav'], f)} senest {_d(f['frist'])} "
                                 f"(indtil nu {f['antal']})."),
    "hver_opfylder_ikke": lambda f: f"{f['hvad']} den {_d(f['dato'])} opfylder ikke kravet.",
    "hver_opfylder": lambda f: f"{f['hvad']} den {_d(f['dato'])} opfylder kravet.",
    "forbud_overtraadt": lambda f: f"{f['hvad']} den {_d(f['dato'])} er ikke tilladt.",
    "forbud_overholdt": lambda f: f"{f['hvad']} den {_d(f['dato'])} er tilladt.",
    "varighed_for_lang": lambda f: (f"{f['hvad']} fra {_d(f['start'])} til {_d(f['dato'])} varer mere end "
                                    f"{dansk_varighed(f['graense'])} (sidste tilladte dag var {_d(f['frist'])})."),
    "varighed_overholdt": lambda f: (f"{f['hvad']} fra {_d(f['start'])} til {_d(f['dato'])} varede ikke mere "
                                     f"end {dansk_varighed(f['graense'])}."),
    "varighed_loebende": lambda f: (f"{f['hvad']} fra {_d(f['start'])} er ikke afsluttet og har varet mere end "
                                    f"{dansk_varighed(f['graense'])} (sidste tilladte dag var {_d(f['frist'])})."),
    "varighed_kommende": lambda f: f"{f['hvad']} fra {_d(f['start'])} skal slutte senest {_d(f['frist'])}.",
    "pause_for_lang": lambda f: (f"der gik mere end {dansk_varighed(f['graense'])} fra {f['hvad']} sluttede "
                                 f"{_d(f['ende'])} til det næste begyndte {_d(f['dato'])}."),
    "pause_overholdt": lambda f: (f"det næste {f['hvad']} begyndte {_d(f['dato'])}, højst "
                                  f"{dansk_varighed(f['graense'])} efter at det forrige sluttede {_d(f['ende'])}."),
    "pause_intet_nyt": lambda f: (f"{f['hvad']} sluttede {_d(f['ende'])}, og intet nyt er begyndt senest "
                                  f"{_d(f['frist'])}."),
    "pause_kommende": lambda f: f"næste {f['hvad']} skal begynde senest {_d(f['frist'])}.",
}


def besked(regel: Regel, noegle: str, fakta: dict[str, Any]) -> str:
    """Udfaldets besked på dansk: reglens titel og hvad der skete (eller skal ske)."""
    return f"{regel.titel}: {_BESKEDER[noegle](fakta)}"
