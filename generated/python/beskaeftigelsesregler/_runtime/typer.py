# Genereret af Regelsprog ud fra rules/. Ret ikke i filen: ret reglerne og kør `regel byg`.
"""Typerne for pakkens resultater: hvert JSON-objekt, `valider`, `Sagsbestand` og `laes_sag`
giver, som en TypedDict (nøglerne er de samme som i JSON), og koderne som `Literal`.

En nøgle, der ikke altid er med, står i en underklasse med `total=False` (fx `element`, når
fundet gælder et element i en liste). Skemaet generated/schema/resultat.schema.json siger det
samme for JSON.
"""

from __future__ import annotations

from typing import Any, Literal, Optional, TypedDict

# ----------------------------------------------------------------------------
# Koder
# ----------------------------------------------------------------------------

#: Hvorfor en post ikke er en gyldig sag (`UgyldigSag.kode`, `Fejl["kode"]`).
Fejlkode = Literal[
    "ugyldig_json",       # ikke JSON, eller JSON der ikke kan læses (for dybt, for mange cifre)
    "dobbelt_nøgle",      # samme nøgle to gange i ét objekt
    "for_lang",           # linjen eller teksten er længere end grænsen
    "ikke_objekt",        # skal være et JSON-objekt
    "forkert_type",       # en tekst, et tal, en sandhedsværdi eller en liste af en anden type
    "mangler",            # et påkrævet felt mangler (eller er null)
    "ukendt_værdi",       # en værdi, opremsningen ikke har
    "ugyldig_dato",       # ikke ÅÅÅÅ-MM-DD med ASCII-cifre, eller en dag, der ikke findes
    "dato_uden_for_årene",  # en dato uden for årene 1900-2199
    "ugyldig_unicode",    # en tekst med ugyldig Unicode (fx et enligt surrogat)
    "ikke_endeligt_tal",  # NaN, uendelig, eller et tal for stort til at regne med
    "under_mindst",       # et tal under feltets mindsteværdi
    "tomt_id",            # sagens id er tomt eller kun mellemrum
    "stavefejl",          # en nøgle, der kun er en anden stavemåde af et kendt felt
    "periode_i_uorden",   # sagens forløb slutter, før det begynder
]

#: Hvorfor en regel ikke kan afgøres for en sag (`Datafejl["kode"]`).
Datafejlkode = Literal["mangler", "modstridende_periode"]

#: En regels udfald for en sag eller et element (`Regeludfald["udfald"]`).
Udfaldstype = Literal["overtrådt", "opfyldt", "frist", "gælder ikke", "undtaget", "datafejl"]


# ----------------------------------------------------------------------------
# Resultatet af én sag
# ----------------------------------------------------------------------------

class Regelsaet(TypedDict):
    """Hvilke regler et resultat kommer fra: udgaven, juristerne har sat i reglerne (None, når
    reglerne ikke har en), og SHA-256 af regelfilernes tekst."""

    udgave: Optional[str]
    sha256: str


class _Fund(TypedDict):
    regel: str       # reglens navn (kan omdøbes; brug regel_id i kode)
    regel_id: str    # stabilt id: bestemmelse og pligtens art (fx "P01.frist"), se KONTRAKT.md
    kode: str        # udfaldets navngivne besked (fx "frist_for_sent"), stabil for en regeludgave
    bestemmelse: str
    besked: str


class _OvertraedelseUdenElement(_Fund):
    frist: Optional[str]
    kilde: str


class Overtraedelse(_OvertraedelseUdenElement, total=False):
    """En overtrædelse; `element` (fx "samtaler[2]") når den gælder ét element. `kilde` er
    reglens egne kilder og, når versionen, der afgjorde fundet, er indført af en anden kilde,
    derefter "versionen fra <dato>: <kilden>" (se KONTRAKT.md)."""

    element: str


class _FristUdenAntal(_Fund):
    frist: str


class Frist(_FristUdenAntal, total=False):
    """En frist, der endnu ikke er nået; `antal` for et krav om et antal (talt indtil nu)."""

    antal: int


class Datafejl(TypedDict):
    """En regel, der ikke kan afgøres, fordi et felt mangler eller modsiger sagens andre data."""

    regel: str
    regel_id: str
    kode: Datafejlkode
    bestemmelse: str
    felt: str
    besked: str


class _UndtagelseUdenElement(TypedDict):
    regel: str
    regel_id: str
    undtagelse: str
    undtagelse_id: str
    bestemmelse: str


class Undtagelse(_UndtagelseUdenElement, total=False):
    """En pligt, som en undtagelse slog fra; `element`, når pligten gælder ét element."""

    element: str


class Populationsudfald(TypedDict):
    """Om sagen tæller med i en populationsregel (kun fra `Sagsbestand.valider`)."""

    regel: str
    regel_id: str
    bestemmelse: str
    tæller_med: bool


class Versionsgrundlag(TypedDict):
    fra: Optional[str]
    til: Optional[str]
    værdier: dict[str, Any]


class _UndtagelsesgrundlagUdenGrund(TypedDict):
    undtagelse: str
    undtagelse_id: str
    bestemmelse: str
    gælder: bool


class Undtagelsesgrundlag(_UndtagelsesgrundlagUdenGrund, total=False):
    grund: str


class _GrundlagFakta(TypedDict):
    fakta: dict[str, Any]


class Grundlag(_GrundlagFakta, total=False):
    """Hvad et udfald bygger på: den afgørende dato og versionen, den valgte, de undtagelser,
    der blev overvejet, de elementer, der blev talt eller fundet, og de regnede fakta."""

    afgørende_dato: str
    version: Versionsgrundlag
    undtagelser: list[Undtagelsesgrundlag]
    elementer: list[str]


class _RegeludfaldKerne(TypedDict):
    regel: str
    regel_id: str
    bestemmelse: str
    udfald: Udfaldstype
    kode: str
    besked: str
    grundlag: Grundlag
    begrundelse: str


class Regeludfald(_RegeludfaldKerne, total=False):
    """Én regels udfald for sagen (eller for ét element); `grund` når reglen ikke gælder:
    "ydelse", "betingelse", "periode", "ingen" (intet at vurdere endnu) eller "forløb"."""

    grund: str
    element: str


class _ResultatKerne(TypedDict):
    id: str
    regelsæt: Regelsaet
    overtrædelser: list[Overtraedelse]
    frister: list[Frist]
    datafejl: list[Datafejl]
    undtagelser: list[Undtagelse]


class Resultat(_ResultatKerne, total=False):
    """Én sags resultat. `forklaring` med `forklar=True`; `population` fra `Sagsbestand.valider`
    for de populationsregler, sagen hører under."""

    forklaring: list[Regeludfald]
    population: list[Populationsudfald]


class Regelanvendelse(TypedDict):
    """Om en regel gælder for sagen (`gaeldende_regler`), og dens udfald (et pr. element)."""

    regel: str
    regel_id: str
    bestemmelse: str
    gælder: bool
    udfald: list[Udfaldstype]


# ----------------------------------------------------------------------------
# Ugyldige poster og populationsregler
# ----------------------------------------------------------------------------

class Fejl(TypedDict):
    """Én fejl i en ugyldig post: kode, sti (fx "samtaler[2].dato"; "" er hele posten) og besked."""

    kode: Fejlkode
    felt: str
    besked: str


class _UgyldigKerne(TypedDict):
    linje: Optional[int]
    kode: Fejlkode
    felt: str
    besked: str
    fejl: list[Fejl]


class Ugyldig(_UgyldigKerne, total=False):
    """En ugyldig post i en sagsbestand: linjen, den første fejl (kode, felt, besked), alle
    fejlene, og sagens id, når det er en gyldig tekst."""

    id: str


class Populationsresultat(TypedDict):
    """En populationsregel over sagsbestanden (`Sagsbestand.population`)."""

    regel: str
    regel_id: str
    bestemmelse: str
    regelsæt: Regelsaet
    opfyldt: bool
    værdi: Optional[float]
    krav: Optional[float]
    tæller: int
    nævner: int
    besked: str
    sager_der_tæller: list[str]
    sager_der_ikke_tæller: list[str]
    sager_med_datafejl: list[str]
    antal_med_datafejl: int
    listerne_er_afkortet: bool
