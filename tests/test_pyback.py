"""The generated Python package: deterministic, injection-safe, standard library only."""

from __future__ import annotations

import ast
import json
import os
import subprocess
import sys
import textwrap
from datetime import date
from pathlib import Path

from compiler import examples, pyback

from .conftest import ROOT, load_text

GOLDEN = Path(__file__).parent / "golden" / "regler_p01.py"

P01 = '''
regel første_samtale "Første samtale senest en uge efter første henvendelse"
  bestemmelse P01
  kilde første_delaftale "Færre proceskrav for indsatsen"
  gælder fra 1. juli 2019
  afgørende dato er første_henvendelse
  for sager hvor ydelse er en af kontanthjælp, uddannelseshjælp
  krav: den første samtale hvor med_jobcentret skal finde sted senest 1 uge efter første_henvendelse
'''


def test_generation_is_deterministic(program):
    assert pyback.generate(program) == pyback.generate(program)


def test_generated_rule_code_matches_the_golden_file(tmp_path):
    """Regenerate with REGELSPROG_OPDATER_GOLDEN=1 after an intended change."""
    loaded = load_text(tmp_path, P01)
    assert loaded.ok, loaded.render()
    code = pyback.generate(loaded.program)["beskaeftigelsesregler/regler.py"]
    start = code.index("# P01")
    end = code.index("\n\n\n", code.index("def regel_foerste_samtale"))
    excerpt = code[start:end] + "\n"
    if os.environ.get("REGELSPROG_OPDATER_GOLDEN"):
        GOLDEN.parent.mkdir(exist_ok=True)
        GOLDEN.write_text(excerpt, encoding="utf-8")
    assert excerpt == GOLDEN.read_text(encoding="utf-8")


def test_every_generated_file_is_valid_python(program):
    for path, text in pyback.generate(program).items():
        if path.endswith(".py"):
            ast.parse(text, filename=path)


def test_rule_text_cannot_inject_code(tmp_path):
    hostile = P01.replace(
        '"Første samtale senest en uge efter første henvendelse"',
        '"\'\'\' ; import os; os.system(\'touch /tmp/pwned\') #\n    \\"',
    ).replace('"Færre proceskrav for indsatsen"', '"x\'); import os  # {frist} \\"')
    loaded = load_text(tmp_path, hostile)
    assert loaded.ok, loaded.render()
    files = pyback.generate(loaded.program)
    tree = ast.parse(files["beskaeftigelsesregler/regler.py"])
    imports = {alias.name for node in ast.walk(tree) if isinstance(node, (ast.Import, ast.ImportFrom))
               for alias in node.names}
    assert "os" not in imports
    package = examples.build_package(loaded.program, tmp_path / "pakke")
    result = package.valider({"id": "S", "ydelse": "kontanthjælp", "forløbsstart": "2023-01-02",
                              "første_henvendelse": "2023-01-02"}, date(2023, 2, 1))
    assert result["overtrædelser"][0]["besked"].startswith("\'\'\' ; import os")


def test_generated_package_runs_without_compiler_dependencies(tmp_path):
    """The validators import nothing outside the standard library (lark, jinja2, click blocked)."""
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
        result = b.valider({"id": "S1", "ydelse": "kontanthjælp", "forløbsstart": "2024-01-02",
                            "første_henvendelse": "2024-01-02"}, date(2024, 1, 5))
        print(json.dumps(result, ensure_ascii=False))
    ''')
    output = subprocess.run([sys.executable, "-c", script, str(ROOT / "generated" / "python")],
                            capture_output=True, text=True, check=True, cwd=tmp_path)
    result = json.loads(output.stdout)
    assert result["frister"][0]["bestemmelse"] == "P01"
    assert result["frister"][0]["frist"] == "2024-01-09"
