"""Et PEP 517-byggeværktøj kun med standardbiblioteket: `pip install generated/python` og
`pip wheel generated/python` bygger pakken hertil uden netværk og uden setuptools, og uden at
skrive andet end hjulet (ingen build/ eller .egg-info i generated/). Genereret af Regelsprog."""

from __future__ import annotations

import base64
import hashlib
import os
import zipfile
from pathlib import Path
from typing import Any, Optional

NAVN = "NAME"
VERSION = "VERSION"
RESUME = "SUMMARY"
MAPPE = Path(__file__).resolve().parent
_TID = (1980, 1, 1, 0, 0, 0)  # the same bytes for the same package, whenever it is built


def _metadata() -> str:
    return (f"Metadata-Version: 2.1\nName: {NAVN}\nVersion: {VERSION}\nSummary: {RESUME}\n"
            "Requires-Python: >=3.10\nClassifier: Typing :: Typed\n")


def _filer() -> list[tuple[str, bytes]]:
    filer = []
    for sti in sorted((MAPPE / NAVN).rglob("*")):
        if sti.is_file() and "__pycache__" not in sti.parts and sti.suffix in (".py", ".typed", ".md", ".json"):
            filer.append((sti.relative_to(MAPPE).as_posix(), sti.read_bytes()))
    return filer


def _hash(data: bytes) -> str:
    return "sha256=" + base64.urlsafe_b64encode(hashlib.sha256(data).digest()).rstrip(b"=").decode("ascii")


def build_wheel(wheel_directory: str, config_settings: Optional[dict[str, Any]] = None,
                metadata_directory: Optional[str] = None) -> str:
    navn = f"{NAVN}-{VERSION}-py3-none-any.whl"
    info = f"{NAVN}-{VERSION}.dist-info"
    filer = _filer() + [
        (f"{info}/METADATA", _metadata().encode("utf-8")),
        (f"{info}/WHEEL", b"Wheel-Version: 1.0\nGenerator: regelsprog\nRoot-Is-Purelib: true\nTag: py3-none-any\n"),
    ]
    record = "".join(f"{sti},{_hash(data)},{len(data)}\n" for sti, data in filer) + f"{info}/RECORD,,\n"
    midlertidig = os.path.join(wheel_directory, navn + ".tmp")
    with zipfile.ZipFile(midlertidig, "w", zipfile.ZIP_DEFLATED) as hjul:
        for sti, data in [*filer, (f"{info}/RECORD", record.encode("utf-8"))]:
            hjul.writestr(zipfile.ZipInfo(sti, _TID), data)
    os.replace(midlertidig, os.path.join(wheel_directory, navn))
    return navn


def get_requires_for_build_wheel(config_settings: Optional[dict[str, Any]] = None) -> list[str]:
    return []
