"""A small rule set in two versions for the output tests (tests/test_outputs.py, tests/test_kill.py).

Both versions are the fixture rule set (tests/fixtures); the second changes every output
folder: a field more in the data model (schema, python), a longer limit (python, docs) and
a rule renamed (its documentation pages are deleted and others written).
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

TESTS = Path(__file__).resolve().parent
FIXTURES = [*sorted((TESTS / "fixtures" / "rules_model").glob("*.regel")), TESTS / "fixtures" / "rules_sample" / "regler.regel"]
FOLDERS = ("python", "schema", "docs", "sql")
CHANGES = [  # (file, old text, new text)
    ("datamodel.regel", "  id: tekst\n", "  id: tekst\n  kommune: tekst, valgfri\n"),
    ("regler.regel", "højst vare 13 uger", "højst vare 14 uger"),
    ("regler.regel", "regel ingen_brev ", "regel ingen_breve "),
]
# a staging folder of a build (see compiler/outputs.py): .NAME.regelsprog-HOST-PID-TOKEN
STAGING = re.compile(r"\.(python|schema|docs|sql)\.regelsprog-[A-Za-z0-9_]+-\d+-[a-z0-9_]+")


def write_rules(folder: Path, changed: bool = False) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for source in FIXTURES:
        text = source.read_text(encoding="utf-8")
        for name, old, new in CHANGES if changed else []:
            if name == source.name:
                assert old in text, (name, old)
                text = text.replace(old, new)
        (folder / source.name).write_text(text, encoding="utf-8")
    return folder


def snapshot(folder: Path) -> dict[str, bytes]:
    """Every file under folder (Python's caches left out) with its bytes."""
    files = {}
    for directory, subdirs, names in os.walk(folder):
        subdirs[:] = [name for name in subdirs if name != "__pycache__"]
        for name in names:
            path = Path(directory, name)
            files[path.relative_to(folder).as_posix()] = path.read_bytes()
    return files


def regel(*args: str, cwd: Path, env: dict | None = None, **options) -> subprocess.CompletedProcess:
    """The real command in its own process (signals, locks and the console need one)."""
    return subprocess.run([sys.executable, "-m", "compiler", *args], cwd=cwd, capture_output=True, text=True,
                          env={**os.environ, **(env or {})}, **options)


def spawn(*args: str, cwd: Path, env: dict | None = None) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-m", "compiler", *args], cwd=cwd, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True, env={**os.environ, **(env or {})})
