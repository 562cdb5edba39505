"""The semantic model: what the checker found out about a syntax tree, kept beside it.

The checker fills these side tables (the tree itself is never changed), so a parsed module
can be cached and checked again, and an editor can ask what a name is, where it is
defined and who uses it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Optional

from . import syntax as s

Ref = s.Ref  # what a name refers to (kind, target, path, record)


@dataclass
class Semantics:
    """Side tables keyed by syntax nodes (nodes compare by identity)."""

    types: dict[s.Expr, Optional[s.Type]] = field(default_factory=dict)
    refs: dict[s.Name, Ref] = field(default_factory=dict)
    lists: dict[s.ListRef, tuple[str, str]] = field(default_factory=dict)   # -> (case field, item record)
    field_types: dict[s.FieldDecl, s.Type] = field(default_factory=dict)
    exceptions: dict[str, list[s.Exception_]] = field(default_factory=dict)  # rule name -> exceptions to it

    def type_of(self, expr: s.Expr) -> Optional[s.Type]:
        return self.types.get(expr)

    def ref(self, name: s.Name) -> Ref:
        return self.refs[name]

    def ref_or_none(self, name: s.Name) -> Optional[Ref]:
        return self.refs.get(name)

    def list_of(self, items: s.ListRef) -> tuple[str, str]:
        return self.lists[items]

    def field_type(self, declared: s.FieldDecl) -> s.Type:
        return self.field_types[declared]

    def exceptions_of(self, rule: str) -> list[s.Exception_]:
        return self.exceptions.get(rule, [])
