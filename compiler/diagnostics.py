"""Diagnostics: what a rule file did wrong, where, and what to do about it (in Danish)."""

from __future__ import annotations

import difflib
from dataclasses import dataclass
from typing import Iterable, Literal, Optional

from .syntax import Span

Severity = Literal["fejl", "advarsel"]


@dataclass(frozen=True)
class Diagnostic:
    severity: Severity
    span: Span
    message: str
    hint: Optional[str] = None

    @property
    def is_error(self) -> bool:
        return self.severity == "fejl"


def error(span: Span, message: str, hint: Optional[str] = None) -> Diagnostic:
    return Diagnostic("fejl", span, message, hint)


def warning(span: Span, message: str, hint: Optional[str] = None) -> Diagnostic:
    return Diagnostic("advarsel", span, message, hint)


def closest(word: str, candidates: Iterable[str], cutoff: float = 0.6) -> Optional[str]:
    """The candidate most like `word`, or None when nothing is close."""
    close = difflib.get_close_matches(word, sorted(set(candidates)), n=1, cutoff=cutoff)
    return close[0] if close else None


def did_you_mean(word: str, candidates: Iterable[str], cutoff: float = 0.6) -> Optional[str]:
    """A Danish hint naming the closest candidate, or None when nothing is close."""
    meant = closest(word, candidates, cutoff)
    return f"mente du `{meant}`?" if meant else None


def sort_key(diagnostic: Diagnostic):
    span = diagnostic.span
    return (span.path, span.line, span.column, diagnostic.message)


def render(diagnostic: Diagnostic, source_lines: Optional[list[str]]) -> str:
    """`fil:linje:kolonne: fejl: besked`, the source line, a marker and the hint."""
    span = diagnostic.span
    out = [f"{span.path}:{span.line}:{span.column}: {diagnostic.severity}: {diagnostic.message}"]
    if source_lines and 1 <= span.line <= len(source_lines):
        line = source_lines[span.line - 1].expandtabs(1)
        number = str(span.line)
        width = 1
        if span.end_line == span.line and span.end_column > span.column:
            width = span.end_column - span.column
        width = max(1, min(width, len(line) - span.column + 1))
        out.append(f" {number} | {line}")
        out.append(f" {' ' * len(number)} | {' ' * (span.column - 1)}{'^' * width}")
    if diagnostic.hint:
        out.append(f"  tip: {diagnostic.hint}")
    return "\n".join(out)


def summary(diagnostics: list[Diagnostic]) -> str:
    errors = sum(1 for d in diagnostics if d.is_error)
    warnings = len(diagnostics) - errors
    return f"{errors} fejl og {warnings} {'advarsel' if warnings == 1 else 'advarsler'}"
