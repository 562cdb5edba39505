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
    """parser._shape: blocks that differ only in their digits and in what stands between quotes
    are read alike, because no keyword holds a digit or a quote and STRING is the pattern the
    shape blanks."""
    lark = parser.get_parser()
    keywords = [t.pattern.value for t in lark.terminals if t.pattern.type == "str"]
    assert keywords and not any(char.isdigit() or char == '"' for keyword in keywords for char in keyword)
    assert lark.get_terminal("STRING").pattern.to_regexp() == parser._STRING.pattern
