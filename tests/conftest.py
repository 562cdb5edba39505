"""Shared fixtures: the real rule set, loaded once, and a validator package built from it."""

from __future__ import annotations

from pathlib import Path

import pytest

from compiler import examples, pipeline

ROOT = Path(__file__).resolve().parent.parent
RULES = ROOT / "rules"

# A small rule (P01) for tests that build their own rule set around the real data model.
P01_RULE = '''
regel første_samtale "Første samtale senest en uge efter første henvendelse"
  bestemmelse P01
  kilde første_delaftale "Færre proceskrav for indsatsen"
  gælder fra 1. juli 2019
  afgørende dato er første_henvendelse
  for sager hvor ydelse er en af kontanthjælp, uddannelseshjælp
  krav: den første samtale hvor med_jobcentret skal finde sted senest 1 uge efter første_henvendelse
'''


@pytest.fixture(scope="session")
def loaded():
    result = pipeline.load([RULES])
    assert result.ok, "\n".join(result.render())
    return result


@pytest.fixture(scope="session")
def program(loaded):
    return loaded.program


@pytest.fixture(scope="session")
def package(program, tmp_path_factory):
    """The validators generated from the current rules, imported under a fresh name."""
    return examples.build_package(program, tmp_path_factory.mktemp("pakke"))


def load_text(tmp_path: Path, text: str, name: str = "test.regel", with_model: bool = True):
    """Check a rule text together with the real data model, sources and registry."""
    folder = tmp_path / "regler"
    folder.mkdir(exist_ok=True)
    if with_model:
        for model in ("datamodel", "kilder", "bestemmelser", "definitioner"):
            (folder / f"{model}.regel").write_text((RULES / f"{model}.regel").read_text(encoding="utf-8"), encoding="utf-8")
    (folder / name).write_text(text, encoding="utf-8")
    return pipeline.load([folder])


FIXTURES = Path(__file__).resolve().parent / "fixtures"


@pytest.fixture(scope="session")
def fixture_package(tmp_path_factory):
    """The validators generated from the fixture rule set in tests/fixtures, for tests of reading
    and validating caseloads that must not move when rules/ changes. Its folder, for
    `regel valider --pakke`, is `Path(fixture_package.__file__).parents[1]`."""
    loaded = pipeline.load([FIXTURES / "rules_model", FIXTURES / "rules_sample" / "regler.regel"])
    assert loaded.ok, "\n".join(loaded.render())
    return examples.build_package(loaded.program, tmp_path_factory.mktemp("fixturpakke"))
