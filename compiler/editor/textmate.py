"""The TextMate grammar for other editors (VS Code, Sublime Text, …), made from the parser's own
keywords (grammar/regelsprog.lark), so the highlighting cannot drift from the language.

    python -m compiler.editor.textmate > editors/vscode/syntaxes/regelsprog.tmLanguage.json

`tests/test_textmate.py` checks that the committed file is what this makes.
"""

from __future__ import annotations

import json
import re

from .. import parser
from ..runtime import MAANEDSNAVNE

SCOPE = "source.regelsprog"


def _words(words) -> str:
    # longest first, so `måneder` is not read as `måned` + `er`; whole words only (Unicode letters)
    return r"(?<![\p{L}\p{N}_])(?:" + "|".join(re.escape(w) for w in sorted(words, key=lambda w: (-len(w), w))) + r")(?![\p{L}\p{N}_])"


def grammar() -> dict:
    keywords = set(parser.all_keywords())
    months = set(MAANEDSNAVNE) & keywords
    blocks = set(parser.TOP_LEVEL_KEYWORDS)
    return {
        "name": "Regelsprog",
        "scopeName": SCOPE,
        "fileTypes": ["regel"],
        "comment": "Lavet af compiler/editor/textmate.py ud fra grammar/regelsprog.lark; ret ikke i hånden.",
        "patterns": [
            {"name": "comment.line.number-sign.regelsprog", "match": "#.*$"},
            {"name": "string.quoted.double.regelsprog", "match": '"[^"\\n]*"?'},
            {"name": "keyword.control.block.regelsprog", "match": "^" + _words(blocks)},
            {"name": "constant.other.provision.regelsprog", "match": r"\bP\d\d[a-z]?(?![\p{L}\p{N}_])"},
            {"name": "constant.numeric.regelsprog", "match": r"\b\d+(?:,\d+)?\b"},
            {"name": "constant.language.month.regelsprog", "match": _words(months)},
            {"name": "keyword.other.regelsprog", "match": _words(keywords - months)},
            {"name": "variable.other.regelsprog", "match": r"\p{L}[\p{L}\p{N}_]*"},
        ],
    }


def text() -> str:
    return json.dumps(grammar(), ensure_ascii=False, indent=2) + "\n"


if __name__ == "__main__":
    print(text(), end="")
