"""Properties every correct rule set has, checked for rules/ and for the sample project.

Most tests that read rules/ are here (all carry the mark `regelsaet`). Nothing here may depend
on what the law says today (a provision, a number, a wording, how many rules or examples there
are): a jurist's correct edit to rules/ must keep it green. test_lovaendringer.py runs the
marked tests on a copy of the project with such edits to prove it.
"""

from __future__ import annotations

import ast
import json
import re
import subprocess
import sys
import textwrap
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from types import ModuleType

import pytest

from compiler import examples, pipeline
from compiler.backends import docs, schema
from compiler.backends import python as pyback
from compiler.program import Program

from .conftest import PROJECT_CASES, PROJECT_RULES, ROOT, RULES, regel

pytestmark = pytest.mark.regelsaet  # reads rules/ and generated/
from .test_docs import broken_links, heading_anchors, resolve
from .test_schema import KEYWORDS, conforms

CONTRACT = {"id", "overtrædelser", "frister", "datafejl", "undtagelser"}


@dataclass
class RuleSet:
    folder: Path
    cases: Path  # a caseload to run through the validators
    program: Program
    loaded: pipeline.Loaded
    package: ModuleType
    package_dir: Path  # holds the package as a folder, for a fresh interpreter
    files: dict[str, str]  # the documentation


SETS = {"rules": (RULES, ROOT / "examples" / "sager.jsonl"), "projekt": (PROJECT_RULES, PROJECT_CASES)}


@pytest.fixture(scope="module", params=sorted(SETS))
def rule_set(request, tmp_path_factory) -> RuleSet:
    folder, cases = SETS[request.param]
    loaded = pipeline.load([folder])
    assert loaded.ok, "\n".join(loaded.render())
    package_dir = tmp_path_factory.mktemp(f"pakke-{request.param}")
    package = examples.build_package(loaded.rule_set, package_dir)
    return RuleSet(folder, cases, loaded.program, loaded, package, package_dir,
                   docs.generate(loaded.rule_set, loaded.texts))


# ------------------------------------------------------------------ the commands a jurist runs

def test_every_rule_file_checks_clean(rule_set):
    result = regel("tjek", str(rule_set.folder))
    assert result.exit_code == 0, result.output
    assert re.search(r": 0 fejl", result.output), result.output


def test_every_example_passes(rule_set):
    outcomes = examples.run_examples(rule_set.loaded.rule_set, rule_set.package)
    failed = [f"{o.span.path}:{o.span.line}: {o.title}\n  forventet: {o.expected}\n  faktisk:   {o.actual}"
              for o in outcomes if not o.ok]
    assert outcomes and not failed, "\n".join(failed)


def test_every_registered_provision_has_a_rule(rule_set):
    result = regel("dækning", str(rule_set.folder))
    assert result.exit_code == 0, result.output
    for provision in rule_set.program.provisions.values():
        assert provision.title in result.output
        for rule in rule_set.program.rules_for(provision.id):
            assert rule.name in result.output


def test_the_committed_generated_folder_is_fresh():
    result = regel("byg", "--tjek", "--regler", str(RULES), "--ud", str(ROOT / "generated"))
    assert result.exit_code == 0, result.output


def test_the_package_serves_the_published_openapi_document():
    assert (ROOT / "generated" / "schema" / "openapi.json").read_text(encoding="utf-8") == \
        (ROOT / "generated" / "python" / pyback.PACKAGE / "openapi.json").read_text(encoding="utf-8")


# ------------------------------------------------------------------ documentation

def test_every_provision_has_a_page_and_every_internal_link_resolves(rule_set):
    for provision in rule_set.program.provisions:
        assert any(provision in text for path, text in rule_set.files.items() if path.startswith("regler/")), provision
    assert broken_links(rule_set.files) == []


def test_markdown_links_resolve(rule_set):
    for path, text in rule_set.files.items():
        if path.endswith(".md"):
            for target in re.findall(r"\]\(([^)]+)\)", text):
                file, _, fragment = target.partition("#")
                resolved = resolve(path, file)
                assert resolved in rule_set.files, f"{path} -> {target}"
                assert not fragment or fragment in heading_anchors(rule_set.files[resolved]), f"{path} -> {target}"


def test_markdown_sections_are_separated_by_blank_lines(rule_set):
    for path, text in rule_set.files.items():
        if path.endswith(".md"):
            lines = text.split("\n")
            for before, line in zip(lines, lines[1:]):
                if line.startswith("#"):
                    assert before == "", f"{path}: {line}"


def test_generation_is_deterministic(rule_set):
    assert docs.generate(rule_set.loaded.rule_set, rule_set.loaded.texts) == rule_set.files
    assert pyback.generate(rule_set.loaded.rule_set) == pyback.generate(rule_set.loaded.rule_set)
    assert schema.generate(rule_set.loaded.rule_set) == schema.generate(rule_set.loaded.rule_set)


# ------------------------------------------------------------------ the generated validators

def test_every_generated_file_is_valid_python(rule_set):
    for path, text in pyback.generate(rule_set.loaded.rule_set).items():
        if path.endswith(".py"):
            ast.parse(text, filename=path)


def test_the_rule_table_names_every_provision_of_a_rule(rule_set):
    described = {rule.navn: rule for rule in rule_set.package.REGLER}
    for rule in rule_set.program.rules.values():
        if rule.obligation is not None:
            assert described[rule.name].bestemmelser == tuple(p.id for p in rule.provisions)
            assert described[rule.name].titel == rule.title


def test_the_package_runs_on_the_standard_library_alone(rule_set, tmp_path):
    """Every record of the caseload gets a result or is invalid data, with lark, jinja2, click
    and the compiler blocked. For rules/ it is the committed package in generated/python."""
    package_dir = ROOT / "generated" / "python" if rule_set.folder == RULES else rule_set.package_dir
    script = textwrap.dedent('''
        import sys, json
        from datetime import date
        class Block:
            def find_spec(self, name, path=None, target=None):
                if name.split(".")[0] in {"lark", "jinja2", "click", "compiler"}:
                    raise ImportError("blokeret: " + name)
                return None
        sys.meta_path.insert(0, Block())
        sys.path.insert(0, sys.argv[1])
        import beskaeftigelsesregler as b
        bestand = b.Sagsbestand(date(2024, 5, 1))
        with open(sys.argv[2], encoding="utf-8") as cases:
            results = [bestand.valider(record, number) for number, record in b.laes_sager(cases)]
        print(json.dumps({"resultater": [sorted(r) for r in results if r is not None], "ugyldige": len(bestand.ugyldige),
                          "population": bestand.population()}, ensure_ascii=False))
    ''')
    output = subprocess.run([sys.executable, "-c", script, str(package_dir), str(rule_set.cases)],
                            capture_output=True, text=True, check=True, cwd=tmp_path)
    found = json.loads(output.stdout)
    records = [line for line in rule_set.cases.read_text(encoding="utf-8").splitlines() if line.strip()]
    assert len(found["resultater"]) + found["ugyldige"] == len(records)
    assert all(CONTRACT <= set(keys) for keys in found["resultater"])


# ------------------------------------------------------------------ the JSON Schema

@pytest.fixture
def sag_schema(rule_set):
    return json.loads(schema.generate(rule_set.loaded.rule_set))


def test_the_schema_is_draft_2020_12_with_sorted_definitions(sag_schema):
    assert sag_schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    assert list(sag_schema["$defs"]) == sorted(sag_schema["$defs"])


def test_every_keyword_is_known_and_every_reference_resolves(sag_schema):
    def walk(node):
        if isinstance(node, dict):
            if "properties" in node:
                assert set(node["required"]) <= set(node["properties"])
                for sub in node["properties"].values():
                    walk(sub)
                assert set(node) <= KEYWORDS, set(node) - KEYWORDS
                return
            assert set(node) <= KEYWORDS, set(node) - KEYWORDS
            if "$ref" in node:
                assert node["$ref"].removeprefix("#/$defs/") in sag_schema["$defs"]
            for key, sub in node.items():
                if key != "enum":
                    walk(sub)
        elif isinstance(node, list):
            for sub in node:
                walk(sub)
    walk(sag_schema)


def test_required_optional_enum_and_minimum_follow_the_data_model(rule_set, sag_schema):
    case = rule_set.program.case
    for declared in case.fields:
        required = not declared.optional and declared.default is None and declared.type.kind != "list"
        assert (declared.name in sag_schema["required"]) == required, declared.name
        if declared.optional or declared.default is not None or declared.type.kind == "list":
            # null stands for "left out" wherever the validators take that
            assert {"type": "null"} in sag_schema["properties"][declared.name]["anyOf"], declared.name
        if declared.minimum is not None:
            with_minimum = sag_schema["properties"][declared.name]
            assert "minimum" in with_minimum.get("anyOf", [with_minimum])[0], declared.name
    for enum in rule_set.program.enums.values():
        assert sag_schema["$defs"][enum.name]["enum"] == [value for value, _ in enum.values]


def test_descriptions_are_the_danish_titles(rule_set, sag_schema):
    assert sag_schema["description"] == rule_set.program.case.title
    for record in rule_set.program.records.values():
        if record.name != "Sag":
            assert sag_schema["$defs"][record.name]["description"] == (record.title or record.name)


def test_the_schema_accepts_exactly_the_cases_the_validators_accept(rule_set, sag_schema):
    package = rule_set.package
    records = [json.loads(line) for line in rule_set.cases.read_text(encoding="utf-8").splitlines() if line.strip()]
    assert records
    for record in records:
        try:
            package.valider(record, date(2024, 5, 1))
            valid = True
        except package.UgyldigSag:
            valid = False
        assert conforms(record, sag_schema, sag_schema) == valid, record.get("id")


def test_the_editor_knows_every_name_and_every_rule(rule_set):
    """What `regel lsp` and `regel rediger` answer: every use of a name leads to where it is
    declared, every rule hovers with its documentation's requirement, every file has an outline."""
    from compiler.editor import answers
    from compiler.editor.project import Project

    project = Project(rule_set.folder)
    snapshot = project.check()
    assert snapshot.loaded.ok
    index = snapshot.index
    undeclared = {o.symbol for o in index.occurrences if index.declaration(o.symbol) is None}
    assert not undeclared, f"navne uden erklæring: {sorted(undeclared)[:5]}"
    for occurrence in index.occurrences:
        span = occurrence.span
        assert answers.definition(project, span.path, span.line, span.column) == index.declaration(occurrence.symbol).span
    site, stale = project.documentation()
    assert not stale
    for rule in [*snapshot.program.rules.values(), *snapshot.program.exceptions.values()]:
        hover = answers.hover(project, rule.span.path, rule.name_span.line, rule.name_span.column)
        assert hover is not None and site.by_name[rule.name].title in hover.text
        assert all(r.text.flat in hover.text for r in site.by_name[rule.name].requirements)
    for path in snapshot.texts:
        assert [o.name for o in answers.outline(project, path)] == [
            getattr(item, "name", None) or getattr(item, "id", None) or item.title for m in snapshot.program.modules if m.path == path for item in m.items]
