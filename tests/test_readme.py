"""The samples in README.md and rules/README.md are what Regelsprog really does.

A sample is marked by an HTML comment on the line before its fenced block (paths from the
repository root):

    <!-- kørsel: MAPPE -->  a terminal session in a copy of the project MAPPE, after `regel byg`:
                            lines `$ regel …`, `$ cat FIL`, `$ cp -r A B`, `$ sed -i s/A/B/ FIL` (`\n` in B is a new line)
                            and `$ echo $?`, each followed by exactly what it prints
    <!-- uddrag: FIL -->    lines copied from FIL, in a row
    <!-- python: MAPPE -->  Python that runs in a copy of the project MAPPE after `regel byg`,
                            with the generated validators importable

The samples use the sample project in tests/fixtures, never rules/, so a legal edit cannot make
them wrong, and a change of Regelsprog's output cannot leave them stale. After an intended change
of output, `REGELSPROG_OPDATER_README=1 .venv/bin/python -m pytest tests/test_readme.py` writes the
new output into the terminal sessions; review the diff.
"""

from __future__ import annotations

import os
import re
import shlex
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

from .conftest import ROOT, regel

READMES = [ROOT / "README.md", ROOT / "rules" / "README.md"]
MARKED = re.compile(r"^<!-- (kørsel|uddrag|python): (\S+) -->\n```[a-z]*\n(.*?)^```$", re.M | re.S)
FENCED = re.compile(r"^(<!-- [^\n]* -->\n)?```([a-z]*)\n(.*?)^```$", re.M | re.S)
RULE_TEXT = re.compile(r"^ *(regel|undtagelse|kilde|bestemmelse|post|opremsning|definition|eksempel) ")
UPDATE = bool(os.environ.get("REGELSPROG_OPDATER_README"))


@dataclass
class Sample:
    readme: Path
    kind: str
    path: str
    text: str
    line: int

    def __str__(self) -> str:
        return f"{self.readme.relative_to(ROOT)}:{self.line}"


def samples(kind: str) -> list[Sample]:
    found = []
    for readme in READMES:
        text = readme.read_text(encoding="utf-8")
        for match in MARKED.finditer(text):
            if match.group(1) == kind:
                found.append(Sample(readme, kind, match.group(2), match.group(3), text.count("\n", 0, match.start()) + 1))
    return found


def test_every_sample_that_shows_output_or_rule_text_is_checked():
    for readme in READMES:
        text = readme.read_text(encoding="utf-8")
        for match in FENCED.finditer(text):
            marker, language, block = match.groups()
            line = text.count("\n", 0, match.start()) + 1
            if any(row.startswith("$ ") for row in block.splitlines()):
                assert marker and "kørsel:" in marker, f"{readme.relative_to(ROOT)}:{line}: a terminal session without <!-- kørsel: … -->"
            if RULE_TEXT.match(block):
                assert marker and "uddrag:" in marker, f"{readme.relative_to(ROOT)}:{line}: rule text without <!-- uddrag: … -->"
            if language == "python":
                assert marker and "python:" in marker, f"{readme.relative_to(ROOT)}:{line}: Python without <!-- python: … -->"


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    """Each project the samples run in, built once; a sample gets a copy of its own."""
    projects = {}
    for sample in samples("kørsel") + samples("python"):
        if sample.path not in projects:
            project = tmp_path_factory.mktemp("readme") / Path(sample.path).name
            shutil.copytree(ROOT / sample.path, project, ignore=shutil.ignore_patterns("generated"))
            result = regel("byg", "--regler", str(project / "rules"), "--ud", str(project / "generated"))
            assert result.exit_code == 0, result.output
            projects[sample.path] = project
    return projects


def replay(session: str, project: Path) -> str:
    """The session as it reads with what the commands print now."""
    out, status = [], 0
    for line in session.splitlines(keepends=True):
        if not line.startswith("$ "):
            continue
        command = shlex.split(line[2:])
        if command == ["echo", "$?"]:
            printed = f"{status}\n"
        elif command[0] == "cat" and len(command) == 2:
            printed = (project / command[1]).read_text(encoding="utf-8")
        elif command[:2] == ["cp", "-r"] and len(command) == 4:  # a copy of the rules to try a change in
            shutil.copytree(project / command[2], project / command[3])
            printed = ""
        elif command[:2] == ["sed", "-i"] and len(command) == 4 and command[2].startswith("s/"):
            _s, before, after, _flags = command[2].split("/")
            path = project / command[3]
            after = after.replace("\\n", "\n")  # a new line, as GNU sed writes `\n` in the replacement
            path.write_text(path.read_text(encoding="utf-8").replace(before, after), encoding="utf-8")
            printed = ""
        elif command[0] == "regel":
            result = regel(*command[1:])
            status, printed = result.exit_code, result.output
        else:
            pytest.fail("a README sample may only run `regel`, `cat FIL`, `cp -r A B`, `sed -i s/A/B/ FIL` and "
                        f"`echo $?`: {line.strip()}")
        out += [line, printed]
    return "".join(out)


@pytest.mark.parametrize("sample", samples("kørsel"), ids=str)
def test_a_terminal_session_shows_what_regel_prints(sample, built, tmp_path, monkeypatch):
    project = tmp_path / "projekt"
    shutil.copytree(built[sample.path], project)
    monkeypatch.chdir(project)
    now = replay(sample.text, project)
    if UPDATE and now != sample.text:
        text = sample.readme.read_text(encoding="utf-8")
        sample.readme.write_text(text.replace(sample.text, now, 1), encoding="utf-8")
    assert now == sample.text, f"{sample}: the sample no longer shows what `regel` prints"


@pytest.mark.parametrize("sample", samples("uddrag"), ids=str)
def test_rule_text_is_an_excerpt_of_a_checked_rule_file(sample):
    assert (ROOT / sample.path).is_relative_to(ROOT / "tests" / "fixtures"), "samples come from the fixtures, not rules/"
    lines = "\n" + (ROOT / sample.path).read_text(encoding="utf-8")
    assert "\n" + sample.text in lines, f"{sample}: these lines are not in {sample.path}"


@pytest.mark.parametrize("sample", samples("python"), ids=str)
def test_python_runs_against_the_generated_validators(sample, built, tmp_path):
    project = tmp_path / "projekt"
    shutil.copytree(built[sample.path], project)
    environment = {**os.environ, "PYTHONPATH": str(project / "generated" / "python")}
    result = subprocess.run([sys.executable, "-c", sample.text], cwd=project, env=environment,
                            capture_output=True, text=True)
    assert result.returncode == 0, f"{sample}:\n{result.stderr}"
