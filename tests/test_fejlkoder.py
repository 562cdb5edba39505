"""Stable diagnostic codes: every place in the compiler that makes a diagnostic gives it a code of
its own (`code="R292"`), `regel tjek` shows it at the end of the message's line, and the Danish
table rules/FEJLKODER.md lists each code with its kind. A code is part of the interface (a jurist
searches for it, an editor shows it): a few well-known mistakes are pinned to their codes."""

from __future__ import annotations

import ast
import re
import shutil
from pathlib import Path

import pytest

from compiler import pipeline

from .conftest import P01_RULE, PROJECT_RULES, ROOT, regel

TABLE = ROOT / "rules" / "FEJLKODER.md"
COMPILER = ROOT / "compiler"
GOLDEN = ROOT / "tests" / "golden" / "diagnostics"
MAKERS = {"error", "warning", "warn", "unknown"}  # d.error, d.warning; the checker's self.error/warn/unknown
WRAPPERS = {"error", "warn", "unknown"}            # the checker's own methods pass a code on


def call_sites() -> list[tuple[str, int, ast.Call]]:
    """Every call that makes a diagnostic, outside the wrappers that only pass one on."""
    sites = []
    for path in sorted(COMPILER.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        inside_wrappers = {id(node) for fn in ast.walk(tree)
                           if isinstance(fn, ast.FunctionDef) and fn.name in WRAPPERS and path.name == "checker.py"
                           for node in ast.walk(fn)}
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call) or id(node) in inside_wrappers:
                continue
            func = node.func
            direct = isinstance(func, ast.Attribute) and isinstance(func.value, ast.Name) and \
                (func.value.id, func.attr) in {("d", "error"), ("d", "warning"), ("self", "error"),
                                               ("self", "warn"), ("self", "unknown")}
            passed = isinstance(func, ast.Name) and func.id == "_not_a_file"  # pipeline: severity as argument
            if (direct and not (path.name != "checker.py" and func.value.id == "self")) or passed:
                sites.append((str(path.relative_to(ROOT)), node.lineno, node))
    return sites


def code_of(node: ast.Call):
    for keyword in node.keywords:
        if keyword.arg == "code":
            return keyword.value.value if isinstance(keyword.value, ast.Constant) else None
    if isinstance(node.func, ast.Name):  # _not_a_file(path, severity, what, code)
        return node.args[3].value if len(node.args) > 3 and isinstance(node.args[3], ast.Constant) else None
    return None


def severity_of(node: ast.Call) -> str:
    name = node.func.attr if isinstance(node.func, ast.Attribute) else ast.unparse(node.args[1])
    return "advarsel" if "warn" in name else "fejl"


def table() -> dict[str, str]:
    rows = re.findall(r"^\| (R\d{3}) \| (fejl|advarsel) \| .+ \|$", TABLE.read_text(encoding="utf-8"), re.M)
    codes = [code for code, _ in rows]
    assert len(codes) == len(set(codes)), "en kode står to gange i rules/FEJLKODER.md"
    return dict(rows)


def test_every_diagnostic_in_the_compiler_has_its_own_code():
    sites = call_sites()
    assert len(sites) > 100  # the walk finds the checker's diagnostics, not only a few
    missing = [f"{path}:{line}" for path, line, node in sites if not code_of(node)]
    assert not missing, f"diagnostik uden kode (tilføj code=\"R…\" og en linje i rules/FEJLKODER.md): {missing}"
    codes = [code_of(node) for _, _, node in sites]
    assert all(re.fullmatch(r"R\d{3}", code) for code in codes), codes
    twice = sorted(code for code in set(codes) if codes.count(code) > 1)
    assert not twice, f"samme kode to steder: {twice}"


def test_the_danish_table_lists_exactly_the_codes_in_use_with_their_kind():
    used = {code_of(node): severity_of(node) for _, _, node in call_sites()}
    listed = table()
    assert sorted(set(used) - set(listed)) == [], "koder uden linje i rules/FEJLKODER.md"
    assert sorted(set(listed) - set(used)) == [], "koder i rules/FEJLKODER.md, som compileren ikke bruger"
    assert {code: kind for code, kind in listed.items() if used[code] != kind} == {}


def project_with(tmp_path: Path, text: str) -> Path:
    """The sample project's rules and one more file, `ny.regel`."""
    rules = tmp_path / "rules"
    shutil.copytree(PROJECT_RULES, rules)
    (rules / "ny.regel").write_text(text, encoding="utf-8")
    return rules


def test_tjek_shows_the_code_at_the_end_of_the_message(tmp_path):
    rules = project_with(tmp_path, P01_RULE.replace("første_samtale", "anden_samtale", 1)
                         .replace("efter første_henvendelse", "efter første_henvendlse"))
    result = regel("tjek", str(rules))
    assert result.exit_code == 1
    assert re.search(r"ny.regel:\d+:\d+: fejl: ukendt navn `første_henvendlse` \[R292\]\n", result.output), \
        result.output


@pytest.mark.parametrize("text, code", [
    ("regel a \"A\"\n\tbestemmelse P01\n", "R021"),                       # a tab
    ("regel a \"A\n  bestemmelse P01\n", "R102"),                          # a text without its closing quote
    ("regel a \"A\"\n  bestemmelse P01\n  eksempel \"x\"\n", "R107"),     # an example without a verdict
    ("regel a \"A\"\n  bestemmelse P99\n", "R243"),                        # an unregistered provision
])
def test_well_known_mistakes_keep_their_codes(tmp_path, text, code):
    rules = project_with(tmp_path, text)
    found = [x.code for x in pipeline.load([rules]).diagnostics if x.span.path.endswith("ny.regel")]
    assert code in found, found


def test_every_diagnostic_of_the_golden_files_has_a_listed_code():
    """The golden outputs (tests/test_checker.py makes them as `regel tjek` shows them)."""
    lines = [line for path in sorted(GOLDEN.glob("*.txt")) for line in path.read_text(encoding="utf-8").split("\n")
             if re.match(r"\S+:\d+:\d+: (fejl|advarsel): ", line)]
    assert len(lines) > 40
    codes = [re.search(r" \[(R\d{3})\]$", line) for line in lines]
    assert [line for line, code in zip(lines, codes) if not code] == []
    assert {code.group(1) for code in codes} <= set(table())
