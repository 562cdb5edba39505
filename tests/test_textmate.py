"""The TextMate grammar for other editors is made from the parser's keywords and is committed as
made: a keyword added to grammar/regelsprog.lark without regenerating it turns this red."""

from __future__ import annotations

import json
import re

from compiler import parser
from compiler.editor import textmate

from .conftest import ROOT

COMMITTED = ROOT / "editors" / "vscode" / "syntaxes" / "regelsprog.tmLanguage.json"


def test_the_committed_grammar_is_the_generated_one():
    assert COMMITTED.read_text(encoding="utf-8") == textmate.text(), (
        "kør: python -m compiler.editor.textmate > editors/vscode/syntaxes/regelsprog.tmLanguage.json")


def _python(pattern: str) -> re.Pattern:
    """The Oniguruma pattern for Python's re (which has no \\p{…}): letters, digits and _ are \\w."""
    return re.compile(pattern.replace(r"[\p{L}\p{N}_]", r"\w").replace(r"\p{L}", r"[^\W\d_]"))


def test_every_keyword_of_the_grammar_is_highlighted_as_one_and_names_are_not():
    patterns = {p["name"]: _python(p["match"]) for p in json.loads(COMMITTED.read_text(encoding="utf-8"))["patterns"]}
    keyword_like = [p for name, p in patterns.items() if name.startswith(("keyword", "constant.language"))]
    for keyword in parser.all_keywords():
        assert any(p.fullmatch(keyword) for p in keyword_like), keyword
    for name in ("forløbsstart", "gældende", "ydelsen", "første_henvendelse"):
        assert not any(p.fullmatch(name) for p in keyword_like), name
        assert patterns["variable.other.regelsprog"].fullmatch(name)
