"""The IR's data model -> model.py: enumerations, slotted record classes and their JSON readers."""

from __future__ import annotations

from ...ir import nodes as ir
from .code import Lines, comment_text, literal
from .names import Names

ANNOTATIONS = {"tekst": "str", "sandhedsværdi": "bool", "tal": "float", "timer": "float", "beløb": "float",
               "procent": "float", "dato": "date"}


class ModelWriter:
    def __init__(self, rule_set: ir.RuleSet, names: Names):
        self.rs = rule_set
        self.names = names

    def write(self) -> str:
        out = Lines()
        out('"""Sagens datamodel: opremsninger, poster og indlæsning fra JSON."""')
        out()
        out("from __future__ import annotations")
        out()
        out("from dataclasses import dataclass")
        out("from datetime import date")
        out("from typing import Any, Literal, get_args")
        out()
        out("from . import _runtime as rt")
        out()
        out("# Opremsningerne og posterne (sagen sidst); pakken eksporterer dem.")
        with out.block("__all__ = ["):
            out.flow([repr(name) for name in self.exported()])
        out("]")
        out()
        for enum in self.rs.enums:
            title = f": {comment_text(enum.title)}" if enum.title != enum.name else ""
            out()
            out(f"# Opremsningen {comment_text(enum.name)}{title}")
            out(f"{self.names.enum_type(enum.name)} = Literal[{', '.join(map(repr, enum.values))}]")
            out(f"{self.names.enum_set(enum.name)}: frozenset[str] = frozenset(get_args({self.names.enum_type(enum.name)}))")
        for record in self.rs.records:
            self.record_class(out, record)
        for record in self.rs.records:
            self.record_reader(out, record)
        return out.text()

    def exported(self) -> list[str]:
        """The names `model.py` exports (and the package with it): enum types, record classes."""
        return [*(self.names.enum_type(e.name) for e in self.rs.enums), *(self.names.record(r.name) for r in self.rs.records)]

    def annotation(self, declared: ir.Field) -> str:
        t = declared.type
        if t.kind == "list":
            return f"list[{self.names.record(t.name)}]"
        if declared.basic is not None:
            base = ANNOTATIONS[declared.basic]
        elif t.kind == "enum":
            base = self.names.enum_type(t.name)
        else:
            base = self.names.record(t.name)
        return f"{base} | None" if t.optional else base

    def record_class(self, out: Lines, record: ir.Record) -> None:
        out()
        out()
        out("@dataclass(slots=True)")
        with out.block(f"class {self.names.record(record.name)}:"):
            out(repr(record.title))
            for declared in record.fields:
                identifier = self.names.field(record.name, declared.name)
                key = f"  # JSON: {declared.name!r}" if identifier != declared.name else ""
                out(f"{identifier}: {self.annotation(declared)}{key}")
        out()
        out()
        out(f"# JSON-nøglerne i {comment_text(record.name)} (til at finde stavefejl i nøgler)")
        with out.block(f"{self.names.keys(record.name)}: frozenset[str] = frozenset({{"):
            out.flow([repr(f.name) for f in sorted(record.fields, key=lambda f: f.name)])
        out("})")

    def record_reader(self, out: Lines, record: ir.Record) -> None:
        cls = self.names.record(record.name)
        keys = self.names.keys(record.name)
        fields = self.names.fields_table(record.name)
        of_case = record.name == self.rs.case_record
        out()
        out()
        out(f"# Felterne i {comment_text(record.name)}: (nøgle, læser, argumenter); kun for at finde alle fejl i en ugyldig post")
        with out.block(f"{fields}: tuple[rt.Feltlaeser, ...] = ("):
            for declared in record.fields:
                reader, arguments = self.field_reader(declared, of_case)
                out(f"({declared.name!r}, {reader}, ({''.join(a + ', ' for a in arguments)})),")
        out(")")
        out()
        out()
        with out.block(f"def {self.names.parser(record.name)}(data: Any) -> {cls}:"):
            out(repr(f"Byg {record.name} ud fra et JSON-objekt; rejser UgyldigSag med alle postens fejl. Ukendte "
                     "nøgler ignoreres, men ikke en, der ligner et kendt felt (en stavefejl)."))
            out("data = rt.objekt(data)")
            with out.block("try:"):
                with out.block(f"if not {keys}.issuperset(data):"):
                    out(f"rt.stavefejl(data, {keys})")
                out("felt = data.get")
                # positional: keyword arguments cost about 7 % per case here
                with out.block(f"{'post = ' if record.period_in_order else 'return '}{cls}("):
                    for declared in record.fields:
                        reader, arguments = self.field_reader(declared, of_case)
                        key = repr(declared.name)
                        out(f"{reader}({', '.join((f'felt({key})', key, *arguments))}),")
                out(")")
            with out.block("except rt.UgyldigSag:"):
                out(f"raise rt.alle_fejl(data, {keys}, {fields}) from None")
            if record.period_in_order:
                start, end = record.period_in_order
                out(f"rt.periode_i_orden(post.{self.names.field(record.name, start)}, "
                    f"post.{self.names.field(record.name, end)}, {start!r}, {end!r})")
                out("return post")

    def field_reader(self, declared: ir.Field, of_case: bool) -> tuple[str, tuple[str, ...]]:
        """The runtime function that reads a field, and its arguments after the value and the key."""
        t, required = declared.type, str(declared.required)
        if of_case and declared.name == "id" and declared.basic == "tekst" and declared.required:
            return "rt.sags_id", ()  # the case's id must tell it apart: not empty or blank
        if t.kind == "list":
            return "rt.liste", (self.names.parser(t.name),)
        if t.kind == "record":
            return "rt.post", (required, self.names.parser(t.name))
        if t.kind == "enum":
            return "rt.vaerdi_af", (required, self.names.enum_set(t.name), repr(t.name))
        if declared.basic == "dato":
            return "rt.dato", (required,)
        if declared.basic == "tekst":
            return "rt.tekst", (required,)
        if declared.basic == "sandhedsværdi":
            return "rt.sandhedsvaerdi", (required, literal(declared.default))
        return "rt.tal", (required, literal(declared.default), literal(declared.minimum))
