"""One version of a rule, read on its own: its values put in place of the parameters, and the
conditions those values decide folded away (`ikke øvo eller øvo_tæller` with øvo_tæller = ja
reads `ja`), so each version can be stated as the plain sentence that holds in its period."""

from __future__ import annotations

import dataclasses
from typing import Optional

from . import nodes as ir


def specialize(node, values: dict[str, ir.Expr]):
    """`node` (an expression, window, query or terms) with the version's values substituted."""
    if isinstance(node, ir.Param) and node.name in values:
        return values[node.name]
    if isinstance(node, (list, tuple)):
        return type(node)(specialize(item, values) for item in node)
    if not dataclasses.is_dataclass(node) or isinstance(node, type):
        return node
    changed = {f.name: specialize(getattr(node, f.name), values) for f in dataclasses.fields(node)
               if f.init and f.name not in ("span", "type")}
    node = dataclasses.replace(node, **changed)
    return fold(node) if isinstance(node, ir.Expr) else node


def truth(e: ir.Expr) -> Optional[bool]:
    """The truth value of a condition that is a constant, else None."""
    return e.value if isinstance(e, ir.Const) and isinstance(e.value, bool) else None


def fold(e: ir.Expr) -> ir.Expr:
    """A boolean node whose constant operands decide it, replaced by its value or the operand that
    remains (`x og ja` -> `x`, `x eller ja` -> `ja`)."""
    if isinstance(e, ir.Not) and truth(e.operand) is not None:
        return _const(e, not truth(e.operand))
    if isinstance(e, (ir.And, ir.Or)):
        decisive = isinstance(e, ir.Or)  # `eller` is decided by a true side, `og` by a false one
        left, right = truth(e.left), truth(e.right)
        if decisive in (left, right):
            return _const(e, decisive)
        if left is not None:
            return e.right
        if right is not None:
            return e.left
    if isinstance(e, ir.Compare) and e.op in ("==", "!=") and truth(e.left) is not None and truth(e.right) is not None:
        return _const(e, (truth(e.left) == truth(e.right)) == (e.op == "=="))
    return e


def _const(e: ir.Expr, value: bool) -> ir.Const:
    return ir.Const(span=e.span, type=ir.BOOL, value=value)
