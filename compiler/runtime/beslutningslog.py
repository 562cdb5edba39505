"""Beslutningsloggen: én linje JSON (JSON Lines) pr. afgørelse, føjet til en fil.

Bruges af HTTP-tjenesten (`--beslutningslog FIL`) og af `regel valider --beslutningslog FIL`.
Kun standardbiblioteket; `_runtime/__init__` importerer ikke modulet. En linje:

    {"beslutning_id": "…", "tidspunkt": "2024-05-01T08:30:00.123456+00:00", "kilde": "POST /valider",
     "regelsæt": {"udgave": "1.0", "sha256": "…"}, "skæringsdato": "2024-05-01", "sag_id": "S1",
     "sag_sha256": "…", "art": "resultat", "overtrædelser": {"P01.frist": 1}, "frister": {},
     "datafejl": {}, "undtagelser": {}}

- `beslutning_id` er entydig (UUID 4); tjenesten sender den også i svarets hoved `Beslutning-Id`.
- `sag_sha256` er SHA-256 af sagen som kanonisk JSON (nøglerne sorteret, ingen mellemrum,
  UTF-8), så den samme sag giver den samme hash, hvordan den end er skrevet; `null` for en
  post, der ikke er JSON.
- `art` er "resultat" med antallet af fund pr. regel_id under `overtrædelser`, `frister`,
  `datafejl` og `undtagelser`, eller "ugyldig" med postens fejl som `fejl` (kode og felt).
- Fra en sagsbestand også `linje` (hvor posten begynder) og `bestand_id` (det samme for alle
  poster i én forespørgsel eller kørsel).

Loggen gemmer ingen værdier fra sagen ud over dens id: fejlenes beskeder, som kan gentage en
værdi, er udeladt (koden og feltet siger, hvad der var galt).

Hver linje skrives hel med ét kald af `os.write` på en fil åbnet med O_APPEND, under en lås:
linjer fra flere tråde blandes aldrig, og flere processer kan skrive i samme fil (på et lokalt
filsystem). Linjen er
skrevet, før svaret gives; kan den ikke skrives, gives intet svar (tjenesten svarer 500).
"""

from __future__ import annotations

import errno
import hashlib
import json
import os
import threading
import uuid
from datetime import date, datetime, timezone
from typing import Any, Iterable, Optional, Union

from .sagsbestand import Post, UgyldigPost
from .typer import Fejl, Regelanvendelse, Regeludfald, Regelsaet, Resultat, Udfaldstype, Ugyldig

#: Et udfald, som loggen tæller, og den nøgle, det tælles under.
_TALT: dict[str, str] = {"overtrådt": "overtrædelser", "frist": "frister", "datafejl": "datafejl",
                         "undtaget": "undtagelser"}


def ny_id() -> str:
    """Et nyt, entydigt id (UUID 4) til en afgørelse eller en sagsbestand."""
    return str(uuid.uuid4())


def sag_sha256(sag: Post) -> Optional[str]:
    """SHA-256 af sagen som kanonisk JSON; None for en post, der ikke kunne læses som JSON."""
    if isinstance(sag, UgyldigPost):
        return None
    try:
        tekst = json.dumps(sag, ensure_ascii=False, sort_keys=True, separators=(",", ":"), default=str)
    except (RecursionError, ValueError, TypeError):  # deeper than the encoder may go (the reader allowed it)
        return None
    return hashlib.sha256(tekst.encode("utf-8", "surrogatepass")).hexdigest()


def af_resultat(resultat: Resultat) -> dict[str, Any]:
    """Sammendraget af en sags resultat: antallet af fund pr. regel_id i hver slags."""
    return _talt([*((fund["regel_id"], "overtrådt") for fund in resultat["overtrædelser"]),
                  *((fund["regel_id"], "frist") for fund in resultat["frister"]),
                  *((fund["regel_id"], "datafejl") for fund in resultat["datafejl"]),
                  *((fund["regel_id"], "undtaget") for fund in resultat["undtagelser"])])


def af_udfald(udfaldene: list[Regeludfald]) -> dict[str, Any]:
    """Sammendraget af hver regels udfald (pakkens `udfald`), talt som i et resultat."""
    return _talt((udfaldet["regel_id"], udfaldet["udfald"]) for udfaldet in udfaldene)


def af_anvendelser(anvendelser: list[Regelanvendelse]) -> dict[str, Any]:
    """Sammendraget af hvilke regler der gælder (pakkens `gaeldende_regler`), talt som i et resultat."""
    return _talt((anvendelse["regel_id"], udfaldet) for anvendelse in anvendelser for udfaldet in anvendelse["udfald"])


def af_fejl(fejl: list[Fejl]) -> dict[str, Any]:
    """Sammendraget af en ugyldig post: hver fejls kode og felt (ikke beskeden, der kan gentage en værdi)."""
    return {"art": "ugyldig", "fejl": [{"kode": enkelt["kode"], "felt": enkelt["felt"]} for enkelt in fejl]}


def _talt(par: Iterable[tuple[str, Udfaldstype]]) -> dict[str, Any]:
    talt: dict[str, dict[str, int]] = {noegle: {} for noegle in _TALT.values()}
    for regel_id, udfaldet in par:
        noegle = _TALT.get(udfaldet)
        if noegle is not None:
            talt[noegle][regel_id] = talt[noegle].get(regel_id, 0) + 1
    return {"art": "resultat", **{noegle: dict(sorted(antal.items())) for noegle, antal in talt.items()}}


class Beslutningslog:
    """En fil, som hver afgørelse føjes til som én linje JSON (se modulets beskrivelse)."""

    def __init__(self, sti: Union[str, "os.PathLike[str]"], regelsaet: Regelsaet):
        self.sti: str = os.fspath(sti)
        self.regelsaet: Regelsaet = {"udgave": regelsaet["udgave"], "sha256": regelsaet["sha256"]}
        # Not inherited by child processes (PEP 446); O_BINARY: Windows would write \r\n otherwise.
        flag = os.O_WRONLY | os.O_APPEND | os.O_CREAT | getattr(os, "O_BINARY", 0)
        self._fd: Optional[int] = os.open(self.sti, flag, 0o640)
        self._laas = threading.Lock()

    def skriv(self, kilde: str, skaeringsdato: date, sag: Post, sag_id: Optional[str], udfald: dict[str, Any],
              linje: Optional[int] = None, bestand_id: Optional[str] = None) -> str:
        """Skriv én afgørelse (`udfald` fra `af_resultat`, `af_udfald`, `af_anvendelser` eller
        `af_fejl`) og giv dens beslutning_id. Rejser OSError, hvis linjen ikke kan skrives."""
        beslutning_id = ny_id()
        post: dict[str, Any] = {
            "beslutning_id": beslutning_id, "tidspunkt": datetime.now(timezone.utc).isoformat(timespec="microseconds"),
            "kilde": kilde, "regelsæt": self.regelsaet, "skæringsdato": skaeringsdato.isoformat(), "sag_id": sag_id,
            "sag_sha256": sag_sha256(sag), **({"linje": linje} if linje is not None else {}),
            **({"bestand_id": bestand_id} if bestand_id is not None else {}), **udfald,
        }
        data = json.dumps(post, ensure_ascii=False).encode("utf-8", "backslashreplace") + b"\n"
        with self._laas:
            if self._fd is None:
                raise ValueError("beslutningsloggen er lukket")
            skrevet = 0
            while skrevet < len(data):  # a short write (a signal, a full disk) goes on where it stopped
                skrevet += os.write(self._fd, data[skrevet:])
        return beslutning_id

    def bestandspost(self, kilde: str, skaeringsdato: date, post: Post, resultat: Optional[Resultat],
                     ugyldig: Optional[Ugyldig], linje: int, bestand_id: str) -> str:
        """Skriv afgørelsen om én post i en sagsbestand: dens resultat, eller beskrivelsen af den ugyldige post."""
        if resultat is not None:
            return self.skriv(kilde, skaeringsdato, post, resultat["id"], af_resultat(resultat), linje, bestand_id)
        fejl = ugyldig["fejl"] if ugyldig is not None else []
        sag_id = ugyldig.get("id") if ugyldig is not None else None
        return self.skriv(kilde, skaeringsdato, post, sag_id, af_fejl(fejl), linje, bestand_id)

    def close(self) -> None:
        """Gem det skrevne på disken (fsync) og luk filen."""
        with self._laas:
            if self._fd is not None:
                try:
                    os.fsync(self._fd)
                except OSError as fejl:
                    if fejl.errno != errno.EINVAL:  # EINVAL: nothing to sync (a pipe, /dev/stdout)
                        raise
                finally:
                    os.close(self._fd)
                    self._fd = None

    def __enter__(self) -> Beslutningslog:
        return self

    def __exit__(self, *undtagelse: object) -> None:
        self.close()
