"""Writing Python source: indented lines, wrapped to at most 100 characters.

Rule text never reaches this module unescaped: callers pass literals through `repr`
(`literal`) and rule text for comments through `comment_text`.
"""

from __future__ import annotations

import datetime
import re
import textwrap
from contextlib import contextmanager
from typing import Iterator

WIDTH = 100


def literal(value) -> str:
    """A Python literal for a value from a rule file (repr never lets text escape its quotes)."""
    if isinstance(value, datetime.date):
        return f"date({value.year}, {value.month}, {value.day})"
    return repr(value)


def comment_text(text: str) -> str:
    """Rule text for a `#` comment: characters that could end the line or hide text are escaped."""
    return "".join(ch if ch.isprintable() and ch not in "\u2028\u2029" else repr(ch)[1:-1] for ch in text)


class Lines:
    """Lines of code at a current indentation."""

    def __init__(self, indent: int = 0):
        self.lines: list[str] = []
        self.level = indent

    def __call__(self, text: str = "") -> None:
        if not text:
            self.lines.append("")
        elif text.startswith("#"):
            self.lines.extend(textwrap.wrap(text[1:].strip(), WIDTH, initial_indent=self.indent + "# ",
                                            subsequent_indent=self.indent + "# ", break_long_words=False,
                                            break_on_hyphens=False))
        else:
            self.lines.extend(wrap(text, self.indent))

    def flow(self, words: list[str]) -> None:
        """Words (literals separated by commas) filled into lines, as in a long set literal."""
        self.lines.extend(textwrap.wrap(", ".join(words) + ",", WIDTH, initial_indent=self.indent,
                                        subsequent_indent=self.indent, break_long_words=False,
                                        break_on_hyphens=False))

    @property
    def indent(self) -> str:
        return "    " * self.level

    @contextmanager
    def block(self, header: str) -> Iterator[None]:
        self(header)
        self.level += 1
        try:
            yield
        finally:
            self.level -= 1

    def text(self) -> str:
        return "\n".join(self.lines) + "\n"


_STATEMENT = re.compile(r"(return |if |elif |[\w.]+ = )(.*?)(:?)$")


def wrap(text: str, indent: str) -> list[str]:
    """A line of code at `indent`, broken inside brackets when it is longer than WIDTH: at the
    outermost level that has commas or `and`/`or`, then the pieces again as needed; a long
    condition or returned value is put in parentheses to be broken."""
    if len(indent) + len(text) <= WIDTH:
        return [indent + text]
    statement = _STATEMENT.match(text)
    if statement and _points(text, len(statement.group(1)), top_level=True):
        head, expression, colon = statement.groups()
        text = f"{head}({expression}){colon}"
    return _wrap(text, indent, indent + " " * 8)


def _wrap(text: str, first_indent: str, indent: str) -> list[str]:
    if len(first_indent) + len(text) <= WIDTH:
        return [first_indent + text]
    points = _points(text, 0)
    if not points:
        return _split_string(text, first_indent)
    pieces, start = [], 0
    for position in points:
        pieces.append(text[start:position].strip())
        start = position
    pieces.append(text[start:].strip())
    lines = [pieces[0]]
    for piece in pieces[1:]:
        separator = "" if lines[-1].endswith(("(", "[", "{")) else " "
        if len((first_indent if len(lines) == 1 else indent) + lines[-1] + separator + piece) <= WIDTH:
            lines[-1] += separator + piece
        else:
            lines.append(piece)
    out = []
    for number, line in enumerate(lines):
        out.extend(_wrap(line, first_indent if number == 0 else indent, indent + " " * 4))
    return out


_STRING = re.compile(r"'(?:[^'\\]|\\.)*'" + r'|"(?:[^"\\]|\\.)*"')


def _split_string(text: str, indent: str) -> list[str]:
    """A line whose longest string literal is too long: the literal as adjacent literals in
    parentheses, broken at spaces (never inside an escape sequence)."""
    literals = list(_STRING.finditer(text))
    if not literals:
        return [indent + text]
    found = max(literals, key=lambda m: len(m.group()))
    quote, body = found.group()[0], found.group()[1:-1]
    before, after = text[:found.start()], text[found.end():]
    room = max(40, WIDTH - len(indent) - len(before) - 4)
    chunks, current = [], ""
    for word in re.split(r"(?<= )", body):
        if current and len(current) + len(word) > room:
            chunks.append(current)
            current = ""
        current += word
    chunks.append(current)
    if len(chunks) == 1:
        return [indent + text]
    pad = indent + " " * (len(before) + 1)
    lines = [f"{indent}{before}({quote}{chunks[0]}{quote}"]
    lines += [f"{pad}{quote}{chunk}{quote}" for chunk in chunks[1:]]
    lines[-1] += ")" + after
    return lines


# What `_points` looks at: a string literal (skipped whole), a bracket, a comma before a space,
# or a space before `and`/`or`/`if`/`else`.
_BREAKS = re.compile(r"""'(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*"|[(\[{]|[)\]}]|,(?= )| (?=(?:and|or|if|else) )""")


def _points(text: str, start: int, top_level: bool = False) -> list[int]:
    """Break positions at the shallowest bracket depth (≥ 1, or 0 when `top_level`) that has any:
    after the opening bracket and after each `, `, or before each `and`/`or`."""
    found: dict[int, list[int]] = {}
    depth = 0
    for match in _BREAKS.finditer(text, start):
        ch, i = match.group()[0], match.start()
        if ch in "([{":
            depth += 1
            found.setdefault(depth, []).append(i + 1)
        elif ch in ")]}":
            depth -= 1
        elif ch == ",":
            found.setdefault(depth, []).append(i + 2)
        elif ch == " ":
            found.setdefault(depth, []).append(i + 1)
    if top_level:
        return [p for p in found.get(0, []) if text[p - 1] == " "]
    for level in sorted(level for level in found if level >= 1):
        points = found[level]
        if len(points) > 1 or text[points[0] - 1] not in "([{":
            return points
    return []
