"""Load rule files: paths -> decoded text -> syntax trees -> checked Program + diagnostics."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from . import checker, parser, source
from . import diagnostics as d
from . import syntax as s
from .program import Program

EXTENSION = ".regel"


@dataclass
class Loaded:
    program: Program
    diagnostics: list[d.Diagnostic]
    texts: dict[str, str] = field(default_factory=dict)  # path -> normalised text, for rendering

    @property
    def ok(self) -> bool:
        return not any(diagnostic.is_error for diagnostic in self.diagnostics)

    def render(self) -> list[str]:
        return [d.render(x, self.texts.get(x.span.path, "").split("\n")) for x in self.diagnostics]


def rule_files(paths: list[Path]) -> tuple[list[Path], list[d.Diagnostic]]:
    """Expand folders to their rule files (sorted, so every build sees the same order)."""
    files, problems = [], []
    for path in paths:
        if path.is_dir():
            found = sorted(path.rglob(f"*{EXTENSION}"))
            if not found:
                problems.append(d.error(s.Span(str(path), 1, 1, 1, 1), f"mappen {path} indeholder ingen regelfiler",
                                        f"regelfiler ender på {EXTENSION}"))
            files.extend(found)
        elif path.is_file():
            files.append(path)
        else:
            problems.append(d.error(s.Span(str(path), 1, 1, 1, 1), f"{path} findes ikke",
                                    "angiv en regelfil eller en mappe med regelfiler"))
    return files, problems


def load(paths: list[Path]) -> Loaded:
    files, diagnostics = rule_files(paths)
    modules, texts = [], {}
    for path in files:
        name = str(path)
        try:
            text = source.decode(path.read_bytes())
        except source.SourceDecodeError as failure:
            span = s.Span(name, failure.line, failure.column, failure.line, failure.column + 1)
            diagnostics.append(d.error(span, "filen er ikke gyldig UTF-8",
                                       "gem filen som UTF-8 (i Word: Gem som → Almindelig tekst → Unicode (UTF-8))"))
            continue
        except OSError as failure:
            diagnostics.append(d.error(s.Span(name, 1, 1, 1, 1), f"filen kan ikke læses: {failure.strerror}"))
            continue
        texts[name] = text
        module, problems = parser.parse_text(text, name)
        modules.append(module)
        diagnostics.extend(problems)
    program, problems = checker.check(modules)
    diagnostics.extend(problems)
    return Loaded(program, sorted(diagnostics, key=d.sort_key), texts)
