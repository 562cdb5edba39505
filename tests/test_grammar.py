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
