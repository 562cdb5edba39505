"""The Python identifiers of rule-file names, and the key that tells two names apart.

Python would accept `forløbsstart` as an identifier, but linters and many editors do not,
and NFKC normalisation can merge names that look different; so generated code uses an
ASCII transliteration and keeps the Danish name in string literals.

Every identifier is a pure function of one name, so the generated code cannot be broken by
a name (compiler/DESIGN.md, "Names in the generated code"):

* a name lands either behind a prefix of its kind (`regel_`, `definition_`, `_INFO_`, …)
  or bare: as an attribute, or as a data type in model.py (beside `_…` constants, which no
  rule name begins like, and `…_fra_json` parsers, which no data type ends like); a bare
  name that its namespace reserves (a keyword, a builtin, an import, a name the generated
  code itself uses) gets a trailing `_`, and so
  does every name that already ends in `_` (`frozenset` -> `frozenset_`, `frozenset_` ->
  `frozenset__`), so the mangled and the plain names never meet;
* the checker refuses two names of one namespace with the same `name_key`, and equal keys
  are the only way two transliterations can agree.
"""

from __future__ import annotations

import functools
import keyword
import unicodedata

# Danish (and German) letters are spelt out as Danish writes them without æ, ø, å; other
# letters lose their accents (é -> e) through NFKD.
_SPELT_OUT = {"æ": "ae", "ø": "oe", "å": "aa", "Æ": "Ae", "Ø": "Oe", "Å": "Aa", "ü": "ue", "Ü": "Ue", "ß": "ss"}
_ASCII_WORD = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_")

# What a bare name must not be: Python's keywords, soft keywords and builtins (of Python
# 3.10-3.13, written out so that the generated code does not depend on the Python running the
# compiler; tests/test_legal_names.py checks the list against the running one) ...
PYTHON_NAMES = frozenset("""
False None True and as assert async await break class continue def del elif else except finally for from
global if import in is lambda nonlocal not or pass raise return try while with yield _ case match type
ArithmeticError AssertionError AttributeError BaseException BaseExceptionGroup BlockingIOError
BrokenPipeError BufferError BytesWarning ChildProcessError ConnectionAbortedError ConnectionError
ConnectionRefusedError ConnectionResetError DeprecationWarning EOFError Ellipsis EncodingWarning
EnvironmentError Exception ExceptionGroup FileExistsError FileNotFoundError FloatingPointError
FutureWarning GeneratorExit IOError ImportError ImportWarning IndentationError IndexError
InterruptedError IsADirectoryError KeyError KeyboardInterrupt LookupError MemoryError
ModuleNotFoundError NameError NotADirectoryError NotImplemented NotImplementedError OSError
OverflowError PendingDeprecationWarning PermissionError ProcessLookupError PythonFinalizationError
RecursionError ReferenceError ResourceWarning RuntimeError RuntimeWarning StopAsyncIteration
StopIteration SyntaxError SyntaxWarning SystemError SystemExit TabError TimeoutError TypeError
UnboundLocalError UnicodeDecodeError UnicodeEncodeError UnicodeError UnicodeTranslateError
UnicodeWarning UserWarning ValueError Warning ZeroDivisionError abs aiter all anext any ascii bin bool
breakpoint bytearray bytes callable chr classmethod compile complex copyright credits delattr dict dir
divmod enumerate eval exec exit filter float format frozenset getattr globals hasattr hash help hex id
input int isinstance issubclass iter len license list locals map max memoryview min next object oct open
ord pow print property quit range repr reversed round set setattr slice sorted staticmethod str sum
super tuple vars zip
""".split())
# ... and model.py's imports and the local names of its parser functions (which call the classes).
MODEL_RESERVED = PYTHON_NAMES | {"annotations", "dataclass", "date", "Any", "Literal", "get_args", "rt",
                                "data", "felt", "post"}
ATTRIBUTE_RESERVED = frozenset(keyword.kwlist)  # `sag.class` would not parse; `sag.type` does

PARSER_SUFFIX = "_fra_json"


@functools.lru_cache(maxsize=4096)  # the back ends ask for the same few hundred names many times
def transliterate(name: str) -> str:
    """An ASCII spelling of a name: `første_fraværsdag` -> `foerste_fravaersdag`, fullwidth
    `ｂ` -> `b`, `é` -> `e`; a character without one becomes its code point (`α` -> `u03b1`)."""
    if _ASCII_WORD.issuperset(name) and not name[:1].isdigit():
        return name
    parts = []
    for char in unicodedata.normalize("NFKC", name):
        if char in _SPELT_OUT:
            parts.append(_SPELT_OUT[char])
            continue
        base = "".join(c for c in unicodedata.normalize("NFKD", char) if not unicodedata.combining(c))
        parts.append(base if base and _ASCII_WORD.issuperset(base) else f"u{ord(char):04x}")
    text = "".join(parts)
    return "n" + text if text[:1].isdigit() else text  # `①` is a letter to the grammar, `1` to NFKC


def name_key(name: str) -> str:
    """Two names with the same key are the same name to the checker: they differ only in
    case, æ/ae, ø/oe, å/aa, accents or character width. The key is also the name's slug
    in the documentation's file names and anchors."""
    return transliterate(name).lower()


def bare(name: str, reserved: frozenset[str]) -> str:
    """A name's identifier in a namespace where it stands without a prefix."""
    text = transliterate(name)
    return text + "_" if text in reserved or text.endswith("_") else text


# model.py
def data_type(name: str) -> str:
    """A record class or an enum's `Literal` type (one namespace: the checker refuses a record
    and an enum with one key). A name ending like a parser function is set apart too."""
    text = bare(name, MODEL_RESERVED)
    return text + "_" if text.endswith(PARSER_SUFFIX) else text


def parser(record: str) -> str:
    return data_type(record).lower() + PARSER_SUFFIX


def enum_values(enum: str) -> str:
    return "_VAERDIER_" + transliterate(enum).upper()


def record_keys(record: str) -> str:
    return "_NOEGLER_" + transliterate(record).upper()


def record_fields(record: str) -> str:
    return "_FELTER_" + transliterate(record).upper()


def attribute(name: str) -> str:
    """A record's field, or a rule's version value (`v.graense`)."""
    return bare(name, ATTRIBUTE_RESERVED)


# regler.py: every name there has a prefix (it reads the data types as `model.Sag`)
def rule_function(name: str, exception: bool) -> str:
    return ("undtagelse_" if exception else "regel_") + transliterate(name)


def definition_function(name: str) -> str:
    return "definition_" + transliterate(name)


def rule_info(name: str) -> str:
    return "_INFO_" + transliterate(name)


def versions(name: str) -> str:
    return "_VERSIONER_" + transliterate(name)


def version_values(name: str) -> str:
    return "_Vaerdier_" + transliterate(name)
