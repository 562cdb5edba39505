"""The identifiers of the generated package, from `pynames` (one pure function of one name each).

regler.py reads the data types as `model.Sag`, so every name from the rules there has a
prefix of its kind and none can shadow a builtin, the runtime or the module's own names;
model.py's data types stand bare but are mangled where they would meet a reserved name
(compiler/DESIGN.md, "Names in the generated code").
"""

from __future__ import annotations

from ... import pynames


class Names:
    def record(self, name: str) -> str:
        """A record class as model.py names it."""
        return pynames.data_type(name)

    def record_ref(self, name: str) -> str:
        """A record class as regler.py names it."""
        return f"model.{pynames.data_type(name)}"

    def parser(self, record: str) -> str:
        return pynames.parser(record)

    def enum_type(self, name: str) -> str:
        return pynames.data_type(name)

    def enum_set(self, name: str) -> str:
        return pynames.enum_values(name)

    def keys(self, record: str) -> str:
        return pynames.record_keys(record)

    def fields_table(self, record: str) -> str:
        return pynames.record_fields(record)

    def field(self, record: str, name: str) -> str:
        return pynames.attribute(name)

    def rule(self, name: str) -> str:
        return pynames.rule_function(name, exception=False)

    def exception(self, name: str) -> str:
        return pynames.rule_function(name, exception=True)

    def info(self, name: str) -> str:
        return pynames.rule_info(name)

    def definition(self, name: str) -> str:
        return pynames.definition_function(name)

    def versions(self, name: str) -> str:
        return pynames.versions(name)

    def values_class(self, name: str) -> str:
        return pynames.version_values(name)

    def param(self, name: str) -> str:
        return pynames.attribute(name)
