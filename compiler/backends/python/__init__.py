"""Python back end: the rule IR -> the validator package (standard library only).

Text from rule files reaches the generated code only through `repr()` of strings, numbers
and dates, or escaped in comments; identifiers come from `names.py`. The output is
deterministic: everything is emitted in declaration order.
"""

from __future__ import annotations

from pathlib import Path

from ...ir import nodes as ir
from .. import openapi
from .model import ModelWriter
from .names import Names
from .rules import RulesWriter

PACKAGE = "beskaeftigelsesregler"
RUNTIME = Path(__file__).resolve().parent.parent.parent / "runtime"  # copied as <package>/_runtime/
# The runtime's modules, each after the ones it imports (its __init__ re-exports them all).
RUNTIME_MODULES = ("typer", "datoer", "laesning", "vurdering", "resultater", "sagsbestand")
INIT = Path(__file__).with_name("package_init.txt")
# The HTTP service: runtime/tjeneste.py and its decision log, runtime/beslutningslog.py (not
# imported by the runtime's __init__, so a validator that does not serve pays nothing for
# http.server), started by <package>/server.py with the package's OpenAPI document
# (<package>/openapi.json, as generated/schema/openapi.json).
SERVICE_MODULES = ("beslutningslog", "tjeneste")
SERVER = Path(__file__).with_name("package_server.txt")
WHEEL_BACKEND = Path(__file__).with_name("hjul.py")       # generated/python/hjul.py: builds the wheel
CONTRACT = Path(__file__).with_name("KONTRAKT.md")        # the API's versions and changes, shipped in the package
SUMMARY = "Validatorer for beskaeftigelsesindsatsen, genereret af Regelsprog"
HEADER = "# Genereret af Regelsprog ud fra rules/. Ret ikke i filen: ret reglerne og kør `regel byg`.\n"
# model.py and regler.py use the package's own `_runtime`, which pyright's strict mode would
# report as a private name used outside its module.
OWN_RUNTIME = "# pyright: reportPrivateUsage=false\n"
# The version of the package's public API (`__all__`); raised when it changes incompatibly,
# so that `regel valider` can tell a package built by an older compiler from a broken one.
API_VERSION = 4


def generate(rule_set: ir.RuleSet) -> dict[str, str]:
    """The files of the generated package, by path relative to generated/python/."""
    names = Names()
    return {
        f"{PACKAGE}/__init__.py": HEADER + INIT.read_text(encoding="utf-8").replace("API_VERSION", str(API_VERSION)),
        **{f"{PACKAGE}/_runtime/{name}.py": HEADER + (RUNTIME / f"{name}.py").read_text(encoding="utf-8")
           for name in ("__init__", *RUNTIME_MODULES, *SERVICE_MODULES)},
        f"{PACKAGE}/server.py": HEADER + SERVER.read_text(encoding="utf-8").replace("PACKAGE", PACKAGE),
        f"{PACKAGE}/openapi.json": openapi.generate(rule_set, PACKAGE, API_VERSION),
        f"{PACKAGE}/model.py": HEADER + OWN_RUNTIME + ModelWriter(rule_set, names).write(),
        f"{PACKAGE}/regler.py": HEADER + OWN_RUNTIME + RulesWriter(rule_set, names).write(),
        f"{PACKAGE}/py.typed": "",
        f"{PACKAGE}/KONTRAKT.md": CONTRACT.read_text(encoding="utf-8"),
        "hjul.py": HEADER + WHEEL_BACKEND.read_text(encoding="utf-8").replace('"NAME"', repr(PACKAGE))
        .replace('"VERSION"', repr(version(rule_set))).replace('"SUMMARY"', repr(SUMMARY)),
        "pyproject.toml": PYPROJECT.format(package=PACKAGE, version=version(rule_set)),
    }


def version(rule_set: ir.RuleSet) -> str:
    """The package's version: the rule set's edition (`regelsæt … udgave …`), "0" without one."""
    return rule_set.edition or "0"


# The build needs nothing but hjul.py beside it (no network, no setuptools).
PYPROJECT = """# Genereret af Regelsprog. `pip install generated/python` installerer validatorerne.
[build-system]
requires = []
build-backend = "hjul"
backend-path = ["."]

[project]
name = "{package}"
version = "{version}"
requires-python = ">=3.10"
"""
