# Genereret af Regelsprog ud fra rules/. Ret ikke i filen: ret reglerne og kør `regel byg`.
"""HTTP-tjenesten over validatorerne, til systemer, der ikke er skrevet i Python.

    python -m beskaeftigelsesregler.server --port 8000

Adresser, grænser og fejlkoder: se `_runtime/tjeneste.py` og /openapi.json. Kun
standardbiblioteket.
"""

from __future__ import annotations

import sys
from importlib import import_module, resources
from typing import Any, Optional

from ._runtime import tjeneste

PAKKE = "beskaeftigelsesregler"
_PAKKEN = __package__ or PAKKE  # the package as imported (a test imports it under another name)


def openapi() -> bytes:
    """OpenAPI 3.1-dokumentet for tjenesten (pakkens openapi.json)."""
    return resources.files(_PAKKEN).joinpath("openapi.json").read_bytes()


def start(vaert: str = "127.0.0.1", port: int = 0, **graenser: Any) -> tjeneste.Tjener:
    """Start tjenesten i en baggrundstråd (port 0: en ledig port; se `tjener.server_address`);
    `beslutningslog="FIL"` skriver hver afgørelse i FIL (som --beslutningslog)."""
    return tjeneste.start(import_module(_PAKKEN), PAKKE, openapi(), vaert, port, **graenser)


def main(argv: Optional[list[str]] = None, prog: Optional[str] = None) -> int:
    """Tjenesten som program (`python -m beskaeftigelsesregler.server --help`); stopper pænt ved SIGTERM og Ctrl+C."""
    return tjeneste.main(import_module(_PAKKEN), PAKKE, openapi(), argv, prog)


if __name__ == "__main__":
    sys.exit(main())
