"""Reading rule files: decode and normalise the text before it reaches the lexer.

Legal staff paste from Word and PDFs, so the text may carry a byte-order mark,
decomposed letters (a + ring instead of å), non-breaking spaces, curly quotes and
Windows line ends. None of these should change what a rule means.
"""

from __future__ import annotations

import unicodedata

_REPLACEMENTS = str.maketrans({
    "\u00a0": " ",  # no-break space
    "\u202f": " ",  # narrow no-break space
    "\u2007": " ",  # figure space
    "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u00ab": '"', "\u00bb": '"',
    "\u2018": "'", "\u2019": "'",
    "\u2013": "-", "\u2212": "-",  # en dash and minus sign
})


class SourceDecodeError(ValueError):
    """The bytes are not UTF-8; `line` and `column` point at the first bad byte."""

    def __init__(self, line: int, column: int):
        super().__init__(f"ugyldig UTF-8 i linje {line}")
        self.line = line
        self.column = column


def normalise(text: str) -> str:
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = unicodedata.normalize("NFC", text)
    return text.translate(_REPLACEMENTS)


def decode(data: bytes) -> str:
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        before = data[: error.start]
        line = before.count(b"\n") + 1
        column = len(before[before.rfind(b"\n") + 1:].decode("utf-8", errors="replace")) + 1  # characters, not bytes
        raise SourceDecodeError(line, column) from None
    return normalise(text)
