"""The sample project's site as a reader sees it, in headless Chromium: start on the front page,
follow the link to the rule about the first conversation, and read the requirement.

Needs Debian's `chromium` (`make test` installs it when it can); skipped without it.
"""

from __future__ import annotations

import re
import shutil
import subprocess
from html import unescape
from pathlib import Path

import pytest

from compiler.backends import docs

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync"]

pytestmark = pytest.mark.skipif(CHROMIUM is None, reason="Chromium er ikke installeret (apt-get install chromium); browsertesten springes over")


@pytest.fixture(scope="module")
def site(loaded, tmp_path_factory):
    root = tmp_path_factory.mktemp("site")
    for path, text in docs.generate(loaded.rule_set, loaded.texts).items():
        target = root / path
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(text, encoding="utf-8")
    return root


def browse(page: Path, profile: Path, *extra: str) -> str:
    result = subprocess.run([CHROMIUM, *FLAGS, f"--user-data-dir={profile}", *extra, page.as_uri()],
                            capture_output=True, text=True, timeout=120)
    return result.stdout


def visible_text(dom: str) -> str:
    body = re.sub(r"<(script|style)[^>]*>.*?</\1>", " ", dom, flags=re.S)
    return re.sub(r"\s+", " ", unescape(re.sub(r"<[^>]+>", " ", body)))


def test_reader_finds_when_the_first_conversation_must_be_held(site, tmp_path):
    front = browse(site / "index.html", tmp_path / "profil", "--dump-dom")
    assert "Regler for beskæftigelsesindsatsen" in front
    link = re.search(r'<a href="([^"]+)">Første samtale senest en uge efter første henvendelse</a>', front)
    assert link, "forsiden linker ikke til reglen om første samtale"
    rule = browse(site / link.group(1), tmp_path / "profil", "--dump-dom")
    text = visible_text(rule)
    assert "Kravet" in text
    assert "Den første samtale med jobcentret (alene eller sammen med a-kassen) skal finde sted senest 1 uge efter første henvendelse." in text
    assert "Gælder for Sager, hvor ydelse er kontanthjælp eller uddannelseshjælp" in text
    assert "Eksempler" in text and "ingen overtrædelse" in text
    concept = re.search(r'<a href="([^"#]+)#([^"]+)">Samtale med jobcentret', rule)
    assert concept, "reglens side linker ikke til begrebet"
    concepts = browse((site / "regler" / concept.group(1)).resolve(), tmp_path / "profil", "--dump-dom")
    assert f'id="{concept.group(2)}"' in concepts and "når aktør er jobcenter eller fælles" in visible_text(concepts)
    back = re.search(r'<a href="([^"]+)"[^>]*>Hvad ændrer sig hvornår</a>', rule)
    timeline = visible_text(browse((site / "regler" / back.group(1)).resolve(), tmp_path / "profil", "--dump-dom"))
    assert "1. januar 2024" in timeline


def test_rule_page_renders_to_a_screenshot(site, tmp_path):
    shot = tmp_path / "regel.png"
    browse(site / "regler" / "foerste_samtale.html", tmp_path / "profil",
           "--window-size=1200,1600", f"--screenshot={shot}")
    assert shot.exists() and shot.stat().st_size > 20_000
