"""The grammar is conflict-free LALR: strict mode (which needs `interegular`) turns
shift/reduce and reduce/reduce conflicts and colliding terminals into errors."""

import re

from lark import Lark

from compiler import parser


def test_grammar_builds_in_strict_mode():
    Lark(parser.GRAMMAR.read_text(encoding="utf-8"), parser="lalr", lexer="contextual", strict=True)


def test_top_level_keywords_are_exactly_the_grammars_block_openers():
    """parser.split_blocks and the error messages rely on this list."""
    grammar = parser.GRAMMAR.read_text(encoding="utf-8")
    items = re.search(r"^_item:(.*?)\n\n", grammar, re.S | re.M).group(1).split("|")
    openers = set()
    for name in (i.strip() for i in items):
        body = re.search(rf"^{name}:\s*\"(\w+)\"", grammar, re.M)
        openers.add(body.group(1))
    assert openers == set(parser.TOP_LEVEL_KEYWORDS)


def test_what_blocks_of_one_shape_rely_on():
    """parser._shape reads blocks that differ only in names, numbers, texts and comments alike,
    and parser._key blocks that differ only in how their spaces and line breaks are laid out.
    That holds for these terminals: a keyword is a plain string without digits, quotes, `#`,
    q or white space, one that begins with a letter is a word, and the patterns are these (a
    new one: see the argument at _shape)."""
    lark = parser.get_parser()
    keywords = [t.pattern for t in lark.terminals if t.pattern.type == "str"]
    assert keywords and not any(k.flags for k in keywords)
    assert not any(char.isdigit() or char.isspace() or char in '"#q' for k in keywords for char in k.value)
    assert all(re.fullmatch(r"\w+", k.value) for k in keywords if k.value[0].isalpha())
    assert {t.name: t.pattern.to_regexp() for t in lark.terminals if t.pattern.type == "re"} == {
        "COMMENT": "#[^\n]*", "ELLERS": ",?[ \t\r\n]*ellers(?!\\w)", "NAME": r"[^\W\d_][\w]*",
        "NUMBER": r"\d+(,\d+)?", "PROVISION_ID": r"P\d\d[a-z]?(?!\w)", "STRING": '"[^"\n]*"',
        "WS": "(?:[ \t\x0c\r\n])+",
    }
