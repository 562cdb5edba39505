"""The identifiers of the generated package.

Names from rule files become ASCII identifiers (`pynames.ascii_identifier`); every kind of
name has its own prefix or namespace, so no rule text can shadow a builtin, the runtime or
the module's own names.
"""

from __future__ import annotations

import builtins

from ...ir import nodes as ir
from ...pynames import Namespace, ascii_identifier

# What the generated modules define or import themselves.
MODULE_NAMES = ("rt", "date", "DAG", "Varighed", "laeg_til", "traek_fra", "NamedTuple", "Any", "Literal",
                "get_args", "dataclass", "annotations", "valider_sag", "SAGSREGLER", "POPULATIONSREGLER",
                "REGLER_PR_YDELSE")
RESERVED = (*MODULE_NAMES, *dir(builtins))


class Names:
    def __init__(self, rule_set: ir.RuleSet):
        self.module = Namespace(reserved=RESERVED)
        self.fields = {record.name: Namespace() for record in rule_set.records}
        self.params = Namespace(reserved=("vaerdier",))

    def record(self, name: str) -> str:
        return self.module(name)

    def parser(self, record: str) -> str:
        return self.module(record.lower() + "_fra_json")

    def enum_type(self, name: str) -> str:
        return self.module(name)

    def enum_set(self, name: str) -> str:
        return self.module(ascii_identifier(name).upper())

    def keys(self, record: str) -> str:
        return self.module(record, "_NOEGLER_")

    def field(self, record: str, name: str) -> str:
        return self.fields[record](name)

    def rule(self, name: str) -> str:
        return self.module(name, "regel_")

    def exception(self, name: str) -> str:
        return self.module(name, "undtagelse_")

    def info(self, name: str) -> str:
        return self.module(name, "_INFO_")

    def definition(self, name: str) -> str:
        return self.module(name, "definition_")

    def versions(self, name: str) -> str:
        return self.module(name, "_VERSIONER_")

    def values_class(self, name: str) -> str:
        return self.module(name, "_Vaerdier_")

    def param(self, name: str) -> str:
        return self.params(name)
