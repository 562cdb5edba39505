"""`regel valider` in text form says which exemptions were applied, and to what.

Validators built from the fixture rule set tests/fixtures/konsekvens/efter, not from rules/.
"""

from __future__ import annotations

import json
import subprocess
import sys
from types import SimpleNamespace

from compiler import cli, examples, pipeline

from .conftest import ROOT

RULES = ROOT / "tests" / "fixtures" / "konsekvens" / "efter"

EXEMPTED_ONLY = {"id": "E", "ydelse": "kontanthjælp", "forløbsstart": "2026-01-05",
                 "første_henvendelse": "2026-01-05", "fritagelse": {"fra": "2026-01-06"}}
EXEMPTED_OFFER = {"id": "H", "ydelse": "uddannelseshjælp", "forløbsstart": "2026-01-01",
                  "første_henvendelse": "2026-01-01", "samtaler": [{"dato": "2026-01-02", "form": "fremmøde"}],
                  "tilbud": [{"start": "2026-02-01", "slut": "2026-03-01"}], "fritagelse": {"fra": "2026-01-10"}}
NOTHING = {"id": "N", "ydelse": "kontanthjælp", "forløbsstart": "2026-01-05", "første_henvendelse": "2026-01-05",
           "samtaler": [{"dato": "2026-01-06", "form": "fremmøde"}]}


def test_text_output_shows_each_applied_exemption_with_its_title_and_what_it_covered(tmp_path):
    examples.build_package(pipeline.load([RULES]).rule_set, tmp_path / "pakke")
    cases = tmp_path / "sager.jsonl"
    cases.write_text("".join(json.dumps(c, ensure_ascii=False) + "\n" for c in (EXEMPTED_ONLY, EXEMPTED_OFFER, NOTHING)),
                     encoding="utf-8")
    result = subprocess.run([sys.executable, "-m", "compiler", "valider", str(cases), "--dato", "2026-09-01",
                             "--pakke", str(tmp_path / "pakke")], capture_output=True, text=True, cwd=ROOT)
    assert result.returncode == 1, result.stderr  # the focus target is not met
    output = result.stdout
    # a case whose only finding is an exemption is shown too
    assert ("Sag E:\n  undtaget (P22): Fritagelse ved overgang til job: P01 (Første samtale senest en uge "
            "(fra 2026: fem dage) efter første henvendelse) er slået fra\n") in output
    assert ("Sag H:\n  undtaget (P22): Fritagelse ved overgang til job: P13 (Højst fire måneder mellem to tilbud) "
            "er slået fra for tilbud[0]\n") in output
    assert "Sag N:" not in output


def test_without_the_titles_an_exemption_is_shown_by_name():
    item = {"regel": "interval_mellem_tilbud", "undtagelse": "mindre_intensiv_indsats", "bestemmelse": "P22",
            "element": "tilbud[1]"}
    assert cli._rules_by_name(SimpleNamespace()) == {}
    assert cli._exemption_text(item, {}) == "mindre_intensiv_indsats: interval_mellem_tilbud er slået fra for tilbud[1]"
