"""Reading rule files: decode and normalise the text before it reaches the lexer.

Legal staff paste from Word and PDFs, so the text may carry a byte-order mark,
decomposed letters (a + ring instead of å), non-breaking spaces, curly quotes, soft
hyphens and zero-width spaces, and Windows line ends. None of these should change what a
rule means. (The characters that are refused are in lexical.py.)
"""

from __future__ import annotations

import re
import unicodedata

EXTENSION = ".regel"  # what a rule file's name ends in

_REPLACEMENTS = str.maketrans({
    # every space but the ordinary one (no-break, narrow, figure, em, ideographic …)
    **{chr(code): " " for code in (0x00a0, 0x1680, *range(0x2000, 0x200b), 0x202f, 0x205f, 0x3000)},
    "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u00ab": '"', "\u00bb": '"',
    "\u2018": "'", "\u2019": "'",
    "\u2013": "-", "\u2212": "-",  # en dash and minus sign
    # invisible and without meaning in a rule: soft hyphen, zero-width space, word joiner, a
    # byte-order mark inside the text (two files put together)
    "\u00ad": None, "\u200b": None, "\u2060": None, "\ufeff": None,
})


class SourceDecodeError(ValueError):
    """The bytes are not UTF-8; `line` and `column` point at the first bad byte."""

    def __init__(self, line: int, column: int):
        super().__init__(f"ugyldig UTF-8 i linje {line}")
        self.line = line
        self.column = column


_REPLACED = re.compile("[" + "".join(re.escape(chr(code)) for code in _REPLACEMENTS) + "]")


def normalise(text: str) -> str:
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = unicodedata.normalize("NFC", text)
    # translate() looks up every character of a text with any non-ASCII letter (seconds for
    # tens of MB), so only a text with something to replace is translated
    return text.translate(_REPLACEMENTS) if _REPLACED.search(text) else text


def decode(data: bytes) -> str:
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        before = error.object[: error.start]  # the bytes after a byte-order mark, as the codec read them
        # lines end as normalise() ends them: CRLF, LF or a lone CR (old Mac files)
        line = before.count(b"\n") + before.count(b"\r") - before.count(b"\r\n") + 1
        line_start = max(before.rfind(b"\n"), before.rfind(b"\r")) + 1
        column = len(before[line_start:].decode("utf-8", errors="replace")) + 1  # characters, not bytes
        raise SourceDecodeError(line, column) from None
    return normalise(text)
