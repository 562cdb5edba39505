# Genereret af Regelsprog ud fra rules/. Ret ikke i filen: ret reglerne og kør `regel byg`.
"""Fælles kørselsmodul for de genererede validatorer.

Pakken kopieres uændret ind i den genererede pakke som `_runtime/` og bruger kun
standardbiblioteket. Den er delt efter opgave:

- typer: resultaternes typer (TypedDict) og koderne (Literal);
- datoer: datoregning (måneder med ultimo-regel), danske datoer og varigheder;
- laesning: én sag fra JSON til poster, med præcise fejlstier;
- vurdering: de fælles vurderinger, den genererede kode kalder (versioner, forløb, pauser);
- resultater: én sags resultat, forklaringer, begrundelser og beskeder;
- sagsbestand: mange sager fra en fil, hver linje regnet med, og fokusmålenes andele.

Alt, hvad modulerne stiller til rådighed, kan også hentes herfra (`_runtime.dansk_dato`).

Grænser for input (alt ud over dem er en ugyldig post, aldrig en undtagelse):

- én linje: højst MAKS_LINJE tegn (64 Mi; bytes, når filen er åbnet binært). En længere
  linje læses ikke ind, men springes over i bidder;
- ét JSON-dokument over flere linjer (én sag eller en liste): højst MAKS_DOKUMENT tegn
  (256 Mi); en større fil læses som JSON Lines, linje for linje. Begge kan sættes lavere i
  `laes_sager`;
- indlejring: så dybt, som Pythons rekursionsgrænse tillader json (omkring 1000 niveauer
  med standardgrænsen; en sag bruger 3);
- heltal: højst 4300 cifre (Pythons grænse, `sys.get_int_max_str_digits()`); et kommatal
  ud over ±1,8e308 bliver uendeligt og afvises, hvor der skal stå et tal;
- datoer: årene FOERSTE_AAR-SIDSTE_AAR.

Hukommelsen vokser ikke med antallet af kald: svarene på stavefejl i nøgler gemmes for
højst MAKS_STAVEMAADER nøgler pr. posttype; en nøgle på over MAKS_NOEGLE tegn er aldrig en
stavemåde af et felt og gemmes ikke.
"""

from __future__ import annotations

from .typer import (
    Fejlkode, Datafejlkode, Udfaldstype, Regelsaet, Overtraedelse, Frist, Datafejl, Undtagelse,
    Populationsudfald, Versionsgrundlag, Undtagelsesgrundlag, Grundlag, Regeludfald, Resultat, Regelanvendelse,
    Fejl, Ugyldig, Populationsresultat,
)
from .datoer import (
    DAG, MAANEDSNAVNE, Varighed, plus_maaneder, laeg_til, traek_fra, sidste_tilladte_dag,
    dansk_dato, dansk_varighed, koerer,
)
from .laesning import (
    UgyldigSag, ugyldig_sag, med_id, alle_fejl, Feltlaeser, stavefejlene, ManglendeData, kraev, kraev_element, udfyldt, objekt, FOERSTE_AAR,
    SIDSTE_AAR, stavefejl, MAKS_STAVEMAADER, MAKS_NOEGLE, periode_i_orden, skaeringsdato, dato,
    vis, synlig, vaerdi_af, tekst, sags_id, gyldig_unicode, sandhedsvaerdi, tal, liste, post,
)
from .vurdering import (
    graense_uden_data, pauser, effektiv_slut, overlapper, Version, version, modstridende_periode,
    periodens_slut, i_perioden, i_en_af_perioderne,
)
from .resultater import (
    Regel, Sagsresultat, Sagsregel, Forklaring, begrundelse, besked, anvendelser,
)
from .sagsbestand import (
    MAKS_SAGSLISTE, Andel, MAKS_LINJE, MAKS_DOKUMENT, UgyldigPost, Post, laes_sag, laes_sager, laes_linje, Sagslaesning,
)

# Alt ovenfor, eksporteret (så en typekontrol ser, at pakken bruger det herfra).
__all__ = [
    'Fejlkode', 'Datafejlkode', 'Udfaldstype', 'Regelsaet', 'Overtraedelse', 'Frist', 'Datafejl', 'Undtagelse',
    'Populationsudfald', 'Versionsgrundlag', 'Undtagelsesgrundlag', 'Grundlag', 'Regeludfald', 'Resultat',
    'Regelanvendelse', 'Fejl', 'Ugyldig', 'Populationsresultat', 'DAG', 'MAANEDSNAVNE', 'Varighed', 'plus_maaneder',
    'laeg_til', 'traek_fra', 'sidste_tilladte_dag', 'dansk_dato', 'dansk_varighed', 'koerer', 'UgyldigSag',
    'ugyldig_sag', 'med_id', 'alle_fejl', 'Feltlaeser', 'stavefejlene', 'ManglendeData', 'kraev', 'kraev_element',
    'udfyldt', 'objekt', 'FOERSTE_AAR', 'SIDSTE_AAR', 'stavefejl', 'MAKS_STAVEMAADER', 'MAKS_NOEGLE',
    'periode_i_orden', 'skaeringsdato', 'dato', 'vis', 'synlig', 'vaerdi_af', 'tekst', 'sags_id', 'gyldig_unicode',
    'sandhedsvaerdi', 'tal', 'liste', 'post', 'graense_uden_data', 'pauser', 'effektiv_slut', 'overlapper',
    'Version', 'version', 'modstridende_periode', 'periodens_slut', 'i_perioden', 'i_en_af_perioderne', 'Regel', 'Sagsresultat', 'Sagsregel',
    'Forklaring', 'begrundelse', 'besked', 'anvendelser', 'MAKS_SAGSLISTE', 'Andel', 'MAKS_LINJE', 'MAKS_DOKUMENT',
    'UgyldigPost', 'Post', 'laes_sag', 'laes_sager', 'laes_linje', 'Sagslaesning'
]
