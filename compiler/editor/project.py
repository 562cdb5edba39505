"""A rule project as an editor sees it: the files on disk, the texts being edited, and the
latest check of them all.

Every edit goes through `Project.set_text`; `Project.check()` re-parses only the files whose
text changed since the last check (a parsed module is never changed by the checker, so the
others are reused) and checks the whole project again, the way `regel tjek` would: the same
reading, parsing and checking code (`pipeline`), so the same messages at the same places.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import Optional

from .. import diagnostics as d
from .. import parser, pipeline
from .. import syntax as s
from ..backends import docs
from ..ir import nodes as ir
from .symbols import Index


@dataclass
class Snapshot:
    """One check of the whole project: what every answer to the editor reads."""

    generation: int
    loaded: pipeline.Loaded

    @property
    def program(self):
        return self.loaded.program

    @property
    def texts(self) -> dict[str, str]:
        return self.loaded.texts

    @cached_property
    def index(self) -> Index:
        return Index(self.program, self.texts)

    @cached_property
    def rule_set(self) -> Optional[ir.RuleSet]:
        """The IR of the rules, only when they have no errors (lowering needs checked rules)."""
        return self.loaded.rule_set if self.loaded.ok else None

    @cached_property
    def site(self) -> Optional[docs.Site]:
        """The documentation's views of the rules (for hovers and the preview)."""
        return docs.Site(self.rule_set, self.texts) if self.rule_set is not None else None

    def diagnostics_by_file(self) -> dict[str, list[d.Diagnostic]]:
        by_file: dict[str, list[d.Diagnostic]] = {path: [] for path in self.texts}
        for diagnostic in self.loaded.diagnostics:
            by_file.setdefault(diagnostic.span.path, []).append(diagnostic)
        return by_file


@dataclass
class _Parsed:
    text: str
    module: Optional[s.Module]
    problems: list[d.Diagnostic] = field(default_factory=list)
    blocks: parser.BlockCache = field(default_factory=dict)  # what the next parse can reuse


class Project:
    """The rule files under `root` (a folder, as `regel tjek rules`), plus any other rule file
    the editor opens (as `regel tjek rules fil.regel`)."""

    def __init__(self, root: Path):
        self.root = root.resolve()
        self._edited: dict[str, str] = {}     # path -> text in the editor (not yet on disk)
        self._extra: set[str] = set()         # opened files outside root
        self._parsed: dict[str, _Parsed] = {}
        self._generation = 0
        self._snapshot: Optional[Snapshot] = None
        self._good: Optional[Snapshot] = None  # the latest check without errors
        self._disk_checked = False             # whether the saved files were checked for `_good`
        self._lock = threading.RLock()
        self.reparsed: list[str] = []         # the files parsed by the latest check (for tests and bench)

    # -- what the editor tells us ----------------------------------------------
    def set_text(self, path: Path | str, text: str) -> None:
        """The editor's current text of a file (opened or changed)."""
        name = self.name_of(path)
        with self._lock:
            self._edited[name] = text
            if not self.contains(Path(name)):
                self._extra.add(name)
            self._snapshot = None

    def forget_text(self, path: Path | str, keep_in_project: bool = False) -> None:
        """The editor closed the file: from now on it is read from disk again."""
        name = self.name_of(path)
        with self._lock:
            self._edited.pop(name, None)
            if not keep_in_project:
                self._extra.discard(name)
            self._snapshot = None

    def files_changed(self) -> None:
        """Files were created, deleted or saved by someone else: read the folder again."""
        with self._lock:
            self._snapshot = None
            self._disk_checked = False

    def edited(self) -> set[str]:
        """The files whose text comes from the editor."""
        return set(self._edited)

    def text_of(self, path: Path | str) -> Optional[str]:
        name = self.name_of(path)
        if name in self._edited:
            return self._edited[name]
        return self.check().texts.get(name)

    # -- the check ----------------------------------------------------------------
    def check(self) -> Snapshot:
        with self._lock:
            if self._snapshot is None:
                self._snapshot = self._check()
                if self._snapshot.loaded.ok:
                    self._good = self._snapshot
            return self._snapshot

    def documentation(self) -> tuple[Optional[docs.Site], bool]:
        """The documentation of the rules as they are now, or else as they were when they last
        had no errors, or as they are saved (then the flag is True); None when none of these
        is without errors."""
        current = self.check()
        if self._good is None and self._edited and not self._disk_checked:
            self._disk_checked = True  # once per change on disk: it parses every file
            on_disk = Project(self.root).check()  # the files as saved may have no errors
            if on_disk.loaded.ok:
                self._good = on_disk
        good = self._good
        if good is None:
            return None, False
        return good.site, good is not current

    def _check(self) -> Snapshot:
        with pipeline.without_cyclic_gc():
            files, diagnostics = pipeline.rule_files([self.root] + [Path(p) for p in sorted(self._extra)])
            modules, texts = [], {}
            self.reparsed = []
            for path in files:
                name = self.name_of(path)
                parsed = self._parse(name, path)
                if parsed is None:
                    continue
                texts[name] = parsed.text
                diagnostics.extend(parsed.problems)
                if parsed.module is not None:
                    modules.append(parsed.module)
            self._parsed = {name: self._parsed[name] for name in texts}
            self._generation += 1
            return Snapshot(self._generation, pipeline.check_parsed(modules, texts, diagnostics))

    def _parse(self, name: str, path: Path) -> Optional[_Parsed]:
        if name in self._edited:
            text, problems = pipeline.decode_rule_text(self._edited[name].encode("utf-8", "replace"), name)
        else:
            text, problems = pipeline.read_rule_file(path)
            if text is None:
                return _Parsed("", None, problems)
        cached = self._parsed.get(name)
        if cached is not None and cached.text == text and not problems:
            return cached
        module = None
        blocks = cached.blocks if cached is not None else {}
        if not problems:
            self.reparsed.append(name)
            module, problems = parser.parse_text(text, name, blocks)
        self._parsed[name] = _Parsed(text, module, problems, blocks)
        return self._parsed[name]

    # -- paths ----------------------------------------------------------------------
    def name_of(self, path: Path | str) -> str:
        """The name a file has in diagnostics and spans: its absolute path."""
        return str(Path(path).resolve())

    def contains(self, path: Path) -> bool:
        """Whether a path lies inside the project's folder (after following links)."""
        try:
            path.resolve().relative_to(self.root)
        except ValueError:
            return False
        return True

    def relative(self, name: str) -> str:
        path = Path(name)
        return str(path.relative_to(self.root)) if self.contains(path) else name
