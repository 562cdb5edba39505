"""ASCII Python identifiers for Danish names, with collision detection.

Python would accept `forløbsstart` as an identifier, but linters and many editors
do not, and NFKC normalisation can merge names that look different; so generated
code uses a transliteration and keeps the Danish name in string literals.
"""

from __future__ import annotations

import keyword
import re

_LETTERS = str.maketrans({"æ": "ae", "ø": "oe", "å": "aa", "Æ": "Ae", "Ø": "Oe", "Å": "Aa", "é": "e", "ü": "ue"})


class NameCollision(ValueError):
    """Two Danish names would become the same Python name."""


def ascii_identifier(name: str) -> str:
    text = re.sub(r"[^0-9A-Za-z_]", "_", name.translate(_LETTERS))
    if not text or text[0].isdigit():
        text = "_" + text
    return text + "_" if keyword.iskeyword(text) else text


class Namespace:
    """Hands out identifiers in one Python namespace and refuses collisions."""

    def __init__(self, reserved: tuple[str, ...] = ()):
        self._by_name: dict[str, str] = {}
        self._taken: dict[str, str] = {r: r for r in reserved}

    def __call__(self, danish: str, prefix: str = "") -> str:
        key = prefix + danish
        if key in self._by_name:
            return self._by_name[key]
        identifier = prefix + ascii_identifier(danish)
        if identifier in self._taken:
            raise NameCollision(
                f"navnene `{self._taken[identifier]}` og `{danish}` bliver begge til `{identifier}` "
                "i den genererede Python-kode; omdøb det ene"
            )
        self._taken[identifier] = danish
        self._by_name[key] = identifier
        return identifier
