"""The grammar is conflict-free LALR: strict mode turns shift/reduce conflicts and
terminal collisions into errors."""

from lark import Lark

from compiler.parser import GRAMMAR


def test_grammar_builds_in_strict_mode():
    Lark(GRAMMAR.read_text(encoding="utf-8"), parser="lalr", lexer="contextual", strict=True)
