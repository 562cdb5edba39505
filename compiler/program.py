"""A checked set of rule files: the symbol tables every back end reads."""

from __future__ import annotations

from dataclasses import dataclass, field

from . import syntax as s

CASE_RECORD = "Sag"


@dataclass
class Program:
    modules: list[s.Module] = field(default_factory=list)
    provisions: dict[str, s.ProvisionDecl] = field(default_factory=dict)
    sources: dict[str, s.SourceDecl] = field(default_factory=dict)
    enums: dict[str, s.EnumDecl] = field(default_factory=dict)
    records: dict[str, s.RecordDecl] = field(default_factory=dict)
    definitions: dict[str, s.Definition] = field(default_factory=dict)
    rules: dict[str, s.Rule] = field(default_factory=dict)          # in file order
    exceptions: dict[str, s.Exception_] = field(default_factory=dict)  # in file order

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
