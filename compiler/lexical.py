"""What a rule file may be written with (compiler/DESIGN.md, "Characters and names").

Rule files are untrusted input to generated code, documentation and terminals, and are
reviewed by people reading them on screen. So nothing may change how the text is shown
without being seen (direction controls, control and other invisible characters: refused
wherever they stand), and two names that look the same must be the same name: a name is
written with Latin letters, the digits 0-9 and `_`, and so are the digits of a number.
"""

from __future__ import annotations

import unicodedata
from typing import Iterable, Iterator

from lark import Token

from . import diagnostics as d
from . import syntax as s

# Characters that change the direction text is shown in.
BIDI_CONTROLS = frozenset("\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")

# Letters of other scripts that look like a Latin letter: named in the hint.
_LOOKALIKES = dict(zip(
    "аеорсухіјѕԁԛԝАВЕКМНОРСТХІЈЅαονρυχΑΒΕΖΗΙΚΜΝΟΡΤΥΧ",
    "aeopcyxijsdqwABEKMHOPCTXIJSaovpuxABEZHIKMNOPTYX",
))

_SCRIPTS = {"CYRILLIC": "kyrilliske", "GREEK": "græske", "ARMENIAN": "armenske", "HEBREW": "hebraiske",
            "ARABIC": "arabiske", "FULLWIDTH": "brede", "MATHEMATICAL": "matematiske"}


def is_refused(char: str) -> bool:
    """Control characters but the line break, format characters and line/paragraph separators."""
    return char != "\n" and unicodedata.category(char) in ("Cc", "Cf", "Zl", "Zp")


def character_problems(text: str, path: str) -> list[d.Diagnostic]:
    """An error for each kind of refused character on each line of normalised text."""
    problems = []
    for number, line in enumerate(text.split("\n"), start=1):
        if line.isprintable():  # the common case, decided in C
            continue
        seen = set()
        for column, char in enumerate(line, start=1):
            if is_refused(char) and _kind(char) not in seen:
                seen.add(_kind(char))
                problems.append(_refused(s.Span(path, number, column, number, column + 1), char))
    return problems


def _kind(char: str) -> str:
    if char == "\t":
        return "tab"
    return "bidi" if char in BIDI_CONTROLS else unicodedata.category(char)


def _refused(span: s.Span, char: str) -> d.Diagnostic:
    code = d.code_point(char)
    kind = _kind(char)
    if kind == "tab":
        return d.error(span, "tabulatortegn i regelfilen", "brug mellemrum til at rykke ind (og mellem ordene)",
                       code="R021")
    if kind == "bidi":
        return d.error(span, f"tegnet {code} ændrer skriftens retning og er ikke tilladt",
                       "slet det: det får teksten til at se anderledes ud, end den er", code="R022")
    if kind in ("Zl", "Zp"):
        return d.error(span, f"tegnet {code} (linje- eller afsnitsskift) er ikke tilladt",
                       "brug et almindeligt linjeskift", code="R023")
    noun = "styretegnet" if kind == "Cc" else "det usynlige tegn"
    return d.error(span, f"{noun} {code} er ikke tilladt", "slet det; det ses ikke og betyder intet i en regel",
                   code="R024")


def token_problems(tokens: Iterable[Token], path: str, offset: int) -> Iterator[tuple[d.Diagnostic, str]]:
    """Names not written with Latin letters, 0-9 and `_`, numbers and provision ids with other
    digits: (the error, the token's text)."""
    for token in tokens:
        text = str(token)
        if text.isascii():
            continue
        span = s.Span(path, token.line + offset, token.column, token.end_line + offset, token.end_column)
        if token.type == "NAME":
            bad = next((c for c in text if not _latin_name_char(c)), None)
            if bad is not None:
                yield _foreign_letter(span, text, bad), text
        else:  # NUMBER, PROVISION_ID: \d in the grammar accepts any script's digits
            bad = next(c for c in text if c.isdigit() and not c.isascii())
            yield d.error(span, f"`{text}` er skrevet med cifre, der ikke er 0–9 ({d.code_point(bad)})",
                          "skriv tallet med cifrene 0–9", code="R025"), text


def _latin_name_char(char: str) -> bool:
    if char.isascii():
        return char.isalnum() or char == "_"
    # cased letters of the Latin blocks (æ, ø, å, é, ü, ß …), not the IPA letters that pass for a, g, i
    return unicodedata.category(char) in ("Lu", "Ll", "Lt") and (
        "\u00c0" <= char <= "\u024f" or "\u1e00" <= char <= "\u1eff")


def _foreign_letter(span: s.Span, name: str, char: str) -> d.Diagnostic:
    script = _SCRIPTS.get(unicodedata.name(char, "").split(" ")[0])
    letter = unicodedata.category(char).startswith("L")
    what = f"det {script or 'ikke-latinske'} {'bogstav' if letter else 'tegn'}"
    if script and letter and any(c.isascii() and c.isalpha() for c in name):
        message = f"navnet `{name}` blander latinske og {script} bogstaver: `{char}` ({d.code_point(char)})"
    else:
        message = f"navnet `{name}` indeholder {what} `{char}` ({d.code_point(char)})"
    rule = "navne skrives med latinske bogstaver (a–z, æ, ø, å, é …), cifrene 0–9 og _"
    meant = _LOOKALIKES.get(char) or unicodedata.normalize("NFKC", char)
    if meant != char and meant.isascii() and meant.isalnum():
        return d.error(span, message, f"skriv det latinske `{meant}`, som `{char}` ligner; {rule}", code="R026")
    return d.error(span, message, rule, code="R027")
