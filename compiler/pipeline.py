"""Load rule files: paths -> decoded text -> syntax trees -> checked Program + diagnostics -> rule IR."""

from __future__ import annotations

import gc
import hashlib
import os
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from functools import cached_property
from pathlib import Path
from typing import Iterator

from . import checker, oserrors, parser, source
from . import diagnostics as d
from . import syntax as s
from .ir import nodes as ir
from .ir.lower import lower
from .program import Program
from .source import EXTENSION


@dataclass
class Loaded:
    program: Program
    diagnostics: list[d.Diagnostic]
    texts: dict[str, str] = field(default_factory=dict)  # path -> normalised text, for rendering

    @property
    def ok(self) -> bool:
        return not any(diagnostic.is_error for diagnostic in self.diagnostics)

    @cached_property
    def rule_set(self) -> ir.RuleSet:
        """The rules lowered to the IR that every back end reads (only for rules without errors)."""
        assert self.ok, "lowering needs rules without errors"
        return replace(lower(self.program, self.program.semantics), content_hash=content_hash(self.texts))

    def render(self) -> list[str]:
        """Every diagnostic with its source line (none for a path that could not be read)."""
        lines = {path: text.split("\n") for path, text in self.texts.items()}
        return [d.render(x, lines.get(x.span.path)) for x in self.diagnostics]


def content_hash(texts: dict[str, str]) -> str:
    """SHA-256 (hex) of the rule files as read: each file's path relative to the folder all of
    them are in (`/` as separator) and its normalised text (NFC, LF; see source.py), sorted by
    path. So the hash does not depend on the working folder, the line endings or a BOM, and
    changes with any character of any rule file, or a file renamed, added or removed."""
    root = Path(os.path.commonpath([str(Path(path).resolve().parent) for path in texts])) if texts else Path()
    digest = hashlib.sha256()
    for name, text in sorted((Path(path).resolve().relative_to(root).as_posix(), text) for path, text in texts.items()):
        for part in (name, text):
            data = part.encode("utf-8", "surrogatepass")
            digest.update(len(data).to_bytes(8, "big") + data)
    return digest.hexdigest()


def rule_files(paths: list[Path]) -> tuple[list[Path], list[d.Diagnostic]]:
    """Expand folders to their rule files (sorted, so every build sees the same order).
    A file named twice (`regel tjek rules rules/tilbud.regel`) is read once."""
    files, problems = [], []
    for path in paths:
        if path.is_dir():
            found = sorted(path.rglob(f"*{EXTENSION}"))
            if not found:
                problems.append(d.error(s.Span(str(path), 1, 1, 1, 1), f"mappen {path} indeholder ingen regelfiler",
                                        f"regelfiler ender på {EXTENSION}", code="R001"))
            for entry in found:
                if entry.is_file():
                    files.append(entry)
                elif not entry.is_dir():  # a folder named *.regel is searched like any other
                    problems.append(_not_a_file(entry, d.warning, "springes over", "R006"))
            # `ny.regel.txt` (as Notepad saves it) would otherwise be left out without a word
            for stray in sorted(path.rglob(f"*{EXTENSION}.*")):
                if stray.name.startswith(".") or stray.suffix in (".swp", ".orig", ".bak", ".rej"):
                    continue  # an editor's or a merge's own file
                problems.append(d.warning(s.Span(str(stray), 1, 1, 1, 1),
                                          f"filen {stray.name} er ikke med, fordi navnet ikke ender på {EXTENSION}",
                                          f"omdøb den til {stray.name.split(EXTENSION)[0]}{EXTENSION}", code="R002"))
        elif path.is_file():
            files.append(path)
        elif path.exists():
            problems.append(_not_a_file(path, d.error, "kan ikke læses", "R007"))
        else:
            problems.append(d.error(s.Span(str(path), 1, 1, 1, 1), f"{path} findes ikke",
                                    "angiv en regelfil eller en mappe med regelfiler", code="R003"))
    first_by_target = {}
    for file in files:
        first_by_target.setdefault(file.resolve(), file)
    return list(first_by_target.values()), problems


def _not_a_file(path: Path, severity, what: str, code: str) -> d.Diagnostic:
    """A named pipe, socket or device is never read: reading a pipe would wait for ever."""
    return severity(s.Span(str(path), 1, 1, 1, 1), f"{path} {what}: det er ikke en almindelig fil",
                    "en regelfil skal være en almindelig tekstfil (ikke fx en navngiven pipe eller en enhed)", code)


@contextmanager
def without_cyclic_gc() -> Iterator[None]:
    """Parsing builds many small objects and no garbage cycles; the cyclic collector's passes
    made compile time grow faster than the size of the rules (bench/RESULTS.md)."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def load(paths: list[Path]) -> Loaded:
    with without_cyclic_gc():
        return _load(paths)


def _load(paths: list[Path]) -> Loaded:
    files, diagnostics = rule_files(paths)
    modules, texts = [], {}
    for path in files:
        name = str(path)
        text, problems = read_rule_file(path)
        diagnostics.extend(problems)
        if text is None:
            continue
        texts[name] = text
        if not problems:
            module, problems = parser.parse_text(text, name)
            modules.append(module)
            diagnostics.extend(problems)
    return check_parsed(modules, texts, diagnostics)


def read_rule_file(path: Path) -> tuple[str | None, list[d.Diagnostic]]:
    """A rule file's normalised text, or the reason it cannot be read. A file that is not UTF-8
    gives a readable copy of its text (so the diagnostic can show the line) and an error."""
    name = str(path)
    try:
        data = path.read_bytes()
    except OSError as failure:
        return None, [d.error(s.Span(name, 1, 1, 1, 1), f"filen kan ikke læses: {oserrors.describe(failure)}",
                              code="R004")]
    return decode_rule_text(data, name)


def decode_rule_text(data: bytes, name: str) -> tuple[str, list[d.Diagnostic]]:
    """Bytes of a rule file (from disk or an editor) -> normalised text; an error if not UTF-8."""
    try:
        return source.decode(data), []
    except source.SourceDecodeError as failure:
        span = s.Span(name, failure.line, failure.column, failure.line, failure.column + 1)
        return source.normalise(data.decode("utf-8", errors="replace")), [d.error(
            span, "filen er ikke gyldig UTF-8",
            "gem filen som UTF-8 (i Word: Gem som → Almindelig tekst → Unicode (UTF-8))", code="R005")]


def check_parsed(modules: list[s.Module], texts: dict[str, str], diagnostics: list[d.Diagnostic]) -> Loaded:
    """Check parsed modules together; `diagnostics` are those found while reading and parsing.
    The modules are not changed, so an editor can keep them and check again after an edit."""
    program, problems = checker.check(modules, complete=not any(diagnostic.is_error for diagnostic in diagnostics))
    return Loaded(program, sorted([*diagnostics, *problems], key=d.sort_key), texts)
