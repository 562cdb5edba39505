"""A checked set of rule files: the symbol tables every back end reads."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Optional

from . import syntax as s
from .semantics import Semantics

CASE_RECORD = "Sag"


@dataclass
class Program:
    modules: list[s.Module] = field(default_factory=list)
    ruleset: Optional[s.RuleSetDecl] = None            # `regelsæt … udgave …`, at most one
    provisions: dict[str, s.ProvisionDecl] = field(default_factory=dict)
    sources: dict[str, s.SourceDecl] = field(default_factory=dict)
    enums: dict[str, s.EnumDecl] = field(default_factory=dict)
    records: dict[str, s.RecordDecl] = field(default_factory=dict)
    definitions: dict[str, s.Definition] = field(default_factory=dict)
    rules: dict[str, s.Rule] = field(default_factory=dict)          # in file order
    exceptions: dict[str, s.Exception_] = field(default_factory=dict)  # in file order
    semantics: Semantics = field(default_factory=Semantics)              # what the checker found out

    @property
    def case(self) -> s.RecordDecl:
        return self.records[CASE_RECORD]

    def rules_for(self, provision_id: str) -> list[s.RuleBase]:
        """The rules and exceptions that encode a provision."""
        found: list[s.RuleBase] = []
        for rule in [*self.rules.values(), *self.exceptions.values()]:
            if any(p.id == provision_id for p in rule.provisions):
                found.append(rule)
        return found

    def source_of(self, item: s.Item) -> str:
        """The path of the rule file an item was declared in."""
        return item.span.path

    def benefit_values(self) -> list[str]:
        """The values of the case's `ydelse` when it is an enum (the generated code dispatches
        on them, and the documentation lists the rules per benefit)."""
        benefit = self.case.field("ydelse")
        if benefit is None or benefit.type.name not in self.enums:
            return []
        return [value for value, _ in self.enums[benefit.type.name].values]
