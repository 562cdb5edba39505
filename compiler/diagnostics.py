"""Diagnostics: what a rule file did wrong, where, and what to do about it (in Danish)."""

from __future__ import annotations

import difflib
from dataclasses import dataclass
from typing import Iterable, Literal, Optional, Sized

from .syntax import Span

Severity = Literal["fejl", "advarsel"]


@dataclass(frozen=True)
class Diagnostic:
    severity: Severity
    span: Span
    message: str
    hint: Optional[str] = None
    code: Optional[str] = None  # stable, e.g. "R201": FEJLKODER.md lists every code with its meaning

    @property
    def is_error(self) -> bool:
        return self.severity == "fejl"


def error(span: Span, message: str, hint: Optional[str] = None, code: Optional[str] = None) -> Diagnostic:
    return Diagnostic("fejl", span, message, hint, code)


def warning(span: Span, message: str, hint: Optional[str] = None, code: Optional[str] = None) -> Diagnostic:
    return Diagnostic("advarsel", span, message, hint, code)


# difflib compares the word with every candidate, so a suggestion for each of many errors among
# as many names would make checking grow with the square of the file; no real rule set has more.
MAX_CANDIDATES = 1000


def closest(word: str, candidates: Iterable[str], cutoff: float = 0.6) -> Optional[str]:
    """The candidate most like `word`, or None when nothing is close (or there are too many to compare)."""
    if isinstance(candidates, Sized) and len(candidates) > MAX_CANDIDATES:
        return None
    names = sorted(set(candidates))
    if len(names) > MAX_CANDIDATES:
        return None
    close = difflib.get_close_matches(word, names, n=1, cutoff=cutoff)
    return close[0] if close else None


def did_you_mean(word: str, candidates: Iterable[str], cutoff: float = 0.6) -> Optional[str]:
    """A Danish hint naming the closest candidate, or None when nothing is close."""
    meant = closest(word, candidates, cutoff)
    return f"mente du `{meant}`?" if meant else None


def sort_key(diagnostic: Diagnostic):
    span = diagnostic.span
    return (span.path, span.line, span.column, diagnostic.message)


def code_point(char: str) -> str:
    return f"U+{ord(char):04X}"


def visible(text: str) -> str:
    """Text for a terminal: a character that cannot be printed (a control, escape or direction
    character from a rule file) is shown as <U+XXXX>, never sent to the terminal."""
    if text.isprintable():
        return text
    return "".join(char if char.isprintable() or char == " " else f"<{code_point(char)}>" for char in text)


def render(diagnostic: Diagnostic, source_lines: Optional[list[str]]) -> str:
    """`fil:linje:kolonne: fejl: besked [R201]`, the source line, a marker and the hint."""
    span = diagnostic.span
    code = f" [{diagnostic.code}]" if diagnostic.code else ""
    out = [visible(f"{span.path}:{span.line}:{span.column}: {diagnostic.severity}: {diagnostic.message}{code}")]
    if source_lines and 1 <= span.line <= len(source_lines):
        line = source_lines[span.line - 1].replace("\t", " ")  # a tab is one column, as the lexer counts
        number = str(span.line)
        width = 1
        if span.end_line == span.line and span.end_column > span.column:
            width = span.end_column - span.column
        width = max(1, min(width, len(line) - span.column + 1))
        # the marker stands under the character even when those before it are shown as <U+XXXX>
        before = visible(line[:span.column - 1])
        marked = visible(line[span.column - 1:span.column - 1 + width])
        out.append(f" {number} | {visible(line)}")
        out.append(f" {' ' * len(number)} | {' ' * len(before)}{'^' * max(1, len(marked))}")
    if diagnostic.hint:
        out.append(visible(f"  tip: {diagnostic.hint}"))
    return "\n".join(out)


def summary(diagnostics: list[Diagnostic]) -> str:
    errors = sum(1 for d in diagnostics if d.is_error)
    warnings = len(diagnostics) - errors
    return f"{errors} fejl og {warnings} {'advarsel' if warnings == 1 else 'advarsler'}"
