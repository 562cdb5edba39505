"""Rendered diagnostics, byte for byte: location, source line, marker and hint.

After an intended change of wording, regenerate with REGELSPROG_OPDATER_GOLDEN=1.
"""

import os
from pathlib import Path

import pytest

from compiler import pipeline

from .conftest import RULES

GOLDEN = Path(__file__).parent / "golden" / "diagnostics"
MODEL = [RULES / f"{name}.regel" for name in ("datamodel", "kilder", "bestemmelser", "definitioner")]


@pytest.mark.parametrize("rule_file", sorted(GOLDEN.glob("*.regel")), ids=lambda p: p.stem)
def test_rendered_diagnostics(rule_file, monkeypatch):
    monkeypatch.chdir(GOLDEN)
    loaded = pipeline.load([*MODEL, Path(rule_file.name)])
    rendered = "\n".join(text for diagnostic, text in zip(loaded.diagnostics, loaded.render())
                         if diagnostic.span.path == rule_file.name) + "\n"
    expected = rule_file.with_suffix(".txt")
    if os.environ.get("REGELSPROG_OPDATER_GOLDEN"):
        expected.write_text(rendered, encoding="utf-8")
    assert rendered == expected.read_text(encoding="utf-8")
