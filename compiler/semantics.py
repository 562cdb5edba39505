"""The semantic model: what the checker found out about a syntax tree, kept beside it.

The checker fills these side tables (the tree itself is never changed), so a parsed module
can be cached and checked again, and an editor can ask what a name is, where it is
defined and who uses it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal, Optional

from . import syntax as s

TypeKind = Literal[
    "bool", "number", "hours", "amount", "percent", "text", "date", "duration",
    "enum", "record", "list",
]


@dataclass(frozen=True)
class Type:
    """The type of an expression or a field, as the checker found it."""

    kind: TypeKind
    name: Optional[str] = None  # the enum or record name for enum/record/list
    optional: bool = False      # the value may be absent (an optional field)


@dataclass(frozen=True)
class Ref:
    """What a name refers to.

    kind:
      case_field  - a field path from the case: path = ("fritagelse", "fra")
      item_field  - a field path from the list item in scope: path = ("dato",)
      definition  - a definition; target = its name, record = its subject record
      parameter   - a versioned parameter of the enclosing rule; target = its name
      enum_value  - a value of an enumeration; record = the enum name, target = value
    """

    kind: Literal["case_field", "item_field", "definition", "parameter", "enum_value"]
    target: str = ""
    path: tuple[str, ...] = ()
    record: Optional[str] = None


@dataclass
class Semantics:
    """Side tables keyed by syntax nodes (nodes compare by identity)."""

    types: dict[s.Expr, Optional[Type]] = field(default_factory=dict)
    refs: dict[s.Name, Ref] = field(default_factory=dict)
    lists: dict[s.ListRef, tuple[str, str]] = field(default_factory=dict)   # -> (case field, item record)
    field_types: dict[s.FieldDecl, Type] = field(default_factory=dict)
    exceptions: dict[str, list[s.Exception_]] = field(default_factory=dict)  # rule name -> exceptions to it

    def type_of(self, expr: s.Expr) -> Optional[Type]:
        return self.types.get(expr)

    def ref(self, name: s.Name) -> Ref:
        return self.refs[name]

    def ref_or_none(self, name: s.Name) -> Optional[Ref]:
        return self.refs.get(name)

    def list_of(self, items: s.ListRef) -> tuple[str, str]:
        return self.lists[items]

    def field_type(self, declared: s.FieldDecl) -> Type:
        return self.field_types[declared]

    def exceptions_of(self, rule: str) -> list[s.Exception_]:
        return self.exceptions.get(rule, [])
