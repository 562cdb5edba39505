"""Parse rule files into syntax trees, with Danish diagnostics for syntax errors.

A file is split into top-level blocks (a block starts at a line that begins in the
first column and is not a comment) and each block is parsed on its own, so that one
syntax error does not hide the errors in the rest of the file.
"""

from __future__ import annotations

import dataclasses
import functools
import os
import re
from pathlib import Path
from typing import Iterable, Iterator

from lark import Lark, Token, Tree
from lark.tree import Meta
from lark.exceptions import UnexpectedCharacters, UnexpectedEOF, UnexpectedInput, UnexpectedToken

from . import diagnostics as d
from . import lexical
from . import syntax as s
from .builder import build
from .runtime import MAANEDSNAVNE

GRAMMAR = Path(__file__).resolve().parent.parent / "grammar" / "regelsprog.lark"

# How the parser's terminals are named in messages to legal staff.
_TERMINAL_NAMES = {
    "NAME": "et navn",
    "NUMBER": "et tal",
    "STRING": 'en tekst i anførselstegn ("…")',
    "PROVISION_ID": "et bestemmelses-id (fx P01)",
    "ELLERS": "`, ellers`",
    "$END": "slutningen af blokken",
}

TOP_LEVEL_KEYWORDS = ("regelsæt", "bestemmelse", "kilde", "opremsning", "post", "definition", "regel", "undtagelse")

# The name a block declares, read without the parser, for a block that does not parse.
_DECLARATION = re.compile(rf"(?:{'|'.join(TOP_LEVEL_KEYWORDS)})[ \t]+([^\s\":]+)")

# The builder, the checker and the back ends walk expressions recursively, so a
# block nested deeper than this (hundreds of chained `og`) would exhaust Python's stack.
MAX_DEPTH = 100


class RunOnKeyword(Exception):
    """A keyword followed directly by more letters (`sagen`, `januarr`)."""

    def __init__(self, keyword: Token, rest: Token):
        super().__init__(keyword.value)
        self.keyword, self.rest = keyword, rest


class _WholeWords:
    """Where no name may stand, Lark's contextual lexer reads a keyword at the start of a
    longer word (`sagen:` as `sag` + `en:`), which could pass unnoticed; refuse it."""

    always_accept = ()

    def process(self, stream):
        previous = None
        for token in stream:
            if (previous is not None and previous.type != "NAME" and previous.value[-1:].isalpha()
                    and token.start_pos == previous.end_pos and _in_word(token.value[:1])):
                raise RunOnKeyword(previous, token)
            yield token
            previous = token


@functools.lru_cache(maxsize=1)
def get_parser() -> Lark:
    return Lark(
        GRAMMAR.read_text(encoding="utf-8"),
        parser="lalr",
        lexer="contextual",
        postlex=_WholeWords(),
        propagate_positions=True,
        maybe_placeholders=False,
        cache=_cache_file() or False,
    )


def _cache_file() -> str | None:
    """Building the LALR tables takes longer than parsing all of rules/, so Lark keeps them
    between runs, keyed by the grammar's hash. The file is in the user's own cache folder
    (not the shared /tmp, as it is unpickled); without one the tables are built each time."""
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    if not os.path.isabs(base):  # no home folder: never a cache relative to where regel runs
        return None
    folder = Path(base) / "regelsprog"
    try:
        folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    except OSError:
        return None
    return str(folder / "parser.lark-cache")


_BLOCK_START = re.compile(r"^[^\s#]", re.M)  # `\s` is what str.isspace() calls a space


def split_blocks(text: str) -> Iterator[tuple[int, str]]:
    """Top-level blocks as (first line number, the block's own text, to the line before the
    next block). Positions inside a block count from its first line; the builder and the
    diagnostics add the offset, so the work stays linear in the size of the file."""
    start = line = None
    for match in _BLOCK_START.finditer(text):
        if start is None:
            line = text.count("\n", 0, match.start()) + 1
        else:
            yield line, text[start:match.start() - 1]
            line += text.count("\n", start, match.start())
        start = match.start()
    if start is not None:
        yield line, text[start:]


Parsed = tuple[list[s.Item], list[d.Diagnostic], list[str]]  # items, problems, names of blocks that did not parse
BlockCache = dict[tuple[int, str], Parsed]


def parse_text(text: str, path: str, cache: BlockCache | None = None) -> tuple[s.Module, list[d.Diagnostic]]:
    """Parse normalised text; returns the blocks that parsed and a diagnostic per bad block.

    An editor passes the `cache` of the file's previous parse: a block with the same text on
    the same first line is not parsed again (the trees are never changed after building), and
    the cache is left holding this parse's blocks only."""
    if cache is None:
        items, problems, unparsed = _joined(_parse_each(split_blocks(text), path))
    else:
        items, problems, unparsed = _parse_cached(list(split_blocks(text)), path, cache)
    return s.Module(path, text, items, unparsed), lexical.character_problems(text, path) + problems


def _parse_cached(blocks: list[tuple[int, str]], path: str, cache: BlockCache) -> Parsed:
    kept: BlockCache = {block: cache[block] for block in blocks if block in cache}
    missing = [block for block in blocks if block not in kept]
    kept.update(zip(missing, _parse_each(missing, path)))
    cache.clear()
    cache.update(kept)
    return _joined(kept[block] for block in blocks)


def _joined(parts: Iterable[Parsed]) -> Parsed:
    items: list[s.Item] = []
    problems: list[d.Diagnostic] = []
    unparsed: list[str] = []
    for part_items, part_problems, part_unparsed in parts:
        items += part_items
        problems += part_problems
        unparsed += part_unparsed
    return items, problems, unparsed


def _parse_each(blocks: Iterable[tuple[int, str]], path: str) -> Iterator[Parsed]:
    """What each block gives, in order. A block of the same shape as one parsed before is not
    parsed again: its tree is that block's tree with this block's text in the tokens. Nor is a
    block with the same key (its shape laid out differently): it gets the tree of the first
    block of that key, moved to where its own tokens stand."""
    trees: dict[str, Tree] = {}  # shape -> the tree of a block of that shape
    templates: dict[str, _Template] = {}  # key -> the first block of that key that parsed
    for first_line, block in blocks:
        offset = first_line - 1
        shape = _shape(block)
        tree = trees.get(shape)
        if tree is not None:
            yield _built(_with_text_of(block, tree), block, path, offset)
            continue
        key = _key(shape)
        template = templates.get(key)
        if template is not None:
            tree = _moved(block, template, shape)
        else:
            try:
                tree = get_parser().parse(block).children[0]
            except (UnexpectedInput, RunOnKeyword) as failure:
                yield _not_parsed(failure, block, path, offset)
                continue
            too_deep = _too_deep(tree)
            if too_deep is not None:
                yield _nested_too_deep(too_deep, path, offset)
                continue
            template = _Template(shape, tree)
        if len(trees) == SHAPES:  # a file of ever new shapes: keep the memory small
            trees.clear()
            templates.clear()
        trees[shape] = tree
        templates.setdefault(key, template)
        yield _built(tree, block, path, offset)


# Blocks of one shape differ only in their names, numbers, texts and comments, as the blocks
# of a generated file do (`kilde k1 "Kilde 1"`, `kilde nye_regler "Nye regler"`): the shape
# writes every ASCII digit 0, every text between quotes and every comment x…x, and every word
# as its longest keyword prefix (if any) and q…q, each part as long as before (a word that
# begins with `ellers` or a provision id is kept). The lexer reads two blocks of one shape
# alike, terminal for terminal (tests/test_grammar.py holds the grammar to what this relies on):
# - a digit is a digit to NUMBER, NAME and PROVISION_ID, and no keyword holds one;
# - where the lexer meets a quote, it reads a STRING to the next quote on the line, and where
#   it meets `#`, a comment to the end of the line, whatever lies between; the shape finds
#   them the same way, from the left;
# - a word is a NAME where a name may stand (a keyword if it is one); elsewhere a keyword
#   that begins it, and then an error unless the keyword is the whole word; which keywords
#   begin a word is the same for it and its shape, as no keyword holds a q.
# So the blocks have the same terminals at the same places, hence the same tree but for the
# tokens' text; or both fail to parse, and then each is parsed itself for its diagnostic.
#
# The key of a shape writes each run of spaces and line breaks in it (outside texts and
# comments, which the shape has blanked) as one line break if it holds one, else one space.
# The lexer reads a block as it reads the block with its runs so written: the same terminals,
# only moved. A run is WS, skipped as a whole, or lies inside an ELLERS (which may begin where
# the run begins); no other terminal holds a space or line break (texts and comments aside);
# a comment ends at a line break either way; and a keyword is followed directly by a letter
# (_WholeWords) in both or in neither. So blocks of one key have the same tree but for the
# tokens' text and places: a token or subtree begins and ends at the start or end of a run or
# between runs, so its place in the key gives its place in each block (_placed).
SHAPES = 1_000  # shapes remembered at a time
_DIGITS = re.compile("[1-9]")  # ASCII only (str.translate looks up every character of a text with any non-ASCII letter)
_LINE_BREAKS = re.compile(r" *\n[ \n]*")
_SPACES = re.compile(r"  +")
_RUNS = re.compile(f"{_LINE_BREAKS.pattern}|{_SPACES.pattern}")  # what _key writes as one character


def _shape(block: str) -> str:
    return _DIGITS.sub("0", _shaped_parts().sub(_shaped, block))


def _key(shape: str) -> str:
    return _SPACES.sub(" ", _LINE_BREAKS.sub("\n", shape))


@functools.lru_cache(maxsize=1)
def _shaped_parts() -> re.Pattern:
    """Texts, comments, and words that are not keywords, as the longest keyword prefix (or "")
    and the rest: a lookahead does not give up what it matched, so the prefix stays the longest
    (and a keyword, with no rest, is no match)."""
    keywords = [t.pattern.value for t in get_parser().terminals
                if t.pattern.type == "str" and _in_word(t.pattern.value[:1])]
    prefixes = "|".join(re.escape(keyword) for keyword in sorted(keywords, key=len, reverse=True))
    return re.compile(rf'"[^"\n]*"|#[^\n]*|(?<!\w)(?=[^\W\d_])(?!P\d|ellers)'
                      rf'(?=(?P<prefix>{prefixes}|))(?P=prefix)(?P<rest>\w+)')


def _shaped(part: re.Match) -> str:
    text = part.group()
    if text[0] == '"':
        return '"' + "x" * (len(text) - 2) + '"'
    if text[0] == "#":
        return "#" + "x" * (len(text) - 1)
    return part.group("prefix") + "q" * len(part.group("rest"))


def _with_text_of(block: str, tree: Tree) -> Tree:
    """The tree of a block of the same shape as the one `tree` was parsed from (so its tokens
    stand at the same places), with the tokens' text taken from `block`."""
    children = [
        _with_text_of(block, child) if isinstance(child, Tree)
        else Token.new_borrow_pos(child.type, block[child.start_pos:child.end_pos], child)
        for child in tree.children
    ]
    return Tree(tree.data, children, tree.meta)


class _Template:
    """A block's tree with where its tokens and subtrees begin and end in the block's key, to be
    moved to another block with that key (_moved)."""

    def __init__(self, shape: str, tree: Tree):
        self.shape, self.tree = shape, tree
        runs = [run.span() for run in _RUNS.finditer(shape)]
        self.positions = sorted(set(_positions(tree)))
        # none lies inside a run: as many characters fewer before it as the runs before it lose
        self.key_positions = [position - sum(end - start - 1 for start, end in runs if end <= position)
                              for position in self.positions]


def _positions(tree: Tree) -> Iterator[int]:
    meta = tree.meta
    if not meta.empty:
        yield from (meta.start_pos, meta.end_pos, meta.container_start_pos, meta.container_end_pos)
    for child in tree.children:
        if isinstance(child, Tree):
            yield from _positions(child)
        else:
            yield child.start_pos
            yield child.end_pos


def _placed(shape: str, key_positions: list[int]) -> list[tuple[int, int, int]]:
    """The positions in the key of a block of this shape (in order) as (position, line, column) in the block."""
    placed: list[tuple[int, int, int]] = []
    removed, line, line_start = 0, 1, 0  # before the next run: characters the key has fewer, the line and its start
    runs = _RUNS.finditer(shape)
    run = next(runs, None)
    for key_position in key_positions:
        while run is not None and key_position + removed > run.start():
            start, end = run.span()
            removed += end - start - 1
            breaks = shape.count("\n", start, end)
            if breaks:
                line, line_start = line + breaks, shape.rindex("\n", start, end) + 1
            run = next(runs, None)
        position = key_position + removed
        placed.append((position, line, position - line_start + 1))
    return placed


def _moved(block: str, template: _Template, shape: str) -> Tree:
    """The template's tree moved to `block` (of `shape`, with the template's key): every token and
    subtree where it stands in `block`, the tokens' text taken from there."""
    return _moved_tree(block, template.tree, dict(zip(template.positions, _placed(shape, template.key_positions))))


def _moved_tree(block: str, tree: Tree, where: dict[int, tuple[int, int, int]]) -> Tree:
    children = []
    for child in tree.children:
        if isinstance(child, Tree):
            children.append(_moved_tree(block, child, where))
        else:
            start, line, column = where[child.start_pos]
            end, end_line, end_column = where[child.end_pos]
            children.append(Token(child.type, block[start:end], start, line, column, end_line, end_column, end))
    old, meta = tree.meta, Meta()
    if not old.empty:  # what Lark's propagate_positions gives a subtree with a token in it
        meta.empty = False
        meta.start_pos, meta.line, meta.column = where[old.start_pos]
        meta.end_pos, meta.end_line, meta.end_column = where[old.end_pos]
        meta.container_start_pos, meta.container_line, meta.container_column = where[old.container_start_pos]
        meta.container_end_pos, meta.container_end_line, meta.container_end_column = where[old.container_end_pos]
    return Tree(tree.data, children, meta)


def _not_parsed(failure: UnexpectedInput | RunOnKeyword, block: str, path: str, offset: int) -> Parsed:
    """The diagnostic for a block that does not parse (its first line is line offset + 1), and
    the name it declares."""
    declared = declared_name(block)
    names = [declared] if declared else []
    if _at_refused_character(failure, block):  # that character has its own error
        return [], [], names
    return [], [_shifted(_describe(failure, path, block), offset)], names


def _nested_too_deep(subtree: Tree, path: str, offset: int) -> Parsed:
    line, column = getattr(subtree.meta, "line", 1) + offset, getattr(subtree.meta, "column", 1)
    span = s.Span(path, line, column, line, column + 1)
    return [], [d.error(span, f"udtrykket er for dybt sammensat (over {MAX_DEPTH} led inde i hinanden)",
                        "del betingelsen op i flere definitioner", code="R101")], []


def _built(tree: Tree, block: str, path: str, offset: int) -> Parsed:
    """The item of a block that parsed (its tree's lines count from line offset + 1) and the
    names in it that are not written as names may be."""
    problems: list[d.Diagnostic] = []
    unparsed: list[str] = []
    if not block.isascii():
        for problem, name in lexical.token_problems(
                tree.scan_values(lambda v: isinstance(v, Token) and v.type in _CHECKED_TOKENS), path, offset):
            problems.append(problem)
            unparsed.append(name)  # reported here: not again as unknown where it is used
    return [build(tree, path, offset)], problems, unparsed


_CHECKED_TOKENS = {"NAME", "NUMBER", "PROVISION_ID"}  # how they may be written: lexical.token_problems


def _at_refused_character(failure, block: str) -> bool:
    return (isinstance(failure, UnexpectedCharacters) and failure.pos_in_stream < len(block)
            and lexical.is_refused(block[failure.pos_in_stream]))


def _shifted(problem: d.Diagnostic, offset: int) -> d.Diagnostic:
    """A diagnostic found in a block, placed in the file (the block starts at line offset + 1)."""
    span = problem.span
    return dataclasses.replace(problem, span=dataclasses.replace(
        span, line=span.line + offset, end_line=span.end_line + offset))


def declared_name(block: str) -> str | None:
    """The name a block declares, read without the parser (so also for a block that does not parse)."""
    declared = _DECLARATION.match(block)
    return declared.group(1) if declared else None


def _too_deep(item: Tree):
    """The leftmost subtree nested more than MAX_DEPTH levels down from `start` (the block's item
    is level 2), or None (walked level by level, without recursion)."""
    level, depth = [item], 2
    while level:
        if depth > MAX_DEPTH:
            return level[0]
        level = [child for node in level for child in node.children if isinstance(child, Tree)]
        depth += 1
    return None


def _describe(failure: UnexpectedInput | RunOnKeyword, path: str, block: str) -> d.Diagnostic:
    if isinstance(failure, RunOnKeyword):
        return _run_on(path, block, failure.keyword.start_pos)
    position = getattr(failure, "pos_in_stream", None)
    token = getattr(failure, "token", None)
    if isinstance(token, Token) and token.start_pos is not None:
        position = token.start_pos
    if position and position < len(block) and _in_word(block[position - 1]) and _in_word(block[position]):
        # the error is inside a word that begins with a keyword (`fraa`, `januarr`): name the word
        start = position
        while start > 0 and _in_word(block[start - 1]):
            start -= 1
        if block[start:position] in all_keywords():
            return _run_on(path, block, start)
    at_end = isinstance(token, Token) and token.type == "$END" or isinstance(failure, UnexpectedEOF)
    unfinished = _example_without_verdict(block, len(block) if at_end else position or 0)
    if unfinished is not None:
        return _missing_verdict(path, block, unfinished)
    line, column = failure.line, failure.column
    if line is None or line < 1:  # unexpected end of the block: point at its last character
        lines = block.rstrip().split("\n")
        line, column = len(lines), max(1, len(lines[-1]))
    special = _common_mistake(block, position or 0)
    if isinstance(failure, UnexpectedCharacters):
        char = block[failure.pos_in_stream] if failure.pos_in_stream < len(block) else ""
        span = s.Span(path, line, column, line, column + 1)
        if char == '"':
            return d.error(span, "teksten mangler sit afsluttende anførselstegn",
                           'en tekst skal stå mellem to anførselstegn: "…"', code="R102")
        return d.error(span, f"uventet tegn `{char}`", special or _expected_hint(failure), code="R103")
    if isinstance(token, Token) and token.type == "$END":
        span = s.Span(path, line, column, line, column + 1)
        return d.error(span, "blokken slutter for tidligt", _expected_hint(failure), code="R104")
    text = str(token).strip() if token is not None else ""
    width = max(1, len(text))
    span = s.Span(path, line, column, line, column + width)
    hint = special
    expected = (failure.accepts or failure.expected) if isinstance(failure, UnexpectedToken) else set()
    keywords = [keyword_of(name) for name in expected]
    if hint is None and len(keywords) == 1 and not (keywords[0] or "").isalpha():
        hint = _expected_hint(failure)  # a missing `:` or `,` is better named than guessed at
    if hint is None and text and expected:
        # the word itself is a keyword that does not fit here: suggesting it again would mislead
        hint = d.did_you_mean(text, [k for k in keywords if k and k != text]) or d.did_you_mean(
            text, [k for k in all_keywords() if k != text], cutoff=0.75
        )
    if column == 1 and text and text not in TOP_LEVEL_KEYWORDS:
        return d.error(
            span,
            f"`{text}` kan ikke stå først på en linje",
            hint or "en linje der begynder i første kolonne, starter en ny blok; "
                    "ryk fortsættelseslinjer ind, eller start blokken med "
                    + ", ".join(f"`{k}`" for k in TOP_LEVEL_KEYWORDS),
            code="R105",
        )
    return d.error(span, f"uventet `{text}`", hint or _expected_hint(failure), code="R106")


_EXAMPLE = re.compile(r'^[ ]*(eksempel)(?!\w)[ ]*("[^"\n]*"?)?', re.M)
_VERDICT = re.compile(r"^[ ]*pr[ ]*\.", re.M)


def _example_without_verdict(block: str, position: int):
    """Where the example with no `pr. DATO: …` line begins, when that is why the block does not
    parse: the parser then stumbles on the next example (or the end), not on the one at fault."""
    line_start = block.rfind("\n", 0, position) + 1
    examples = list(_EXAMPLE.finditer(block, 0, line_start))
    here = _EXAMPLE.match(block, line_start)
    at_next = here is not None and position <= here.end()
    if not examples or not (at_next or position >= len(block.rstrip())):
        return None
    previous = examples[-1]
    if _VERDICT.search(block, previous.end(), line_start if at_next else len(block)):
        return None
    return previous.start(1)


def _missing_verdict(path: str, block: str, start: int) -> d.Diagnostic:
    line = block.count("\n", 0, start) + 1
    column = start - (block.rfind("\n", 0, start) + 1) + 1
    return d.error(s.Span(path, line, column, line, column + len("eksempel")),
                   "eksemplet mangler sit resultat",
                   "tilføj efter sagen en linje som `pr. DATO: ingen overtrædelse`, fx "
                   "`pr. 1. marts 2024: overtrædelse`", code="R107")


def _in_word(char: str) -> bool:
    return char.isalnum() or char == "_"

# Words from other languages or from everyday writing, and what the rule language says instead.
_INSTEAD = {
    "and": "og", "or": "eller", "not": "ikke", "rule": "regel", "source": "kilde", "example": "eksempel",
    "exception": "undtagelse", "must": "skal", "before": "før", "after": "efter", "when": "når",
    "true": "ja", "false": "nej", "yes": "ja", "no": "nej", "sand": "ja", "falsk": "nej",
    "days": "dage", "weeks": "uger", "months": "måneder", "years": "år",
    "md": "måneder", "mdr": "måneder", "mdrs": "måneder", "procent": "pct.", "%": "pct.",
}


# Units a jurist may write after a number that the language does not have, and what to write instead.
_WORKING_DAYS = ("Regelsprog regner ikke i arbejdsdage: det kender hverken weekender eller helligdage, så "
                 "en frist tælles i kalenderdage. Skriv den med `dage`, `uger`, `måneder` eller `år`, fx "
                 "`1 uge` for fem arbejdsdage, og forklar omregningen i en `note`")
_NOT_UNITS = {
    **{word: _WORKING_DAYS for word in ("arbejdsdag", "arbejdsdage", "hverdag", "hverdage", "bankdag", "bankdage",
                                        "virkedag", "virkedage")},
    "kalenderdag": "skriv `dag`: en frist i dage tælles altid i kalenderdage",
    "kalenderdage": "skriv `dage`: en frist i dage tælles altid i kalenderdage",
    "døgn": "skriv `dage`: et døgn er en dag",
    "kvartal": "skriv `3 måneder` for et kvartal", "kvartaler": "skriv måneder: et kvartal er `3 måneder`",
    "halvår": "skriv `6 måneder` for et halvt år",
}


# Numbers written as words, which the language takes only as digits (`5 dage`, not `fem dage`).
_NUMBER_WORDS = {word: number for number, words in enumerate(
    ("", "en et én ét", "to", "tre", "fire", "fem", "seks", "syv", "otte", "ni", "ti", "elleve", "tolv",
     "tretten", "fjorten", "femten", "seksten", "sytten", "atten", "nitten", "tyve")) for word in words.split()}


def _common_mistake(block: str, position: int):
    """A hint for a mistake people often make, read from the text around the error."""
    line_start = block.rfind("\n", 0, position) + 1
    line_end = block.find("\n", position)
    after = block[position:] if line_end < 0 else block[position:line_end]
    around = block[line_start:position] + after
    word = re.match(r"[\w%]*", after).group()
    if word.lower() in _INSTEAD:
        return f"skriv `{_INSTEAD[word.lower()]}`"
    number = re.search(r"(?<!\w)(\w+)[ ]+$", block[line_start:position])  # `fem` read as a name, then `dage`
    if number and number.group(1).lower() in _NUMBER_WORDS and word in [w for units in _units() for w in units]:
        return f"skriv tallet med cifre: `{_NUMBER_WORDS[number.group(1).lower()]} {word}`"
    if word and word not in all_keywords() and re.search(r"(?<![\w.])\d+(,\d+)?[ ]+$", block[line_start:position]) \
            and not re.search(rf"(?:{'|'.join(MAANEDSNAVNE)})[ ]+\d+[ ]+$", block[line_start:position]):
        # a word after a number that is not a year: meant as a unit
        durations, quantities = _units()
        return _NOT_UNITS.get(word.lower()) or d.did_you_mean(word, [*durations, *quantities]) or (
            "efter tallet forventedes en enhed: " + ", ".join(f"`{w}`" for w in durations) + " for en varighed, "
            "eller " + ", ".join(f"`{w}`" for w in quantities))
    for pattern in (r"(\d{4})-(\d{1,2})-(\d{1,2})", r"(\d{1,2})[./-](\d{1,2})[./-](\d{4})"):
        found = re.search(pattern, around)
        if found:
            numbers = [int(n) for n in found.groups()]
            year, month, day = numbers if len(found.group(1)) == 4 else numbers[::-1]
            month_name = MAANEDSNAVNE[month - 1] if 1 <= month <= 12 else "marts"
            return f"skriv datoen med månedens navn, fx {day}. {month_name} {year}"
    if after.startswith("//") or after.startswith("--"):
        return "en kommentar begynder med #"
    if re.fullmatch(r"P\d", word):
        return f"et bestemmelses-id har to cifre: P0{word[1]}"
    return None


@functools.lru_cache(maxsize=1)
def _units() -> tuple[list[str], list[str]]:
    """The units the grammar takes after a number: of a duration (`dage` …), of a quantity (`timer` …)."""
    return tuple([" ".join(filter(None, (keyword_of(t.name) for t in rule.expansion))).replace(" .", ".")
                  for rule in get_parser().rules if rule.origin.name == name] for name in ("unit", "quantity_word"))


def _run_on(path: str, block: str, start: int) -> d.Diagnostic:
    """A keyword run together with more letters: the error is the whole word."""
    word = re.match(r"\w+", block[start:]).group()
    keyword = max((k for k in all_keywords() if word.startswith(k)), key=len)
    line = block.count("\n", 0, start) + 1
    column = start - (block.rfind("\n", 0, start) + 1) + 1
    return d.error(s.Span(path, line, column, line, column + len(word)), f"uventet `{word}`",
                   f"mente du `{keyword}`?", code="R108")


def keyword_of(terminal: str):
    """The literal word of a keyword terminal, or None for a pattern (NAME, NUMBER …)."""
    try:
        pattern = get_parser().get_terminal(terminal).pattern
    except KeyError:
        return None
    return pattern.value if pattern.type == "str" else None


@functools.lru_cache(maxsize=1)
def all_keywords() -> tuple[str, ...]:
    return tuple(
        t.pattern.value for t in get_parser().terminals
        if t.pattern.type == "str" and t.pattern.value.isalpha()
    )


def _display(terminal: str) -> str:
    if terminal in _TERMINAL_NAMES:
        return _TERMINAL_NAMES[terminal]
    keyword = keyword_of(terminal)
    return f"`{keyword}`" if keyword else terminal


def _expected_hint(failure: UnexpectedInput) -> str:
    accepts = getattr(failure, "accepts", None) or getattr(failure, "expected", None) or set()
    names = sorted({_display(t) for t in accepts if not t.startswith("__")})
    if not names:
        return "tjek stavningen og rækkefølgen af ordene"
    if len(names) > 8:
        names = names[:8] + ["…"]
    return "her forventedes " + ", ".join(names)
