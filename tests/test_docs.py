"""The published documentation: complete, escaped, linked, deterministic."""

from __future__ import annotations

import re
from html.parser import HTMLParser
from pathlib import PurePosixPath

from compiler import docs

from .conftest import load_text


class Links(HTMLParser):
    def __init__(self):
        super().__init__()
        self.targets: list[str] = []
        self.ids: set[str] = set()

    def handle_starttag(self, tag, attrs):
        attributes = dict(attrs)
        for key in ("href", "src"):
            if key in attributes:
                self.targets.append(attributes[key])
        if "id" in attributes:
            self.ids.add(attributes["id"])


def test_every_provision_has_a_page_and_every_internal_link_resolves(program):
    files = docs.generate(program)
    for provision in program.provisions:
        assert any(provision in text for path, text in files.items() if path.startswith("regler/")), provision
    broken = []
    for path, text in files.items():
        if not path.endswith(".html"):
            continue
        parser = Links()
        parser.feed(text)
        for target in parser.targets:
            if re.match(r"^[a-z]+:", target) or target.startswith("#"):
                continue
            resolved = str(PurePosixPath(path).parent / target.split("#")[0])
            resolved = str(PurePosixPath(*[p for p in PurePosixPath(resolved).parts]))
            normalised = []
            for part in PurePosixPath(resolved).parts:
                if part == "..":
                    normalised.pop()
                elif part != ".":
                    normalised.append(part)
            if "/".join(normalised) not in files:
                broken.append(f"{path} -> {target}")
    assert broken == []


def test_markdown_links_resolve(program):
    files = docs.generate(program)
    for path, text in files.items():
        if path.endswith(".md"):
            for target in re.findall(r"\]\(([^)]+)\)", text):
                parts = []
                for part in (PurePosixPath(path).parent / target).parts:
                    if part == "..":
                        parts.pop()
                    else:
                        parts.append(part)
                assert "/".join(parts) in files, f"{path} -> {target}"


def test_generation_is_deterministic(program):
    assert docs.generate(program) == docs.generate(program)


def test_the_rule_page_says_what_a_caseworker_needs(program):
    page = docs.generate(program)["regler/foerste_samtale_kontanthjaelp.html"]
    assert '<html lang="da">' in page
    assert "Den første samtale med jobcentret (alene eller sammen med a-kassen) skal finde sted senest 1 uge efter første henvendelse." in page
    assert "fra 1. juli 2019" in page and "P01" in page
    assert "Færre proceskrav for indsatsen" in page
    assert "Samtale præcis en uge efter henvendelsen er rettidig" in page


def test_versions_notes_and_exceptions_are_shown_and_linked_both_ways(program):
    files = docs.generate(program)
    interval = files["regler/interval_mellem_tilbud.html"]
    assert "4 uger" in interval and "4 måneder" in interval
    assert 'href="mindre_intensiv_indsats.html"' in interval
    assert 'href="interval_mellem_tilbud.html"' in files["regler/mindre_intensiv_indsats.html"]
    focus = files["regler/fokusmaal_aktive_tilbud.html"]
    assert "225" in focus and "250" in focus and "høringsnotat" in focus.lower()


def test_timeline_lists_every_date_of_effect(program):
    timeline = docs.generate(program)["tidslinje.html"]
    for day in ("1. juli 2019", "1. januar 2022", "1. januar 2023", "1. juli 2023", "1. januar 2024"):
        assert f"<h2>{day}</h2>" in timeline


def test_rule_text_with_markup_renders_as_text(tmp_path):
    text = '''
regel farlig "<script>alert('x')</script> <b>fed</b>"
  bestemmelse P11
  kilde hedensted "<img src=x onerror=alert(1)>"
  note "<a href='javascript:alert(1)'>klik</a>"
  gælder fra 1. januar 2023
  afgørende dato er dato
  krav: der må ikke være nogen samtale hvor form er brev
  eksempel "<i>eksempel</i>"
    sag:
      id: "<script>x</script>"
      ydelse: kontanthjælp
      forløbsstart: 2. januar 2023
    pr. 1. februar 2023: ingen overtrædelse
    pr. 1. marts 2023: ingen overtrædelse
    pr. 1. april 2023: ingen overtrædelse
'''
    loaded = load_text(tmp_path, text)
    assert loaded.ok, loaded.render()
    files = docs.generate(loaded.program)
    page = files["regler/farlig.html"]
    assert "<script>" not in page and "<img" not in page and "<b>" not in page and "<i>" not in page
    assert "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &lt;b&gt;fed&lt;/b&gt;" in page
    assert "<a href='javascript" not in page
    assert "<script>" not in files["index.html"]
    assert "<script>" not in files["regler/farlig.md"] and "&lt;script&gt;" in files["regler/farlig.md"]
