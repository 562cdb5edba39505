"""Shared fixtures. The tests of the compiler, the documentation, diff and the commands use the
small sample project in tests/fixtures/projekt (rules and cases that never change with the law).
A test that reads the project's own rules/, generated/ or examples/ (which change with the law)
is marked `regelsaet` and tests only properties that hold for any correct rule set;
test_lovaendringer.py runs the marked tests again on other, correctly edited rules. The guard
below makes the mark trustworthy: an unmarked test that opens or lists anything in those folders
fails the run, so the tests left out of that second run cannot depend on the law."""

from __future__ import annotations

import os
import shutil
import sys
import threading
from pathlib import Path

import pytest
from click.testing import CliRunner

from compiler import cli, clidansk, examples, pipeline
from compiler.backends import docs
from compiler.backends import python as pyback

ROOT = Path(__file__).resolve().parent.parent
RULES = ROOT / "rules"  # the law as it stands: read by test_regelsaet.py only
FIXTURES = ROOT / "tests" / "fixtures"
PROJECT = FIXTURES / "projekt"  # a small, complete project: rules/ and a caseload (sager.jsonl)
PROJECT_RULES = PROJECT / "rules"
PROJECT_CASES = PROJECT / "sager.jsonl"
FROZEN_RULES = FIXTURES / "rules_frozen"  # rules/ as it was: what bench/haandskrevet.py encodes
MODEL_FILES = ("datamodel", "kilder", "bestemmelser", "definitioner")
LAW_FOLDERS = tuple(os.path.join(ROOT, folder) + os.sep for folder in ("rules", "generated", "examples"))

# A small rule (P01) for tests that build their own rule set around the project's data model.
P01_RULE = '''
regel første_samtale "Første samtale senest en uge efter første henvendelse"
  bestemmelse P01
  kilde første_delaftale "Færre proceskrav for indsatsen"
  gælder fra 1. juli 2019
  afgørende dato er første_henvendelse
  for sager hvor ydelse er en af kontanthjælp, uddannelseshjælp
  krav: den første samtale hvor med_jobcentret skal finde sted senest 1 uge efter første_henvendelse
'''


def regel(*args: str, stdin=None):
    """`regel ARGS` in this process, with what it prints as a terminal shows it (stdout and
    stderr in the order written). Relative paths are from the current folder."""
    clidansk.install()
    # `valider` imports the validators it is pointed at; forget the ones an earlier call imported
    for name in [module for module in sys.modules if module.split(".")[0] == pyback.PACKAGE]:
        del sys.modules[name]
    return CliRunner().invoke(cli.regel, list(args), input=stdin, catch_exceptions=False)


@pytest.fixture(scope="session")
def built_project(tmp_path_factory) -> Path:
    """A copy of the sample project with generated/ built by `regel byg`, as a project is kept."""
    project = tmp_path_factory.mktemp("projekt") / "projekt"
    shutil.copytree(PROJECT, project)
    result = regel("byg", "--regler", str(project / "rules"), "--ud", str(project / "generated"))
    assert result.exit_code == 0, result.output
    return project


@pytest.fixture
def served(tmp_path):
    """`regel rediger` on a copy of the sample project's rules (and a rule file beside them, outside
    the project), served by a thread of this process: (its address, the rules' folder)."""
    from compiler.editor import web
    rules = tmp_path / "rules"
    shutil.copytree(PROJECT_RULES, rules)
    (tmp_path / "hemmelig.regel").write_text("# uden for projektet\n", encoding="utf-8")
    box = {}
    ready = threading.Event()

    def on_ready(url, server):
        box.update(url=url, server=server)
        ready.set()

    thread = threading.Thread(target=web.serve, args=(rules, 0, on_ready), daemon=True)
    thread.start()
    assert ready.wait(30)
    yield box["url"], rules
    box["server"].shutdown()
    thread.join(10)


CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")


@pytest.fixture(scope="module")
def browser():
    """One headless Chromium, driven by Playwright, for the browser tests of a module. Not one for
    the session: Playwright's event loop runs while it is open, and later tests need their own
    (`asyncio.run`). Skipped without Debian's `chromium` (`make test` installs it when it can) or
    Playwright (the `test` extra)."""
    if CHROMIUM is None:
        pytest.skip("Chromium er ikke installeret (apt-get install chromium); browsertesten springes over")
    sync_api = pytest.importorskip("playwright.sync_api", reason="Playwright er ikke installeret (pip install playwright)")
    with sync_api.sync_playwright() as driver:
        chromium = driver.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox", "--disable-gpu"])
        try:
            yield chromium
        finally:
            chromium.close()


def write_site(rule_set, texts, root: Path) -> Path:
    """The documentation site of a rule set, written to `root` as `regel byg` writes generated/docs."""
    for path, text in docs.generate(rule_set, texts).items():
        target = root / path
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(text, encoding="utf-8")
    return root


@pytest.fixture(scope="session")
def site(loaded, tmp_path_factory) -> Path:
    """The sample project's documentation site, written once for the browser tests (read only)."""
    return write_site(loaded.rule_set, loaded.texts, tmp_path_factory.mktemp("site"))


def load_checked(folder: Path) -> pipeline.Loaded:
    result = pipeline.load([folder])
    assert result.ok, "\n".join(result.render())
    return result


@pytest.fixture(scope="session")
def loaded():
    return load_checked(PROJECT_RULES)


@pytest.fixture(scope="session")
def program(loaded):
    return loaded.program


@pytest.fixture(scope="session")
def package(loaded, tmp_path_factory):
    """The validators generated from the sample project, imported under a fresh name."""
    return examples.build_package(loaded.rule_set, tmp_path_factory.mktemp("pakke"))


@pytest.fixture(scope="session")
def handwritten_package(tmp_path_factory):
    """The validators generated from the frozen rules, which bench/haandskrevet.py encodes by hand."""
    return examples.build_package(load_checked(FROZEN_RULES).rule_set, tmp_path_factory.mktemp("haandskrevet"))


def load_text(tmp_path: Path, text: str, name: str = "test.regel", with_model: bool = True):
    """Check a rule text together with the sample project's data model, sources, registry and definitions."""
    folder = tmp_path / "regler"
    folder.mkdir(exist_ok=True)
    if with_model:
        for model in MODEL_FILES:
            (folder / f"{model}.regel").write_bytes((PROJECT_RULES / f"{model}.regel").read_bytes())
    (folder / name).write_text(text, encoding="utf-8")
    return pipeline.load([folder])


@pytest.fixture(scope="session")
def fixture_package(tmp_path_factory):
    """The validators generated from the fixture rule set in tests/fixtures, for tests of reading
    and validating caseloads that must not move when rules/ changes. Its folder, for
    `regel valider --pakke`, is `Path(fixture_package.__file__).parents[1]`."""
    loaded = pipeline.load([FIXTURES / "rules_model", FIXTURES / "rules_sample" / "regler.regel"])
    assert loaded.ok, "\n".join(loaded.render())
    return examples.build_package(loaded.rule_set, tmp_path_factory.mktemp("fixturpakke"))


# ------------------------------------------------------------------ the `regelsaet` guard

_running: list = []  # the test (or, while collecting, the module) whose code is running
_law_read: dict = {}  # node -> the first law file it read


def _reads_the_law(path) -> bool:
    """Whether `path` is in the law's folders; rules/*.md (the jurists' guide and the table of
    codes) are the tool's own documentation, kept with the compiler, not law."""
    if isinstance(path, int):
        return False
    name = os.path.abspath(os.fsdecode(path))
    return (name + os.sep).startswith(LAW_FOLDERS) and not (name.endswith(".md") and name.startswith(LAW_FOLDERS[0]))


def _audit(event: str, args: tuple) -> None:
    if _running and event in ("open", "os.scandir", "os.listdir") and args and args[0] is not None \
            and _running[-1] not in _law_read and _reads_the_law(args[0]):
        _law_read[_running[-1]] = os.fsdecode(args[0])


sys.addaudithook(_audit)


def _unmarked_reader(node, report) -> None:
    """Fail the node's report if it read the law without the mark."""
    path = _law_read.pop(node, None)
    if path is not None and node.get_closest_marker("regelsaet") is None and report.outcome != "failed":
        report.outcome = "failed"
        report.longrepr = (f"{node.nodeid} reads {path} (rules/, generated/ or examples/, which change with the "
                           "law) without the mark `regelsaet`: mark it, or use the fixtures under tests/")


def pytest_configure(config):
    config.addinivalue_line("markers", "regelsaet: reads rules/, generated/ or examples/ (rerun on edited rules "
                                       "by test_lovaendringer.py)")


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_protocol(item, nextitem):
    _running.append(item)
    try:
        yield
    finally:
        _running.pop()


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item, call):
    outcome = yield
    if call.when == "teardown":  # after setup, call and teardown: everything the test ran
        _unmarked_reader(item, outcome.get_result())


@pytest.hookimpl(hookwrapper=True)
def pytest_make_collect_report(collector):
    _running.append(collector)
    try:
        outcome = yield
    finally:
        _running.pop()
    _unmarked_reader(collector, outcome.get_result())
